"""Quotes and their speakers: who said what in one article.

The rules follow news style. A quotation is a stretch between marks (“…”, "…", ``…'',
''…'', «…», and ‘…’ when not an apostrophe); a paragraph that reopens a mark without
closing the previous one continues the same quotation (the wire convention). Each quote is
attributed from its own sentence first (“…,” X said / said X / X said: “…” / X warned of a
“…” response / according to X), then from its neighbours (another quote of the paragraph,
a colon-introduced paragraph, the previous paragraph's speaker). Pronouns, bare surnames
and roles ("the minister") resolve to the most recent compatible person. Short quotes that
no reporting verb governs are scare quotes or titles, not statements. Reported speech
("X said (that) …", "X accused Y of …") is returned as kind "indirect".

The parts live beside this module: `quote_marks` pairs the marks, `tokens` cuts words,
`phrases` finds the noun phrase that names a speaker, and `cast` keeps the people and
bodies with the timeline of their mentions. This module holds the attribution rules.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from bot.articles.cast import QUOTED, Cast, Entity, is_org, split_name
from bot.articles.model import Article, Person, PersonKind, Quote, QuoteKind, Sentence
from bot.articles.phrases import (
    AUX,
    DETS,
    NP,
    PREPOSITIONS,
    STOPS,
    capitalised,
    first_np,
    governed_np,
    index_at,
    is_verb,
    main_clause,
    np_back,
    np_forward,
    subject_before,
)
from bot.articles.quote_marks import QUOTE_CHARS, Span, last_char, quote_spans
from bot.articles.speech import (
    FEMALE_NAMES,
    FINITE_VERBS,
    INDIRECT_EXCLUDED,
    MALE_NAMES,
    NOT_NAMES,
    NOUNISH,
    ORG_WORDS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    TITLES,
)
from bot.articles.tokens import (
    ABBREVIATIONS,
    PRONOUNS_ALL,
    Tok,
    noun_before,
    prev_word,
    tokenize,
)

_PASSIVE: Final = frozenset("is was are were be been being".split())


# ---------------------------------------------------------------- attribution


class _Found:
    """What attribution found for one quotation (filled in step by step). A plain class
    so that mypyc compiles its __init__."""

    __slots__ = ("cue", "cue_pos", "governed", "np", "span", "speaker")

    def __init__(self, span: Span) -> None:
        self.span = span
        self.np: NP | str | None = None
        self.cue: str | None = None
        self.cue_pos = -1
        self.governed = False
        self.speaker: int | None = None


def _trie_pattern(words: frozenset[str]) -> str:
    """A regex alternation factored by prefix: much faster than a flat word list."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        parts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


# Finding reporting verbs by splitting on whitespace and intersecting with the verb forms
# (with the punctuation that sticks to them) runs at C speed; only the few forms present
# are then located, each with str.find.
_PRE: Final = ("(", '"', "“", "‘", "'", "—", "–")
_SUF: tuple[str, ...] = (",", ".", ":", ";", "!", "?", ")", '"', "”", "’", "'")
_SUF += (',"', ",”", '."', ".”", ",’", "—", "–", ".’", "?”", '?"')
_VERB_KEYS: Final = frozenset(
    [*REPORTING_VERBS]
    + [p + f for f in REPORTING_VERBS for p in _PRE]
    + [f + x for f in REPORTING_VERBS for x in _SUF]
)
_KEY_PUNCT: Final = "".join({ch for x in _PRE + _SUF for ch in x})


