"""The lexicon (bot/articles/lexicon.py) holds every word list of the quote engine: no
word twice in a list, no word in two lists that contradict each other, and no list that
nothing uses."""

from __future__ import annotations

import ast
import collections
import re
from pathlib import Path

import pytest

from bot.articles import lexicon
from config.settings import PROJECT_ROOT

ARTICLES = PROJECT_ROOT / "bot" / "articles"
SOURCE = (ARTICLES / "lexicon.py").read_text(encoding="utf-8")


def _assignments() -> dict[str, ast.AST]:
    """Each top-level assignment of the lexicon by name."""
    out: dict[str, ast.AST] = {}
    for node in ast.parse(SOURCE).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out[node.target.id] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node
    return out


def _listed_words(node: ast.AST) -> list[str]:
    """The words a list spells out in its string literals (a word list is one or more
    strings that are split on white space)."""
    strings = [
        c.value
        for c in ast.walk(node)
        if isinstance(c, ast.Constant) and isinstance(c.value, str) and len(c.value) > 30
    ]
    return " ".join(strings).split()


def test_no_word_is_listed_twice_in_one_list() -> None:
    repeated = {}
    for name, node in _assignments().items():
        counts = collections.Counter(_listed_words(node))
        twice = sorted(w for w, n in counts.items() if n > 1)
        if twice:
            repeated[name] = twice
    assert repeated == {}


def test_the_duplicate_finder_sees_a_repeated_word() -> None:
    listed = 'ROLE: Final = frozenset("""mayor judge sheriff coroner\n    mayor""".split())'
    node = ast.parse(listed).body[0]
    assert collections.Counter(_listed_words(node))["mayor"] == 2


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("MALE_NAMES", "FEMALE_NAMES"),
        ("MALE_TITLES", "FEMALE_TITLES"),
        ("NOT_NAMES", "MALE_NAMES"),
        ("NOT_NAMES", "FEMALE_NAMES"),
        ("ROLE_WORDS", "ORG_WORDS"),
        ("ROLE_WORDS", "NOT_NAMES"),
        ("CONTRARY_VERBS", "INDIRECT_EXCLUDED"),
        ("SUBORDINATORS", "REPORTING_VERBS"),
    ],
)
def test_contradictory_lists_share_no_word(one: str, other: str) -> None:
    both = getattr(lexicon, one) & getattr(lexicon, other)
    assert both == frozenset(), f"{one} and {other} both list {sorted(both)}"


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("INDIRECT_EXCLUDED", "REPORTING_VERBS"),
        ("CONTRARY_VERBS", "REPORTING_VERBS"),
        ("NOUNISH", "REPORTING_VERBS"),
        ("MALE_TITLES", "TITLES_AND_RANKS"),
        ("FEMALE_TITLES", "TITLES_AND_RANKS"),
    ],
)
def test_each_refinement_lists_only_words_of_the_list_it_refines(part: str, whole: str) -> None:
    whole_words = (
        lexicon.TITLES | lexicon.ROLE_WORDS
        if whole == "TITLES_AND_RANKS"
        else getattr(lexicon, whole)
    )
    stray = getattr(lexicon, part) - whole_words
    assert stray == frozenset(), f"{part} lists {sorted(stray)}, which {whole} does not"


def _engine_sources() -> dict[Path, str]:
    paths = [p for p in ARTICLES.rglob("*.py") if p.name != "lexicon.py"]
    return {p: p.read_text(encoding="utf-8") for p in paths}


def test_every_list_is_used_by_the_engine() -> None:
    public = [n for n in _assignments() if not n.startswith("_")]
    sources = "\n".join(_engine_sources().values())
    unused = [n for n in public if not re.search(rf"\b{n}\b", sources)]
    assert unused == []


def test_word_lists_live_only_in_the_lexicon() -> None:
    # a frozenset of words spelled out in another engine module is a list that escaped
    spelled = re.compile(r"frozenset\(\s*(?:\"\"\"|\")[a-z' ]+\s[a-z' ]+")
    engine = ("cast.py", "phrases.py", "tokens.py", "quote_marks.py", "quotes")
    stray = [
        str(p.relative_to(ARTICLES))
        for p, text in _engine_sources().items()
        if str(p.relative_to(ARTICLES)).startswith(engine) and spelled.search(text)
    ]
    assert stray == []


def test_short_verbs_double_their_last_consonant() -> None:
    assert {"dubbed", "slammed", "begged", "fretting"} <= lexicon.REPORTING_VERBS
    assert "dubed" not in lexicon.REPORTING_VERBS


def test_reactions_report_quotes_but_not_reported_speech() -> None:
    assert {"reacted", "beamed", "pondered"} <= lexicon.REPORTING_VERBS
    assert {"groused", "sniped", "bemoaned", "implied"} <= lexicon.REPORTING_VERBS
    assert {"reacted", "beamed"} <= lexicon.INDIRECT_EXCLUDED
