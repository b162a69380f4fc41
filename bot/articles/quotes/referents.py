"""Who "he" or "she" stands for: a small learned scorer over the people of the cast.

The rules (Cast._pronoun_rule) take the first subject of the sentence, else the most
recent subject or speaker; they go wrong when the nearest compatible mention is an object,
a name inside another clause, or someone the article only passes by, while the speaker
the paragraph is about was named a sentence earlier. The scorer weighs each candidate on
what a reader uses: how far back and how often it was mentioned, in what position (a
subject, a speaker, an object), whether it spoke the previous quotation, whether the
rules pick it. The weights are a linear model (conditional logit) fitted by
bench/speaker_fit.py on the PolNeAR and BBC train splits and stored as data in
referent_weights.py; at run time it is a sum of a few weights per candidate.
"""

from __future__ import annotations

import bisect
from typing import Final

from bot.articles.cast import QUOTE_TO_CUE_MARKS, QUOTED, Cast
from bot.articles.lexicon import TITLES
from bot.articles.quotes.referent_weights import WEIGHTS

# candidates: people mentioned at most this many sentences before the pronoun
_WINDOW: Final = 8
# how far after the verb of "she said:" the quotation it opens may begin
_CUE_TO_QUOTE_CHARS: Final = 24

FEATURES: Final[tuple[str, ...]] = (
    "rule",  # the rules' pick
    "dist0",  # last mentioned in the pronoun's own sentence
    "dist1",
    "dist2",
    "dist3_4",
    "dist5",
    "rank0",  # the most recent candidate
    "rank1",
    "last_speaker",  # the last mention is a speaker's (weight 2)
    "last_subject",  # the last mention is a subject's (weight 1)
    "last_object",  # the last mention is an object's (weight 0)
    "speaker_near",  # a speaker's mention within the last 3 sentences
    "subject_near",  # a subject's or speaker's mention within the last 2 sentences
    "prev_quote",  # spoke the most recent quotation
    "prev_quote_para",  # spoke a quotation of this paragraph or the one before
    "has_said",  # has spoken a quotation before
    "most_said",  # has spoken the most quotations among the candidates
    "most_mentioned",  # the candidate the article mentions most often
    "count2",  # mentioned 2-3 times
    "count4",  # mentioned 4 times or more
    "gender_known",  # a title or given name says the pronoun's gender
    "prev_subject",  # the first subject of the sentence before
    "own_subject",  # the first subject of the pronoun's sentence, before it
    "initial",  # the last mention opens its sentence
    "first_person",  # the first person the article names
    "has_role",  # a role or appositive is known ("the minister")
    "said2",  # has spoken two quotations or more
    "said_share",  # has spoken at least half of the quotations so far
    "para0",  # the last mention is in the pronoun's paragraph
    "para1",  # ... in the paragraph before
    "nearest_subject",  # the most recent candidate mentioned as a subject or speaker
    "nearest_speaker",  # the most recent candidate mentioned as a speaker
    "prev_pronoun",  # the referent of the last "he"/"she" of the same gender
    "prev_pronoun_near",  # ... within the last 3 sentences
    "rule_dist0",  # the rules' pick is in the pronoun's own sentence
    "opens_prev_subject",  # the pronoun opens its sentence; the candidate is the subject before
    "in_title",  # the article's headline names the candidate
    "in_quote",  # named inside the quotation the pronoun attributes (“… Smith …,” he said)
)
_INDEX: Final = {name: k for k, name in enumerate(FEATURES)}
_W: Final[tuple[float, ...]] = tuple(WEIGHTS.get(name, 0.0) for name in FEATURES)


class Candidate:
    """What the scorer knows of one candidate referent. A plain class for mypyc."""

    __slots__ = (
        "count",
        "idx",
        "last",
        "last_sent",
        "last_speaker",
        "last_subject",
        "last_w",
        "near_w",
    )

    def __init__(self, idx: int) -> None:
        self.idx = idx
        self.count = 0
        self.last = -1  # position of the last mention
        self.last_sent = -1
        self.last_w = 0
        self.near_w = -1  # the best weight of the mentions in the last 3 sentences
        self.last_subject = -1  # position of the last mention as a subject or speaker
        self.last_speaker = -1  # position of the last mention as a speaker


