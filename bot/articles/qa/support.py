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
("$27.5bn" for "how many people work for Yukos?"); or a "where" may be answered by a
person's name ('said Sella' for "where was the final played?"). Each makes the answer
unsure, and the reply says "I don't know" rather than answer beside the point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from bot.articles.cast import people_adjective
from bot.articles.lexicon import (
    NOUN_DETERMINERS,
    PLACE_NAMES,
    POSSESSIVES,
    QA_CURRENCY_WORDS,
    QA_DISTANCE_UNITS,
    QA_DURATION_UNITS,
    QA_MEASURE_NOUNS,
    QA_NUMBER_WORDS,
    QA_ONCE_EVENT_FAMILIES,
    QA_ONCE_EVENTS,
    QA_PLACE_CUES,
    QA_RECORD_WORDS,
    QA_RESULT_WORDS,
    QA_SCALES,
    QA_SELF_OPENERS,
    QA_SPEECH_VERBS,
    STOP_WORDS,
    alternation,
)
from bot.articles.qa.entity import PERSON, person_likeness
from bot.articles.qa.extract import CURRENCY, MONEY, dates_fully, quoted_at
from bot.articles.qa.words import concept, spans, stem
from bot.articles.textnorm import fold

_SPEECH = frozenset(stem(verb) for verb in QA_SPEECH_VERBS)
# a sum of money writes a currency ("£5bn", "three pounds") or a money scale, a word one
# with its plural ("half a million", "tens of millions") or a letter or sign after a
# figure ("5bn", "2.7%", "40 per cent"); "dozens", "several" or "12,000" count things
_SUM = re.compile(
    CURRENCY
    + r"|(?<=\d)\s?(?:bn|m|k|%)(?![\w%])|\b(?:"
    + alternation(frozenset(w for w in QA_SCALES if w.isalpha() and len(w) > 2))
    + r")s?\b|\bper\s+cent\b",
    re.I,
)
# the noun a figure counts, with what leads to it ("12,000 fans", "millions of viewers")
_COUNTED = re.compile(r"(?:\s+of)?\s+([a-z]+)")
# "by how much did police numbers fall?": the size of a change, of whatever is counted
_BY_HOW_MUCH = re.compile(r"\bby\s+how\s+much\b", re.I)
# a sum of money, as a count or an age never is: a currency sign or word ("$27.5bn", "40
# euros"); not "per cent"
_MONEY = re.compile(
    r"[£$€]|(?<!per )\b(?:" + alternation(QA_CURRENCY_WORDS) + r")\b",
    re.I,
)
# "how many people…", "how old is…": a count of things or an age is asked
_COUNT_OR_AGE = re.compile(r"\bhow\s+(?:many|old)\b", re.I)
# a match score or a result ("3-1", "2-0"): two figures joined by a dash
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")
# "how many seats…": a count is asked ("what did they beat them by?" asks a margin)
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)
# "what was the score…", "by what margin…": the question asks for a result
_ASKS_RESULT = re.compile(r"\b(?:" + alternation(QA_RESULT_WORDS) + r")\b", re.I)
# "when was he born?", "when was the firm founded?": an event that a year or a date fixes
_ONCE = re.compile(r"\b(?:" + alternation(QA_ONCE_EVENTS) + r")\b", re.I)
# each family of words that say a birth or a founding
_EVENT_FAMILIES = tuple(
    re.compile(r"\b(?:" + alternation(family) + r")\b", re.I) for family in QA_ONCE_EVENT_FAMILIES
)
# the event's verb just before the answer, at most one small word between ("born on")
_ONCE_JUST_SAID = re.compile(r"\b(?:" + alternation(QA_ONCE_EVENTS) + r")\W+(?:\w+\W+)?$", re.I)
# the word a how-many question counts ("how many visitors…"), and a text's first word
_HOW_MANY_WHAT = re.compile(r"\bhow\s+many\s+([a-z]+)", re.I)
_FIRST_WORD = re.compile(r"\W*([a-z]+)", re.I)
_WORD = re.compile(r"[a-z]+", re.I)
# the units of a length of time or a distance, stemmed ("minutes" and "minute" alike)
_MEASURE_UNIT_STEMS = frozenset(stem(unit) for unit in QA_DURATION_UNITS | QA_DISTANCE_UNITS)
# a figure, in digits or in words ("3.1 million", "seventy thousand")
_FIGURE = re.compile(r"\d|\b(?:" + alternation(QA_NUMBER_WORDS) + r")\b", re.I)
_MEASURES = frozenset(concept(noun) for noun in QA_MEASURE_NOUNS)
# The sentences before the answering one that it may refer back to for the question's names
# ("The businessman…", "The pair's former coach…"): a story names its subject again within
# a few sentences.
REFER_BACK = 3
# The names the question asks about must be said near the answer when they hold at least
# this share of the question's weight: with less, they qualify a question that its other
# words already tell ("at the Golden Rose awards").
NAMES_SHARE = 0.25


