"""Find the sentence that answers a question, and say how sure that is.

The article first (BM25 over articles, the question's content words), then, in the best
few articles, the sentence: how much of the question's weight it holds, weighted both
library-wide and within its article (a word in every sentence of the story tells them
apart less), with words from its headline and the sentence before counting for less (a
follow-up sentence says "it lost 464,000 subscribers" without naming AOL again; one
opening with "he" or "she" holds the names of the sentence before as its own), the
question's word pairs found side by side, the article's own score, and the best
candidate answer of the expected type, weakened by its distance from the question's
words. An answer is `supported` when enough of the question is matched, in the sentence
and its article, the names the question mentions are in the article (surnames, not the
given names or titles an article may leave out), and so are the figures it gives ("the
2032 Games"), the thing it asks about ("the rugby club") and any word telling most of
it; the sentence is not dated to another year than the question's, a time from the past
does not answer a question about the future (nor one still to come a question about the
past), a why-question's sentence gives a reason, and for typed questions a candidate of
that type was found, and not one beside the point (`support.py`: a quotation's speaker, a
count for a sum or a sum for a count, the counted noun alone, the year written only
elsewhere, the question's names said neither in the sentence nor in the few before it, a
record or an event the sentence does not state); otherwise the reply says "I don't know".
"""

from __future__ import annotations

import itertools
import math
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from typing import Final, TypeVar

from bot.articles.lexicon import (
    BODY_POSSESSIVES,
    CONTRAST_CONJUNCTIONS,
    DEMONYMS,
    FEMALE_NAMES,
    LEAD_CONJUNCTIONS,
    MALE_NAMES,
    MODALS,
    NAMING_LINKS,
    PEOPLE_ADJECTIVES,
    PLACE_NAMES,
    QA_ADJECTIVE_ENDINGS,
    QA_ADVERBS,
    QA_ASKED_AUX,
    QA_BE,
    QA_BEFORE_EVENT,
    QA_ING_AUX,
    QA_NEXT_TIME,
    QA_OFFICE_TAKEN,
    QA_PAST_TIME,
    QA_PERFECT_AUX,
    QA_PERIOD_COMPARED,
    QA_PERIOD_DEICTICS,
    QA_PERIODS,
    QA_POINTING_BACK,
    QA_REASON_BACK_DEGREES,
    QA_REASON_BACK_WORDS,
    QA_REGION_SCOPES,
    QA_RUN_LINKS,
    QA_TAKING_OFFICE,
    QA_WHO_WORDS,
    QA_WORLD_SCOPES,
    QA_YEAR_DEICTICS,
    QA_YEAR_LATER,
    RANK_QUALIFIERS,
    ROLE_WORDS,
    TITLES,
    alternation,
    phrase_alternation,
)
from bot.articles.model import Article, Sentence
from bot.articles.qa import abstain_weights
from bot.articles.qa.extract import (
    Candidate,
    candidates,
    doer_nouns,
    looks_back,
    reports_past,
    subject_verb_word,
)
from bot.articles.qa.question import (
    Question,
    ahead_end,
    compound_parts,
    looks_ahead,
    read_question,
    verb_like,
)
from bot.articles.qa.referent import inherited, pointing_back
from bot.articles.qa.support import (
    asks_change,
    asks_speech,
    counted_alone,
    counted_share,
    event_unsaid,
    measure_for_count,
    measure_without_figure,
    money_for_count,
    names_unsaid,
    only_quoted,
    other_year,
    record_unsaid,
    score_for_count,
    undated_once,
    unplaced,
    writes_sum,
)
from bot.articles.qa.words import (
    IRREGULAR_VERBS,
    PHRASE_FAMILY,
    WORD,
    abbreviations,
    concept,
    phrasal,
    spans,
    split_hyphen,
)
from bot.articles.search_index import SearchIndex
from bot.articles.textnorm import fold, is_stop, tokens

# a word written in lower case, not a part of a web address ("huaral.org")
_LOWER = re.compile(r"(?<![\w'’./@])[a-z][a-z'’-]+(?![\w'’-]|\.\w)")
# an adjective of a people: "Brazilian", "Japanese", "Welsh", "Israeli" (not "Technorati",
# "Ferrari", "Morgan": names that end as some of them do)
_DEMONYM = re.compile(r"(?:[ie]an|ese|ish|ch)$")
# Given names, titles and roles a reader writes before a surname ("Rick Parry", "Lord
# Falconer", "Chancellor Gordon Brown") and an article may leave out.
_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
_BEFORE_NAME = _GIVEN_NAMES | TITLES | ROLE_WORDS
# The best articles whose sentences are read, if they score at least this share of the
# best one: the article search ranks stories on one subject closely, and the answer's
# article is often second or third; the sentence ranker tells them apart better.
ARTICLES = 8
ARTICLE_MIN_SHARE = 0.4
ARTICLE_WEIGHT = 0.35  # an article's share of the best article's score, in a sentence's score
CONTEXT_WEIGHT = 0.8  # a question word found in the headline or the previous sentence
LOCAL_SHARE = 0.5  # the within-article word weights against the library-wide ones
PHRASE_WEIGHT = 0.15  # the share of the question's word pairs found side by side
TYPE_WEIGHT = 1.0  # the best candidate of the expected type
# A where- or when-question's verb held by the sentence's own words ("Lee died at his
# home in …"), never by the context borrowed from the sentence before: the sentence tells
# the place or time of that event, not of the next one ("he had moved to Malibu").
EVENT_WEIGHT = 0.05
NEAR_WORDS = 3  # a candidate this many words from the question's words loses half
# A question word met as a variant with a derivational suffix ("captaincy" for
# "captain"), of at least VARIANT_MIN letters, counts this much of its weight.
VARIANT_WEIGHT = 0.8
VARIANT_MIN = 5
VARIANT_SUFFIXES = ("y", "ly", "cy", "ion", "ation", "at", "ment", "ship", "ary", "ory")
MIN_SUPPORT = 0.2  # share of the question's weight an answer must hold
# The share an answer must hold when the question's most telling word, holding at least
# MISSING_SHARE of its weight, is nowhere in the article ("rugby" in a football story).
MISSING_SUPPORT = 0.35
MISSING_SHARE = 0.25
# A word this telling (of any kind) missing from the story leaves too little to go on:
# "where was X buried" from a story on X that never speaks of a burial.
MISSING_ALONE = 0.4
MIN_OWN = 0.1  # share the sentence itself must hold
LEAD_SENTENCES = 2  # a story's opening, which says what it is about
MIN_ARTICLE = 0.5  # share of the question's weight the answer's article must hold
MIN_NAMED = 0.75  # share of the weight of the names it mentions the article must hold
# A figure the question gives ("the 2032 Games", "a £100,000 guitar") that its answer's
# article never writes: the story is about another year or another sum. Whole numbers
# below this one are left out: a reader writes "9" for "nine" and "Number 10" for Downing
# Street, and they stand in too many names ("Radio 4", "Channel 4").
MIN_FIGURE = 13
READ_SENTENCES = 16  # the best sentences by their words, searched for a typed answer
# The opening sentence of the best few articles is read too: a story's headline lends its
# words to every sentence of it, and the lead, which states the story's main facts
# ("… has called the UK's £3bn rebate …"), can fall behind many later ones that merely
# hold a word or two of the question besides.
LEAD_ARTICLES = 2
READ_CACHE = 256  # articles kept read (tens of kB each)
LOCAL_POWER = 1.0  # how much more a word in few of the article's sentences tells them apart
# Quantities and reason clauses are picked out precisely: a found one counts for more.
TYPE_SHARE: dict[str, float] = {"quantity": 1.4, "reason": 1.5}
NO_REASON_SHARE = 0.85
UNSURE_SHARE = 0.75  # an answer that is not sure yields to a sure one this close
SURE_OVER_UNSURE = 0.9  # a sure answer this close to an unsure best one comes first
# A lead sentence whose best name of the asked kind is this weak (another kind of name
# that merely sits there: "Swedish pop quartet Abba" for "where…") restates the story
# rather than answering: it is scored as one without a candidate
WEAK_CANDIDATE = 0.35
CONTRAST_SHARE = 0.8  # a sentence on another thing of the asked kind ("long jump")
CONTRAST_KINDS = frozenset({"person"})
PHRASE_FOCUS = frozenset(concept(noun) for noun in PHRASE_FAMILY)  # "what injury…"


