"""Plain questions: route them (`classify`) and answer them with sentences (`answer`).

`answer` ranks sentences with BM25 over the question's content words, then favours the
sentences that hold the kind of thing the question asks for: a number for "how many",
a date or a day for "when", a place for "where", a name for "who", a cause for "why".
The thing must be new to the question: "where did Blinken meet Lavrov?" wants a place
other than the ones it names.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from bot.articles.model import Article, Sentence
from bot.articles.search import SearchIndex, SentenceHit
from bot.articles.textnorm import fold, tokens

IntentKind = Literal["who_said", "quotes_by", "summary", "who_is", "search", "answer"]
Cue = Literal["number", "time", "place", "person", "reason", "none"]

CANDIDATES = 60  # BM25's best sentences that the cues re-rank
CUE_WEIGHT = 1.0  # a sentence that fully has the asked-for thing scores up to twice as much


@dataclass(frozen=True, slots=True)
class QuestionIntent:
    """What a question asks for, and its argument: the quote text (who_said), a person
    (quotes_by, who_is), an article hint ("latest" or words of a title; summary),
    keywords (search) or the question itself (answer)."""

    kind: IntentKind
    argument: str


# ---------------------------------------------------------------------- routing

_SAY = r"(?:said|says|say|stated|states|told|tells|declared|remarked|claimed|warned|wrote|tweeted)"
_FILLER = re.compile(r"^(?:hey|hi|ok|okay|please|so|and|bot)[\s,]+", re.IGNORECASE)
_WHO_SAID = [
    re.compile(rf"^who\s+{_SAY}\s+(?:that\s+|the\s+words?\s+|this:?\s+)?(?P<arg>.+)$", re.I),
    re.compile(
        r"^who\s+(?:is|was)\s+quoted\s+(?:as\s+)?(?:saying|having\s+said)\s+(?P<arg>.+)$", re.I
    ),
    re.compile(rf"^(?:which|what)\s+\w+\s+{_SAY}\s+(?:that\s+)?(?P<arg>.+)$", re.I),
    re.compile(r"^who\s+(?:is|was)\s+the\s+source\s+of\s+(?P<arg>.+)$", re.I),
]
_QUOTES_BY = [
    re.compile(
        r"^what\s+(?:did|does|do|has|have|had)\s+(?P<arg>.+?)\s+"
        r"(?:say|said|tell|told|claim|claimed|state|stated|announce|announced|think)\b.*$",
        re.I,
    ),
    re.compile(rf"^what\s+(?:was|is|has\s+been)\s+{_SAY}\s+by\s+(?P<arg>.+)$", re.I),
    re.compile(
        r"^(?:(?:show|list|give|find|get)\s+(?:me\s+)?)?(?:all\s+)?(?:the\s+)?"
        r"(?:quotes|quotations|statements|comments|remarks)\s+(?:from|by|of)\s+(?P<arg>.+)$",
        re.I,
    ),
    re.compile(rf"^what\s+(?P<arg>.+?)\s+{_SAY}$", re.I),
]
_SUMMARY = re.compile(
    r"\b(?:summar(?:y|ies|ise|ize|ised|ized)|tl;?dr|sum\s+up|recap|gist|key\s+points)\b", re.I
)
_SUMMARY_HINT = re.compile(r"\b(?:of|about|on|for)\s+(?P<arg>.+)$", re.I)
_LATEST = re.compile(r"\b(?:latest|last|newest|most\s+recent|today'?s)\b", re.I)
_HINT_FILLER = re.compile(
    r"\b(?:the|a|an|this|that|it|article|articles|story|stories|piece|news|report|please|me|"
    r"give|short|long|medium|brief)\b",
    re.I,
)
_WHO_IS = re.compile(
    r"^(?:who\s+(?:is|was|are|were)|who's|who’s|tell\s+me\s+about)\s+(?P<arg>.+)$", re.I
)
_SEARCH = re.compile(
    r"^(?:find|search(?:\s+for)?|look\s+(?:for|up)|show\s+me|any|are\s+there):?\s+"
    r"(?:me\s+)?(?:the\s+|an?\s+|any\s+)?"
    r"(?:(?:articles?|stories|story|news|reports?|pieces?)\s*)?"
    r"(?:about|on|regarding|mentioning|with|that\s+mention|covering|for)?\s*(?P<arg>.+)$",
    re.I,
)
_QUOTE_MARKS = "\"'“”‘’«»„"


def classify(question: str) -> QuestionIntent:
    """Route a question by its wording; anything unrecognised is a plain question."""
    text = _clean(question)
    if not text:
        return QuestionIntent("answer", "")
    for pattern in _WHO_SAID:
        match = pattern.match(text)
        if match and _strip(match["arg"]):
            return QuestionIntent("who_said", _strip(match["arg"]))
    if _SUMMARY.search(text):
        return QuestionIntent("summary", _summary_hint(text))
    for pattern in _QUOTES_BY:
        match = pattern.match(text)
        if match and _strip(match["arg"]):
            return QuestionIntent("quotes_by", _person(match["arg"]))
    match = _WHO_IS.match(text)
    if match and _strip(match["arg"]):
        return QuestionIntent("who_is", _person(match["arg"]))
    match = _SEARCH.match(text)
    if match and _strip(match["arg"]):
        return QuestionIntent("search", _strip(match["arg"]))
    return QuestionIntent("answer", text)


def _clean(question: str) -> str:
    text = re.sub(r"\s+", " ", question).strip()
    text = re.sub(r"^<@!?\d+>\s*", "", text)  # a raw Discord mention, if one is left
    previous = None
    while previous != text:
        previous = text
        text = _FILLER.sub("", text)
    return text.rstrip("?!. ").strip()


def _strip(arg: str) -> str:
    """An argument without surrounding quotes, punctuation and space."""
    return arg.strip().strip(_QUOTE_MARKS + " ?!.,:;").strip()


def _person(arg: str) -> str:
    """A person as written in a question: without "say about ..." tails or titles."""
    arg = re.split(r"\s+(?:about|on|regarding)\s+", _strip(arg), maxsplit=1)[0]
    arg = re.sub(r"^(?:the\s+)?(?:mr|mrs|ms|dr|prof)\.?\s+", "", arg, flags=re.I)
    return _strip(arg)


def _summary_hint(text: str) -> str:
    """Return "latest" for the newest article, else the words naming the article (what
    follows the summary word, or the "of/about ..." part before it)."""
    if _LATEST.search(text):
        return "latest"
    keyword = _SUMMARY.search(text)
    after = text[keyword.end() :] if keyword else ""
    match = _SUMMARY_HINT.search(after) or _SUMMARY_HINT.search(text)
    hint = match["arg"] if match else after
    hint = re.sub(r"\s+", " ", _HINT_FILLER.sub(" ", hint)).strip()
    hint = re.sub(r"^(?:(?:of|about|on|for|regarding)\s+)+", "", hint, flags=re.I)
    return _strip(hint) or "latest"


# ---------------------------------------------------------------------- answering

_QUESTION_WORDS = frozenset(
    """how many much long often far old when where who whom whose why what which does do did
    is are was were has have had will would can could should tell me please know happen
    happened happens take took place time date day year number amount""".split()
)
_CUES: list[tuple[re.Pattern[str], Cue]] = [
    (
        re.compile(
            r"\bhow\s+(?:many|much)\b|\bwhat\s+(?:number|percentage|share|amount)\b"
            r"|\bhow\s+(?:big|large|high|low)\b",
            re.I,
        ),
        "number",
    ),
    (
        re.compile(
            r"\bwhen\b|\bwhat\s+(?:time|date|day|year|month)\b|\bhow\s+long\s+ago\b"
            r"|\bsince\s+when\b|\bwhich\s+(?:day|year|month)\b",
            re.I,
        ),
        "time",
    ),
    (
        re.compile(
            r"\bwhere\b|\b(?:which|what)\s+(?:city|country|town|place|venue|region)\b", re.I
        ),
        "place",
    ),
    (
        re.compile(r"\bwho\b|\bwhom\b|\bwhich\s+(?:person|official|minister|leader)\b", re.I),
        "person",
    ),
    (re.compile(r"\bwhy\b|\bwhat\s+(?:caused|is\s+the\s+reason)\b", re.I), "reason"),
]
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TIME = re.compile(
    rf"\b(?:(?:on|by|since|until|from|last|next|this)\s+(?:{_DAYS})|(?:{_DAYS})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|(?:in|since|by|until|from|of)\s+(?:{_MONTHS})"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}\b|(?:19|20)\d\d\b|yesterday|today|tonight|tomorrow"
    r"|(?:last|next|this)\s+(?:week|month|year|weekend|spring|summer|autumn|winter)"
    r"|\d+\s+(?:days?|weeks?|months?|years?)\s+ago|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b)",
    re.I,
)
_DIGITS = re.compile(r"(?<![\w.])\d[\d,.]*(?:\s*(?:%|per\s?cent|bn|m|million|billion|k))?")
_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"trillion|dozen|half|quarter|third)\b",
    re.I,
)
_VAGUE_QUANTITY = re.compile(
    r"\b(?:hundreds|thousands|millions|billions|dozens|scores|several|many|numerous)\b", re.I
)
_PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside|from|to|across|around)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)
_NAME = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|President|Minister|Secretary|Chancellor|Prime Minister|Sir|Lord)"
    r"\s+)?\b(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+|(?<=Mr\s)[A-Z][a-z’'-]+"
    r"|(?<=Mrs\s)[A-Z][a-z’'-]+|(?<=Ms\s)[A-Z][a-z’'-]+)"
)
_REASON = re.compile(
    r"\b(?:because|due\s+to|as\s+a\s+result|owing\s+to|in\s+order\s+to|so\s+that|"
    r"after|amid|following|reason|caused\s+by|led\s+to|since)\b",
    re.I,
)
_NOT_PLACES = frozenset(f"{_MONTHS}|{_DAYS}".split("|"))


def question_cue(question: str) -> Cue:
    """The kind of thing a question asks for, from its question words."""
    for pattern, cue in _CUES:
        if pattern.search(question):
            return cue
    return "none"


def answer(
    question: str,
    index: SearchIndex,
    articles: Mapping[str, Article],
    limit: int = 2,
    article_key: str | None = None,
) -> list[SentenceHit]:
    """The sentences that best answer a plain question, best first (empty if none)."""
    if limit <= 0:
        return []
    cue = question_cue(question)
    words = [w for w in tokens(question) if w not in _QUESTION_WORDS]
    if not words:
        return []
    scores = index.sentence_scores(" ".join(words), article_key)
    if not scores:
        return []
    asked = set(words)
    ranked = []
    for sid, score in heapq.nlargest(CANDIDATES, scores.items(), key=lambda item: item[1]):
        sentence = index.sentence_by_id(sid)
        article = articles.get(index.sentence_article(sid).key) or index.sentence_article(sid)
        strength = cue_strength(cue, sentence, article, asked)
        ranked.append((score * (1.0 + CUE_WEIGHT * strength), -sid, sid))
    ranked.sort(reverse=True)
    hits: list[SentenceHit] = []
    seen: set[str] = set()
    for score, _, sid in ranked:
        text = " ".join(tokens(index.sentence_by_id(sid).text))
        if text in seen:  # the same sentence in a re-published copy of a story
            continue
        seen.add(text)
        hits.append(index.sentence_hit(sid, score))
        if len(hits) == limit:
            break
    return hits


def cue_strength(cue: Cue, sentence: Sentence, article: Article, asked: set[str]) -> float:
    """How well a sentence holds what the question asks for, in [0, 1]; things the
    question already names do not count."""
    text = sentence.text
    if cue == "number":
        return _number_strength(text, asked)
    if cue == "time":
        return 1.0 if _new_match(_TIME, text, asked) else 0.0
    if cue == "place":
        places = [m["place"] for m in _PLACE.finditer(text)]
        places = [p for p in places if fold(p.split()[0]) not in _NOT_PLACES]
        if sentence.index == 0 and article.dateline:
            places.append(article.dateline)
        return 1.0 if any(_is_new(p, asked) for p in places) else 0.0
    if cue == "person":
        names = [m["name"] for m in _NAME.finditer(text)]
        return 1.0 if any(_is_new(n, asked) for n in names) else 0.0
    if cue == "reason":
        return 1.0 if _REASON.search(text) else 0.0
    return 0.0


def _number_strength(text: str, asked: set[str]) -> float:
    """1 for a figure right before a word of the question ("100,000 troops"), 0.7 for
    any figure, 0.4 for a number word, 0.2 for a vague amount ("thousands of")."""
    best = 0.0
    for match in _DIGITS.finditer(text):
        figure = match.group().rstrip(",.")
        if re.fullmatch(r"(?:19|20)\d\d", figure):
            continue  # a year is not a count
        following = tokens(text[match.end() : match.end() + 40])[:3]
        if any(w in asked or w.rstrip("s") in asked for w in following):
            return 1.0
        best = max(best, 0.7)
    if best:
        return best
    if _NUMBER_WORDS.search(text):
        return 0.4
    return 0.2 if _VAGUE_QUANTITY.search(text) else 0.0


def _new_match(pattern: re.Pattern[str], text: str, asked: set[str]) -> bool:
    return any(_is_new(m.group(), asked) for m in pattern.finditer(text))


def _is_new(thing: str, asked: set[str]) -> bool:
    """True when some word of `thing` is not a word of the question."""
    words = [w for w in tokens(thing) if w not in {"in", "at", "on", "the", "of", "mr"}]
    return bool(words) and not all(w in asked for w in words)
