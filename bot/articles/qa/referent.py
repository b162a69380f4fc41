"""Sentences that name their subject by pointing back: "He was arrested in Barstow",
"She is only the second woman to win the title".

The words such a sentence stands for are the names of the sentence before it (and, when
that one points back too, the names it stood for): a reader asking "where was Suge Knight
arrested?" is answered by "He was arrested in Barstow" right after a sentence naming him.
A sentence that opens with "he", "she" or "they" (or "it" doing something: "It lost
464,000 subscribers"), or whose clause has "the film", "the company" or another generic
noun as its subject ("Based on a play, the film took $22.7m"), is read this way; one
that names its own subject keeps its own words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.articles.lexicon import (
    DEMONYMS,
    GENERIC_REFERENTS,
    QA_ADVERBS,
    QA_GENERIC_VERBS,
    QA_IT_PERFECT,
    QA_IT_STANDS_FOR_NOTHING,
    QA_PERSON_DESCRIBERS,
    QA_PRONOUN_OPENERS,
    SPEAKER_PRONOUNS,
    alternation,
)
from bot.articles.qa.words import concept, spans
from bot.articles.textnorm import STOP_WORDS, fold

# A person's subject pronoun, after an opening connective. "It" is read apart: it points
# at a thing as often as at the names before it.
_POINTS_BACK = re.compile(
    r"^[\"“‘'(]?(?:(?:" + alternation(QA_PRONOUN_OPENERS) + r"),?\s+)?"
    r"(?P<ref>(?:"
    + alternation(SPEAKER_PRONOUNS | {w.capitalize() for w in SPEAKER_PRONOUNS})
    + r")\b)"
)


# "the film took $22.7m", "The company said": a generic noun for a work or a body as the
# subject of a clause (after an opening phrase and a comma, or opening the sentence),
# followed by its verb.
_GENERIC_SUBJECT = re.compile(
    rf"(?:^|,\s+)(?P<ref>[Tt]he\s+(?:{'|'.join(sorted(GENERIC_REFERENTS))})(?:'s)?)\s+"
    r"(?:" + alternation(QA_GENERIC_VERBS) + r"|[a-z]+ed)\b"
)
# _GENERIC_SUBJECT's two openings apart, as pointing_back reads them: the sentence's
# start (matched there) and a comma (a literal the engine skips ahead to; the
# alternation with "^" made it try every position)
_GENERIC_OPENING = re.compile(_GENERIC_SUBJECT.pattern.replace("(?:^|,\\s+)", "", 1))
_GENERIC_AFTER_COMMA = re.compile(_GENERIC_SUBJECT.pattern.replace("(?:^|,\\s+)", ",\\s+", 1))


# "The 17-year-old midfielder was also chased by Rangers": news prose names a person by
# age after naming them.
_AGED = re.compile(r"^[\"“‘'(]?(?P<ref>[Tt]he\s+\d{1,3}-year-old)\b")
# "The world junior champion clocked…", "The teenager has…", "The Argentine had…": an
# epithet for a person (or a people's noun), with up to two words before it, opening
# the sentence before its verb: news prose names a person so after naming them. Not an
# office ("The manager said…" is mostly someone else), nor "The film star, who…,
# will…" (tried: it took a why-question's answer to the aside's sentence)
# (a demonym in -ese or -ss is a whole people as a noun: "The Chinese said…" points back
# to no one)
_ONE_OF_A_PEOPLE = frozenset(d for d in DEMONYMS if not d.endswith(("ese", "ss")))
_DESCRIBED = re.compile(
    r"^[\"“‘'(]?(?P<ref>The\s+(?:[\w-]+\s+){0,2}?(?i:"
    + alternation(_ONE_OF_A_PEOPLE | QA_PERSON_DESCRIBERS)
    + r"))\s+(?:"
    + alternation(QA_GENERIC_VERBS)
    + r"|[a-z]+ed)\b"
)


# "It lost 464,000 subscribers", "It now aims to…": "it" as the subject of a verb, after
# a sentence naming a film, a firm or a team, stands for them; not "It is thought that…",
# "It would be…", "It has been…", where it stands for nothing before.
_IT_DOES = re.compile(
    r"^(?P<ref>It)\s+(?:(?:"
    + alternation(QA_ADVERBS)
    + r")\s+)?+(?!(?:"
    + alternation(QA_IT_STANDS_FOR_NOTHING)
    + r")\b|(?:"
    + alternation(QA_IT_PERFECT)
    + r")\s+been\b)[a-z]+\b"
)


def pointing_back(text: str) -> int | None:
    """The offset of the word by which a sentence points back to the one before, if it
    opens with one ("he", "the 26-year-old"), or names its subject by a generic noun
    ("the film took…")."""
    match = (
        _POINTS_BACK.match(text)
        or _AGED.match(text)
        or _IT_DOES.match(text)
        or _DESCRIBED.match(text)
    )
    if match:
        return match.start("ref")
    generic = _GENERIC_OPENING.match(text) or _GENERIC_AFTER_COMMA.search(text)
    return generic.start("ref") if generic else None


def names(text: str) -> frozenset[str]:
    """The concepts of a sentence's capitalised words (a name's words), without the
    function words that open it ("The", "But")."""
    return frozenset(
        concept(word)
        for _, _, word in spans(text)
        if word[:1].isupper() and fold(word) not in STOP_WORDS
    )


_QUOTATION = re.compile(r"[\"“]")  # a sentence that opens a quotation: someone's own words


def inherited(sentences: Sequence[str]) -> tuple[frozenset[str], ...]:
    """For each sentence, the name concepts it stands for by pointing back (empty for a
    sentence that does not): the previous sentence's names and what that one stood for.
    A sentence that names nobody and points back to nobody, or a quotation going on in a
    sentence of its own ("Anything else is fine by me"), leaves the story on whom it was
    before: a "he" after it stands for the names before it, the speaker's."""
    out: list[frozenset[str]] = []
    own: dict[int, frozenset[str]] = {}  # names read only around sentences that point back

    def names_of(j: int) -> frozenset[str]:
        if j not in own:
            own[j] = names(sentences[j])
        return own[j]

    for i, text in enumerate(sentences):
        carried: frozenset[str] = frozenset()
        if i and pointing_back(text) is not None:
            # the names the story is on: those of the last sentence before that names
            # someone or stands for someone, and is no quotation
            standing: frozenset[str] = frozenset()
            for j in range(i - 1, -1, -1):
                if not _QUOTATION.match(sentences[j]):
                    standing = names_of(j) | out[j]
                    if standing:
                        break
            carried = standing - names_of(i)
        out.append(carried)
    return tuple(out)
