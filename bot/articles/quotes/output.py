"""Output: quotations and people as the model's Quote and Person."""

from __future__ import annotations

import bisect
import re
from typing import Final

from bot.articles.cast import Cast, Entity, people_adjective
from bot.articles.lexicon import (
    BODY_VOICES,
    DESCRIBING_DETERMINERS,
    GIVEN_NAMES,
    GROUP_NOUNS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    alternation,
)
from bot.articles.model import Person, PersonKind, Quote, QuoteKind
from bot.articles.phrases import NP
from bot.articles.quote_marks import Span
from bot.articles.quotes.found import Found
from bot.articles.roles import reads_as_role, role_noun

# Window clamps on the hot paths are conditionals (`a if a > lo else lo`), not max() or
# min(): CPython 3.11 parses the builtins' arguments generically, ~1,000 instructions a
# call against ~270 (valgrind, `python -m bench.instructions extract`).

_TITLE_WORD: Final = re.compile(r"[A-Z0-9][\w'’\-]*|of|the|a|an|and|in|on|to|for|with|at|by|from")


def is_scare_quote(text: str, sp: Span) -> bool:
    """A quote no verb governs: scare quotes and titles are not statements."""
    inner = text[sp.start : sp.end]
    words = inner.split()
    if "<" in inner or "=" in inner:
        return True
    if len(words) <= 4:
        return True
    return all(_TITLE_WORD.fullmatch(w.strip(",.:;!?")) for w in words) and len(words) <= 8


def make_quote(text: str, starts: list[int], f: Found, cast: Cast) -> Quote:
    sp = f.span
    ent = cast.entities[f.speaker] if f.speaker is not None else None
    first = text[sp.start : sp.start + 1]
    before = text[sp.open - 3 if sp.open > 3 else 0 : sp.open].rstrip()
    at_start = (
        sp.open == 0
        or not before
        or before[-1:] in ":,.?!\n"
        or bisect.bisect_right(starts, sp.open) != bisect.bisect_right(starts, sp.open - 1)
    )
    kind: QuoteKind = "direct" if (first.isupper() or first.isdigit()) and at_start else "partial"
    sentence = bisect.bisect_right(starts, sp.start) - 1
    sentence = sentence if sentence > 0 else 0
    role = ent.roles[0] if ent and ent.roles else None
    if ent is None and f.unnamed and isinstance(f.np, NP) and not f.np.pronoun:
        role = _described(text, f.np)  # "a Home Office spokesman": who, though not named
    return Quote(
        text=text[sp.start : sp.end],
        kind=kind,
        speaker=ent.name if ent else None,
        start=sp.start,
        end=sp.end,
        sentence=sentence,
        speaker_role=best_role(ent) if ent else role,
        cue=f.cue,
        how=f.how if ent else "unattributed",
    )


def _described(text: str, np: NP) -> str | None:
    """An unnamed speaker as the article describes them, with what the phrase leaves out
    before it: the article, an owner or a body ("a spokesman", "one senior official",
    "the prime minister's official spokesman", "a Five spokesman"); None when the
    phrase names no person ("the statement")."""
    last = np.words[-1].lower()
    if not (last in BODY_VOICES or last in PERSON_NOUNS or role_noun(last)):
        return None
    words = list(np.words)
    if words[0].lower() in DESCRIBING_DETERMINERS:
        words[0] = words[0].lower()  # "One senior official said" opening a sentence
    before = text[max(0, np.start - 60) : np.start]
    lead = _OWNER_BEFORE.search(before) or _BODY_BEFORE.search(before)
    if lead is None or not lead.group().strip():
        return " ".join(words)
    head = lead.group().split()
    if head[0].lower() in DESCRIBING_DETERMINERS:
        head[0] = head[0].lower()
    return " ".join([*head, *words])


# what a described speaker's phrase leaves before it: "the prime minister's" (an owner)
# or "A Five" (a determiner and a body's capitalised name)
_OWNER_BEFORE: Final = re.compile(
    r"\b[Tt]he (?:[a-z][\w-]* ){0,2}[\w&-]+['’]s $|(?:[A-Z][\w&-]* ){0,3}[A-Z][\w&-]*['’]s $"
)

