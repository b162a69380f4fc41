"""Candidate answers in a sentence, by the type of answer a question wants.

Each candidate is a span of the sentence as written ("464,000", "Barstow, California",
"because of a broken thumb") with a strength in [0, 1]; the ranker weighs it by how close
it sits to the question's words. Things the question already names are not answers:
"where did Blinken meet Lavrov?" wants a place other than the ones it names."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.articles.cast import people_adjective
from bot.articles.lexicon import (
    ARTICLES,
    AUX,
    CAPITALISED_COUNTRY_CODES,
    COLOUR_NOUNS,
    COLOURS,
    DAYS,
    DEMONYMS,
    DOER_LOOKALIKES,
    ED_NOT_PAST,
    GIVEN_NAMES,
    LINK_WORDS,
    NAMING_LINKS,
    NOUN_DETERMINERS,
    ORG_WORDS,
    PASSIVE_AUX,
    PERSON_NOUNS,
    PLACE_NAMES,
    POSSESSIVES,
    QA_ADVERBS,
    QA_AFTER_OLD_YEAR,
    QA_AHEAD_INFINITIVE,
    QA_AILMENT_HEADS,
    QA_AMOUNT_QUALIFIERS,
    QA_ANSWER_DETERMINERS,
    QA_AS_NOT_REASON,
    QA_AS_NOT_REASON_AFTER,
    QA_ASKED_UNITS,
    QA_AUX_VERBS,
    QA_BE,
    QA_BODY_FOCUS,
    QA_BOUND_ASKERS,
    QA_CALENDAR_UNITS,
    QA_CAPITALS_NOT_NAMES,
    QA_CAUSE_OPENERS,
    QA_CHANGE_VERBS,
    QA_CHARGE_CUES,
    QA_CITY_NOUNS,
    QA_CLAUSE_AUX,
    QA_CLAUSE_OPENERS,
    QA_CLOCK_WORDS,
    QA_COMPARATIVES,
    QA_COPULAS,
    QA_COUNTRY_AS,
    QA_COUNTRY_NOUNS,
    QA_CURRENCY_WORDS,
    QA_DAY_DEICTICS,
    QA_DAY_PARTS,
    QA_DAYS,
    QA_DEADLINE_NOUNS,
    QA_DEICTIC_DAYS,
    QA_DESCRIPTION_ENDS,
    QA_DISTANCE_UNITS,
    QA_DURATION_UNITS,
    QA_EARLIER_HOLDER,
    QA_EVENT_WORDS,
    QA_FIGURE_UNITS,
    QA_GLUE,
    QA_HAVE,
    QA_HYPHEN_UNITS,
    QA_MONTHS,
    QA_MOVE_FROM,
    QA_MOVE_TO_PREPOSITIONS,
    QA_MOVE_VERBS,
    QA_MULTIPLIED,
    QA_NAME_JOINS,
    QA_NAME_TAIL_LINKS,
    QA_NEAR_PLACE,
    QA_NOT_RUN_OPENERS,
    QA_NUMBER_WORDS,
    QA_OPPONENT_VERBS,
    QA_PAIR_NOUNS,
    QA_PART_ORDINALS,
    QA_PASSIVE_NOT_PURPOSE,
    QA_PAST_MARKERS,
    QA_PERIOD_DEICTICS,
    QA_PERIOD_PARTS,
    QA_PERIODS,
    QA_PLACE_ANSWER_NOUNS,
    QA_PLACE_NOUN_LINKS,
    QA_PLACE_NOUN_PREPOSITIONS,
    QA_PLACE_PREPOSITIONS,
    QA_RACE_TIME_LEAD_UNITS,
    QA_RACE_TIME_SHORT_UNITS,
    QA_RACE_TIME_TAIL_UNITS,
    QA_REASON_CUES,
    QA_REASON_DETERMINERS,
    QA_RELATING,
    QA_RELATIVE_AFTER,
    QA_ROLES_NOT_MODIFIERS,
    QA_SCALES,
    QA_SCORE_VERBS,
    QA_SENTENCE_ARTICLES,
    QA_STATIVE_PARTICIPLES,
    QA_TIME_BOUNDS,
    QA_TIME_WORDS,
    QA_TIMES_WORDS,
    QA_TITLE_WORDS,
    QA_TO_CATENATIVE_VERBS,
    QA_TO_NOT_PURPOSE,
    QA_VAGUE_AMOUNTS,
    QA_WEB_ENDINGS,
    QA_WHO_AUX,
    QA_WORDING_NOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    TITLES,
    alternation,
    phrase_alternation,
)
from bot.articles.qa.entity import PERSON, UNMARKED_FULL, person_likeness
from bot.articles.qa.question import (
    ASKS_TIMES,
    AnswerType,
    Question,
    asks_race_time,
    head_noun,
    looks_ahead,
    measured_thing,
)
from bot.articles.qa.referent import pointing_back
from bot.articles.qa.words import (
    IRREGULAR_VERBS,
    PHRASE_FAMILY,
    abbreviations,
    concept,
    spans,
    stem,
)
from bot.articles.textnorm import STOP_WORDS, fold

_MONTHS = "|".join(QA_MONTHS)
_DAY_OF_MONTH = r"\d{1,2}(?:st|nd|rd|th)?"  # "12", "1st": a date's day
_DAYS = alternation(QA_DAYS)
_QUALIFIER = (
    r"(?:(?:"
    + alternation(QA_COMPARATIVES)
    + r")\s+than|"
    + phrase_alternation(QA_AMOUNT_QUALIFIERS)
    + r")\s+"
)
_NUMBER_WORD = r"(?:" + phrase_alternation(QA_NUMBER_WORDS) + r")"
_SCALE = r"(?:\s?(?:" + phrase_alternation(QA_SCALES) + r"))"
_UNIT = r"(?:\s(?:" + alternation(QA_FIGURE_UNITS) + r"))?"
_CALENDAR_UNIT = r"(?:" + alternation(QA_CALENDAR_UNITS) + r")"
_RACE_SHORT = alternation(QA_RACE_TIME_SHORT_UNITS)
_RACE_LEAD = alternation(QA_RACE_TIME_LEAD_UNITS)
_RACE_TAIL = alternation(QA_RACE_TIME_TAIL_UNITS)
# a race time: "3:49.78", "2:08:30", "44.63secs", "three minutes 49.89secs",
# "20 minutes 38 seconds"
_RACE_TIME = (
    r"(?<![\w.:])\d{1,2}(?::\d\d){1,2}(?:\.\d+)?(?![\w:]|\.\d)"
    rf"|(?<![\w.:])(?:(?:\d+|{_NUMBER_WORD})\s+(?:{_RACE_LEAD}|{_RACE_SHORT})\s+)?"
    rf"\d+(?:\.\d+)?\s?(?:{_RACE_SHORT})\b"
    rf"|\b(?:\d+|{_NUMBER_WORD})\s+(?:{_RACE_LEAD})\s+(?:and\s+)?\d+(?:\.\d+)?\s+(?:{_RACE_TAIL})\b"
)
QUANTITY = re.compile(
    _RACE_TIME + r"|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-"
    r"(?:" + alternation(QA_HYPHEN_UNITS) + r")\b"
    rf"|(?<![\w£$€])(?:{_QUALIFIER})?(?:(?:US|A|C|HK|NZ)?[£$€]\s?\d[\d,.]*\d?|\d[\d,.]*\d|\d)"
    # (never the "2" of "2.5G": a figure does not end before a decimal point)
    rf"(?:(?:-|/)\d+)?{_SCALE}?(?:\s(?:million|billion))?{_UNIT}(?![\w%]|\.\d)"
    rf"|\b(?:{_QUALIFIER})?{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*{_SCALE}?{_UNIT}\b",
    re.I,
)
# a currency, by its sign or its word ("£5bn", "40 euros"; support.py builds on it)
CURRENCY = r"[£$€]|\b(?:" + alternation(QA_CURRENCY_WORDS) + r")\b"
MONEY = re.compile(CURRENCY, re.I)
_WORDS_FIGURE = re.compile(rf"\b{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*", re.I)
_VAGUE = re.compile(r"\b(?:" + alternation(QA_VAGUE_AMOUNTS) + r")\b", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(?:1[5-9]|20)\d\d$")
# the day of a date, before its month (written with its capital): "on 12 October"
_DATE_DAY = re.compile(rf"{_DAY_OF_MONTH}\s+(?-i:{_MONTHS})\b")
# a capitalised word next or just before: a number word with a capital is part of a name
_NAME_NEXT = re.compile(r"\s+[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’&-]*\s+$")
# what may open a sentence before its first word: a quotation mark, a bracket
_OPENERS = " \"“‘'(["


def _in_name(text: str, start: int, end: int, figure: str) -> bool:
    """A capitalised number word inside a name ("the Six Nations", "BBC One"), not one
    that opens the sentence or its quotation ("\"Two Britons were hurt\"")."""
    if not figure[:1].isupper() or not text[:start].lstrip(_OPENERS):
        return False
    return bool(_NAME_NEXT.match(text, end) or _NAME_BEFORE.search(text, max(0, start - 40), start))


TIME = re.compile(
    rf"\b(?:(?:the\s+)?(?:{alternation(QA_PART_ORDINALS)})\s+(?:half|quarter)\s+of\s+(?:1[5-9]|20)\d\d"
    rf"|{_DAY_OF_MONTH}(?:\s*-\s*{_DAY_OF_MONTH})?\s+(?:{_MONTHS})\b"
    rf"(?:,?\s+(?:1[5-9]|20)\d\d)?"
    rf"|(?:{_MONTHS})\s+{_DAY_OF_MONTH}\b(?:,?\s+(?:1[5-9]|20)\d\d)?"
    rf"|(?:(?:{alternation(QA_PERIOD_PARTS)})[\s-]+)?(?-i:{_MONTHS})\b(?:\s+(?:1[5-9]|20)\d\d)?"
    rf"|(?:(?:{alternation(QA_PERIOD_PARTS)})[\s-]+)?(?:1[5-9]|20)\d\d(?:s)?\b"
    # "set up in 1337 by…", not "in 1200 homes"
    r"|(?<=\bin\s)1[0-4]\d\d\b(?=[,.;:)]|$|\s+(?:" + alternation(QA_AFTER_OLD_YEAR) + r")\b)"
    rf"|(?:{alternation(QA_DAY_DEICTICS)})\s+(?:{_DAYS})|(?:{_DAYS})(?:\s+(?:{alternation(QA_DAY_PARTS)}))?"
    r"|yesterday|today|tonight|tomorrow|(?:"
    + alternation(QA_PERIOD_DEICTICS)
    + r")\s+(?:"
    + alternation(QA_PERIODS)
    + rf")\b|\d+\s+{_CALENDAR_UNIT}\s+ago"
    # "within two years", "within a month": a deadline
    rf"|within\s+(?:(?:the\s+next|a|an|\d+|{_NUMBER_WORD})\s+)?{_CALENDAR_UNIT}\b"
    r"|injury[\s-]time|half[\s-]time|extra[\s-]time|\d{1,2}(?:[:.]\d\d)?\s*(?:"
    + alternation(QA_CLOCK_WORDS)
    + r")"
    r"|(?:in\s+the\s+)?\d{1,3}(?:st|nd|rd|th)\s+minute)",
    re.I,
)
_CAP_WORD = r"(?:[A-Z][\w'’.&-]*|\d+[A-Z]?[\w-]*)"
_JOIN = r"(?:\s+(?:" + alternation(QA_NAME_JOINS) + r")\s+|\s+)"
# a name opens with a capital, or a digit before one ("4Cast", "3Com": firms' names)
NAME = re.compile(
    rf"(?<![\w'’])(?:[A-Z]|\d(?=[A-Z][a-z]))[\w'’.&-]*(?:{_JOIN}(?:the\s+)?{_CAP_WORD})*"
)
_NOT_NAMES = frozenset(QA_MONTHS) | QA_DAYS | QA_CAPITALS_NOT_NAMES
# a web address: lower-case labels joined by dots, ending in a known ending
_WEB = re.compile(
    r"(?<![\w.@/])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:"
    + alternation(QA_WEB_ENDINGS)
    + r")(?![\w/@-]|\.\w)"
)
_QUOTED = re.compile(r"[\"“‘](?P<q>[^\"“”‘’]{2,60}?)[\"”’](?!\w)")
_LOWER_NEXT = re.compile(r"\s+(?P<word>[a-z][a-z'’-]*)")
_PLACE_BEFORE = re.compile(
    r"\b(?:" + alternation(QA_PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?$", re.I
)
# "in Asia, Africa and the Middle East": a list's later names share the preposition
# before its first one
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:"
    + alternation(QA_PLACE_PREPOSITIONS)
    + r")\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+){1,4}$"
)
PLACE_REACH = 80  # characters before a name read for the preposition of its list


_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|&)\s", re.I)


def _placed(text: str, c: Candidate) -> bool:
    """A name after a place preposition ("in London"), or listed after one named so;
    a list ends with "and" ("to Windows XP, Service Pack 2," sets a name beside one)."""
    if _PLACE_BEFORE.search(text, max(0, c.start - 12), c.start):
        return True
    listed = " and " in c.text or "&" in c.text or _LIST_GOES_ON.match(text, c.end)
    return bool(listed and _PLACE_LIST_BEFORE.search(text, max(0, c.start - PLACE_REACH), c.start))


_REASON = re.compile(
    r"\b(?P<cue>"
    + phrase_alternation(QA_REASON_CUES)
    + r"|to(?=\s+(?-i:[a-z])))\s+(?P<clause>[^.;:!?]+)",  # "to" + a verb: "to cut costs"
    re.I,
)
# An aside set off by commas between a subject and its verb: "Peter Riley, 34, won",
# "Poor harvests, which cut supplies, were behind the rise".
_ASIDE = r",[^,]{0,80},"
_CAUSE_VERB = re.compile(
    r"(?:^|[,;:]\s+|\b(?:" + alternation(QA_CAUSE_OPENERS) + r")\s+)(?P<cause>[^,;:]{3,120}?)"
    rf"(?:{_ASIDE})?\s+"
    # "A knee injury has forced him out", "the mouse control is a big reason why"
    r"(?:(?:" + alternation(QA_HAVE) + r")\s+)?"
    r"(?:triggered|sparked|prompted|caused|fuell?ed|drove|driven|led\s+to|forced|(?:"
    + alternation(QA_BE)
    + r")\s+"
    r"(?:responsible\s+for|behind|to\s+blame\s+for|(?:"
    + alternation(QA_REASON_DETERMINERS)
    + r")\s+(?:\w+\s+)?reasons?))\b",
    re.I,
)
# where a reason's cue may open (its first word, or "to" before a verb): found first, for
# _REASON to match only there
_REASON_CUE = re.compile(
    r"\b(?:" + alternation(frozenset(c.split()[0] for c in QA_REASON_CUES) | {"to"}) + r")\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible answer: `text` as written in the sentence, at [start, end)."""

    text: str
    start: int
    end: int
    strength: float


