"""Carry-over: quotations without a cue of their own take the speaker of a neighbour
(within the paragraph, the sentence before, the previous paragraph)."""

from __future__ import annotations

import bisect
import re
from typing import Final

from bot.articles.cast import Cast
from bot.articles.lexicon import (
    AUX,
    CITING_WORDS,
    CONTINUING_VERBS,
    DETS,
    FINITE_VERBS,
    FIRST_PERSON_LOWER,
    GENDERED_POSSESSIVES,
    GENDERED_PRONOUNS,
    GERUND_PREPOSITIONS,
    INDEFINITES,
    ING_PREPOSITIONS,
    LEAD_CONJUNCTIONS,
    PASSIVE_AUX,
    PLAIN_CUE_VERBS,
    PREPOSITIONS,
    REPORTING_VERBS,
    ROLE_WORDS,
    THIRD_PERSON_FORMS,
    VERB_COORDINATORS,
    alternation,
)
from bot.articles.model import Article, Attribution, Sentence
from bot.articles.phrases import (
    NP,
    first_np,
    is_verb,
    main_clause,
    np_back,
    np_forward,
    subject_before,
)
from bot.articles.quote_marks import Quoted, Span
from bot.articles.quotes.found import (
    Found,
    how_named,
    long_enough,
    same_sentence,
    sentence_after,
    sentence_index,
)
from bot.articles.tokens import (
    Tok,
    shared_tokens,
    tokenize,
)


def narrated(toks: list[Tok], quoted: Quoted) -> list[Tok]:
    """The tokens outside quotations, the marks kept so that a clause keeps its shape: a
    name inside a quotation ("“Both Trump and Cruz scare me,” Harry Bond said") is what
    somebody said, never a subject that speaks. Which words are quoted comes from the
    article's one pairing of its marks (quote_spans), so a quotation that opened before
    the tokens, or one the sentence splitter cut, is left out as well."""
    if not toks:
        return toks
    starts, ends = quoted.starts, quoted.ends
    k = bisect.bisect_right(ends, toks[0].start)
    if k == len(ends) or starts[k] >= toks[-1].end:
        return toks  # no quotation reaches into the window
    out: list[Tok] = []
    for t in toks:
        while k < len(ends) and ends[k] <= t.start:
            k += 1
        if k < len(ends) and starts[k] <= t.start:
            continue
        out.append(t)
    return out


def sentence_subject(
    text: str,
    article: Article,
    starts: list[int],
    pos: int,
    cast: Cast,
    quoted: Quoted,
    create: bool = True,
) -> int | None:
    """The entity that the subject of the sentence at pos names, if any."""
    return subject_and_how(text, article, starts, pos, cast, quoted, create)[0]


def subject_and_how(
    text: str,
    article: Article,
    starts: list[int],
    pos: int,
    cast: Cast,
    quoted: Quoted,
    create: bool = True,
    full_names: bool = False,
    role_opener: bool = False,
) -> tuple[int | None, Attribution]:
    """The sentence subject's entity with Quote.how for it: "named" when the sentence
    names it, "resolved" for a pronoun or a role. `full_names`: create an entity only
    for a name of two words or more (a lone capitalised word may open any sentence).
    `role_opener`: a role after "the" may open the sentence ("The actor refused")."""
    sent = article.sentences[sentence_index(starts, article.sentences, pos)]
    main = main_clause(narrated(shared_tokens(text, sent.start, min(pos, sent.end)), quoted))
    np = (_role_opener(main) if role_opener else None) or first_np(main)
    if np is None:
        return None, "unattributed"
    if full_names:
        create = not np.common and not np.pronoun and len(np.words) > 1
    idx = cast.mention(np, sent.start, create=create)
    return idx, how_named(np, idx, cast) if idx is not None else "unattributed"


def it_subject(
    text: str, article: Article, starts: list[int], pos: int, cast: Cast, quoted: Quoted
) -> tuple[int | None, Attribution]:
    """ "However, it expects “strong growth”": "it" and a verb open the main clause of
    the quotation's sentence (before the quotation): a body the text named before (the
    referent of "it"), whose words the voiced quotation gives."""
    sent = article.sentences[sentence_index(starts, article.sentences, pos)]
    main = main_clause(narrated(shared_tokens(text, sent.start, min(pos, sent.end)), quoted))
    if len(main) < 2 or main[0].low != "it" or not (is_verb(main[1]) or main[1].low in AUX):
        return None, "unattributed"
    idx = cast.pronoun("it", main[1].start, main[0].start)
    if idx is None or cast.entities[idx].kind != "organisation":
        return None, "unattributed"
    return idx, "resolved"


def _role_opener(toks: list[Tok]) -> NP | None:
    """ "The actor repeatedly refused, … saying: “…”": a role in lower case after "the"
    that opens the clause, a person the article has named (Cast.by_role)."""
    if (
        len(toks) > 2
        and toks[0].low == "the"
        and toks[1].text.islower()
        and toks[1].low in ROLE_WORDS
        and toks[2].text.islower()
        and (is_verb(toks[2]) or toks[2].low in FINITE_VERBS or toks[2].low.endswith(("ly", "ed")))
    ):
        return NP(["the", toks[1].low], toks[0].start, common=True)
    return None


