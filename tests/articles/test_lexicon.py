"""The lexicon (bot/articles/lexicon.py) holds every word list of the quote engine: no
word twice in a list, no word in two lists that contradict each other, and no list that
nothing uses."""

from __future__ import annotations

import ast
import collections
import re
from pathlib import Path
from typing import Final

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


def _assigned_names(source: str) -> list[str]:
    names = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return names


def test_no_list_is_defined_twice() -> None:
    """A second assignment of a name silently replaces the first list for every reader."""
    counts = collections.Counter(_assigned_names(SOURCE))
    assert sorted(n for n, c in counts.items() if c > 1) == []


def test_the_twice_defined_check_sees_a_second_assignment() -> None:
    source = 'A: Final = frozenset("x y".split())\nB = 1\nA = frozenset()\n'
    assert collections.Counter(_assigned_names(source))["A"] == 2


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
        ("MALE_COURTESY_TITLES", "FEMALE_COURTESY_TITLES"),
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
        ("PERSON_KEY_HONORIFICS", "TITLES_AND_ABBREVIATIONS"),
        ("TITLE_STOP_WORDS", "STOP_WORDS"),
        ("UNISEX_NAMES", "GIVEN_NAMES"),
        ("MALE_COURTESY_TITLES", "COURTESY_TITLES"),
        ("FEMALE_COURTESY_TITLES", "COURTESY_TITLES"),
        ("MALE_COURTESY_TITLES", "MALE_TITLES"),
        ("FEMALE_COURTESY_TITLES", "FEMALE_TITLES"),
        ("SHORT_CUE_VERBS", "REPORTING_VERBS"),
        ("CUE_ADDRESSING_VERBS", "ADDRESSING_VERBS"),
        ("LOST_CLOSE_PRONOUNS", "PRONOUNS_ALL"),
    ],
)
def test_each_refinement_lists_only_words_of_the_list_it_refines(part: str, whole: str) -> None:
    unions = {
        "TITLES_AND_RANKS": lexicon.TITLES | lexicon.ROLE_WORDS,
        "TITLES_AND_ABBREVIATIONS": lexicon.TITLES | lexicon.ABBREVIATIONS,
    }
    whole_words = unions.get(whole) or getattr(lexicon, whole)
    stray = getattr(lexicon, part) - whole_words
    assert stray == frozenset(), f"{part} lists {sorted(stray)}, which {whole} does not"


def _engine_sources() -> dict[Path, str]:
    paths = [p for p in ARTICLES.rglob("*.py") if p.name != "lexicon.py"]
    return {p: p.read_text(encoding="utf-8") for p in paths}


def test_every_list_is_used_by_the_engine() -> None:
    public = [n for n in _assignments() if not n.startswith("_")]
    # every word of the engine's sources, read once (a search per list took seconds)
    used = set(re.findall(r"\w+", "\n".join(_engine_sources().values())))
    unused = [n for n in public if n not in used]
    assert unused == []


_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*)?")
# a regex group of three or more plain words: "(?:who|whose|which)", "(he|his|she)"
# (a word may open with a class of its two cases: "(?:[Hh]e|[Ss]he|His)")
# (a branch may hold spaces written as a class, and end in an optional letter or two:
# "euros?", "raise[sd]?", "due\s+to", "per\s?cent", "two-thirds")
_BRANCH = r"(?:\[[A-Z][a-z]\]|[A-Za-z])(?:[A-Za-z' \-]|\\s[+*?]?|\[[a-z]+\]\??|\?)*"
_ALTERNATION: Final = re.compile(rf"\((?:\?:|\?i:|\?P<\w+>)?((?:{_BRANCH}\|){{2,}}{_BRANCH})\)")
# a string that is nothing but three or more plain words joined by "|": "Monday|Tuesday|…"
_PIPED: Final = re.compile(rf"(?:{_BRANCH}\|){{2,}}{_BRANCH}")


def _plain_words(node: ast.Tuple | ast.List | ast.Set) -> list[str]:
    """The collection's words joined by "|", if it holds three or more plain words."""
    words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    plain = [w for w in words if _WORD.fullmatch(w)]
    # (a sign standing for a word, "&", does not hide a list of words)
    if len(words) == len(node.elts) and len(plain) >= 3 and set(words) - set(plain) <= {"&"}:
        return ["|".join(words)]
    return []


def _escaped_lists(source: str) -> list[str]:
    """The word lists a module spells out at its top level, outside the lexicon: a tuple,
    list or set of three or more word strings, a string of three or more words that
    frozenset()/set()/tuple() is built from, a regex alternation of three or more plain
    words in a pattern string (any case), and a string of three or more plain words
    joined by "|" to go into a pattern. Literal[...] type tags are not lists."""
    found: list[str] = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        # "if word in ("of", "for", "to")" inside a function is a list too
        if isinstance(node, ast.Compare) and any(
            isinstance(op, (ast.In, ast.NotIn)) for op in node.ops
        ):
            for side in node.comparators:
                if isinstance(side, (ast.Tuple, ast.List, ast.Set)):
                    found += _plain_words(side)
    for stmt in tree.body:
        if not isinstance(stmt, (ast.Assign, ast.AnnAssign)) or stmt.value is None:
            continue
        tags = {
            id(c)
            for sub in ast.walk(stmt.value)
            if isinstance(sub, ast.Subscript)
            for c in ast.walk(sub.slice)
        }
        for node in ast.walk(stmt.value):
            if id(node) in tags:
                continue
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                found += _plain_words(node)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id in ("frozenset", "set", "tuple"):
                    for c in ast.walk(node):
                        if isinstance(c, ast.Constant) and isinstance(c.value, str):
                            words = c.value.split()
                            if len(words) >= 3 and all(_WORD.fullmatch(w) for w in words):
                                found.append("|".join(words))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                found += [m[1] for m in _ALTERNATION.finditer(node.value)]
                if _PIPED.fullmatch(node.value):
                    found.append(node.value)
    return found


