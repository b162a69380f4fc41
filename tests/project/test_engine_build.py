"""The quote engine's build: a wheel compiles every engine module with mypyc (setup.py),
an editable install none; a compiled engine finds the same statements as its source."""

from __future__ import annotations

import ast
import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.articles
from config.settings import PROJECT_ROOT

ROOT = PROJECT_ROOT
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
import bot.articles
from bot.articles.loader import read_article
from bot.articles.quotes import attribute_article
from tests.support.news import story
found = [attribute_article(read_article(Path(sys.argv[1]), key="seed"))]
found.append(attribute_article(story(sys.argv[2])))
print(json.dumps({
    "compiled": bot.articles.engine_compiled(),
    "results": [[[asdict(p) for p in people], [asdict(q) for q in quotes]]
                for people, quotes in found],
}))
"""


def _engine_in(cwd: Path, seed: Path) -> dict:
    """The engine's findings on the seed and STORY, importing the package from cwd."""
    # tests.support.news from here
    environ = {**os.environ, "PYTHONPATH": f"{cwd}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(seed), STORY],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout)


def _setup_function(name: str) -> Callable[..., object]:
    """One function of setup.py, without running setup() (which would build)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    keep: list[ast.stmt] = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name == name)
        or (isinstance(node, ast.Assign) and ast.unparse(node).startswith("COMPILING_COMMANDS"))
    ]
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(body=keep, type_ignores=[]), "setup.py", "exec"), namespace)
    function = namespace[name]
    assert callable(function)
    return function


def test_setup_compiles_the_modules_the_package_names() -> None:
    for name in bot.articles.ENGINE_MODULES:
        assert (ROOT / "bot" / "articles").joinpath(*name.split(".")).with_suffix(".py").is_file()


def test_every_module_of_the_quote_package_is_compiled() -> None:
    # a module added to bot/articles/quotes/ must be listed, or it would run as source
    # beside compiled callers
    package = ROOT / "bot" / "articles" / "quotes"
    modules = {f"quotes.{p.stem}" for p in package.glob("*.py") if p.stem != "__init__"}
    assert modules <= set(bot.articles.ENGINE_MODULES)


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["bdist_wheel", "--dist-dir", "x"], {}, True),  # pip install . / pip wheel .
        (["build_ext", "--inplace"], {}, True),
        (["editable_wheel", "--dist-dir", "x"], {}, False),  # pip install -e .
        (["develop"], {}, False),
        (["egg_info"], {}, False),  # pip's metadata step
        (["dist_info", "--output-dir", "x"], {}, False),
        (["bdist_wheel"], {"ARTICLE_BOT_PURE": "1"}, False),
    ],
)
def test_only_a_wheel_build_compiles(argv: list[str], environ: dict, expected: bool) -> None:
    assert _setup_function("compiles")(argv, environ) is expected


def test_an_editable_install_runs_the_source() -> None:
    # the tests run from the checkout: every engine module imports from its .py file
    for name in bot.articles.ENGINE_MODULES:
        module = importlib.import_module(f"bot.articles.{name}")
        assert module.__file__ is not None and module.__file__.endswith(".py"), name
    assert bot.articles.engine_compiled() is False


def test_a_compiled_engine_finds_what_its_source_finds(tmp_path: Path, seed_file: Path) -> None:
    """Runs where a wheel is installed and its package is imported (not from a
    checkout): the compiled engine against a copy of its own sources."""
    compiled_dir = os.environ.get("ARTICLE_BOT_WHEEL_SITE")
    if not compiled_dir:
        pytest.skip("set ARTICLE_BOT_WHEEL_SITE to a folder where a wheel was installed")
    installed = Path(compiled_dir)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.pyd")
    shutil.copytree(installed / "bot", tmp_path / "bot", ignore=ignore)
    shutil.copytree(ROOT / "tests", tmp_path / "tests", ignore=ignore)
    source = _engine_in(tmp_path, seed_file)
    compiled = _engine_in(installed, seed_file)
    assert source["compiled"] is False and compiled["compiled"] is True
    assert compiled["results"] == source["results"]
