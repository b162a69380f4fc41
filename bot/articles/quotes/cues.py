"""Cues: the speaker expression of one quotation, found from its own sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.articles.cast import owned_campaign_phrase
from bot.articles.lexicon import (
    ADDRESSED_VERBS,
    ARTICLES,
    AUX,
    BODY_NOUNS,
    BUSINESS_NOUNS,
    CARRYING_VERBS,
    CENSURING_VERBS,
    CONTRAST_CONJUNCTIONS,
    CUE_ONLY_PARTICLES,
    CUE_ONLY_VERBS,
    DAYS,
    DELIVERING_VERBS,
    DETS,
    DOCUMENT_VERBS,
    GENERIC_BODIES,
    GIVEN_NAMES,
    GROUP_NOUNS,
    INDEFINITES,
    INVERTING_VERBS,
    LABEL_PREPOSITIONS,
    LABELLING_VERBS,
    NAMING_WORDS,
    NEW_CLAUSE_OPENERS,
    NOT_NAMES,
    NOUNISH,
    OBJECT_PRONOUNS,
    OCCUPATIONS,
    OTHER_BODY_MODIFIERS,
    PAPER_NOUNS,
    PASSIVE_AUX,
    PERSON_NOUNS,
    PERSON_RELATIVES,
    PLAIN_CUE_VERBS,
    POSSESSIVE_SUBJECTS,
    PREPOSITIONS,
    PRONOUNS_ALL,
    RELATIVE_WORDS,
    REPORTING_VERBS,
    RETORT_VERBS,
    ROLE_WORDS,
    SOURCED_SPEECH_NOUNS,
    SPEECH_NOUNS,
    STOPS,
    SUBORDINATORS,
    TIME_ADVERBS,
    TITLES,
    TITLING_WORDS,
    VOICING_VERBS,
    alternation,
)
from bot.articles.model import Article
from bot.articles.phrases import (
    NP,
    capitalised,
    document_owner,
    first_np,
    governed_np,
    index_at,
    is_verb,
    main_clause,
    modifier,
    np_back,
    np_forward,
    subject_before,
)
from bot.articles.quote_marks import QUOTE_CHARS, Span, last_char
from bot.articles.quotes.found import Found, sentence_index
from bot.articles.tokens import Tok, shared_tokens, tokenize

# how far back (in tokens, punctuation counted) a speech noun's owner may stand: "Labour
# suggestions a vote for his party would mean letting the Tories in" is 18 words
SPEECH_NOUN_REACH: Final = 20
_LABEL: Final = re.compile(r"([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)?):\s+")
_PUT_IT: Final = re.compile(r"\b[Aa]s ((?:[^\s;:“”\"]+[ ,]+){1,25}?)(?:\w+ly )?puts? it\b")
_ACCORDING: Final = re.compile(r"\baccording to\b", re.IGNORECASE)
# "In a September Washington Post-ABC News poll, …", "…, according to a Quinnipiac poll":
# the capitalised name of the poll the sentence reports from
_POLL: Final = re.compile(
    r"(?:\b[Aa]ccording to |^(?:But |And )?[Ii]n )(?:"
    + alternation(ARTICLES)
    + r") (?:(?:new|fresh|recent|"
    r"latest|national|[a-z]+ly|[A-Z][a-z]+) )*?((?:[A-Z][\w./&-]*(?:'s|’s)? ){1,5})"
    r"(?:poll|survey)\b"
)

# Window clamps on the hot paths are conditionals (`a if a > lo else lo`), not max() or
# min(): CPython 3.11 parses the builtins' arguments generically, ~1,000 instructions a
# call against ~270 (valgrind, `python -m bench.instructions extract`).


class Sight:
    """What a cue rule sees of one quotation: its marks, the sentences it opens and closes
    in, its paragraph, the quotations beside it, and (computed once, when a rule first
    asks) the tokens before it. A plain class so that mypyc compiles it."""

    __slots__ = (
        "_head",
        "article",
        "close_sent",
        "next_open",
        "open_sent",
        "para",
        "prev_close",
        "sentence_text",
        "sp",
        "text",
    )

    def __init__(
        self,
        text: str,
        article: Article,
        starts: list[int],
        sp: Span,
        prev_close: int,
        next_open: int,
    ) -> None:
        self.text = text
        self.article = article
        self.sp = sp
        self.prev_close = prev_close
        self.next_open = next_open
        sents = article.sentences
        self.open_sent = sents[sentence_index(starts, sents, sp.open)]
        k = sentence_index(starts, sents, sp.close - 1 if sp.close - 1 > sp.open else sp.open)
        if (
            sents[k].end <= sp.close
            and k + 1 < len(sents)
            and sents[k + 1].paragraph == sents[k].paragraph
        ):
            k += 1  # “…?” Graham asked. — the splitter ends a sentence at the mark
        self.close_sent = sents[k]
        self.para = article.paragraphs[sp.para]
        end = (
            self.close_sent.end if self.close_sent.end > self.open_sent.end else self.open_sent.end
        )
        self.sentence_text = text[self.open_sent.start : end]
        self._head: list[Tok] | None = None

    def head(self) -> list[Tok]:
        """The tokens of the sentence before the opening mark (from the previous
        quotation's close, within the paragraph)."""
        if self._head is None:
            lo = self.open_sent.start if self.open_sent.start > self.para.start else self.para.start
            if self.prev_close > lo:
                lo = self.prev_close
            self._head = shared_tokens(self.text, lo, self.sp.open)
        return self._head


def _by_label(s: Sight, f: Found) -> bool:
    """A transcript label opens the quotation: “SMITH: We will …”."""
    sp = s.sp
    label = _LABEL.match(s.text, sp.start, sp.end)
    if not label:
        return False
    f.np = NP([label.group(1).title()], sp.start)
    f.governed, f.cue, f.cue_pos = True, None, sp.start
    sp.start = label.end()
    return True


_STOPS: Final = frozenset(",.!?…")


def _by_tail(s: Sight, f: Found) -> bool:
    """A cue after the closing mark: “…,” Mr Blinken said / said Mr Blinken / he added."""
    text, sp = s.text, s.sp
    # text after the closing mark, up to the sentence end or the next opening mark
    tail_end = s.close_sent.end if s.close_sent.end > sp.close else sp.close
    if s.para.end < tail_end:
        tail_end = s.para.end
    # the sentence after the quotation goes on past the next quotation's opening mark
    # (when the quotation goes on from the one before it)
    runs_on = 0 <= s.next_open < tail_end and _goes_on_from(text, s.prev_close, sp.open)
    if 0 <= s.next_open < tail_end:
        tail_end = s.next_open
    if not sp.closed or tail_end <= sp.close:
        return False
    near = sp.open - 12 if sp.open - 12 > s.open_sent.start else s.open_sent.start
    before = text[near : sp.open].split()
    if before and before[-1].lower() in LABELLING_VERBS and _relative_label(s.head()):
        return False  # under what Mr Hedge called “…,” the club charged: the head's cue
    tail = tokenize(text, sp.close, tail_end)
    last = text[sp.start : sp.end].rstrip(" '’\"”")[-1:]
    # the quote's own closing punctuation, also inside a nested quote: “… vote,’”
    # (a set's isdisjoint reads the marks at C speed: no generator)
    punct = last in (",", "!", "?", "…", ".") or not _STOPS.isdisjoint(text[sp.end : sp.close])
    ended = last in (".", "!", "?", "…")
    asked = last in ("!", "?")
    if _new_sentence_after(text, sp, last, tail):
        return False  # … an “outlaw nation.” Russia insisted …: the next sentence's own cue
    if last == "." and _colon_cue(s):
        return False  # Tom Ward said: “… twice.” Mark Hall said …: the colon's cue, not the next
    if ended and tail and tail[-1].text == ":" and tail_end == s.next_open:
        return False  # “… again.” ¶ - City boss Al Hay: “…”: the colon's words open the next
    # “For months we have had to … anonymity” said Nick Merrill: a quotation that opens
    # its sentence in capitals is whole, its cue may follow without a comma
    opening = text[sp.start : sp.start + 1].isupper() and not text[
        s.open_sent.start : sp.open
    ].strip(" \n\t")
    if not _from_tail(f, tail, punct or opening, ended, asked, runs_on):
        comma = last == "," or "," in text[sp.end : sp.close]
        if (comma or asked) and _manner_tail(f, tail, asked):
            return True
        return comma and _bare_name_tail(f, tail)
    if isinstance(f.np, NP) and f.np.pronoun and not ended and _colon_cue(s):
        return False  # Ann Lee said: “…,” she said.: the colon's named cue, the pronoun its echo
    if not ended and _names_no_one(f.np):
        # The bar deemed him “well qualified,” which is its highest rating / Comey called
        # it “careless,” but said …: a quotation inside its sentence that closes with a
        # comma, where the clause after it names no one; the named cue before it governs it
        g = Found(sp)
        if _from_head(g, s.head()) and isinstance(g.np, NP) and not g.np.common:
            f.np, f.cue, f.cue_pos, f.governed = g.np, g.cue, g.cue_pos, g.governed
            return True
    if punct or not text[sp.start].islower():
        return True
    # Cruz said he had “areas of disagreement” with Trump but cannot allow …: a partial
    # quote without closing punctuation runs on into its sentence, so the verb that
    # governs it comes before it; a verb after it heads another clause
    v = next((k for k, t in enumerate(tail) if t.start == f.cue_pos), -1)
    if v > 0 and _late_inverted(tail, v) and isinstance(f.np, NP) and not f.np.common:
        return True  # it has used “velvet gloves” in …, said Ann Reyes: the whole sentence's
    g = Found(sp)
    if _from_head(g, s.head()) and isinstance(g.np, NP) and not _generic(g.np):
        f.np, f.cue, f.cue_pos, f.governed = g.np, g.cue, g.cue_pos, g.governed
    return True


def _bare_name_tail(f: Found, tail: list[Tok]) -> bool:
    """ "“…,” Mr Bootle.": a quotation that closes with a comma needs a cue, so a name
    that alone ends the sentence after it is its speaker (the verb left out in editing)."""
    i = 0
    while i < len(tail) and tail[i].text == ",":
        i += 1
    np = np_forward(tail, i)
    if np is None or np.common or np.pronoun:
        return False
    rest = [t.text for t in tail[i:]]
    if rest[len(np.words) :] != ["."] or rest[: len(np.words)] != np.words:
        return False
    f.np, f.cue, f.cue_pos, f.governed = np, None, tail[i].start, True
    return True


def _manner_tail(f: Found, tail: list[Tok], asked: bool) -> bool:
    """ "“…,” she smiled.", "“…,” Mr Hale shrugged.": a quotation that closes with a comma
    needs a cue, so a subject and one past verb that alone end the sentence after it say
    who spoke, whatever the verb (one no list of reporting verbs holds). Not after a
    question or an exclamation, which end their sentence: "“Resign!” Moss paused." and
    "“Do you understand?” Brook nodded." are the next sentence's narration; only a verb
    that is speech alone as a cue (CUE_ONLY_VERBS: "“Is that all?” Mr Hale pressed.")
    speaks there. Such a verb may take its particle: "“…,” Ms Reed chipped in."."""
    np = np_forward(tail, 0)
    if np is None or np.common or np.pronoun not in (None, "he", "she"):
        return False
    if index_at(tail, np.start) != 0:
        return False
    rest = tail[len(np.words) :]
    if len(rest) == 3 and rest[1].low in CUE_ONLY_PARTICLES and rest[0].low in CUE_ONLY_VERBS:
        rest = [rest[0], rest[2]]  # "chipped in."
    if (
        len(rest) != 2
        or rest[1].text != "."
        or not rest[0].text.islower()
        or not rest[0].low.endswith("ed")
        or (asked and rest[0].low not in CUE_ONLY_VERBS)
    ):
        return False
    f.np, f.cue, f.cue_pos, f.governed = np, rest[0].low, rest[0].start, True
    return True


def _goes_on_from(text: str, prev_close: int, at: int) -> bool:
    """Whether the quotation opening at `at` goes on from the paragraph's quotation before
    it: it reopens at once (“… club. “He can't …”) or only that one's cue lies between
    (“…,” he said. “…”)."""
    if prev_close < 0:
        return False
    between = text[prev_close:at].strip()
    if not between:
        return True
    last = text[max(0, prev_close - 4) : prev_close].rstrip(" '’\"”")[-1:]
    return last in ",?!" and not any(ch in ".!?;" for ch in between[:-1])


def _relative_label(head: list[Tok]) -> bool:
    """ "under what Mr Hedge called “the old model,” the club charged …", "a clip that
    Judge Ann Lee called “distasteful,” Santilli said …": the quotation is the object of a
    labelling verb in a relative clause whose subject is a name, so the clause after it
    is the sentence's main clause, not the quotation's cue."""
    if len(head) < 3 or head[-1].low not in LABELLING_VERBS:
        return False
    k = len(head) - 2
    while k >= 0 and len(head) - k <= 10 and (capitalised(head[k]) or head[k].text == "."):
        k -= 1
    return 0 <= k < len(head) - 2 and head[k].low in RELATIVE_WORDS


def _names_no_one(np: NP | str | None) -> bool:
    """A tail cue's subject that is no name: a participle or a relative clause that goes
    on from the sentence ("…,” giving states more power / which is …), or a common noun
    phrase ("one of the prosecutors")."""
    return isinstance(np, str) or (isinstance(np, NP) and np.common and not np.pronoun)


def _colon_cue(s: Sight) -> bool:
    """The words before the quotation end in a colon after a reporting verb with a named
    subject ("Tony Martin, of Burnley, said:"): the quotation is that speaker's."""
    head = s.head()
    if not head or head[-1].text != ":":
        return False
    g = Found(s.sp)
    return _from_head(g, head) and isinstance(g.np, NP) and not g.np.pronoun and not _generic(g.np)


def _by_put_it(s: Sight, f: Found) -> bool:
    """As Ms Okafor put it, the plan is “…”."""
    return _put_it(f, s.text, s.open_sent.start, s.sentence_text)


def _by_dash(s: Sight, f: Found) -> bool:
    """ "…, including the former candidate Mitt Romney -- “…” --"."""
    named = _dash_named(s.head())
    if named is None:
        return False
    f.np, f.governed, f.cue_pos = named, True, named.start
    return True


def _by_head(s: Sight, f: Found) -> bool:
    """A cue before the opening mark: Mr Prentis said: “…” / he warned of a “…” response.
    "Pollsters agree - Carl Bialik: “…”": a name between a dash and the colon speaks, not
    the subject of the topic line before the dash (the colon's rule)."""
    head = s.head()
    if head and head[-1].text == ":" and _after_dash(head) is not None:
        return False
    return _from_head(f, head)


def _by_according(s: Sight, f: Found) -> bool:
    """ "according to X" anywhere in the sentence."""
    acc = _according(s.sentence_text)
    if not acc:
        return False
    start = s.open_sent.start
    at = start + acc.start()
    if s.sp.open <= at < s.sp.close or at < s.prev_close or 0 <= s.next_open <= at:
        return False  # “… run according to British rules”: quoted words, no source
    toks = tokenize(s.text, start + acc.end(), s.close_sent.end)
    np = np_forward(toks, 0) or _definite_noun(toks)
    if np is None or np.common:
        # "according to media and PR strategist Glen Yearwood": the name after the role
        np = _name_after_role(toks) or _paper_issuer(toks) or np
    if np is None:
        return False
    f.np, f.cue, f.governed = np, "according to", True
    f.cue_pos = start + acc.start()
    return True


def _definite_noun(toks: list[Tok]) -> NP | None:
    """ "according to the commission", "according to the club's lawyers": "the" and a few
    lower-case words ending in a body or role noun stand for one named before."""
    if not toks or toks[0].low != "the":
        return None
    k = 1
    while k < len(toks) and k <= 4 and toks[k].text.replace("'", "").replace("’", "").isalpha():
        k += 1
    if k == 1:
        return None
    words = [t.text for t in toks[:k]]
    head = words[-1].lower()
    if head not in BODY_NOUNS and head not in GENERIC_BODIES and head not in ROLE_WORDS:
        return None
    return NP(words, toks[0].start, common=True)


def _by_colon(s: Sight, f: Found) -> bool:
    """ "Manchester United boss Sir Alex Ferguson: “…”": a colon after a phrase naming
    someone, without a verb (bulleted reactions, captions)."""
    head = s.head()
    if not head:
        return False
    if not (head[-1].text == ":" or all(ch in _DASHES for ch in head[-1].text)):
        return _bullet_caption(s, f, head)
    # "Trump also embraced harsher methods -- “…”": a dash after a clause sets off the
    # subject's words as a colon does
    np = _after_dash(head) or _name_before(head) or first_np(main_clause(head)) or first_np(head)
    if np is None:
        return False
    f.np, f.governed = np, True
    f.cue_pos = head[-1].start
    return True


def _name_before(head: list[Tok]) -> NP | None:
    """ "… doesn't surprise Republican pollster Daron Shaw: “…”": a full name right before
    the colon introduces the words after it (not a place or a body: a person's name)."""
    if len(head) < 3 or not capitalised(head[-2]):
        return None
    np = np_back(head, len(head) - 2)
    if np is None or np.common or np.pronoun or np.the or len(np.words) < 2:
        return None
    return np


def _bullet_caption(s: Sight, f: Found, head: list[Tok]) -> bool:
    """ "- Bolton boss Sam Allardyce “…”": a bulleted line whose words before the
    quotation are only a role and a name (its colon left out) names the speaker."""
    if not all(ch in _DASHES for ch in head[0].text) or len(head) < 3 or len(head) > 9:
        return False
    if s.text[s.para.start : head[0].start].strip():
        return False
    rest = head[1:]
    if not all(capitalised(t) or t.low in ROLE_WORDS for t in rest):
        return False
    np = first_np(rest)
    if np is None or np.common or np.pronoun or np.start + len(" ".join(np.words)) < rest[-1].end:
        return False
    f.np, f.governed, f.cue_pos = np, True, head[-1].start
    return True


def _after_dash(head: list[Tok]) -> NP | None:
    """ "Pollsters agree - Carl Bialik: “…”": in a digest, a topic line ends at a dash and
    the name between the dash and the colon is the speaker."""
    for k in range(len(head) - 2, 0, -1):
        if head[k].text in _DASHES:
            rest = head[k + 1 : -1]
            if 0 < len(rest) <= 8 and capitalised(rest[0]):
                np = first_np(rest)
                if np is not None and not np.common and not np.pronoun:
                    return np
            return None
    return None


def _by_label_as(s: Sight, f: Found) -> bool:
    """ "Reid has been pounding Trump as a “con artist”": the subject applies the label."""
    head = s.head()
    label_at = _label_at(head)
    if label_at < 0:
        return False
    np = _labeller(head, label_at)
    if np is None:
        return False
    f.np, f.governed, f.cue_pos = np, True, head[label_at].start
    return True


def _by_speech_noun(s: Sight, f: Found) -> bool:
    """ "Trump's claim that there have been “thousands of shootings”"."""
    owner = _speech_owner(s.head())
    if owner is None:
        return False
    f.np, f.governed, f.cue_pos, f.owned = owner[0], True, owner[1], True
    return True


def _by_agent(s: Sight, f: Found) -> bool:
    """ "has been called “strategic ambiguity” by Joshua Hendrick", "often labeled as a
    “witch hunt” by Democrats", "was criticised for “…” by campaigners": the agent after
    "by" applied the passive label or judgement."""
    sp = s.sp
    if not sp.closed or s.text[sp.close : sp.close + 8].find(" by ") < 0:
        return False
    head = s.head()
    k = len(head) - 1
    if k >= 0 and head[k].low in ARTICLES:
        k -= 1
    if k >= 0 and head[k].low == "as":
        k -= 1
    if k >= 1 and CENSURING_VERBS.get(head[k - 1].low) == head[k].low:
        k -= 1  # "criticised for", "accused of"
    elif k < 0 or not head[k].low.endswith("ed"):
        return False  # a passive's label ("branded"), never "they call it"
    elif head[k].low not in LABELLING_VERBS and head[k].low != "described":
        return False
    end = min(max(s.close_sent.end, sp.close), s.para.end)
    if s.next_open >= 0:
        end = min(end, s.next_open)
    tail, i = _after_close(s, end, "by")
    if i < 0:
        return False
    np = np_forward(tail, i) or _definite_noun(tail[i:]) or _group_phrase(tail, i)
    if np is None:
        return False
    f.np, f.cue, f.cue_pos, f.governed = np, head[k].low, head[k].start, True
    return True


def _after_close(s: Sight, end: int, word: str) -> tuple[list[Tok], int]:
    """The words from the quotation's closing mark to `end`, and where the phrase after
    `word` starts when `word` is the first word after the mark (" “…” by Jo Hale",
    " “…”, from Jo Hale"); -1 when it is not, or nothing follows it."""
    tail = tokenize(s.text, s.sp.close, end)
    i = 0
    while i < len(tail) and not tail[i].text[:1].isalnum():
        i += 1  # the closing mark, a comma
    if i + 1 >= len(tail) or tail[i].low != word:
        return tail, -1
    return tail, i + 1


def _by_source(s: Sight, f: Found) -> bool:
    """ "despite a call for him to “pause for thought” from Jo Hale": a noun of speech
    shortly before the quotation, and "from" a name right after it: the name said it."""
    sp = s.sp
    if not sp.closed or s.text[sp.close : sp.close + 8].find(" from ") < 0:
        return False
    head = s.head()
    lo = len(head) - 8 if len(head) > 8 else 0
    noun = -1
    for k in range(len(head) - 1, lo - 1, -1):
        if head[k].text in ".;:":
            return False
        if head[k].low in SOURCED_SPEECH_NOUNS and k > 0 and head[k - 1].low in ARTICLES:
            noun = k  # (after an article: a noun, not "claims that X “…” from")
            break
    if noun < 0:
        return False
    end = min(max(s.close_sent.end, sp.close), s.para.end)
    tail, i = _after_close(s, end, "from")
    if i < 0:
        return False
    np = np_forward(tail, i)
    if np is None or np.common or np.pronoun or not _source_like(np.words):
        return False
    f.np, f.cue, f.cue_pos, f.governed = np, head[noun].low, head[noun].start, True
    return True


def _source_like(words: list[str]) -> bool:
    """Whether a name after "from" is a person's (a lower-case word before it, as a role
    is written: "from council leader Jo Reed"; a title or a listed given name first) or a
    body's (its noun last): not a bare place ("a call for “calm” from London, where …"),
    which "from" names as often as a source."""
    lows = [w.lower().rstrip(".") for w in words]
    named = next((k for k, w in enumerate(words) if w[:1].isupper()), 0)
    if named > 0 or lows[-1] in BODY_NOUNS:
        return True  # "from council leader Jo Reed", "from the Harlow Parents Association"
    return lows[named] in GIVEN_NAMES or lows[named] in TITLES


CueRule = Callable[[Sight, Found], bool]
# The cue rules in the order they are tried: the first that finds a speaker expression
# for the quotation wins. Each reads the quotation's Sight and fills in the Found.
CUE_RULES: Final[tuple[CueRule, ...]] = (
    _by_label,
    _by_agent,
    _by_source,
    _by_tail,
    _by_put_it,
    _by_dash,
    _by_head,
    _by_according,
    _by_colon,
    _by_label_as,
    _by_speech_noun,
)


def find_cue(
    text: str,
    article: Article,
    starts: list[int],
    sp: Span,
    prev_close: int,
    next_open: int,
    prev: Span | None = None,
) -> Found:
    """The cue and speaker expression of one quotation from its own sentence: the first
    of CUE_RULES that finds one (or a Found with none). `prev`: the quotation before it in
    the paragraph, if any."""
    f = Found(sp)
    sight = Sight(text, article, starts, sp, prev_close, next_open)
    for rule in CUE_RULES:
        if rule(sight, f):
            return f
    if prev is not None and sight.open_sent.start <= prev.open and _term(text, prev):
        # "Jo Lee, one of the so-called “Blair Babes”, told MPs: “…”": a short quotation
        # earlier in the sentence cut the cue from its subject; read the whole sentence
        head = [
            t
            for t in tokenize(text, sight.open_sent.start, sp.open)
            if t.text not in QUOTE_CHARS or t.start >= prev.close
        ]
        g = Found(sp)
        if (
            head[-1:]
            and head[-1].text == ":"
            and _from_head(g, head)
            and g.cue_pos >= prev.close  # the verb after the short quotation, its subject before
            and isinstance(g.np, NP)
            and g.np.start < prev.open
            and not g.np.common
        ):
            return g
    return f


def _term(text: str, sp: Span) -> bool:
    """A quotation of a few words (a term, a nickname), no sentence of its own."""
    inner = text[sp.start : sp.end]
    return len(inner.split()) <= 5 and not inner.rstrip().endswith((".", "!", "?"))


def _according(sentence: str) -> re.Match | None:
    """_ACCORDING's match in the sentence. The regex tries every position (a leading \b
    rules out its literal-prefix search), so ASCII sentences without the words skip it;
    lower() folds ASCII case exactly as IGNORECASE does."""
    if sentence.isascii() and "according to" not in sentence.lower():
        return None
    return _ACCORDING.search(sentence)


def _dash_named(head: list[Tok]) -> NP | None:
    """ "…, including the former candidate Mitt Romney -- “…” --": a quotation set off by
    a dash right after a name is that person's."""
    k = len(head) - 1
    dashes = 0
    while k >= 0 and head[k].text in _DASHES:
        k -= 1
        dashes += 1
    if not dashes or k < 0 or not capitalised(head[k]):
        return None
    np = np_back(head, k)
    if np is None or np.common or np.pronoun or not np.words[-1][:1].isupper():
        return None
    return None if governed_np(head, np) else np  # not "supportive of Mr. Trump -- “…”"


def _paper_issuer(toks: list[Tok]) -> NP | None:
    """ "according to a report published by UK-based research firm Norvane": the name of
    who issued the paper (after "by" or "from", and lower-case words or a "-based"
    modifier before it) is the source."""
    j = 0
    while j < len(toks) and toks[j].low in DETS:
        j += 1
    if j == 0 or j >= len(toks) or toks[j].low not in PAPER_NOUNS:
        return None
    j += 1
    if j < len(toks) and toks[j].low.endswith("ed") and toks[j].text.islower():
        j += 1  # "published", "commissioned"
    if j >= len(toks) or toks[j].low not in ("by", "from"):
        return None
    j += 1
    while (
        j < len(toks)
        and j < 12
        and (modifier(toks[j]) or (toks[j].text.isalpha() and toks[j].text.islower()))
    ):
        if toks[j].low in NOT_NAMES:
            return None
        j += 1
    np = np_forward(toks, j) if j < len(toks) and capitalised(toks[j]) else None
    return np if np is not None and not np.common and not np.pronoun else None


def _name_after_role(toks: list[Tok]) -> NP | None:
    """ "according to conservative radio host Rush Limbaugh": lower-case role words
    before a name describe it; the name is the source."""
    for j, t in enumerate(toks[:8]):
        if capitalised(t):
            np = np_forward(toks, j)
            return np if np is not None and not np.common and not np.pronoun else None
        if not t.text.isalpha() or (t.low in NOT_NAMES and not (j and t.low == "and")):
            return None  # (not "media and PR strategist": "and" joins two fields)
    return None


def _new_sentence_after(text: str, sp: Span, last: str, tail: list[Tok]) -> bool:
    """A partial quote (opening mid-sentence, in lower case) that closes with a full
    stop ends its sentence: a capitalised word after it starts the next one. So does any
    quotation that ends with its own full stop, question or exclamation mark before a
    capitalised "But" or "And" (“… the world.” But Ross did not respond: that one's cue),
    or before a subject and a verb that report words of their own (“… government.” Ed Davey
    said instead …; not “… society.” Clarke said. nor “…” Clarke added, calling it …)."""
    marks = ("'", "’", '"', "”", "''")
    k = -1  # the first token that is no dash nor mark (a plain loop, not next() over a
    # generator: for speed)
    for n, t in enumerate(tail):
        if t.text not in _DASHES and t.text not in marks:
            k = n
            break
    if last in (".", "!", "?") and k >= 0 and tail[k].text in NEW_CLAUSE_OPENERS:
        return True
    if last == "." and not text[sp.start : sp.start + 1].islower():
        # “… government.” Lib Dem spokesman Ed Davey meanwhile said instead of …: after a
        # whole quotation's full stop, a subject and a verb that reports words of its own
        # make a new sentence (not “… society.” Mr Clarke said.)
        k = next((k for k, t in enumerate(tail) if t.text not in marks), -1)
        if k < 0 or not capitalised(tail[k]) or tail[k].low in PRONOUNS_ALL:
            return False
        v = next((j for j, t in enumerate(tail[k + 1 :], k + 1) if is_verb(t)), -1)
        if v <= k:
            return False
        after = text[tail[v].start + len(tail[v].text) : tail[v].start + 200]
        if after.lstrip()[:1] in (",", ":"):
            return False  # “…” Clarke added, calling it …: the quote's own cue
        end = min((after.find(p) for p in ".!?" if p in after), default=len(after))
        return len(after[:end].split()) >= 4
    if last != "." or not text[sp.start : sp.start + 1].islower():
        return False
    k = next((k for k, t in enumerate(tail) if t.text not in _DASHES), -1)
    if k < 0 or not capitalised(tail[k]):
        return False
    if tail[k].low not in PRONOUNS_ALL:
        return True
    # a pronoun may open the quote's own cue (“… an outlaw nation.” he said.), but a
    # clause that goes on after its verb is a sentence of its own (“… as president.” He
    # also said he’s “…”)
    rest = tail[k + 1 :]
    v = next((j for j, t in enumerate(rest) if is_verb(t)), -1)
    return v >= 0 and any(t.text[:1].isalnum() for t in rest[v + 1 :])


def _put_it(f: Found, text: str, lo: int, sentence_text: str) -> bool:
    """As Ms Okafor put it (puts it), the plan is “…” / “…,” as one memo put it: the phrase names
    the source of a quote in its sentence (outside the quoted words themselves)."""
    if "put it" not in sentence_text and "puts it" not in sentence_text:
        return False
    sp = f.span
    for put in _PUT_IT.finditer(sentence_text):
        at = lo + put.start(1)
        if sp.open <= at < sp.close:
            continue
        toks = tokenize(text, at, lo + put.end())
        np = np_forward(toks, 0)
        words = [t.text for t in toks[:-2] if t.low not in DETS and t.text.isalpha()]
        if np is None and words:  # as one council memo put it: a generic source
            np = NP(words, toks[0].start, common=True)
        if np is not None:
            f.np, f.cue, f.governed, f.cue_pos = np, "put it", True, at
            return True
    return False


def _speech_owner(head: list[Tok]) -> tuple[NP, int] | None:
    """ "Trump's claim that there have been “thousands of shootings”", "his claim that
    people would “learn nothing”": the owner of a speech noun said the quoted words.
    (The speaker expression and the noun's position.)"""
    # (a noun up to SPEECH_NOUN_REACH tokens back: "Labour suggestions a vote for his
    # party would mean letting the Tories in “…”"; a reporting verb nearer is
    # _by_head's, tried first)
    reach = len(head) - SPEECH_NOUN_REACH
    for n in range(len(head) - 1, reach if reach > 0 else 0, -1):
        if head[n].low not in SPEECH_NOUNS:
            continue
        prev = head[n - 1]
        if prev.low in POSSESSIVE_SUBJECTS:
            pronoun = POSSESSIVE_SUBJECTS[prev.low]
            return NP([pronoun], prev.start, pronoun=pronoun), head[n].start
        if prev.low.endswith(("'s", "’s")) and capitalised(prev):
            np = np_back(head, n - 1)
            if np is not None and not np.common:
                return np, head[n].start
        if capitalised(prev) and n >= 2 and head[n - 2].text[:1].islower():
            # "brushed off Labour suggestions a vote for his party would mean “…”": the
            # body or person the noun is of (not a capitalised word opening the sentence)
            np = np_back(head, n - 1)
            if np is not None and not np.common and not np.pronoun:
                return np, head[n].start
        if prev.low in ("a", "an") and n >= 2 and head[n - 2].low in DELIVERING_VERBS:
            # "Trump issued a statement, “…”": who issues the statement says it
            subject = subject_before(head, n - 2)
            if isinstance(subject, NP) and not subject.common:
                return subject, head[n].start
        return None
    return None


def _label_at(head: list[Tok]) -> int:
    """ "Reid has been pounding Trump as a “con artist”", "admires Putin as a “strong
    leader”": a quoted label after "as" is the clause subject's characterisation (not
    after "known as", "such as", a title). The index of "as", or -1."""
    k = len(head) - 1
    if k >= 0 and head[k].low in ARTICLES:
        k -= 1
    if k < 2 or head[k].low != "as" or head[k - 1].low in NAMING_WORDS:
        return -1
    b = k - 2
    while b > 0 and head[b].low.endswith("ly"):
        b -= 1
    if head[k - 1].low.endswith(("ed", "en")) and head[b].low in PASSIVE_AUX:
        return -1  # "was (widely) described as": the describer is not the subject
    return k


def _labeller(head: list[Tok], k: int) -> NP | None:
    """Who applies the label: the subject of the verb before the object of "as"
    (Reid has been pounding [Trump] as; Trump admires [Russian President Putin] as)."""
    j = k - 1
    if head[j].low in OBJECT_PRONOUNS:
        j -= 1
    else:
        obj = np_back(head, j)
        if obj is None or obj.pronoun:
            return None
        while j >= 0 and head[j].start >= obj.start:
            j -= 1
        if j >= 0 and head[j].low in DETS:
            j -= 1
    if j >= 0 and head[j].low in LABEL_PREPOSITIONS:
        j -= 1
    if j < 1 or not head[j].text.isalpha() or not head[j].text.islower():
        return None
    if head[j].low in STOPS or head[j].low in AUX:
        return None
    i = j - 1
    while i >= 0 and (
        head[i].low in AUX
        or head[i].low in PASSIVE_AUX
        or head[i].low.endswith("ly")
        or (head[i].low in TIME_ADVERBS and head[i].text.islower())
    ):
        i -= 1
    i = _skip_aside(head, i)
    if i < 0:
        return None
    np = np_back(head, i)
    if np is None or (np.common and not np.pronoun):
        return None
    return np


def _skip_aside(toks: list[Tok], i: int) -> int:
    """Step left over ", in particular," and "(D-Nev.)" to the word they follow."""
    if i >= 0 and toks[i].text == ",":
        j = i - 1
        while j >= 0 and toks[j].text not in (",", ".", ";", ":") and i - j <= 6:
            j -= 1
        if j >= 0 and toks[j].text == ",":
            i = j - 1
    if i >= 0 and toks[i].text == ")":
        j = i - 1
        while j >= 0 and toks[j].text != "(" and i - j <= 8:
            j -= 1
        if j >= 0 and toks[j].text == "(":
            i = j - 1
    return i


_DASHES: Final = "—–-―‒"
# the punctuation a tail may open with before its first word (a string: `in` tests substrings)
_TAIL_OPENING_MARKS: Final = ",.!?;" + _DASHES


def _opens_tail(tail: list[Tok], i: int, np: NP, v: int) -> bool:
    """The subject opens the tail ("…,” Tulsa police Chief Chuck Jordan said), or follows a
    comma right before a sentence-final cue ("…” of the plan, Mr Holtz-Eakin said.)."""
    if np.start < tail[i].start:
        return False
    k = i
    while k < len(tail) and tail[k].start < np.start:
        if not tail[k].text[:1].isalnum() and tail[k].text not in _CURRENCY:
            break
        k += 1
    if tail[k].start >= np.start and (k - i <= 3 or _role_words(tail[i:k], np)):
        return True
    if _described_role(tail, i, np):
        return True
    if (
        tail[k].text == ","
        and 1 <= k - i <= 5
        and k + 1 < v
        and tail[k + 1].start == np.start
        and tail[v - 1].text == ","
        and not np.common
        and not np.pronoun
        and len(np.words) > 1
    ):
        return True  # “…,” his wife, Jane Holden, wrote: a short description, then the name
    before = [t for t in tail if t.start < np.start]
    rest = [t for t in tail[v + 1 :] if t.text not in ".!?"]
    return bool(before) and before[-1].text == "," and len(rest) <= 4


def _described_role(tail: list[Tok], i: int, np: NP) -> bool:
    """ "…,” the world 200m and 400m record holder told Five Live: "the" and a few
    describing words (numbers, "and", hyphenated words) before a role noun open the
    tail; the description stands for someone named before."""
    if not np.common or np.pronoun or np.words[-1].lower() not in ROLE_WORDS:
        return False
    if tail[i].low != "the":
        return False
    k = i + 1
    while k < len(tail) and tail[k].start < np.start:
        t = tail[k]
        if k - i > 6 or not t.text.replace("-", "").isalnum() or t.low in STOPS - {"and"}:
            return False
        k += 1
    return True


def _role_words(toks: list[Tok], np: NP) -> bool:
    """ "the Post's senior politics editor Steven Ginsberg": a longer run of words before
    a full name that ends in a role noun (or names an office: "director of telecoms
    research Tony Lavender") describes the person it names."""
    return (
        len(toks) <= 8
        and not np.common
        and not np.pronoun
        and len(np.words) > 1
        and (
            any(w.lower().split("-")[-1] in ROLE_WORDS for w in (toks[-1].text, np.words[0]))
            or any(_office(toks, k) for k in range(len(toks)))
        )
        and not any(
            t.low in SUBORDINATORS
            or (t.low in PREPOSITIONS and not _in_name(toks, k) and not _office(toks, k))
            for k, t in enumerate(toks)
        )
    )


def _office(toks: list[Tok], k: int) -> bool:
    """ "director of telecoms research", "the minister for civil aviation": "of" or "for"
    right after a lower-case role noun names the office."""
    return toks[k].low in ("of", "for") and k > 0 and toks[k - 1].low in ROLE_WORDS


def _in_name(toks: list[Tok], k: int) -> bool:
    """ "Fight for Fairness", "Fight for $15": a preposition between a capitalised word and
    a capitalised word or a sum is part of a name."""
    if not 0 < k < len(toks) - 1 or not capitalised(toks[k - 1]):
        return False
    nxt = toks[k + 1]
    return capitalised(nxt) or nxt.text in _CURRENCY or nxt.text[:1].isdigit()


_CURRENCY: Final = "$£€"


# every word that can be a cue's verb (is_verb's, a retort's, a paper's "read"): the
# cheap test first for the other words of a head or a tail
_CUE_WORDS: Final = REPORTING_VERBS | RETORT_VERBS | DOCUMENT_VERBS


def _from_tail(
    f: Found,
    tail: list[Tok],
    quote_punct: bool,
    ended: bool,
    asked: bool = False,
    runs_on: bool = False,
) -> bool:
    """“…,” Mr Blinken said / said Mr Blinken / he added / “…” — Jane Doe. `runs_on`: the
    tail stops at the next quotation's opening mark, before its sentence ends."""
    i = 0
    while i < len(tail) and tail[i].text in _TAIL_OPENING_MARKS:
        i += 1
    if i >= len(tail):
        return False
    # “…,” when Clinton blasted him: a clause about the moment, no cue of its own; only an
    # inverted cue after it (“…” if she loses, said Ann Reyes) names the speaker
    clause = tail[i].low in SUBORDINATORS
    depth = 0
    for v in range(i, len(tail) if len(tail) < i + 40 else i + 40):
        tok = tail[v]
        depth += (tok.text == "(") - (tok.text == ")")
        if tok.text in ".;:!?" and v > i and depth <= 0 and not _abbreviation_dot(tail, v):
            break
        if tok.start - tail[i].start > 220:
            break
        if tok.low not in _CUE_WORDS or (
            not is_verb(tok)
            and not (tok.low in RETORT_VERBS and _hits_back(tail, v))
            and not (tok.low in DOCUMENT_VERBS and _document_reads(tail, i, v))
        ):
            continue
        quoted = _quoted_as(tail, v)
        if quoted is not None:
            f.np, f.cue, f.cue_pos, f.governed = quoted[0], "quoted", quoted[1], True
            return True
        if v > i and tail[v - 1].low in ARTICLES:
            continue  # “…,” according to a report by …: a noun, no verb
        if ended and v > i and tail[v - 1].low in PASSIVE_AUX:
            continue  # “….” A judgement is expected in May: a passive names no speaker
        if clause:
            if v > i and not _late_inverted(tail, v):
                # “…”, since he was away at the time, Mr Hale told the BBC: the clause
                # closes at a comma; a name after it is the subject of the cue
                late_np = subject_before(tail, v)
                if (
                    isinstance(late_np, NP)
                    and not late_np.common
                    and not late_np.pronoun
                    and index_at(tail, late_np.start) > i + 1
                    and tail[index_at(tail, late_np.start) - 1].text == ","
                ):
                    f.np, f.cue, f.cue_pos, f.governed = late_np, tok.low, tok.start, True
                    return True
            if v == i or not _late_inverted(tail, v):
                continue
            late = np_forward(tail, v + 1)
            if late is None or late.common:
                continue
            f.np, f.cue, f.cue_pos, f.governed = late, tok.low, tok.start, True
            return True
        if v == i:  # inverted: said Mr Lavrov
            if (i == 0 and not quote_punct) or tok.low.endswith("ing"):
                continue  # “…,” saying they …: a participle of the clause before the quote
            np: NP | str | None = (
                _document_after(tail, v + 1)
                or np_forward(tail, v + 1)
                or _unnamed_at(tail, v + 1, len(tail))
                or _bare_plural(tail, v + 1)
                or _definite_body_after(tail, v + 1)
            )
        else:
            np = document_owner(tail, i, v) or subject_before(tail, v)
            if (
                v > i
                and not tok.low.endswith("ing")
                and (not isinstance(np, NP) or np.start > tail[i].start)
            ):
                np = _unnamed_at(tail, i, v) or np  # “…,” a spokesman for the Democrats said
            if np is None and v == i + 1 and tail[i].low == "it":
                np = NP(["it"], tail[i].start, pronoun="it")  # “…,” it added: a body
            if isinstance(np, NP) and not np.pronoun and _object_opens_tail(tail, i, np, v):
                continue  # “rattled” by the Tory challenge: a preposition's object, no subject
            if not isinstance(np, NP) or not _opens_tail(tail, i, np, v):
                # the subject must open the tail: "…,” he said; a name that opens it and
                # is followed by an appositive or "of …" is the subject of a later verb:
                # “…,” Scott Pruitt, the attorney general of Oklahoma, …, said; not of a
                # verb with its own pronoun subject: “….” Jo Bell, who …, has denied it,
                # although she praised …
                own = isinstance(np, NP) and np.pronoun is not None and np.start > tail[i].start
                np = None if own else _opening_name(tail, i, v)
            if np is None and _late_inverted(tail, v):
                # “…” about the decision, said Ann Reyes, director of …: the clause after
                # a quotation that its closing marks did not end, then the inverted cue
                np = np_forward(tail, v + 1)
            elif tok.low in NOUNISH and isinstance(np, NP) and _indefinite_modifier(tail, np):
                continue  # “…,” saying in a Trumpian post: a noun its word modifies
        if np is None:
            continue
        if (
            ended
            and capitalised(tail[i])
            and (
                # “…?” Trump told a radio station on Monday: after a question or an
                # exclamation a name and a plain cue verb still cue it
                (
                    # “….” Chairman Jo Bell described it as “…”: the words after the
                    # verb go on into the next quotation, a statement of its own
                    _goes_on(tail[v + 1 :], runs_on) and not (asked and tok.low in PLAIN_CUE_VERBS)
                )
                or (v + 1 < len(tail) and tail[v + 1].low == "that")
            )
            and not _participle_next(tail, v)
        ):
            continue  # “….” The agency said X: a new sentence with its own statement
        if (
            ended
            and capitalised(tail[i])
            and (any(t.text == ":" for t in tail[v + 1 :]) or tail[-1].text == ",")
        ):
            # “….” He added: “…” / “…?” Mills then writes back, “…” — the cue introduces
            # the next quotation (the tail ends at its opening mark)
            continue
        f.np, f.cue, f.cue_pos, f.governed = np, tok.low, tok.start, True
        return True
    if tail[0].text in _DASHES and i < len(tail):  # “…” ― Sonya Herridge
        np = np_forward(tail, i)
        if np is not None and not np.common:
            f.np, f.cue, f.cue_pos, f.governed = np, None, tail[i].start, True
            return True
    return False


def _object_opens_tail(tail: list[Tok], i: int, np: NP, v: int) -> bool:
    """Whether the tail after the quotation opens with a preposition whose object is np
    (“…” by the Tory challenge): the sentence's clause goes on, np is no subject (but
    “…” to councillor Tom Hale, who said: the one the quotation was to speaks)."""
    if v >= 2 and tail[v - 1].low in PERSON_RELATIVES and tail[v - 2].text == ",":
        return False
    k = index_at(tail, np.start) - 1
    if k > i and tail[k].low in DETS:
        k -= 1
    return k == i and tail[i].low in PREPOSITIONS


def _goes_on(rest: list[Tok], runs_on: bool) -> bool:
    """Whether the words after a tail's verb make it a sentence of its own: more than
    five, or any word when the sentence runs on into the next quotation."""
    words = [t for t in rest if t.text not in ".!?"]
    return len(words) > 5 or (runs_on and any(t.text[:1].isalnum() for t in words))


def _document_reads(toks: list[Tok], lo: int, v: int) -> bool:
    """ "…,” a BBC statement read": a verb that reports only after a paper, which a
    name or a body issued. The callers have checked that toks[v] is one of
    DOCUMENT_VERBS."""
    return document_owner(toks, lo, v) is not None


def _quoted_as(toks: list[Tok], v: int) -> tuple[NP, int] | None:
    """ "…,” Arab News quoted Prince Saud as saying / Reuters quoted one trader as saying:
    at the participle v after "as", the one quoted speaks, not the outlet that quotes
    them. (The speaker expression and the position of "quoted".)"""
    if v < 3 or toks[v - 1].low != "as" or not toks[v].low.endswith("ing"):
        return None
    for q in range(v - 2, max(-1, v - 14), -1):
        if toks[q].low == "quoted":
            words = toks[q + 1 : v - 1]
            if not words or words[0].low == "by":
                return None  # "X was quoted by the newspaper as saying": X, as usual
            e = len(words)
            while e > 0 and capitalised(words[e - 1]):
                e -= 1
            if len(words) - e >= 2:  # "Peoplesoft worker David Ogden": the name at the end
                return NP([t.text for t in words[e:]], words[e].start), toks[q].start
            np = np_forward(words, 0)
            if np is None:
                np = NP([t.text for t in words], words[0].start, common=True)
            return np, toks[q].start
        if toks[q].text in '.,;:"“”':
            return None
    return None


def _document_after(tail: list[Tok], i: int) -> NP | None:
    """ "…,” said an agency statement.": who issued the statement after an inverted verb."""
    end = i
    while end < len(tail) and tail[end].text not in ".;!?,":
        end += 1
    return document_owner(tail, i, end)


def _document_subject(head: list[Tok], v: int) -> NP | None:
    """ "…, and United's statement to the stock exchange said: “…”": the clause before
    the verb at v is a statement; who issued it speaks."""
    c = v
    while (
        c > 0
        and v - c < 10
        and head[c - 1].text not in ',;:“”"'
        and head[c - 1].low
        not in (
            "and",
            "but",
        )
    ):
        c -= 1
    return document_owner(head, c, v)


def _unnamed_at(toks: list[Tok], i: int, end: int) -> NP | None:
    """ "said a person close to the family", "one district party leader said": a phrase
    that opens with "a" or "one" names someone the article does not name (a common NP,
    starting after the article, so that Cast.unnamed sees the article before it)."""
    if i + 1 >= end or toks[i].low not in INDEFINITES or not toks[i + 1].text[:1].isalpha():
        return None
    words: list[str] = []
    lead: list[str] = []  # the words before a preposition: the noun the phrase is about
    k = i + 1
    while k < min(end, i + 9) and (toks[k].text[:1].isalnum() or toks[k].text in "-’'"):
        if toks[k].low in PREPOSITIONS and words and not lead:
            lead = list(words)
        words.append(toks[k].text)
        k += 1
    lead = lead or words
    if not lead or any(w[:1].isupper() and w.lower() not in ROLE_WORDS for w in lead):
        # "a tearful Claxton", "a Twitter spokesman": a name is in it (not "one senior
        # Democrat", a party member the article does not name)
        return None
    if k + 1 < len(toks) and toks[k].text == "," and capitalised(toks[k + 1]):
        return None  # "another friend, Mariam Emara, told": the name follows
    if end < len(toks) and k != end:
        return None  # "a nod to the front-runner acknowledging": not the verb's subject
    return NP(words, toks[i + 1].start, common=True)


def _bare_plural(toks: list[Tok], i: int) -> NP | None:
    """ "said officials (in Brussels)", "said analysts": the plural of a role or person
    noun with no article names people the article does not name, but cues the quote."""
    if i >= len(toks):
        return None
    low = toks[i].text
    if not low.islower() or not low.endswith("s") or low.endswith("ss"):
        return None
    if low[:-1] not in ROLE_WORDS and low[:-1] not in PERSON_NOUNS:
        return None
    return NP([low], toks[i].start, common=True)


# the marks that end a cue's tail ("…,” said the firm.")
_TAIL_ENDS: Final = frozenset(".,;!?")


def _definite_body_after(toks: list[Tok], i: int) -> NP | None:
    """ "…,” said the firm.", "asked the magazine": "the" and a body's or a paper's noun
    that ends the tail stand for the body named before, as "the firm said" does (a
    longer phrase may describe someone else: "said the rival firm's boss")."""
    if i + 1 >= len(toks) or toks[i].low != "the" or not toks[i + 1].text.islower():
        return None
    if i + 2 < len(toks) and toks[i + 2].text not in _TAIL_ENDS:
        return None
    np = NP(["the", toks[i + 1].text], toks[i].start, common=True)
    return np if _definite_body(np) or definite_paper(np) else None


def _group_phrase(toks: list[Tok], i: int) -> NP | None:
    """ "by campaigners", "by health campaigners": up to three lower-case words ending in
    a group that speaks as one (Cast's group, named by the phrase)."""
    k = i
    while k < len(toks) and k - i < 3 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].low in GROUP_NOUNS:
            return NP([t.text for t in toks[i : k + 1]], toks[i].start, common=True)
        if toks[k].low in STOPS:
            return None
        k += 1
    return None