def candidates(
    question: Question,
    text: str,
    common: frozenset[str] = frozenset(),
    article: str = "",
    previous: str = "",
    following: str = "",
) -> list[Candidate]:
    """The spans of a sentence that could answer the question, new to the question.
    `common` holds words the article also writes in lower case: "Rap mogul Suge Knight"
    opens with a capital, but "rap" is not a name. `previous` is the sentence before,
    whose person a sentence opening with "he" or "she" is about."""
    out = []
    found = _by_type(question.type, question, text, common, article)
    if question.type == "person" and previous:
        found = itertools.chain(found, _pointed_doer(question, text, common, article, previous))
    if question.type == "person" and following:
        found = itertools.chain(found, _named_next(text, common, article, following))
    for c in found:
        thing = _figure(c.text) if question.type == "quantity" else _expanded(c, text, article)
        novelty = _novelty(thing, question)
        if (
            novelty > 0
            and question.type in ("person", "name", "place")
            and _listed_with_asked(question, text, c)
        ):
            novelty = 0.0
        if question.link and novelty > 0:
            novelty = max(novelty, LINK_NOVELTY)  # "a citizen's pension" for a state one
        elif 0 < novelty < 1 and question.type == "name" and question.focus:
            # "the title of Lord Kinnock of Bedwellty": the asked kind beside the name;
            # not "Steven Spielberg's film": a possessor describes the thing
            possessive = c.text.endswith(("'s", "’s"))
            category = question.category or {question.focus}
            if not possessive and _near_focus(category, text, c, question.focus, common):
                novelty = max(novelty, LINK_NOVELTY)
        if novelty > 0:
            shown = _full_name(c.text, article) if question.type == "person" else c.text
            out.append(Candidate(shown, c.start, c.end, c.strength * novelty))
    return out


# A name listed beside one the question names is on the same side of the story as it:
# "sprinter Mia Holt and long jumper Dan Frye" answers no "who coaches Dan Frye?", and
# "The Harbour, Ember Street and Cold Light took two prizes each" names no winner of a
# prize "for The Harbour". A comma alone sets a description beside a name ("Tom Varley,
# Norcastle's finance director"), not another name: only a list's commas count.
_NAME_RUN = r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"
# "long jumper", "the unknown"; not "his coach": "X and his coach Y" names Y by X
_LISTED = r"(?:(?!(?:" + alternation(POSSESSIVES) + r")\b)[a-z]+\s+){0,2}?"
_AND_AFTER = re.compile(r"(?:\s+and\s+|\s*&\s*)" + _LISTED + "(?P<name>" + _NAME_RUN + ")")
_AND_BEFORE = re.compile("(?P<name>" + _NAME_RUN + r")(?:\s+and|\s*&)\s+" + _LISTED + "$")
_LIST_BEFORE = re.compile("(?P<name>" + _NAME_RUN + r"),\s+$")
_LIST_AFTER = re.compile(r",\s+(?P<name>" + _NAME_RUN + r")(?:,|\s+and\b)")
# the rest of a list after its first name: ", Ron and Hermione", ", B, C and D"
_LIST_REST = re.compile(
    r"(?P<rest>(?:,\s+" + _NAME_RUN + r")+,?\s+(?:and\s+|&\s*)" + _LISTED + _NAME_RUN + ")"
)
_LIST_NAME = re.compile(_NAME_RUN)
_AND = re.compile(r"\s*(?:\band\b|&)\s*")
LISTED_REACH = 60  # characters before a candidate read for the name listed before it


def _listed_with_asked(question: Question, text: str, c: Candidate) -> bool:
    """The candidate is listed with a name the question names (its surname, or its last
    word): "X and Y", "X, Y and Z", or it is such a list itself."""
    if " and " not in text and "&" not in text:
        return False  # no list (the common case, without a regex pass)
    before = text[max(0, c.start - LISTED_REACH) : c.start]
    found = [m["name"] for m in (_AND_AFTER.match(text, c.end), _AND_BEFORE.search(before)) if m]
    if m := _LIST_REST.match(text, c.end):
        found.extend(_LIST_NAME.findall(m["rest"]))  # "A, B and C": A before the rest
    elif m := _LIST_AFTER.match(text, c.end):
        found.append(m["name"])
    if " and " in c.text and (m := _LIST_BEFORE.search(before)):
        found.append(m["name"])  # the list's end, "B and C", after A
    parts = _AND.split(c.text)
    if len(parts) > 1:
        found.extend(part for part in parts if part)
    for name in found:
        words = [concept(w) for _, _, w in spans(name) if w[:1].isupper()]
        if words and words[-1] in question.concepts:
            return True
    return False


def _full_name(name: str, article: str) -> str:
    """A surname alone as the article's full name for it: "Davis" -> "David Davis" when
    the article writes a given name before it somewhere."""
    if " " in name or not name[:1].isupper() or name not in article:
        return name
    for match in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", article):
        if fold(match.group(1)) in GIVEN_NAMES:
            return match.group()
    return name