def _verb_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, form) of every reporting verb standing as a whole word, in order."""
    keys = _VERB_KEYS.intersection(text.split())
    if not keys:
        return []
    hits: list[tuple[int, int, str]] = []
    n = len(text)
    for form in {k.strip(_KEY_PUNCT) for k in keys}:
        # str.find, a C loop, rather than a regex per form; a form inside a longer
        # word ("sayings", "unsaid") is skipped as `form\b` with a word start would be
        i = text.find(form)
        while i >= 0:
            j = i + len(form)
            if j < n and (text[j].isalnum() or text[j] == "_"):
                i = text.find(form, i + 1)
                continue
            if not (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
                hits.append((i, j, form))
            i = text.find(form, j)
    hits.sort()
    return hits


_LABEL: Final = re.compile(r"([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)?):\s+")
_PUT_IT: Final = re.compile(r"\b[Aa]s ((?:[^\s;:“”\"]+[ ,]+){1,25}?)(?:\w+ly )?put it\b")
_ACCORDING: Final = re.compile(r"\baccording to\b", re.IGNORECASE)


def _sentence_bounds(starts: list[int], sentences: tuple, pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def attribute_article(article: Article) -> tuple[list[Person], list[Quote]]:
    """The people an article mentions and the statements it attributes to them."""
    text = article.text
    sentences = article.sentences
    if not sentences:
        return [], []
    starts = [s.start for s in sentences]
    spans = quote_spans(article)
    hits = _verb_hits(text)
    cast = Cast(starts, text)
    _prescan(article, cast, [(sp.start, sp.end) for sp in spans], [h[0] for h in hits])
    found = []
    for k, sp in enumerate(spans):
        prev_close = spans[k - 1].close if k and spans[k - 1].para == sp.para else -1
        next_open = spans[k + 1].open if k + 1 < len(spans) and spans[k + 1].para == sp.para else -1
        found.append(_attribute(text, article, starts, sp, prev_close, next_open))

    quotes: list[Quote] = []
    cue_positions: dict[int, int | None] = {}
    by_para: dict[int, list[_Found]] = {}
    for f in found:
        by_para.setdefault(f.span.para, []).append(f)
    last_speaker: dict[int, int | None] = {}
    for number in range(len(article.paragraphs)):
        items = by_para.get(number, [])
        noted: set[int] = set()
        for k, f in enumerate(items):
            if isinstance(f.np, NP):
                f.speaker = cast.mention(f.np, f.cue_pos if f.cue_pos >= 0 else f.span.start, 2)
                if f.speaker is not None:
                    # a later "he said" of the paragraph can refer to this speaker
                    cast.note(f.span.end, f.speaker, 2)
                    noted.add(k)
                if f.speaker is not None and not f.np.pronoun and text[f.span.start].isupper():
                    ent = cast.entities[f.speaker]
                    ent.evidence = ent.evidence or ent.kind == "person"
            elif f.np == "COORD" or f.np == "REL":
                f.speaker = _earlier_cue_speaker(items, f, starts)
                if f.speaker is None:
                    f.speaker = _sentence_subject(text, article, starts, f.span.open, cast)
            if f.cue_pos >= 0:
                cue_positions[f.cue_pos] = f.speaker
        _inherit_within(items, starts)
        _inherit_subject(items, article, cast, starts)
        _inherit_across(items, number, last_speaker, by_para, article, cast, starts)
        spoken = [f.speaker for f in items if f.speaker is not None]
        last_speaker[number] = spoken[-1] if spoken else None
        for k, f in enumerate(items):
            if f.speaker is not None:
                if k not in noted:
                    cast.note(f.span.end, f.speaker, 2)
                cast.entities[f.speaker].quotes += 1
            if not f.governed and _scare(text, f.span):
                continue
            quotes.append(_make_quote(text, starts, f, cast))

    quotes.extend(_indirect(article, starts, cast, cue_positions, spans, hits))
    quotes.sort(key=lambda q: (q.start, q.kind != "indirect"))
    return _people(cast), quotes


# The lookbehinds sit after the first capital so that the engine can skip ahead to
# capitals (a leading lookbehind would make it test every position). A capital after
# O' continues a word; after '' (a quotation mark) it starts one.
_CAPRUN: Final = re.compile(
    r"[A-Z](?<![\w’.][A-Z])(?<!\w'[A-Z])[\w’'\-]*\.?"
    r"(?:[ \t]+(?:(?:of|de|van|von|bin|al|da|du|di|del|der|la|le)[ \t]+)?[A-Z][\w’'\-]*\.?)*"
)
_SUBJECT_NEXT: Final = re.compile(
    r"\s*(?:,[^,]{1,80},\s*|,\s*)?(?:\([^)]{1,20}\)\s*)?(?:(?:\w+ly|has|had|have|is|was|will|would|also|"
    r"then|later|again|previously|recently|once|could|may|might|did|does)\s+)*"
    r"(?:" + _trie_pattern(REPORTING_VERBS) + r")\b"
)
# "Ham made it clear", "Gen. Norman Ham is seen": a name before a finite verb is the
# subject of its clause, the usual referent of the next "he" or "she"
_FINITE_NEXT: Final = re.compile(
    r"\s*(?:,[^,]{1,80},\s*|,\s*|[—–][^—–]{1,80}[—–]\s*)?(?:\([^)]{1,20}\)\s*)?"
    r"(?:(?:\w+ly|also|then|still|never|now)\s+)*"
    r"(?:" + _trie_pattern(FINITE_VERBS) + r"|[a-z]{2,}ed|[a-z]{3,}ing)\b"
)
_GOVERNS: Final = PREPOSITIONS | frozenset("the a an this that these those".split())
_AGE_NEXT: Final = re.compile(r",\s*\d{1,3},")
_INTRO_NEXT: Final = re.compile(
    r",\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'’\-]+\s+){0,6}?"
    r"(?:" + _trie_pattern(frozenset(w for w in ROLE_WORDS if len(w) > 3)) + r")\b"
)
_APPOS_NEXT: Final = re.compile(
    r",\s+((?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'’\-]+\s+){0,6}?"
    r"(?:" + _trie_pattern(frozenset(w for w in ROLE_WORDS if len(w) > 3)) + r")\b[^,.;]{0,80}),"
)


def _prescan(article: Article, cast: Cast, quoted: list[tuple[int, int]], verbs: list[int]) -> None:
    """Register the named people of the article in order, with titles and roles.
    `quoted` holds the quoted stretches: a name inside one is what somebody said, not
    a referent for the pronouns of the narrative around it. `verbs` holds where the
    reporting verbs start: only a name shortly before one can be their subject."""
    text = article.text
    by_word = cast.by_word
    finditer = _CAPRUN.finditer
    quote_starts = [a for a, _ in quoted]
    # Runs come in text order, so the next reporting verb and the quotation a run may
    # sit in are found by moving forward, not by a search per run.
    next_quote = 0
    for sent in article.sentences:
        lo, hi = sent.start, sent.end
        # the sentence's reporting verbs: a name is their subject only a little before one
        k, last_verb = bisect.bisect_left(verbs, lo), bisect.bisect_left(verbs, hi)
        for m in finditer(text, lo, hi):
            run = m.group()
            start, end = m.span()
            while k < last_verb and verbs[k] < end:
                k += 1
            verb_next = k < last_verb and verbs[k] < end + _SUBJECT_REACH_CHARS
            if " " in run or "\t" in run:
                words = run.split()
            else:
                low = run.lower().rstrip(".")
                if low.endswith(("'s", "’s")):
                    low = low[:-2]
                if low not in by_word and (
                    low in NOT_NAMES
                    or not verb_next
                    or not (
                        _lone_given(text, low, end, hi)
                        or _lone_speaker(text, run, low, start, end, hi)
                    )
                ):
                    continue  # a lone capitalised word only mentions someone already named
                words = [run]
            last = words[-1]
            if last.endswith("''"):
                words[-1] = last = last.rstrip("'")
                end_of_name = end - 2
            else:
                end_of_name = end
            if (
                start
                and text[start - 1] in _TITLE_OPENERS
                and _quoted_title(text, start, end_of_name)
            ):
                continue  # ''Larry King Now'': a title in quotation marks names no one
            if last.endswith(".") and last[:-1].lower() not in ABBREVIATIONS and len(last) > 2:
                words[-1] = last[:-1]
            while next_quote < len(quote_starts) and quote_starts[next_quote] <= start:
                next_quote += 1
            inside = next_quote > 0 and start < quoted[next_quote - 1][1]
            _register(cast, text, words, m, lo, hi, inside, verb_next)


_SUBJECT_REACH_CHARS: Final = 200  # _SUBJECT_NEXT spans at most ~180 characters


# Words after which a lone capitalised word can open a clause as its subject
_CLAUSE_OPENERS: Final = frozenset("and but that while as when because so then".split())
_TITLE_OPENERS: Final = frozenset("\"“‘'`")


def _quoted_title(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is wrapped whole in quotation marks."""
    before = text[max(0, a - 2) : a]
    if text[b : b + 1] in (",", "."):
        b += 1  # ''Larry King Now,''
    after = text[b : b + 2]
    opened = before[-1:] in ('"', "“", "‘") or before == "''" or before == "``"
    closed = after[:1] in ('"', "”", "’") or after == "''"
    return opened and closed


