"""Reported speech: "X said (that) …", "X accused Y of …", "Moscow denies …"."""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import Final

from bot.articles.cast import Cast
from bot.articles.lexicon import (
    ADDRESSED_VERBS,
    ADDRESSEE_NAME_LINKS,
    ADDRESSEE_NOUNS,
    CLAUSE_COORDINATORS,
    CLAUSE_LINKS,
    CLAUSE_ONLY_VERBS,
    CLAUSE_OPENERS,
    CLAUSE_STARTERS,
    CONTRARY_VERBS,
    CONTRAST_CONJUNCTIONS,
    DETS,
    FINITE_VERBS,
    INDIRECT_EXCLUDED,
    MOVING_VERBS,
    NOUN_DETERMINERS,
    NOUNISH,
    OBJECT_PREPOSITIONS,
    OPENER_WORDS,
    PARTICLE_FREE_VERBS,
    PASSIVE_AUX,
    PERIODS,
    PERSON_RELATIVES,
    PHRASE_CONTENT_VERBS,
    PREPOSITIONS,
    PRONOUNS,
    PRONOUNS_ALL,
    RELATIVE_WORDS,
    SPEECH_NOUNS,
    SUBORDINATORS,
    TIME_ADVERBS,
    TOLD_NO_STATEMENT,
    VERB_PARTICLES,
    alternation,
)
from bot.articles.model import Article, Attribution, Quote, Sentence
from bot.articles.phrases import NP, capitalised, governed_np, index_at, subject_before
from bot.articles.quote_marks import QUOTE_CHARS, Quoted, Span, last_char
from bot.articles.quotes.carry import subject_and_how
from bot.articles.quotes.found import how_named
from bot.articles.quotes.output import best_role
from bot.articles.tokens import (
    Tok,
    noun_before,
    tokenize,
)

# Window clamps on the hot paths are conditionals (`a if a > lo else lo`), not max() or
# min(): CPython 3.11 parses the builtins' arguments generically, ~1,000 instructions a
# call against ~270 (valgrind, `python -m bench.instructions extract`).

# ---------------------------------------------------------------- reported speech

_PHRASAL_NEXT: Final = re.compile(r"\s+(?:on|out)\b")


def reported_statements(
    article: Article,
    starts: list[int],
    cast: Cast,
    used: dict[int, int | None],
    spans: list[Span],
    hits: list[tuple[int, int, str]],
    quoted: Quoted,
) -> list[Quote]:
    """Reported speech: "X said (that) …", "X accused Y of …", "Moscow denies …"."""
    text = article.text
    out: list[Quote] = []
    inside = [(sp.open, sp.close) for sp in spans]
    opens = [x for x, _ in inside]
    sents = article.sentences
    done = -1  # one statement per sentence
    free = -1  # (or per part of one, cut at ", but Liam Fox said")
    verbs = list(map(itemgetter(0), hits))  # (at C speed)
    for hit in hits:
        pos = hit[0]
        k = bisect.bisect_right(starts, pos) - 1
        if (k <= done and pos < free) or k < 0:
            continue
        sent = sents[k]
        if hit[1] > sent.end:
            continue
        q = bisect.bisect_right(opens, pos) - 1
        if q >= 0 and pos < inside[q][1]:
            continue
        if pos in used and (
            used[pos] is None
            or (
                _closes_before(inside, sent.start, pos)
                # (not "…, claiming such abuse meant Labour was “rattled”": the cue of a
                # quotation after it, inside the clause it reports)
                and not (q + 1 < len(opens) and pos < opens[q + 1] < sent.end)
                and _THREE_WORDS.match(text, hit[1], sent.end)
            )
        ):
            continue  # “…,” Mr Blinken said in his opening remarks: a cue, no clause
        found = _reported(text, article, starts, cast, used, sent, hit, inside, quoted, verbs)
        if found is not None:
            out.append(found)
            done = k
            free = found.end if found.end < sent.end and found.start > pos else sent.end
    return out


