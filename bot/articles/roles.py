"""Offices and occupations: which word of a role is its head ("head of the Tate's digital
programme" is a head, "CBI chief economist" an economist), whether a role the cast
collected reads as one beside a name, and whether a person's role is the office a reader
asks about ("who is the chancellor?"). One notion of a role's head for the people card,
the people registry and /ask."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.articles.lexicon import (
    ADDRESSING_VERBS,
    AUX,
    DETS,
    LEAD_CONJUNCTIONS,
    NO_ROLE_OPENERS,
    OCCASION_BREAKERS,
    OCCUPATIONS,
    OFFICE_OPENERS,
    PREPOSITIONS,
    PRONOUNS_ALL,
    RANK_QUALIFIERS,
    REPORTING_VERBS,
    ROLE_QUALIFIERS,
    ROLE_WORDS,
    STOPS,
    TENURE_QUALIFIERS,
    TITLE_LINKS,
)
from bot.articles.textnorm import fold

MAX_ROLE_WORDS: Final = 14
MAX_OFFICE_WORDS: Final = 6
_OPENERS: Final = AUX | OCCASION_BREAKERS | PREPOSITIONS | NO_ROLE_OPENERS
_WORD: Final = re.compile(r"[^\W\d_][\w'’\-]*")


# what ends the words written before a role: a function word, a pronoun, a conjunction,
# a reporting verb ("said chief executive")
_FIELD_STOPS: Final = (
    STOPS | AUX | DETS | PRONOUNS_ALL | PREPOSITIONS | LEAD_CONJUNCTIONS | REPORTING_VERBS
)


def with_field(text: str, at: int, role: str) -> str:
    """A role written in lower case at `at`, with the words before it that say of what
    or where ("communications chief" in "former Downing Street communications chief",
    "election chief" in "the party's election chief"): at most one lower-case word (no
    verb: "urged mayor"), after it capitalised words, up to four words in all; none
    that end a longer name ("the Lord of the Harbours director" is a director)."""
    words = text[at - 60 if at > 60 else 0 : at].split()
    if at > 60 and words:
        words = words[1:]  # (a word cut by the window)
    k = len(words)
    field = False
    while k > 0 and len(words) - k < 4:
        w = words[k - 1]
        low = w.lower()
        if not w.replace("-", "").isalpha() or low in _FIELD_STOPS:
            break
        if not w[:1].isupper() and low not in ROLE_WORDS:
            if field or k < len(words) or len(low) < 3 or low.endswith(("ed", "ing", "ly")):
                break  # (only the word right before the role: "told reporters chief")
            if _addressed_plural(words, k - 1):
                break  # "a letter to shareholders chief executive": whom it was to, no field
            field = True
        elif w[:1].isupper() and field and k == len(words):
            break
        k -= 1
    written = [*words[k:], role]
    return " ".join(written[title_end(words[:k], written) :])


def title_end(before: Sequence[str], words: Sequence[str]) -> int:
    """How many of `words`, which open a role, end the title of a longer name instead:
    the capitalised words right after "of" or "of the" (`before`: the words written
    before them), when the first of them is no role word ("The Passion of the Christ
    director" is a director, not a "Christ director"; "the New Yorker writer" keeps its
    field). 0 when they are not, or when no word of the role would be left. One rule for a role read
    from the text (with_field) and one the cast found capitalised."""
    if not words or not words[0][:1].isupper() or words[0].lower() in ROLE_WORDS:
        return 0
    last = before[-1].lower() if before else ""
    if last not in TITLE_LINKS and " ".join(before[-2:]).lower() not in TITLE_LINKS:
        return 0
    k = 1
    while k < len(words) and words[k][:1].isupper():
        k += 1
    return k if k < len(words) else 0


def _addressed_plural(words: list[str], i: int) -> bool:
    """Whether words[i] is a plural noun that "to" or an addressing verb governs
    ("to shareholders", "told reporters"): whom something was said to, not the field of
    the role after it ("adviser to health secretary": "health" is its field)."""
    w = words[i].lower()
    before = words[i - 1].lower() if i > 0 else ""
    return (
        (before == "to" or before in ADDRESSING_VERBS)
        and w.endswith("s")
        and not w.endswith(("ss", "ics", "us"))
    )


def head(words: list[str]) -> str | None:
    """The office or occupation a role names: the word before its first preposition
    ("minister for sport", "adviser to the chancellor", "head of the FBI"), else its last
    word ("Bank of England governor", "CBI chief economist"); None when neither is one."""
    link = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), None)
    if link and role_noun(words[link - 1]):
        return words[link - 1]
    return words[-1] if words and role_noun(words[-1]) else None


def role_noun(word: str) -> bool:
    """An office or occupation ("economist", "spokesmen", "vice-director"), not a word
    that only qualifies one ("Home", "former") nor a possessive ("Britain's")."""
    w = word.lower().rstrip(".,;:")
    if w.endswith(("'s", "’s", "'", "’")):
        return False
    for form in (w, w[:-1] if w.endswith("s") else "", w.rpartition("-")[2]):
        if form in OCCUPATIONS or (form in ROLE_WORDS and form not in ROLE_QUALIFIERS):
            return True
    return False


def reads_as_role(role: str) -> bool:
    """Whether a role the cast collected reads as one in a people card: a short phrase
    whose head is an office or occupation. The cast also keeps appositives ("speaking
    exclusively to BBC Sport"), a possessor cut from its noun ("Britain's") and pieces of
    titles ("Take Your"): they help resolve "the minister" but read as nonsense beside a
    name."""
    words = role.split()
    if not words or len(words) > MAX_ROLE_WORDS or role.count("(") != role.count(")"):
        return False
    if any(c in role for c in '[]"“”'):
        return False
    if words[0].lower() in _OPENERS:
        return False
    return head(words) is not None


def office(text: str) -> str:
    """The office a "who is the …?" asks about ("the chancellor", "the England coach",
    "the current Home Secretary", "the minister for sport"), or "" when the words are
    more than an office ("the economist who said oil would fall")."""
    words = text.strip(" ?!.,:;\"'“”‘’").split()
    while words and words[0].lower() in OFFICE_OPENERS:
        words = words[1:]
    if not words or len(words) > MAX_OFFICE_WORDS:
        return ""
    linked = False  # past "of"/"for": the office's complement ("… for sport")
    for word in words:
        if not re.fullmatch(r"[^\W\d_][\w'’\-]*", word):
            return ""
        low = word.lower()
        linked = linked or low in PREPOSITIONS
        plain = linked or word[:1].isupper() or low in DETS or low in ROLE_WORDS
        if not plain and not role_noun(word):
            return ""  # "who is the man accused of …": words of a clause
    return " ".join(words) if head(words) is not None else ""


def _folded(role: str) -> list[str]:
    return [w for w in _WORD.findall(fold(role)) if w not in DETS]


def holds(role: str, asked: str) -> bool:
    """Whether a person's role is the asked office, loosely: its head is the asked head,
    it has every asked word, and no word that makes it another office ("shadow
    chancellor", "adviser to the chancellor") or past it ("former prime minister")
    unless the question has that word too."""
    words, want = _folded(role), _folded(asked)
    if not words or not want or head(words) is None or head(words) != head(want):
        return False
    if any(w not in words for w in want):
        return False
    other = RANK_QUALIFIERS | TENURE_QUALIFIERS
    return not any(w in other and w not in want for w in words)


def same_office(role: str, asked: str) -> bool:
    """Whether a person's role is exactly the asked office ("Chancellor")."""
    return bool(_folded(role)) and _folded(role) == _folded(asked)