_GIVEN: Final = MALE_NAMES | FEMALE_NAMES


def _lone_given(text: str, low: str, end: int, hi: int) -> bool:
    """A lone listed given name as a subject ("Melanie said", "Melanie thought"): in
    feature writing a first name alone names a person, often the one who speaks next."""
    return low in _GIVEN and low not in NOT_NAMES and bool(_SUBJECT_NEXT.match(text, end, hi))


def _object_of(prev: str | None, text: str, end: int, hi: int) -> bool:
    """Whether a name after `prev` is its object: "by West Virginia", but not "with
    Hillary Clinton lambasting the plan" (the subject of an absolute clause)."""
    if prev not in _GOVERNS:
        return False
    if prev == "with":
        nxt = _FINITE_NEXT.match(text, end, hi)
        return not (nxt and nxt.group().endswith("ing"))
    return True


def _lone_speaker(text: str, run: str, low: str, start: int, end: int, hi: int) -> bool:
    """ "McLenney said …": a lone capitalised word that speaks is a surname, unless it is
    a known non-name, a plural ("Democrats said"), a word the article also writes in lower
    case ("Police said" beside "the police"), or the tail of a phrase that an aside ends
    ("… of mobile content firm Zed, said", "from Omaha, Nebraska, said")."""
    prev = prev_word(text, max(0, start - 30), start)
    if prev is not None and prev not in _CLAUSE_OPENERS:
        return False
    if (
        len(low) < 3
        or low.endswith("s")
        or low in ORG_WORDS
        or low in ROLE_WORDS
        or low in TITLES
        or run.isupper()
        or not run.rstrip(".").isalpha()
    ):
        return False
    verb = _SUBJECT_NEXT.match(text, end, hi)
    if verb is None or verb.group().lstrip()[:1] == "," or verb.group().split()[-1] in NOUNISH:
        return False  # "Any rate rise …": a noun after all
    return not _written_lower(text, low)


def _written_lower(text: str, low: str) -> bool:
    """Whether the word occurs in lower case anywhere in the text."""
    i = text.find(low)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + len(low) : i + len(low) + 1]
        if not before.isalpha() and not after.isalpha():
            return True
        i = text.find(low, i + 1)
    return False


def _relative(cast: Cast, name: list[str]) -> bool:
    """ "Rakeyia Scott" after "Keith Lamont Scott": a known surname with a different,
    capitalised given name is a relative, a person in their own right."""
    if len(name) not in (2, 3) or name[-1].lower() not in cast.by_word:
        return False
    first = name[0]
    low = first.lower().rstrip(".")
    return (
        len(first) > 2
        and first[1:].islower()
        and low not in NOT_NAMES
        and low not in ROLE_WORDS
        and low not in TITLES
        and low not in cast.by_word
    )


def _register(
    cast: Cast,
    text: str,
    words: list[str],
    m: re.Match,
    lo: int,
    hi: int,
    inside: bool,
    verb_next: bool,
) -> None:
    """Register one capitalised run of the prescan: a person, with how strongly this
    mention stands as a referent, or a body that speaks or acts ("it said" later)."""
    pos, end = m.span()
    title, role, name = split_name(words)
    if (words[0] == "The" and not title) or (name and is_org(name, title, role)):
        prev = prev_word(text, max(lo, pos - 30), pos)
        if len(words) > 1 and not inside and not _object_of(prev, text, end, hi):
            if verb_next and _SUBJECT_NEXT.match(text, end, hi):
                _register_body(cast, words, pos, 2)
            elif _clause_next(text, end) and _FINITE_NEXT.match(text, end, hi):
                _register_body(cast, words, pos, 1)
        return
    if not name:
        return
    initial = not text[lo:pos].strip(" \"“‘'(")
    appos_text = None
    idx: int | None = cast._find(name, "person", title, pos)
    prev = prev_word(text, max(lo, pos - 30), pos)
    speaks = None  # _SUBJECT_NEXT's match, computed once when needed
    if not (title or (role and (not initial or len(name) > 1))):
        given = name[0].lower() in _GIVEN and (len(name) > 1 or idx is None)
        if not (idx is not None or given or _relative(cast, name)):
            # a lower-case role or a reporting verb before a full name ("noted NBC's
            # Dante Chinni"), an age or role after it, or a reporting verb: a person
            cue_before = prev in ROLE_WORDS or _inverted_cue(text, lo, pos, prev)
            comma = text.startswith(",", end)
            appos = comma and len(name) > 1 and _APPOS_NEXT.match(text, end, hi)
            if verb_next and (len(name) > 1 or idx is None) and not _object_of(prev, text, end, hi):
                speaks = _SUBJECT_NEXT.match(text, end, hi)
            aged = comma and len(name) > 1 and _AGE_NEXT.match(text, end, hi)
            if not ((cue_before and len(name) > 1) or appos or speaks or aged):
                return
            if appos:
                appos_text = appos.group(1).strip()
    cast.add(
        name,
        "person",
        title,
        role,
        appos_text,
        pos,
        _weight(
            text, m, lo, hi, prev, speaks, idx is None and len(name) > 1, initial, inside, verb_next
        ),
        idx,
    )


def _register_body(cast: Cast, words: list[str], pos: int, weight: int) -> None:
    """ "The Times reported …", "the Cabinet Office said …": a body that speaks, the
    referent of a later "it said" or "they said"."""
    name = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words if w.lower() != "the"]
    if name:
        idx = cast._find(name, "organisation", None, pos)
        cast.add(name, "organisation", None, None, None, pos, weight, idx)