def _closes_before(inside: list[tuple[int, int]], lo: int, pos: int) -> bool:
    """Whether a quotation of the sentence (from lo) closes before pos."""
    for a, b in inside:  # noqa: SIM110 (a plain loop, not any() over a generator: for speed)
        if lo <= a and b <= pos:
            return True
    return False


def _reported(
    text: str,
    article: Article,
    starts: list[int],
    cast: Cast,
    used: dict[int, int | None],
    sent: Sentence,
    hit: tuple[int, int, str],
    inside: list[tuple[int, int]],
    quoted: Quoted,
    verbs: list[int] | None = None,
) -> Quote | None:
    """The reported statement cued by the verb at `hit` (start, end, form), or None.
    `verbs`: where the article's reporting verbs start."""
    pos, verb_end, word = hit
    if word in INDIRECT_EXCLUDED and not (
        word.startswith("call") and _PHRASAL_NEXT.match(text, verb_end)
    ):
        return None
    if noun_before(text, pos - 25 if pos - 25 > sent.start else sent.start, pos):
        return None
    if last_char(text, sent.start, pos) in QUOTE_CHARS:
        return None  # “…,” said X: the cue of a quotation, which has no other subject
    # whether three words follow the verb and the clause they make: found once, for
    # _clause_possible and (when the verb addresses no one) _reported_clause
    three = _clause_follows(text, verb_end, sent.end, word)
    after = _clause_after(text, verb_end, sent.end, word) if three else None
    if not _clause_possible(text, pos, sent, inside, three, after):
        return None
    hi = verb_end + 12 if verb_end + 12 < sent.end else sent.end
    # A short window first: the subject almost always sits right before the verb.
    lo = pos - 45 if pos - 45 > sent.start else sent.start
    gap = text.find(" ", lo, pos) if lo > sent.start else -1
    if gap >= 0:
        lo = gap + 1
    toks = tokenize(text, lo, hi)
    v = index_at(toks, pos)
    if v < 0:
        return None
    np = _verb_subject(toks, v)
    if np is _SKIP:
        return None
    if lo > sent.start and not _settled(np, toks):
        wider = pos - 90 if pos - 90 > sent.start else sent.start
        if gap >= 0:
            # tokens never span a space: the wider window's are those before the short
            # window's start, then the short window's
            before = tokenize(text, wider, lo)
            toks = before + toks
            v += len(before)
        else:
            toks = tokenize(text, wider, hi)
            v = index_at(toks, pos)
        np = _verb_subject(toks, v)
        if np is _SKIP:
            return None
    tok = toks[v]
    how: Attribution = "resolved"
    if np in ("COORD", "REL"):
        # (a verb's cue: "Hain's description of him as “…”, claiming …" is not Hain's claim)
        earlier = [
            p
            for p in used
            if sent.start <= p < tok.start and used[p] is not None and not _noun_cue(text, p)
        ]
        if earlier:
            speaker = used[max(earlier)]
        else:
            speaker, how = subject_and_how(text, article, starts, tok.start, cast, quoted, False)
    elif isinstance(np, NP):
        speaker = cast.voice_named(np)  # "a spokeswoman for Vexa said": one named elsewhere
        if speaker is None:
            speaker = cast.mention(np, tok.start)
    else:
        speaker = None
    if speaker is None:
        return None
    clause_from = verb_end
    if tok.low in ADDRESSED_VERBS:
        clause_from = _past_addressee(text, sent.start, verb_end, sent.end)
        if clause_from < 0:
            return None  # told Radio 4's Today programme: “…”: the quotation is the statement
    if clause_from != verb_end:
        three = _clause_follows(text, clause_from, sent.end, word)
        after = _clause_after(text, clause_from, sent.end, word) if three else None
    span = _reported_clause(text, clause_from, sent.start, sent.end, np, three, after)
    if span is None:
        return None
    a, b = span
    if a >= verb_end:
        b = _subordinate_end(text, sent.start, pos, a, b)
        b = _contrast_end(text, a, b, verbs or [])
    if _quoted(inside, a, b) > 0.6 * (b - a) or b - a <= 10:
        return None  # the quote itself already is the statement
    if a >= verb_end:
        a = _polarity_start(text, sent.start, pos, tok.low, a)
    ent = cast.entities[speaker]
    used[tok.start] = speaker
    return Quote(
        text=text[a:b],
        kind="indirect",
        speaker=ent.name,
        start=a,
        end=b,
        sentence=sent.index,
        speaker_role=best_role(ent),
        cue=tok.low,
        how=how_named(np, speaker, cast) if isinstance(np, NP) else how,
    )


