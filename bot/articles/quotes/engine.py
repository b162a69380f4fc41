"""attribute_article: the order of the passes over one article (mentions, cues,
carry-over, reported speech, output).

Each quote records how its speaker was found (Quote.how): "named" when its own sentence
names the speaker (a cue, a colon label, the subject the sentence opens with);
"resolved" when that sentence has a pronoun, a role ("the minister") or a bare surname
that stands for someone named earlier; "carried" when a cue-less quote takes the speaker
of a neighbouring quote, the sentence before or the previous paragraph; "unattributed"
when no speaker was found. Reported speech that denies or is negated keeps its verb in
its text ("denies it is planning an attack"); see quotes/reported.py."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Final

from bot.articles.cast import QUOTED, Cast, aside_between
from bot.articles.lexicon import (
    AUX,
    BODY_VOICES,
    MODALS,
    PLURAL_BODY_VOICES,
    POSSESSIVES,
    PRONOUNS,
    REPORTING_INFLECTED,
    REPORTING_VERBS,
    TIME_ADVERBS,
    VOICE_GENDERS,
)
from bot.articles.model import Article, Person, Quote
from bot.articles.phrases import NP
from bot.articles.quote_marks import Quoted, quote_spans
from bot.articles.quotes.carry import (
    coord_subject,
    earlier_cue_speaker,
    inherit_across,
    inherit_continued,
    inherit_signature,
    inherit_subject,
    inherit_within,
    it_subject,
    opener_subject,
    says_i,
    subject_and_how,
    term_or_headline,
)
from bot.articles.quotes.cues import (
    definite_paper,
    described_person,
    find_cue,
    poll_source,
    voiced,
    whole_sentence,
)
from bot.articles.quotes.found import Found, how_named
from bot.articles.quotes.mentions import (
    register_descriptions,
    register_mentions,
    register_role_subjects,
    register_role_verbs,
)
from bot.articles.quotes.output import is_scare_quote, make_quote, people_out
from bot.articles.quotes.referents import choose
from bot.articles.quotes.reported import reported_statements
from bot.articles.quotes.verbs import verb_hits

_PUNCT = ".,:;!?\"'“”‘’()"


def _fits_cue(cast: Cast, f: Found) -> bool:
    """Whether f's speaker can be the "he" or "she" of its cue, if its cue is one."""
    np = f.np
    if f.speaker is None or not isinstance(np, NP) or not np.pronoun:
        return True
    gender = PRONOUNS.get(np.pronoun.lower())
    if gender == "o":
        # “…,” it added: not "the auditors" before, a group is "they"
        return not cast.is_group(f.speaker)
    if gender not in ("m", "f"):
        return True
    return cast.entities[f.speaker].gender in (None, gender)


def _opening_letters(words: frozenset[str]) -> list[str]:
    """Each word, longest first, as regex branches that open with a literal letter (one
    branch for each letter that a case-blind match takes for its first), then "\\b" as a
    lookbehind, then the rest case-blind: "\\b(?i:his)" that the engine can skip ahead
    to. (A branch that opens with "\\b" makes the engine try every position.)"""
    out = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        first = word[0]
        # the letters a case-blind match takes for the first: "i" also takes "İ" and "ı"
        pool = {first, first.upper(), first.lower(), *_CASE_FOLD_ODDITIES}
        for ch in sorted(c for c in pool if re.fullmatch(f"(?i:{re.escape(first)})", c)):
            lit = re.escape(ch)
            out.append(f"{lit}(?<!\\w{lit})(?i:{re.escape(word[1:])})")
    return out


# the letters outside ASCII that a case-blind match takes for an ASCII letter (İ, ı for i;
# ſ for s; the Kelvin sign for k)
_CASE_FOLD_ODDITIES: Final = ("\u0130", "\u0131", "\u017f", "\u212a")

