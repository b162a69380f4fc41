"""The ranker's sentence scans done the cheap way must give what the regexes they stand
for give: each is checked against the regex as first written, on sentences written for
the test and on many random strings built from the words and marks where the two could
part (word boundaries, hyphens, apostrophes, capitals, "_")."""

from __future__ import annotations

import random
import re

import pytest

from bot.articles.lexicon import QA_RUN_LINKS, alternation
from bot.articles.qa import rank, referent

_CAPITALISED_RUN_AS_WRITTEN = re.compile(
    r"(?<![\w'’-])[A-Z][a-z]+(?:\s+(?:(?:"
    + alternation(QA_RUN_LINKS)
    + r")\s+)?[A-Z][a-z]+)+(?![\w-])"
)


def _runs(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


def _hyphen_parts_as_written(text: str) -> set[str]:
    return {
        c
        for m in rank._HYPHENATED.finditer(text)
        for part in rank.split_hyphen(m.group()) or rank.compound_parts(m.group())
        if (c := rank._content(part))
    }


def _pointing_back_as_written(text: str) -> int | None:
    match = (
        referent._POINTS_BACK.match(text)
        or referent._AGED.match(text)
        or referent._IT_DOES.match(text)
    )
    if match:
        return match.start("ref")
    generic = referent._GENERIC_SUBJECT.search(text)
    return generic.start("ref") if generic else None


SENTENCES = [
    "The Royal Shakespeare Company played at the Melbourne Cricket Ground.",
    "O'Neill Grant and Mc-Donald Hale met; x-Ray Tests, _Bank Of England.",
    "That is because the Walkman-branded player sold well in Anglo-French shops.",
    "Based on a novel, the film took $14.2m. The company said profits rose.",
    "It's partly why: the reasons why, he said. Treasons why; REASONS WHY.",
    ",the film took it; , The company said; the band released it",
    "well-known, ex-England, -dash, dash-, a-b-c, Twenty-two-year-old",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentence_scans_agree_with_the_regexes_as_written(text: str) -> None:
    assert _runs(rank._CAPITALISED_RUN, text) == _runs(_CAPITALISED_RUN_AS_WRITTEN, text)
    assert rank._hyphen_parts(text) == _hyphen_parts_as_written(text)
    assert rank._reason_back(text) == bool(rank._REASON_BACK.search(text))
    assert referent.pointing_back(text) == _pointing_back_as_written(text)


def test_the_scans_find_what_they_look_for() -> None:
    assert "mcg" in rank._initials("He spoke at the Melbourne Cricket Ground on Friday.")
    assert rank._hyphen_parts("The Walkman-branded player") >= {rank._content("walkman")}
    assert rank._reason_back("That is because prices rose.")
    assert rank._reason_back("Nobody knows the reasons why.")
    assert not rank._reason_back("Nobody knows the treasons why.")
    assert referent.pointing_back("Based on a novel, the film took $14.2m.") == 18


def test_sentence_scans_agree_with_the_regexes_as_written_on_random_strings() -> None:
    rng = random.Random(326)
    words = [
        *("The", "Royal", "Bank", "of", "England", "and", "the", "Cricket", "Ground"),
        *("Walkman", "branded", "ex", "well", "known", "X", "x", "_", "é", "1", "It"),
        *("That", "that", "is", "because", "reasons", "Reasons", "why", "treasons"),
        *("film", "company", "took", "said", "released", "He", "she", "REASON", "ſ"),
    ]
    seps = [" ", " ", " ", "-", "-", "", ",", ", ", ".", "'", "’", "_", ":"]
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 9)))
        assert _runs(rank._CAPITALISED_RUN, text) == _runs(_CAPITALISED_RUN_AS_WRITTEN, text)
        assert rank._hyphen_parts(text) == _hyphen_parts_as_written(text), text
        assert rank._reason_back(text) == bool(rank._REASON_BACK.search(text)), text
        assert referent.pointing_back(text) == _pointing_back_as_written(text), text
