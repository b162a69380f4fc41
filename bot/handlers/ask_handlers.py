"""/ask: a question in plain words, routed to the command that answers it.

"who said …" goes to /whosaid, "what did X say (about Y)" to X's statements (ranked by Y),
"what did the chancellor say about Y" to those of the office's one main holder (else the
sentences answer), "summarise …" to /summary ("… the latest article about X": X's),
"find …" to /search, "who is X" / "tell me about X" to the person card when X reads as a
name, and answered from the sentences when the card knows nobody by that name; "who is
the chancellor?" to the people the articles give that office (from the sentences when
nobody holds it); every other question is answered from the sentences.
Routing lives here, in the command layer: the engine knows questions, not commands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.articles.lexicon import GIVEN_NAMES, ROLE_WORDS
from bot.articles.qa import find_answers
from bot.articles.qa.rank import fingerprint
from bot.articles.qa.topic import statements_about
from bot.articles.roles import office
from bot.articles.textnorm import STOP_WORDS, fold
from bot.handlers import quote_handlers as quotes
from bot.handlers import summary_handlers as summaries
from bot.handlers.help_handlers import help_command
from bot.handlers.registry import MAX_QUERY_CHARS, Option, command, has_words
from bot.handlers.search_handlers import search
from bot.library import Library
from bot.replies import Reply, problem
from bot.replies.ask_replies import (
    answer_reply,
    holders_reply,
    no_answer_reply,
    statements_about_reply,
    thanks_reply,
)
from bot.replies.quote_replies import is_attributed

Route = Literal[
    "help",
    "thanks",
    "who_said",
    "quotes_by",
    "office_said",
    "summary",
    "who_is",
    "who_holds",
    "search",
    "answer",
]
ANSWERS = 3  # sentences read for one reply (the best, and the ones that may disagree)
CLOSEST_ARTICLES = 3


@dataclass(frozen=True, slots=True)
class Routed:
    """Which command a question is, its argument (quote text, person, article hint,
    keywords or the question itself) and, for "what did X say about Y", the topic Y."""

    kind: Route
    argument: str
    topic: str = ""


_SAY = r"(?:said|says|say|stated|states|told|tells|declared|remarked|claimed|warned|wrote|tweeted)"
# "please " before a request; "hi, " / "so " before a question: cut when a comma follows
# or a question goes on ("so who won?"), not when it starts a name ("OK Computer", "So
# Solid Crew")
_FILLER = re.compile(
    r"^(?:please[\s,]+|(?:hey|hi|ok|okay|so|and|bot)(?:\s*,\s*|\s+(?=(?:who|whom|whose|what|"
    r"when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|tell|give|"
    r"show|help)\b)))",
    re.IGNORECASE,
)
# Verbs that also take a plain object ("who wrote the books…", "who told the police…"):
# a quotation only when "that" or a quotation mark follows.
_SAY_OR_DO = r"(?:told|tells|claimed|warned|wrote|tweeted)"
_WHO_SAID = [
    re.compile(
        rf"^who\s+(?!{_SAY_OR_DO}\s+(?!that\b|[\"'“‘]))"
        rf"{_SAY}\s+(?:that\s+|the\s+words?\s+|this:?\s+)?(?P<arg>.+)$",
        re.I,
    ),
    re.compile(
        r"^who\s+(?:is|was)\s+quoted\s+(?:as\s+)?(?:saying|having\s+said)\s+(?P<arg>.+)$", re.I
    ),
    re.compile(rf"^(?:which|what)\s+\w+\s+{_SAY}\s+(?:that\s+)?(?P<arg>.+)$", re.I),
    re.compile(r"^who\s+(?:is|was)\s+the\s+source\s+of\s+(?P<arg>.+)$", re.I),
]
_TOPIC = r"(?:\s+(?:about|on|regarding|of|concerning)\s+(?P<topic>.+))?"
_QUOTES_BY = [
    re.compile(
        r"^what\s+(?:did|does|do|has|have|had)\s+(?P<arg>.+?)\s+"
        r"(?:say|said|tell|told|claim|claimed|state|stated|announce|announced|think)"
        rf"(?:\s+(?:us|reporters|the\s+\w+))?{_TOPIC}$",
        re.I,
    ),
    re.compile(rf"^what\s+(?:was|is|has\s+been)\s+{_SAY}\s+by\s+(?P<arg>.+?){_TOPIC}$", re.I),
    re.compile(
        r"^(?:(?:show|list|give|find|get)\s+(?:me\s+)?)?(?:all\s+)?(?:the\s+)?"
        r"(?:quotes|quotations|statements|comments|remarks)\s+(?:from|by|of)\s+(?P<arg>.+?)"
        rf"{_TOPIC}$",
        re.I,
    ),
    re.compile(rf"^what\s+(?P<arg>.+?)\s+{_SAY}{_TOPIC}$", re.I),
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
# A request for the bot's own help, as a new user types it to the bot ("@bot help",
# "help" in the console): the command list, not a sentence that has "help" in it.
_HELP = re.compile(
    r"^(?:help(?:\s+me)?|commands|(?:what|which)\s+(?:are\s+)?(?:your\s+)?commands"
    r"|what\s+can\s+(?:you|i)\s+(?:do|ask)|how\s+do\s+i\s+use\s+(?:you|this(?:\s+bot)?))$",
    re.I,
)
# A whole message that only greets or thanks the bot ("@bot hi", "thanks!"), as people
# talk to a bot in a channel: a greeting gets the command list, thanks a short reply;
# neither is a question to answer from some sentence that says "hello".
_GREETING = re.compile(
    r"^(?:hello|hi|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day))"
    r"(?:\s+(?:there|bot|all|everyone|folks|again))?$",
    re.I,
)
_THANKS = re.compile(
    r"^(?:(?:ok|okay|great|cool|nice|perfect)[\s,]+)?(?:thanks|thank\s+you|thx|ty|cheers)"
    r"(?:\s+(?:a\s+lot|so\s+much|very\s+much|again))?(?:\s+bot)?$",
    re.I,
)
_QUOTE_MARKS = "\"'“”‘’«»„"
_USER_MENTION = re.compile(r"<@!?\d+>")  # a raw Discord mention of a user
_TITLES = re.compile(r"^(?:the\s+)?(?:mr|mrs|ms|dr|prof|sir|lord|lady)\.?\s+", re.I)
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al"})
MAX_NAME_WORDS = 4


def route(question: str) -> Routed:
    """Which command a question is, by its wording; anything else is a plain question."""
    talk = re.sub(r"\s+", " ", _USER_MENTION.sub(" ", question)).strip(" !.,?")
    if _GREETING.match(talk):
        return Routed("help", "")
    if _THANKS.match(talk):
        return Routed("thanks", "")
    text = _clean(question)
    if not text:
        return Routed("answer", "")
    if _HELP.match(text):
        return Routed("help", "")
    for pattern in _WHO_SAID:
        match = pattern.match(text)
        if match and _strip(match["arg"]):
            return Routed("who_said", _strip(match["arg"]))
    if _SUMMARY.search(text):
        return Routed("summary", _summary_hint(text))
    for pattern in _QUOTES_BY:
        match = pattern.match(text)
        if not match or not _strip(match["arg"]):
            continue
        topic = _strip(match["topic"] or "")
        if looks_like_name(_person(match["arg"])):
            return Routed("quotes_by", _person(match["arg"]), topic)
        if role := office(match["arg"]):
            # "what did the chancellor say about Africa": the holder's statements
            return Routed("office_said", role, topic)
    match = _WHO_IS.match(text)
    if match and _strip(match["arg"]) and looks_like_name(_person(match["arg"])):
        return Routed("who_is", _person(match["arg"]))
    if match and (role := office(match["arg"])):
        return Routed("who_holds", role)
    match = _SEARCH.match(text)
    if match and _strip(match["arg"]):
        return Routed("search", _strip(match["arg"]))
    return Routed("answer", text)


def looks_like_name(text: str) -> bool:
    """A person's or organisation's name as a reader types it ("Lavrov", "antony
    blinken", "the BBC"), not a description ("named best actor at the awards", "the chief
    executive of Retail Decisions"): a few words, none of them a function word."""
    words = _TITLES.sub("", text).split()
    the = bool(words) and words[0].lower() == "the" and len(words) > 1 and words[1][:1].isupper()
    if the:
        words = words[1:]  # "the BBC", "the Foreign Office"
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    if len(words) > 1 and (
        _ends_in_role(words, the) or any(w.endswith(("'s", "’s", "'", "’")) for w in words[:-1])
    ):
        return False  # "the Shadow Home Secretary", "James Hardie's chairwoman": a role
    for word in words:
        low = word.lower().strip(".,'’")
        if low in _NAME_PARTICLES:
            continue
        if low in STOP_WORDS or not any(ch.isalpha() for ch in low):
            return False
        if not word[:1].isupper() and low.endswith(("ed", "ing")) and len(low) > 5:
            return False  # "named", "leading": a verb, so a description
    return True


def _ends_in_role(words: list[str], the: bool) -> bool:
    """The last word is a role ("secretary", "the Airport Director"), not a surname that
    is also one ("John Major", "Mervyn King", "Howard Dean"): a role when written in lower
    case, or after "the" with no given name before it."""
    last = words[-1].strip(".,'’")
    if last.lower() not in ROLE_WORDS:
        return False
    if last.islower():
        return True
    return the and not any(fold(w.strip(".,'’")) in GIVEN_NAMES for w in words[:-1])


def _clean(question: str) -> str:
    return _unfilled(question).rstrip("?!. ").strip()


def _unfilled(question: str) -> str:
    """The question without a raw mention or the "hi, " / "please " it opens with: what
    the sentences are asked, as the route read it ("hi, how much…" is a "how much")."""
    text = re.sub(r"\s+", " ", question).strip()
    opening = _USER_MENTION.match(text)  # a raw Discord mention, if one is left
    if opening is not None:
        text = text[opening.end() :].lstrip()
    previous = None
    while previous != text:
        previous = text
        text = _FILLER.sub("", text)
    return text


def _strip(arg: str) -> str:
    """An argument without surrounding quotes, punctuation and space."""
    return arg.strip().strip(_QUOTE_MARKS + " ?!.,:;").strip()


def _person(arg: str) -> str:
    """A person as written in a question: without "say about ..." tails or titles."""
    arg = re.split(r"\s+(?:about|on|regarding)\s+", _strip(arg), maxsplit=1)[0]
    arg = _TITLES.sub("", arg)
    return _strip(arg)


def _summary_hint(text: str) -> str:
    """Return "latest" for the newest article, else the words naming the article (what
    follows the summary word, or the "of/about ..." part before it): "the latest article
    about Yukos" names Yukos's."""
    text = _LATEST.sub(" ", text)
    keyword = _SUMMARY.search(text)
    after = text[keyword.end() :] if keyword else ""
    match = _SUMMARY_HINT.search(after) or _SUMMARY_HINT.search(text)
    hint = match["arg"] if match else after
    hint = re.sub(r"\s+", " ", _HINT_FILLER.sub(" ", hint)).strip()
    hint = re.sub(r"^(?:(?:of|about|on|for|regarding)\s+)+", "", hint, flags=re.I)
    return _strip(hint) or "latest"


@command(
    "ask",
    "Ask a question in plain words: who said…, what did X say, summarise…, or anything",
    Option("question", "Your question", required=True),
)
def ask(library: Library, question: str) -> Reply:
    question = " ".join(question.split())[:MAX_QUERY_CHARS]
    if not has_words(question):
        return problem(
            "What would you like to know?",
            "Ask a question, for example `/ask who said critical moment?`.",
            error="empty_query",
        )
    routed = route(question)
    question = _unfilled(question) or question
    if routed.kind == "help":
        return help_command(library)
    if routed.kind == "thanks":
        return thanks_reply()
    if routed.kind == "who_said":
        if library.quotes_ready and not _speaker_known(library, routed.argument):
            # no quote of these words with a speaker ("…," consultancy 4Cast said), or
            # none at all: the sentences may still name who said them; else /whosaid
            # says so and shows the closest quotes
            found = find_answers(question, library.search, library.by_key, limit=ANSWERS)
            if found and found[0].supported:
                return answer_reply(library, question, found)
        return quotes.whosaid(library, routed.argument)
    if routed.kind == "quotes_by":
        return _statements(library, routed.argument, routed.topic)
    if routed.kind == "office_said" and library.quotes_ready:
        reply = _office_statements(library, routed.argument, routed.topic)
        if reply is not None:
            return reply
    if routed.kind == "summary":
        hint = None if routed.argument in ("", "latest") else routed.argument
        return summaries.summary(library, hint)
    if routed.kind == "search":
        return search(library, routed.argument)
    if routed.kind == "who_is":
        card = quotes.who_is(library, routed.argument)
        if card.error != "unknown_person":
            return card
        # "who is X?" about someone the people list does not hold: X may be a role
        found = find_answers(question, library.search, library.by_key, limit=ANSWERS)
        return answer_reply(library, question, found) if found and found[0].supported else card
    if routed.kind == "who_holds":
        if (waiting := quotes.still_reading(library)) is not None:
            return waiting
        holders = library.people.holders(routed.argument)
        if holders:
            return holders_reply(library, question, holders, library.quotes.count_by_speaker())
    found = find_answers(question, library.search, library.by_key, limit=ANSWERS)
    if found and found[0].supported:
        return answer_reply(library, question, found)
    return no_answer_reply(library, question, _closest(library, question))


def _speaker_known(library: Library, words: str) -> bool:
    """The quote search finds these words with a speaker (among its best few matches:
    the same words may be quoted unattributed in one story and attributed in another)."""
    matches, _ = library.quotes.match_or_closest(words, limit=3, closest=0)
    return any(is_attributed(m.quote) for m in matches)


def _closest(library: Library, question: str) -> list[str]:
    """The articles closest to a question, a story filed twice listed once."""
    if not has_words(question):
        return []
    keys: list[str] = []
    seen: set[int] = set()
    for key in library.search.search_keys(question, limit=2 * CLOSEST_ARTICLES):
        article = library.get(key)
        mark = fingerprint(article) if article is not None else hash(key)
        if mark not in seen:
            seen.add(mark)
            keys.append(key)
    return keys[:CLOSEST_ARTICLES]


DOMINANT = 3  # times the statements of all other holders of an office together
HOLDER_STATEMENTS = 3  # an office's holder is known to the library by this many at least


def _main_holder(library: Library, office_name: str) -> str | None:
    """The one person an office means in this library: the holder the articles quote
    often, and far more than all its other holders together ("the prime minister":
    Tony Blair, not the five others some articles give the title); None when that is
    unclear, or when the office is an occupation many hold ("the judge")."""
    holders = library.people.holders(office_name)
    if not holders:
        return None
    counts = library.quotes.count_by_speaker()
    ranked = sorted(holders, key=lambda p: -counts.get(p.name, 0))  # stable: library order
    first = counts.get(ranked[0].name, 0)
    others = sum(counts.get(p.name, 0) for p in ranked[1:])
    if first < HOLDER_STATEMENTS or first <= DOMINANT * others:
        return None
    return ranked[0].name


def _office_statements(library: Library, office_name: str, topic: str) -> Reply | None:
    """ "What did the chancellor say about Africa": the main holder's statements on the
    topic; None (the sentences answer instead) when no one holder is meant or none of
    theirs is on the topic."""
    holder = _main_holder(library, office_name)
    if holder is None:
        return None
    reply = _statements(library, holder, topic)
    return None if reply.error else reply


def _statements(library: Library, speaker: str, topic: str) -> Reply:
    """What X said, or what X said about Y: the statements ranked by Y."""
    if not topic:
        return quotes.quotes(library, speaker)
    if (waiting := quotes.still_reading(library)) is not None:
        return waiting
    # whom /quotes would show, looked up once: the namesake who said the most, and the
    # topic kept ("what did Hayes say about the crowd": the Hayes who is quoted)
    person, entries = quotes.statements_of(library, speaker)
    if person is None:
        return quotes.unknown_person(speaker)
    if not entries:
        return quotes.no_statements(person)

    def headline(key: str) -> str:
        article = library.get(key)
        return article.title if article else ""

    ranked = statements_about(entries, topic, headline)
    return statements_about_reply(library, person, topic, ranked, total=len(entries))