def _by_type(
    kind: AnswerType, question: Question, text: str, common: frozenset[str], article: str
) -> Iterator[Candidate]:
    if kind == "quantity":
        yield from _quantities(question, text)
    elif kind == "thing" and question.link:
        yield from _linked(question.link, text)
        if question.link in NAMING_LINKS and question.focus:
            # "what is the alliance called?": a name beside "alliance" is what it is called
            for c in _names(text, common):
                if _near_focus(question.category or {question.focus}, text, c):
                    yield c
    elif kind == "thing":
        yield from _phrases(question, text)
    elif kind == "time":
        fit = _tense_fit(question.tense, text)
        for m in TIME.finditer(text):
            if _titled(m.group(), text, m.start()):
                continue  # "Are You Lonesome Tonight", "the Today programme": a title
            strength = _time_strength(m.group(), question) * fit * _bound_fit(question, text, m)
            if _POSSESSIVE_AFTER.match(text, m.end()):
                strength *= POSSESSIVE_TIME  # "next month's race": which race, not when
            yield Candidate(m.group(), m.start(), m.end(), strength)
    elif kind == "place":
        yield from _place_nouns(text)
        wrong_end = _wrong_end(question.text)
        for c in _names(text, common, regions=True):
            before = _placed(text, c)
            # "what is the capital of Peru?": "the capital Lima" says its kind as "in" would
            named = question.focus in _CITY_FOCUS | _COUNTRY_FOCUS and _near_focus(
                question.category or {question.focus}, text, c
            )
            strength = c.strength * (1.0 if before or named else 0.3)
            went = _PREPOSITION_BEFORE.search(text[max(0, c.start - 14) : c.start])
            if wrong_end and went and fold(went[1]) in wrong_end:
                strength *= WRONG_END
            placed = _IN_PLACE_NOUN.search(text[max(0, c.start - 30) : c.start])
            if (
                placed is None
                and "," not in c.text
                and (person_likeness(c.text, text, c.start) >= PERSON)
            ):
                strength *= PERSON_AS_PLACE  # "Marion", "Lord Rennard": people, not places
            following = _NEXT_WORD.match(text, c.end)
            if following and following.group(1) not in STOP_WORDS | QA_TIME_WORDS:
                strength *= MODIFIER  # "his In Pieces series": a name describing a noun
            if question.object_verb:
                strength = _as_object(question.object_verb, text, c, strength)
            strength = _place_kind_fit(question.focus, c.text, strength)
            yield Candidate(c.text, c.start, c.end, strength)
    elif kind == "name" and question.focus in _COLOUR_FOCUS:
        for m in _COLOUR.finditer(text):  # "coating the pills in a red dye"
            yield Candidate(m.group(), m.start(), m.end(), 1.0)
    elif kind in ("person", "name"):
        if kind == "name":
            for m in _QUOTED.finditer(text):  # a title or slogan in quotation marks
                quoted = m["q"].strip()
                if len(quoted.split()) <= 6 and quoted[-1:] not in ",.!?":  # not speech
                    c = Candidate(m["q"], m.start("q"), m.end("q"), 0.8)
                    category = question.category or ({question.focus} if question.focus else None)
                    wording = question.focus in _WORDING
                    if category and not wording and not _near_focus(category, text, c):
                        c = Candidate(c.text, c.start, c.end, c.strength * FOCUS_MISS)
                    if question.object_verb:
                        strength = _as_object(question.object_verb, text, c, c.strength)
                        c = Candidate(c.text, c.start, c.end, strength)
                    yield c
            for m in _WEB.finditer(text):  # "an fbi.gov address": a site's name
                c = Candidate(m.group(), m.start(), m.end(), 1.0)
                if question.focus and not _near_focus(
                    question.category or {question.focus}, text, c
                ):
                    c = Candidate(c.text, c.start, c.end, FOCUS_MISS)
                yield c
        verb = _subject_verb(question.text)
        verb_word = subject_verb_word(question.text) if verb else None
        passive = verb is not None and _asks_passive(question.text)
        doers = doer_nouns(verb_word) if verb_word else frozenset()
        for c in _names(text, common):
            if kind == "person":
                c = _without_role(c)  # "Chairman Sam Younger": the person is Sam Younger
                if c.text[:1].islower():
                    continue  # "Secretary of State for Home Affairs": an office, nobody
            words = c.text.split()
            strength = 1.0 if len(words) > 1 else 0.5
            if kind == "person" and not _wants_body(question):
                strength = person_likeness(c.text, text, c.start, article)
            if kind == "person" and _placed(text, c):
                strength *= 0.4  # "in London", "from Chicago": a place, not a person
            if kind == "person" and verb:
                # "who won…", "which runner pushed…": the name whose verb it is first
                if not _does(verb, text, c, passive) and not _described_as_doer(doers, text, c):
                    strength *= NOT_SUBJECT
                elif _is_body(c.text):
                    strength = max(strength, DOER)  # "suspended by the US Anti-Doping Agency"
            describes = _MODIFIER_NEXT.match(text, c.end) is not None
            if describes:
                strength *= MODIFIER  # "Hollywood actor Kevin Bacon": Hollywood describes
            if (
                kind == "person"
                and _ADJECTIVE_ONLY.match(c.text)
                and people_adjective(c.text)
                and fold(c.text) not in GIVEN_NAMES  # Hamish, Therese: names
            ):
                strength *= ADJECTIVE_AS_PERSON  # "the journalist was Jewish": no name
            if (
                kind == "person"
                and _asks_before_person(question.text)
                and _EARLIER_ROLE.search(text, max(0, c.start - 40), c.start)
            ):
                # "who ran the firm before Ann Lee?": "his predecessor, Tom Hale", "previous
                # host Tom Hale" is the one who did it before
                strength *= PREDECESSOR
            if (
                kind == "person"
                and question.focus in _ROLE_FOCUS
                and _near_focus(question.category, text, c)
            ):
                strength *= PERSON_FOCUS_NEAR
            elif kind == "person" and quoted_at(text, c.start):
                strength *= QUOTED_PERSON  # a name in someone's words is talked about
            if kind == "name" and question.focus:
                # "which film…": a name beside the word "film" is one
                category = question.category or {question.focus}
                near = _near_focus(category, text, c, question.focus, common)
                country = _is_country(c.text)
                near = near or (question.focus in _COUNTRY_FOCUS and country)
                # beside the asked kind, unless it describes another ("a film starring
                # Hollywood actor Kevin Bacon": Hollywood is no film)
                strength = 1.0 if near and not describes else strength * FOCUS_MISS
                if country and question.focus not in _COUNTRY_FOCUS | _COUNTRY_AS:
                    strength *= WRONG_PLACE_KIND  # "four US radio stations": no radio service
                if question.focus not in _ROLE_FOCUS and _role_before(category, text, c):
                    strength *= ROLE_AS_THING  # "Station manager Jo Dean": nobody is a station
            if kind == "name" and verb:
                # "which film slipped to number two": the name that fell there is one,
                # "comedy The Pacifier fell…", whether or not "film" is beside it
                # (a name that is not the doer keeps its strength: the text may say the
                # verb otherwise, "showed off" as "demonstrated")
                strength = max(strength, DOER) if _does_next(verb, text, c) else strength
            if question.object_verb:
                strength = _as_object(question.object_verb, text, c, strength)
            yield Candidate(c.text, c.start, c.end, c.strength * strength)
    elif kind == "reason":
        for at in _REASON_CUE.finditer(text):
            # each cue is read on its own: "struggled with an ankle problem, was unable
            # to rest because…" holds a reason after "because" as well as after "with"
            cued = _REASON.match(text, at.start())
            if cued is None:
                continue
            cue = " ".join(cued["cue"].lower().split())
            window = max(0, at.start() - 20)
            if (cue == "as" and _AS_NO_REASON.search(text, window, at.start())) or (
                cue == "as" and _AS_ROLE.match(text, cued.start("clause"))
            ):
                continue  # "known as Queen of the Sky", "counts her as a deputy": no reason
            if cue == "to" and (
                cued["clause"].split()[0] in STOP_WORDS
                or _to_not_purpose_before(text, window, at.start())
                or _completes_verb(text, window, at.start())
            ):
                continue  # "to his wife", "is to make his debut", "wants to sell": no purpose
            strength = QA_REASON_CUES.get(cue, 0.3)
            clause = cued["clause"].strip().rstrip(",\"'”")
            start = cued.start("clause")
            yield Candidate(clause, start, start + len(clause), strength)
        for m in _CAUSE_VERB.finditer(text):
            # "Disappointing figures from Chicago triggered the slide": the cause is the
            # subject, the words before the verb (from the start of the clause)
            cause = m["cause"].strip().rstrip(",")
            if cause and len(cause.split()) >= 2:
                start = m.start("cause") + (len(m["cause"]) - len(m["cause"].lstrip()))
                yield Candidate(cause, start, start + len(cause), 0.9)


WRONG_END = 0.4  # "from Charlton" for "where is he going on loan?": where the move began
_PREPOSITION_BEFORE = re.compile(r"\b([a-z]+)\s+(?:the\s+)?$", re.I)
_QUESTION_WORD = re.compile(r"[\w'’]+")


@lru_cache(maxsize=256)
def _wrong_end(question: str) -> frozenset[str]:
    """The prepositions that give the wrong end of a move a "where" question asks about:
    "where is he going on loan?" wants the place it ends, so not one after "from";
    "where did she move to Leeds from?" or "where did he leave?" wants where it began, so
    not one after "to". Empty for a question about no move."""
    words = [fold(w) for w in _QUESTION_WORD.findall(question)]
    if not words or words[0] != "where":
        return frozenset()
    if any(w in QA_MOVE_FROM for w in words):
        return QA_MOVE_TO_PREPOSITIONS
    if any(w in QA_MOVE_VERBS for w in words):
        return frozenset({"from"})
    return frozenset()


_CITY_FOCUS = frozenset(concept(w) for w in QA_CITY_NOUNS)
_COUNTRY_FOCUS = frozenset(concept(w) for w in QA_COUNTRY_NOUNS)
_COUNTRY_AS = frozenset(concept(w) for w in QA_COUNTRY_AS)
WRONG_PLACE_KIND = 0.3  # a country for "which city…"


def _is_country(name: str) -> bool:
    """A name the lexicon knows as a country or a state, or a people's adjective: "New
    Zealand", "US", "Swedish"."""
    low = fold(name)
    if low in PLACE_NAMES or low in DEMONYMS:
        return True
    if name.isupper() and low in CAPITALISED_COUNTRY_CODES:
        return True
    return " " not in name and name.istitle() and people_adjective(name)


def _place_kind_fit(focus: str | None, name: str, strength: float) -> float:
    """A place of the asked kind: a country is no answer to "which city…", and a known
    country answers "which country…" wherever it sits ("the New Zealand system")."""
    if focus in _CITY_FOCUS and _is_country(name):
        return strength * WRONG_PLACE_KIND
    if focus in _COUNTRY_FOCUS and _is_country(name):
        return max(strength, 1.0)
    return strength


_PLACE_NOUN = "|".join(sorted(QA_PLACE_ANSWER_NOUNS))
# "his home in Beverly Hills", "a hospital near Leeds": the name after is a place
_IN_PLACE_NOUN = re.compile(
    rf"\b(?:{_PLACE_NOUN})\s+(?:{alternation(QA_PLACE_NOUN_LINKS)})\s+(?:the\s+)?$", re.I
)
_AT_PLACE_NOUN = re.compile(
    r"\b(?:" + alternation(QA_PLACE_NOUN_PREPOSITIONS) + r")\s+"
    r"(?P<place>(?:(?:" + alternation(NOUN_DETERMINERS) + r")\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:{_PLACE_NOUN})\b(?:\s+(?:{alternation(QA_NEAR_PLACE)})\s+[A-Z][\w'’-]*(?:[\s,]+[A-Z][\w'’-]*)*)?)"
)
PLACE_NOUN_STRENGTH = 0.7  # "at his home": a place, less precise than a named one