def _late_inverted(tail: list[Tok], v: int) -> bool:
    """ ", said Ann Reyes." after a clause: an inverted verb after a comma whose name
    opens the rest of the sentence (with at most an appositive after it)."""
    if tail[v].low not in INVERTING_VERBS or tail[v - 1].text != ",":
        return False
    if v + 1 >= len(tail) or not capitalised(tail[v + 1]):
        return False
    if any(is_verb(t) for t in tail[: v - 1]):
        return False  # the clause between has its own reporting verb
    rest = tail[v + 1 :]
    ends = next((k for k, t in enumerate(rest) if t.text in ".;!?"), len(rest))
    return all(t.text != "“" and t.text != '"' for t in rest[:ends])


def _abbreviation_dot(toks: list[Tok], v: int) -> bool:
    """ "McConnell, R-Ky., said", "of Boston, Mass., said": a full stop followed by a
    comma ends an abbreviation, not the sentence."""
    return toks[v].text == "." and v + 1 < len(toks) and toks[v + 1].text == ","


def _hits_back(toks: list[Tok], v: int) -> bool:
    """ "fired back", "hit back", "shot back": a retort, which reports speech."""
    return toks[v].low in RETORT_VERBS and v + 1 < len(toks) and toks[v + 1].low == "back"


def _participle_next(tail: list[Tok], v: int) -> bool:
    """ "said, looking out on the crowd": the verb's clause ends at the comma, so what
    follows describes the speaking; the verb reports nothing new of its own."""
    return (
        v + 2 < len(tail)
        and tail[v + 1].text == ","
        and tail[v + 2].low.endswith("ing")
        and tail[v + 2].text[:1].islower()
    )