def opener_subject(
    text: str, article: Article, starts: list[int], sp: Span, cast: Cast, quoted: Quoted
) -> tuple[int | None, Attribution]:
    """ "Acknowledging that it “went over budget,” Ford did promise …": a quotation inside
    the phrase that opens its sentence (a participle, "in explaining why …") belongs to the
    main clause's subject after that phrase's comma, when it names somebody."""
    sent = article.sentences[sentence_index(starts, article.sentences, sp.open)]
    toks = [
        t
        for t in narrated(shared_tokens(text, sent.start, sent.end), quoted)
        if t.text not in ("“", "”", '"', "‘", "’", "''", "``")
    ]
    lead = toks[1:] if toks and toks[0].low in LEAD_CONJUNCTIONS else toks
    if len(lead) < 3 or not _gerund_opener(lead):
        return None, "unattributed"  # "As the “Never Trump” movement grows, …": its own subject
    main = main_clause(toks)
    if main is toks or len(main) < 2 or main[0].start < sp.close:
        return None, "unattributed"
    np = first_np(main)
    if np is None or np.start != main[0].start or np.common:
        return None, "unattributed"
    after = next((t for t in main if t.start >= np.start + len(" ".join(np.words))), None)
    if after is None or not (
        is_verb(after)
        or after.low in FINITE_VERBS
        or after.low in AUX
        or (after.low.endswith("ed") and after.text.islower())
    ):
        return None, "unattributed"  # "…, Clinton supporters think": not the name's clause
    idx = cast.mention(np, sent.start, create=len(np.words) > 1)
    return idx, how_named(np, idx, cast) if idx is not None else "unattributed"


def _gerund_opener(toks: list[Tok]) -> bool:
    """ "Citing …", "Acknowledging that …", "In explaining why …": an opening phrase with no
    subject of its own (a participle, or a preposition before one)."""
    first, nxt = toks[0], toks[1]
    if first.low.endswith("ing") and len(first.low) > 5 and first.low not in ING_PREPOSITIONS:
        return nxt.text[:1].islower()
    return first.low in GERUND_PREPOSITIONS and nxt.low.endswith("ing") and len(nxt.low) > 5


def earlier_cue_speaker(items: list[Found], f: Found, starts: list[int]) -> Found | None:
    """ "…,” X said, adding that “…”: an earlier quote of the sentence with a speaker."""
    for g in items:
        if g is f:
            break
        if isinstance(g.np, NP) and g.np.words[-1].endswith(("'s", "’s")):
            continue  # "… to Hain's description of him as “…”, claiming …": no subject
        if g.speaker is not None and (
            same_sentence(starts, g, f)
            or (
                g.cue_pos >= 0
                and sentence_after(starts, g.cue_pos) == sentence_after(starts, f.span.open)
            )
        ):
            return g  # “…,” Sanders said, suggesting …, “…”
    return None


def inherit_continued(
    items: list[Found],
    number: int,
    last_speaker: dict[int, int | None],
    by_para: dict[int, list[Found]],
    article: Article,
) -> None:
    """The wire convention: a paragraph whose quotation reopens one that the previous
    paragraph left unclosed goes on with the same speaker, whatever a later quote of this
    paragraph is cued with. Only cue-less quotes at the paragraph's start before any cued
    one, and before a narrative sentence between two of them, take it."""
    if not items or number == 0 or items[0].speaker is not None:
        return
    prev_items = by_para.get(number - 1, [])
    speaker = last_speaker.get(number - 1)
    if not prev_items or prev_items[-1].span.closed or speaker is None:
        return
    text = article.text
    if _words_before(text, article.paragraphs[number].start, items[0].span.open):
        return
    close = -1
    for f in items:
        if f.speaker is not None or f.cue_pos >= 0 or f.unnamed:
            break
        if close >= 0 and _narrative_between(text, close, f.span.open):
            break  # “…” Mr Lee warned that … “…”: the sentence between says who goes on
        f.speaker, f.how, f.governed = speaker, "carried", True
        close = f.span.close