def _place_nouns(text: str) -> Iterator[Candidate]:
    """Places that are not names: "died at his home", "taken to hospital", with the named
    place that follows if any ("at his home in Beverly Hills, California")."""
    for m in _AT_PLACE_NOUN.finditer(text):
        place = m["place"].rstrip(",")
        start = m.start("place")
        yield Candidate(place, start, start + len(place), PLACE_NOUN_STRENGTH)


_COLOUR_FOCUS = frozenset(concept(w) for w in COLOUR_NOUNS)
_COLOUR = re.compile(r"\b(?:" + "|".join(sorted(COLOURS)) + r")\b")


def _linked(link: str, text: str) -> Iterator[Candidate]:
    """The phrases after a question's closing word ("what will it be replaced with?"
    -> the words after "with"), up to the end of their clause; naming verbs stand for
    one another ("named after" is asked, "called" written)."""
    words = NAMING_LINKS if link in NAMING_LINKS else {link}
    for m in _LINK_WORD.finditer(text):
        if m.group(1).lower().split()[0] not in words:
            continue
        quoted = _OPENING_QUOTE.match(text, m.end())
        if quoted:  # with a "citizen's pension" would…: the words quoted
            phrase = quoted["q"].strip()
        else:
            # the first words up to the clause's end, found without copying the rest of
            # the text, and the end looked for only as far as those words can reach (a
            # text of many links and no clause end would take quadratic time)
            reach = min(len(text), m.end() + LINK_PHRASE_REACH)
            end = _CLAUSE_END.search(text, m.end(), reach)
            found = _WORD.finditer(text, m.end(), end.start() if end else reach)
            first = [w.group() for w in itertools.islice(found, LINK_PHRASE_WORDS)]
            phrase = " ".join(first).strip(" \"'“”‘’")
        if not phrase:
            continue
        # the phrase as written: its words may stand apart by more than one space
        written = re.compile(r"\s+".join(map(re.escape, phrase.split()))).search(text, m.end())
        if written is None:
            continue
        yield Candidate(phrase, written.start(), written.end(), 1.0)


_LINK_WORD = re.compile(r"\b(known\s+as|" + "|".join(sorted(LINK_WORDS)) + r")\s+", re.I)
_OPENING_QUOTE = re.compile(
    r"(?:(?:" + alternation(ARTICLES) + r")\s+)?[\"“](?P<q>[^\"“”]{1,60})[\"”]"
)
# A clause ends at punctuation, a dash or a word that opens another clause. No leading
# "\s*": tried at each of a long run of spaces, it made the split quadratic.
_CLAUSE_END = re.compile(
    r"(?:[,;:.!?()]|\s-\s|\s(?:"
    + alternation(QA_CLAUSE_OPENERS)
    + r"|and\s+(?:"
    + alternation(QA_CLAUSE_AUX)
    + r")|to\s+(?=\w+\s))\b)"
)
LINK_PHRASE_WORDS = 8
LINK_PHRASE_REACH = 400  # characters: eight words of news prose fit well within
_WORD = re.compile(r"\S+")
LINK_NOVELTY = 0.7  # a phrase after the asked word that repeats part of the question


_AILMENT = re.compile(
    r"\b(?:(?:"
    + alternation(QA_ANSWER_DETERMINERS)
    + r")\s+)?(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(QA_AILMENT_HEADS))
    + r")\b",
    re.I,
)
_CHARGE = re.compile(
    r"\b(?:"
    + "|".join(c.replace(" ", r"\s+") for c in QA_CHARGE_CUES)
    + r")\s+(?P<p>[^,.;:]{3,60})",
    re.I,
)


def _noun_like(word: str) -> bool:
    low = fold(word)
    return (
        low.isalpha()
        and low not in STOP_WORDS
        and not low.endswith(("ly", "ed", "ate", "ful", "ous", "ive", "al"))
    )


_FAMILY_OF = {concept(noun): family for noun, family in PHRASE_FAMILY.items()}


def _phrases(question: Question, text: str) -> Iterator[Candidate]:
    """The phrase a "what injury…", "what charge…" question asks for: "a hamstring
    problem", "charged with fraud" -> fraud."""
    family = _FAMILY_OF.get(question.focus or "")
    if family == "ailment":
        for m in _AILMENT.finditer(text):
            words = m.group().split()
            modifiers = [w for w in words[:-1] if fold(w) not in QA_ANSWER_DETERMINERS]
            # "a knee injury", "a hamstring problem"; not "injury" alone, "recovered from
            # injury" or "the unfortunate injury": a noun before the head says which
            if modifiers and all(_noun_like(w) for w in modifiers):
                yield Candidate(m.group(), m.start(), m.end(), 0.8)
    elif family == "charge":
        for m in _CHARGE.finditer(text):
            yield Candidate(m["p"].strip(), m.start("p"), m.start("p") + len(m["p"].strip()), 0.8)


_TIMES = re.compile(r"\b(?:" + alternation(QA_TIMES_WORDS) + r")\b", re.I)


_MULTIPLE = re.compile(r"\b(?:" + alternation(QA_MULTIPLIED) + r")\b", re.I)
_MULTIPLE_OF = re.compile(r"\stimes$", re.I)  # "four times": the unit of a multiple
_ASKS_CHANGE = re.compile(
    r"\bby\s+how\s+much\b|\bhow\s+much\b.*\b(?:" + alternation(QA_CHANGE_VERBS) + r")\b",
    re.I,
)


def _quantities(question: Question, text: str) -> Iterator[Candidate]:
    if ASKS_TIMES.search(question.text):  # "how many times…": "delayed twice"
        for m in _TIMES.finditer(text):
            yield Candidate(m.group(), m.start(), m.end(), 0.8)
    if _ASKS_CHANGE.search(question.text):  # "by how much did sales rise?": "doubled"
        for m in _MULTIPLE.finditer(text):
            yield Candidate(m.group(), m.start(), m.end(), 0.6)
    race_time = asks_race_time(question.text)  # (once, not for every figure)
    asked_unit = _asked_unit(question.text, race_time)
    if asked_unit == "long" and not race_time:
        yield from _one_unit(text)
    for m in QUANTITY.finditer(text):
        figure = m.group().strip().rstrip(".,")
        if _in_entity(text, m.start()):
            continue  # "caf&#233;": the digits of a character reference, no figure
        if _YEAR.match(figure):
            continue  # a year is a date, not a count
        if _DATE_DAY.match(text, m.start()):
            continue  # "on 12 October": the day of a date, not a count
        if _in_name(text, m.start(), m.end(), figure):
            continue  # "the Six Nations", "on BBC One": a name, no count
        converted = _CONVERTED.search(text, 0, m.start())
        if converted and _novelty(_figure(converted["sum"]), question) == 0:
            continue  # "$26,500 (£13,700)": the question's sum in another currency
        if text.startswith("-old", m.end()):
            if not _ASKS_AGE.search(question.text):
                continue  # "the 33-year-old" answers "how old", not "how long"
            figure += "-old"
        if re.search(r"\d", figure):
            strength = 0.8
        elif _VAGUE.search(figure):
            strength = 0.3  # "thousands of troops" is an amount, not an answer
        else:
            strength = 0.6
        if question.focus:
            after = [concept(w) for _, _, w in spans(text[m.end() : m.end() + 40])][:3]
            before = [concept(w) for _, _, w in spans(text[max(0, m.start() - 40) : m.start()])]
            inside = [concept(w) for _, _, w in spans(figure)]
            # "four votes": a unit written with the figure is what it counts
            unit = figure.split()[-1] if " " in figure else ""
            counted = (
                concept(unit)
                if fold(unit) in QA_FIGURE_UNITS and not MONEY.fullmatch(unit)
                else _counted_head(text, m.end())
            )
            if (
                question.focus in after
                or question.focus in inside
                or _counted_of(text, m.end()) == question.focus
                or _agent_of_asked_verb(question, text, m.start())
            ):
                strength += 0.2
            elif question.focus in before[-4:] and counted in (None, question.focus):
                # not "…fellow housemates, whilst John received four votes": the
                # figure counts its own noun, not the asked one before it
                strength += 0.1
            elif _counts_other(text, m.end(), question):
                strength *= OTHER_COUNT  # "two banks" when the question counts slaves
            elif _HOW_MANY.search(question.text) and counted not in (None, question.focus):
                # "how many firms…": "its 40 strong legal team" counts a team
                strength *= OTHER_COUNT
        no_money = question.money and not MONEY.search(figure)
        # "two in five of the reports", "one out of ten": a share, however written
        share = (
            "%" in figure
            or "cent" in figure
            or bool(_RATIO.match(text, m.end()))
            or bool(
                _RATIO_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and _DENOMINATOR_AT.match(text, m.start())
            )
        )
        no_share = question.share and not share
        # "how many people…" counts them: a share is not a count
        counting = bool(_HOW_MANY.search(question.text))
        not_count = share and not question.share and counting
        # "how many people play…": a sum of money counts nothing
        # "how much gold does the IMF have?": nor is it an amount of gold
        measuring = counting or measured_thing(question.text)
        money_count = measuring and not question.money and bool(MONEY.search(figure))
        # "four times more phones were sold": a multiple of a count, not the count
        multiple = counting and _MULTIPLE_OF.search(figure) and not ASKS_TIMES.search(question.text)
        if no_money or no_share or not_count or money_count or multiple:
            strength *= WRONG_UNIT
        if race_time and not _UNIT_OF["long"].search(figure):
            continue  # "the 400m" is the race, not the time it took
        if _UNIT_OF[asked_unit].search(figure) if asked_unit else False:
            strength += 0.2  # "how long…" and a time, "how far…" and a distance
        elif asked_unit == "long" and _BARE.match(figure):
            strength *= WRONG_UNIT  # "Royer, 41," or "6-1" tells no length of anything
        if _ASKS_PAIR.search(question.text):
            # "what was the score?", "what are his odds?": a pair of figures
            strength *= 1.0 if _PAIR.search(figure) else WRONG_UNIT
        elif _PAIR.search(figure) and _HOW_MANY.search(question.text):
            strength *= WRONG_UNIT  # "3-1" is a score, not a count of minutes or people
        yield Candidate(figure, m.start(), m.start() + len(figure), strength)