@dataclass(frozen=True, slots=True)
class Answer:
    """A sentence that answers, its article, its score, how much of the question it holds
    (`support`, in [0, 1]), the answer picked out of it (if any), and whether it is
    sure enough to be given as the answer."""

    article_key: str
    sentence: Sentence
    score: float
    support: float
    candidate: Candidate | None
    supported: bool
    features: tuple[float, ...] = ()
    # what the abstention gate read of the first answer (GATE_FEATURES), for the fit
    gate: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class _Asked:
    """What the ranker needs of a question: its words' weights, their neighbouring pairs
    and the names it mentions (which must be in the answer's article)."""

    question: Question
    weights: dict[str, float]
    total: float
    pairs: set[tuple[str, str]]
    names: dict[str, float]
    # "director" for the "directed" of "who directed…": a noun for the doer of the
    # question's verb, which a sentence holds as the verb itself
    doers: dict[str, str] = field(default_factory=dict)
    # the question's words for things ("rugby", "marathon"), not for doings or qualities
    things: frozenset[str] = frozenset()
    # the concepts of its lower-case words, met in a sentence as variants too
    variable: frozenset[str] = frozenset()
    # the figures it gives ("the 2032 Games", "a £100,000 guitar"), which the answer's
    # article must write, and the years it gives, unless it asks for a year
    figures: frozenset[str] = frozenset()
    years: frozenset[str] = frozenset()
    # a given name the question writes before a surname ("Terry" of "Terry Melcher"), with
    # the surname: it is that person's only beside the surname ("Bruce & Terry" is not)
    given: dict[str, str] = field(default_factory=dict)
    # "die" of "where did Ann Lee die?": the verb of the event whose place or time is asked
    event: str | None = None


@dataclass(frozen=True, slots=True)
class _Lexical:
    """A sentence scored by its words alone, before its candidate answers are read."""

    score: float
    article: Article
    index: int
    support: float
    local: dict[str, float]
    sure: bool
    parts: tuple[float, ...] = ()
    acted: float = 0.0  # the sentence holds the verb of the event asked about


def find_answers(
    text: str,
    index: SearchIndex,
    articles: Mapping[str, Article],
    limit: int = 3,
    article_key: str | None = None,
) -> list[Answer]:
    """The best answering sentences, best first, each from a different sentence text."""
    question = read_question(text)
    if not question.terms or limit <= 0:
        return []
    ranked = _articles(question, index, articles, article_key)
    if not ranked:
        return []
    asked = _asked(_known_compounds(question, ranked), index)
    top = ranked[0][1] or 1.0
    lexical = [item for article, score in ranked for item in _by_words(asked, article, score / top)]
    # Candidates are looked for only in the sentences that could still come first.
    lexical.sort(key=lambda item: -item.score)
    read = lexical[:READ_SENTENCES]
    read += _leads_behind(lexical[READ_SENTENCES:], ranked[:LEAD_ARTICLES])
    scored = [_with_candidate(asked, item) for item in read]
    contrasted = (
        _contrasted(asked, read)
        | _other_scope(asked, read)
        | _other_rank(asked, read)
        | _other_period(asked, read)
    )
    scored = [
        replace(answer, score=answer.score * CONTRAST_SHARE) if i in contrasted else answer
        for i, answer in enumerate(scored)
    ]
    scored.sort(key=lambda a: -a.score)
    scored = _sure_first(scored)
    if article_key is None:  # (a reader who names the article asks of it alone)
        scored = _gated(asked, ranked, scored, index, articles)
    return _distinct_sentences(scored, limit)


def _leads_behind(behind: list[_Lexical], best: Sequence[tuple[Article, float]]) -> list[_Lexical]:
    """The opening sentences of the best articles among the sentences not read."""
    keys = {article.key for article, _ in best}
    return [item for item in behind if item.index == 0 and item.article.key in keys]


def _sure_first(scored: list[Answer]) -> list[Answer]:
    """The best sentence holds enough of the question but no answer of its type (a lead
    sentence restating the story), and a sure answer scores nearly as well: the sure one
    answers, rather than "I don't know". A best sentence unsure for its words (another
    year, too little of the question) keeps its place: the question may be on no story."""
    if not scored or scored[0].supported or not _only_untyped(scored[0]):
        return scored
    least = SURE_OVER_UNSURE * scored[0].score
    for i, answer in enumerate(scored):
        if answer.score < least:
            break
        if answer.supported:
            return [answer, *scored[:i], *scored[i + 1 :]]
    return scored


def _known_compounds(question: Question, ranked: Sequence[tuple[Article, float]]) -> Question:
    """A lower-case compound the articles read never write ("healthy-eating" where the
    article has "healthy eating") is looked for as its words; one they write, in any form
    ("guest-starring" for "guest-starred"), as written."""
    if "-" not in question.text:
        return question
    terms: list[tuple[str, str]] = []
    seen = {c for _, c in question.terms}
    changed = False
    for word, c in question.terms:
        parts = compound_parts(word)
        if not parts or any(c in _read(article).everywhere for article, _ in ranked):
            terms.append((word, c))
            continue
        changed = True
        for part in parts:
            pc = concept(part)
            if pc and pc not in seen and not is_stop(part):
                seen.add(pc)
                terms.append((part, pc))
    return replace(question, terms=tuple(terms)) if changed else question


def _scope_of(word: str, places: AbstractSet[str]) -> str:
    """The place a people's adjective is of ("Peruvian" -> Peru, "Kenyan" -> Kenya), as a
    concept; a place is its own."""
    for cut in range(5):
        stem = word[: len(word) - cut] if cut else word
        for place in (stem, stem + "a", stem + "y"):
            if place in places:
                return concept(place)
    return concept(word)


# where a figure is counted: the world, a continent, a country or its people's adjective,
# each as the concept of the place
_PLACES = frozenset(w for w in QA_REGION_SCOPES | PLACE_NAMES if " " not in w)
_SCOPES: dict[str, str] = {
    **{
        concept(word): _scope_of(word, _PLACES)
        for word in QA_REGION_SCOPES | DEMONYMS | PEOPLE_ADJECTIVES | PLACE_NAMES
        if " " not in word
    },
    **dict.fromkeys((concept(word) for word in QA_WORLD_SCOPES), "world"),
}


def _scopes(concepts: Iterable[str]) -> set[str]:
    return {_SCOPES[c] for c in concepts if c in _SCOPES}


def _other_scope(asked: _Asked, read: Sequence[_Lexical]) -> set[int]:
    """The read sentences that count a figure somewhere else, for a quantity question that
    says where ("sold in France", "sold worldwide"): one of the read sentences holds the
    question's place, and these hold another and not it, the whole world for a part of it
    or a part for the whole ("20 million copies worldwide" for "in France", "five million
    consoles since its European launch" for "worldwide")."""
    if asked.question.type != "quantity":
        return set()
    scopes = _scopes(asked.weights)
    if not scopes:
        return set()
    held = [_scopes(_read(item.article).bags[item.index]) for item in read]
    if all(scopes.isdisjoint(found) for found in held):
        return set()
    # places nest ("England" in the UK, "Texas" in the US): only the whole world against a
    # part of it tells two counts apart
    world = "world" in scopes
    return {
        i
        for i, found in enumerate(held)
        if found and scopes.isdisjoint(found) and (world or "world" in found)
    }