def asks_speech(terms: Iterable[tuple[str, str]]) -> bool:
    """The question asks who said something ("who warned…", "which analyst called…"):
    a quotation's speaker answers it. A verb of speech, by its stem: "who sacked…" or
    "who found…" asks who did it, though "sack" and "find" may report speech too."""
    return any(stem(word.lower()) in _SPEECH for word, _ in terms)


def only_quoted(text: str, start: int, end: int, asked: Mapping[str, float]) -> bool:
    """The answer, at [start, end) of the sentence, stands outside its quotations, and
    every question word the sentence holds is inside one whose speaker speaks of another
    than themselves: the speaker spoke of the question's subject, and is not who the
    question asks for. A quotation that opens with "I" or "my" ("I resigned from the
    committee…") tells what its speaker did."""
    if ('"' not in text and "“" not in text) or quoted_at(text, start):
        return False
    held = [a for a, _, word in spans(text) if concept(word) in asked]
    return bool(held) and all(quoted_at(text, a) and not _of_self(text, a) for a in held)


def _of_self(text: str, at: int) -> bool:
    """The quotation the position is in opens with its speaker's "I" or "my"."""
    opening = max(text.rfind('"', 0, at), text.rfind("“", 0, at))
    first = next((word for _, _, word in spans(text[opening + 1 : at + 1])), "")
    return first.lower().replace("’", "'") in QA_SELF_OPENERS


def asks_change(question: str) -> bool:
    """ "By how much did police numbers fall?": a change is asked, which a bare figure
    ("by 1,132") answers as well as a sum, whatever the question's money words."""
    return _BY_HOW_MUCH.search(question) is not None


def writes_sum(text: str, start: int, end: int) -> bool:
    """The answer at [start, end) of the sentence is a sum of money, for "how much did it
    cost?": it or the noun phrase it opens writes a currency ("£5bn", "tens of millions
    of pounds") or, counting no noun, a money scale ("half a billion", "2.7%"), or it is a
    bare figure in a sentence that writes its currency elsewhere ("closed at 717,000, and
    Daiwa at 740 yen"). A figure of a plural noun ("12,000 fans", "millions of viewers")
    is a count, and so is one alone in a sentence of no money."""
    answer = text[start:end]
    counted = _COUNTED.match(text, end)
    if MONEY.search(answer) or (counted and MONEY.fullmatch(counted[1])):
        return True
    noun = counted[1].lower() if counted else ""
    if noun.endswith("s") and not noun.endswith("ss") and noun not in STOP_WORDS:
        return False
    if _SUM.search(answer):
        return True
    return any(c.isdigit() for c in answer) and MONEY.search(text) is not None


def other_year(
    years: AbstractSet[str],
    found: AbstractSet[str],
    before: AbstractSet[str],
    lead: AbstractSet[str],
    relative: bool,
) -> bool:
    """The sentence is of another year than the question's ("the 2007 election"): it
    writes another ("in 2003"), or it writes none, the last year the article wrote before
    it (`before`, which it goes on about) is another or none, and the headline and the
    story's opening (`lead`, concepts) do not write the question's. A "last year" in the
    sentence may be it."""
    if not years or relative:
        return False
    if found:
        return found.isdisjoint(years)
    return before.isdisjoint(years) and lead.isdisjoint(concept(year) for year in years)


def counted_share(
    counted: str | None,
    weights: Mapping[str, float],
    own: AbstractSet[str],
    near: AbstractSet[str],
    context: float,
) -> float:
    """The weight the noun a quantity question counts adds to a sentence's support: "49
    Next stores" holds the "stores" of "how many stores did Woolworths close?", and none
    of what is asked about them. Met in the headline or the sentence before, it adds
    `context` of its weight."""
    if counted is None or counted not in weights:
        return 0.0
    if counted in own:
        return weights[counted]
    return context * weights[counted] if counted in near else 0.0