# "as" that names a role or a likeness, not a cause: "known as", "such as", "as well
# as", "works as a pilot"
_AS_NO_REASON = re.compile(r"\b(?:" + alternation(QA_AS_NOT_REASON) + r")\s+$", re.I)
# "is to make", "has to leave", "set to join": an infinitive no purpose clause opens
_TO_NOT_PURPOSE = re.compile(
    r"\b(?:" + alternation(QA_AUX_VERBS | QA_TO_NOT_PURPOSE) + r")\s+$", re.I
)
_AS_ROLE = re.compile(r"(?:" + alternation(QA_AS_NOT_REASON_AFTER) + r")\b", re.I)
_CATENATIVE = frozenset(concept(w) for w in QA_TO_CATENATIVE_VERBS)
_NOT_PURPOSE = frozenset(concept(w) for w in QA_PASSIVE_NOT_PURPOSE)
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$", re.I)


# the months written as a verb of QA_AUX_VERBS ("May"): "met in May to cut costs" is a
# purpose, "may to" no phrase
_MONTH_AUX = re.compile(
    r"(?<=\w\s)(?:"
    + alternation(frozenset(m for m in QA_MONTHS if m.lower() in QA_AUX_VERBS))
    + r")\s+$"
)
_TWO_WORDS_BEFORE = re.compile(r"\b([a-z]+)\s+([a-z]+)\s+$", re.I)


def _to_not_purpose_before(text: str, start: int, end: int) -> bool:
    """A verb before the "to" at `end` that it completes ("is to make", "set to join"),
    not the month its capital shows ("cut in May to save money")."""
    if _TO_NOT_PURPOSE.search(text, start, end) is None:
        return False
    return _MONTH_AUX.search(text, start, end) is None


def _completes_verb(text: str, start: int, end: int) -> bool:
    """The word before a "to" at `end` is a verb the infinitive completes ("wants to
    close", "planned to sell"): what follows is what was wanted, not why. Not in the
    passive: "a deal was agreed to end the strike" says what the deal was for; but for
    the passives that still say what is expected (QA_PASSIVE_NOT_PURPOSE: "was expected
    to sell")."""
    word = _WORD_BEFORE.search(text, start, end)
    if word is None or concept(word.group(1)) not in _CATENATIVE:
        return False
    pair = _TWO_WORDS_BEFORE.search(text, start, end)
    passive = pair is not None and fold(pair.group(1)) in QA_BE and pair.group(2).endswith("ed")
    return not passive or concept(word.group(1)) in _NOT_PURPOSE


POSSESSIVE_TIME = 0.5  # a time that owns a noun ("Tuesday's gig") tells which one
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)
_BARE = re.compile(r"[\d,.\s/-]+$")  # a figure with no unit, sign or scale
# "delayed over an hour", "banned for a year": one unit of time, written without a
# figure; not a rate ("£3 a day", "twice a week") nor a point in time ("a year ago")
_ONE_UNIT = re.compile(
    rf"\b(?:{_QUALIFIER})?(?:half\s+)?an?\s+(?:{alternation(QA_DURATION_UNITS)})\b"
    rf"(?!\s+(?:{alternation(QA_RELATIVE_AFTER)})\b)",
    re.I,
)
# a figure, scaled or not ("£3bn", "10%", "50p", "five"), or "twice", before "a year": a rate
_RATE_BEFORE = re.compile(
    rf"(?:\d(?:p|{_SCALE})?|\b{_NUMBER_WORD}{_SCALE}?|\b(?:"
    + alternation(QA_TIMES_WORDS)
    + r"|times))\s*$",
    re.I,
)
# the word after "a second": a noun makes it an ordinal ("a second goal", "a second-half
# penalty"), not a length of time
_ORDINAL_AFTER = re.compile(r"-|\s+([a-z]+)\b")
ONE_UNIT = 0.8  # as sure as a figure: "an hour" is an answer, if a round one


def _is_ordinal(text: str, m: re.Match[str]) -> bool:
    """ "a second" before a noun counts ("a second goal", "for a second time")."""
    if not m.group().lower().endswith("second"):
        return False
    after = _ORDINAL_AFTER.match(text, m.end())
    return after is not None and (after[1] is None or after[1].lower() not in STOP_WORDS)


def _one_unit(text: str) -> Iterator[Candidate]:
    """A length of time written as one unit ("over an hour"), for "how long…"."""
    for m in _ONE_UNIT.finditer(text):
        rate = _RATE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not rate and not _is_ordinal(text, m):
            yield Candidate(m.group(), m.start(), m.end(), ONE_UNIT)


# "two in five", "one out of 10": a share; not "500 in 2004", "five in 10 days"
_DENOMINATOR = (
    rf"(?:an?\s+)?(?:\d{{1,3}}|{_NUMBER_WORD})\b(?![\d,.%])"
    rf"(?!\s+(?:{alternation(QA_DURATION_UNITS)})s?\b)"
)
_RATIO = re.compile(rf"\s+(?:in|out\s+of)\s+{_DENOMINATOR}", re.I)
_DENOMINATOR_AT = re.compile(_DENOMINATOR, re.I)  # "five" of "two in five", read in place
_RATIO_BEFORE = re.compile(r"(?:\d|\b" + _NUMBER_WORD + r")\s+(?:in|out\s+of)\s+$", re.I)
_ENTITY_OPEN = re.compile(r"&#[xX]?$")


def _in_entity(text: str, start: int) -> bool:
    """The span at `start` is inside a numeric character reference ("caf&#233;"): the
    digits stand for a letter."""
    return start >= 2 and _ENTITY_OPEN.search(text, max(0, start - 3), start) is not None


# a sum, then the same sum in another currency in brackets: "$26,500 (£13,700)"
_CONVERTED = re.compile(r"(?P<sum>[£$€]\s?\d[\d,.]*(?:bn|m|k)?)\s*\($")
_ASKS_UNIT = re.compile(r"\bhow\s+(" + alternation(QA_ASKED_UNITS) + r")\b(?!\s+ago)", re.I)
_UNIT_OF = {
    "long": re.compile(
        r"(?:" + alternation(QA_DURATION_UNITS) + r")s?\b|\d:\d\d|\d\s?(?:" + _RACE_SHORT + r")\b",
        re.I,
    ),
    "far": re.compile(r"(?:" + alternation(QA_DISTANCE_UNITS) + r")s?\b", re.I),
    "old": re.compile(r"-old\b", re.I),
}


def _asked_unit(question: str, race_time: bool) -> str | None:
    """The measure a question asks for: "long" for "how long…" and for a race time
    (`race_time`: "what time did she clock?"), "far" for "how far…", "old" for "how
    old…"."""
    asked = _ASKS_UNIT.search(question)
    if asked is not None:
        return asked.group(1).lower()
    return "long" if race_time else None


_ASKS_AGE = re.compile(r"\bhow\s+old\b|\b(?:what|which)\s+age\b|\baged?\b", re.I)
WRONG_UNIT = 0.4  # a count for "how much money", a sum for "what share", one figure for a score
_ASKS_PAIR = re.compile(
    r"\bwhat\s+(?:"
    + alternation(QA_BE)
    + r")\s+(?:\S+\s+){0,3}?(?:"
    + alternation(QA_PAIR_NOUNS)
    + r")\b"
    # "what did Charlton beat Norwich by?": the score
    r"|\b(?:" + alternation(QA_SCORE_VERBS) + r")\s+(?:[\w'’-]+\s+){0,3}?by\b",
    re.I,
)
_PAIR = re.compile(r"^\d+\s?[-/]\s?\d+$")
FOCUS_MISS = 0.4
# "who coached him before Brad Gilbert?": the capitalised words after "before"
# ("before JK and Joel": a pair)
_ASKS_BEFORE = re.compile(
    r"\bbefore\s+((?-i:[A-Z][\w'’-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’-]*))*)", re.I
)
_NOT_PERSON_WORDS = DAYS | QA_EVENT_WORDS


def _asks_before_person(question: str) -> bool:
    """The question asks who came before a named person ("before Brad Gilbert", "before
    Ann"), not before a time or an event ("before Christmas", "before New Year")."""
    asked = _ASKS_BEFORE.search(question)
    if asked is None:
        return False
    words = [fold(w) for w in asked.group(1).split() if w != "and"]
    if any(w in _NOT_PERSON_WORDS for w in words):
        return False
    return len(words) > 1 or words[0] in GIVEN_NAMES


# the words that call a person the earlier holder of a post, just before the name:
# "his predecessor, Tom Hale", "former coach Ray Dunn", "ex-manager Tom Hale"
_EARLIER_ROLE = re.compile(
    r"\b(?:" + alternation(QA_EARLIER_HOLDER) + r")\b(?:-[\w-]+)?(?:\s+[\w-]+){0,3},?\s+$",
    re.I,
)
PREDECESSOR = 1.5  # the earlier holder is the one who did it before the named person
# "which Tory peer agreed…": a name with the asked role beside it ("Tory peer Lord
# Tebbit", "the reporter, Oliver Finegold") is one of that kind, surer than a bare name
PERSON_FOCUS_NEAR = 1.5
_ROLE_FOCUS = frozenset(concept(w) for w in PERSON_NOUNS | ROLE_WORDS)
# "As long as Mr Blair … push free trade," said X: a name inside someone's words is
# talked about, rarely the one who did what a who-question asks
QUOTED_PERSON = 0.5


# A name just after a person noun ("station manager Jo Dean") is that person's, and no
# thing of the asked kind: weaker than a name that merely stands away from the asked
# noun (FOCUS_MISS), which may still be one ("…will begin with Radio Vale")
ROLE_AS_THING = 0.25


def _role_before(category: Collection[str], text: str, c: Candidate) -> bool:
    """A lower-case person noun, not of the asked kind, just before the name."""
    words = [w for _, _, w in spans(text[max(0, c.start - 20) : c.start])][-1:]
    return bool(
        words
        and words[0].islower()
        and text[: c.start].rstrip().endswith(words[0])
        and _person_noun(words[0])
        and concept(words[0]) not in category
    )


def quoted_at(text: str, at: int) -> bool:
    """The position is inside a quotation of the sentence (after an opening mark)."""
    before = text[:at]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”")