_SKIP: Final = "SKIP"
# "did not say", "has never claimed", "wouldn't confirm": the negation before a cue
_NEGATED: Final = re.compile(r"(?:\b\w+n[’']t|\b(?:\w+\s+)?(?:not|never))\s+(?:\w+ly\s+)?$")


def _subordinate_end(text: str, lo: int, pos: int, a: int, b: int) -> int:
    """ "When the minister suggested the island would sue, Senator Vidal fired back: …":
    a verb in an opening subordinate clause reports only up to the clause's comma."""
    head = text[lo : pos if pos < lo + 16 else lo + 16]
    first = head.lstrip(" \"“‘'(").split(" ", 1)[0].lower()
    if first not in SUBORDINATORS:
        return b
    comma = text.find(",", a, b)
    return comma if comma > 0 else b


# ", but Tory Liam Fox said …", ", but British officials said …": a contrast, then a
# subject of up to four words before a verb
_CONTRAST_NAMED: Final = re.compile(
    rf", (?:{alternation(CONTRAST_CONJUNCTIONS)}) "
    # a subject of up to four words, named or not ("but British officials said"), no
    # passive auxiliary before the verb ("but the plans were said to …"), opened by no
    # word of a clause or time ("but that the union said", "but later said": the same
    # report goes on)
    rf"(?!(?i:{alternation(CLAUSE_LINKS | TIME_ADVERBS)})\s)"
    rf"(?:(?!(?:{alternation(PASSIVE_AUX)})\s)[\w'’&.-]+\s+){{1,4}}$"
)


def _noun_cue(text: str, p: int) -> bool:
    """Whether the cue at p is a speech noun ("description", "claims"), no verb."""
    word = _WORD.match(text, p)
    return word is not None and word.group().lower() in SPEECH_NOUNS


_WORD: Final = re.compile(r"\w+")


def _contrast_end(text: str, a: int, b: int, verbs: list[int]) -> int:
    """ "The Lib Dems say they will study the plans, but Tory Liam Fox said …": a reported
    clause ends before a contrast whose own subject (named or not: "but officials said")
    reports something else."""
    k = bisect.bisect_right(verbs, a)
    while k < len(verbs) and verbs[k] < b:
        near = verbs[k] - 80 if verbs[k] - 80 > a else a
        m = _CONTRAST_NAMED.search(text, near, verbs[k])
        if m is not None:
            return m.start()
        k += 1
    return b


def _polarity_start(text: str, lo: int, pos: int, verb: str, a: int) -> int:
    """Where a reported clause after its verb starts when the verb, or a negation before
    it, reverses what the clause says: "Moscow denies it is planning an attack" is
    reported as "denies it is planning an attack", never as the claim "it is planning an
    attack"; "did not say that …" keeps its "did not say". Otherwise the clause's own
    start `a`. The text stays a verbatim stretch of the article (start/end index it)."""
    start = pos - 30 if pos - 30 > lo else lo
    window = text[start:pos]
    if "not" in window or "never" in window or "n't" in window or "n’t" in window:
        negated = _NEGATED.search(text, start, pos)
        if negated is not None:
            return negated.start()
    return pos if verb in CONTRARY_VERBS else a


