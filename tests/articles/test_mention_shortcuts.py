"""The quote engine's cheap tests before a costlier one (quotes/mentions.py, cast.py) must
never change an answer: where the cheap test says no, the full test says no too. Each is
checked on sentences written for the test and on random strings."""

from __future__ import annotations

import random

import pytest

from bot.articles.cast import Cast
from bot.articles.lexicon import BODY_VOICES, CASE_LINKS
from bot.articles.phrases import NP, index_at, index_at_by_scan
from bot.articles.quotes import mentions
from bot.articles.tokens import tokenize

CASE_SENTENCES = [
    "The ruling in Roe v. Wade was cited by Ann Lee.",
    "Smith v Jones went to the Supreme Court.",
    "It was Acme vs. Globex, said Tom Kell.",
    "Lee vs Kell ends on Friday.",
    "The vote was very close, said Ann Lee.",
    "Visitors v.s. locals",
]


def _case_positions(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a in range(len(text) + 1) for b in range(a, len(text) + 1)]


@pytest.mark.parametrize("text", CASE_SENTENCES)
def test_no_case_link_means_no_case_on_sentences(text: str) -> None:
    held = mentions.may_hold_case(text)
    assert held == any(link in text for link in CASE_LINKS)
    if not held:
        assert not any(mentions._in_case(text, a, b) for a, b in _case_positions(text))


def test_a_case_link_is_seen_and_a_plain_v_word_is_not() -> None:
    assert mentions.may_hold_case("Roe v. Wade")
    assert mentions.may_hold_case("Smith vs Jones")
    assert not mentions.may_hold_case("The very voters of Vale")


def test_no_case_link_means_no_case_on_random_strings() -> None:
    rng = random.Random(27)
    words = ["v", "v.", "vs", "vs.", "V", "Roe", "Wade", "very", ".", ",", "vs.s"]
    seps = ["", " ", " ", "  ", "\t", "."]
    for _ in range(1500):
        text = "".join(rng.choice(seps) + rng.choice(words) for _ in range(rng.randint(1, 5)))
        held = mentions.may_hold_case(text)
        assert held == any(link in text for link in CASE_LINKS), text
        if not held:
            assert not any(mentions._in_case(text, a, b) for a, b in _case_positions(text)), text


OPENER_SENTENCES = [
    "On Monday, Simon Webb said the plan would fail.",
    "In Dayton, Ohio, Simon Webb plans a rally.",
    "Speaking to reporters, Webb said it was over.",
    "Last week, Webb sought a delay.",
    "“On Monday,  Webb said",
    "On Monday Webb said nothing.",
    "According to Webb, the plan fails.",
    "In Dayton,\tWebb spoke.",
]


def _opener_cases(text: str) -> list[tuple[int, int]]:
    return [
        (lo, pos)
        for lo in range(min(len(text), 3))
        for pos in range(lo, min(len(text), lo + mentions._OPENER_MAX))
    ]


@pytest.mark.parametrize("text", OPENER_SENTENCES)
def test_an_opening_phrase_holds_a_comma_on_sentences(text: str) -> None:
    for lo, pos in _opener_cases(text):
        if mentions._after_opener(text, lo, pos):
            assert text.find(",", lo, pos) >= 0


def test_after_opener_reads_the_written_openers() -> None:
    text = OPENER_SENTENCES[0]
    assert mentions._after_opener(text, 0, text.index("Simon"))
    text = OPENER_SENTENCES[5]
    assert not mentions._after_opener(text, 0, text.index("Webb"))


def test_an_opening_phrase_holds_a_comma_on_random_strings() -> None:
    rng = random.Random(27)
    words = ["On", "Monday", "In", "Ohio", "Speaking", "Last", "week", "to", "Webb", "A.", "“"]
    seps = ["", " ", " ", "  ", "\t", ", ", ",", ",\t", "("]
    for _ in range(1500):
        text = "".join(rng.choice(seps) + rng.choice(words) for _ in range(rng.randint(1, 6)))
        for lo, pos in _opener_cases(text):
            if mentions._after_opener(text, lo, pos):
                assert text.find(",", lo, pos) >= 0, (text, lo, pos)


