"""Text statistics for ranking sentences: content terms, light stemming, term weights and
how much of a sentence is quotation.

Plain standard library and cheap on purpose: the summarizer tokenises every sentence of
an article, and a 5,000-sentence article must still be summarised in milliseconds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from bot.articles.lexicon import S_NOT_PLURAL, TOPICLESS_WORDS

_BREAK = "\x00"  # joins texts in `terms_of`; NUL never survives the loader
# Punctuation and symbols stripped from a whitespace-separated token's edges.
_EDGE = "\"'“”‘’«»()[]{}<>.,;:!?…*#@&%$£€¥+=/\\|~^_-–—"
_INNER_BREAK = re.compile(r"[-–—/\\…]+|\.{2,}")
_SPLIT = re.compile(r"[-–—/\\…]|\.\.")
_VOWEL = re.compile(r"[aeiouy]")
# Derivational and inflectional endings, longest first; (suffix, replacement).
_SUFFIXES = (
    ("ization", "ize"),
    ("isation", "ize"),
    ("fulness", "ful"),
    ("iveness", "ive"),
    ("ousness", "ous"),
    ("nesses", ""),
    ("ments", "ment"),
    ("ities", "ity"),
    ("ising", "ize"),
    ("izing", "ize"),
    ("ness", ""),
    ("ings", ""),
    ("ised", "ize"),
    ("ized", "ize"),
    ("ises", "ize"),
    ("izes", "ize"),
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ers", "er"),
    ("ed", ""),
    ("ly", ""),
    ("es", "e"),
    ("s", ""),
)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match "talks"/"talked"/"talking".

    Not Porter: it only needs to put inflections of one word together within an
    article, and it must never merge unrelated short words, so stems keep at least three
    letters and a vowel.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word in S_NOT_PLURAL or word.endswith(("ss", "us", "is", "ous")):
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix):
            base = word[: -len(suffix)] + repl
            if len(base) < 3 or not _VOWEL.search(base[:-1] or base):
                continue
            doubled = len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz"
            if suffix in ("ing", "ed") and doubled:  # stopped -> stop; but fall, pass
                base = base[:-1]
            if suffix == "es" and word.endswith(("sses", "xes", "ches", "shes")):
                base = word[:-2]  # classes, taxes, churches: no silent e to keep
            return base
    return word


def _term(token: str) -> str:
    """The terms a whitespace-separated token stands for, space-separated: "" for a
    function word or bare punctuation, one term for a word, several for a compound.

    Edge punctuation goes ("Geneva," "(£600m)"); a compound is split at its hyphens,
    dashes and slashes (US-headed -> "us head"); an all-capital acronym (US, UN, IT) is
    kept even when its lowercase is a stopword. The text break stands for itself.
    """
    if token == _BREAK:
        return token
    core = token.strip(_EDGE)
    if _SPLIT.search(core):
        return " ".join(filter(None, map(_term, _INNER_BREAK.split(core))))
    if len(core) >= 2 and core.isupper() and core.isalpha():
        return core.lower()
    core = core.lower().replace("’", "'")
    if core.endswith("'s"):
        core = core[:-2]
    if not core or core in TOPICLESS_WORDS or (len(core) == 1 and not core.isdigit()):
        return ""
    return stem(core)


# token -> terms. A plain dict, filled in bulk, because the hot path must stay in C.
_TERMS: dict[str, str] = {}
_TERMS_LIMIT = 1 << 17  # about 20 MB at most


def terms(text: str) -> list[str]:
    """Content terms of a text, in order, repeats kept: stems of non-function words."""
    return terms_of([text])[0]


def terms_of(texts: Sequence[str]) -> list[list[str]]:
    """`terms` of each of many texts (the sentences of an article), in one pass.

    The texts are joined, split at white space, looked up in a token cache, joined
    again and cut at the breaks, all in C loops; only tokens never seen before run
    Python code. A 5,000-sentence article must tokenise in milliseconds, which a regex
    per sentence does not.
    """
    if not texts:
        return []
    joined = f" {_BREAK} ".join(texts)
    if joined.count(_BREAK) != len(texts) - 1:  # a text holds the marker itself
        joined = f" {_BREAK} ".join(text.replace(_BREAK, " ") for text in texts)
    tokens = joined.split()
    new = set(tokens).difference(_TERMS)
    if new:
        if len(_TERMS) + len(new) > _TERMS_LIMIT:  # bounded memory in a long-lived bot
            _TERMS.clear()
            new = set(tokens)
        _TERMS.update((token, _term(token)) for token in new)
    try:
        found = " ".join(map(_TERMS.__getitem__, tokens))
    except KeyError:  # another thread cleared the cache meanwhile: do without it
        found = " ".join(map(_term, tokens))
    return [part.split() for part in found.split(_BREAK)]


def idf_weights(counts: Mapping[str, int], n: int, wanted: Iterable[str]) -> dict[str, float]:
    """Inverse sentence frequency of the `wanted` terms among `n` sentences (smoothed,
    always > 0), from `counts`, the number of times each term occurs in them.

    Occurrences stand in for sentences: a content word rarely repeats within one
    sentence, and counting occurrences is one C-level pass over the article. A term in
    every sentence still weighs a little: it says what the article is about, but it
    cannot tell two sentences apart.
    """
    present = sorted(set(wanted).intersection(counts))  # sorted: sums are reproducible
    if not present:
        return {}
    top = max(map(counts.__getitem__, present))
    by_count = [0.0, *(math.log((n + 1) / min(c, n)) + 0.1 for c in range(1, top + 1))]
    weights = map(by_count.__getitem__, map(counts.__getitem__, present))
    return dict(zip(present, weights, strict=True))


_QUOTE_MARK = re.compile(r"[\"“”«»‘’]")


def quoted_fractions(
    text: str, spans: Sequence[tuple[int, int]], paragraphs: Sequence[int]
) -> list[float]:
    """The share of each sentence span of `text` that lies inside quotation marks.

    Spans are in text order, each with its paragraph number. A quotation left open at the
    end of a sentence continues into the next one (a multi-sentence quote), but not into
    the next paragraph. Straight double quotes alternate open/close; a single curly quote
    counts only at a word's edge (so don’t and it’s are apostrophes). One regex pass per
    run of adjacent paragraphs, so text between runs is never read.
    """
    return [share for share, _ in quotation_states(text, spans, paragraphs)]


def quotation_states(
    text: str, spans: Sequence[tuple[int, int]], paragraphs: Sequence[int]
) -> list[tuple[float, bool]]:
    """For each sentence span: its quoted share (as `quoted_fractions`), and whether a
    quotation it leaves open runs on into the next sentence of the same paragraph
    (`“We tried. Nothing worked,” he said.`: the first sentence alone stops mid-speech)."""
    out: list[tuple[float, bool]] = []
    first = 0
    for last in range(len(spans)):
        if last + 1 == len(spans) or paragraphs[last + 1] - paragraphs[last] > 1:
            out.extend(_quoted_run(text, spans[first : last + 1], paragraphs[first : last + 1]))
            first = last + 1
    return out


def _quoted_run(
    text: str, spans: Sequence[tuple[int, int]], paragraphs: Sequence[int]
) -> list[tuple[float, bool]]:
    """`quotation_states` for the sentences of adjacent paragraphs, in one regex pass.

    A sentence that opens on a double quotation mark (" or “) starts a quotation of its
    own (news copy reopens a long quotation at each paragraph without closing it): the
    one before does not run on into it. The shares keep the plain alternation the
    summary model was fitted on."""
    marks = [
        (m.start(), m.group())
        for m in _QUOTE_MARK.finditer(text, spans[0][0], spans[-1][1])
        if _is_quote_mark(text, m.start())
    ]
    shares: list[float] = []
    open_at_end: list[bool] = []
    fresh: list[bool] = []  # opens on a quotation mark
    k = 0
    inside = reopened = False
    previous = paragraphs[0]
    for (start, end), paragraph in zip(spans, paragraphs, strict=True):
        if paragraph != previous:
            inside = reopened = False
            previous = paragraph
        fresh.append(text[start : start + 1] in ('"', "“"))
        if fresh[-1]:
            reopened = False
        quoted = 0
        cursor = start
        while k < len(marks) and marks[k][0] < end:
            pos, ch = marks[k]
            k += 1
            if inside and pos > cursor:
                quoted += pos - cursor
            inside = ch in "“«‘" or (ch == '"' and not inside)
            reopened = ch in "“«‘" or (ch == '"' and not reopened)
            cursor = max(pos + 1, start)
        if inside:
            quoted += end - cursor
        shares.append(quoted / (end - start) if end > start else 0.0)
        open_at_end.append(reopened)
    runs_on = [
        open_at_end[i] and paragraphs[i + 1] == paragraphs[i] and not fresh[i + 1]
        for i in range(len(spans) - 1)
    ]
    return list(zip(shares, [*runs_on, False], strict=True))


def _is_quote_mark(text: str, pos: int) -> bool:
    """Double quotes always; ‘ only before a word, ’ only after one and not inside it."""
    ch = text[pos]
    if ch == "‘":
        return pos == 0 or not text[pos - 1].isalnum()
    if ch == "’":
        return pos + 1 >= len(text) or not text[pos + 1].isalnum()
    return True
