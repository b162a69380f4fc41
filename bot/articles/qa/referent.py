"""Sentences that name their subject by pointing back: "He was arrested in Barstow",
"She is only the second woman to win the title".

The words such a sentence stands for are the names of the sentence before it (and, when
that one points back too, the names it stood for): a reader asking "where was Suge Knight
arrested?" is answered by "He was arrested in Barstow" right after a sentence naming him.
Only a sentence that opens with "he", "she" or "they" is read this way; one that names
its own subject keeps its own words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.articles.qa.words import concept, spans
from bot.articles.textnorm import STOP_WORDS, fold

# A person's subject pronoun, after an opening connective. "It" and "the company" are
# left out: they point at a thing as often as at the names before them.
_POINTS_BACK = re.compile(
    r"^[\"“‘'(]?(?:(?:But|And|However|Meanwhile|Yet|So|Now|Instead|Still),?\s+)?"
    r"(?P<ref>(?:[Hh]e|[Ss]he|[Tt]hey)\b)"
)


def pointing_back(text: str) -> int | None:
    """The offset of the word by which a sentence points back to the one before, if it
    opens with one."""
    match = _POINTS_BACK.match(text)
    return match.start("ref") if match else None


def names(text: str) -> frozenset[str]:
    """The concepts of a sentence's capitalised words (a name's words), without the
    function words that open it ("The", "But")."""
    return frozenset(
        concept(word)
        for _, _, word in spans(text)
        if word[:1].isupper() and fold(word) not in STOP_WORDS
    )


def inherited(sentences: Sequence[str]) -> tuple[frozenset[str], ...]:
    """For each sentence, the name concepts it stands for by pointing back (empty for a
    sentence that does not): the previous sentence's names and what that one stood for."""
    out: list[frozenset[str]] = []
    previous_names: frozenset[str] = frozenset()
    previous_inherited: frozenset[str] = frozenset()
    for text in sentences:
        own = names(text)
        if pointing_back(text) is not None:
            carried = (previous_names | previous_inherited) - own
        else:
            carried = frozenset()
        out.append(carried)
        previous_names, previous_inherited = own, carried
    return tuple(out)
