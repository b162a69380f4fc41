"""One case-folding function for the whole engine (issue 12): names, titles and search
words are compared in the same folded form, so "Zürich" in a title, a name and a query
is one word everywhere."""

from __future__ import annotations

import ast

from hypothesis import given
from hypothesis import strategies as st

from bot.articles import people, textnorm, titles
from config.settings import PROJECT_ROOT


def _fold_definitions(source: str) -> list[str]:
    """Functions that case-fold a text on their own: named fold/_fold/casefold, or calling
    casefold() and stripping combining marks in one body (a fold written again under
    another name); one built on textnorm.fold is that fold, not another."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef):
            continue
        body = ast.unparse(node)
        if "textnorm.fold(" in body:
            continue
        if node.name.lstrip("_") in {"fold", "casefold"} or (
            "casefold()" in body and "combining" in body
        ):
            found.append(node.name)
    return found


def test_only_textnorm_defines_a_fold() -> None:
    defined = {
        path.relative_to(PROJECT_ROOT).as_posix(): names
        for path in sorted((PROJECT_ROOT / "bot" / "articles").rglob("*.py"))
        if (names := _fold_definitions(path.read_text(encoding="utf-8")))
    }
    assert defined == {"bot/articles/textnorm.py": ["fold"]}


def test_the_finder_sees_a_fold_written_again() -> None:
    source = (
        "import unicodedata\n"
        "def norm(t):\n"
        "    t = unicodedata.normalize('NFKD', t.casefold())\n"
        "    return ''.join(c for c in t if not unicodedata.combining(c))\n"
    )
    assert _fold_definitions(source) == ["norm"]


def test_people_use_the_engine_fold() -> None:
    assert people.fold is textnorm.fold


@given(st.text(max_size=40))
def test_a_title_folds_as_the_engine_folds(text: str) -> None:
    assert titles.fold(text) == titles.fold(textnorm.fold(text))


def test_accents_and_curly_apostrophes_fold_away() -> None:
    assert textnorm.fold("Zürich’s CAFÉ") == "zurich's cafe"
    assert titles.fold("Zürich’s CAFÉ!") == "zurich s cafe"
