"""What attribution finds for one quotation, and the sentence arithmetic the rules share."""

from __future__ import annotations

import bisect

from bot.articles.cast import Cast, Entity
from bot.articles.lexicon import GIVEN_NAMES, TITLES
from bot.articles.model import Attribution
from bot.articles.phrases import NP
from bot.articles.quote_marks import Span

# Window clamps on the hot paths are conditionals (`a if a > lo else lo`), not max() or
# min(): CPython 3.11 parses the builtins' arguments generically, ~1,000 instructions a
# call against ~270 (valgrind, `python -m bench.instructions extract`).


class Found:
    """What attribution found for one quotation (filled in step by step). A plain class
    so that mypyc compiles its __init__."""

    __slots__ = (
        "cue",
        "cue_pos",
        "governed",
        "how",
        "np",
        "owned",
        "span",
        "speaker",
        "unnamed",
    )

    def __init__(self, span: Span) -> None:
        self.span = span
        self.np: NP | str | None = None
        self.cue: str | None = None
        self.cue_pos = -1
        self.governed = False
        self.speaker: int | None = None
        # how the speaker was found (Quote.how): set with the speaker
        self.how: Attribution = "unattributed"
        # the cue names someone the article does not name ("a campaign spokesman said"):
        # no neighbour's speaker stands in
        self.unnamed = False
        # the words are the owner's of a speech noun ("dismissed Labour claims that …
        # “…”"), quoted by the sentence's subject: no cue-less neighbour goes on with them
        self.owned = False


def sentence_index(starts: list[int], sentences: tuple, pos: int) -> int:
    k = bisect.bisect_right(starts, pos) - 1
    return k if k > 0 else 0


def sentence_after(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos)


def same_sentence(starts: list[int], a: Found, b: Found) -> bool:
    return bisect.bisect_right(starts, a.span.start) == bisect.bisect_right(starts, b.span.start)


def long_enough(sp: Span) -> bool:
    return sp.end - sp.start >= 12


def how_named(np: NP, speaker: int, cast: Cast) -> Attribution:
    """Quote.how for a speaker found from a phrase of the quote's own sentence: "named"
    when the phrase holds a word of the speaker's name (the full name, a surname that
    stands for a fuller name mentioned earlier, "Mr Blair") or is the whole of it (a
    person described, "Tom Hale's lawyer"); "resolved" for a pronoun,
    a role ("the minister", "Tory leader") that stands for someone named elsewhere, or a
    surname two people of the story share ("said Robinson" with Andy and Jason Robinson)."""
    if np.pronoun or np.common:
        return "resolved"
    ent = cast.entities[speaker]
    if " ".join(np.words) == ent.name:
        return "named"  # a person described, kept whole ("Tom Hale's lawyer said")
    said = [_bare(word) for word in np.words if word[:1].isupper()]
    if all(word in said for word in ent.words):
        return "named"  # the whole name ("Robert Kilroy-Silk said", "Google said")
    for word in said:
        if _names(ent, word) and not _surname_shared(cast, speaker, word):
            return "named"
    return "resolved"


def _surname_shared(cast: Cast, speaker: int, word: str) -> bool:
    """Whether another person of the story, named by a given name, bears the word as a
    surname ("Smith" for both John and Peter Smith): the word alone does not say which of
    them spoke. (A given name is asked so that a role glued to a name, "Google
    spokesperson", is no other person.)"""
    own = cast.entities[speaker].words
    # (a plain loop, the rarest test first: asked of the whole cast for each named cue)
    for i, e in enumerate(cast.entities):
        words = e.words
        if (
            len(words) > 1
            and words[-1] == word
            and i != speaker
            and e.kind == "person"
            and words[0] not in own
            and words[0].lower() in GIVEN_NAMES
        ):
            return True
    return False


def _bare(word: str) -> str:
    """A word without its possessive ("Beijing's" -> "Beijing")."""
    for end in ("'s", "’s", "'", "’"):
        if word.endswith(end):
            return word[: -len(end)]
    return word


def _names(ent: Entity, word: str) -> bool:
    """Whether `word` is a word of the entity's name or of one of its spellings
    ("Sergei" for "Sergey Lavrov"), a title ("Mr") not counting."""
    return word.lower() not in TITLES and (
        word in ent.words or any(word in alias.split() for alias in ent.aliases)
    )
