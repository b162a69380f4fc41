"""Sentence splitting for news prose, returning spans so offsets stay exact.

A boundary is terminal punctuation (. ! ? …), any closing quotes or brackets, white
space, then something that can open a sentence (a capital, a digit, an opening quote);
not an ellipsis inside a quotation the sentence opened (a pause in the speech).
A quotation mark with a stray space before it (`year. " Hale said`) still closes the
sentence when it closes an open quotation, and opens the next one otherwise.
Known traps are ruled out: titles and abbreviations (Mr, Gen., Sept.), initials
(J. K. Rowling), dotted acronyms (U.S.) unless a typical sentence opener follows, and
decimals or money ($1.13bn), which have no space after the dot.
"""

from __future__ import annotations

import re

from bot.articles.lexicon import SENTENCE_ABBREVIATIONS, SENTENCE_OPENERS

# A quotation mark set off by a stray space (`year. " Hale said`, `said. " We`) closes the
# sentence before it or opens the one after: group 3, or the lookahead's first quote.
_BOUNDARY = re.compile(
    r"""([.!?…]+)([\"'”’»)\]]*)((?:\s+[\"”](?=\s))?)(\s+)"""
    r"""(?=(?:[\"“]\s+)?[\"“‘'«(\[]*[A-Z0-9À-ÖØ-Þ])"""
)
_NEXT_WORD = re.compile(r"[\"“‘'«(\[]*([A-Za-z]+)")
_LAST_WORD = re.compile(r"\S+$")  # looked for in a short window: linear time, any space
_OPENING_PUNCT = "\"'“‘«(["


def _is_false_boundary(text: str, stop_start: int, stop: str, closers: str, after: int) -> bool:
    """True when the dot at `stop_start` ends an abbreviation, initial or acronym."""
    if stop != "." or closers:
        return False
    last = _LAST_WORD.search(text, max(0, stop_start - 40), stop_start)
    word = last.group().lstrip(_OPENING_PUNCT) if last else ""
    if not word:
        return False
    if "." in word and all(len(part) == 1 and part.isalpha() for part in word.split(".")):
        nxt = _NEXT_WORD.match(text, after)  # U.S. Army (no end) / the U.S. The (end)
        return not (nxt and nxt.group(1).lower() in SENTENCE_OPENERS)
    if word.lower() in SENTENCE_ABBREVIATIONS:
        return True
    # An initial: a lone capital letter (J. K. Rowling, George W. Bush).
    return len(word) == 1 and word.isupper()


def _after_open_mark(text: str, start: int, mark: int) -> bool:
    """Whether the straight quotation mark at `mark` follows an opening one (`"Word`), so
    closes it. The nearest earlier mark decides, not their count: news copy opens each
    paragraph of a long quotation again without closing the one before."""
    last = text.rfind('"', start, mark)
    return last >= 0 and text[last + 1 : last + 2].isalnum()


def _quote_open(text: str, start: int, at: int) -> bool:
    """Whether a quotation opened in text[start:at] is still open at `at` (curly marks
    paired, straight ones counted): an ellipsis there is a pause inside the quotation."""
    curly = text.count("“", start, at)
    if curly:
        return curly > text.count("”", start, at)
    return text.count('"', start, at) % 2 == 1


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in text[start:end], each trimmed of surrounding space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if match.start() < cursor:
            continue
        stop, closers, spaced = match.group(1), match.group(2), match.group(3)
        opening = spaced.endswith('"') and not _after_open_mark(text, start, match.end(3) - 1)
        closers = closers if opening else closers + spaced
        if _is_false_boundary(text, match.start(1), stop, closers, match.end()):
            continue
        if (
            not closers
            and (stop[-1] == "…" or stop.endswith(".."))
            and _quote_open(text, cursor, match.start(1))
        ):
            continue  # “We tried everything... Nothing worked,” he said: a pause, no end
        spans.append((cursor, match.end(2) if opening else match.end(3)))
        cursor = match.end(3) - 1 if opening else match.end()
    spans.append((cursor, end))
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def fold_space(text: str) -> str:
    """Collapse runs of white space (including newlines of wrapped lines) to one space."""
    if "  " not in text and "\n" not in text and "\t" not in text and "\r" not in text:
        return text.strip()  # the common case, checked at C speed
    return " ".join(text.split())
