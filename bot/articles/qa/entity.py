"""How much a capitalised phrase reads as a person's name, for "who" questions.

Every capitalised run is a name to the extractor, but "who scored?" wants a person, not
"Euro 2004", "Snow Patrol" or "Double Olympic". News prose marks people in a few cheap
ways: a given name ("Juliette Turner"), a title or role word before it ("Mr Kennedy",
"author Daniel Handler"), and the surname alone later on ("Arjen Robben ... Robben's
shot"). Organisations end in a body word ("Standards Board"), events and products hold
digits ("Euro 2004", "Channel 4"). The score is a weight in [0, 1], not a verdict."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.articles.lexicon import (
    GIVEN_NAMES,
    ORG_WORDS,
    QA_EVENT_WORDS,
    QA_NAME_FOLLOWERS,
    QA_PLURAL_AFTER_WHO,
    ROLE_WORDS,
    TITLES,
    alternation,
)
from bot.articles.textnorm import STOP_WORDS, fold

PERSON = 1.0  # a given name, a title, a role word before it or a surname used alone
UNMARKED_FULL = 0.6  # two or more capitalised words and no other sign
UNMARKED_ONE = 0.4  # one capitalised word and no other sign
BODY = 0.3  # ends in an organisation or event word
NUMBERED = 0.15  # holds a digit: an event, a channel, a product

_WORDS = re.compile(r"[^\W\d_][\w'’.-]*|\d+")
# What follows a surname used alone: punctuation, a possessive or a verb ("Robinson,",
# "Robben's shot", "Easton said"), not a noun ("Olympic champion").
_AS_NAME = re.compile(r"(?:[,.;:)’'\"”]|\s+(?:" + alternation(QA_NAME_FOLLOWERS) + r"|[a-z]+ed)\b)")
_ROLE_BEFORE = re.compile(r"([A-Za-z][\w-]+)\.?[,:]?\s+$")


def person_likeness(name: str, sentence: str, start: int, article: str = "") -> float:
    """How much `name`, found at `start` in `sentence` of the `article`, reads as a
    person's name."""
    words, kind = _read_name(name)
    if kind == BODY and _given_then_event(words) and not _THE_BEFORE.search(sentence, 0, start):
        return PERSON  # "actress Doris Day", but "the Albert Hall"
    if kind is not None:
        return kind
    if _THE_BEFORE.search(sentence[max(0, start - 4) : start]) or _in_title(sentence, start):
        return BODY  # "The Salt Road won…", "the Libertines": a title, a band, a body
    if _A_BEFORE.search(sentence, max(0, start - 3), start):
        return BODY  # "a New York court", "an Arsenal fan": a name describing a noun
    before = _ROLE_BEFORE.search(sentence[max(0, start - 30) : start])
    if before and fold(before.group(1)) in _ROLE_OR_TITLE:
        return PERSON
    if article and _used_alone(words, article):
        return PERSON
    who = _WHO_AFTER.match(sentence, start + len(name))
    if who and not (who["verb"] in QA_PLURAL_AFTER_WHO and " and " not in name):
        return PERSON  # "Paddy Considine, who was crowned…": "who" follows a person
    return UNMARKED_FULL if len(words) > 1 else UNMARKED_ONE


# (the verb after it: "Virgin Radio, who are keen" is a body, one name in the plural)
_WHO_AFTER = re.compile(r",\s+who\b(?:\s+(?P<verb>[a-z]+))?")


_ROLE_OR_TITLE = ROLE_WORDS | TITLES
# "The Harbour's Daughter": a name inside a capitalised run that opens with "The"
_THE_RUN = re.compile(r"\bThe\s+((?:[A-Z][\w'’-]*\s+){1,4})$")


def _in_title(sentence: str, start: int) -> bool:
    """The name ends a capitalised run opened by "The" with no role word in it ("The
    Harbour's Daughter", not "The Prime Minister Tony Blair")."""
    run = _THE_RUN.search(sentence[max(0, start - 60) : start])
    if run is None:
        return False
    words = [
        fold(w.strip("'’").removesuffix("'s").removesuffix("’s")) for w in run.group(1).split()
    ]
    return not any(w in _ROLE_OR_TITLE for w in words)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_A_BEFORE = re.compile(r"\ban?\s+$", re.I)


def _given_then_event(words: tuple[str, ...]) -> bool:
    """A listed given name and one more word that ends events' names too ("Doris Day",
    "Jerry Hall"): a surname, unless "the" comes before the pair."""
    return len(words) == 2 and fold(words[0]) in GIVEN_NAMES and fold(words[1]) in QA_EVENT_WORDS


@lru_cache(maxsize=50_000)
def _read_name(name: str) -> tuple[tuple[str, ...], float | None]:
    """A name's words (without possessives), and its likeness when the name alone
    decides it: a digit, a body or event word at its end, a given name or title first."""
    words = [w.strip(".’'") for w in _WORDS.findall(name)]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words if w]
    if not words:
        return (), 0.0
    if any(ch.isdigit() for ch in name):
        return tuple(words), NUMBERED
    low = [fold(w) for w in words]
    if low[-1] in ORG_WORDS or low[-1] in QA_EVENT_WORDS:
        return tuple(words), BODY
    if low[0] == "the" and len(words) > 1:
        return tuple(words), BODY  # "The Edge of Reason", "The Libertines": a work, a band
    if low[0] in GIVEN_NAMES or low[0] in TITLES:
        return tuple(words), PERSON
    if "of" in low[1:-1]:
        return tuple(words), BODY  # "Edge of Reason", "Bank of England": not a person's
    return tuple(words), None


def _used_alone(words: tuple[str, ...], article: str) -> bool:
    """The surname of a full name used on its own elsewhere, or a lone word that is the
    last word of a full name elsewhere: the way news prose names people after the first
    mention ("Jason Robinson ... Robinson")."""
    alone, surnames = _surnames(article)
    return words[-1] in (alone if len(words) > 1 else surnames)


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?![\w-])")


@lru_cache(maxsize=256)
def _surnames(article: str) -> tuple[frozenset[str], frozenset[str]]:
    """An article's capitalised words read once: those used alone as a name (not after
    another capitalised word, and followed by punctuation, a possessive or a verb), and
    those that follow another capitalised word (the last words of full names)."""
    alone: set[str] = set()
    surnames: set[str] = set()
    previous_end = -2
    previous_word = ""
    for match in _CAPITALISED.finditer(article):
        word = match.group()
        base = word[:-2] if word.endswith(("'s", "’s")) else word
        end = match.start() + len(base)
        gap = article[previous_end : match.start()]
        after_capital = previous_end >= 0 and gap.isspace() and len(gap) < 3
        if after_capital and fold(previous_word) not in STOP_WORDS and base[1:2].islower():
            surnames.add(base)
        if not after_capital and _AS_NAME.match(article, end):
            alone.add(base)
        previous_end, previous_word = match.end(), word
    return frozenset(alone), frozenset(surnames)
