"""The quote engine's whole-text scans done the cheap way must give what the regex they
stand for gives: each shortcut is checked against its defining regex on sentences
written for the test and on many random strings built from the words and marks where
the two could part (word boundaries, "_", capitals, accents)."""

from __future__ import annotations

import random
import re

import pytest

from bot.articles import cast
from bot.articles.lexicon import (
    AUX,
    BODY_VOICES,
    POSSESSIVES,
    REPORTING_VERBS,
    VOICE_GENDERS,
    alternation,
)
from bot.articles.quote_marks import Quoted
from bot.articles.quotes import engine, mentions

ROLE_SENTENCES = [
    "The film, with Jo Hart set to direct, opens in May.",
    "Sam Reid, who will coach the side, arrived on Monday.",
    "Sam Reid, who coaches the side, arrived on Monday.",
    "The album was produced by Tom Kell in Leeds.",
    "(directed by Ann Lee)",
    "directed by Ann Lee",
    "The director said the film was undirected by anyone.",
    "The management team met the coaching staff.",
    "He wants to directly manage nothing; auto directed nothing.",
    "She went to_direct the play.",
    "Who will coach? who coach_es",
    "He said the firm's editors edited the report by hand.",
]


@pytest.mark.parametrize("text", ROLE_SENTENCES)
def test_role_verb_used_agrees_with_its_regex_on_sentences(text: str) -> None:
    assert mentions.role_verb_used(text) == bool(mentions._ROLE_VERB_USED.search(text))


def test_role_verb_used_finds_the_verb_forms_and_skips_the_nouns() -> None:
    assert mentions.role_verb_used("with Jo Hart set to direct.")
    assert mentions.role_verb_used("Sam Reid, who will coach the side")
    assert mentions.role_verb_used("“Directed by” credits: edited by Ann Lee")
    assert not mentions.role_verb_used("The director and the coaching staff met the manager.")
    assert not mentions.role_verb_used("It was undirected by anyone.")


def test_role_verb_used_agrees_with_its_regex_on_random_strings() -> None:
    rng = random.Random(26)
    words = [
        *("to", "To", "who", "Who", "auto", "xwho", "will", "by", "By", "_", "é", "1"),
        *("direct", "directs", "directed", "directly", "director", "edit", "edited"),
        *("coach", "coaches", "coached", "managed", "manager", "produce", "captained"),
        *("used", "led", "ed", "redirected", "Directed", "coachd", "d"),
    ]
    seps = ["", " ", " ", " ", "  ", ",", "_", "-", "(", "“"]
    for _ in range(4000):
        text = "".join(rng.choice(seps) + rng.choice(words) for _ in range(rng.randint(1, 7)))
        text += rng.choice(seps)
        assert mentions.role_verb_used(text) == bool(mentions._ROLE_VERB_USED.search(text)), text


# _VOICE as first written: the definition its faster form and _voices' window keep
_VOICE_AS_WRITTEN = re.compile(
    r"(?:['’]s|\b(?i:"
    + alternation(POSSESSIVES)
    + r"))(?: [a-z]+){0,2} ("
    + "|".join(sorted(BODY_VOICES))
    + r") ([a-z]+)\b"
)


def _voices_as_written(text: str) -> list[tuple[int, int, str | None]]:
    out = []
    for m in _VOICE_AS_WRITTEN.finditer(text):
        if m.group(2) in REPORTING_VERBS or m.group(2) in AUX:
            out.append((m.end(1), 0, VOICE_GENDERS.get(m.group(1))))
    return out


VOICE_SENTENCES = [
    "Mr Blair's official spokesman said the talks would go on.",
    "HIS chief aide was asked about it; their spokeswoman said no.",
    "The official figures were out. A government official said so.",
    "Her aide official said nothing; Thistle's spokesman Ken said it.",
    "İts spokesman said, ıts aide said, mY spokesman told, Myspokesman said.",
    "officials said; the official spokesman's line; said his spokesman",
    "hiss spokesman said; _his spokesman said; éhis aide said",
]


@pytest.mark.parametrize("text", VOICE_SENTENCES)
def test_voices_agree_with_the_regex_as_written_on_sentences(text: str) -> None:
    got = engine._voices(text, Quoted(text, []), [0], [0])
    assert got == _voices_as_written(text)


def test_voices_find_an_owned_voice_and_skip_a_named_one() -> None:
    text = "The official said so. Mr Blair's official spokesman said the talks go on."
    found = engine._voices(text, Quoted(text, []), [0], [0])
    assert [v[0] for v in found] == [text.index(" said the")]


def test_voices_agree_with_the_regex_as_written_on_random_strings() -> None:
    rng = random.Random(126)
    words = [
        *("his", "His", "HIS", "hiS", "her", "their", "Their", "its", "İts", "ıts", "my"),
        *("Blair's", "Blair’s", "s", "'s", "official", "officials", "chief", "senior"),
        *("spokesman", "spokesmen", "spokeswoman", "aide", "said", "told", "was", "_"),
        *("X", "é", "1", "the"),
    ]
    seps = [" ", " ", " ", " ", "", ",", ".", "_", "'", "’"]
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
        got = engine._voices(text, Quoted(text, []), [0], [0])
        assert got == _voices_as_written(text), text


def _intros(text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.group(1)) for m in cast.business_intros(text)]