# Lists the check finds that stay where they are, each with its reason. A path ending in
# "/" or ".py" stands for everything in it.
_ALLOWED: Final = {
    "qa/extract.py: US|A|C|HK|NZ": "letters before a currency sign (US$, HK$), not words",
    "qa/extract.py: st|nd|rd|th": "ordinal endings (21st, 3rd), not words",
    "qa/extract.py: an|ese|ish|ch|ic": "endings of a people's adjective, not words",
    "qa/extract.py: bn|m|k": "abbreviated scales of a sum (£5bn, $20m), not words",
    "qa/extract.py: person|name|place": "codes of an answer's kind, not English",
    "qa/question.py: person|name|place": "codes of an answer's kind, not English",
    "qa/rank.py: person|name|place": "codes of an answer's kind, not English",
    "qa/rank.py: y|ly|cy|ion|ation|at|ment|ship|ary|ory": "word endings, not words",
    "summary_rules.py: m|ve|d|ll": "clitic endings, not words",
    "parse.py: title|subtitle|byline|source|url|published": "front-matter keys, not English",
    "loader.py: README|LICENSE|LICENCE|COPYING|NOTICE|CHANGELOG|CHANGES|AUTHORS": (
        "file names that are not articles, not English"
    ),
    "model.py: direct|partial|indirect": "codes of a stored quote's kind, not English",
    "model.py: named|resolved|carried|unattributed": "codes of a stored quote's attribution",
    "quotes/mentions.py: ed|en|wn": "word endings, not words",
    "tokens.py: s|re|ll|ve|d|m": "clitic endings, not words",
}


def _allowed(where: str) -> bool:
    return any(where == k or (k.endswith(("/", ".py")) and where.startswith(k)) for k in _ALLOWED)


def test_word_lists_live_only_in_the_lexicon() -> None:
    stray = []
    for path, text in _engine_sources().items():
        rel = path.relative_to(ARTICLES).as_posix()
        stray += [f"{rel}: {w}" for w in _escaped_lists(text) if not _allowed(f"{rel}: {w}")]
    assert stray == []


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ('_OPENERS: Final = frozenset("But And Yet However".split())', "But|And|Yet|However"),
        ('_KIN = ("mother", "father", "sister")', "mother|father|sister"),
        ('_ASIDE = re.compile(r"\\b(?:who|whose|such as)\\b")', "who|whose|such as"),
        ('_HE = re.compile(r"\\b(he|his|himself)\\b", re.I)', "he|his|himself"),
        ('_DAYS = "Monday|Tuesday|" "Friday"', "Monday|Tuesday|Friday"),
        ('def f(w):\n    return w in ("of", "for", "to")', "of|for|to"),
        ('def f(w):\n    return w in ("of", "&", "and", "the")', "of|&|and|the"),
        ('_SHE = re.compile(r"\\b(?:[Hh]e|[Ss]he|His)\\b")', "[Hh]e|[Ss]he|His"),
        ('_CASH = re.compile(r"\\b(?:euros?|dollars?|yen)\\b")', "euros?|dollars?|yen"),
        (
            '_DUE = re.compile(r"(?:due\\s+to|owing\\s+to|raise[sd]?)")',
            "due\\s+to|owing\\s+to|raise[sd]?",
        ),
    ],
)
def test_the_escaped_list_check_finds_a_list(source: str, words: str) -> None:
    assert _escaped_lists(source) == [words]


def test_the_escaped_list_check_passes_what_is_not_a_list() -> None:
    source = (
        'Kind = Literal["direct", "partial", "indirect"]\n'
        '_PAIR = ("a", "an")\n'
        '_AGE = re.compile(r"(?:\\d+|one)-year-old")\n'
        '_ROLE = re.compile(r"(?:" + alternation(ROLE_WORDS) + r")")\n'
    )
    assert _escaped_lists(source) == []


def test_short_verbs_double_their_last_consonant() -> None:
    assert {"dubbed", "slammed", "begged", "fretting"} <= lexicon.REPORTING_VERBS
    assert "dubed" not in lexicon.REPORTING_VERBS


def test_reactions_report_quotes_but_not_reported_speech() -> None:
    assert {"reacted", "beamed", "pondered"} <= lexicon.REPORTING_VERBS
    assert {"groused", "sniped", "bemoaned", "implied"} <= lexicon.REPORTING_VERBS
    assert {"reacted", "beamed"} <= lexicon.INDIRECT_EXCLUDED