# "this year", "last season": the period a figure is counted over, said from the report's day
_PERIOD = re.compile(
    r"\b(" + alternation(QA_PERIOD_DEICTICS) + r")\s+(" + alternation(QA_PERIODS) + r")\b",
    re.I,
)
# "up from 60,000 last year", "more than last season": a figure compared with a period's,
# within a few words before it, is counted over no period of its own
_COMPARED_BEFORE = re.compile(
    r"\b(?:" + alternation(QA_PERIOD_COMPARED) + r")(?:\s+\S+){0,2}\s+$", re.I
)


def _periods(text: str) -> set[tuple[str, str]]:
    return {
        (m[1].lower(), m[2].lower())
        for m in _PERIOD.finditer(text)
        if _COMPARED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
    }


def _other_period(asked: _Asked, read: Sequence[_Lexical]) -> set[int]:
    """The read sentences that count a figure over another period than the question's,
    for a quantity question that says which ("sold this year"): they hold another period
    of the same length and not the question's ("sold last year"); a sentence that writes
    none may still be of the question's period."""
    if asked.question.type != "quantity":
        return set()
    wanted = _periods(asked.question.text)
    if not wanted:
        return set()
    held = [_periods(item.article.sentences[item.index].text) for item in read]
    units = {unit for _, unit in wanted}
    return {
        i
        for i, found in enumerate(held)
        if wanted.isdisjoint(found) and any(unit in units for _, unit in found)
    }


def _contrasted(asked: _Asked, read: Sequence[_Lexical]) -> set[int]:
    """The read sentences that speak of another thing of the asked kind, for a who-question:
    the question's "best actor" is side by side in one of them, and another has "best
    actress" (the pair's first word followed by a word the question does not hold, its
    second word nowhere in the sentence): the winner named there won something else."""
    if asked.question.type not in CONTRAST_KINDS or not asked.pairs:
        return set()
    sequences = [_read(item.article).sequences[item.index] for item in read]
    # not names: "Mr Brown" for the question's "Gordon Brown" is no other person
    named = _needed_names(asked.question.text)
    plain = {concept(w) for _, _, w in spans(asked.question.text) if w not in named}
    asked_pairs = {(a, b) for a, b in asked.pairs if a in plain and b in plain}
    found = set().union(*(_pairs(sequence) & asked_pairs for sequence in sequences))
    if not found:
        return set()
    asked_words = set(asked.weights)
    out = set()
    for i, sequence in enumerate(sequences):
        pairs = _pairs(sequence)
        bag = set(sequence)
        for a, b in found - pairs:
            if b not in bag and any(x == a and y not in asked_words for x, y in pairs):
                out.add(i)
                break
    return out


def _other_rank(asked: _Asked, read: Sequence[_Lexical]) -> set[int]:
    """The read sentences that hold the question's office only under a rank that makes it
    another one, for a who-question: "who is the culture secretary" is not answered by the
    "shadow culture secretary" (nor the deputy, vice, assistant or junior one) when
    another read sentence holds the office itself."""
    if asked.question.type not in CONTRAST_KINDS or not asked.pairs:
        return set()
    ranks = _RANKS - set(asked.weights)
    offices = set(asked.pairs)
    sequences = [_read(item.article).sequences[item.index] for item in read]
    ranked: set[int] = set()
    plain = False
    for i, sequence in enumerate(sequences):
        for k, pair in enumerate(itertools.pairwise(sequence)):
            if pair not in offices:
                continue
            if k > 0 and sequence[k - 1] in ranks:
                ranked.add(i)
            else:
                plain = True
    return ranked if plain else set()


_RANKS: Final = frozenset(concept(w) for w in RANK_QUALIFIERS)


def _asked(question: Question, index: SearchIndex) -> _Asked:
    weights = _weights(question, index)
    # The names a question mentions ("Tokyo", "the Pope") must be in the answer's article.
    needed = _needed_names(question.text)
    names = {c: weights[c] for word, c in question.terms if word in needed}
    pairs = _pairs([c for _, c in question.terms])
    doers: dict[str, str] = {}
    verb = subject_verb_word(question.text) if question.type == "person" else None
    if verb and concept(verb) in weights:
        doers = dict.fromkeys(doer_nouns(verb), concept(verb))
    # not the noun of the answer's kind ("how many times", "which company"): the answer
    # stands for it ("twice", a company's name)
    things = frozenset(
        c for word, c in question.terms if c != question.focus and _thing_word(word, index)
    )
    variable = frozenset(
        c
        for word, c in question.terms
        if word[:1].islower() and c.isalpha() and len(c) >= VARIANT_MIN
    )
    total = sum(weights.values()) or 1.0
    years = frozenset(_years(question.text)) if question.type != "time" else frozenset()
    given = _given_names(question.text)
    return _Asked(
        question,
        weights,
        total,
        pairs,
        names,
        doers,
        things=things,
        variable=variable,
        figures=frozenset(_figures(weights)),
        years=years,
        given={g: n for g, n in given.items() if g in weights and n in weights},
        event=_event_verb(question, weights),
    )


# "Where did … die?", "when was … founded?": the verb after the subject names the event
# whose place or time is asked
_EVENT_ASKED = re.compile(
    r"^(?:where|when)\s+(?P<aux>" + alternation(QA_ASKED_AUX | QA_BE) + r")\s+(?P<rest>.+)", re.I
)
# the auxiliaries after which the event's verb is a participle ("was … founded", "had …
# beaten"); after the others ("did", "will") it is a base form ("did … fall")
_PARTICIPLE_AUX: Final = QA_BE | QA_PERFECT_AUX
# "still", "deputy", "last": words between a subject and its verb that are no verb
_NOT_EVENTS = QA_ADVERBS | RANK_QUALIFIERS | QA_BEFORE_EVENT


def _event_verb(question: Question, weights: Mapping[str, float]) -> str | None:
    """The concept of the verb whose place or time a question asks ("Where did Ann Lee
    die?" -> die): after "was"/"had", the first participle after the subject's first
    word ("when was the company bought by Ford"); after "did", "will", the base form that
    ends the subject's run of words (_base_verb), found only where capitals mark the
    subject (typed without them: a participle only, "when was the series scrapped")."""
    if question.type not in ("place", "time"):
        return None
    match = _EVENT_ASKED.match(question.text)
    if not match:
        return None
    words = [w.strip("?,.!;:") for w in match["rest"].split()]
    verb = None
    aux = match["aux"].lower()
    if aux in _PARTICIPLE_AUX or not any(w[:1].isupper() for w in words):
        # ("-ing" after "is" only: "did blair decide to quit according to …")
        verb = next((w for w in words[1:] if _participle(w, aux in QA_BE)), None)
    if verb is None and any(w[:1].isupper() for w in words):
        # (only where capitals mark the subject: typed without them, "where does joss
        # stone come from", "where are this year's indoor championships", the subject's
        # end is unknown; a participle the lists miss, "was Ann Lee born", is found here)
        verb = _base_verb(words)
    event = concept(verb) if verb else None
    return event if event in weights else None


def _participle(word: str, ing: bool) -> bool:
    """ "founded", "won", and when `ing`, "publishing": a participle after "was", "had",
    "is"."""
    low = fold(word)
    if not word[:1].islower() or low in QA_ING_AUX:
        return False  # ("being moved": the participle after it)
    return verb_like(low) or (ing and low.endswith("ing") and len(low) > 4)