def _opening_name(tail: list[Tok], i: int, v: int) -> NP | None:
    """The name that opens a tail when it is followed by "," or "of"/"from"/"at" and the
    verb v comes later in the same clause (no full stop in between)."""
    if not capitalised(tail[i]) or (tail[i].low in NOT_NAMES and tail[i].low not in TITLES):
        return None
    np = np_forward(tail, i)
    if np is None or np.common or np.pronoun:
        return None
    k = i
    while k < v and tail[k].start < np.start + len(" ".join(np.words)):
        k += 1
    if k >= v or (tail[k].low not in (",", "of", "from", "at") and not _bare_role(tail, k, v)):
        return None
    return np


def _bare_role(toks: list[Tok], k: int, v: int) -> bool:
    """ "Dr Mark Tuffy games systems director at THX told": lower-case words ending in a
    role noun right after the name, its appositive written without commas."""
    j = k
    while j < v and j - k < 5 and toks[j].text.isalpha() and toks[j].text.islower():
        t = toks[j]
        if t.low in ROLE_WORDS:
            return True
        if t.low in STOPS or t.low in AUX or is_verb(t) or t.low.endswith("ly"):
            return False  # "Mr Milburn has repeatedly said the chancellor …": a clause
        j += 1
    return False


def _generic(np: NP | str | None) -> bool:
    """ "officials", "a majority of Americans": a phrase that names no one in particular
    (not a role, "the minister", nor a body, "the alliance")."""
    return (
        isinstance(np, NP)
        and np.common
        and not any(w.lower() in ROLE_WORDS or w.lower() in OCCUPATIONS for w in np.words)
        and not _definite_body(np)
        and not definite_paper(np)
    )