def _quoted(inside: list[tuple[int, int]], a: int, b: int) -> int:
    """How many characters of text[a:b] lie inside quotation marks."""
    quoted = 0
    for x, y in inside:
        if x >= b:
            break
        if y > a:
            quoted += (b if b < y else y) - (a if a > x else x)
    return quoted


def _clause_possible(
    text: str,
    pos: int,
    sent: Sentence,
    inside: list[tuple[int, int]],
    three: bool,
    after: tuple[int, int] | None,
) -> bool:
    """A cheap test, before any tokenising, that the verb can report a clause that is not
    just a quotation: after the verb ("said (that) …") or before it ("“…,” he said").
    `three`: whether three words follow the verb; `after`: then the clause after it."""
    if three:
        return after is not None and _quoted(inside, *after) <= 0.6 * (after[1] - after[0])
    if pos - sent.start <= 10:
        return False
    qend = max((y for x, y in inside if sent.start <= x < pos), default=-1)
    if qend <= sent.start:
        return True
    unquoted = (pos - sent.start) - _quoted(inside, sent.start, pos)
    return unquoted >= 0.4 * ((qend if qend < pos else pos) - sent.start)


def _verb_subject(toks: list[Tok], v: int) -> NP | str | None:
    """The subject of reporting verb v, or _SKIP when the verb reports nothing here
    (a noun, a passive, a colon-introduced quote)."""
    tok = toks[v]
    # "called on X to …" reports a demand; "sang on", "cited on" report nothing
    phrasal = tok.low.startswith("call") and v + 1 < len(toks) and toks[v + 1].low in ("on", "out")
    if tok.low in INDIRECT_EXCLUDED and not phrasal:
        return _SKIP
    if v > 0 and (toks[v - 1].low in DETS or toks[v - 1].low.endswith(("'s", "’s"))):
        return _SKIP
    bare = v == 0 or (not capitalised(toks[v - 1]) and toks[v - 1].low not in PRONOUNS)
    if tok.low in NOUNISH and bare and v + 1 < len(toks):
        return _SKIP
    if (v > 0 and toks[v - 1].low in PASSIVE_AUX) or (
        v + 1 < len(toks) and toks[v + 1].text == ":"
    ):
        return _SKIP
    return subject_before(toks, v)


def _settled(np: NP | str | None, toks: list[Tok]) -> bool:
    """Whether a subject found in a short window would be the same in a longer one: it
    was found without an appositive, does not start at the window's first two tokens,
    and is no preposition's object (whose owner may lie before the window)."""
    if isinstance(np, str):
        return True
    return (
        np is not None
        and np.appositive is None
        and len(toks) > 2
        and np.start > toks[1].start
        and not governed_np(toks, np)
    )


_CLAUSE_WORDS: Final = re.compile(r"[\w’'\-]+")
# At least three words follow (what _CLAUSE_WORDS.findall would count), without a list.
_THREE_WORDS: Final = re.compile(r"[^\w’'\-]*(?:[\w’'\-]+[^\w’'\-]+){2}[\w’'\-]")
_THAT: Final = re.compile(r"\s*(?:that\b(?!['’]))?\s*")