def _base_verb(words: list[str]) -> str | None:
    """The verb after a subject ("the Blair government fall", "US sales of iPods rise",
    "Tony Blair's wife speak"): the last word that may be one in the first run of words
    (no stop word between them) that holds one; a word after a stop word or a
    possessive, before "of", or a role ("chief executive") is the subject's noun."""
    best = None
    for i in range(1, len(words)):
        word, prev = words[i], words[i - 1]
        low = fold(word)
        if best is not None and (is_stop(low) or not word[:1].islower() or not low.isalpha()):
            break  # (the run that holds a verb ends: "win Olympic silver", "open her shop")
        if (
            word[:1].isupper()
            or not low.isalpha()
            or is_stop(low)
            or low in _NOT_EVENTS
            or low in ROLE_WORDS
            or is_stop(fold(prev))
            or prev.endswith(("'s", "’s", "'", "’"))
            or (i + 1 < len(words) and fold(words[i + 1]) == "of")
        ):
            continue
        best = word
    return best


def _given_names(text: str) -> dict[str, str]:
    """The given names a question writes before a surname ("Terry Melcher": terry ->
    melcher), as concepts."""
    words = [word for _, _, word in spans(text)]
    return {
        concept(word): concept(following)
        for word, following in itertools.pairwise(words)
        if fold(word) in _GIVEN_NAMES
        and following[:1].isupper()
        and fold(following) not in _GIVEN_NAMES
    }


# "hold", "win", "make": verbs whose past the library writes as "held", "won", "made"
_IRREGULAR_BASES = frozenset(concept(verb) for verb in IRREGULAR_VERBS)


def _thing_word(word: str, index: SearchIndex) -> bool:
    """A word the question writes in lower case for a thing ("rugby", "marathon",
    "cassette"): no figure, compound or adjective, and not a verb, which the library
    would also write with -ed or -ing ("start", "finish", "rebelled")."""
    low = word.lower()
    if not low.isalpha() or not word[:1].islower() or low.endswith(QA_ADJECTIVE_ENDINGS):
        return False
    if low.endswith(("ed", "ing")) or low in IRREGULAR_VERBS or concept(low) in _IRREGULAR_BASES:
        return False
    stems = {low, low[:-1]} if low.endswith("e") else {low, low + low[-1]}
    return not any(index.frequency(s + end) for s in stems for end in ("ed", "ing"))


def _needed_names(text: str) -> set[str]:
    """The words of a question's names that its answer's article must hold. Not the
    question's first word, nor an adjective of a people ("Brazilian" is said "in Brazil"
    as often), nor a given name, title or role before another name: a reader writes "Rick
    Parry" or "Lord Parry", an article "Parry"; "Labour" alone is still a name."""
    words = [word for _, _, word in spans(text)]
    out: set[str] = set()
    for i, word in enumerate(words):
        low = fold(word).strip("'’")
        low = low[:-2] if low.endswith("'s") else low
        following = words[i + 1] if i + 1 < len(words) else ""
        if "-" in word and i > 0:
            out.update(part for part in split_hyphen(word) if part[:1].isupper())
        if (
            i == 0
            or not word[:1].isupper()
            or _DEMONYM.search(word)
            or low in DEMONYMS
            or (low in _BEFORE_NAME and following[:1].isupper())
        ):
            continue
        out.add(word)
    return out


def _by_words(asked: _Asked, article: Article, share: float) -> list[_Lexical]:
    """Each sentence of an article holding a question word, scored by its words."""
    weights, total = asked.weights, asked.total
    read = _read(article)
    local = _local_weights(weights, read.bags)
    local_total = sum(local.values()) or 1.0
    covered = sum(w for c, w in weights.items() if c in read.everywhere) / total
    named = 1.0
    if sum(asked.names.values()) > 0:  # names in every sentence of a tiny library weigh 0
        named_weight = sum(w for c, w in asked.names.items() if c in read.everywhere)
        named = named_weight / sum(asked.names.values())
    # the figures the question gives are in the story (read only for such a question)
    figured = not asked.figures or asked.figures <= _figures(read.everywhere)
    # The question's most telling word missing from the story ("rugby" in a football
    # story): the sentence must hold more of the rest.
    least = MIN_SUPPORT
    heaviest = max(weights.values(), default=0.0)
    telling = [c for c, w in weights.items() if w == heaviest]
    missing = [c for c in telling if c not in read.everywhere]
    if heaviest >= MISSING_SHARE * total and len(missing) == len(telling):
        least = MISSING_SUPPORT
    if (heaviest >= MISSING_SHARE * total and asked.things.intersection(missing)) or (
        missing and heaviest >= MISSING_ALONE * total
    ):
        # the thing asked about (one of the most telling words) is nowhere in the story:
        # it speaks of another one ("the rugby club", "the marathon" in a story on a
        # football club, on the medals of the Games), or a word that tells most of it
        least = math.inf
    years = asked.years  # ("the 2010 World Cup")
    lead = read.title.union(*read.bags[:LEAD_SENTENCES])
    dated = _dated(article) if years else []
    # "how many stores…": the noun the answer counts says nothing of the rest
    counted = asked.question.focus if asked.question.type == "quantity" else None
    out = []
    previous: frozenset[str] = frozenset()
    variants = _variants(asked.variable, read.everywhere) if asked.variable else {}
    for i, bag in enumerate(read.bags):
        near = read.title | previous
        previous = bag
        own_words = bag | read.inherited[i] if read.inherited[i] else bag
        if asked.given and not bag.isdisjoint(asked.given):
            own_words = own_words - _apart(asked.given, read.sequences[i])
        if asked.doers and not own_words.isdisjoint(asked.doers):
            own_words = own_words | {asked.doers[c] for c in own_words & asked.doers.keys()}
        own = sum(w for c, w in weights.items() if c in own_words) / total
        # a question word met only as a variant ("captaincy" for "captain") counts for
        # less, in the score and not in how sure the answer is
        varied = (
            {variants[c] for c in bag if c in variants} - own_words
            if variants and not bag.isdisjoint(variants)
            else set()
        )
        if own <= 0 and not varied:
            continue
        ctx = sum(w for c, w in weights.items() if c not in own_words and c in near)
        support = own + CONTEXT_WEIGHT * ctx / total
        focus = sum(w for c, w in local.items() if c in own_words) / local_total
        focus_ctx = sum(w for c, w in local.items() if c not in own_words and c in near)
        closeness = focus + CONTEXT_WEIGHT * focus_ctx / local_total
        held, close = support, closeness  # as scored, with the variants' share
        if varied:
            held += _variant_share(varied, weights, near) / total
            close += _variant_share(varied, local, near) / local_total
        phrase = (
            len(_pairs(read.sequences[i]) & asked.pairs) / len(asked.pairs) if asked.pairs else 0.0
        )
        score = (
            PHRASE_WEIGHT * phrase
            + LOCAL_SHARE * close
            + (1 - LOCAL_SHARE) * held
            + ARTICLE_WEIGHT * share
        )
        text = article.sentences[i].text
        sure = (
            support >= least
            and support - counted_share(counted, weights, own_words, near, CONTEXT_WEIGHT) / total
            >= MIN_SUPPORT
            and not counted_alone(counted, weights, own_words)
            and own >= MIN_OWN
            and covered >= MIN_ARTICLE
            and named >= MIN_NAMED
            and figured
            and not names_unsaid(asked.names, total, read.bags, i, own_words | near, lead)
            and not (
                years
                and other_year(
                    years, _years(text), dated[i], lead, bool(_RELATIVE_YEAR.search(text))
                )
            )
        )
        parts = (phrase, close, held, share, own, float(i == 0))
        acted = float(asked.event in own_words) if asked.event else 0.0
        out.append(_Lexical(score, article, i, support, local, sure, parts, acted))
    return out