def definite_paper(np: NP) -> bool:
    """ "the report", "the statement": a definite paper without its issuer, which speaks
    for the body that issued it."""
    return (
        np.common
        and len(np.words) == 2
        and np.words[0].lower() == "the"
        and np.words[1].lower() in PAPER_NOUNS
    )


def described_person(np: NP) -> bool:
    """ "the Waterford man": "the", a capitalised word and a noun for a person (no role:
    a role goes to the one who holds it)."""
    return (
        np.common
        and len(np.words) == 3
        and np.words[0].lower() == "the"
        and np.words[1][:1].isupper()
        and np.words[2] in PERSON_NOUNS
        and np.words[2] not in ROLE_WORDS
    )


def _definite_body(np: NP) -> bool:
    """ "the alliance", "the commission", "the former monopoly": a body the article has
    named, described by a few lower-case modifiers (a capitalised one, as in "the Swiss
    drugmaker", is not read), none that makes it another body ("the rival firm")."""
    head = np.words[-1].lower()
    if len(np.words) < 2 or np.words[0].lower() != "the":
        return False
    if len(np.words) == 2:
        return head in BODY_NOUNS or head in GENERIC_BODIES or head in BUSINESS_NOUNS
    # (a business only: "the same campaign" may be no body but a modifier of a noun after)
    return (
        len(np.words) <= 4
        and head in BUSINESS_NOUNS
        and all(w.replace("-", "").isalpha() and w.islower() for w in np.words[1:-1])
        and not any(w in OTHER_BODY_MODIFIERS for w in np.words[1:-1])
    )


