"""What a question asks for: the answer's type, its focus and the words to look for.

"How many subscribers did AOL lose?" wants a quantity, of subscribers, from a sentence
about AOL losing them. The type comes from the question words ("how many", "when",
"which city"); the focus is the noun the question asks about ("subscribers", "city");
the terms are the remaining content words, compared as `concept`s."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.articles.lexicon import (
    ARTICLES,
    DEMONYMS,
    LINK_WORDS,
    NAMING_LINKS,
    NOUN_DETERMINERS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    QA_ADVERBS,
    QA_ASKED_AUX,
    QA_ASKED_PEOPLE,
    QA_BE,
    QA_BEFORE_EVENT,
    QA_CAUSE_VERBS,
    QA_CHANGE_NOUNS,
    QA_DO,
    QA_FINISHED_AUX,
    QA_FUTURE_CUES,
    QA_HEAD_STOPS,
    QA_HOW_AMOUNT,
    QA_HOW_DONE,
    QA_HOW_MEASURES,
    QA_HOW_MUCH_NOT_MONEY,
    QA_LEVEL_AFTER,
    QA_MARGIN_VERBS,
    QA_MONEY_WORDS,
    QA_NAMED_DETERMINERS,
    QA_NOT_STEMS,
    QA_PAST_AUX,
    QA_PLAN_VERBS,
    QA_PLURAL_NOUNS,
    QA_POLITE_MODALS,
    QA_PRE_HEAD,
    QA_QUANTITY_NOUNS,
    QA_QUESTION_DETERMINERS,
    QA_RELATIVES,
    QA_SEASONS_AHEAD,
    QA_SHARE_NOUNS,
    QA_STORY_ABOUT,
    QA_STORY_DETERMINERS,
    QA_STORY_PREPOSITIONS,
    QA_STORY_SAYS,
    QA_THE_THIS_THAT,
    QA_TIME_NOUNS,
    QA_TIMED_KINDS,
    QA_TIMED_VERBS,
    QA_TOPIC_RELATING,
    QA_UNAPOSTROPHED,
    QA_WHAT_AUX,
    QA_WHEN_AUX,
    QA_WHEN_WORDS,
    QA_WHICH_NOT_NOUN,
    QA_WHO_WORDS,
    QUESTION_WORDS,
    REASON_NOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    STORY_NOUNS,
    alternation,
    phrase_alternation,
)
from bot.articles.qa.words import (
    IRREGULAR_VERBS,
    PHRASE_NOUNS,
    concept,
    phrasal,
    spans,
    split_hyphen,
)
from bot.articles.textnorm import STOP_WORDS, fold, is_stop

AnswerType = Literal["quantity", "time", "place", "person", "name", "reason", "thing"]

_TIME_NOUNS = alternation(QA_TIME_NOUNS)
_QUANTITY_NOUNS = alternation(QA_QUANTITY_NOUNS)
_RULES: list[tuple[re.Pattern[str], AnswerType]] = [
    (
        re.compile(
            r"^why\b|,\s*why\b|\bhow\s+come\b|\bwhat\s+(?:\w+\s+)?(?:"
            + phrase_alternation(QA_CAUSE_VERBS)
            + r")\b|\bwhat\s+(?:"
            + alternation(QA_BE)
            + r")\s+the\s+(?:reasons?|cause)\b"
            r"|\bblame[sd]?\b.*\bfor\b|\breason\s+(?:for|why)\b|\bfor\s+what\s+reason\b",
            re.I,
        ),
        "reason",
    ),
    (
        re.compile(
            r"\bhow\s+(?:" + alternation(QA_HOW_AMOUNT) + r")\b|\bworth\b(?!\s+(?:of|it)\b)"
            rf"|\b(?:what|which)\s+(?:[\w'’]+\s+){{0,3}}(?:{_QUANTITY_NOUNS})\b"
            r"|\bby\s+(?:what|how)\b"
            # "what did Charlton beat Norwich by?", "what did profits rise by": a margin
            r"|^what\s+(?:"
            + alternation(QA_WHAT_AUX)
            + r")\s+(?:[\w'’-]+\s+){1,4}?(?:"
            + alternation(QA_MARGIN_VERBS)
            + r")\s+(?:[\w'’-]+\s+){0,3}?by\b"
            # "what does the average home cost?", "what are rates expected to rise to?":
            # a sum, or the level a figure reaches
            r"|^what\s+(?:"
            + alternation(QA_WHAT_AUX | QA_BE)
            + r")\s+(?:[\w'’-]+\s+){1,8}?(?:cost\b|(?:"
            + alternation(QA_MARGIN_VERBS)
            + r"|go\s+up|go\s+down)\s+to"
            r"(?:\s*[?.!]*$|\s+(?:" + alternation(QA_LEVEL_AFTER) + r")\b))",
            re.I,
        ),
        "quantity",
    ),
    (
        re.compile(
            rf"^when\b|\bwhen\s+(?:{alternation(QA_WHEN_AUX)})\b"
            rf"|\b(?:what|which)\s+(?:[\w'’-]+\s+){{0,2}}(?:{_TIME_NOUNS})\b|\bsince\s+when\b",
            re.I,
        ),
        "time",
    ),
    (
        re.compile(
            r"^where\b|\bwhere\s+\w+",
            re.I,
        ),
        "place",
    ),
    (
        re.compile(
            r"^(?:" + alternation(QA_WHO_WORDS) + r")\b|\bwho\b",
            re.I,
        ),
        "person",
    ),
    (
        # "which film…", "what title…": a name; "what does X want…" asks for a thing
        re.compile(
            r"\b(?:which|what)\s+(?!(?:" + alternation(QA_WHICH_NOT_NOUN) + r")\b)\w+",
            re.I,
        ),
        "name",
    ),
]
_HOW = re.compile(
    r"\bhow\s+(?:" + alternation(QA_HOW_AMOUNT) + r")\b|\bby\s+how\b",
    re.I,
)
_MONEY = re.compile(
    r"\bhow\s+much\b(?!\s+(?:"
    + alternation(QA_HOW_MUCH_NOT_MONEY)
    + r"))|\b(?:"
    + alternation(QA_MONEY_WORDS)
    + r")\b",
    re.I,
)
# "how much gold does…", "how much oil was…": a lower-case noun right after "how much",
# then the question's verb: the amount of that thing is asked
# ("How much", "how much": any case; the noun in lower case, not "how much Tesco made")
_HOW_MUCH_NOUN = re.compile(
    r"\b(?i:how\s+much)\s+(?P<noun>[a-z][\w-]*)\s+(?i:" + alternation(QA_ASKED_AUX | QA_BE) + r")\b"
)
_SHARE = re.compile(r"\b(?:" + phrase_alternation(QA_SHARE_NOUNS) + r")\b", re.I)
_HOW_MANY_REST = re.compile(r"\bhow\s+(?:many|much)\s+(?P<rest>[\w'’-]+(?:\s+[\w'’-]+){0,5})", re.I)
_FOCUS = re.compile(
    r"\b(?:how\s+(?:many|much)|which|what)\s+(?:of\s+the\s+)?(?P<focus>[\w-]+)", re.I
)


@dataclass(frozen=True, slots=True)
class Question:
    """A question read for answering. `terms` are (word as written, concept) pairs of its
    content words; `focus` is the concept of the noun it asks about, if any."""

    text: str
    type: AnswerType
    terms: tuple[tuple[str, str], ...]
    focus: str | None
    concepts: frozenset[str]
    money: bool = False
    share: bool = False
    category: frozenset[str] = frozenset()  # the head noun and its plain modifiers
    object_verb: str | None = None  # "who did Harriers beat?" asks for the object of beat
    link: str | None = None  # "what is it named after?": the answer follows "after"
    tense: str | None = None  # "future" for "when will…", "past" for "when did…"
    deed: frozenset[str] = frozenset()  # "resign" of "when did Blair resign…?": the verb asked of


_AUX = alternation(QA_WHICH_NOT_NOUN | {"about"})
_WHICH = re.compile(
    rf"\b(?:which|what)\s+(?!(?:{_AUX})\b)(?P<rest>[\w'’-]+(?:\s+[\w'’-]+){{0,5}})", re.I
)
_STOP_HEAD = QA_WHICH_NOT_NOUN | {"about"} | QA_HEAD_STOPS
_OPENING: list[tuple[re.Pattern[str], AnswerType]] = [
    (re.compile(r"^(?:\w+\s+){0,2}?when\b", re.I), "time"),
    (re.compile(r"^(?:\w+\s+){0,2}?where\b", re.I), "place"),
    (re.compile(r"^(?:\w+\s+){0,2}?(?:" + alternation(QA_WHO_WORDS) + r")\b", re.I), "person"),
]
_NOUN_TYPE: dict[str, AnswerType] = {
    **dict.fromkeys(sorted(QA_QUANTITY_NOUNS), "quantity"),
    **dict.fromkeys(sorted(QA_CHANGE_NOUNS), "quantity"),
    **dict.fromkeys(sorted(QA_TIME_NOUNS), "time"),
    **dict.fromkeys(sorted(PLACE_NOUNS), "place"),
    **dict.fromkeys(sorted(PERSON_NOUNS), "person"),
}


# "what time did she clock?", "what time did she win the mile in?", "what was Smith's
# winning time?", "what was Smith's time?": the time a finished race took, not the hour
# of the day or the year ("what time does the show run?", "the company's time frame")
_RACE_TIME = re.compile(
    r"\b(?:what|which)(?:\s+time\s+(?:"
    + alternation(QA_FINISHED_AUX)
    + r")\b.*\b(?:"
    + alternation(QA_TIMED_VERBS)
    + r")\b"
    # "what time did she win the 10km in?": the time it took, not when
    + r"|\s+time\s+(?:"
    + alternation(QA_FINISHED_AUX)
    + r")\b.*\sin\W*$"
    + r"|(?:'s|’s|\s+(?:"
    + alternation(QA_BE)
    + r"))\s+(?:the\s+)?(?:(?-i:(?:[A-Z][\w-]*\s+)*)"
    + r"[\w-]+(?:'s|’s|s')\s+(?:(?:"
    + alternation(QA_TIMED_KINDS)
    + r")\s+time\b|time\W*$)|(?:"
    + alternation(QA_TIMED_KINDS)
    + r")\s+time\b))",
    re.I,
)


def asks_race_time(text: str) -> bool:
    """The question asks how long a race or a run took: a measure, read as "how long"."""
    return _RACE_TIME.search(text) is not None


def answer_type(text: str) -> AnswerType:
    """The type of answer a question wants, from its question words: "why" and "how
    many" first, then an opening "when/where/who", then the noun after "which/what"
    ("which film" a name, "which city" a place, "what share" a quantity), then the
    wider patterns ("what was the score")."""
    reason, quantity = _RULES[0][0], _RULES[1][0]
    if reason.search(text):
        return "reason"
    asked = head_noun(text)
    if asked and fold(asked) in REASON_NOUNS:
        return "reason"  # "what excuse did they give…"
    if asked and fold(asked) in PHRASE_NOUNS:
        return "thing"  # "what injury is keeping him out…": the sentence answers
    if _HOW.search(text) or asks_race_time(text):
        return "quantity"
    for pattern, kind in _OPENING:
        if pattern.search(text):
            return kind
    if _CHART_PLACE.search(text) and not quantity.search(_CHART_PLACE.sub("", text)):
        return "name"  # "what was the first number one…": a record, not a count
    match = _WHICH.search(text)
    if match:
        # The head noun: "which Evening Standard journalist" -> journalist; the scan
        # stops at a verb or preposition ("which film slipped to number two" -> film).
        rest = match["rest"].split()
        for i, word in enumerate(rest):
            low = word.lower()
            if word[:1].isupper() and _capital_head(rest) == word:
                return "person"  # "which Commons Speaker said…": a title, the head
            if word[:1].isupper() or low in QA_PRE_HEAD:
                continue  # "which American chart", "which other…": not the head
            if low in _NOUN_TYPE and not _noun_follows(rest, i):
                return _NOUN_TYPE[low]
            if low in _STOP_HEAD or low in STOP_WORDS or verb_like(low):
                break  # "which consultancy said the growth…": the scan ends at the verb
        return "name"
    if quantity.search(text):
        return "quantity"
    named = _what_the_head(text)
    if named and not _LINK.search(text):  # "what is the scheme named after?": a link
        return _NOUN_TYPE.get(fold(named), "name")
    for pattern, kind in _RULES[2:]:
        if pattern.search(text):
            return kind
    return "thing"


# "number one", "number 2": a place in a chart, the record or team there, not a count
_CHART_PLACE = re.compile(r"\bnumber\s+(?:one|two|three|four|five|1|2|3|4|5)\b", re.I)
# "Who is the Bulgaria coach…", "who was the Labour candidate…": the role asked about
_WHO_IS_ROLE = re.compile(
    r"^(?i:who)(?:\s+(?i:"
    + alternation(QA_BE)
    + r")\s+|['’]s\s+)(?i:"
    + alternation(ARTICLES)
    + r")\s+(?:[A-Z][\w'’-]*\s+)*"
    r"(?P<role>[a-z]+)\b"
)
# "What was the top-grossing foreign film in Japan?" asks for a film, as "which film…" does.
_WHAT_THE = re.compile(
    r"^(?i:what)(?:\s+(?P<be>(?i:" + alternation(QA_BE) + r"))\s+|['’]s\s+)"
    r"(?:(?i:" + alternation(ARTICLES) + r")|(?P<owner>(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s?))\s+"
    r"(?P<rest>[\w'’-]+(?:\s+[\w'’-]+){0,5})"
)


def _what_the_head(text: str, owned: bool = True) -> str | None:
    """The head noun of "what is/was the <noun>…": "what was the top-grossing foreign
    film…" -> film, "what was Roxy Music's last album…" -> album (unless not `owned`);
    none when a name or a verb comes first ("what is the Baikal Finance Group named
    after?", "what are the hijacked PCs called?")."""
    match = _WHAT_THE.match(text)
    if not match or (match["owner"] and not owned):
        return None
    rest = match["rest"].split()
    head = _scan_head(rest)
    if match["owner"] and head is not None:
        after = rest.index(head) + 1
        if after < len(rest) and fold(rest[after]) in QA_TOPIC_RELATING:
            return None  # "what is Brown's view on the euro?": a view, no named thing
    if match["be"] is None and (
        head is None or head != match["rest"].split()[0] or fold(head) not in _NOUN_TYPE
    ):
        return None  # "what's the deadline…", but not "what's the latin american state TV…"
    return head


def head_noun(text: str, owned: bool = True) -> str | None:
    """The noun a "which/what" question asks for: "which security firm gave…" -> firm,
    "which Welsh runner…" -> runner, "what new contest has…" -> contest. Capitalised
    modifiers are skipped; the scan stops at a verb or function word; a noun that names
    a type of answer ("city", "year") wins over the last word read."""
    match = _WHICH.search(text)
    if not match or not re.match(r"(?:which|what)\b", match.group(), re.I):
        return _what_the_head(text, owned)
    words = match["rest"].split()
    return _scan_head(words) or _capital_head(words)


def _capital_head(words: list[str]) -> str | None:
    """A title that ends the capitalised words after "which": "which Commons Speaker
    said…" -> Speaker, "which UKIP MEP…" -> MEP; the words before it ("Commons") narrow
    it, as a lower-case modifier does. None when a lower-case word goes on the noun
    phrase ("which Labour MP candidate…": the scan reads that) or the last capitalised
    word is no title ("which Man City won…")."""
    last = None
    for i, word in enumerate(words):
        if not word[:1].isupper():
            low = fold(word)
            if last is None or not (low in STOP_WORDS or verb_like(low) or low in _STOP_HEAD):
                return None
            break
        last = i
    if last is None:
        return None
    low = fold(words[last]).strip("?,.!;:")
    return words[last] if low in PERSON_NOUNS or (low in ROLE_WORDS and last > 0) else None


def _scan_head(words: list[str]) -> str | None:
    """The head noun of the words after "which", "what" or "how many": the last noun
    before a verb or function word, or a noun that names a type of answer."""
    last = None
    for i, word in enumerate(words):
        low = fold(word).replace("’", "'")
        if word[:1].isupper() or any(ch.isdigit() for ch in word) or low in QA_PRE_HEAD:
            continue
        if low in _NOUN_TYPE and not _noun_follows(words, i):
            return word
        following = fold(words[i + 1]) if i + 1 < len(words) else ""
        if (
            low in _STOP_HEAD
            or low in STOP_WORDS
            or low in QUESTION_WORDS
            or verb_like(low)
            or low in QA_ADVERBS
            or low.endswith("ly")
            or following in QA_QUESTION_DETERMINERS  # "which laptop part drains the most…"
            # "which clubs go into…"; but "which police officer": a person noun after it
            or (last is not None and _plural(fold(last)) and low not in PERSON_NOUNS)
        ):
            break
        last = word
    return last


def _noun_follows(words: list[str], i: int) -> bool:
    """The word after words[i] is a noun it describes: "which budget airline", "what
    price rise", "which american actor" (typed in lower case): the noun that names a type
    of answer is a modifier there, and the head comes after it. A noun of a person or a
    place stays the head before an untyped word ("which city hosts…", "which economist
    put…": the word after may be its verb)."""
    if i + 1 >= len(words) or _plural(fold(words[i])):
        return False
    low, nxt = fold(words[i]), fold(words[i + 1]).strip("?,.!;:")
    if not (
        nxt.isalpha()
        and words[i + 1][:1].islower()
        and nxt not in _STOP_HEAD
        and nxt not in STOP_WORDS
        and nxt not in QUESTION_WORDS
        and nxt not in QA_ADVERBS
        and not verb_like(nxt)
        and not nxt.endswith("ly")
        and not concept(nxt)[:1].isdigit()  # "number one": a chart place
    ):
        return False
    if nxt in _NOUN_TYPE or low in DEMONYMS:
        return True
    return _NOUN_TYPE.get(low) in ("quantity", "time") and not _plural(nxt)


def _plural(low: str) -> bool:
    """A plural noun ends a noun phrase: the word after it ("which English clubs go…",
    "how many people work…") is its verb, unless it names a type of answer ("home affairs
    spokesman")."""
    if low in QA_PLURAL_NOUNS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ws"))


# "What was the score…", "what are Clive Owen's odds…": the noun after the names.
_WHAT_IS = re.compile(
    r"^(?i:what\s+(?:"
    + alternation(QA_BE)
    + r"))\s+(?:the\s+|[A-Z][\w'’.-]*\s+)*(?P<noun>[a-z][\w-]*)"
)


def modifiers(text: str) -> list[str]:
    """The lower-case words between "which" and its head noun: "which research firm"
    -> ["research"], the kind of thing the answer is."""
    head = head_noun(text)
    match = _WHICH.search(text)
    if not head or not match:
        return []
    out = []
    for word in match["rest"].split():
        if word == head:
            break
        low = fold(word)
        if not word[:1].isupper() and low not in STOP_WORDS and low not in QA_PRE_HEAD:
            out.append(word)
    return out


# "Who did Harriers beat…", "which club will the firm sponsor…": an auxiliary, then the
# subject, then the verb whose object is the answer.
_OBJECT_ASKED = re.compile(
    r"^(?:(?:who|whom)\s+|(?:which|what)\s+(?:[\w'’-]+\s+){1,4}?)"
    r"(?P<aux>" + alternation(QA_ASKED_AUX) + r")\s+(?P<rest>.+)",
    re.I,
)


_HOW_DONE = QA_ADVERBS | QA_HOW_DONE


def object_verb(text: str) -> str | None:
    """The verb whose object an object question asks for, as a concept: "who will
    Ireland host in…" -> host. The subject before it is skipped: capitalised words,
    determiners, possessives, and lower-case words followed by another noun-like word
    ("tennis player Sania Mirza live in…")."""
    match = _OBJECT_ASKED.match(text)
    if not match:
        return None
    words = [w.strip("?,.!;:") for w in match["rest"].split()]
    # typed without capitals, names are not marked; but "did" is always followed by
    # its subject ("which club did holders man utd draw…"), "will" may not be
    lower = (
        bool(words)
        and text[1:] == text[1:].lower()
        and fold(match["aux"]) in QA_DO
        and fold(words[0]) not in _HOW_DONE
        and not fold(words[0]).endswith("ly")
    )
    opens = bool(words) and (words[0][:1].isupper() or fold(words[0]) in QA_QUESTION_DETERMINERS)
    if not words or not (opens or lower):
        return None  # "which firm will soon buy…", "which club has been…": the subject
    for i, word in enumerate(words[1:], start=1):
        low = fold(word)
        if not low or not low[0].isalpha() or word[:1].isupper() or low in STOP_WORDS:
            continue
        if low.endswith(("'s", "’s")):
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if following[:1].isupper() or (
            following[:1].isalpha() and fold(following) not in STOP_WORDS
        ):
            continue  # "Brookside creator Phil Redmond", "the club appoint…": the subject
        return concept(word)
    return None


def verb_like(low: str) -> bool:
    """Whether a folded word reads as a past form or participle ("founded", "won"): a
    verb, not the noun of a question's head (rank.py's event verb too)."""
    return low.endswith("ed") or low in IRREGULAR_VERBS


_STORY = "|".join(sorted(STORY_NOUNS))
# The reader's frame around a question: "…, in the story about X?" keeps X, drops the rest.
_FRAME = re.compile(
    rf",?\s*\b(?:(?:{alternation(QA_STORY_PREPOSITIONS)})\s+(?:{alternation(QA_STORY_DETERMINERS)})\s+(?:\w+\s+)?(?:{_STORY})\s+"
    rf"(?:{alternation(QA_STORY_ABOUT)})|according\s+to\s+(?:{alternation(QA_THE_THIS_THAT)})\s+"
    rf"(?:{_STORY})|(?:{alternation(QA_THE_THIS_THAT)})\s+(?:{_STORY})\s+(?:{alternation(QA_STORY_SAYS)}))\b,?",
    re.I,
)
# "What's the name of the candidate…", "name the firm that…" ask as "which candidate…",
# "which firm…" do.
_NAME_OF = re.compile(
    r"^(?:(?:what\s+is|what's|what’s|whats|what\s+was)\s+the\s+names?\s+of|name|identify)"
    # "the name of Ricky Gervais's new sitcom" asks for the sitcom, as "which sitcom" does
    r"\s+(?:(?:"
    + alternation(QA_NAMED_DETERMINERS)
    + r")\s+|(?=(?-i:(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s?\s)))",
    re.I,
)
# The polite opening of a question: "Can you tell me when…", "do you know how many…".
_POLITE = re.compile(
    r"^(?:please\s+)?(?:(?:"
    + alternation(QA_POLITE_MODALS)
    + r")\s+you\s+(?:please\s+)?(?:tell|show)\s+me|"
    r"(?:do|does)\s+(?:"
    + alternation(QA_ASKED_PEOPLE)
    + r")\s+know|tell\s+me|i\s+(?:want|would\s+like|'d\s+like)"
    r"\s+to\s+know)\s+(?=\w)",
    re.I,
)
_WHICH_THAT = re.compile(r"^(Which\s+(?:[\w'’-]+\s+){1,4}?)(?:that|who)\s+", re.I)
_NUMBER_OF = re.compile(r"^what\s+(?:number|amount)\s+of\b", re.I)
# "How many times…", "how often…": "twice" and "once" answer.
ASKS_TIMES = re.compile(r"\bhow\s+(?:many\s+times|often)\b", re.I)
# "whats", "wheres", "whos": a question word and "is" typed without the apostrophe
_UNAPOSTROPHED = re.compile(r"\b(" + alternation(QA_UNAPOSTROPHED) + r")s\b", re.I)


def plain(text: str) -> str:
    """The question without the reader's frame: "how much does a Blackberry cost, in the
    story about the Commons ban?" -> "how much does a Blackberry cost the Commons ban?";
    "What's the name of the candidate…" -> "Which candidate…"."""
    text = " ".join(text.split()).strip()
    text = _UNAPOSTROPHED.sub(r"\1's", text)
    text = _FRAME.sub(" ", text).strip(" ,")
    text = _POLITE.sub("", text)
    if _NAME_OF.match(text):  # "name the firm that bought…" -> "Which firm bought…"
        text = _WHICH_THAT.sub(r"\1", _NAME_OF.sub("Which ", text))
    text = _NUMBER_OF.sub("How many", text)
    return " ".join(text.split())


def read_question(text: str) -> Question:
    """Read a question: its answer type, focus and content words."""
    text = plain(text)
    kind = answer_type(text)
    terms: list[tuple[str, str]] = []
    seen: set[str] = set()
    previous = ""
    for _, _, word in spans(text):
        low = fold(word).replace("’", "'")
        after, previous = previous, low
        if low in QA_HOW_MEASURES and after != "how":
            pass  # "the high jump", "a long delay": no measure asked
        elif low in QUESTION_WORDS or is_stop(word) or is_stop(unpossessed(word)):
            continue  # "us" is a stop word, "US" the country
        if _contracted_stop(low):
            continue  # "he'd", "they've", "shouldn't": stop words run together
        # "Walkman-branded" is looked for as its parts, found written either way
        for part in split_hyphen(word) or [word]:
            c = concept(part)
            if c and c not in seen and not is_stop(part):
                seen.add(c)
                terms.append((part, c))
    focus = None
    # "what was Ford's net profit…" counts a profit: its focus is read as before
    head = head_noun(text, owned=kind == "name")
    match = _FOCUS.search(text)
    copula = _WHAT_IS.search(text)
    role = _WHO_IS_ROLE.match(text) if kind == "person" and not head else None
    if head:
        focus = concept(head)
    elif role and fold(role["role"]) in PERSON_NOUNS:
        focus = concept(role["role"])  # "who is the Bulgaria coach…" asks for a coach
    elif copula and kind == "quantity":
        focus = concept(copula["noun"])
    elif (
        match
        and fold(match["focus"]) not in STOP_WORDS | QUESTION_WORDS
        and not (kind == "name" and verb_like(fold(match["focus"])))  # "what won…"
    ):
        # "how many new broadband connections did…": the head noun, not the first word
        counted = _HOW_MANY_REST.search(text)
        head = _scan_head(counted["rest"].split()) if counted else None
        focus = concept(head or match["focus"])
    all_concepts = frozenset(concept(w) for _, _, w in spans(text))
    money = kind == "quantity" and _asks_money(text, focus)
    share = kind == "quantity" and bool(_SHARE.search(text))
    category = frozenset(concept(w) for w in modifiers(text)) | ({focus} if focus else set())
    verb = object_verb(text) if kind in ("person", "name", "place") else None
    link = _LINK.search(text) if kind == "thing" else None
    then = _NAMED_THEN.search(text) if kind == "thing" and not link else None
    if then:
        # "what's the new book called that says…": the noun before "called" is the thing
        # named (not read so for a question ending in "called": "what's Sapporo's drink
        # called?" has its words in the sentence that restates it)
        link = then
        named = _NOUN_BEFORE_LINK.search(text[: then.start("link")])
        if focus is None and named and not is_stop(named["noun"]):
            focus = concept(named["noun"])
            category = category | {focus}
    return Question(
        text,
        kind,
        tuple(terms),
        focus,
        all_concepts,
        money,
        share,
        category,
        verb,
        link["link"].lower() if link else None,
        tense(text) if kind == "time" else None,
        deed(text) if kind in ("time", "reason") else frozenset(),
    )


def compound_parts(word: str) -> list[str]:
    """The words of a lower-case compound a reader hyphenates ("healthy-eating",
    "loss-making"), which an article may write apart; the sentences hold both."""
    parts = word.split("-")
    if len(parts) < 2 or not word.islower() or not all(len(p) >= 3 and p.isalpha() for p in parts):
        return []
    return parts


_CONTRACTED = re.compile(r"(?P<word>[a-z]+?)(?:n't|'d|'m|'re|'ll|'ve)")


def _contracted_stop(low: str) -> bool:
    """A stop word run together with "would", "am", "not" and the like: "he'd", "I'm",
    "they've", "shouldn't", "won't"."""
    match = _CONTRACTED.fullmatch(low)
    return match is not None and (match["word"] in STOP_WORDS or match["word"] in QA_NOT_STEMS)


def _asks_money(text: str, focus: str | None) -> bool:
    """A quantity question asks for a sum of money: "how much…", "what fee…", "how
    much did it raise". Not "how many jobs will the budget create": what "how many"
    counts is its noun, whatever money words follow."""
    if not _MONEY.search(text):
        return False
    if measured_thing(text):
        return False  # "how much gold does the IMF have?": an amount of gold, not money
    counted = _HOW_MANY_REST.search(text)
    if counted and counted.group().lower().startswith("how many") and focus:
        return any(_MONEY.fullmatch(w) for w in (focus, *counted["rest"].split()[:1]))
    return True


def measured_thing(text: str) -> bool:
    """ "how much gold does the IMF have?": the amount of a thing that is no money word
    is asked, which a sum of money does not measure."""
    measured = _HOW_MUCH_NOUN.search(text)
    return measured is not None and not _MONEY.search(text, measured.start("noun"))


def unpossessed(word: str) -> str:
    """A word without its possessive ending ("Jones's", "Jones'" -> "Jones"); other
    trailing s's stay ("Hess", "Wes" are names, not "he", "we")."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) and len(word) > 1 else word


# "when will…", "when is the trial set to start?": a future event; "when did…", "when
# was…": a past one.
FUTURE = re.compile(
    # "Will Smith", "Shall Khan": a capitalised modal before a capitalised word is a name
    r"\b(?:(?-i:(?:[Ww]ill|[Ss]hall)(?!\s+[A-Z]))|won't|"
    r"(?:" + alternation(QA_FUTURE_CUES) + r")\s+to|"
    r"(?:is|are)\s+to\s+(?:be\s+)?\w+)\b|'ll\b|\bnext\s+(?:"
    + alternation(QA_SEASONS_AHEAD)
    + r")\b",
    re.I,
)
# "the firm expects to…", "she plans to…": a sentence about a plan looks ahead, though
# it says "said"; a question does only with "does/do" (_ASKS_AHEAD): "when did X plan to
# sell" asks about the past.
_PLANS = re.compile(r"\b(?:" + alternation(QA_PLAN_VERBS) + r")s?\s+to\b", re.I)


def looks_ahead(text: str) -> bool:
    """A sentence about what is to come: a future form or a plan."""
    return bool(FUTURE.search(text) or _PLANS.search(text))


def ahead_end(text: str) -> int | None:
    """Where the last future form or plan of `text` ends ("is set to| leave"), if any:
    what follows it is what is to come, unless another verb takes the tense back."""
    ends = [m.end() for pattern in (FUTURE, _PLANS) for m in pattern.finditer(text)]
    return max(ends) if ends else None


_ASKS_PAST = re.compile(
    r"\b(?:"
    + alternation(QA_WHEN_WORDS)
    + r")\s+(?:"
    + alternation(QA_PAST_AUX)
    + r")\b|\b(?:died|happened)\b",
    re.I,
)


# "when does Diageo expect regulators to clear the deal?": a plan or hope asks ahead
_ASKS_AHEAD = re.compile(
    r"\b(?:" + alternation(QA_WHEN_WORDS) + r")\s+(?:does|do)\s+(?:\S+\s+){1,5}?"
    r"(?:" + alternation(QA_PLAN_VERBS) + r")\b",
    re.I,
)


# "when is the singer introducing his film?", "when are the prizes being handed out?":
# the present progressive of a when-question asks after an arrangement, still to come;
# an "-ing" word after a determiner is a noun ("when is the opening?") and says nothing
_ASKS_ARRANGED = re.compile(
    r"\b(?:" + alternation(QA_WHEN_WORDS) + r")\s+(?:is|are)\s+(?P<rest>(?:[\w'’-]+\s*){1,7})",
    re.I,
)
_PARTICIPLE = re.compile(r"[a-z]{2,}ing")


def _asks_arranged(text: str) -> bool:
    """Whether a when-question asks in the present progressive ("when is he introducing
    …?"): a word in -ing after the verb, not after a determiner (a noun: "the opening")."""
    found = _ASKS_ARRANGED.search(text)
    if found is None:
        return False
    words = found["rest"].split()
    return any(
        _PARTICIPLE.fullmatch(word) and words[i - 1].lower() not in NOUN_DETERMINERS
        for i, word in enumerate(words)
        if i > 0
    )


def tense(text: str) -> str | None:
    """The tense of a question: "future", "past" or None when it does not say."""
    if FUTURE.search(text) or _ASKS_AHEAD.search(text) or _asks_arranged(text):
        return "future"
    if _ASKS_PAST.search(text):
        return "past"
    return None


# "what's the new book called that says…": a naming word, then what the thing does
_NAMED_THEN = re.compile(
    r"^what\b.*?\s(?P<link>"
    + alternation(NAMING_LINKS)
    + r")\s+(?:"
    + alternation(QA_RELATIVES)
    + r")\s",
    re.I,
)
_NOUN_BEFORE_LINK = re.compile(r"(?P<noun>[a-z][\w-]*)\s+$", re.I)
_LINK = re.compile(r"^what\b.*\s(?P<link>" + "|".join(sorted(LINK_WORDS)) + r")\s*[?.!]*$", re.I)


# "when did Tony Blair resign…", "why was the minister sacked…": a when or a why, its
# auxiliary, and what follows (the subject, then the verb)
_DEED = re.compile(
    r"^(?:\w+\s+){0,2}?(?:when|why)\s+(?P<aux>" + alternation(QA_WHEN_AUX) + r")\s+(?P<rest>.+)$",
    re.I,
)
_DEED_WORD = re.compile(r"[\w'’-]+")
# the forms a verb takes after "was" or "has": "appointed", "sold", "chosen"
_PARTICIPLE_END = ("ed", "en")


def _titles(words: Sequence[str], at: int) -> bool:
    """The word at `at` runs straight into a capitalised one: a title before a name
    ("chairman Bill Hart"), not the verb of the question."""
    return at + 1 < len(words) and words[at + 1][:1].isupper()


def deed(text: str) -> frozenset[str]:
    """The words that may be the verb a when- or a why-question dates or explains, as
    concepts: "resign" of "when did Tony Blair resign as prime minister?", "appoint" of
    "when was Richard Thomas appointed…", "festival" and "start" of "when does Patti
    Smith's Meltdown festival start?" (a subject's noun cannot be told from the verb):
    a date or a reason in a sentence that says none of them is of another deed. The
    lower-case words after the auxiliary up to the first small word, past names,
    determiners and adverbs, or the one word after a bare name ("Yahoo sell shares"); after
    "was" or "has", its participles. None for a question
    without capitals (its names cannot be told from its verb), nor one that asks why
    someone said or thinks something (the reason is of what was said), nor one whose
    words run into a "to" ("want to make": the deed is further on)."""
    match = _DEED.match(text)
    if match is None or text[1:].islower():
        return frozenset()
    found: list[str] = []
    titled: list[str] = []  # words set aside as a title: the verb if no other follows
    plain_name = owned = named = False  # just after a name no determiner or possessive qualified
    did = fold(match["aux"]) in QA_DO
    words = _DEED_WORD.findall(phrasal(match["rest"]))
    for at, word in enumerate(words):
        low = fold(word).replace("’", "'")
        if word[:1].isupper() or low.endswith("'s") or low in NOUN_DETERMINERS:
            if found:
                break
            owned = owned or not word[:1].isupper() or low.endswith("'s")
            plain_name = word[:1].isupper() and not owned
            named = named or word[:1].isupper()
            continue
        if low in QA_ADVERBS | QA_BEFORE_EVENT or low.endswith("ly"):
            continue
        if is_stop(word) or not low.replace("-", "").isalpha():
            if low == "to":
                return frozenset()  # "want to make", "try to sell": the deed is further on
            break
        found.append(low)
        if (not named or owned or (did and plain_name)) and _titles(words, at):
            # "ex-minister Lord Hale", "club chairman Bill Hart", "Blair's wife Cherie"
            titled, found = found, []
            continue
        if did and plain_name:
            break  # "did Yahoo sell shares": the verb follows the name, its object after it
    found = found or titled  # "did Yahoo buy Flickr?": no verb after the name
    if any(word in REPORTING_VERBS for word in found):
        return frozenset()
    if not did:
        # (a phrasal verb's participle leads it: "called-off", "shut-down")
        found = [
            w
            for w in found
            if w.split("-")[0].endswith(_PARTICIPLE_END) or w.split("-")[0] in IRREGULAR_VERBS
        ]
    return frozenset(concept(word) for word in found)