def _weight(
    text: str,
    m: re.Match,
    lo: int,
    hi: int,
    prev: str | None,
    speaks: re.Match | None,
    new_full_name: bool,
    initial: bool,
    inside: bool,
    verb_next: bool,
) -> int:
    """How strongly a mention stands as a referent for the pronouns after it."""
    pos, end = m.span()
    if inside:
        return QUOTED
    if m.group().endswith(("'s", "’s")) or _object_of(prev, text, end, hi):
        return 0  # "led by West Virginia, will", "on the Mall, said": no subject
    if new_full_name and text.startswith(",", end) and _INTRO_NEXT.match(text, end, hi):
        return 2  # introduced with a role: the person the next quotes are about to be from
    inverted = _inverted_cue(text, lo, pos, prev)
    if (prev == "that" or prev in REPORTING_VERBS) and not inverted:
        return 0  # "he does believe McConnell is correct": the subject of a reported clause
    if speaks or inverted or (verb_next and _SUBJECT_NEXT.match(text, end, hi)):
        return 2  # "Tompkins said …", "…, noted NBC’s Dante Chinni": a speaker
    if initial or (_clause_next(text, end) and _FINITE_NEXT.match(text, end, hi)):
        return 1
    return 0


def _clause_next(text: str, end: int) -> bool:
    """The cheap test before _FINITE_NEXT: a verb, an aside or a dash can follow."""
    ch = text[end : end + 1]
    if ch == " ":
        ch = text[end + 1 : end + 2]
    return ch.islower() or ch in ",(—–"


def _inverted_cue(text: str, lo: int, pos: int, prev: str | None) -> bool:
    """ "…,” said X" / "…, noted X": a reporting verb after a comma or closing mark has
    its subject after it."""
    if prev not in REPORTING_VERBS or prev in _NO_INVERSION:
        return False  # "…, told Agence France Presse": the addressee, not the speaker
    k = text.rfind(prev, lo, pos) - 1
    while k >= lo and text[k] in " \t":
        k -= 1
    return k >= lo and text[k] in _INVERSION_AFTER


def _attribute(
    text: str, article: Article, starts: list[int], sp: Span, prev_close: int, next_open: int
) -> _Found:
    """Find the cue and speaker expression of one quote from its own sentence."""
    f = _Found(sp)
    label = _LABEL.match(text, sp.start, sp.end)
    if label:
        f.np = NP([label.group(1).title()], sp.start)
        f.governed, f.cue, f.cue_pos = True, None, sp.start
        sp.start = label.end()
        return f
    sents = article.sentences
    open_sent = sents[_sentence_bounds(starts, sents, sp.open)]
    k = _sentence_bounds(starts, sents, max(sp.open, sp.close - 1))
    if (
        sents[k].end <= sp.close
        and k + 1 < len(sents)
        and sents[k + 1].paragraph == sents[k].paragraph
    ):
        k += 1  # “…?” Graham asked. — the splitter ends a sentence at the mark
    close_sent = sents[k]
    para = article.paragraphs[sp.para]
    # text after the closing mark, up to the sentence end or the next opening mark
    tail_end = min(max(close_sent.end, sp.close), para.end)
    if next_open >= 0:
        tail_end = min(tail_end, next_open)
    if sp.closed and tail_end > sp.close:
        tail = tokenize(text, sp.close, tail_end)
        last = text[sp.start : sp.end].rstrip(" '’\"”")[-1:]
        # the quote's own closing punctuation, also inside a nested quote: “… vote,’”
        punct = last in (",", "!", "?", "…", ".") or any(
            ch in ",.!?…" for ch in text[sp.end : sp.close]
        )
        ended = last in (".", "!", "?", "…")
        if _new_sentence_after(text, sp, last, tail):
            pass  # … an “outlaw nation.” Russia insisted …: the next sentence's own cue
        elif _from_tail(f, tail, punct, ended):
            if punct or not text[sp.start].islower():
                return f
            # Cruz said he had “areas of disagreement” with Trump but cannot allow …: a
            # partial quote without closing punctuation runs on into its sentence, so the
            # verb that governs it comes before it; a verb after it heads another clause
            head = tokenize(text, max(open_sent.start, para.start, prev_close), sp.open)
            g = _Found(sp)
            if _from_head(g, head) and isinstance(g.np, NP) and not _generic(g.np):
                return g
            return f
    sentence_text = text[open_sent.start : max(close_sent.end, open_sent.end)]
    if _put_it(f, text, open_sent.start, sentence_text):
        return f
    head_start = max(open_sent.start, para.start, prev_close)
    head = tokenize(text, head_start, sp.open)
    named = _dash_named(head)
    if named is not None:
        f.np, f.governed, f.cue_pos = named, True, named.start
        return f
    if _from_head(f, head):
        return f
    acc = _according(sentence_text)
    if acc:
        toks = tokenize(text, open_sent.start + acc.end(), close_sent.end)
        np = np_forward(toks, 0)
        if np is not None and np.common:
            np = _name_after_role(toks) or np
        if np is not None:
            f.np, f.cue, f.governed = np, "according to", True
            f.cue_pos = open_sent.start + acc.start()
            return f
    if head and head[-1].text == ":":
        np = first_np(main_clause(head)) or first_np(head)
        if np is not None:
            f.np, f.governed = np, True
            f.cue_pos = head[-1].start
            return f
    label_at = _label_at(head)
    if label_at >= 0:
        np = _labeller(head, label_at)
        if np is not None:
            f.np, f.governed, f.cue_pos = np, True, head[label_at].start
            return f
    owner = _speech_owner(head)
    if owner is not None:
        f.np, f.governed, f.cue_pos = owner[0], True, owner[1]
    return f


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


def _name_after_role(toks: list[Tok]) -> NP | None:
    """ "according to conservative radio host Rush Limbaugh": lower-case role words
    before a name describe it; the name is the source."""
    for j, t in enumerate(toks[:8]):
        if capitalised(t):
            np = np_forward(toks, j)
            return np if np is not None and not np.common and not np.pronoun else None
        if not t.text.isalpha() or t.low in NOT_NAMES:
            return None
    return None