def _absolute(head: list[Tok], np: NP) -> bool:
    """ "…, with Sen. Jane Roe calling it …": after "with" the name is the subject of the
    participle (an absolute clause), not an object."""
    k = index_at(head, np.start) - 1
    if k >= 0 and head[k].low in DETS:
        k -= 1
    return k >= 0 and head[k].low == "with"


def _modifier(head: list[Tok], np: NP) -> bool:
    """ "the Argentine state", "a Twitter comment": one capitalised word after a
    determiner, before a verb that is also a noun, modifies that noun; a body that speaks
    with "the" has a longer name of its own ("the White House states")."""
    if len(np.words) != 1 or np.common or np.pronoun:
        return False
    k = index_at(head, np.start) - 1
    return np.the or (k >= 0 and head[k].low in DETS)


def _indefinite_modifier(toks: list[Tok], np: NP) -> bool:
    """ "in a Trumpian post", "an Obama statement": one capitalised word after "a" or "an"
    modifies the noun after it; a subject after a quotation takes "the" or none ("“…,”
    the Saudis state")."""
    if len(np.words) != 1 or np.common or np.pronoun or np.the:
        return False
    k = index_at(toks, np.start) - 1
    return k >= 0 and toks[k].low in ("a", "an")


def _from_head(f: Found, head: list[Tok]) -> bool:
    """Mr Prentis said: “…” / he warned of a “…” response: the last cue before the quote
    whose subject names someone (a generic subject is kept only as a last resort)."""
    fallback: tuple[NP, Tok] | None = None
    coordinated: Tok | None = None
    first_joined: Tok | None = None
    for v in range(len(head) - 1, -1, -1):
        tok = head[v]
        if tok.low not in _CUE_WORDS or (
            not is_verb(tok)
            and not (tok.low in RETORT_VERBS and _hits_back(head, v))
            and not (v == 0 and tok.low in INVERTING_VERBS)  # Said Ann Reyes, “…”
            and not (tok.low in DOCUMENT_VERBS and _document_reads(head, max(0, v - 6), v))
        ):
            continue
        if _closed_subordinate(head, v):
            continue  # Reyes said that when Ross railed against the banks, “…”: the outer cue
        if (
            tok.low in CARRYING_VERBS
            and v + 1 < len(head)
            and head[v + 1].low == "to"
            and any(t.low in _CUE_WORDS and is_verb(t) for t in head[:v])
        ):
            continue  # he said the firm would continue to make “…”: no cue, the outer one
        quoted = _quoted_as(head, v)
        if quoted is not None:
            f.np, f.cue, f.cue_pos, f.governed = quoted[0], "quoted", quoted[1], True
            return True
        before = head[v - 1].low if v > 0 else ""
        if before in DETS or (before.endswith(("'s", "’s")) and len(before) > 2):
            continue  # "the claims", "Obama's remarks": nouns (not "he ’s claiming")
        agent = _passive_agent(head, v, before)
        if agent is not None:
            # "Hollis was asked by host Ann Bell: “…?”": the agent after "by" speaks
            f.np, f.cue, f.cue_pos, f.governed = agent, tok.low, tok.start, True
            return True
        if before in PASSIVE_AUX and tok.low in ADDRESSED_VERBS and not tok.low.endswith("ing"):
            continue  # "Mr Bradshaw was told that …": the one told is no speaker
        np = subject_before(head, v)
        if np is None and v == 1 and head[0].low == "it" and tok.low in PLAIN_CUE_VERBS:
            # "It says it wants “…”", "It said: “…”": a body the sentence before named
            np = NP(["it"], head[0].start, pronoun="it")
            body = True
        else:
            body = False
        if np is None or (isinstance(np, NP) and np.common and not np.pronoun):
            np = _document_subject(head, v) or np
        if np is None and v == 0 and tok.low.endswith("ing") and tok.text[:1].islower():
            # "…,” saying the city was the “heart of America”: the head opens after an
            # earlier quotation of the sentence; its participle speaks for the subject
            np = "COORD"
        if (
            tok.low in NOUNISH
            and isinstance(np, NP)
            and (governed_np(head, np) or _modifier(head, np))
        ):
            continue  # "of Republican claims as …", "a Twitter comment": a noun
        if (
            np is None
            and v + 1 < len(head)
            and head[v + 1].low != "that"
            and (
                v == 0
                or head[v - 1].text in INVERSION_AFTER
                # "began by saying he would “never” …": the subject follows
                or (head[v - 1].low in PREPOSITIONS and tok.low.endswith("ing"))
            )
        ):
            # inverted: Said Mr X, “…” (not "it underscores that X is …")
            np = np_forward(head, v + 1)
            if np is not None and np.common:
                np = None
            if (
                np is not None
                and not np.pronoun
                and v > 0
                and head[v - 1].text not in INVERSION_AFTER
            ):
                # "responsible for advising Trump to …": a name after a gerund is its
                # object; only "by saying he would …" has the speaker after it
                np = None
        if np is None:
            continue
        if (
            tok.low.endswith("ing")
            and isinstance(np, NP)
            and not np.pronoun
            and governed_np(head, np)
            and not _absolute(head, np)
            and coordinated is None
        ):
            # "wrote a letter to Attorney General Jane Roe asking the department to …":
            # a participle after an object of a preposition speaks for the subject
            np = "COORD"
        if _generic(np) and tok.low.endswith("ing") and coordinated is None:
            # "X attacked the plans for pensioners saying they needed “…”": a participle
            # after an object speaks for the subject of the sentence
            np = "COORD"
        if _generic(np) or (isinstance(np, NP) and np.pronoun == "it" and not body):
            # "She says it underscores that …": a thing that "underscores" or "shows"
            # speaks for no one; an outer reporting verb with a real subject wins
            fallback = fallback or (np, tok)  # type: ignore[assignment]
            continue
        if np == "COORD":
            # "…, he claimed, saying he has the “wrong solution”": the participle's
            # subject is that of the reporting verb before it, when the head has one
            # (further back past another joined verb: "said it was wrong to suggest …,
            # adding they would “…”")
            if coordinated is None:
                coordinated = tok
            first_joined = tok
            continue
        if coordinated is not None and np == "REL":
            break
        if fallback is not None and np == "REL":
            # "one dealer, who asked not to be named, told Reuters …": the verb of a
            # relative clause inside the subject; the main verb's unnamed subject speaks
            break
        if (
            fallback is not None
            and isinstance(fallback[0], NP)
            and _new_clause_between(head, v, fallback[0].start)
        ):
            # "Qatar said it would …, but British officials said they were “…”": the
            # later clause has a subject and a cue of its own, however generic
            np, tok = fallback
            f.np, f.cue, f.cue_pos, f.governed = np, tok.low, tok.start, True
            return True
        if coordinated is not None and isinstance(np, NP):
            tok = coordinated
        outer = _outer_report(head, v, np)
        if outer is not None:
            np, tok = outer
        f.np, f.cue, f.cue_pos, f.governed = np, tok.low, tok.start, True
        return True
    if first_joined is not None:
        # no subject before: the earliest joined verb, whose subject is the sentence's
        f.np, f.cue, f.cue_pos, f.governed = "COORD", first_joined.low, first_joined.start, True
        return True
    if fallback is not None and (
        not (head and head[-1].text == ":")
        # "Her campaign said: “…”": the campaign of the woman "her" stands for speaks
        or (isinstance(fallback[0], NP) and owned_campaign_phrase(fallback[0]))
    ):
        np, tok = fallback
        f.np, f.cue, f.cue_pos, f.governed = np, tok.low, tok.start, True
        return True
    return False