# "Mr Blair's official spokesman said", "his chief aide was asked": a voice owned by a
# possessive, with no name after it, then a verb (checked after the match). As
# "(?:['’]s|\\b(?i:POSSESSIVES))(?: [a-z]+){0,2} (VOICE) ([a-z]+)\\b", each branch
# opening with a literal (_opening_letters)
_VOICE: Final = re.compile(
    "(?:"
    + "|".join(["'s", "’s", *_opening_letters(POSSESSIVES)])
    + r")(?: [a-z]+){0,2} ("
    + "|".join(sorted(BODY_VOICES))
    + r") ([a-z]+)\b"
)
_LOWER_OR_SPACE: Final = frozenset("abcdefghijklmnopqrstuvwxyz ")
# what every " VOICE " holds: " spokesman " holds " spokes"
_VOICE_STEMS: Final = tuple(
    sorted({" spokes" if v.startswith("spokes") else f" {v} " for v in BODY_VOICES})
)


def _voices(
    text: str, quoted: Quoted, starts: list[int], paragraph_of: list[int]
) -> list[tuple[int, int, str | None]]:
    """Where an unnamed voice of someone speaks or is spoken of, outside quotations:
    (position after its word, paragraph, the gender its word tells)."""
    out: list[tuple[int, int, str | None]] = []
    # a match holds " VOICE ": the pass runs from the first (less the lower-case words and
    # spaces before it and an owner of at most five characters) to the last (with the
    # lower-case word after it and the character that closes that word); most articles
    # hold none and need no pass
    if not any(stem in text for stem in _VOICE_STEMS):
        return out  # (one look for each stem, not two for each voice)
    n = len(text)
    first, last = n, -1
    for voice in BODY_VOICES:
        needle = " " + voice + " "
        i = text.find(needle)
        if i >= 0:
            first = min(first, i)
            last = max(last, text.rfind(needle) + len(needle))
    if last < 0:
        return out
    while first > 0 and text[first - 1] in _LOWER_OR_SPACE:
        first -= 1
    while last < n and "a" <= text[last] <= "z":
        last += 1
    for m in _VOICE.finditer(text, max(0, first - 5), min(n, last + 1)):
        verb = m.group(2)
        agrees = (
            verb in AUX
            or verb in REPORTING_INFLECTED
            or (verb in REPORTING_VERBS and m.group(1) in PLURAL_BODY_VOICES)
        )
        if not agrees:
            # a singular voice's verb is inflected: "her official pledge" is a noun
            continue
        if quoted.inside(m.start()):
            continue
        k = max(0, bisect.bisect_right(starts, m.start()) - 1)
        out.append((m.end(1), paragraph_of[k], VOICE_GENDERS.get(m.group(1))))
    return out


def _verb_follows(text: str, np: NP, cue_pos: int) -> bool:
    """Whether the cue's verb is a reporting verb the phrase is the subject of: right
    after it or after auxiliaries, adverbs or an aside in commas ("his campaign said",
    "her campaign has since said", "his campaign, in a statement, said"); not after a
    modal ("her campaign would continue “…”": what the campaign would do is reported)."""
    end = np.start + len(" ".join(np.words))
    if cue_pos <= end:
        return False
    between = text[end:cue_pos]
    if between.count(",") == 2:  # (", in a statement,": the aside stands for nothing)
        between = between[: between.index(",")] + between[between.rindex(",") + 1 :]
    verb = text[cue_pos : cue_pos + 24].split(maxsplit=1)
    return (
        bool(verb)
        and verb[0].strip(_PUNCT).lower() in REPORTING_VERBS
        and all(
            (w in AUX and w not in MODALS) or w.endswith("ly") or w in TIME_ADVERBS
            for w in between.lower().split()
        )
    )


def _aside_half(text: str, starts: list[int], f: Found, after: Found | None) -> bool:
    """Whether f is the first half of a quotation whose cue comes after its later half,
    `after`, in the same sentence, with f's own "cue" in an aside in dashes or brackets
    between the halves (“… view” - that Grant is … - “is wrong,” he says): the aside is
    what is said, and one quotation has one speaker, the later half's."""
    return (
        after is not None
        and isinstance(after.np, NP)
        and after.cue_pos > after.span.close
        and f.span.close <= f.cue_pos < after.span.open
        and aside_between(text, f.span.close, after.span.open)
        and bisect.bisect_right(starts, f.span.open) == bisect.bisect_right(starts, after.cue_pos)
    )