def _new_sentence_after(text: str, sp: Span, last: str, tail: list[Tok]) -> bool:
    """A partial quote (opening mid-sentence, in lower case) that closes with a full
    stop ends its sentence: a capitalised word after it starts the next one."""
    if last != "." or not text[sp.start : sp.start + 1].islower():
        return False
    first = next((t for t in tail if t.text not in _DASHES), None)
    return first is not None and capitalised(first) and first.low not in PRONOUNS_ALL


def _put_it(f: _Found, text: str, lo: int, sentence_text: str) -> bool:
    """As Ms Okafor put it, the plan is “…” / “…,” as one memo put it: the phrase names
    the source of a quote in its sentence (outside the quoted words themselves)."""
    if "put it" not in sentence_text:
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


_SPEECH_NOUNS: Final = frozenset(
    """claim claims statement statements remark remarks comment comments words assertion
    assertions warning warnings promise promises prediction predictions description
    argument arguments accusation accusations suggestion insistence contention vow vows
    boast admission denial pledge pledges charge charges message tweet tweets""".split()
)


def _speech_owner(head: list[Tok]) -> tuple[NP, int] | None:
    """ "Trump's claim that there have been “thousands of shootings”", "his claim that
    people would “learn nothing”": the owner of a speech noun said the quoted words.
    (The speaker expression and the noun's position.)"""
    for n in range(len(head) - 1, max(0, len(head) - 12), -1):
        if head[n].low not in _SPEECH_NOUNS:
            continue
        prev = head[n - 1]
        if prev.low in ("his", "her", "their"):
            pronoun = {"his": "he", "her": "she", "their": "they"}[prev.low]
            return NP([pronoun], prev.start, pronoun=pronoun), head[n].start
        if prev.low.endswith(("'s", "’s")) and capitalised(prev):
            np = np_back(head, n - 1)
            if np is not None and not np.common:
                return np, head[n].start
        return None
    return None


_NAMING: Final = frozenset("known such so same titled named billed entitled listed".split())


def _label_at(head: list[Tok]) -> int:
    """ "Reid has been pounding Trump as a “con artist”", "admires Putin as a “strong
    leader”": a quoted label after "as" is the clause subject's characterisation (not
    after "known as", "such as", a title). The index of "as", or -1."""
    k = len(head) - 1
    if k >= 0 and head[k].low in ("a", "an", "the"):
        k -= 1
    if k < 2 or head[k].low != "as" or head[k - 1].low in _NAMING:
        return -1
    b = k - 2
    while b > 0 and head[b].low.endswith("ly"):
        b -= 1
    if head[k - 1].low.endswith(("ed", "en")) and head[b].low in _PASSIVE:
        return -1  # "was (widely) described as": the describer is not the subject
    return k


_OBJECT_PRONOUNS: Final = frozenset("him her them it us me himself herself themselves".split())


def _labeller(head: list[Tok], k: int) -> NP | None:
    """Who applies the label: the subject of the verb before the object of "as"
    (Reid has been pounding [Trump] as; Trump admires [Russian President Putin] as)."""
    j = k - 1
    if head[j].low in _OBJECT_PRONOUNS:
        j -= 1
    else:
        obj = np_back(head, j)
        if obj is None or obj.pronoun:
            return None
        while j >= 0 and head[j].start >= obj.start:
            j -= 1
        if j >= 0 and head[j].low in DETS:
            j -= 1
    if j >= 0 and head[j].low in ("to", "at", "on", "about", "after", "for", "into", "with"):
        j -= 1
    if j < 1 or not head[j].text.isalpha() or not head[j].text.islower():
        return None
    if head[j].low in STOPS or head[j].low in AUX:
        return None
    i = j - 1
    while i >= 0 and (head[i].low in AUX or head[i].low in _PASSIVE or head[i].low.endswith("ly")):
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
_SUBORDINATORS: Final = frozenset(
    "when after before while because since although though if until unless whereas".split()
)


def _opens_tail(tail: list[Tok], i: int, np: NP, v: int) -> bool:
    """The subject opens the tail ("…,” Tulsa police Chief Chuck Jordan said), or follows a
    comma right before a sentence-final cue ("…” of the plan, Mr Holtz-Eakin said.)."""
    if np.start < tail[i].start:
        return False
    k = i
    while k < len(tail) and tail[k].start < np.start:
        if not tail[k].text[:1].isalnum():
            break
        k += 1
    if tail[k].start >= np.start and k - i <= 3:
        return True
    before = [t for t in tail if t.start < np.start]
    rest = [t for t in tail[v + 1 :] if t.text not in ".!?"]
    return bool(before) and before[-1].text == "," and len(rest) <= 4


def _from_tail(f: _Found, tail: list[Tok], quote_punct: bool, ended: bool) -> bool:
    """“…,” Mr Blinken said / said Mr Blinken / he added / “…” — Jane Doe."""
    i = 0
    while i < len(tail) and tail[i].text in ",.!?;" + _DASHES:
        i += 1
    if i >= len(tail) or tail[i].low in _SUBORDINATORS:
        return False  # “…,” when Clinton blasted him: a clause about the moment, no cue
    depth = 0
    for v in range(i, min(len(tail), i + 40)):
        tok = tail[v]
        depth += (tok.text == "(") - (tok.text == ")")
        if tok.text in ".;:!?" and v > i and depth <= 0:
            break
        if tok.start - tail[i].start > 220:
            break
        if not is_verb(tok):
            continue
        if v == i:  # inverted: said Mr Lavrov
            if i == 0 and not quote_punct:
                continue
            np: NP | str | None = np_forward(tail, v + 1)
        else:
            np = subject_before(tail, v)
            if np is None and v == i + 1 and tail[i].low == "it":
                np = NP(["it"], tail[i].start, pronoun="it")  # “…,” it added: a body
            if not isinstance(np, NP) or not _opens_tail(tail, i, np, v):
                # the subject must open the tail: "…,” he said; a name that opens it and
                # is followed by an appositive or "of …" is the subject of a later verb:
                # “…,” Scott Pruitt, the attorney general of Oklahoma, …, said
                np = _opening_name(tail, i, v)
        if np is None:
            continue
        if (
            ended
            and capitalised(tail[i])
            and len([t for t in tail[v + 1 :] if t.text not in ".!?"]) > 5
            and not _participle_next(tail, v)
        ):
            continue  # “….” The agency said X: a new sentence with its own statement
        if ended and capitalised(tail[i]) and any(t.text == ":" for t in tail[v + 1 :]):
            continue  # “….” He added: “…” — the cue introduces the next quotation
        f.np, f.cue, f.cue_pos, f.governed = np, tok.low, tok.start, True
        return True
    if tail[0].text in _DASHES and i < len(tail):  # “…” ― Sonya Herridge
        np = np_forward(tail, i)
        if np is not None and not np.common:
            f.np, f.cue, f.cue_pos, f.governed = np, None, tail[i].start, True
            return True
    return False


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
    if k >= v or tail[k].low not in (",", "of", "from", "at"):
        return None
    return np