def _passive_agent(head: list[Tok], v: int, before: str) -> NP | None:
    """ "was asked by talk show host Ann Bell, who …:", "was described by Jo Lee as …": a
    passive verb of speaking or labelling right after its auxiliary, then "by" and a
    name: the agent did the asking or describing (a common phrase, "by reporters", is
    left to the other rules; a verb of censure, "criticised by X for", too: the words
    may be the charge, not the critic's)."""
    if before not in PASSIVE_AUX or v + 2 >= len(head) or head[v + 1].low != "by":
        return None
    low = head[v].low
    if low not in PLAIN_CUE_VERBS and low not in LABELLING_VERBS and low != "described":
        return None
    np = np_forward(head, v + 2)
    if np is None or np.common or np.pronoun:
        return None
    return np if _agent_meets_quote(head, v + 2, np, low) else None


def _agent_meets_quote(head: list[Tok], k: int, np: NP, verb: str) -> bool:
    """Whether nothing but marks (or a ", who …" aside, or "as" after a labelling verb)
    stands between the passive agent and the quotation: "was asked by host Ann Bell: “…”",
    "was described by Jo Lee as the “…”"; not "was asked by Ann Bell whether …, and
    answered: “…”" (the subject answers), nor "was called by Bob Crow after “…”"."""
    last = np.words[-1]
    while k < len(head) and not (head[k].text == last and head[k].start >= np.start):
        k += 1
    rest = [t for t in head[k + 1 :] if any(c.isalnum() for c in t.text)]
    if not rest:
        return True
    if rest[0].low == "as":
        return verb not in PLAIN_CUE_VERBS
    return rest[0].low == "who" and head[k + 1].text == ","


