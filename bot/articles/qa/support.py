"""Whether a sentence that ranks first really answers, beyond how much of the question it
holds: checks on what the words it shares with the question are doing there.

A sentence can hold most of a question's words and still be about something else: the
words may sit in a quotation whose speaker is then given as the "who" ("prime minister"
in what Mr Kennedy said, for "who replaced the prime minister?"); the question may ask
for a sum of money and the sentence hold only a count ("dozens of new roads" for "how
much did it cost?"); the only word it shares may be the noun the answer counts ("49 Next
stores" for "how many stores did Woolworths close?"); or the question's year ("the 2007
election") may be written elsewhere in the article, about another thing. Each makes the
answer unsure, and the reply says "I don't know" rather than answer beside the point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from bot.articles.lexicon import QA_CURRENCY_WORDS, QA_SCALES, REPORTING_VERBS
from bot.articles.qa.words import concept, spans

# a quotation: between paired marks, or from an opening mark left open to the end (the
# quotation goes on in the next sentence)
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
_REPORTING = frozenset(concept(verb) for verb in REPORTING_VERBS)
# a sum of money is written with a figure, a currency or a scale ("£5bn", "three pounds",
# "half a million"); "dozens" or "several" is a count of things
_SUM = re.compile(
    r"\d|[£$€]|\b(?:"
    + "|".join(sorted(QA_CURRENCY_WORDS | QA_SCALES, key=len, reverse=True))
    + r")\b",
    re.I,
)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _inside(start: int, end: int, quoted: Iterable[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in quoted)


def asks_speech(terms: Iterable[tuple[str, str]]) -> bool:
    """The question asks who said something ("who warned…", "which analyst called…"):
    a quotation's speaker answers it."""
    return any(c in _REPORTING for _, c in terms)


def only_quoted(text: str, start: int, end: int, asked: Mapping[str, float]) -> bool:
    """The answer, at [start, end) of the sentence, stands outside its quotations, and
    every question word the sentence holds is inside one: the speaker spoke of the
    question's subject, and is not who the question asks for."""
    if '"' not in text and "“" not in text:
        return False
    quoted = _quoted_spans(text)
    if not quoted or _inside(start, end, quoted):
        return False
    held = [(a, b) for a, b, word in spans(text) if concept(word) in asked]
    return bool(held) and all(_inside(a, b, quoted) for a, b in held)


def not_a_sum(answer: str) -> bool:
    """An answer to "how much did it cost?" that writes no figure, currency or scale."""
    return _SUM.search(answer) is None


def year_unsaid(
    years: AbstractSet[str], near: AbstractSet[str], lead: AbstractSet[str], relative: bool
) -> bool:
    """The question's year ("the 2007 election") is neither in the sentence nor the one
    before, nor the headline or the story's opening, and the sentence says no "last
    year" that could be it: the article writes it only about something else."""
    if not years or relative:
        return False
    return all(concept(year) not in near and concept(year) not in lead for year in years)