def _apart(given: Mapping[str, str], sequence: Sequence[str]) -> set[str]:
    """The question's given names that a sentence holds only apart from their surnames."""
    beside = {a for a, b in itertools.pairwise(sequence) if given.get(a) == b}
    return {g for g in given if g in sequence and g not in beside}


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _figures(concepts: Iterable[str]) -> set[str]:
    """The figures among concepts, without their units ("5000m", "1.5bn", "9%" -> 5000,
    1.5, 9), whole numbers below MIN_FIGURE left out."""
    out = set()
    for c in concepts:
        if c[:1].isdigit() and (m := _FIGURE.match(c)):
            figure = m.group()
            if "." in figure or int(figure) >= MIN_FIGURE:
                out.add(figure)
    return out


# a year, not a clock time ("at 2010 GMT"), a decade ("the 1990s") nor part of a larger
# figure
_YEAR = re.compile(
    r"(?<![\d,.£$€])(?:19|20)\d\d(?![\d%s]|['’]s\b|,\d|\s*(?:GMT|BST|hrs?\b|[ap]m\b))"
)
_AT_CLOCK = re.compile(r"\bat\s+$")
# "last year", "this year": a sentence may be of the question's year without writing it
_RELATIVE_YEAR = re.compile(
    r"\b(?:" + alternation(QA_YEAR_DEICTICS) + r")\s+(?:year|season)\b|\ba\s+year\s+"
    r"(?:" + alternation(QA_YEAR_LATER) + r")\b",
    re.I,
)


def _years(text: str) -> set[str]:
    return {m.group() for m in _YEAR.finditer(text) if not _AT_CLOCK.search(text[: m.start()])}


def _dated(article: Article) -> list[frozenset[str]]:
    """For each sentence, the years of the last one before it that writes any: the year
    a sentence that writes none goes on about ("In 2004 the council asked a panel…",
    then "The panel recommended…")."""
    out: list[frozenset[str]] = []
    last: frozenset[str] = frozenset()
    for sentence in article.sentences:
        out.append(last)
        last = frozenset(_years(sentence.text)) or last
    return out


# A time that points back ("last year", "ago") answers no question about what is to come;
# "the last week of July" is an ordinal, not the past.
_PAST_TIME = re.compile(r"\b(?:(?<!the\s)last|" + alternation(QA_PAST_TIME) + r")\b", re.I)
_NEXT = re.compile(r"\b(?:" + alternation(QA_NEXT_TIME) + r")\b")


def _past_for_future(question: Question, found: Candidate | None, text: str) -> bool:
    """A time from the past for a question about the future ("when are the next Games?":
    "last year's Games", "in 2000" in a sentence that only looks back)."""
    if question.type != "time" or found is None:
        return False
    if question.tense != "future" and not (question.tense is None and _NEXT.search(question.text)):
        return False
    return bool(_PAST_TIME.search(found.text) or (_years(found.text) and looks_back(text)))


def _future_for_past(question: Question, found: Candidate | None, text: str) -> bool:
    """A time still to come for a question about the past ("when did he join the club?":
    "he hopes to return next season", "the plane is set to fly in 2008"): the time is
    next or its clause looks ahead before it, so it dates no past event. A question that
    itself looks ahead ("when did they say it would open?") takes it."""
    if question.type != "time" or found is None or question.tense != "past":
        return False
    if looks_ahead(question.text) or _MODAL.search(question.text):
        return False
    if _NEXT.search(found.text):
        return True
    clause = _CLAUSE_START.split(text[: found.start])[-1]
    ahead = ahead_end(clause)  # "set to leave the club he joined in 1998": 1998 is past
    return ahead is not None and not reports_past(clause[ahead:])


# where the clause that holds an answer opens: "He joined in 1998, and will leave…"
_CLAUSE_START = re.compile(
    r"[,;:()\"“”]|\s[-–]\s|\b(?:" + alternation(LEAD_CONJUNCTIONS | CONTRAST_CONJUNCTIONS) + r")\b"
)


# "would", "could": a question that asks when a plan was for ("…say it would open?")
_MODAL = re.compile(r"\b(?:" + alternation(MODALS) + r")\b")


def _variant_share(varied: set[str], weights: Mapping[str, float], near: frozenset[str]) -> float:
    """The weight question words met only as variants add: VARIANT_WEIGHT of theirs, less
    what the headline or the sentence before already gave them."""
    return sum(
        weights[c] * max(0.0, VARIANT_WEIGHT - (CONTEXT_WEIGHT if c in near else 0.0))
        for c in varied
    )


def _variants(asked: frozenset[str], everywhere: frozenset[str]) -> dict[str, str]:
    """The article's words that are a question word with a derivational suffix more or
    less ("captaincy" for "captain", "regulatory" for "regulator", "preparation" for
    "preparing"), each with the question word it varies: a reader and a reporter say
    one thing with two forms of a word, which the stemmer leaves apart."""
    out: dict[str, str] = {}
    for c in asked:
        for suffix in VARIANT_SUFFIXES:
            if _takes(c, suffix) and c + suffix in everywhere:
                out[c + suffix] = c
            shorter = c[: -len(suffix)]
            if (
                c.endswith(suffix)
                and len(shorter) >= VARIANT_MIN
                and _takes(shorter, suffix)
                and shorter in everywhere
            ):
                out[shorter] = c
    return out


def _takes(stem: str, suffix: str) -> bool:
    """A -y only after an -r ("regulatory", "delivery"): "policy" is no form of "police"."""
    return suffix != "y" or stem.endswith("r")


def _with_candidate(asked: _Asked, item: _Lexical) -> Answer:
    """The sentence's score with its best candidate answer; without one of the asked
    type, it yields to a sure answer nearly as good."""
    sentences = item.article.sentences
    sentence = sentences[item.index]
    best = _best_candidate(
        asked.question,
        sentence.text,
        item.local,
        _common(item.article),
        item.article.text,
        _read(item.article).inherited[item.index],
        item.article.sentences[item.index - 1].text if item.index else "",
        sentences[item.index + 1].text if item.index + 1 < len(sentences) else "",
    )
    kind = asked.question.type
    typed = (kind in ("thing", "reason") and not _names_asked(asked.question)) or best is not None
    sure = (
        typed
        and item.sure
        and not _beside_the_point(asked, sentence.text, best[0] if best else None, item.article)
        and not _past_for_future(asked.question, best and best[0], sentence.text)
        and not _future_for_past(asked.question, best and best[0], sentence.text)
        # a why-question's sentence may stand without its own reason clause in the
        # ranking, but it gives no reason to answer with
        and not (kind == "reason" and best is None)
    )
    features = (
        *item.parts,
        TYPE_SHARE.get(kind, 1.0) * (best[1] if best else 0.0),
        float(not typed),
        float(not item.sure),
        float(kind == "reason" and best is None),
        item.acted,
    )
    score = _score(features)
    if (
        item.index == 0
        and best is not None
        and kind in ("person", "name", "place")  # the kinds answered by a name
        and best[0].strength < WEAK_CANDIDATE
    ):
        score *= UNSURE_SHARE  # a lead restating the story, with a name of another kind
    candidate = best[0] if best else None
    return Answer(item.article.key, sentence, score, item.support, candidate, sure, features)


# How many of the sentence's content words either side of the noun a question asks about
# ("chief executive") the question's names must be within: "chief executive of Musiwave"
# is another firm's, for "who is the chief executive of Nokia?"
FOCUS_REACH = 4


# "who is the chief executive of…": a person asked for by the post they hold; "which band…"
# asks for a name that stands for its noun, which the sentence need not write
_WHO_ASKS = re.compile(r"\W*(?:" + alternation(QA_WHO_WORDS) + r")\b", re.I)


# the words that make a post another one: "deputy chief executive"
_QUALIFIERS = frozenset(concept(word) for word in RANK_QUALIFIERS)