def _generic(np: NP | str | None) -> bool:
    """ "officials", "a majority of Americans": a phrase that names no one in particular."""
    return isinstance(np, NP) and np.common and not any(w.lower() in ROLE_WORDS for w in np.words)


def _from_head(f: _Found, head: list[Tok]) -> bool:
    """Mr Prentis said: “…” / he warned of a “…” response: the last cue before the quote
    whose subject names someone (a generic subject is kept only as a last resort)."""
    fallback: tuple[NP, Tok] | None = None
    for v in range(len(head) - 1, -1, -1):
        tok = head[v]
        if not is_verb(tok):
            continue
        before = head[v - 1].low if v > 0 else ""
        if before in DETS or (before.endswith(("'s", "’s")) and len(before) > 2):
            continue  # "the claims", "Obama's remarks": nouns (not "he ’s claiming")
        np = subject_before(head, v)
        if tok.low in NOUNISH and isinstance(np, NP) and governed_np(head, np):
            continue  # "of Republican claims as …": a noun after all
        if (
            np is None
            and v + 1 < len(head)
            and head[v + 1].low != "that"
            and (
                v == 0
                or head[v - 1].text in _INVERSION_AFTER
                # "began by saying he would “never” …": the subject follows
                or (head[v - 1].low in PREPOSITIONS and tok.low.endswith("ing"))
            )
        ):
            # inverted: Said Mr X, “…” (not "it underscores that X is …")
            np = np_forward(head, v + 1)
            if np is not None and np.common:
                np = None
        if np is None:
            continue
        if _generic(np) or (isinstance(np, NP) and np.pronoun == "it"):
            # "She says it underscores that …": a thing that "underscores" or "shows"
            # speaks for no one; an outer reporting verb with a real subject wins
            fallback = fallback or (np, tok)  # type: ignore[assignment]
            continue
        f.np, f.cue, f.cue_pos, f.governed = np, tok.low, tok.start, True
        return True
    if fallback is not None and not (head and head[-1].text == ":"):
        np, tok = fallback
        f.np, f.cue, f.cue_pos, f.governed = np, tok.low, tok.start, True
        return True
    return False


# Verbs whose object is the person spoken to: never inverted ("…,” told X" is no English)
_NO_INVERSION: Final = frozenset(
    """told tells tell telling informed informs assured assures reassured reassures
    thanked thanks accused accuses blamed blames urged urges""".split()
)
_INVERSION_AFTER: Final = frozenset(",;:—–-“”\"'‘’(")


def _sentence_subject(
    text: str, article: Article, starts: list[int], pos: int, cast: Cast, create: bool = True
) -> int | None:
    sent = article.sentences[_sentence_bounds(starts, article.sentences, pos)]
    np = first_np(main_clause(tokenize(text, sent.start, min(pos, sent.end))))
    return cast.mention(np, sent.start, create=create) if np is not None else None


def _earlier_cue_speaker(items: list[_Found], f: _Found, starts: list[int]) -> int | None:
    """ "…,” X said, adding that “…”: the speaker of an earlier quote of the sentence."""
    for g in items:
        if g is f:
            break
        if g.speaker is not None and (
            _same_sentence(starts, g, f)
            or (
                g.cue_pos >= 0
                and _sentence_of(starts, g.cue_pos) == _sentence_of(starts, f.span.open)
            )
        ):
            return g.speaker  # “…,” Sanders said, suggesting …, “…”
    return None


def _sentence_of(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos)


def _same_sentence(starts: list[int], a: _Found, b: _Found) -> bool:
    return bisect.bisect_right(starts, a.span.start) == bisect.bisect_right(starts, b.span.start)


def _inherit_within(items: list[_Found], starts: list[int]) -> None:
    """Quotes of one paragraph without a cue share the speaker of their neighbours."""
    for k, f in enumerate(items):
        if f.speaker is not None:
            continue
        before = [g for g in items[:k] if g.speaker is not None]
        after = [g for g in items[k + 1 :] if g.speaker is not None]
        src = before[-1] if before else after[0] if after else None
        if src is not None and (_long_enough(f.span) or _same_sentence(starts, src, f)):
            f.speaker = src.speaker
            f.governed = f.governed or src.governed


def _inherit_subject(items: list[_Found], article: Article, cast: Cast, starts: list[int]) -> None:
    """ "…, Schiff said. “The other factor is …”": a quotation that opens a sentence, with
    no cue and no quoted neighbour, continues the speaker of the sentence before it in
    the paragraph when that sentence is reported speech (a reporting verb with a named
    or pronoun subject) and quotes nothing itself."""
    text = article.text
    sents = article.sentences
    for f in items:
        sp = f.span
        if f.speaker is not None or not _long_enough(sp):
            continue
        k = bisect.bisect_right(starts, sp.open) - 1
        if k < 1 or text[starts[k] : sp.open].strip():
            continue  # mid-sentence
        prev = sents[k - 1]
        if prev.paragraph != sents[k].paragraph or any(
            ch in QUOTE_CHARS for ch in text[prev.start : prev.end]
        ):
            continue
        f.speaker = _reporting_subject(text, prev, cast)
        f.governed = f.governed or f.speaker is not None