def _new_clause_between(head: list[Tok], v: int, lo: int) -> bool:
    """Whether a new main clause opens between the verb head[v] and its later subject at
    position lo: a semicolon, or a comma before "but", "while" or "whereas", then the
    subject with no verb before it (not "X agreed, but added that when people asked": the
    same subject goes on)."""
    opened = False
    for k in range(v + 1, len(head)):
        t = head[k]
        if t.start >= lo:
            return opened
        if t.text == ";" or (
            t.low in CONTRAST_CONJUNCTIONS and head[k - 1].text == "," and k - 1 > v
        ):
            opened = True
        elif opened and is_verb(t):
            opened = False
    return False


def _closed_subordinate(head: list[Tok], v: int) -> bool:
    """Whether the verb at v sits in a clause that a subordinator opens ("when Ross railed
    against the banks,") at the start of a reported clause ("said that when …", "says if
    …") and that closes at a comma right before the quotation: the clause only sets the
    scene for the reported words after it."""
    if len(head) < 2 or head[-1].text != "," or v >= len(head) - 2:
        return False
    if any(t.text in (",", ";", ":", "“", '"', "—", "–") for t in head[v + 1 : -1]):
        return False
    for j in range(v - 1, max(-1, v - 8), -1):
        t = head[j]
        if t.low in SUBORDINATORS:
            return j > 0 and (head[j - 1].low == "that" or is_verb(head[j - 1]))
        if not t.text[:1].isalnum() or is_verb(t):
            return False
    return False