def _subject_owns(text: str, focus: str) -> frozenset[str]:
    """The concepts of the name a sentence opens with, when "its" or "their" points back
    to it before the noun asked of: "Kestrel Foods has named Ann Carne as its new chief
    executive" says Kestrel Foods' chief executive, however far apart."""
    words = WORD.findall(text)
    owned = any(
        word.lower() in BODY_POSSESSIVES and focus in map(_content, words[at + 1 : at + 4])
        for at, word in enumerate(words)
    )
    if not owned:
        return frozenset()
    lead = itertools.takewhile(lambda word: word[:1].isupper(), words)
    return frozenset(map(_content, lead))


def _focus_apart(asked: _Asked, sequence: Sequence[str], text: str = "") -> bool:
    """A who-question names something ("Nokia") and asks of a noun ("chief executive"),
    and the sentence holds the noun, unqualified ("deputy chief executive" is another post),
    nowhere within FOCUS_REACH words of one of its names, nor after an "its" pointing back
    to the name it opens with."""
    focus = asked.question.focus
    if focus is None or not asked.names or not _WHO_ASKS.match(asked.question.text):
        return False
    if focus in sequence and not asked.names.keys().isdisjoint(_subject_owns(text, focus)):
        return False
    for at, word in enumerate(sequence):
        if word != focus or (at and sequence[at - 1] in _QUALIFIERS):
            continue
        if not asked.names.keys().isdisjoint(
            sequence[max(0, at - FOCUS_REACH) : at + FOCUS_REACH + 1]
        ):
            return False
    return True


# the fewest letters of a deed's concept that a sentence's word may begin with to say it:
# "clos" of "closure"; a shorter one ("go", "win") begins too many other words
DEED_STEM = 4


# the concepts of a question asking when a post was taken up ("become", "appoint"), and
# those of a sentence saying it was ("joined", "named", "succeeded")
_OFFICE_ASKED = frozenset(concept(verb) for verb in QA_TAKING_OFFICE)
_OFFICE_TAKEN = frozenset(concept(verb) for verb in QA_OFFICE_TAKEN)


def _deed_unsaid(deed: AbstractSet[str], read: _Read, index: int) -> bool:
    """Neither the sentence, the words it stands for nor the sentence before says the deed
    a when or a why asks about ("resign" of "when did Blair resign?"): its date or its
    reason may be of another deed ("became Lord Callaghan in 1987")."""
    if not deed or index >= len(read.bags):
        return False
    if not deed.isdisjoint(_OFFICE_ASKED):
        deed = deed | _OFFICE_TAKEN
    before = read.bags[index - 1] if index else frozenset()
    said = read.bags[index] | read.inherited[index] | before
    if not deed.isdisjoint(said):
        return False
    # a noun of the deed: "retirement" of "retir", "closure" of "clos"
    stems = tuple(word for word in deed if len(word) >= DEED_STEM)
    return not any(word.startswith(stems) for word in said) if stems else True


def _beside_the_point(asked: _Asked, text: str, found: Candidate | None, article: Article) -> bool:
    """A candidate that does not answer what the words matched: the speaker of a
    quotation that holds the question's words, for a who-question that asks no speech;
    a count for a sum of money; a sum of money for a count or an age; a match score, a
    length of time or a distance for a count of something else; a weekday for a birth or
    a founding; a name for a measure; a birth or a founding dated or placed by a sentence
    that names no such event; "the first woman to…" answered by a sentence that states
    no first; a person's name for a "where"."""
    if found is None:
        return False
    question = asked.question
    if (
        question.money
        and not asks_change(question.text)
        and not writes_sum(text, found.start, found.end)
    ):
        return True
    if question.type == "quantity" and money_for_count(question.text, question.money, found.text):
        return True
    if (
        score_for_count(question.text, question.type, found.text, text[found.end :])
        or undated_once(question.text, question.type, found.text, text[: found.start])
        or event_unsaid(question.text, question.type, text)
        or record_unsaid(question.text, question.type, text)
        or measure_without_figure(question.focus, found.text)
        or measure_for_count(question.text, question.type, found.text)
    ):
        return True
    if unplaced(question.type, text, found.start, found.end, article.text):
        return True
    return (
        question.type == "person"
        and not asks_speech(question.terms)
        and only_quoted(text, found.start, found.end, asked.weights)
    )


def _names_asked(question: Question) -> bool:
    """ "What is the alliance called?": a name is asked for, not the sentence."""
    return question.link in NAMING_LINKS and question.focus is not None


def _only_untyped(found: Answer) -> bool:
    """Unsure only for want of a candidate of the asked type."""
    named = dict(zip(FEATURES, found.features, strict=False))
    return bool(named.get("untyped")) and not named.get("unsure") and not named.get("no_reason")


FEATURES = (
    "phrase",  # share of the question's word pairs found side by side
    "closeness",  # share of the within-article question weight held (with context)
    "support",  # share of the library-wide question weight held (with context)
    "article",  # the article's score, as a share of the best article's
    "own",  # share of the library-wide question weight in the sentence itself
    "first",  # the article's first sentence
    "candidate",  # the best candidate of the asked type, weakened by its distance
    "untyped",  # a typed question and no candidate of its type
    "unsure",  # the words are not enough for a sure answer
    "no_reason",  # a why-question and no reason clause
    "acted",  # the sentence itself holds the verb of the where- or when-question
)


def _score(features: tuple[float, ...]) -> float:
    """The hand-set score: the words, the article and the candidate, lowered for a
    sentence without an answer of the asked type or without enough of the question."""
    phrase, closeness, support, share, _, _, value, untyped, unsure, no_reason, acted = features
    score = (
        PHRASE_WEIGHT * phrase
        + LOCAL_SHARE * closeness
        + (1 - LOCAL_SHARE) * support
        + ARTICLE_WEIGHT * share
        + TYPE_WEIGHT * value
        + EVENT_WEIGHT * acted
    )
    if no_reason:
        score *= NO_REASON_SHARE  # a why-question's sentence that gives no reason
    if untyped or unsure:
        score *= UNSURE_SHARE
    return score


def _distinct_sentences(scored: list[Answer], limit: int) -> list[Answer]:
    out: list[Answer] = []
    seen: set[str] = set()
    for answer in scored:
        key = " ".join(tokens(answer.sentence.text))
        if key in seen:  # the same sentence in a re-published copy of a story
            continue
        seen.add(key)
        out.append(answer)
        if len(out) == limit:
            break
    return out


def _articles(
    question: Question, index: SearchIndex, articles: Mapping[str, Article], only: str | None
) -> list[tuple[Article, float]]:
    if only is not None:
        article = articles.get(only)
        return [(article, 1.0)] if article is not None else []
    query = " ".join(word for word, _ in question.terms)
    out: list[tuple[Article, float]] = []
    # Copies of a story are read once, and do not take the places of other stories.
    found = index.article_scores(query, limit=ARTICLES * COPIES)
    best = found[0][1] if found else 0.0
    at: dict[int, int] = {}
    for key, score in found:
        article = articles.get(key)
        if score < ARTICLE_MIN_SHARE * best:
            break  # far behind the best article: its sentences would not come first
        if article is None:
            continue
        mark = fingerprint(article)
        if mark in at:
            # a re-published copy answers nothing its original does not, unless it is
            # the fuller one (an update that adds paragraphs): that one is read instead
            kept, kept_score = out[at[mark]]
            if article.sentence_count > kept.sentence_count:  # (not built to be counted)
                out[at[mark]] = (article, kept_score)
            continue
        if len(out) == ARTICLES:
            continue  # still looking for fuller copies of the stories already kept
        at[mark] = len(out)
        out.append((article, score))
    return out