def counted_alone(counted: str | None, weights: Mapping[str, float], own: AbstractSet[str]) -> bool:
    """The sentence holds the counted noun and no other question word ("Eight people were
    taken to hospital" for "how many people died in the warehouse fire?"): what the
    headline says of the rest may be of another count."""
    return (
        counted is not None
        and counted in own
        and all(c == counted or c not in own for c in weights)
    )


def names_unsaid(
    names: Mapping[str, float],
    total: float,
    bags: Sequence[AbstractSet[str]],
    index: int,
    said: AbstractSet[str],
    lead: AbstractSet[str],
) -> bool:
    """None of the names the question asks about ("Paris" of "who is the mayor of
    Paris?"), holding NAMES_SHARE of its weight, is in `said` (the sentence, what it
    stands for, the headline and the sentence before), the story's `lead` (its opening
    sentences, whose subject any later one may go on about: the firm the second sentence
    names is "the company" of the seventh) or the REFER_BACK sentences before it: the
    sentence says the question's other words of another one ("the mayor of Frankfurt")."""
    if not names or sum(names.values()) < NAMES_SHARE * total or not said.isdisjoint(names):
        return False
    before = bags[max(0, index - REFER_BACK) : index]
    return lead.isdisjoint(names) and all(bag.isdisjoint(names) for bag in before)


def money_for_count(question: str, money: bool, answer: str) -> bool:
    """A sum of money ("$27.5bn") for a question that counts things or asks an age ("how
    many people work for Yukos?", "how old is he?"): it answers neither."""
    return not money and _COUNT_OR_AGE.search(question) is not None and bool(_MONEY.search(answer))


def score_for_count(question: str, kind: str, answer: str, after: str = "") -> bool:
    """A match score ("3-1") for a question that counts things ("how many seats does the
    stadium have?"): it is a result of two sides, not a count, unless the question asks
    for a score or a result; "what did Rovers beat them by?" asks for one. `after` is
    the sentence after the answer: "20-30 visitors" for "how many visitors…" is a range
    of the things counted, no score."""
    return (
        kind == "quantity"
        and _HOW_MANY.search(question) is not None
        and _SCORE.search(answer) is not None
        and _ASKS_RESULT.search(question) is None
        and not _counts_what_follows(question, after)
    )


def _counts_what_follows(question: str, after: str) -> bool:
    """Whether the word after the answer is the thing the question counts ("how many
    visitors" and "… visitors were turned away")."""
    asked = _HOW_MANY_WHAT.search(question)
    written = _FIRST_WORD.match(after)
    if asked is None or written is None:
        return False
    return stem(asked.group(1)) == stem(written.group(1))


def undated_once(question: str, kind: str, answer: str, before: str = "") -> bool:
    """A weekday or "last year" for when someone was born or something founded: such an
    event is dated by a year or a full date, which the answer does not write ("on
    Wednesday" is the day of the news, not of the birth), unless the answer follows the
    event's own verb (`before` is the sentence up to the answer): "the cub was born on
    Tuesday", "the party was formed on Friday" date a recent event."""
    return (
        kind == "time"
        and bool(_ONCE.search(question))
        and not dates_fully(answer)
        and not _ONCE_JUST_SAID.search(before)
    )


def measure_for_count(question: str, kind: str, answer: str) -> bool:
    """A length of time or a distance ("17 minutes", "40 miles") for a question that
    counts something else ("how many goals did he score?"): the figure measures, it does
    not count what is asked. A question that counts such units ("how many years…") takes
    any of them, and one that names the answer's unit anywhere takes it ("how many more
    years…", "how many extra minutes…", "how many of the 90 minutes…")."""
    if kind != "quantity":
        return False
    asked = _HOW_MANY_WHAT.search(question)
    if asked is None or stem(asked.group(1).lower()) in _MEASURE_UNIT_STEMS:
        return False
    units = {stem(word.lower()) for word in _WORD.findall(answer)} & _MEASURE_UNIT_STEMS
    return bool(units) and not units & {stem(word.lower()) for word in _WORD.findall(question)}