# "the journalist was Jewish", "a Japanese firm": a lone adjective of a people, no name
_ADJECTIVE_ONLY = re.compile(r"[A-Z][a-z]+$")
ADJECTIVE_AS_PERSON = 0.3
# Nouns for words themselves: "what slogan…", "what nickname…" are answered by a phrase
# in quotation marks wherever the noun is.
_WORDING = frozenset(concept(w) for w in QA_WORDING_NOUNS)
MODIFIER = 0.5  # a name used to describe a role word that follows it
PERSON_AS_PLACE = 0.4
_MODIFIER_NEXT = re.compile(
    r"\s+(?:" + "|".join(sorted(ROLE_WORDS - QA_ROLES_NOT_MODIFIERS)) + r")s?\b"
)  # a name for "which film…" with no "film" beside it
OTHER_COUNT = 0.5  # a number that counts a noun of the question other than its focus
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _counts_other(text: str, end: int, question: Question) -> bool:
    """The number is followed by a noun the question names but does not ask to count:
    "how many slaves … by the banks" and "two banks"."""
    match = _NEXT_WORD.match(text, end)
    if match and match.group(1) not in STOP_WORDS:
        counted = concept(match.group(1))
        return counted != question.focus and counted in question.concepts
    # "two Smarties Book Prizes": a run of capitalised words, the last one counted
    run = _NEXT_NAME_RUN.match(text, end)
    if not run:
        return False
    counted = concept(run.group().split()[-1])
    return counted != question.focus and counted in question.concepts


_COUNTED_RUN = re.compile(r"(?:\s+[\w'’-]+){1,4}")


def _counted_head(text: str, end: int) -> str | None:
    """The noun a number counts: the last word of the noun phrase after it ("4,200
    letters it received" -> letter, "310 card fraud cases" -> case), as a concept."""
    run = _COUNTED_RUN.match(text, end)
    if not run or text[end : end + 1] != " ":
        return None  # "60%", "60," or "60-strong": no noun counted right after it
    head = None
    for word in run.group().split():
        low = fold(word)
        if low in STOP_WORDS or not low.isalpha() or low.endswith(("ed", "ing")):
            break  # the phrase ends at a function word, a verb or a figure
        head = concept(word)
    return head


# "five of his fellow housemates", "two of the 12 jurors": a part of what follows "of"
_OF = re.compile(
    r"\s+of(?:\s+(?:" + alternation(QA_ANSWER_DETERMINERS | POSSESSIVES) + r"))?(?=\s)"
)


def _counted_of(text: str, end: int) -> str | None:
    """The noun a figure counts a part of: "five of his fellow housemates" -> housemate."""
    found = _OF.match(text, end)
    return _counted_head(text, found.end()) if found else None


# "how many housemates nominated Bez?": the verb whose doers are counted
_HOW_MANY_VERB = re.compile(r"^\W*how\s+many\s+(?:[\w'’-]+\s+){1,3}?(?P<verb>[a-z]{3,}ed)\b", re.I)
_BY_BEFORE = re.compile(r"(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?\s+by\s+$", re.I)


def _agent_of_asked_verb(question: Question, text: str, start: int) -> bool:
    """The figure is the doer of the verb a "how many X <verb>…" question asks, written
    in the passive: "nominated by five of…", "voted for by about 6,000 children"."""
    asked = _HOW_MANY_VERB.match(question.text)
    if asked is None:
        return False
    by = _BY_BEFORE.search(text, max(0, start - 40), start)
    # "attended by", "voted for by": the verb right before "by" or before its particle
    return by is not None and concept(asked["verb"]) in {concept(w) for w in by.groups() if w}


_NEXT_NAME_RUN = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,4}")


_FULL_DATE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d", re.I)
_YEAR_IN = re.compile(r"(?:1\d|20)\d\d")
_ASKS_DATE = re.compile(r"\b(?:what|which)\s+(?:\w+\s+)?dates?\b", re.I)


def dates_fully(found: str) -> bool:
    """The text writes a year or a day of a month ("in 1963", "on 26 January"): it can
    be read without the article's date, as a weekday or "last year" cannot."""
    return bool(_FULL_DATE.search(found) or _YEAR_IN.search(found))


_ASKS_YEAR = re.compile(r"\b(?:what|which)\s+(?:\w+\s+)?year\b", re.I)
# "what time…", "at what time of day…" ask for the hour; "what time of year" does not
_ASKS_CLOCK = re.compile(r"\b(?:what|which)\s+time\b(?!\s+of\s+(?:the\s+)?(?:year|season))", re.I)
_CLOCK = re.compile(r"\d(?:[:.]\d\d)?\s*(?:" + alternation(QA_CLOCK_WORDS) + r")\b|\d:\d\d", re.I)
RELATIVE_TIME = 0.5  # "this week", "yesterday", "Tuesday": true of the day it was written


TENSE_MISS = 0.6  # a date in a sentence of the other tense: "joined in 2001" for "when will"
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_PAST = re.compile(r"\b(?:" + alternation(QA_PAST_MARKERS) + r")\b", re.I)
_ED = re.compile(r"\b\w{3,}ed\b", re.I)


def reports_past(text: str) -> bool:
    """A past form of a verb in `text` ("the club he joined in", "who won it in"), not
    one a form of "be" or "to" takes ahead ("to be completed in", "to hit shops in")."""
    past = [m for m in _ED.finditer(text) if m.group().lower() not in ED_NOT_PAST]
    past += [m for m in _LOWER_WORD.finditer(text) if m.group() in IRREGULAR_VERBS]
    return bool(_PAST.search(text)) or any(
        not _TAKEN_AHEAD.search(text, max(0, m.start() - 12), m.start()) for m in past
    )


# "to be completed", "to hit": a past form after these is an infinitive or a passive
_TAKEN_AHEAD = re.compile(r"\b(?:" + alternation(QA_AHEAD_INFINITIVE) + r")\s+$", re.I)


def _tense_fit(asked: str | None, text: str) -> float:
    """How well a sentence's tense fits the question's: a future question ("when will
    the trial start?") wants a sentence that looks ahead ("is scheduled to begin in
    October"), a past one a sentence that looks back."""
    if asked is None:
        return 1.0
    future = looks_ahead(text)
    if asked == "future":
        past = (
            _PAST.search(text)
            or any(m.group().lower() not in ED_NOT_PAST for m in _ED.finditer(text))
            or any(w.lower() in IRREGULAR_VERBS for w in _LOWER_WORD.findall(text))
        )
        return 1.0 if future or not past else TENSE_MISS
    return TENSE_MISS if future else 1.0


# "until what date…", "by when…", "since what year…": the question bounds a time, and
# the sentence bounds its time the same way ("postponed until 3 February")
_BOUNDS = {group[0]: frozenset(group) for group in QA_TIME_BOUNDS}
_ASKS_BOUND = re.compile(
    r"\b(" + alternation(frozenset(_BOUNDS)) + r")\s+(?:" + alternation(QA_BOUND_ASKERS) + r")\b",
    re.I,
)
# "when do voters need to register by?", "what date is the sale open until?": the bound
# left at the end of the question, as a reader types it
_BOUND_LAST = re.compile(
    r"^\W*(?:"
    + alternation(QA_BOUND_ASKERS)
    + r")\b.*\s("
    + alternation(frozenset(_BOUNDS))
    + r")\W*$",
    re.I,
)
# "what is the deadline for bids?": a deadline is the time a thing must be done by
_ASKS_DEADLINE = re.compile(r"\b(?:" + alternation(QA_DEADLINE_NOUNS) + r")\b", re.I)
_WORD_BEFORE = re.compile(r"([a-z]+)\s+(?:the\s+)?$", re.I)
BOUND_MISS = 0.4  # a time not bounded as the question asks ("by when…" and "in May")


def asked_bound(question: str) -> str | None:
    """The bound a question puts on the time it asks for: "until" for "until what
    date…", "by" for "when must it be done by?" and for "what is the deadline…"."""
    asked = _ASKS_BOUND.search(question) or _BOUND_LAST.search(question)
    if asked is not None:
        return asked[1].lower()
    return "by" if _ASKS_DEADLINE.search(question) else None


def _bound_fit(question: Question, text: str, found: re.Match[str]) -> float:
    asked = asked_bound(question.text)
    if asked is None:
        return 1.0
    bounds = _BOUNDS[asked]
    first = found.group().split(maxsplit=1)[0].lower()
    before = _WORD_BEFORE.search(text, max(0, found.start() - 16), found.start())
    if first in bounds or (before is not None and before[1].lower() in bounds):
        return 1.0
    return BOUND_MISS


def looks_back(text: str) -> bool:
    """A sentence that reports what happened, and says nothing of what is to come."""
    return _tense_fit("future", text) < 1.0


def _titled(found: str, text: str, at: int) -> bool:
    """A word for a day written with a capital inside a sentence is part of a title
    ("Are You Lonesome Tonight", "Radio 4's Today programme"), not a time."""
    return found in QA_DEICTIC_DAYS and not _opens(text, at)


def _time_strength(found: str, question: Question) -> float:
    """A date that can be read without the article's date counts most; "what year"
    wants a year and "what date" a day."""
    full = bool(_FULL_DATE.search(found))
    year = bool(_YEAR_IN.search(found))
    if _ASKS_DATE.search(question.text):
        return 1.0 if full else 0.6 if year or re.search(r"\d", found) else 0.3
    if _ASKS_YEAR.search(question.text):
        return 1.0 if year else 0.3
    if _ASKS_CLOCK.search(question.text):
        return 1.0 if _CLOCK.search(found) else 0.3
    if full or year:
        return 1.0
    return 0.7 if re.search(r"\d", found) else RELATIVE_TIME


_INNER_TITLE = re.compile(r"\s(?=(?:" + alternation(QA_TITLE_WORDS) + r")\.?\s+[A-Z])")


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """The capitalised runs of a text, cut before a title inside one: "Speaking in
    Harrogate Mr Kennedy said" holds a place and a person."""
    for m in NAME.finditer(text):
        at = m.start()
        for part in _INNER_TITLE.split(m.group()):
            yield at, part
            at += len(part) + 1


def _names(text: str, common: frozenset[str], regions: bool = False) -> Iterator[Candidate]:
    for piece_start, piece in _pieces(text):
        start, words = piece_start, piece.split()
        piece_end = piece_start + len(piece)
        # "The" inside a sentence starts a title ("the opening film, The Salt Road")
        keep = len(words) > 1 and words[0] == "The" and start > 0
        while (
            not keep
            and words
            and (
                _bare(words[0]) in _NOT_NAMES
                or words[0].lower() in QA_NOT_RUN_OPENERS
                or (words[0].lower().strip(".,'’") in common and not _place_pair(words))
                or (_opens(text, start) and words[0].lower().endswith(("ing", "ly", "body")))
                or (_opens(text, start) and _opening_adjective(words, text, start))
            )
        ):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else piece_end
            words = words[1:]
        while words and words[-1].lower() in QA_NAME_TAIL_LINKS:
            words = words[:-1]
        while words and (
            (len(words) == 1 and words[-1].lower().strip(".,'’") in common)
            or _bare(words[-1]) in _NOT_NAMES
        ):
            words = words[:-1]
        if not words:
            continue
        # "Barstow, California": a place and its region
        end = text.index(words[-1], start) + len(words[-1])
        tail = re.match(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?![\s,]+[A-Z])", text[end:])
        if regions and tail and tail.group(1).split()[0] not in _NOT_NAMES | QA_TITLE_WORDS:
            end += tail.end()
        name = text[start:end].rstrip(".,'’")
        if not name:
            continue
        # "European", "Viennese" before a noun describe it: an adjective, not a name
        adjective = " " not in name and people_adjective(name) and _LOWER_NEXT.match(text[end:])
        yield Candidate(name, start, start + len(name), 0.3 if adjective else 1.0)