_V = TypeVar("_V")
COPIES = 2  # the article search is asked for this many times the stories it reads
FINGERPRINT_SENTENCES = 3


def per_article(size: int) -> Callable[[Callable[[Article], _V]], Callable[[Article], _V]]:
    """Compute a value once per article and keep the `size` most recently used. An
    article is immutable, so its identity is its key; the entry keeps the article, so
    its id is never reused while the entry lives."""

    def wrap(compute: Callable[[Article], _V]) -> Callable[[Article], _V]:
        kept: OrderedDict[int, tuple[Article, _V]] = OrderedDict()

        @wraps(compute)
        def cached(article: Article) -> _V:
            entry = kept.get(id(article))
            if entry is not None and entry[0] is article:
                kept.move_to_end(id(article))
                return entry[1]
            value = compute(article)
            kept[id(article)] = (article, value)
            if len(kept) > size:
                kept.popitem(last=False)
            return value

        return cached

    return wrap


@per_article(READ_CACHE * 4)
def fingerprint(article: Article) -> int:
    """A story's mark: its opening sentences' words, folded. A story filed twice (the same
    body under a new headline, or an update that adds a paragraph at the end) has one
    mark, so that its copies count as one story. Computed once per article read."""
    opening = article.opening_texts(FINGERPRINT_SENTENCES)
    return (
        hash(tuple(" ".join(tokens(text)) for text in opening)) if opening else hash(article.text)
    )


def _weights(question: Question, index: SearchIndex) -> dict[str, float]:
    """Each question concept's weight: the idf of its rarest index word, counted over
    sentences (how often a word occurs is kept by the index; which articles hold it
    would have to be counted for common words)."""
    n = max(index.sentence_count, 1)
    weights: dict[str, float] = {}
    for word, c in question.terms:
        f = min((index.frequency(t) for t in tokens(word)), default=0)
        idf = math.log(1.0 + (n - f + 0.5) / (f + 0.5)) if f else math.log(1.0 + n)
        weights[c] = max(weights.get(c, 0.0), idf)
    return weights


@dataclass(frozen=True, slots=True)
class _Read:
    """An article as the ranker reads it: each sentence's concepts (as a set and in
    order), the headline's, and all of them."""

    bags: tuple[frozenset[str], ...]
    sequences: tuple[tuple[str, ...], ...]
    title: frozenset[str]
    everywhere: frozenset[str]
    inherited: tuple[frozenset[str], ...] = ()  # the names a sentence points back to


@per_article(READ_CACHE)
def _read(article: Article) -> _Read:
    """The article read once, and kept for the next few thousand questions."""
    sequences = [_sequence(sentence.text) for sentence in article.sentences]
    # "the IEA" is "the International Energy Agency" the article named before
    short = {concept(k): _sequence(v) for k, v in abbreviations(article.text).items()}
    if short:
        sequences = [_spelled_out(sequence, short) for sequence in sequences]
    # "Walkman-branded" holds "Walkman" and "branded", as a reader may write them apart;
    # "Melbourne Cricket Ground" holds "MCG", as a reader may shorten it
    bags = tuple(
        frozenset(sequence)
        .union(_hyphen_parts(sentence.text) if "-" in sentence.text else ())
        .union(_initials(sentence.text))
        for sentence, sequence in zip(article.sentences, sequences, strict=True)
    )
    title = frozenset(_concepts(article.title))
    pointed = inherited([sentence.text for sentence in article.sentences])
    # "The mouse control is a big reason why.", "That is because…": a reason for what the
    # sentence before says, whose words it holds as its own
    pointed = tuple(
        words | bags[i - 1] if i and _reason_back(sentence.text) else words
        for i, (sentence, words) in enumerate(zip(article.sentences, pointed, strict=True))
    )
    read = _Read(
        bags=bags,
        sequences=tuple(tuple(sequence) for sequence in sequences),
        title=title,
        everywhere=title.union(*bags),
        inherited=pointed,
    )
    return read


# "That is because…", "this is partly due to…": a sentence opening with a reason for what
# the one before says
_REASON_OPENING = (
    r"(?:"
    + alternation(QA_POINTING_BACK)
    + r")(?:['’]s|\s+(?:is|was))\s+(?:(?:"
    + alternation(QA_REASON_BACK_DEGREES)
    + r")\s+)?(?:"
    + phrase_alternation(QA_REASON_BACK_WORDS)
    + r")\b"
)
# the test as one pattern ("… the reasons why."), _reason_back's definition
_REASON_BACK = re.compile("^" + _REASON_OPENING + r"|\breasons?\s+why\s*[,.;:]", re.I)
# its branches apart, as _reason_back reads them: the opening one matched at the start,
# the other opening with a literal letter and "\b" as a lookbehind (a pattern opening
# with "\b" makes the engine try every position of the sentence)
_REASON_OPENS = re.compile(_REASON_OPENING, re.I)
_REASON_WHY = re.compile(r"[rR](?<!\w[rR])(?i:easons?\s+why\s*[,.;:])")


def _reason_back(text: str) -> bool:
    """Whether _REASON_BACK finds a match in text: the sentence gives a reason for what
    the one before says ("That is because…", "the reasons why.")."""
    return _REASON_OPENS.match(text) is not None or _REASON_WHY.search(text) is not None


def _hyphen_parts(text: str) -> set[str]:
    """The concepts of the parts of a text's hyphenated words ("Walkman-branded")."""
    # the pass runs from the letters before the first hyphen to those after the last: a
    # match holds a hyphen, and opens with the letters before its first
    a, b = text.find("-"), text.rfind("-") + 1
    if a < 0:
        return set()
    while a > 0 and text[a - 1] in _ASCII_LETTERS:
        a -= 1
    while b < len(text) and text[b] in _ASCII_LETTERS:
        b += 1
    return {
        c
        for m in _HYPHENATED.finditer(text, a, b)
        for part in split_hyphen(m.group()) or compound_parts(m.group())
        if (c := _content(part))
    }


def _initials(text: str) -> set[str]:
    """The initials of a text's runs of two or more capitalised words, as concepts: a
    reader writes "MCG" where the article has "Melbourne Cricket Ground" (the glue words
    of a name, "of", "and", "the", are not counted: "Bank of England", "BE"). Three
    letters at least, of the whole run or of its end ("The Royal Shakespeare Company")."""
    out: set[str] = set()
    for match in _CAPITALISED_RUN.finditer(text):
        letters = "".join(w[0] for w in match.group().split() if w[:1].isupper())
        # a run may open with a word that is no part of the name ("The", "Yesterday"):
        # the initials of its ends count too
        out.update(concept(letters[i:]) for i in range(len(letters) - INITIALS + 1))
    return out