def candidates(
    cast: Cast, gender: str, pos: int, at: int, pick: int | None
) -> tuple[list[int], list[list[int]]]:
    """The candidate referents of a "he"/"she" whose verb stands at pos (the pronoun at
    `at`), each with the indices of its active FEATURES."""
    starts = cast.starts
    text = cast.text
    k = bisect.bisect_right(starts, pos) - 1
    here = at if at >= 0 else pos
    closes = cast.quote_closes
    q = bisect.bisect_right(closes, here) - 1
    if (
        q >= 0
        and k > 0
        and closes[q] >= starts[k]
        and not text[closes[q] : here].strip(QUOTE_TO_CUE_MARKS)
    ):
        # “…. … now,” he said: the sentences of the quotation are no distance; the
        # pronoun stands where the quotation opens (in the same paragraph)
        k_open = bisect.bisect_right(starts, cast.quote_opens[q]) - 1
        paragraph_of = cast.paragraph_of
        if 0 <= k_open < k < len(paragraph_of) and paragraph_of[k_open] == paragraph_of[k]:
            k = k_open
    hi = bisect.bisect_left(cast.timeline, (pos, -1, -1))
    seen: dict[int, Candidate] = {}
    prev_first = own_first = -1  # first subject of the sentence before / of this one
    counts, first_person = cast.mention_counts, cast.first_person
    # only the mentions of the last _WINDOW sentences make candidates
    # (conditional clamps, not max(): see the note in cast.py)
    s = (
        k - _WINDOW if k > _WINDOW else 0
    )  # the sentence of the mention, moved forward with the timeline
    lo = bisect.bisect_left(cast.timeline, (starts[s] if starts else 0, -1, -1))
    n_starts = len(starts)
    # the quotation a pronoun attributes: a name inside it is not the pronoun's referent
    quote_lo = starts[k] if k >= 0 else 0
    in_quote: set[int] = set()
    for p, i, w in cast.timeline[lo:hi]:
        if w == QUOTED:
            if quote_lo <= p < here:
                in_quote.add(i)
            continue
        while s + 1 < n_starts and starts[s + 1] <= p:
            s += 1
        c = seen.get(i)
        if c is None:
            c = seen[i] = Candidate(i)
            c.count = counts.get(i, 0)
        c.last, c.last_sent, c.last_w = p, s, w
        if w >= 1:
            c.last_subject = p
            if w >= 2:
                c.last_speaker = p
            if s == k - 1 and prev_first < 0:
                prev_first = i
            elif s == k and own_first < 0 and (at < 0 or p < at):
                own_first = i
        if k - s <= 3 and w > c.near_w:
            c.near_w = w
    open_at = cast.quote_opens
    q = bisect.bisect_left(open_at, here)
    if (
        q < len(open_at)
        and open_at[q] - pos < _CUE_TO_QUOTE_CHARS
        and text[pos : open_at[q]].rstrip().endswith((":", ","))
    ):
        # She said: “Smith is …”: a name inside the quotation the cue opens is not the
        # pronoun's referent either
        timeline = cast.timeline
        t = hi
        while t < len(timeline) and timeline[t][0] < closes[q]:
            p, i, w = timeline[t]
            if w == QUOTED and p > open_at[q]:
                in_quote.add(i)
            t += 1
    ids = [
        i
        for i, c in seen.items()
        if k - c.last_sent <= _WINDOW
        and cast.fits(i, gender, c.last_w if c.last_w >= c.near_w else c.near_w)
    ]
    if pick is not None and pick not in ids:
        ids.append(pick)
        if pick not in seen:
            seen[pick] = Candidate(pick)
            seen[pick].count = counts.get(pick, 0)
    if len(ids) <= 1:
        return ids, [[] for _ in ids]  # nothing to weigh
    ids.sort(key=lambda i: -seen[i].last)
    said_count: dict[int, int] = {}
    said_para: set[int] = set()
    paragraph_of = cast.paragraph_of
    para = paragraph_of[k] if 0 <= k < len(paragraph_of) else -1
    last_said = -1
    last_at = -1
    for p, i, number in cast.said:
        if p > pos:
            continue  # a paragraph's cued quotes are listed before its carried ones
        said_count[i] = said_count.get(i, 0) + 1
        if p > last_at:
            last_said, last_at = i, p
        if para - number <= 1:
            said_para.add(i)
    # the four maxima over the candidates in one loop (for speed: max() with a key or a
    # generator costs several times as much); a tie goes to the first, as with max()
    first = seen[ids[0]]
    top_said, top_count = said_count.get(ids[0], 0), first.count
    nearest_subject = nearest_speaker = ids[0]
    best_subject, best_speaker = first.last_subject, first.last_speaker
    for i in ids[1:]:
        c = seen[i]
        n = said_count.get(i, 0)
        if n > top_said:
            top_said = n
        if c.count > top_count:
            top_count = c.count
        if c.last_subject > best_subject:
            best_subject, nearest_subject = c.last_subject, i
        if c.last_speaker > best_speaker:
            best_speaker, nearest_speaker = c.last_speaker, i
    total_said = sum(said_count.values())
    before = [p for p, (g, _) in cast.referred.items() if p < here and g == gender]
    prev_pronoun = prev_pronoun_near = -1
    if before:
        p = max(before)
        prev_pronoun = cast.referred[p][1]
        if k - (bisect.bisect_right(starts, p) - 1) <= 3:
            prev_pronoun_near = prev_pronoun
    opens = not text[starts[k] if k >= 0 else 0 : here].strip(" \"“‘'(`")
    out: list[list[int]] = []
    for rank, i in enumerate(ids):
        c = seen[i]
        e = cast.entities[i]
        on = [_INDEX["rule"]] if i == pick else []
        d = k - c.last_sent if c.last >= 0 else 99
        on.append(
            _INDEX[
                "dist0"
                if d <= 0
                else "dist1"
                if d == 1
                else "dist2"
                if d == 2
                else "dist3_4"
                if d <= 4
                else "dist5"
            ]
        )
        if rank < 2:
            on.append(_INDEX["rank0" if rank == 0 else "rank1"])
        if c.last >= 0:
            on.append(
                _INDEX[
                    "last_speaker"
                    if c.last_w >= 2
                    else "last_subject"
                    if c.last_w == 1
                    else "last_object"
                ]
            )
            s0 = starts[c.last_sent] if c.last_sent >= 0 else 0
            if not text[s0 : c.last].strip(" \"“‘'(`"):
                on.append(_INDEX["initial"])
        if c.near_w >= 2:
            on.append(_INDEX["speaker_near"])
        if c.near_w >= 1 and d <= 2:
            on.append(_INDEX["subject_near"])
        if i == last_said:
            on.append(_INDEX["prev_quote"])
        if i in said_para:
            on.append(_INDEX["prev_quote_para"])
        n_said = said_count.get(i, 0)
        if n_said:
            on.append(_INDEX["has_said"])
            if n_said == top_said:
                on.append(_INDEX["most_said"])
        if c.count == top_count:
            on.append(_INDEX["most_mentioned"])
        if c.count >= 4:
            on.append(_INDEX["count4"])
        elif c.count >= 2:
            on.append(_INDEX["count2"])
        if e.gender == gender:
            on.append(_INDEX["gender_known"])
        if i == prev_first:
            on.append(_INDEX["prev_subject"])
        if i == own_first:
            on.append(_INDEX["own_subject"])
        if i == first_person:
            on.append(_INDEX["first_person"])
        if e.roles:
            on.append(_INDEX["has_role"])
        if n_said >= 2:
            on.append(_INDEX["said2"])
        if total_said >= 2 and 2 * n_said >= total_said:
            on.append(_INDEX["said_share"])
        if c.last >= 0 and 0 <= c.last_sent < len(paragraph_of):
            gap = para - paragraph_of[c.last_sent]
            if gap <= 1:
                on.append(_INDEX["para0" if gap <= 0 else "para1"])
        if i == nearest_subject and c.last_subject >= 0:
            on.append(_INDEX["nearest_subject"])
        if i == nearest_speaker and c.last_speaker >= 0:
            on.append(_INDEX["nearest_speaker"])
        if i == prev_pronoun:
            on.append(_INDEX["prev_pronoun"])
        if i == prev_pronoun_near:
            on.append(_INDEX["prev_pronoun_near"])
        if i == pick and d <= 0:
            on.append(_INDEX["rule_dist0"])
        if opens and i == prev_first:
            on.append(_INDEX["opens_prev_subject"])
        for word in e.words:  # (a plain loop, not any() over a generator: for speed)
            if len(word) > 2 and word.lower() in cast.title_words:
                on.append(_INDEX["in_title"])
                break
        if i in in_quote:
            on.append(_INDEX["in_quote"])
        out.append(on)
    return ids, out


