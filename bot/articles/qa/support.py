"""Whether a sentence that ranks first really answers, beyond how much of the question it
holds: checks on what the words it shares with the question are doing there.

A sentence can hold most of a question's words and still be about something else: the
words may sit in a quotation whose speaker is then given as the "who" ("prime minister"
in what Mr Kennedy said, for "who replaced the prime minister?"); the question may ask
for a sum of money and the sentence hold only a count ("dozens of new roads" for "how
much did it cost?"); the only word it shares may be the noun the answer counts ("49 Next
stores" for "how many stores did Woolworths close?"); or the question's year ("the 2007
election") may be written elsewhere in the article, about another thing; the names the
question asks about ("the mayor of Paris") may be neither in the sentence nor in the few
before it that it could refer back to ("the mayor of Frankfurt", in a story that names
Paris elsewhere); or a count or an age may be asked and a sum of money be the answer
("$27.5bn" for "how many people work for Yukos?"). Each makes the answer unsure, and the
reply says "I don't know" rather than answer beside the point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
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
# a sum of money, as a count or an age never is: a currency sign or word ("$27.5bn", "40
# euros"); not "per cent"
_MONEY = re.compile(
    r"[£$€]|(?<!per )\b(?:" + "|".join(sorted(QA_CURRENCY_WORDS, key=len, reverse=True)) + r")\b",
    re.I,
)
# "how many people…", "how old is…": a count of things or an age is asked
_COUNT_OR_AGE = re.compile(r"\bhow\s+(?:many|old)\b", re.I)
# The sentences before the answering one that it may refer back to for the question's names
# ("The businessman…", "The pair's former coach…"): a story names its subject again within
# a few sentences.
REFER_BACK = 3
# The names the question asks about must be said near the answer when they hold at least
# this share of the question's weight: with less, they qualify a question that its other
# words already tell ("at the Golden Rose awards").
NAMES_SHARE = 0.25


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


def names_unsaid(
    names: Mapping[str, float],
    total: float,
    bags: Sequence[AbstractSet[str]],
    index: int,
    said: AbstractSet[str],
) -> bool:
    """None of the names the question asks about ("Paris" of "who is the mayor of
    Paris?"), holding NAMES_SHARE of its weight, is in the sentence, what it stands for,
    the headline, the story's opening sentence (whose subject any later one may go on
    about) or the REFER_BACK sentences before it (`said` holds the first three): the
    sentence says the question's other words of another one ("the mayor of Frankfurt")."""
    if not names or sum(names.values()) < NAMES_SHARE * total or not said.isdisjoint(names):
        return False
    before = bags[max(0, index - REFER_BACK) : index]
    return bags[0].isdisjoint(names) and all(bag.isdisjoint(names) for bag in before)


def money_for_count(question: str, money: bool, answer: str) -> bool:
    """A sum of money ("$27.5bn") for a question that counts things or asks an age ("how
    many people work for Yukos?", "how old is he?"): it answers neither."""
    return not money and _COUNT_OR_AGE.search(question) is not None and bool(_MONEY.search(answer))