INITIALS = 3  # "EU", "UK", "US" are short enough to be other words' letters too
# (the lookbehinds, "not after a word's character", sit after the first letter: the
# engine skips ahead to the letters a match can open with instead of trying every
# position)
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])[a-z]+(?:\s+(?:(?:"
    + alternation(QA_RUN_LINKS)
    + r")\s+)?[A-Z][a-z]+)+(?![\w-])"
)
_HYPHENATED = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]+(?:-[A-Za-z]+)+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _spelled_out(sequence: list[str], short: Mapping[str, list[str]]) -> list[str]:
    """A sentence's concepts with each abbreviation followed by the name it stands for."""
    out: list[str] = []
    for c in sequence:
        out.append(c)
        if c in short:
            out.extend(short[c])
    return out


def _local_weights(
    weights: Mapping[str, float], bags: tuple[frozenset[str], ...]
) -> dict[str, float]:
    """Question words weighted within one article: a word in most of its sentences (the
    story's subject) tells its sentences apart less than a word in one of them."""
    n = len(bags) or 1
    out = {}
    for c, w in weights.items():
        sf = sum(c in bag for bag in bags)
        out[c] = w * math.log(1.0 + n / max(sf, 1)) ** LOCAL_POWER
    return out


def _sequence(text: str) -> list[str]:
    """A text's content words as concepts, in order: stop words left out so that
    "profits rose" and "profits have risen" line up."""
    return [c for w in WORD.findall(phrasal(text)) if (c := _content(w))]


@lru_cache(maxsize=200_000)
def _content(word: str) -> str:
    """A word's concept, or "" for a stop word ("us", but not "US")."""
    return "" if is_stop(word) else concept(word)


@per_article(READ_CACHE)
def _common(article: Article) -> frozenset[str]:
    """The words an article writes in lower case (so that "Rap" opening a sentence is
    not taken for a name); read only for the articles whose sentences may answer."""
    return frozenset(_LOWER.findall(article.text))


def _pairs(sequence: Sequence[str]) -> set[tuple[str, str]]:
    """Neighbouring concepts: a question's "opening weekend" found as a phrase."""
    return set(itertools.pairwise(sequence))


def _concepts(text: str) -> set[str]:
    return {concept(w) for _, _, w in spans(text)}


def _best_candidate(
    question: Question,
    text: str,
    anchors_weight: Mapping[str, float],
    common: frozenset[str],
    article: str = "",
    pointed: frozenset[str] = frozenset(),
    previous: str = "",
    following: str = "",
) -> tuple[Candidate, float] | None:
    """The strongest candidate, weakened by its distance (in words) from the question's
    words, the words that tell this article's sentences apart counting most."""
    if question.type == "thing" and not question.link and question.focus not in PHRASE_FOCUS:
        return None
    found = candidates(question, text, common, article, previous, following)
    if not found:
        return None
    top = max(anchors_weight.values(), default=0.0) or 1.0
    words = list(spans(text))
    anchors = [
        (i, anchors_weight[c] / top)
        for i, (_, _, w) in enumerate(words)
        if (c := concept(w)) in anchors_weight
    ]
    # "He was arrested in Barstow": the question's names stand where "He" does
    referred = max((anchors_weight[c] for c in pointed if c in anchors_weight), default=0.0)
    at = pointing_back(text) if referred else None
    if at is not None:
        anchors.append((sum(s < at for s, _, _ in words), referred / top))
    best: tuple[Candidate, float] | None = None
    for cand in found:
        inside = [i for i, (s, e, _) in enumerate(words) if s < cand.end and e > cand.start]
        first, last = (inside[0], inside[-1]) if inside else (0, 0)
        near = 0.3
        for i, weight in anchors:
            gap = first - i if i < first else (i - last if i > last else 0)
            near = max(near, weight / (1.0 + gap / NEAR_WORDS))
        value = cand.strength * near
        if best is None or value > best[1]:
            best = (cand, value)
    return best


# The abstention gate: a logistic model, fitted on questions no article answers and on
# answerable ones (bench/ask_abstain_fit.py), of how likely a sure first answer is beside
# any story. At GATE_THRESHOLD or above, the reply says "I don't know".
GATE_FEATURES = (
    "bias",
    "phrase",  # the first answer's own features (FEATURES)
    "closeness",
    "support",
    "article",
    "own",
    "candidate",
    "context",  # the share of the question's weight held only in the headline or before
    "runner_up",  # the next sentence's score, as a share of the first's
    "other_article",  # the best sentence of another article, as a share of the first's
    "second_article",  # the second article's search score, as a share of the best's
    "retrieval",  # the log of the best article's search score over the question's weight
    "names",  # share of the question's names' weight in the sentence
    "heaviest_sentence",  # the question's most telling word is in the sentence
    "heaviest_article",  # … in the answer's article
    "rest_sentence",  # share of the weight of the question's other words in the sentence
    "rest_article",  # … in the answer's article
    "strength",  # the candidate's own strength, before its distance
    "rarity",  # the mean weight of the question's words, as a share of an unseen word's
    "deed_unsaid",  # a when or a why whose verb is neither in the sentence nor just before
    "focus_apart",  # the noun asked about ("chief executive") is not in it beside the names
    "person",
    "quantity",
    "time",
    "place",
)
# the first answer's own features (FEATURES) the gate reads as they are
_OWN_GATE_FEATURES: Final = tuple(name for name in GATE_FEATURES if name in FEATURES)
GATE_WEIGHTS: Final = tuple(abstain_weights.WEIGHTS.get(name, 0.0) for name in GATE_FEATURES)
GATE_THRESHOLD: float = abstain_weights.THRESHOLD


def _gated(
    asked: _Asked,
    ranked: Sequence[tuple[Article, float]],
    scored: list[Answer],
    index: SearchIndex,
    articles: Mapping[str, Article],
) -> list[Answer]:
    """The first answer, if sure, made unsure when the gate finds it likely that no story
    answers the question; it carries what the gate read."""
    if not scored or not scored[0].supported:
        return scored
    article = articles.get(scored[0].article_key)
    if article is None:
        return scored
    features = _gate_features(asked, ranked, scored, index, article)
    z = sum(w * x for w, x in zip(GATE_WEIGHTS, features, strict=True))
    sure = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) < GATE_THRESHOLD
    return [replace(scored[0], supported=sure, gate=features), *scored[1:]]


def _share(weights: Mapping[str, float], held: AbstractSet[str]) -> float:
    """The share of the weights whose concepts are `held` (1 with no weights)."""
    total = sum(weights.values())
    return sum(w for c, w in weights.items() if c in held) / total if total > 0 else 1.0


def _gate_features(
    asked: _Asked,
    ranked: Sequence[tuple[Article, float]],
    scored: Sequence[Answer],
    index: SearchIndex,
    article: Article,
) -> tuple[float, ...]:
    """What the gate reads of the first answer: its own features, how far it leads the
    next sentences and articles, how well the search found its article, and where the
    question's names, most telling word and other words are."""
    top = scored[0]
    mine = dict(zip(FEATURES, top.features, strict=True))
    best = top.score or 1.0
    other = next((a.score for a in scored[1:] if a.article_key != top.article_key), 0.0)
    unseen = math.log(1.0 + max(index.sentence_count, 1))
    read = _read(article)
    i = top.sentence.index
    sentence = read.bags[i] | read.inherited[i] if i < len(read.bags) else frozenset()
    weights = asked.weights
    heaviest = max(weights, key=weights.__getitem__) if weights else ""
    rest = {c: w for c, w in weights.items() if c not in asked.names}
    kind = asked.question.type
    read_off = {
        "bias": 1.0,
        **{name: mine[name] for name in _OWN_GATE_FEATURES},
        "context": mine["support"] - mine["own"],
        "runner_up": scored[1].score / best if len(scored) > 1 else 0.0,
        "other_article": other / best,
        "second_article": ranked[1][1] / (ranked[0][1] or 1.0) if len(ranked) > 1 else 0.0,
        "retrieval": math.log(max(ranked[0][1] / asked.total, 1e-3)),
        "names": _share(asked.names, sentence),
        "heaviest_sentence": float(heaviest in sentence),
        "heaviest_article": float(heaviest in read.everywhere),
        "rest_sentence": _share(rest, sentence),
        "rest_article": _share(rest, read.everywhere),
        "strength": top.candidate.strength if top.candidate else 0.0,
        "rarity": asked.total / max(len(weights), 1) / unseen,
        "deed_unsaid": float(_deed_unsaid(asked.question.deed, read, i)),
        "focus_apart": float(
            _focus_apart(asked, read.sequences[i] if i < len(read.bags) else (), top.sentence.text)
        ),
        "person": float(kind == "person"),
        "quantity": float(kind == "quantity"),
        "time": float(kind == "time"),
        "place": float(kind == "place"),
    }
    return tuple(read_off[name] for name in GATE_FEATURES)
