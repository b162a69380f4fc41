"""What attribution finds for one quotation, and the sentence arithmetic the rules share."""

from __future__ import annotations

import bisect
from typing import Final

from bot.articles.phrases import (
    NP,
)
from bot.articles.quote_marks import Span

_PASSIVE: Final = frozenset("is was are were be been being".split())


class _Found:
    """What attribution found for one quotation (filled in step by step). A plain class
    so that mypyc compiles its __init__."""

    __slots__ = ("cue", "cue_pos", "governed", "np", "span", "speaker")

    def __init__(self, span: Span) -> None:
        self.span = span
        self.np: NP | str | None = None
        self.cue: str | None = None
        self.cue_pos = -1
        self.governed = False
        self.speaker: int | None = None


def _sentence_bounds(starts: list[int], sentences: tuple, pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _sentence_of(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos)


def _same_sentence(starts: list[int], a: _Found, b: _Found) -> bool:
    return bisect.bisect_right(starts, a.span.start) == bisect.bisect_right(starts, b.span.start)


def _long_enough(sp: Span) -> bool:
    return sp.end - sp.start >= 12