def _named_inside(cast: Cast, f: Found, text: str) -> bool:
    """Whether the quotation names its pronoun's referent in full ("“Wolf Brother is an
    enchanting book,” he said"): a speaker does not name himself, so the "he" is another."""
    words = cast.entities[f.speaker].words if f.speaker is not None else []
    if len(words) < 2:
        return False
    inner = text[f.span.start : f.span.end]
    name = " ".join(words)
    i = inner.find(name)
    while i >= 0:
        after = inner[i + len(name) : i + len(name) + 1]
        if not (i and inner[i - 1].isalnum()) and not after.isalnum():
            return True
        i = inner.find(name, i + 1)
    return False


def _voice_goes_on(
    cast: Cast, voices: list[tuple[int, int, str | None]], np: NP, speaker: int | None, para: int
) -> bool:
    """Whether "he said" or "the spokesman said" goes on from the last unnamed voice
    ("Mr Blair's spokesman said …"): in the same paragraph or the next, of a fitting
    gender, with its resolved speaker not mentioned (outside quotations) since."""
    k = bisect.bisect_left(voices, (np.start, -1, None)) - 1
    if k < 0:
        return False
    pos, voice_para, gender = voices[k]
    if para - voice_para > 1 or np.start <= pos:
        return False
    if np.pronoun:
        want = PRONOUNS.get(np.pronoun.lower())
        if want not in ("m", "f") or gender not in (None, want):
            return False
    elif not (
        len(np.words) == 1
        and np.words[0] in BODY_VOICES
        and cast.text[max(0, np.start - 4) : np.start].lower() == "the "
    ):  # "The spokesman said": the one just heard
        return False
    if speaker is None:
        return True
    if not np.pronoun and not any(np.words[0] in r.split() for r in cast.entities[speaker].roles):
        return True  # "The spokesman said" of someone the article never calls one
    # (read back from the cue to the voice: not the whole timeline before it)
    timeline = cast.timeline
    k = bisect.bisect_left(timeline, (np.start, -1, -1)) - 1
    while k >= 0 and timeline[k][0] >= pos:
        if timeline[k][1] == speaker and timeline[k][2] != QUOTED:
            return False
        k -= 1
    return True


