"""The quote engine as installed: compiled with mypyc where the machine can (setup.py), the
same statements as its source, and the source again once the source is edited."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from dataclasses import asdict
from pathlib import Path

import pytest

import bot.articles
import bot.articles.quotes
from bot.articles.loader import read_article
from bot.articles.quotes import attribute_article
from tests.news import story

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
STORY = """\
Senator Maria Lopez, chair of the budget committee, said on Monday that the plan would \
"cut waste, not services".

"We will not sign a blank cheque," she told reporters. "Not this year."

The Treasury said it had received the letter. "We are studying it," it added.

Mr Lopez's rival, Tom Reyes, accused her of "playing games" and said the vote was rigged.
"""

_DUMP = """
import json, sys
from dataclasses import asdict
import bot.articles, bot.articles.quotes
from bot.articles.loader import read_article
from bot.articles.quotes import attribute_article
from tests.news import story
out = [attribute_article(read_article(__import__("pathlib").Path(sys.argv[1]), key="seed"))]
out.append(attribute_article(story(sys.argv[2])))
print(json.dumps({
    "compiled": bot.articles.ENGINE_COMPILED,
    "file": bot.articles.quotes.__file__,
    "results": [[[asdict(p) for p in people], [asdict(q) for q in quotes]]
                for people, quotes in out],
}))
"""


def _engine_in(cwd: Path, **env: str) -> tuple[dict, str]:
    """Run the engine on the seed and STORY in a fresh interpreter importing from cwd."""
    environ = {k: v for k, v in os.environ.items() if k != "ARTICLE_BOT_PURE"}
    environ.update(PYTHONPATH=str(cwd), **env)
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(SEED), STORY],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout), done.stderr


def _results_here() -> list:
    out = [attribute_article(read_article(SEED, key="seed")), attribute_article(story(STORY))]
    return [[[asdict(p) for p in people], [asdict(q) for q in quotes]] for people, quotes in out]


def _compiled_files() -> list[Path]:
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return sorted(Path(bot.articles.__file__).parent.glob(f"*{suffix}"))


def test_the_source_engine_gives_the_same_statements_as_the_installed_one() -> None:
    dumped, _ = _engine_in(ROOT, ARTICLE_BOT_PURE="1")
    assert dumped["file"].endswith("quotes.py")
    assert dumped["compiled"] is False
    results = json.loads(json.dumps(_results_here()))
    assert dumped["results"] == results
    assert any(q["speaker"] == "Sergey Lavrov" for q in results[0][1])


def test_the_engine_is_compiled_where_the_install_can_compile_it() -> None:
    if os.environ.get("ARTICLE_BOT_PURE"):
        pytest.skip("ARTICLE_BOT_PURE is set: the install keeps the source")
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        pytest.skip("no C compiler: setup.py installs the source engine")
    assert _compiled_files(), "the install did not compile the engine: pip install -e ."
    if bot.articles._stale_modules():
        pytest.skip("the engine's source was edited after the build: pip install -e .")
    assert bot.articles.ENGINE_COMPILED
    assert not bot.articles.quotes.__file__.endswith(".py")


def test_an_edited_source_runs_instead_of_its_stale_compiled_module(tmp_path: Path) -> None:
    if not _compiled_files():
        pytest.skip("no compiled engine in this install")
    shutil.copytree(ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "tests", tmp_path / "tests", ignore=shutil.ignore_patterns("__py*"))
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'copy'\n")
    edited = tmp_path / "bot" / "articles" / "cast.py"
    later = time.time() + 60
    os.utime(edited, (later, later))

    dumped, stderr = _engine_in(tmp_path)

    assert dumped["compiled"] is False
    assert dumped["file"] == str(tmp_path / "bot" / "articles" / "quotes.py")
    assert "older than its source (cast)" in stderr
    assert dumped["results"] == json.loads(json.dumps(_results_here()))