def _outer_report(head: list[Tok], v: int, inner: NP | str) -> tuple[NP, Tok] | None:
    """ "Rep. Ann Lee said the mayor called on members to be “…”": a cue inside what an
    earlier plain cue of the sentence reports; the quoted words are the outer
    speaker's account, so the outer speaker is the source."""
    if not isinstance(inner, NP) or inner.pronoun or (head and head[-1].text in ",:"):
        return None  # “…” after "said:" or "said," is the inner speaker's own quotation
    for k in range(v - 1, -1, -1):
        tok = head[k]
        if tok.text in '.;:“”"' or tok.start < 0:
            return None
        if tok.start >= inner.start or tok.low not in PLAIN_CUE_VERBS or not is_verb(tok):
            continue
        # the inner clause follows the outer verb at once ("said (that) Clinton called")
        between = [t for t in head[k + 1 :] if t.start < inner.start]
        if len(between) > 3 or any(
            # not a comma or a mark; a contraction ("he’s certain Rubio …") is a word
            (not t.text[:1].isalnum() and t.text[:1] not in "'’") or t.low in SUBORDINATORS
            for t in between
        ):
            return None
        np = subject_before(head, k)
        if isinstance(np, NP) and not np.common and not np.pronoun and not _generic(np):
            return np, tok
        return None
    return None


INVERSION_AFTER: Final = frozenset(",;:—–-“”\"'‘’(")


def voiced(text: str, article: Article, starts: list[int], sp: Span) -> bool:
    """A short quotation no cue governs, in a sentence whose reporting verb comes before
    it ("Rubio warned of a climate in which people “literally hate each other”"): words
    of the sentence's speaker, not a title or a scare quote. Not a markup attribute."""
    if (sp.open > 0 and text[sp.open - 1] == "=") or "<" in text[sp.start : sp.end]:
        return False
    if whole_sentence(text, article, sp):
        return True  # “…,” Tester said. “Very good.”
    sent = article.sentences[sentence_index(starts, article.sentences, sp.open)]
    head = shared_tokens(text, sent.start, sp.open)
    for v, tok in enumerate(head):
        voicing = tok.low in VOICING_VERBS or tok.low in TITLING_WORDS
        if (is_verb(tok) or (voicing and tok.text.islower())) and not (
            v and head[v - 1].low in DETS and head[v - 1].low != "that"
        ):
            return True  # not a noun ("the claims"); "an ad that urges voters to …
    # "Trump offered himself as a “law and order” candidate": a label the subject applies
    return _label_at(head) >= 0


def poll_source(text: str, article: Article, starts: list[int], sp: Span) -> list[str] | None:
    """ "In a CNN/ORC poll released Monday, 31% of Republicans said they were “…”": words
    that a poll's respondents chose are the poll's findings; the poll's name (its
    capitalised words and "poll"), when the quotation's sentence reports from one."""
    sents = article.sentences
    sent = sents[sentence_index(starts, sents, sp.open)]
    chunk = text[sent.start : sent.end]
    if "poll" not in chunk and "survey" not in chunk:
        return None  # the cheap test first: _POLL ends with one of these words
    m = _POLL.search(chunk)
    if m is None:
        return None
    words = m.group(1).split()
    months = [w for w in words if w.lower() in DAYS]
    words = [w for w in words if w not in months]
    return [*words, "poll"] if words else None


def whole_sentence(text: str, article: Article, sp: Span) -> bool:
    """A quotation that is a sentence of its own: it opens the sentence with a capital and
    ends with its own full stop, question or exclamation mark ("“So, who?”"), which a
    title or a scare quote does not."""
    words = text[sp.start : sp.end]
    if not words[:1].isupper() or words.rstrip("’'\"”")[-1:] not in (".", "?", "!"):
        return False
    para = article.paragraphs[sp.para]
    return sp.open == para.start or last_char(text, para.start, sp.open) in ".?!:\"”'"