def measure_without_figure(focus: str | None, answer: str) -> bool:
    """A name for a measure ("NHS" for "what is the population of Wales?"): a population,
    a capacity or a speed is a figure, and the answer writes none."""
    return focus in _MEASURES and not _FIGURE.search(answer)


def record_unsaid(question: str, kind: str, text: str) -> bool:
    """ "Who was the first woman to lead the IMF?" answered by a sentence that states no
    such record ("G8 ministers asked the IMF…", "Prime Minister John Howard"): whoever
    it names did the thing, if at all, not first. The sentence must hold the record's
    word ("first", "youngest")."""
    if kind != "person":
        return False
    record = _RECORD.search(question)
    return record is not None and _record_word(record[1].lower()).search(text) is None


# "the first woman to…", "the youngest Briton to…": a record held by the kind of person
_RECORD = re.compile(
    r"\bthe\s+(" + alternation(QA_RECORD_WORDS) + r")\s+(?:[\w'’-]+\s+){1,2}?to\s+[a-z]", re.I
)


@lru_cache(maxsize=64)
def _record_word(word: str) -> re.Pattern[str]:
    """The record's word, not one that opens a time ("last year", "the first week")."""
    return re.compile(r"\b" + re.escape(word) + r"\b(?!\s+" + _UNIT_AFTER + r")", re.I)


# a unit of time after the word: "last season"
_UNIT_AFTER = r"(?:" + alternation(QA_DURATION_UNITS) + r")s?\b"


# the kinds of answer an event's sentence must say the event for: its time and its place
_EVENT_KINDS = frozenset({"time", "place"})


def event_unsaid(question: str, kind: str, text: str) -> bool:
    """ "When was the firm founded?" or "where was he born?" answered by a sentence that
    says no founding or birth ("In 1981 he was removed from the project", "beat Gaudio in
    the first round of the Qatar Open"): its date or place is of something else. The
    sentence must hold a word of the event's family ("set up" for "founded"). A word of
    a family the question writes as a thing ("the founder's widow", "his birth") is not
    the event it asks about."""
    if kind not in _EVENT_KINDS:
        return False
    asked = [
        family
        for family in _EVENT_FAMILIES
        if any(not _owned(question, m.start()) for m in family.finditer(question))
    ]
    return bool(asked) and not any(family.search(text) for family in asked)


# a possessive or a determiner just before a word: it names a thing ("his birth")
_OWNED_BEFORE = re.compile(
    r"(?:['’]s|\b(?:" + alternation(POSSESSIVES | NOUN_DETERMINERS) + r"))\s+$", re.I
)


def _owned(question: str, start: int) -> bool:
    """A possessive or a determiner just before `start`: the few characters before it
    are read, not the whole question (each word of a long one would rescan it)."""
    return bool(_OWNED_BEFORE.search(question, max(0, start - 40), start))


# the few words before a name that say it is a place ("in Leeds", "from the Hague")
_PLACE_CUE_WORDS = r"\b(?:" + alternation(QA_PLACE_CUES) + r")\s+"
_PLACE_CUE = re.compile(_PLACE_CUE_WORDS + r"(?:(?:the|an?)\s+)?$", re.I)


def unplaced(kind: str, text: str, start: int, end: int, article: str) -> bool:
    """A "where" answered by a person's name ("Striker Thierry Henry", "said Sella"):
    it reads as one (a given name, a role word before it, a surname used alone), no
    place word is before it ("in", "at", "from"), no known country, state or people is
    in it, no "-based" after it, and its article never writes it after a place word ("a
    shop in Leeds")."""
    if kind != "place":
        return False
    answer = text[start:end]  # (the cheap tests first: person_likeness reads the article)
    if _PLACE_CUE.search(text, max(0, start - 14), start) or "-based" in text[start : end + 6]:
        return False
    if person_likeness(answer, text, start, article) < PERSON:
        return False
    words = [w.removesuffix("'s").removesuffix("’s") for _, _, w in spans(answer)]
    if any(fold(w) in PLACE_NAMES or people_adjective(w) for w in words):
        return False
    return _after_place_word(words[0] if words else answer).search(article) is None


@lru_cache(maxsize=1024)
def _after_place_word(name: str) -> re.Pattern[str]:
    """The name after a place word, as an article would write a place."""
    cue = "(?i:" + _PLACE_CUE_WORDS + ")"
    return re.compile(cue + r"(?:(?:the|an?)\s+)?" + re.escape(name) + r"\b")