_ADDRESSEE_NOUN: Final = "(?:" + "|".join(sorted(ADDRESSEE_NOUNS)) + ")"
# A lower-case word before the noun, but no word that starts a clause or a phrase
# ("told the panel that protecting audiences …" has no addressee "audiences")
_MODIFIER: Final = (
    r"(?!(?:"
    + "|".join(sorted(PREPOSITIONS | SUBORDINATORS | CLAUSE_STARTERS))
    + r")\b)[a-z][\w'’\-]*"
)
_DETERMINER: Final = r"(?:" + alternation(NOUN_DETERMINERS) + r")\s+"
_NAME_WORD: Final = r"[A-Z0-9][\w'’.&\-]*"
# A name or outlet, perhaps with its own noun: "the BBC", "Radio 4's Today programme",
# "BBC One's Breakfast with Frost programme"
_ADDRESSEE_NAME: Final = (
    f"(?:{_DETERMINER})?{_NAME_WORD}(?:\\s+(?:(?:{alternation(ADDRESSEE_NAME_LINKS)})\\s+)?{_NAME_WORD})*"
    f"(?:\\s+{_ADDRESSEE_NOUN})?"
)
# A gathering after its determiner and a few modifiers, and the body it belongs to:
# "his monthly press conference", "a meeting of the Metropolitan Police Authority"
_GATHERING: Final = (
    f"{_DETERMINER}(?:{_MODIFIER}\\s+){{0,3}}{_ADDRESSEE_NOUN}"
    f"(?:\\s+of\\s+(?:the\\s+)?{_NAME_WORD}(?:\\s+{_NAME_WORD})*)?"
)
_ADDRESSEE: Final = re.compile(f"\\s+(?:{_ADDRESSEE_NAME}|{_GATHERING}|{_ADDRESSEE_NOUN})\\b")
_NEXT_WORD: Final = re.compile(r"\s*([\w'’\-]+)")
_THAT_LATER: Final = re.compile(r"(\w+),?\s+that\b")
# "that" as a conjunction, never "that's" (the clause "that's the end" is the statement)
_THAT_NEXT: Final = re.compile(r"\s*,?\s*that\b(?!['’])")
# an aside of one to three words set off by commas, then "that": "pointed out, however,
# that …", "said, in effect, that …" (the statement starts after the "that")
_ASIDE_THAT: Final = re.compile(r",\s+(?:[\w'’\-]+\s+){0,2}[\w'’\-]+,\s+that\b(?!['’])")


def _past_addressee(text: str, sent_start: int, verb_end: int, sent_end: int) -> int:
    """Where the reported clause of "told (someone) …" starts: after the person or outlet
    spoken to ("told the BBC the plant would stay open", "told reporters that …"), or
    -1 when a colon follows them (the quotation after it is the statement) or no clause
    can be found. After a phrase of place or time with no "that" to show where the
    clause starts, the sentence's end: only a clause before the subject is left."""
    m = _ADDRESSEE.match(text, verb_end, sent_end)
    if m is None:
        return verb_end
    end = m.end()
    rest = text[end : end + 3].lstrip()
    if rest.startswith(":"):
        return -1
    that = _THAT_NEXT.match(text, end, sent_end)
    if that:
        return that.end()
    word = _NEXT_WORD.match(text, end, sent_end)
    if word is None or word.group(1).lower() not in PREPOSITIONS:
        return end
    # "told reporters in Leeds that …": the clause starts after "that"
    for later in _THAT_LATER.finditer(text, end, sent_end):
        if later.group(1).lower() not in PREPOSITIONS:  # not "at that time"
            return later.end()
    # Without one, where the phrase of place or time ends is unknown: only a clause set
    # off before the subject ("…, Mr Straw told the Commons on Tuesday") can be the
    # statement; "told X of his plans" or "told X to go" reports none.
    if word.group(1).lower() in TOLD_NO_STATEMENT or "," not in text[sent_start:verb_end]:
        return -1
    return sent_end