def _words_before(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds words, not only space or the colon a lost label left
    (": “I joined the label in 1977 …”" in a first-person account)."""
    return bool(text[lo:hi].strip(" \t\n:"))


def _narrative_between(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], between two quotations, holds a sentence of narrative (three
    words or more ending in a full stop), not only marks or a cue's few words."""
    between = text[lo:hi].strip(" \t\n\"”“'’")
    return between.endswith((".", "!", "?")) and len(between.split()) >= 3


def _lends_speaker(g: Found) -> bool:
    """Whether a quote of the paragraph lends its speaker to the uncued ones: it has one
    (named or not), and not as words the sentence's subject quotes from a speech noun's
    owner ("he dismissed Labour claims it would let in “…”. “We will win …”" is his)."""
    return (g.speaker is not None or g.unnamed) and not g.owned


def inherit_within(
    items: list[Found],
    starts: list[int],
    number: int = -1,
    article: Article | None = None,
    by_para: dict[int, list[Found]] | None = None,
    cast: Cast | None = None,
    quoted: Quoted | None = None,
) -> None:
    """Quotes of one paragraph without a cue share the speaker of their neighbours."""
    for k, f in enumerate(items):
        if f.speaker is not None or f.unnamed:
            continue
        before = [g for g in items[:k] if _lends_speaker(g)]
        after = [g for g in items[k + 1 :] if _lends_speaker(g)]
        if not before and _own_generic_cue(f):
            continue  # "Distributors hailed it as “…”": a later speaker is not theirs
        src = before[-1] if before else after[0] if after else None
        if src is not None and not before and _goes_on(f, src, number, article, by_para, items):
            src = by_para[number - 1][-1]  # type: ignore[index]  # the speaker goes on
        elif (
            src is not None
            and not before
            and cast is not None
            and quoted is not None
            and _opens_before_narrative(f, src, number, article, items)
        ):
            who = _reported_last(number, article, by_para, cast, quoted)  # type: ignore[arg-type]
            if who is not None:
                f.speaker, f.how, f.governed = who, "carried", True
                continue
        elif src is not None and not before and _introduced_after(f, src, article):
            continue  # “… better.” Jo Lee said: “…”: the later cue introduces its own quote
        elif src is not None and not before and _term_before_cue(f, src, article):
            continue  # Jo Lee, one of the “Blair Babes”, said: “…”: no words of hers
        if src is not None and src.unnamed:
            f.unnamed = True  # “…,” said one aide. “…”: the same unnamed speaker
            continue
        if (
            src is not None
            and before
            and _narrated_apart(f, src, starts, article)
            and not _reports_just_before(f, src, starts, article, cast, quoted)
        ):
            continue  # “…,” Ann Rhys said. The firm grew …. It expects “strong growth”
        if src is not None and (long_enough(f.span) or same_sentence(starts, src, f)):
            f.speaker = src.speaker
            f.how = "carried"
            f.governed = f.governed or src.governed


def _narrated_apart(f: Found, src: Found, starts: list[int], article: Article | None) -> bool:
    """Whether f is a partial quotation (it opens in lower case) three sentences or more
    after the earlier quotation src: so much narration between
    that the words belong to its own sentence's subject, not to the speaker of src
    (unless the sentence before reports src's speaker: _reports_just_before)."""
    if article is None:
        return False
    text = article.text
    if not text[f.span.start : f.span.start + 1].islower():
        return False
    here = bisect.bisect_right(starts, f.span.open)
    there = bisect.bisect_right(starts, src.span.close - 1)
    return here - there >= 3


def _reports_just_before(
    f: Found,
    src: Found,
    starts: list[int],
    article: Article | None,
    cast: Cast | None,
    quoted: Quoted | None,
) -> bool:
    """ "Mr Howard argued the only test was …. It had nothing to do with “clear blue
    water”": the sentence right before the partial quotation reports src's speaker, so
    the narration between is that speaker's reported speech, which the words go on."""
    if article is None or cast is None or quoted is None:
        return False
    k = sentence_index(starts, article.sentences, f.span.open)
    if k < 1:
        return False
    return _reporting_subject(article.text, article.sentences[k - 1], cast, quoted) == src.speaker


def _introduced_after(f: Found, later: Found, article: Article | None) -> bool:
    """Whether a whole-sentence quotation that ends in a full stop is followed by a new
    sentence whose cue, ending in a colon, introduces the later quotation (“… for the
    better.” Labour's Jo Lee said: “…”): that speaker is not the earlier quotation's."""
    if article is None or not f.span.closed or not f.span.close <= later.cue_pos < later.span.open:
        return False
    np = later.np
    if not isinstance(np, NP) or np.pronoun or (later.cue or "").lower() in CONTINUING_VERBS:
        return False  # “…” He said: / Harris added: “…”: the same speaker may go on
    text = article.text
    if text[f.span.start : f.span.end].rstrip(" '’\"”")[-1:] != ".":
        return False
    return text[f.span.close : later.span.open].rstrip().endswith(":")


def _term_before_cue(f: Found, later: Found, article: Article | None) -> bool:
    """Whether a short quotation in the same sentence stands before the cue that
    introduces a later quotation (Jo Lee, one of the so-called “Blair Babes”, told MPs:
    “…”): it names something in the subject's phrase, not the speaker's words."""
    np = later.np
    if (
        article is None
        or not f.span.close <= later.cue_pos < later.span.open
        or not isinstance(np, NP)
        or np.pronoun
        or np.start >= f.span.open
    ):
        return False
    text = article.text
    # the quotation sits in an aside after the subject: "Jo Lee, one of the …"
    aside = text[np.start + len(" ".join(np.words)) : f.span.open]
    return (
        aside.startswith(",")
        and "." not in text[f.span.close : later.cue_pos]
        and len(text[f.span.start : f.span.end].split()) <= 5
    )


def _opens_before_narrative(
    f: Found, later: Found, number: int, article: Article | None, items: list[Found]
) -> bool:
    """Whether f is a whole-sentence quotation that opens its paragraph, with a sentence
    of narrative between it and the later quotation of the paragraph."""
    if article is None or number < 1 or len(items) < 2 or items[0] is not f:
        return False
    text = article.text
    if _words_before(text, article.paragraphs[number].start, f.span.open) or not f.span.closed:
        return False
    if text[f.span.start : f.span.end].rstrip(" '’\"”")[-1:] != ".":
        return False
    between = text[f.span.close : later.span.open].strip(" \t\n\"”“'’")
    return len(between.split()) >= 3 and (
        between.endswith((":", ".", "!", "?")) or _sentence_ends_in(between)
    )


def _reported_last(
    number: int,
    article: Article,
    by_para: dict[int, list[Found]],
    cast: Cast,
    quoted: Quoted,
) -> int | None:
    """ "The attack, he says, is just the latest example … ¶ “I have to say …” …": the
    speaker of the reported speech that ends the paragraph before, one that quotes no one
    whose words the quotation could go on (none, or scare quotes only)."""
    if any(g.speaker is not None or g.unnamed for g in by_para.get(number - 1, [])):
        return None
    prev_para = article.paragraphs[number - 1]
    sents = [s for s in article.sentences if prev_para.start <= s.start < prev_para.end]
    if not sents:
        return None
    return _reporting_subject(article.text, sents[-1], cast, quoted)


def _goes_on(
    f: Found,
    later: Found,
    number: int,
    article: Article | None,
    by_para: dict[int, list[Found]] | None,
    items: list[Found] | None = None,
) -> bool:
    """ "…," said Ioanidis. / "We believe …." Thanou … was suspended. "…," said Tzekos.: a
    whole-sentence quotation that opens its paragraph right after a paragraph that ends
    in a quotation goes on with that speaker, not with a later quote of its own
    paragraph that narrative sets apart. A quotation that the next sentence's mark
    reopens (“… ¶ “…”) is judged with the cue-less quotations that continue it."""
    if article is None or by_para is None or number < 1:
        return False
    text = article.text
    para = article.paragraphs[number]
    if _words_before(text, para.start, f.span.open):
        return False
    if not f.span.closed and items is not None and f in items:
        k = items.index(f)
        while (
            not items[k].span.closed
            and k + 1 < len(items)
            and items[k + 1] is not later
            and items[k + 1].cue_pos < 0
        ):
            k += 1
        f = items[k]
    if not f.span.closed:
        return False
    if text[f.span.start : f.span.end].rstrip(" '’\"”")[-1:] != ".":
        return False  # not “…?” Trump went on, as if he didn't hear her. “…”
    # a narrative sentence between them, or a colon cue that introduces the later quote,
    # or the later quote is a term that a sentence of its own cites, after a word that
    # cites ("It helps, said Mr Lee, that people know words like “digital”"; not "Tom Reed
    # called the ruling “deeply flawed”", his own words): no turn of speech to share
    between = text[f.span.close : later.span.open].strip()
    words = between.lower().split()
    if len(words) < 3 or not (
        between.endswith((":", ".", "!", "?"))
        or _sentence_ends_in(between)
        or (
            len(text[later.span.start : later.span.end].split()) <= _TERM_WORDS
            and (words[-1] in CITING_WORDS or " ".join(words[-2:]) in CITING_WORDS)
        )
    ):
        return False
    prev = by_para.get(number - 1, [])
    if not prev or prev[-1].speaker is None:
        return False
    prev_para = article.paragraphs[number - 1]
    # the paragraph before ends in its last quotation's sentence
    tail = text[prev[-1].span.close : prev_para.end]
    return not any(ch in ".!?" for ch in tail.rstrip().rstrip(".!?")) or len(tail) < 60


# a quotation of at most this many words is a term, a scare quote (term_or_headline)
_TERM_WORDS: Final = 4


def _sentence_ends_in(words: str) -> bool:
    """Whether a sentence ends inside the words between two quotations (“…” In May he
    spoke to the radio. His lawyer called it “…”): narrative comes before the later
    quotation's own sentence."""
    return any(
        words[k - 1] in ".!?" and words[k + 1 : k + 2].isupper()
        for k in range(1, len(words) - 1)
        if words[k] == " "
    )


def _own_generic_cue(f: Found) -> bool:
    """Whether the quotation has its own cue whose subject names no one the article
    knows ("film distributors have hailed …", "the board said"): its words are theirs."""
    np = f.np
    if (
        f.cue is None
        or not isinstance(np, NP)
        or not np.common
        or np.pronoun
        or any(w.lower() in ROLE_WORDS for w in np.words)  # "the prime minister"
    ):
        return False
    if 0 <= f.cue_pos < f.span.open:
        return f.cue.endswith(("ed", "id", "ys"))  # a past or present verb, not "contest"
    # after it: a plural ("“…,” analysts said"; "the organisation said" stands for the
    # body the article is about) and a verb of saying ("the crowd cheered" may be none)
    return (
        f.cue_pos >= f.span.close
        and f.cue.lower() in PLAIN_CUE_VERBS
        and np.words[-1].lower().endswith("s")
    )


def inherit_subject(
    items: list[Found],
    article: Article,
    cast: Cast,
    starts: list[int],
    quoted: Quoted,
    mid_sentence: bool = False,
) -> bool:
    """ "…, Schiff said. “The other factor is …”": a quotation that opens a sentence, with
    no cue and no quoted neighbour, continues the speaker of the sentence before it in
    the paragraph when that sentence is reported speech (a reporting verb with a named
    or pronoun subject) and quotes nothing itself. Whether any quote took a speaker.
    `mid_sentence` (a last resort, once the other passes found no speaker): a quotation
    inside its sentence goes on from the reported speech before it too ("…, he said. It
    works only when “the truth is sexier than the lie.”"), and stays subject to the test
    for scare quotes."""
    text = article.text
    sents = article.sentences
    took = False
    for n, f in enumerate(items):
        sp = f.span
        if f.speaker is not None or f.unnamed or not long_enough(sp):
            continue
        nxt = items[n + 1] if n + 1 < len(items) else None
        if (
            nxt is not None
            and nxt.speaker is not None
            and nxt.cue_pos > nxt.span.open  # “…,” said X: a cue after its quote's comma
            and _comma_before_cue(text, nxt)
            and isinstance(nxt.np, NP)
            # a name, not “…,” he said / says the DJ: those may stand for the one before
            and not nxt.np.pronoun
            and not nxt.np.common
            and text[max(0, nxt.np.start - 4) : nxt.np.start].lower() != "the "
            and not text[sp.close : nxt.span.open].strip(" \t\n\"”“'’")
        ):
            continue  # “… election. “… Iraq,” said Brian Parbutt.: one turn, the cue's
        k = bisect.bisect_right(starts, sp.open) - 1
        if k < 1 or (_words_before(text, starts[k], sp.open) and not mid_sentence):
            continue  # mid-sentence
        if mid_sentence and term_or_headline(text[sp.start : sp.end]):
            continue  # “Why Electing Hillary Is More Important …”, “spear phishing”: no speech
        if mid_sentence and _words_before(text, starts[k], sp.open):
            # "He also shared a report that …, “for patients who …”": the person the
            # quotation's own sentence opens with, not the speaker of the one before
            f.speaker = _opening_person(text, sents[k], cast, quoted, sp.open)
            if f.speaker is not None:
                f.how, took = "carried", True
                continue
        prev = sents[k - 1]
        if prev.paragraph != sents[k].paragraph or any(
            prev.start <= g.span.open < prev.end
            # or the sentence lies wholly inside a quotation (“… Mr Conte's statements
            # have been contradictory. “…”): what it names was said, not narrated
            or (g.span.start <= prev.start and prev.end <= g.span.close + 1)
            # or it holds the cue of a quotation that opened before it (the splitter ended
            # a sentence inside it: “… (Texas Sen.) Ted Cruz scare me,” Harry Bond said.)
            or (g.speaker is not None and prev.start <= g.cue_pos < prev.end)
            for g in items
        ):
            continue  # the sentence before quotes someone itself (an apostrophe is no mark)
        if _first_person(text, prev, quoted):
            # "Bob was the most driven man I've worked with. “He never …”": narration in
            # the first person is the last speaker's own account, not the article's
            f.speaker = _last_said(cast, sp.open, sp.para)
            if f.speaker is not None:
                f.how, f.governed, took = "carried", True, True
            continue
        f.speaker = _reporting_subject(text, prev, cast, quoted)
        if f.speaker is None:
            opens = not _words_before(text, starts[k], sp.open)
            f.speaker = _person_subject(text, prev, cast, quoted, pronoun=opens)
            if f.speaker is not None and _named_inside(cast, f.speaker, text, sp):
                # "But Bob became an icon. “We saw America taking Bob into their hearts”":
                # a quotation that names the person a narrative sentence is about is
                # someone else's words about him: the last speaker's, who goes on
                f.speaker = _last_said(cast, sp.open, sp.para)
            elif f.speaker is not None and _third_person(cast, f.speaker, text, sp):
                # "… “In 1991 he sold more records than ever”" goes on with the last
                # speaker too; with none, it is the narrated person's own only when it
                # speaks in the first person: "Alan Brook paid tribute to his coach. “He
                # was like a father to me.”" (the "he" another)
                last = _last_said(cast, sp.open, sp.para)
                if last is not None or not says_i(text, sp):
                    f.speaker = last  # ("Brook was jailed. “He showed no remorse”": no one)
        if (
            f.speaker is None
            and k >= 2
            and not _names_someone(cast, prev)
            and not _comma_before_cue(text, f)  # “…,” smiles one broker: a cue of its own
        ):
            # "Mr Dein said that … Since 1992 clubs have seen their income soar. “…”": a
            # sentence that names no one between the reported speech and the quotation
            before = sents[k - 2]
            # (or the last sentence of the paragraph before, when the narrative sentence
            # opens the quotation's paragraph and that one quotes nothing)
            across = before.paragraph == prev.paragraph - 1 and not _quotes_in(
                quoted, before.start, before.end
            )
            if across or (
                before.paragraph == prev.paragraph
                and not any(
                    before.start <= g.span.close and g.span.open < before.end for g in items
                )
            ):
                who = _reporting_subject(text, before, cast, quoted)
                if who is not None and _speaks_in(cast, before, who):
                    f.speaker = who
        if f.speaker is not None:
            f.how = "carried"
            took = True
        f.governed = f.governed or (f.speaker is not None and not mid_sentence)
    return took


# the third person of each gender inside a quotation ("he", "His", "him")
_THIRD_PERSON: Final = {
    gender: re.compile(r"\b(?i:" + alternation(forms) + r")\b")
    for gender, forms in THIRD_PERSON_FORMS.items()
}


def _third_person(cast: Cast, who: int, text: str, sp: Span) -> bool:
    """Whether the quotation speaks of someone of the person `who`'s gender in the third
    person ("he sold more records"): perhaps words about that person, not by them."""
    third = _THIRD_PERSON.get(cast.entities[who].gender or "")
    return third is not None and third.search(text, sp.start, sp.end) is not None


_I: Final = re.compile(r"\b(?:I|(?i:" + alternation(FIRST_PERSON_LOWER) + r"))\b")


def says_i(text: str, sp: Span) -> bool:
    """Whether the quotation speaks in the first person singular ("to me", "I think")."""
    return _I.search(text, sp.start, sp.end) is not None


def _named_inside(cast: Cast, who: int, text: str, sp: Span) -> bool:
    """Whether the quotation names the person `who` (a word of the name, as a whole word),
    one the text knows for a person ("Microsoft" in "your Microsoft Office" is no one's)."""
    ent = cast.entities[who]
    if not ent.evidence:
        return False
    inner = text[sp.start : sp.end]
    return any(
        len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", inner) is not None
        for w in ent.words
        if w[:1].isupper()
    )


def _first_person(text: str, sent: Sentence, quoted: Quoted) -> bool:
    """Whether a sentence says "I", "me" or "my" outside its quotations."""
    toks = narrated(shared_tokens(text, sent.start, sent.end), quoted)
    return any(
        (t.text == "I" and (k == 0 or not toks[k - 1].text[:1].isupper()))
        or t.low in FIRST_PERSON_LOWER
        for k, t in enumerate(toks)
    )


def _last_said(cast: Cast, pos: int, para: int) -> int | None:
    """The speaker of the last quotation that ends before pos, if it stands in the
    paragraph `para` or one of the two before it."""
    best, at = None, -1
    for end, who, number in cast.said:
        if at < end < pos and para - number <= 2:
            best, at = who, end
    return best


def term_or_headline(inner: str) -> bool:
    """Whether a quotation is a few words (a term, a scare quote) or has half its words or
    more capitalised (a title, a headline, a slogan)."""
    words = inner.split()
    return len(words) <= _TERM_WORDS or 2 * sum(1 for w in words if w[:1].isupper()) >= len(words)


def _names_someone(cast: Cast, sent: Sentence) -> bool:
    """Whether the prescan found a person or body named in the sentence."""
    timeline = cast.timeline
    at = bisect.bisect_left(timeline, (sent.start, -1, -1))
    return at < len(timeline) and timeline[at][0] < sent.end


def _quotes_in(quoted: Quoted, lo: int, hi: int) -> bool:
    """Whether a quotation opens or runs in text[lo:hi]."""
    k = bisect.bisect_right(quoted.ends, lo)
    return k < len(quoted.starts) and quoted.starts[k] < hi


def _speaks_in(cast: Cast, sent: Sentence, who: int) -> bool:
    """Whether the prescan found `who` as a speaker (weight 2) in the sentence."""
    timeline = cast.timeline
    at = bisect.bisect_left(timeline, (sent.start, -1, -1))
    while at < len(timeline) and timeline[at][0] < sent.end:
        if timeline[at][1] == who and timeline[at][2] >= 2:
            return True
        at += 1
    return False


def _comma_before_cue(text: str, f: Found) -> bool:
    """The quotation ends in a comma, question or exclamation mark (“…,” said X), not a full
    stop: the cue after it is its own, not the next sentence's subject."""
    sp = f.span
    last = text[sp.start : sp.end].rstrip(" '’\"”")[-1:] + text[sp.end : sp.close]
    return any(ch in ",?!" for ch in last)


def _past_opener(toks: list[Tok]) -> list[Tok]:
    """ "Writing in the Guardian, Mr Brown outlined …": the words after a participle
    phrase that opens the sentence, where its subject stands."""
    if toks and toks[0].low.endswith("ing") and len(toks[0].low) > 5:
        for k, t in enumerate(toks[1:13], 1):
            if t.text == ",":
                return toks[k + 1 :]
    return toks


def _person_subject(
    text: str, sent: Sentence, cast: Cast, quoted: Quoted, pronoun: bool = False
) -> int | None:
    """ "Mr Blair went on to list his achievements. “So now we have a choice …”": the
    named person a sentence opens with introduces the quotation after it."""
    toks, np = _opening_np(text, sent, quoted)
    return _subject_person(toks, np, sent, cast, pronoun)


def _opening_np(text: str, sent: Sentence, quoted: Quoted) -> tuple[list[Tok], NP | None]:
    """A sentence's narrated tokens and the first noun phrase of its main clause."""
    toks = narrated(shared_tokens(text, sent.start, sent.end), quoted)
    return toks, first_np(main_clause(_past_opener(toks)))


def _subject_person(
    toks: list[Tok], np: NP | None, sent: Sentence, cast: Cast, pronoun: bool
) -> int | None:
    """The person `np`, a sentence's opening subject, names (or its "he"/"she" stands
    for, with `pronoun`)."""
    if (
        pronoun
        and np is not None
        and np.pronoun in ("he", "she")
        and any(t.start == np.start for t in toks[:3])
    ):
        # "And here he was again, moving to the front of the stage … “One day …”"
        idx = cast.pronoun(np.pronoun, np.start, np.start)
        return idx if idx is not None and cast.entities[idx].kind == "person" else None
    if np is None or np.common or np.pronoun or all(w.lower() in ROLE_WORDS for w in np.words):
        return None  # not "Physio sessions with …": a role that opens it names no one
    idx = cast.mention(np, sent.start, 2, create=False)
    if idx is None or cast.entities[idx].kind != "person":
        return None
    return idx


def _opening_person(
    text: str, sent: Sentence, cast: Cast, quoted: Quoted, before: int
) -> int | None:
    """The person a sentence opens with as its subject when a reporting verb stands
    between it and the quotation at `before` ("He also shared a report …, “…”"), not a
    possessor ("Zuckoff's book is described as …": the book's, someone else's words) nor
    a name after other words, nor one whose sentence reports nothing ("Trump has hired
    Bannon of Breitbart, a site that ran headlines such as “…”": the site's words)."""
    toks, np = _opening_np(text, sent, quoted)
    if (
        np is None
        or not any(t.start == np.start for t in toks[:2])
        or np.words[-1].endswith(("’s", "'s"))
        or not any(is_verb(t) for t in toks if np.start < t.start < before)
    ):
        return None
    return _subject_person(toks, np, sent, cast, pronoun=True)


def _reporting_subject(text: str, sent: Sentence, cast: Cast, quoted: Quoted) -> int | None:
    """The speaker of the last reporting verb of a sentence that names one (a verb whose
    subject is a generic phrase inside the sentence gives way to an earlier one)."""
    toks = shared_tokens(text, sent.start, sent.end)
    for v in range(len(toks) - 1, 0, -1):
        if not is_verb(toks[v]) or _noun_after(toks, v):
            continue
        if toks[v - 1].low in PASSIVE_AUX:
            return None  # "is believed to": no one in particular speaks
        if toks[v - 1].low == "as" and toks[v].low == "saying" and v >= 2:
            np: NP | str | None = np_back(toks, v - 2)  # the paper quoted Prince Saud as saying
        else:
            np = subject_before(toks, v)
        if np == "COORD":
            earlier = _earlier_reporter(toks, v, cast)
            if earlier is not None:
                return earlier
            np = first_np(main_clause(narrated(toks, quoted)))  # "X distanced himself by saying …"
        if np is None:
            np = np_forward(toks, v + 1)  # …, said Mr Fox.
        if isinstance(np, NP) and not np.common and not _reported_before(toks, np.start):
            idx = cast.mention(np, toks[v].start, 2, create=False)
            if idx is not None:
                return idx
        if isinstance(np, str) or (np is not None and np.start <= toks[0].start):
            return None
        # "X, director of Y, says 24 companies reported …": a later verb of the
        # sentence with a generic subject is part of what the first one reports
    return None


def _noun_after(toks: list[Tok], v: int) -> bool:
    """ "the charge", "Sanders' charge that she was weak": a verb's form after a determiner
    or a possessive is a noun, with no subject of its own."""
    prev = toks[v - 1].low
    return prev in DETS or (len(prev) > 2 and prev.endswith(("'s", "’s", "s'", "s’")))


def _reported_before(toks: list[Tok], at: int) -> bool:
    """ "He said it would take years before EA could challenge Disney": a subject at `at`
    inside what an earlier reporting verb of the sentence, with a subject of its own,
    reports is what is said, not who says it."""
    for u in range(1, len(toks)):
        if toks[u].start >= at:
            return False
        if is_verb(toks[u]) and not _noun_after(toks, u):
            np = subject_before(toks, u)
            if isinstance(np, NP) and (np.pronoun is not None or not np.common):
                return True
    return False


def _earlier_reporter(toks: list[Tok], v: int, cast: Cast) -> int | None:
    """ "The Tories, he said, can cut crime without asking people to pay more": the
    participle at v goes with the sentence, and the reporting verb before it, when its
    subject names someone, says who speaks (not the subject of the reported clause)."""
    for u in range(v - 1, 0, -1):
        if not is_verb(toks[u]) or _noun_after(toks, u):
            continue
        np = subject_before(toks, u)
        if not isinstance(np, NP) or (np.common and not np.pronoun):
            return None
        return cast.mention(np, toks[u].start, 2, create=False)
    return None


def inherit_across(
    items: list[Found],
    number: int,
    last_speaker: dict[int, int | None],
    by_para: dict[int, list[Found]],
    article: Article,
    cast: Cast,
    starts: list[int],
    quoted: Quoted,
) -> None:
    """A cue-less quote paragraph continues the previous paragraph's speaker."""
    if not items or number == 0:
        return
    for f in items:  # (a plain loop, not any() over a generator: for speed)
        if f.speaker is not None or f.unnamed:
            return
    first = items[0]
    para = article.paragraphs[number]
    text = article.text
    prev_items = by_para.get(number - 1, [])
    speaker: int | None = last_speaker.get(number - 1)
    if _words_before(text, para.start, first.span.open):
        # "The government wanted a culture where retirement was “…”. “We're …”": narrative
        # that names no one (no person, no he or she) goes on with the speaker of the
        # paragraph before, when it ends in that speaker's quotation and this one goes on
        # with a quotation of a sentence or more
        if (
            speaker is not None
            and prev_items
            and prev_items[-1].speaker == speaker
            and not text[prev_items[-1].span.close : para.start].strip(" \t\n.\"”’'")
            and any(_whole_sentences(text, f.span) for f in items)
            and not _names_anyone(cast, text, para.start, first.span.open, speaker)
        ):
            for f in items:
                f.speaker, f.how, f.governed = speaker, "carried", True
        return
    if _inverted_cue_after(text, first):
        return  # “…,” said one district leader.: its own cue, whose subject names no one
    prev_para = article.paragraphs[number - 1]
    if speaker is None and text[prev_para.start : prev_para.end].rstrip().endswith(":"):
        speaker = _colon_speaker(text, article, starts, prev_para.end - 1, cast, quoted)
    if speaker is None and not any(g.unnamed or g.governed for g in prev_items):
        # the paragraph before quotes nobody's words (none, or scare quotes only)
        lo = article.paragraphs[max(0, number - 2)].start
        speaker = cast.recent_subject(lo, para.start)
        if cast.referee is not None:
            # the person the last paragraphs are about, as the referent scorer weighs it
            speaker = cast.referee(cast, "p", para.start, -1, speaker)
    for f in items:
        f.speaker = speaker
        if speaker is not None:
            f.how = "carried"
        f.governed = f.governed or speaker is not None


def _inverted_cue_after(text: str, f: Found) -> bool:
    """Whether a reporting verb and an indefinite subject follow the quotation's closing
    comma, question or exclamation mark (“…,” said one aide): the quotation has a cue of
    its own, a new source, even when the cue's subject was not understood, so no speaker
    goes on into it."""
    if not _comma_before_cue(text, f):
        return False
    m = _INVERTED_INDEFINITE.match(text, f.span.close)
    if m is None or m.group(1) not in REPORTING_VERBS:
        return False
    # not “…,” said a delighted Murray: an epithet before a name is no new source
    end = m.end()
    stop = _PHRASE_END.search(text, end, end + 80)
    words = text[end : stop.start() if stop else end + 80].split()
    return not (
        words
        and words[-1][:1].isupper()
        and not any(w in PREPOSITIONS for w in words)  # ("a GOP chairman in Ohio": no name)
    )


_PHRASE_END: Final = re.compile(r"[.,;:!?\n]")


# a verb and an indefinite subject after a quotation's closing marks ("said one aide"): a
# source the text has not named ("said the 46-year-old" may stand for the person before)
_INVERTED_INDEFINITE: Final = re.compile(
    r"[\s”’\"']*([a-z]+)\s+(?:" + alternation(INDEFINITES) + r")\s"
)


def _whole_sentences(text: str, sp: Span) -> bool:
    """Whether a quotation opens a sentence and ends one (“We're sweeping them away …”)."""
    before = text[max(0, sp.open - 3) : sp.open].strip()
    inner = text[sp.start : sp.end].rstrip(" '’\"”")
    return (not before or before[-1] in '.!?:"”') and inner[-1:] in (".", "!", "?")


# "he", "she", or a possessive that opens a subject ("His deputy was less sure"; not
# "confirmed his place")
_HE_OR_SHE = re.compile(
    r"\b(?:(?i:"
    + alternation(GENDERED_PRONOUNS)
    + r")|"
    + alternation(frozenset(w.capitalize() for w in GENDERED_POSSESSIVES))
    + r")\b"
)


def _names_anyone(cast: Cast, text: str, lo: int, hi: int, but: int) -> bool:
    """Whether text[lo:hi] mentions a person of the cast other than `but`, or says "he",
    "she", "His" or "Her"."""
    a = bisect.bisect_left(cast.timeline, (lo, -1, -1))
    b = bisect.bisect_left(cast.timeline, (hi, -1, -1))
    if any(i != but and cast.entities[i].kind == "person" for _, i, _ in cast.timeline[a:b]):
        return True
    return _HE_OR_SHE.search(text, lo, hi) is not None


def _colon_speaker(
    text: str, article: Article, starts: list[int], pos: int, cast: Cast, quoted: Quoted
) -> int | None:
    """The speaker of "X told reporters:" / "The New York Times reports:" paragraphs."""
    sent = article.sentences[sentence_index(starts, article.sentences, pos)]
    toks = shared_tokens(text, sent.start, sent.end)
    for v in range(len(toks) - 1, -1, -1):
        if is_verb(toks[v]):
            np = subject_before(toks, v)
            if isinstance(np, NP):
                return cast.mention(np, toks[v].start, 2)
            break
    return sentence_subject(text, article, starts, pos, cast, quoted, False)


_SIGN_DASHES = "-—–―"


def inherit_signature(items: list[Found], number: int, article: Article, cast: Cast) -> None:
    """A quotation paragraph signed on the next line ("“…” ¶ - Sen. Jane Roe." or
    "-President Obama, tweeting after the speech."): the quotes of a paragraph that
    have no speaker take the name after the dash."""
    if not items or number + 1 >= len(article.paragraphs):
        return
    for f in items:  # (a plain loop, not any() over a generator: for speed)
        if f.speaker is not None or f.cue_pos >= 0 or f.unnamed:
            return
    text = article.text
    para = article.paragraphs[number]
    if text[items[-1].span.close : para.end].strip(" .\"”'’"):
        return  # words after the last quotation: not a quotation paragraph
    sign = article.paragraphs[number + 1]
    first = text[sign.start : sign.start + 1]
    if not first or first not in _SIGN_DASHES or sign.end - sign.start > 160:
        return
    toks = tokenize(text, sign.start, sign.end)
    k = 0
    while k < len(toks) and toks[k].text and toks[k].text[0] in _SIGN_DASHES:
        k += 1
    np = np_forward(toks, k)
    if np is None or np.common or np.pronoun:
        return
    speaker = cast.mention(np, np.start, 2)
    if speaker is None:
        return
    for f in items:
        f.speaker, f.how, f.governed = speaker, "named", True


def coord_subject(
    text: str, article: Article, starts: list[int], verb: int, cast: Cast
) -> tuple[int | None, Attribution]:
    """ "Cruz knocked Rubio on trade and called him a “moderate”": the subject of a verb
    joined by "and"/"but" is that of the verb before the conjunction (not the first name
    of the sentence)."""
    sent = article.sentences[sentence_index(starts, article.sentences, verb)]
    toks = tokenize(text, sent.start, verb)
    j = len(toks) - 1
    while j >= 0 and toks[j].low.endswith("ly"):
        j -= 1
    if j < 1 or toks[j].low not in VERB_COORDINATORS:
        return None, "unattributed"
    for k in range(j - 1, 0, -1):
        t = toks[k]
        if not t.text[:1].islower():
            continue
        if is_verb(t) or t.low in FINITE_VERBS or (t.low.endswith("ed") and len(t.low) > 4):
            np = subject_before(toks, k)
            if np == "COORD":
                continue  # "X knocked Y and mocked Z and called …": further back
            if isinstance(np, NP) and not np.common:
                idx = cast.mention(np, t.start, 1)
                if idx is not None:
                    return idx, how_named(np, idx, cast)
            break
    return None, "unattributed"