def _intros_as_written(text: str) -> list[tuple[tuple[int, int], str | None]]:
    found = cast._BUSINESS_INTRO.finditer(text)
    return [(m.span(), m.group(1) or m.group(2) or m.group(3)) for m in found]


INTRO_SENTENCES = [
    "Shares in drugs group Eli Lilly rose after Northgate plc said it would buy Acme Inc.",
    "The bank Abbey National and retailer Marks & Spencer, shares in Bank of Scotland.",
    "Acme, Inc. and Acme Holdings PLC; the firm Zeta Ltd said so.",
    "The company said nothing; companyX Acme; _firm Acme; firm_ Acme; SHARES IN Acme.",
    "Opera spokeswoman Ann Lee said the group Acme Media Group plc would grow.",
]


@pytest.mark.parametrize("text", INTRO_SENTENCES)
def test_business_intros_agree_with_the_regex_as_written_on_sentences(text: str) -> None:
    assert _intros(text) == _intros_as_written(text)


def test_business_intros_find_the_names_a_business_noun_marks() -> None:
    text = "Shares in drugs group Eli Lilly rose. Northgate plc said so."
    assert [name for _, name in _intros(text)] == ["Eli Lilly", "Northgate"]


def test_business_intros_agree_with_the_regex_as_written_on_random_strings() -> None:
    rng = random.Random(226)
    words = [
        *("company", "firm", "group", "bank", "Bank", "retailer", "shares", "Shares", "in"),
        *("Acme", "Eli", "Lilly", "Zeta", "of", "and", "&", "plc", "Plc", "PLC", "Inc"),
        *("inc", "Ltd", "corp", "The", "the", "said", "_", "é", "X", "Co."),
    ]
    seps = [" ", " ", " ", " ", "", ",", ", ", ".", "_", "-", "’"]
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 9)))
        assert _intros(text) == _intros_as_written(text), text


def test_a_name_marked_as_a_business_is_found_before_the_voices_are_read() -> None:
    article_cast = cast.Cast([0], "Shares in housebuilder George Wimpey fell. Wimpey plc said")
    assert "Wimpey" in article_cast.named_businesses()
    assert article_cast._businesses is None  # (the voices' pass not run for it)
    assert article_cast.business_names()[0] == article_cast.named_businesses()


def test_every_voice_holds_a_stem_the_voices_scan_looks_for_first() -> None:
    for voice in BODY_VOICES:
        assert any(stem in f" {voice} " for stem in engine._VOICE_STEMS), voice


def _hints(text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.group(1)) for m in cast.business_hints(text)]


def _hints_as_written(text: str) -> list[tuple[tuple[int, int], str | None]]:
    found = cast._BUSINESS_HINT.finditer(text)
    return [(m.span(), m.group(1) or m.group(2)) for m in found]


HINT_SENTENCES = [
    "Opera spokeswoman Ann Lee said a statement from Acme Media was due.",
    "Acme chief executive Jo Bell and Bank of Scotland chairman Sir Ian Hay spoke.",
    "The statement issued by Acme, the announcement released by Zeta Group.",
    "Acme's boss; Acme bosses; ACME Executive; Acme executives; _Acme spokesman",
    "Marks & Spencer managing executive, O'Neill Ltd. spokesperson, Fly-Be boss",
]


@pytest.mark.parametrize("text", HINT_SENTENCES)
def test_business_hints_agree_with_the_regex_as_written_on_sentences(text: str) -> None:
    assert _hints(text) == _hints_as_written(text)


def test_business_hints_agree_with_the_regex_as_written_on_random_strings() -> None:
    rng = random.Random(426)
    words = [
        *("Acme", "Zeta", "Bank", "of", "and", "&", "Ann", "Lee", "chief", "managing"),
        *("spokesman", "spokeswoman", "boss", "bosses", "chairman", "executive", "said"),
        *("statement", "announcement", "from", "issued", "by", "released", "_", "é", "X"),
    ]
    seps = [" ", " ", " ", " ", "", ",", ", ", ".", "'s ", "’", "-", "_"]
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 9)))
        assert _hints(text) == _hints_as_written(text), text


def _role_verbs(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    found = mentions._ROLE_VERB.finditer(text, *mentions._role_verb_window(text))
    return [(m.span(), m.groups()) for m in found]


def _role_verbs_as_written(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in mentions._ROLE_VERB.finditer(text)]


@pytest.mark.parametrize("text", ROLE_SENTENCES)
def test_role_verb_window_keeps_every_match_on_sentences(text: str) -> None:
    assert _role_verbs(text) == _role_verbs_as_written(text)


def test_role_verb_window_keeps_every_match_on_random_strings() -> None:
    rng = random.Random(526)
    pieces = [
        *("Jo Hart", "Sam Reid", "Anne-Marie O'Neill Lee", "Ben", "X", "_", "é", "1"),
        *("set to", "due to", "who", "who will", "expected soon to", "to", "by", "the"),
        *("direct", "directs", "directed", "director", "coach", "coached", "edited"),
        *("produce", "managed", "manager", "film", "directed by", "coached by"),
    ]
    seps = [" ", " ", " ", " ", "", ",", ", ", ".", "-", "’", "_", "("]
    matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 10)))
        assert _role_verbs(text) == _role_verbs_as_written(text), text
        matched += bool(_role_verbs_as_written(text))
    assert matched > 20  # (the strings hold matches to keep)