def _cast(text: str) -> Cast:
    cast = Cast([0], text)
    cast.add(["SNP"], "organisation", None, None, None, 0, 1, None)
    return cast


@pytest.mark.parametrize(
    "title,name",
    [
        ("Mr", ["SNP", "Nicola", "Sturgeon"]),
        (None, ["Nicola", "Sturgeon"]),
        (None, ["Sturgeon"]),
        ("Dr", ["Ann", "Lee"]),
    ],
)
def test_affiliation_leaves_a_titled_or_short_name_as_it_is(
    title: str | None, name: list[str]
) -> None:
    # the callers skip the call when there is a title or fewer than three words
    assert _cast("SNP Nicola Sturgeon said").affiliation(title, None, list(name)) == (None, name)


def test_affiliation_still_reads_a_known_body_before_a_full_name() -> None:
    role, name = _cast("SNP Nicola Sturgeon said").affiliation(
        None, None, ["SNP", "Nicola", "Sturgeon"]
    )
    assert (role, name) == ("SNP", ["Nicola", "Sturgeon"])


def test_titled_full_reads_only_a_lone_surname() -> None:
    # the callers skip the call for a name of more words or none
    cast = Cast([0], "Cherie Blair arrived. Mrs Blair said")
    before = len(cast.entities)
    cast.titled_full(["Cherie", "Blair"], "Mrs", 22)
    cast.titled_full([], "Mrs", 22)
    assert len(cast.entities) == before


def test_principal_voice_needs_a_voice_last() -> None:
    # the callers skip the call when the phrase's last word is no voice
    text = "Mr Blair's official spokesman said"
    cast = Cast([0], text)
    assert "spokesman" in BODY_VOICES
    assert cast.principal_voice(NP(["Mr", "Blair's", "official", "spokesman"], 0))
    assert not cast.principal_voice(NP(["Mr", "Blair's", "official", "aides"], 0))
    assert not cast.principal_voice(NP([], 0))


INDEX_SENTENCES = [
    "The star of Rain Man and Tootsie said on Monday that he would return.",
    "“It's over,” said Ann Lee, 43, of Leeds (West Yorkshire).",
    "Mr. Kell's U.S. firm - Acme & Co/Globex - won 3.5m votes.",
]


@pytest.mark.parametrize("text", INDEX_SENTENCES)
def test_index_at_agrees_with_the_walk_back_on_sentences(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    for cut in (len(toks), len(toks) // 2, 1, 0):
        head = toks[:cut]
        for pos in range(-1, len(text) + 2):
            assert index_at(head, pos) == index_at_by_scan(head, pos), (cut, pos)


def test_index_at_finds_a_token_and_misses_a_position_inside_one() -> None:
    text = INDEX_SENTENCES[0]
    toks = tokenize(text, 0, len(text))
    assert toks[index_at(toks, text.index("Rain"))].text == "Rain"
    assert index_at(toks, text.index("Rain") + 1) == -1


def test_index_at_agrees_with_the_walk_back_on_random_strings() -> None:
    rng = random.Random(27)
    words = ["Ann", "Lee", "said", ",", ".", "“", "U.S.", "it's", "3.5m", "-", "_x", "(", "é"]
    seps = ["", " ", " ", "  ", "\t"]
    for _ in range(1000):
        text = "".join(rng.choice(seps) + rng.choice(words) for _ in range(rng.randint(0, 8)))
        lo = rng.randint(0, 3)
        toks = tokenize(text, lo, len(text))
        head = toks[: rng.randint(0, len(toks))]
        for pos in range(len(text) + 1):
            assert index_at(head, pos) == index_at_by_scan(head, pos), (text, pos)