def _reported_clause(
    text: str,
    verb_end: int,
    sent_start: int,
    sent_end: int,
    np: NP | str | None,
    three: bool,
    after: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The reported clause after the verb, or before the subject in "…, officials said".
    `three`: whether three words follow verb_end; `after`: then _clause_after's span."""
    if three:
        return after
    words = _CLAUSE_WORDS.findall(text, verb_end, sent_end)
    if words and words[0].lower() in DETS:
        return None  # "…, with X lambasting the plan": an object, no clause before
    if isinstance(np, NP) and np.start > sent_start:
        if any(
            w.lower() in PERSON_RELATIVES for w in _CLAUSE_WORDS.findall(text, np.start, verb_end)
        ):
            # "Moss handed the microphone to the chairman, who said nothing": the cue of a
            # relative clause reports only what follows it, nothing before "who"
            return None
        b = len(text[: np.start].rstrip(" ,—–-"))
        det = _LAST_WORD.search(text, b - 8 if b - 8 > sent_start else sent_start, b)
        if det is not None and det.group(1).lower() in NOUN_DETERMINERS:
            # the subject's own determiner ("…, the Federal Reserve said"): not the clause's
            b = len(text[: det.start(1)].rstrip(" ,—–-"))
        return (sent_start, b) if b - sent_start > 10 else None
    return None


# A short phrase of time, place or means with no comma, then "that": "on Friday that",
# "in a statement to the stock exchange that"
_PHRASE_THAT: Final = re.compile(r"((?:\s+[\w'’.$£%\-]+){1,10}?)\s+that\s+([\w'’\-]+)")
# what shows that a "that" is no start of the statement: another clause or verb before it
# ("on Sunday it had no evidence that"), a list ("and said that"), an infinitive
_PHRASE_BREAKS: Final = FINITE_VERBS | CLAUSE_COORDINATORS


_PAST_FORM: Final = re.compile(r"[a-z]+ed")
_LAST_WORD: Final = re.compile(r"(?<![\w'’])(\w+)$")


def _clause_follows(text: str, start: int, end: int, verb: str) -> bool:
    """Whether a clause can follow the verb: three words or more, and after a verb that
    takes no prepositional object, not just a phrase of place, time or means ("said in
    a statement", "said at the motor show") with no subject nor verb of its own; after
    one the statement can only be the clause before the verb's subject ("Sales will
    rise, the firm said in a statement"). After any other verb, a preposition phrase
    alone ("apologised for the remarks", "told of his anger") is no clause either, but
    for the verbs whose phrase is what they said (PHRASE_CONTENT_VERBS: "argued for a
    cut in fees")."""
    if _THREE_WORDS.match(text, start, end) is None:
        return False
    if verb.lower() not in CLAUSE_ONLY_VERBS:
        # (a plain prefix test first: most verbs are not followed by such a phrase)
        return (
            not text.startswith(_PHRASE_STARTS, start + 1)
            or verb.lower() in PHRASE_CONTENT_VERBS
            or not _object_phrase(text, start, end)
        )
    word = _NEXT_WORD.match(text, start, end)
    if word is None or word.group(1).lower() not in PREPOSITIONS or word.group(1) == "to":
        return True
    for w in _CLAUSE_WORDS.findall(text, word.end(), end):
        low = w.lower()
        if low in FINITE_VERBS or low in PRONOUNS_ALL or _PAST_FORM.fullmatch(low):
            return True
    return False


# the words that may open a verb's prepositional object or the phrase of time before it
_PHRASE_STARTS: Final = tuple(
    sorted(w + " " for w in OBJECT_PREPOSITIONS | OPENER_WORDS | PERIODS | {"to"})
)


def _object_phrase(text: str, start: int, end: int) -> bool:
    """ "apologised last year for the remarks", "declared of the film", "apologised to
    the family": after a phrase of time at most, the verb's complement is a preposition
    and a noun phrase with no subject nor verb of its own, so it reports no statement
    (not "warned on Monday (that) rates would rise", whose clause has its verb). The
    words are read one at a time: most verbs are left at the first."""
    word = _NEXT_WORD.match(text, start, end)
    k = 0
    while word is not None and k < 3:
        low = word.group(1).lower()
        if low not in OPENER_WORDS and low not in PERIODS:
            break
        word = _NEXT_WORD.match(text, word.end(), end)  # "last year", "later", "again"
        k += 1
    if word is None:
        return False
    first = word.group(1).lower()
    if first not in OBJECT_PREPOSITIONS:
        if first != "to":
            return False
        det = _NEXT_WORD.match(text, word.end(), end)
        if det is None or det.group(1).lower() not in DETS:
            return False
    # (a clause's verb or subject stands within a few words of the preposition: the
    # rest of a long sentence is not read, nor what a comma sets apart: "apologised for
    # the delay, saying …")
    phrase = text[word.end() : min(end, word.end() + 80)]
    comma = phrase.find(",")
    for w in _CLAUSE_WORDS.findall((phrase if comma < 0 else phrase[:comma]).lower()):
        if w in FINITE_VERBS or w in PRONOUNS_ALL or w.endswith("ed"):
            return False
    return True


def _past_phrase(text: str, verb_end: int, sent_end: int, verb: str) -> int:
    """Where the statement after a reporting verb can start: past a particle of the verb
    or a phrase before "that" ("pointed out that …", "snapped back that …", "said on
    Friday that …"); verb_end when the verb is followed by neither; -1 after a particle
    with no "that": the verb then is a phrasal verb that reports nothing ("snapped up by
    a rival", "ruled out a comeback"). "say" takes no particle: "said up to 500 jobs could
    go" reports from "up" (where "added up to" reports nothing)."""
    word = _NEXT_WORD.match(text, verb_end, sent_end)
    if word is None:
        aside = _ASIDE_THAT.match(text, verb_end, sent_end)
        return aside.end() if aside is not None else verb_end
    first = word.group(1).lower()
    particle = first in VERB_PARTICLES and verb.lower() not in PARTICLE_FREE_VERBS
    if not particle and (first not in PREPOSITIONS or first == "to"):
        return verb_end
    that = _THAT_NEXT.match(text, word.end(), sent_end) or (
        _ASIDE_THAT.match(text, word.end(), sent_end) if particle else None
    )
    if particle and that:
        return that.end()
    # (the cheap test first: a "that" stands in the rest of the sentence at all)
    phrase = (
        _PHRASE_THAT.match(text, word.end(), sent_end)
        if text.find("that", word.end(), sent_end) >= 0
        else None
    )
    if phrase is not None:
        words = phrase.group(1).lower().split()
        if (
            words[-1] not in PREPOSITIONS  # "at that time"
            and not _PHRASE_BREAKS.intersection(words)
            and phrase.group(2).lower() not in FINITE_VERBS  # "a report that was …"
        ):
            return phrase.start(2) - len(" ")
    return -1 if particle else verb_end


def _moved_object(text: str, a: int, b: int) -> bool:
    """ "adding a sixth pledge to his card", "added two goals to his tally": a noun
    object, then "to" before any verb or pronoun of a clause: a thing moved, not a
    statement ("added the party had failed to …" has its verb before the "to")."""
    words = _CLAUSE_WORDS.findall(text, a, b)
    if not words or (words[0].lower() not in DETS and not words[0].isdigit()):
        return False
    for k in range(1, min(12, len(words))):
        low = words[k].lower()
        if low == "to":
            # not "adding their decision to marry was …", "added the plans to cut waiting
            # lists were on track": a finite verb after the "to" phrase, before a new
            # clause opens, makes the object the subject of a statement
            for w in words[k + 1 : k + 9]:
                after = w.lower()
                if after in CLAUSE_OPENERS or after in RELATIVE_WORDS or after in PRONOUNS_ALL:
                    return True
                if after in FINITE_VERBS:
                    return False
            return True
        if low in FINITE_VERBS or low in PRONOUNS_ALL or _PAST_FORM.fullmatch(low):
            return False
    return False


def _clause_after(text: str, verb_end: int, sent_end: int, verb: str) -> tuple[int, int] | None:
    """The clause after the verb ("said (that) …"), where at least three words follow."""
    verb_end = _past_phrase(text, verb_end, sent_end, verb)
    if verb_end < 0:
        return None
    that = _THAT.match(text, verb_end)
    assert that is not None  # the pattern matches the empty string
    a = that.end()
    if text[a : a + 1] in (",", ":", ";", "—", "–"):
        return None  # "said, suggesting …": what follows the comma reports nothing
    if (
        verb.lower() in MOVING_VERBS
        and not that.group().strip()
        and _moved_object(text, a, sent_end)
    ):
        return None
    b = sent_end
    while b > a and text[b - 1] in ",;:.!? \n\"”’'":
        b -= 1
    return (a, b) if b - a > 10 else None