def attribute_article(article: Article) -> tuple[list[Person], list[Quote]]:
    """The people an article mentions and the statements it attributes to them."""
    text = article.text
    sentences = article.sentences
    if not sentences:
        return [], []
    starts = [s.start for s in sentences]
    spans = quote_spans(article)
    quoted = Quoted(text, spans)
    hits = verb_hits(text)
    cast = Cast(starts, text)
    cast.paragraph_of = [s.paragraph for s in sentences]
    cast.quote_opens = [sp.open for sp in spans]
    cast.quote_closes = [sp.close for sp in spans]
    cast.referee = choose
    # the headline's capitalised words: "Retirement age could be scrapped" names no "Age"
    cast.title_words = frozenset(
        w.lower().removesuffix("'s").removesuffix("’s").strip(_PUNCT)
        for w in (article.title or "").split()
        if w.strip(_PUNCT)[:1].isupper()
    )
    register_mentions(article, cast, [(sp.start, sp.end) for sp in spans], [h[0] for h in hits])
    cast.count_mentions()
    cast.infer_genders()
    register_role_verbs(article, cast)
    register_role_subjects(article, cast)
    register_descriptions(article, cast, [(sp.start, sp.end) for sp in spans])
    found = []
    for k, sp in enumerate(spans):
        prev_close = spans[k - 1].close if k and spans[k - 1].para == sp.para else -1
        next_open = spans[k + 1].open if k + 1 < len(spans) and spans[k + 1].para == sp.para else -1
        prev = spans[k - 1] if prev_close >= 0 else None
        found.append(find_cue(text, article, starts, sp, prev_close, next_open, prev))

    quotes: list[Quote] = []
    cue_positions: dict[int, int | None] = {}
    by_para: dict[int, list[Found]] = {}
    for f in found:
        by_para.setdefault(f.span.para, []).append(f)
    last_speaker: dict[int, int | None] = {}
    # where an unnamed voice of someone spoke ("the prime minister's spokesman said"):
    # (position, paragraph, gender of its word)
    voices = _voices(text, quoted, starts, cast.paragraph_of)
    # poll_source's cheap test once for the article: most name no poll at all
    polled = "poll" in text or "survey" in text
    for number in range(len(article.paragraphs)):
        items = by_para.get(number)
        if not items:
            last_speaker[number] = None  # a paragraph without quotations: no pass has work
            continue
        noted: set[int] = set()
        halves: list[int] = []  # first halves that take the speaker of the next
        for k, f in enumerate(items):
            if (
                isinstance(f.np, NP)
                and k + 1 < len(items)  # (cheap test first: a later half to take after)
                and _aside_half(text, starts, f, items[k + 1])
            ):
                halves.append(k)
            elif isinstance(f.np, NP):
                at = f.cue_pos if f.cue_pos >= 0 else f.span.start
                # "a spokeswoman for Vexa said": the voice the article names elsewhere
                f.speaker = cast.voice_named(f.np)
                if f.speaker is None:
                    f.speaker = cast.mention(f.np, at, 2)
                else:
                    cast.note(at, f.speaker, 2)
                if f.speaker is None and _verb_follows(text, f.np, f.cue_pos):
                    # "His campaign said “…”": the campaign of the man "his" stands for
                    f.speaker = cast.owned_campaign(f.np, at, 2)
                goes_on = False
                if f.speaker is not None and f.np.pronoun and _named_inside(cast, f, text):
                    # “Wolf Brother is an enchanting book,” he said: not Wolf Brother
                    f.speaker = None
                elif _voice_goes_on(cast, voices, f.np, f.speaker, number):
                    # "Mr Blair's spokesman said …. He added: “…”": the spokesman again
                    f.speaker = None
                    goes_on = True
                if f.speaker is None and definite_paper(f.np):
                    # "The report said: “…”": the body that issued it, as "it said" would
                    f.speaker = cast.pronoun("it", at, f.np.start)
                if f.speaker is None and f.np.pronoun == "it" and 0 <= f.cue_pos < f.span.open:
                    # "Google said …. It said: “…”": a body the article names without a
                    # body's word in its name, the speaker of the sentence before
                    f.speaker = cast.body_just_said(at)
                if f.speaker is not None and cast.is_epithet(f.np) and says_i(text, f.span):
                    # “… my career,” said the Birchfield Harrier: a person's name takes no
                    # "the"; the singular of a club's name stands for its member, the
                    # person just talked about (a body named so speaks as no "I"); with
                    # no one talked about, the name found stays
                    about = cast.recent_subject(max(0, at - 600), at)
                    if about is not None and about != f.speaker:
                        cast.epithets.add(f.speaker)
                        f.speaker = about
                if f.speaker is None and described_person(f.np):
                    # "…,” says the Waterford man: the person just talked about
                    f.speaker = cast.recent_subject(max(0, at - 600), at)
                f.unnamed = goes_on or (
                    f.speaker is None
                    # (a "he" that stands for a role no one named holds: an unnamed voice)
                    and (f.np.start in cast.unnamed_referents or cast.unnamed(f.np))
                )
                if f.unnamed and not goes_on and f.np.common:
                    # "a judge claimed “…”. Judge Ann Rhys …": named in what follows
                    f.speaker = cast.role_introduced_in_next_sentences(f.np, at)
                    f.unnamed = f.speaker is None
                if f.speaker is not None:
                    f.how = how_named(f.np, f.speaker, cast)
                    # a later "he said" of the paragraph can refer to this speaker
                    cast.note(f.span.end, f.speaker, 2)
                    cast.said.append((f.span.end, f.speaker, f.span.para))
                    noted.add(k)
                if f.speaker is not None and not f.np.pronoun and text[f.span.start].isupper():
                    ent = cast.entities[f.speaker]
                    ent.evidence = ent.evidence or ent.kind == "person"
            elif f.np == "COORD" or f.np == "REL":
                # the speaker of an earlier cue of the sentence, or the sentence's subject
                earlier = earlier_cue_speaker(items, f, starts)
                if earlier is not None:
                    f.speaker, f.how = earlier.speaker, earlier.how
                else:
                    if f.np == "COORD" and f.cue_pos >= 0:
                        f.speaker, f.how = coord_subject(text, article, starts, f.cue_pos, cast)
                    if f.speaker is None:
                        # (a role opens the sentence of a statement, not of a term:
                        # "The singer … - but fans hoping for a second “Nipple-gate” …")
                        term = term_or_headline(text[f.span.start : f.span.end])
                        f.speaker, f.how = subject_and_how(
                            text, article, starts, f.span.open, cast, quoted, role_opener=not term
                        )
            if f.cue_pos >= 0:
                cue_positions[f.cue_pos] = f.speaker
        for k in halves:
            f = items[k]
            f.speaker, f.how = items[k + 1].speaker, items[k + 1].how
            cue_positions[f.cue_pos] = f.speaker
        inherit_continued(items, number, last_speaker, by_para, article)
        # a cue-less quote that opens a sentence goes on from the reported speech of the
        # sentence before it, before any later quote of the paragraph can claim it
        inherit_subject(items, article, cast, starts, quoted)
        inherit_within(items, starts, number, article, by_para, cast, quoted)
        inherit_signature(items, number, article, cast)
        inherit_across(items, number, last_speaker, by_para, article, cast, starts, quoted)
        inherit_subject(items, article, cast, starts, quoted, mid_sentence=True)
        for f in items:
            if f.how == "carried" and not _fits_cue(cast, f):
                # “…,” she said: a neighbour's speaker the cue's pronoun cannot stand for
                f.speaker, f.how = None, "unattributed"
        spoken = [f.speaker for f in items if f.speaker is not None]
        last_speaker[number] = spoken[-1] if spoken else None
        for k, f in enumerate(items):
            if f.speaker is not None:
                if k not in noted:
                    cast.note(f.span.end, f.speaker, 2)
                    cast.said.append((f.span.end, f.speaker, f.span.para))
                cast.entities[f.speaker].quotes += 1
            if not f.governed and is_scare_quote(text, f.span):
                if not voiced(text, article, starts, f.span):
                    continue
                if f.speaker is None:
                    f.speaker, f.how = subject_and_how(
                        text, article, starts, f.span.open, cast, quoted, full_names=True
                    )
                if f.speaker is None:
                    # "However, it expects “strong growth”": the body "it" stands for
                    f.speaker, f.how = it_subject(text, article, starts, f.span.open, cast, quoted)
                if (
                    f.speaker is None
                    and k
                    and items[k - 1].speaker is not None
                    and whole_sentence(text, article, f.span)
                ):
                    # “…,” Tester said. “Very good.”: the speaker of the quote before
                    f.speaker, f.how = items[k - 1].speaker, "carried"
            if f.speaker is None and not f.unnamed:
                f.speaker, f.how = opener_subject(text, article, starts, f.span, cast, quoted)
            poll = poll_source(text, article, starts, f.span) if polled else None
            if poll is not None:
                # "75 percent of Republicans said “…”, according to a Gallup poll": the poll's
                f.speaker, f.how = cast.organisation(poll, f.span.start), "named"
            quotes.append(make_quote(text, starts, f, cast))

    quotes.extend(reported_statements(article, starts, cast, cue_positions, spans, hits, quoted))
    quotes.sort(key=lambda q: (q.start, q.kind != "indirect"))
    return people_out(cast), _partials_of_reported(quotes, [h[0] for h in hits])


def _partials_of_reported(quotes: list[Quote], verbs: list[int]) -> list[Quote]:
    """ "Growth started, but “deep reforms” are needed, the IMF has said": a quotation no
    cue of its own attributes, inside a reported statement, is that statement's speaker's
    (quotes are sorted by start, a statement before the quotations inside it), unless a
    reporting verb comes between ("critics claim it is “a charade”": theirs)."""
    out: list[Quote] = []
    open_reports: list[Quote] = []
    for q in quotes:
        open_reports = [r for r in open_reports if r.end > q.start]
        if q.kind == "indirect":
            if q.speaker is not None:
                open_reports.append(q)
        elif q.speaker is None and q.kind == "partial":
            outer = next((r for r in open_reports if q.end <= r.end), None)
            if outer is not None and not any(outer.start <= v < q.start for v in verbs):
                q = replace(
                    q,
                    speaker=outer.speaker,
                    speaker_role=outer.speaker_role,
                    cue=outer.cue,
                    how=outer.how,
                )
        out.append(q)
    return out