def _named_after(cast: Cast, at: int, ids: list[int]) -> set[int]:
    """The candidates named as the subject that opens the clause after the pronoun at `at`
    and its verb ("He said Mr Blair had listened", "He said that Hale had …") or its
    verb's object ("He thanked Cole for …"): a name the pronoun's own clause governs is
    never the pronoun's referent. (Not read past an object: "She told reporters that Jo
    Hale …"; nor a name with a mark on it, "He said Hale, the chairman, had …": reading
    those too moved four PolNeAR train pronoun sources the wrong way, 1567 -> 1563.)"""
    words = cast.text[at : at + 80].split()[1:7]
    if not words or not words[0].isalpha():
        return set()  # "“…,” he said. Smith …": the sentence ends with the verb
    k = 1
    while k < len(words) and (words[k] == "that" or words[k].lower().rstrip(".") in TITLES):
        k += 1
    head: set[str] = set()
    for w in words[k : k + 2]:
        head.add(w)
        if not w.isalpha():
            break  # (a mark ends the subject: "He said Smith, …" / "Smith's")
    return {i for i in ids if cast.entities[i].words[-1] in head}


def choose(cast: Cast, gender: str, pos: int, at: int, pick: int | None) -> int | None:
    """The referent with the highest score (the rules' pick when there is no candidate)."""
    ids, feats = candidates(cast, gender, pos, at, pick)
    best, best_score = pick, -1e9
    quoted = _INDEX["in_quote"]
    after = _named_after(cast, at, ids) if len(ids) > 1 and at >= 0 else set()
    others = sum(1 for i, on in zip(ids, feats, strict=True) if quoted not in on and i not in after)
    for i, on in zip(ids, feats, strict=True):
        if others and (quoted in on or i in after):
            continue  # “I said to Harry …,” he said; he said Harry …: not Harry
        score = 0.0
        for j in on:
            score += _W[j]
        if score > best_score:
            best, best_score = i, score
    return best