def _reporting_subject(text: str, sent: Sentence, cast: Cast) -> int | None:
    """The speaker of the last reporting verb of a sentence, if it names one."""
    toks = tokenize(text, sent.start, sent.end)
    for v in range(len(toks) - 1, 0, -1):
        if not is_verb(toks[v]) or toks[v - 1].low in DETS:
            continue
        if toks[v - 1].low in _PASSIVE:
            return None  # "is believed to": no one in particular speaks
        if toks[v - 1].low == "as" and toks[v].low == "saying" and v >= 2:
            np: NP | str | None = np_back(toks, v - 2)  # the paper quoted Prince Saud as saying
        else:
            np = subject_before(toks, v)
        if np is None:
            np = np_forward(toks, v + 1)  # …, said Mr Fox.
        if isinstance(np, NP) and not np.common:
            return cast.mention(np, toks[v].start, 2, create=False)
        return None
    return None


def _inherit_across(
    items: list[_Found],
    number: int,
    last_speaker: dict[int, int | None],
    by_para: dict[int, list[_Found]],
    article: Article,
    cast: Cast,
    starts: list[int],
) -> None:
    """A cue-less quote paragraph continues the previous paragraph's speaker."""
    if not items or any(f.speaker is not None for f in items) or number == 0:
        return
    first = items[0]
    para = article.paragraphs[number]
    text = article.text
    if text[para.start : first.span.open].strip():
        return
    prev_items = by_para.get(number - 1, [])
    prev_para = article.paragraphs[number - 1]
    speaker: int | None = last_speaker.get(number - 1)
    if speaker is None and text[prev_para.start : prev_para.end].rstrip().endswith(":"):
        speaker = _colon_speaker(text, article, starts, prev_para.end - 1, cast)
    if speaker is None and not prev_items:
        lo = article.paragraphs[max(0, number - 2)].start
        speaker = cast.recent_subject(lo, para.start)
    for f in items:
        f.speaker = speaker
        f.governed = f.governed or speaker is not None


def _colon_speaker(
    text: str, article: Article, starts: list[int], pos: int, cast: Cast
) -> int | None:
    """The speaker of "X told reporters:" / "The New York Times reports:" paragraphs."""
    sent = article.sentences[_sentence_bounds(starts, article.sentences, pos)]
    toks = tokenize(text, sent.start, sent.end)
    for v in range(len(toks) - 1, -1, -1):
        if is_verb(toks[v]):
            np = subject_before(toks, v)
            if isinstance(np, NP):
                return cast.mention(np, toks[v].start, 2)
            break
    return _sentence_subject(text, article, starts, pos, cast, False)


def _long_enough(sp: Span) -> bool:
    return sp.end - sp.start >= 12


_TITLE_WORD: Final = re.compile(r"[A-Z0-9][\w'’\-]*|of|the|a|an|and|in|on|to|for|with|at|by|from")


def _scare(text: str, sp: Span) -> bool:
    """A quote no verb governs: scare quotes and titles are not statements."""
    inner = text[sp.start : sp.end]
    words = inner.split()
    if "<" in inner or "=" in inner:
        return True
    if len(words) <= 4:
        return True
    return all(_TITLE_WORD.fullmatch(w.strip(",.:;!?")) for w in words) and len(words) <= 8


def _make_quote(text: str, starts: list[int], f: _Found, cast: Cast) -> Quote:
    sp = f.span
    ent = cast.entities[f.speaker] if f.speaker is not None else None
    first = text[sp.start : sp.start + 1]
    before = text[max(0, sp.open - 3) : sp.open].rstrip()
    at_start = (
        sp.open == 0
        or not before
        or before[-1:] in ":,.?!\n"
        or bisect.bisect_right(starts, sp.open) != bisect.bisect_right(starts, sp.open - 1)
    )
    kind: QuoteKind = "direct" if (first.isupper() or first.isdigit()) and at_start else "partial"
    sentence = max(0, bisect.bisect_right(starts, sp.start) - 1)
    role = ent.roles[0] if ent and ent.roles else None
    return Quote(
        text=text[sp.start : sp.end],
        kind=kind,
        speaker=ent.name if ent else None,
        start=sp.start,
        end=sp.end,
        sentence=sentence,
        speaker_role=_best_role(ent) if ent else role,
        cue=f.cue,
    )


def _best_role(ent: Entity) -> str | None:
    titled = [r for r in ent.roles if r[:1].isupper()]
    roles = titled or ent.roles
    return roles[0] if roles else None


# ---------------------------------------------------------------- reported speech

_PHRASAL_NEXT: Final = re.compile(r"\s+(?:on|out)\b")


def _indirect(
    article: Article,
    starts: list[int],
    cast: Cast,
    used: dict[int, int | None],
    spans: list[Span],
    hits: list[tuple[int, int, str]],
) -> list[Quote]:
    """Reported speech: "X said (that) …", "X accused Y of …", "Moscow denies …"."""
    text = article.text
    out: list[Quote] = []
    inside = [(sp.open, sp.close) for sp in spans]
    opens = [x for x, _ in inside]
    sents = article.sentences
    done = -1  # one statement per sentence
    for hit in hits:
        pos = hit[0]
        k = bisect.bisect_right(starts, pos) - 1
        if k <= done or k < 0:
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
                and _THREE_WORDS.match(text, hit[1], sent.end)
            )
        ):
            continue  # “…,” Mr Blinken said in his opening remarks: a cue, no clause
        found = _reported(text, article, starts, cast, used, sent, hit, inside)
        if found is not None:
            out.append(found)
            done = k
    return out


def _closes_before(inside: list[tuple[int, int]], lo: int, pos: int) -> bool:
    """Whether a quotation of the sentence (from lo) closes before pos."""
    return any(lo <= a and b <= pos for a, b in inside)