def _place_pair(words: Sequence[str]) -> bool:
    """ "New York", "South Africa": a common word ("new", "south") that opens a place
    name of two words is part of the name, not a describing word before it."""
    if len(words) < 2:
        return False
    return (words[0] + " " + words[1].strip(".,'’")).lower() in PLACE_NAMES


_BODY_FOCUS = frozenset(concept(w) for w in QA_BODY_FOCUS)


def _wants_body(question: Question) -> bool:
    """ "Which band…", "which team…": a who-question whose answer is not one person."""
    return question.focus in _BODY_FOCUS


NOT_SUBJECT = 0.7  # a person who is not the doer of a "who <verb>" question's verb
_WHO_VERB = re.compile(
    r"^\s*(?i:who)\s+(?:(?:" + alternation(QA_WHO_AUX) + r")\s+)?"
    r"(?:(?P<passive>"
    + alternation(PASSIVE_AUX - {"being"})
    + r")\s+(?=[a-z][\w-]*ed\b|[a-z]+\s+(?:as|by)\b))?"
    r"(?P<verb>[a-z][\w-]*)"
)
DOER = 1.0  # a body that does a "who <verb>" question's verb is a who-answer too


def _subject_verb(question: str) -> str | None:
    """The verb of a "who <verb>…" or "which <noun> <verb>…" question ("who won…" ->
    win, "which film slipped to number two" -> slip), as a concept; none for "who
    is/was/did…" or "which club did…", whose answer is not the doer of the verb."""
    word = subject_verb_word(question)
    return concept(word) if word else None


def subject_verb_word(question: str) -> str | None:
    """The verb of a "who <verb>…" or "which <noun> <verb>…" question, as written."""
    return _subject_verb_of_who(question) or _subject_verb_of_which(question)


def doer_nouns(verb: str) -> frozenset[str]:
    """The concepts of the nouns for one who does a verb: "directed" -> director, "scored"
    -> scorer, "coaches" -> coach, "won" -> winner, "manages" -> manager. A reader asks
    "who directed…", the article writes "Director Anurag Kashyap"."""
    base = stem(verb)
    if len(base) < DOER_BASE:
        return frozenset()
    forms = {base + "er", base + "or", base + base[-1] + "er"}
    return frozenset(concept(form) for form in forms) - {concept(verb)}


DOER_BASE = 3  # letters of a verb's stem at least: "go" has no doer noun worth finding


def _asks_passive(question: str) -> bool:
    """ "Who was named best actor?": the answer is the one the verb is done to."""
    match = _WHO_VERB.match(question)
    # "who is married to…": a relation both sides hold, which the active sentence states
    # too ("Tom Hale married Ann Lee"); not when "by" names who did it
    if not (match and match["passive"]):
        return False
    stative = match["verb"].lower() in QA_STATIVE_PARTICIPLES
    return not stative or re.search(r"\bby\b", question, re.I) is not None


def _subject_verb_of_who(question: str) -> str | None:
    match = _WHO_VERB.match(question)
    if not match or match["verb"].lower() in QA_AUX_VERBS:
        return None
    return str(match["verb"])


_WHICH_SUBJECT = re.compile(r"^\s*(?i:which|what)\s+(?P<rest>.+)")


def _subject_verb_of_which(question: str) -> str | None:
    """The past-tense verb right after the head noun of "which <noun>": the noun is its
    subject, so the answer is the name that does it ("which runner pushed…")."""
    match = _WHICH_SUBJECT.match(question)
    head = head_noun(question) if match else None
    if match is None or head is None:
        return None
    words = [w.strip("?,.!;:") for w in match["rest"].split()]
    at = words.index(head) if head in words else -1
    following = words[at + 1] if 0 <= at < len(words) - 1 else ""
    low = following.lower()
    if not low.isalpha() or low in QA_AUX_VERBS or low in STOP_WORDS:
        return None
    if low.endswith("ed") or low in IRREGULAR_VERBS:
        return low
    return None


def _does(verb: str, text: str, c: Candidate, passive: bool = False) -> bool:
    """The name is the doer of the verb: "Peter Riley, who took bronze last year, won…",
    "Hosted by Stephen Fry"; for a `passive` question ("who was named…"), the name the
    verb is done to: "Liam Neeson was named…". The voices must agree: "Ms Hale was
    suspended" names no one who suspended."""
    after = text[c.end : c.end + 90]
    after = re.sub(rf"^\s*{_ASIDE}", "", after)
    written = [w for _, _, w in spans(after)][:3]
    following = [concept(w) for w in written]
    if verb in following:
        return _passive_before(written[: following.index(verb) + 1]) == passive
    if passive:
        return False  # "suspended by the airline": the doer, not the one it was done to
    # "hosted by rap star Queen Latifah", "suspended by the US Anti-Doping Agency"
    before = [concept(w) for _, _, w in spans(text[max(0, c.start - 60) : c.start])]
    return any(
        before[j] == "by" and before[j - 1] == verb
        for j in range(max(1, len(before) - int(BY_WORDS)), len(before))
    )


BY_WORDS = 5  # "by" at most this many words before the doer of a passive verb
# ", Wales' two-try scorer": a description after a name, up to the clause's end
_APPOSITION = re.compile(r"\s*,\s*(?P<words>[^,.;:()\"“”]{1,60})")
APPOSITION_WORDS = 5


def _described_as_doer(doers: frozenset[str], text: str, c: Candidate) -> bool:
    """The name is called by the noun for one who does the asked verb: "Director Anurag
    Kashyap", "his coach Peter Stanley", "Martyn Williams, Wales' two-try scorer" for
    "who directed / coaches / scored…"."""
    if not doers:
        return False
    before = [concept(w) for _, _, w in spans(text[max(0, c.start - 40) : c.start])][-2:]
    if any(w in doers for w in before):
        return True
    apposition = _APPOSITION.match(text, c.end)
    if apposition is None:
        return False
    after = [concept(w) for _, _, w in spans(apposition["words"])][:APPOSITION_WORDS]
    return any(w in doers for w in after)


def _does_next(verb: str, text: str, c: Candidate) -> bool:
    """The name's own verb, after an aside and auxiliaries, is the asked one: "The
    Pacifier fell to…", "Ofcom, the regulator, has launched…"; not "US researchers have
    shown", where the name describes the doer."""
    after = re.sub(rf"^\s*{_ASIDE}", "", text[c.end : c.end + 90])
    read: list[str] = []
    for _, _, word in spans(after):
        read.append(word)
        if word.lower() in QA_AUX_VERBS or word.lower() in QA_ADVERBS:
            continue
        # "Ms Hale was suspended": the name is what the verb was done to, not its doer
        return concept(word) == verb and not _passive_before(read)
    return False


def _passive_before(words: Sequence[str]) -> bool:
    """The last word, a verb, is a passive participle: a form of "be" comes before it
    ("was suspended", "has been named"), and it is no "-ing" form ("was suspending")."""
    *aux, last = words or [""]
    return not last.lower().endswith("ing") and any(w.lower() in PASSIVE_AUX for w in aux)


NOT_OBJECT = 0.5  # a name away from the verb whose object the question asks for
OBJECT_WORDS = 4  # the verb is at most this many words before its object


def _as_object(verb: str, text: str, c: Candidate, strength: float) -> float:
    """A candidate's strength for an object question ("who did Harriers beat?"): the
    name just after the verb is its object, whatever kind of name it is ("beat Rovers",
    "will host Switzerland"); another name in a sentence with the verb is weaker; the
    doer after "by" ("beaten by Rovers") is not the object."""
    before = [concept(w) for _, _, w in spans(text[max(0, c.start - 60) : c.start])]
    after = [w.lower() for _, _, w in spans(text[c.end :])]
    verbs = _OPPONENT_VERBS if verb in _OPPONENT_VERBS else {verb}
    passive = (
        after[:1] and after[0] in PASSIVE_AUX and not verbs.isdisjoint(map(concept, after[1:3]))
    )
    if passive or (not verbs.isdisjoint(before[-OBJECT_WORDS:]) and before[-1:] != ["by"]):
        return max(strength, 1.0)  # "beat Rovers", "the slogan Fair Deal was launched"
    if not verbs.isdisjoint(before) or not verbs.isdisjoint(map(concept, after)):
        return strength * NOT_OBJECT
    return strength


_OPPONENT_VERBS = frozenset(concept(verb) for verb in QA_OPPONENT_VERBS)


def _pointed_doer(
    question: Question, text: str, common: frozenset[str], article: str, previous: str
) -> Iterator[Candidate]:
    """ "Who designed RSS?" and "But Dave Winer is doubtful. He designed the format…":
    a sentence whose "he" or "she" does the question's verb is answered by the person
    the sentence before names (its first, the subject), shown in the pronoun's place."""
    verb = _subject_verb(question.text)
    at = pointing_back(text)
    if verb is None or at is None:
        return
    pronoun = _PRONOUN.match(text, at)
    if pronoun is None or not _does(
        verb, text, Candidate("", at, pronoun.end(), 1.0), _asks_passive(question.text)
    ):
        return
    for c in _names(previous, common):
        person = _without_role(c)
        likeness = person_likeness(person.text, previous, person.start, article)
        if likeness >= UNMARKED_FULL:
            yield Candidate(person.text, at, pronoun.end(), likeness)
            return


def _is_body(name: str) -> bool:
    """A name ending in an organisation word ("the US Anti-Doping Agency")."""
    words = name.split()
    return bool(words) and fold(_bare(words[-1])) in ORG_WORDS