_DESCRIBING = r"\b(?i:" + alternation(DESCRIBING_DETERMINERS) + r")"
_BODY_BEFORE: Final = re.compile(_DESCRIBING + r" (?:[A-Z][\w.&-]* ){0,3}$|" + _DESCRIBING + r" $")


def best_role(ent: Entity) -> str | None:
    """The role a reader is shown: the first that reads as one, a capitalised office
    ("Culture Secretary") before a description ("a retail analyst at …")."""
    first = None
    for raw in ent.roles:
        role = _readable(raw)
        if role is not None:
            if role[:1].isupper():
                return role
            if first is None:
                first = role
    return first


# raw role -> the role stripped of stray marks if it reads as one, else None: an
# entity's roles are shown once per quote it speaks, so each is judged once (the dict is
# emptied when it grows large, for a long-running bot)
_READABLE: dict[str, str | None] = {}


def _readable(raw: str) -> str | None:
    if raw in _READABLE:
        return _READABLE[raw]
    if len(_READABLE) > 4096:
        _READABLE.clear()
    role = raw.strip(" -–—,;:")  # "- Manchester City boss"
    out = role if reads_as_role(role) else None
    _READABLE[raw] = out
    return out


# ---------------------------------------------------------------- people out


def people_out(cast: Cast) -> list[Person]:
    out = []
    for i, e in enumerate(cast.entities):
        if i in cast.epithets and not e.quotes:
            continue  # "said the Salford Harrier": another person's epithet, no one
        named = e.kind == "person" and e.evidence
        if not named and all(w.lower() in GROUP_NOUNS for w in e.words):
            continue  # "critics", "Critics said": a speaker, but no one the article names
        if not e.aliases and _group(e.words, cast.text, e.first):
            continue  # "Analysts", "MPs" (however they were taken), never "Mr Masters"
        if not e.aliases and _people_word(e.words):
            continue  # "the French", "the Brazilian confirmed": a people, or a person's
            # description, no one's name
        name = e.name  # (joins the words: once, not once per alias)
        # (most people have no alias: no generator to build for them)
        aliases = tuple(dict.fromkeys(a for a in e.aliases if a != name)) if e.aliases else ()
        kind: PersonKind = "person" if e.kind == "person" and e.evidence else "organisation"
        out.append(Person(name, best_role(e), aliases, kind))
    return out


def _people_word(words: list[str]) -> bool:
    """ "French", "Kenyan", "Brazilian": one word, the adjective of a people (not a given
    name such as "Hamish")."""
    return len(words) == 1 and words[0].lower() not in GIVEN_NAMES and people_adjective(words[0])


def _group(words: list[str], text: str, first: int) -> bool:
    """ "Analysts", "MPs": the plural of an occupation, people the article names no one
    of: an abbreviation's, or one the article first names at a sentence's opening, or
    also writes in lower case, or never writes after "the" (a team or a show is "the
    Chiefs", "The Producers"); not a party's members ("Democrats", a body)."""
    if len(words) != 1 or not words[0].endswith("s") or len(words[0]) < 3 or "-" in words[0]:
        return False  # (not "Four-Kings", a name of its own)
    one = words[0][:-1]
    if one.lower() in PARTY_MEMBERS or not role_noun(one):
        return False
    at = text.rfind(words[0], 0, first + len(words[0]))  # (first: where it was registered)
    before = text[max(0, at - 3) : at].rstrip(" \"“‘'(")
    opening = at >= 0 and (not before or before[-1] in ".!?\n")
    return (
        one.isupper()
        or opening
        or re.search(rf"\b{re.escape(words[0].lower())}\b", text) is not None
        # "in jail Analysts believe" (a full stop lost): a team or a show is "the Chiefs",
        # "The Producers"; an occupation's plural that no "the" ever names is a group
        or re.search(rf"\b[Tt]he {re.escape(words[0])}\b", text) is None
    )