def _reported(
    text: str,
    article: Article,
    starts: list[int],
    cast: Cast,
    used: dict[int, int | None],
    sent: Sentence,
    hit: tuple[int, int, str],
    inside: list[tuple[int, int]],
) -> Quote | None:
    """The reported statement cued by the verb at `hit` (start, end, form), or None."""
    pos, verb_end, word = hit
    if word in INDIRECT_EXCLUDED and not _PHRASAL_NEXT.match(text, verb_end):
        return None
    if noun_before(text, max(sent.start, pos - 25), pos):
        return None
    if last_char(text, sent.start, pos) in QUOTE_CHARS:
        return None  # “…,” said X: the cue of a quotation, which has no other subject
    if not _clause_possible(text, pos, verb_end, sent, inside):
        return None
    hi = min(sent.end, verb_end + 12)
    # A short window first: the subject almost always sits right before the verb.
    lo = max(sent.start, pos - 45)
    if lo > sent.start:
        gap = text.find(" ", lo, pos)
        lo = gap + 1 if gap >= 0 else lo
    toks = tokenize(text, lo, hi)
    v = index_at(toks, pos)
    if v < 0:
        return None
    np = _verb_subject(toks, v)
    if np is _SKIP:
        return None
    if lo > sent.start and not _settled(np, toks):
        lo = max(sent.start, pos - 90)
        toks = tokenize(text, lo, hi)
        v = index_at(toks, pos)
        np = _verb_subject(toks, v)
        if np is _SKIP:
            return None
    tok = toks[v]
    if np in ("COORD", "REL"):
        earlier = [p for p in used if sent.start <= p < tok.start and used[p] is not None]
        if earlier:
            speaker = used[max(earlier)]
        else:
            speaker = _sentence_subject(text, article, starts, tok.start, cast, False)
    elif isinstance(np, NP):
        speaker = cast.mention(np, tok.start)
    else:
        speaker = None
    if speaker is None:
        return None
    span = _reported_clause(text, verb_end, sent.start, sent.end, np)
    if span is None:
        return None
    a, b = span
    if _quoted(inside, a, b) > 0.6 * (b - a):
        return None  # the quote itself already is the statement
    ent = cast.entities[speaker]
    used[tok.start] = speaker
    return Quote(
        text=text[a:b],
        kind="indirect",
        speaker=ent.name,
        start=a,
        end=b,
        sentence=sent.index,
        speaker_role=_best_role(ent),
        cue=tok.low,
    )


_SKIP: Final = "SKIP"


def _quoted(inside: list[tuple[int, int]], a: int, b: int) -> int:
    """How many characters of text[a:b] lie inside quotation marks."""
    quoted = 0
    for x, y in inside:
        if x >= b:
            break
        if y > a:
            quoted += min(b, y) - max(a, x)
    return quoted


def _clause_possible(
    text: str, pos: int, verb_end: int, sent: Sentence, inside: list[tuple[int, int]]
) -> bool:
    """A cheap test, before any tokenising, that the verb can report a clause that is not
    just a quotation: after the verb ("said (that) …") or before it ("“…,” he said")."""
    if _THREE_WORDS.match(text, verb_end, sent.end):
        span = _clause_after(text, verb_end, sent.end)
        return span is not None and _quoted(inside, *span) <= 0.6 * (span[1] - span[0])
    if pos - sent.start <= 10:
        return False
    qend = max((y for x, y in inside if sent.start <= x < pos), default=-1)
    if qend <= sent.start:
        return True
    unquoted = (pos - sent.start) - _quoted(inside, sent.start, pos)
    return unquoted >= 0.4 * (min(qend, pos) - sent.start)


def _verb_subject(toks: list[Tok], v: int) -> NP | str | None:
    """The subject of reporting verb v, or _SKIP when the verb reports nothing here
    (a noun, a passive, a colon-introduced quote)."""
    tok = toks[v]
    phrasal = v + 1 < len(toks) and toks[v + 1].low in ("on", "out")
    if tok.low in INDIRECT_EXCLUDED and not phrasal:
        return _SKIP
    if v > 0 and (toks[v - 1].low in DETS or toks[v - 1].low.endswith(("'s", "’s"))):
        return _SKIP
    bare = v == 0 or (not capitalised(toks[v - 1]) and toks[v - 1].low not in PRONOUNS)
    if tok.low in NOUNISH and bare and v + 1 < len(toks):
        return _SKIP
    if (v > 0 and toks[v - 1].low in _PASSIVE) or (v + 1 < len(toks) and toks[v + 1].text == ":"):
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
_THAT: Final = re.compile(r"\s*(?:that\b)?\s*")


def _reported_clause(
    text: str, verb_end: int, sent_start: int, sent_end: int, np: NP | str | None
) -> tuple[int, int] | None:
    """The reported clause after the verb, or before the subject in "…, officials said"."""
    if _THREE_WORDS.match(text, verb_end, sent_end):
        return _clause_after(text, verb_end, sent_end)
    after = _CLAUSE_WORDS.findall(text, verb_end, sent_end)
    if after and after[0].lower() in DETS:
        return None  # "…, with X lambasting the plan": an object, no clause before
    if isinstance(np, NP) and np.start > sent_start:
        b = len(text[: np.start].rstrip(" ,—–-"))
        return (sent_start, b) if b - sent_start > 10 else None
    return None


def _clause_after(text: str, verb_end: int, sent_end: int) -> tuple[int, int] | None:
    """The clause after the verb ("said (that) …"), where at least three words follow."""
    that = _THAT.match(text, verb_end)
    assert that is not None  # the pattern matches the empty string
    a = that.end()
    if text[a : a + 1] in (",", ":", ";", "—", "–"):
        return None  # "said, suggesting …": what follows the comma reports nothing
    b = sent_end
    while b > a and text[b - 1] in ",;:.!? \n\"”’'":
        b -= 1
    return (a, b) if b - a > 10 else None


# ---------------------------------------------------------------- people out


def _people(cast: Cast) -> list[Person]:
    out = []
    for e in cast.entities:
        aliases = tuple(dict.fromkeys(a for a in e.aliases if a != e.name))
        kind: PersonKind = "person" if e.kind == "person" and e.evidence else "organisation"
        out.append(Person(e.name, _best_role(e), aliases, kind))
    return out