# "The guitarist with US rock band Korn has quit…", "Pakistan's High Commissioner to
# Britain said…": a story's lead describes a person it names in the next sentence.
_DESCRIBED = re.compile(
    r"^(?:(?:"
    + alternation(QA_SENTENCE_ARTICLES)
    + r")\s+|[A-Z][\w'’-]*(?:'s|’s)\s+(?:[A-Z][\w-]*\s+)*?)"
    r"(?P<head>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s"
)
# "field a candidate", "appointed a new coach": a person the next sentence may name
_SOMEONE = re.compile(r"\b(?:[Aa]n?)\s+(?P<first>[a-z][\w-]*)\b(?:\s+(?P<second>[a-z][\w-]*)\b)?")
NAMED_NEXT = 0.9  # the person the next sentence opens with, for a lead that describes one
APPOSITIVE_REACH = 24  # characters from a description to a name that stands beside it


def _named_next(
    text: str, common: frozenset[str], article: str, following: str
) -> Iterator[Candidate]:
    """The person the next sentence opens with, for a sentence whose subject is a
    description ("The creator of Buffy … is to write Wonder Woman." "Joss Whedon said…")
    or that speaks of someone unnamed ("UKIP have suspended a candidate…" "John Houston,
    54, was due to stand…"), shown in the description's place."""
    described = _DESCRIBED.match(text)
    if described is None or not any(map(_person_noun, described["head"].split())):
        # "UKIP have suspended a candidate for…": someone not named yet, anywhere in it
        span = _someone(text)
    else:
        span = (0, described.end("head"))
    if span is None:
        return  # "Children's adventure Lemony Snicket…", "The band has sold…": no person
    for c in _names(text, common):
        person = _without_role(c)
        if (
            span[0] <= person.start <= span[1] + APPOSITIVE_REACH
            and " " in person.text
            and person_likeness(person.text, text, person.start, article) >= UNMARKED_FULL
        ):
            return  # "The shadow transport secretary, Alan Pryce, said": named in place
    for c in _names(following, common):
        person = _without_role(c)
        if person.start > ROLE_OPENING:
            return  # not the sentence's subject
        likeness = person_likeness(person.text, following, person.start, article)
        if " " in person.text and likeness >= UNMARKED_FULL:
            yield Candidate(person.text, *span, likeness * NAMED_NEXT)
        return


def _someone(text: str) -> tuple[int, int] | None:
    """Where a sentence speaks of a person it does not name: "a candidate", "a new
    coach" (an indefinite article, then a person noun or a word and one), "a Home Office
    minister", "London's most senior police officer" (an article or a possessor, a few
    words, then a person noun that no name follows)."""
    for m in _SOMEONE.finditer(text):
        if _person_noun(m["first"]):
            return m.start("first"), m.end("first")
        if m["second"] and _person_noun(m["second"]):
            return m.start("first"), m.end("second")
    for m in _DESCRIBED_SOMEONE.finditer(text):
        # the description's head is its last word, before a word that opens what follows
        # ("has said", "for", "in") or punctuation: "most senior police officer has said",
        # not "Charlie's first post-Busted live appearance"
        words = itertools.islice(_DESCRIPTION_WORD.finditer(text, m.end()), DESCRIPTION_WORDS)
        head = None
        for word in words:
            if head is not None and text[head.end() : word.start()].strip():
                break  # punctuation between: the description has ended
            if word.group() in QA_DESCRIPTION_ENDS or word.group() in AUX | REPORTING_VERBS:
                break  # "a judge in", "a spokesman said": past the description
            head = word
        if (
            head is not None
            and head.group()[:1].islower()
            and _person_noun(head.group())
            and not _NAME_NEXT.match(text, head.end())  # "Leeds's manager Tom Hale"
        ):
            return m.end(), head.end()
    return None


# "a Home Office minister", "London's most senior police officer": the opening of a
# description of someone, and its next words
_DESCRIBED_SOMEONE = re.compile(r"(?:\b[Aa]n?|(?<![\w'’])[A-Z][\w-]*['’]s)\s+(?=[\w-])")
_DESCRIPTION_WORD = re.compile(r"[\w-]+")
_NAME_NEXT = re.compile(r",?\s+(?:[A-Z][\w'’-]*)")
DESCRIPTION_WORDS = 4


def _person_noun(word: str) -> bool:
    """A noun for a person: a role ("commissioner", "leader") or a doer ("guitarist",
    "creator")."""
    low = fold(word)
    if concept(low) in _BODY_FOCUS:
        return False  # "the band": a body
    if low in ROLE_WORDS or low in PERSON_NOUNS:
        return True
    return low.endswith(("ist", "tor")) and low not in DOER_LOOKALIKES


ROLE_OPENING = 40  # the next sentence's subject name starts within this many characters


_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")


def _without_role(c: Candidate) -> Candidate:
    """A name without the titles, role words and possessors that open it."""
    words = c.text.split()
    start = c.start
    while len(words) > 1 and (
        words[0].lower().strip(".") in ROLE_WORDS | TITLES
        or words[0].endswith(("'s", "’s"))  # "Sale's Robert Mitchell": his club's name
    ):
        start += c.text[start - c.start :].index(words[1])
        words = words[1:]
    # "Trade and Industry Secretary Patricia Hewitt", "Carnegie Mellon Professor Raj
    # Reddy": the person is the name after the last role word, when two words follow it
    inner = [i for i, w in enumerate(words[:-2]) if w.lower().strip(".") in ROLE_WORDS | TITLES]
    # ("Secretary of State for Constitutional Affairs" names an office: nobody follows it)
    if inner and words[inner[-1] + 1][:1].isupper():
        at = start - c.start
        for word in words[: inner[-1] + 1]:
            at = c.text.index(word, at) + len(word)
        start = c.start + c.text.index(words[inner[-1] + 1], at)
    return Candidate(c.text[start - c.start :], start, c.end, c.strength)


def _opening_adjective(words: list[str], text: str, start: int) -> bool:
    """ "Animated movie Robots…": a lone capitalised -ed word opening a sentence before
    a lower-case noun describes it; before a verb it is the subject ("United won the
    cup"), and "Ahmed said" is a name (a listed given name)."""
    word = words[0]
    if len(words) != 1 or len(word) <= 4 or not word.endswith("ed") or fold(word) in GIVEN_NAMES:
        return False
    following = _LOWER_NEXT.match(text, start + len(word))
    return following is not None and not _verb_like(following["word"])


def _verb_like(word: str) -> bool:
    """A word that reads as a finite verb or an adverb before one, not a noun: "won",
    "has", "said", "beat", "reported", "quickly"."""
    return (
        word in IRREGULAR_VERBS
        or word in AUX
        or word in REPORTING_VERBS
        or word.endswith(("ed", "ly"))
    )


def _bare(word: str) -> str:
    """A word without punctuation or a possessive: "Wednesday's" -> "Wednesday"."""
    word = word.strip(".,'’")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _opens(text: str, at: int) -> bool:
    """True at the start of the sentence or of a quotation in it."""
    return not text[:at].strip(" \"“‘'")


def _figure(text: str) -> str:
    """The number of a quantity without its unit: "310 people" -> "310", "four people"
    -> "four"."""
    match = re.search(r"[£$€]?\d[\d,.]*(?:bn|m|k|%)?", text) or _WORDS_FIGURE.search(text)
    return match.group() if match else text


def _near_focus(
    category: Collection[str],
    text: str,
    c: Candidate,
    head: str | None = None,
    common: frozenset[str] | None = None,
) -> bool:
    """A word of the kind asked for ("film", "research firm") beside or inside the name.
    Given the asked `head` noun and the article's lower-case words (`common`), a word of
    a name that the article only ever writes as a name counts inside it only if it is the
    head: for "which Tarrant guitar…", "Lou Tarrant" is the owner, not the guitar, while
    "Delmore Research" for "which research firm…" holds a word that describes a kind."""
    words = [w for _, _, w in spans(text[max(0, c.start - 30) : c.start])][-2:]
    # "its DS handheld in Japan": a name after a preposition is another thing's place
    before = [] if words and words[-1].lower() in QA_RELATING else [concept(w) for w in words]
    if (
        len(before) == 2
        and before[1] not in category
        and _person_noun(words[1])
        and words[1].islower()
    ):
        # "Station manager Steve Taylor": the person noun beside the name is its kind;
        # the word before it says of what ("station") and names no station
        before = before[1:]
    after = [concept(w) for _, _, w in spans(text[c.end : c.end + 20])][:1]
    inside = [
        concept(w)
        for _, _, w in spans(c.text)
        if not common or head is None or w.lower() in common or concept(w) == head
    ]
    if any(w in category for w in (*before, *after, *inside)):
        return True
    return _said_to_be(category, text, c) or _described_after(category, text, c)


def _described_after(category: Collection[str], text: str, c: Candidate) -> bool:
    """The name's apposition says its kind: "Sirius, his new satellite radio employer"."""
    match = _APPOSITION.match(text, c.end)
    if match is None:
        return False
    words = [w for _, _, w in spans(match["words"])][:APPOSITION_WORDS]
    if not words or words[0].lower() not in NOUN_DETERMINERS:
        return False  # "allies in the Cabinet, according to the book": no description
    return any(concept(w) in category for w in words[1:])


# "The Last Samurai, starring Tom Cruise, was the biggest foreign movie": a name, an
# aside, then a copula and a description of it.
_COPULA = re.compile(
    rf"\s*(?:{_ASIDE}\s*)?(?:{alternation(QA_COPULAS)})\s+(?:{alternation(ARTICLES)})\s+"
    r"(?P<description>(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
)


def _said_to_be(category: Collection[str], text: str, c: Candidate) -> bool:
    """The name is the subject of "is/was the <…> film": the description says its kind."""
    match = _COPULA.match(text, c.end)
    if match is None:
        return False
    return any(concept(w) in category for w in match["description"].split())


def _expanded(c: Candidate, text: str, article: str) -> str:
    """An abbreviation as the name it stands for: "RAD" after "the Royal Academy of Dance
    (RAD)" is the academy, which a question naming the academy already names."""
    return abbreviations(article or text).get(c.text, c.text)


def _novelty(thing: str, question: Question) -> float:
    """1 for an answer the question does not name at all, 0 for one it names fully, and
    little for one that repeats part of the question ("Kostas Kenteris and Katerina
    Thanou" for "which former coach of Kenteris and Thanou…")."""
    # a lower-case stop word ("his") names nothing; "US" is a name, "us" is not
    words = [concept(w) for _, _, w in spans(thing) if not (w.islower() and w in STOP_WORDS)]
    words = [w for w in words if w not in QA_GLUE and w != question.focus]
    if not words:
        return 0.0
    known = sum(w in question.concepts for w in words)
    if known == len(words):
        return 0.0
    return 1.0 if known == 0 else 0.3
