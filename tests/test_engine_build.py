"""The quote engine as installed: compiled with mypyc where the machine can (setup.py), the
same statements as its source, and the source again once the source is edited."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import bot.articles

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
STORY = """\
Senator Maria Lopez, chair of the budget committee, said on Monday that the plan would \
"cut waste, not services".

"We will not sign a blank cheque," she told reporters. "Not this year."

The Treasury said it had received the letter. "We are studying it," it added.

Ms Lopez's rival, Tom Reyes, accused her of "playing games" and said the vote was rigged.
"""

# Run in a fresh interpreter: which engine it imported, and what it found in the seed
# and in STORY.
_DUMP = """
import json, sys
from dataclasses import asdict
from pathlib import Path
import bot.articles, bot.articles.quotes.engine
from bot.articles.loader import read_article
from bot.articles.quotes import attribute_article
from tests.news import story
found = [attribute_article(read_article(Path(sys.argv[1]), key="seed"))]
found.append(attribute_article(story(sys.argv[2])))
print(json.dumps({
    "compiled": bot.articles.ENGINE_COMPILED,
    "file": bot.articles.quotes.engine.__file__,
    "results": [[[asdict(p) for p in people], [asdict(q) for q in quotes]]
                for people, quotes in found],
}))
"""


def _engine_in(cwd: Path, **env: str) -> tuple[dict, str]:
    """The engine's findings on the seed and STORY, importing the package from cwd."""
    inherited = ("ARTICLE_BOT_PURE", bot.articles.ENGINE_CHOICE_VARIABLE)
    environ = {k: v for k, v in os.environ.items() if k not in inherited}
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


def _compiler() -> str | None:
    return shutil.which((sysconfig.get_config_var("CC") or "cc").split()[0])


def test_setup_compiles_the_modules_the_package_names() -> None:
    # setup.py reads ENGINE_MODULES from the package's source; each must exist
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    assert any(isinstance(n, ast.FunctionDef) and n.name == "engine_modules" for n in tree.body)
    for name in bot.articles.ENGINE_MODULES:
        assert (ROOT / "bot" / "articles").joinpath(*name.split(".")).with_suffix(".py").is_file()


def test_every_module_of_the_quote_package_is_compiled() -> None:
    # a module added to bot/articles/quotes/ must be listed, or it would run as source
    # beside compiled callers
    package = ROOT / "bot" / "articles" / "quotes"
    modules = {f"quotes.{p.stem}" for p in package.glob("*.py") if p.stem != "__init__"}
    assert modules <= set(bot.articles.ENGINE_MODULES)


def test_the_compiled_and_source_engines_find_the_same_statements() -> None:
    source, _ = _engine_in(ROOT, ARTICLE_BOT_PURE="1")
    installed, _ = _engine_in(ROOT)
    assert source["compiled"] is False and source["file"].endswith("engine.py")
    assert any(q["speaker"] == "Tom Reyes" for q in source["results"][1][1])
    if not installed["compiled"]:
        pytest.skip(f"no current compiled engine: {bot.articles.compiled_engine_problem()}")
    assert not installed["file"].endswith(".py")
    assert installed["results"] == source["results"]


def test_the_install_compiled_the_engine_where_it_could() -> None:
    if os.environ.get("ARTICLE_BOT_PURE") == "1" or _compiler() is None:
        pytest.skip("ARTICLE_BOT_PURE=1 or no C compiler: setup.py installs the source")
    problem = bot.articles.compiled_engine_problem()
    if problem is not None and problem.startswith("source edited"):
        pytest.skip(f"{problem}; `pip install -e .` compiles it again")
    assert problem is None, f"the install left no usable compiled engine: {problem}"


def test_an_edited_source_runs_instead_of_its_compiled_module(tmp_path: Path) -> None:
    if bot.articles.compiled_engine_problem() is not None:
        pytest.skip("no current compiled engine in this install")
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "bot", tmp_path / "bot", ignore=ignore)
    shutil.copytree(ROOT / "tests", tmp_path / "tests", ignore=ignore)
    unchanged, _ = _engine_in(tmp_path)
    edited = tmp_path / "bot" / "articles" / "cast.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")

    dumped, stderr = _engine_in(tmp_path)

    assert unchanged["compiled"] is True
    assert dumped["compiled"] is False
    assert dumped["file"] == str(tmp_path / "bot" / "articles" / "quotes" / "engine.py")
    assert "source edited since the build: cast" in stderr
    assert dumped["results"] == unchanged["results"]
