"""Quotation marks: the marks of each paragraph paired into quoted stretches, in every
common style (“…”, "…", ``…'', ''…'', «…», and ‘…’ when it is not an apostrophe). A
paragraph that reopens a mark without closing the one before continues the quotation
(the wire convention)."""

from __future__ import annotations

import bisect
import re
from typing import Final

from bot.articles.lexicon import (
    CUE_ADDRESSING_VERBS,
    GENDERED_PRONOUNS,
    LOST_CLOSE_PRONOUNS,
    SHORT_CUE_VERBS,
    alternation,
)
from bot.articles.model import Article

_DOUBLE_OPEN: Final = {"“", "«", "``"}
_STYLE: Final = {"“": "c", "”": "c", '"': "s", "``": "t", "''": "t", "«": "g", "»": "g"}
_CLOSERS: Final = {
    "“": {"”", '"'},
    "”": {"”", '"'},
    '"': {'"', "”"},
    "«": {"»"},
    "``": {"''", "”", '"'},
    "''": {"''", "”", '"'},
    "‘": {"’"},
}


class Span:
    """One quoted stretch: marks at open/close, quoted words at start:end. A plain class
    so that mypyc compiles its __init__."""

    __slots__ = ("close", "closed", "end", "open", "para", "start")

    def __init__(
        self, open: int, start: int, end: int, close: int, closed: bool, para: int
    ) -> None:
        self.open = open
        self.start = start
        self.end = end
        self.close = close
        self.closed = closed
        self.para = para

    def __repr__(self) -> str:
        marks = f"{self.open}, {self.start}, {self.end}, {self.close}"
        return f"Span({marks}, {self.closed}, {self.para})"


def _inner(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


def _mark_positions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, mark) of every quotation mark, found with str.find (C speed) rather
    than a regex that tests each character. A ’ only matters after a ‘ (otherwise it is
    an apostrophe), so texts without ‘ skip their apostrophes."""
    found: list[tuple[int, int, str]] = []
    for mark in _MARK_CHARS:
        if mark == "’" and "‘" not in text:
            continue
        width = len(mark)
        i = text.find(mark)
        while i >= 0:
            if mark == "''" and _nested_close(text, i):
                i += 1  # ''…'Trump is right,''': the inner ' closes first, then the outer ''
            found.append((i, i + width, mark))
            i = text.find(mark, i + width)
    found.sort()
    return found


def _nested_close(text: str, i: int) -> bool:
    """ "''…, 'Yeah, Trump is right,''' said": three marks after a word close a single
    quotation inside a double one (the inner ' first); not three that open one."""
    return (
        text.startswith("'", i + 2)
        and i > 0
        and not text[i - 1].isspace()
        and not text[i + 3 : i + 4].isalnum()
    )


QUOTE_CHARS: Final = frozenset("\"“”«»‘’'`")
_MARK_CHARS: Final = ('"', "“", "”", "«", "»", "‘", "’", "``", "''")


def _scan_marks(
    text: str, lo: int, hi: int, para: int, marks: list[tuple[int, int, str]]
) -> list[Span]:
    """Pair the quotation marks of one paragraph, text[lo:hi] (`marks`: those inside)."""
    spans: list[Span] = []
    kind: str | None = None
    opened = open_at = 0  # where the quoted words and their opening mark start

    def finish(close_at: int, close_end: int, closed: bool) -> None:
        if not closed:
            cue = _LOST_CLOSE.search(text, opened, close_at)
            if cue is not None:
                # “…, monetary policy is likely to wait, the organisation said in its
                # report. Growth …: a cue after a comma ends the quotation whose closing
                # mark was left out
                close_at = close_end = cue.start()
                closed = True
        a, b = _inner(text, opened, close_at)
        if b > a and _ALNUM.search(text, a, b) is not None:  # (no slice, no generator)
            spans.append(Span(open_at, a, b, close_end, closed, para))

    last_end = lo  # where the mark before ends
    for i, j, tok in marks:
        before = text[i - 1] if i > lo else " "
        after = text[j] if j < hi else " "
        free_from, last_end = last_end, j
        if kind is None:
            if _opens(tok, before, after) or (
                tok == '"' and before == " " == after and _spaced_open(text, lo, i, j, hi)
            ):
                kind, opened, open_at = tok, j, i
            elif tok in _ORPHAN_CLOSERS and before in ",?!" and after == " ":
                a = _orphan_start(text, free_from, i, j, hi)
                if a >= 0:
                    opened = open_at = a
                    finish(i, j, True)
            continue
        opening = (
            tok in ('"', "''", "“", "``")
            and before.isspace()
            and (after.isalnum() or after in "‘'[(")  # “[Alastair] will …”: an editor's words
        )
        reopen = False
        cue = None
        if opening:  # (only an opening mark reads what stands before it: read once)
            last = lc = last_char(text, lo, i)
            if lc in "'’" and i - 2 > lo:
                # “… to think: ‘This is not my day.’ “But then …”: a nested quotation's close
                lc = last_char(text, lo, text.rfind(lc, lo, i))
            reopen = lc in ".?!…"
            if last == ":":
                # “… a Muslim. He added: “The …”: a new sentence's colon cue opens the
                # next quotation; the one before was never closed, it ends before the cue
                cue = _COLON_CUE.search(text, opened, i)
        same_style = _STYLE.get(tok) == _STYLE.get(kind)
        if kind != "‘" and same_style and cue is not None:
            finish(cue.start() + 1, cue.start() + 1, False)
            kind, opened, open_at = tok, j, i
        elif kind != "‘" and same_style and (tok in _DOUBLE_OPEN or reopen) and before.isspace():
            finish(i, i, False)
            kind, opened, open_at = tok, j, i
        elif tok in _CLOSERS[kind]:
            if tok == "’" and after.isalpha():
                continue
            finish(i, j, True)
            kind = None
        elif kind == "‘" and tok in ('"', "”", "''"):
            kind = None  # the single mark was an apostrophe after all
            if _opens(tok, before, after):
                kind, opened, open_at = tok, j, i
    if kind is not None and kind != "‘":
        finish(hi, hi, False)
    return spans


# ", the organisation said in its report." inside a quotation that is never closed: a
# subject (a pronoun, "the" and a noun, or a name) and a reporting verb after a comma,
# ending the sentence
# a letter or a digit: what str.isalnum() holds for one character ([^\W_]: \w less "_")
_ALNUM: Final = re.compile(r"[^\W_]")
# the verb of a cue ("said", "told reporters"), shared by _LOST_CLOSE and _ORPHAN_CUE
_CUE_VERB: Final = (
    rf"(?:{alternation(SHORT_CUE_VERBS)}|(?:{alternation(CUE_ADDRESSING_VERBS)}) [a-z]+)"
)
_LOST_CLOSE: Final = re.compile(
    rf",(?= (?:{alternation(LOST_CLOSE_PRONOUNS)}|the [a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
    rf"{_CUE_VERB}"
    r"\b[^.\"“”!?]{0,60}\.\s)"
)


# ". He added: " right before a mark: a sentence of a subject (capitalised words, "He"
# or "They" among them, or a lower-case "he" or "she") and a reporting verb, maybe after
# an opening phrase and its comma (". Asked about the vote, Ms Hale said: ")
_COLON_CUE: Final = re.compile(
    r"[.!?] (?:[A-Z][^.!?:;\"“”]{0,150}?, )?"
    rf"(?:[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){{0,3}}|{alternation(GENDERED_PRONOUNS)}) "
    rf"(?:{alternation(SHORT_CUE_VERBS)}"
    rf"|(?:{alternation(CUE_ADDRESSING_VERBS)}) [a-z]+(?: [a-z]+)?)"
    r":\s*$"
)


# a closing mark with no opening one: the cue after it (“, he said”, “, said Ms Hale”)
_ORPHAN_CLOSERS: Final = frozenset('"”')
# a name of up to four capitalised words ("Labour MP Ann Rhys", "Sean McBride", "Jo
# O'Neill-Hart")
_CUE_NAME: Final = r"(?:Mc|O['’])?[A-Z][A-Za-z]*(?:-[A-Z][a-z]+)?"
_CUE_NAMES: Final = rf"{_CUE_NAME}(?: {_CUE_NAME}){{0,3}}"
_ORPHAN_CUE: Final = re.compile(
    rf" (?:(?:{alternation(LOST_CLOSE_PRONOUNS)}|the [a-z]+|{_CUE_NAMES}) {_CUE_VERB}"
    rf"|(?:{alternation(SHORT_CUE_VERBS)}) "
    rf"(?:{alternation(GENDERED_PRONOUNS)}|(?:[a-z]+ ){{0,2}}{_CUE_NAMES}))\b"
)
_SENTENCE_END: Final = re.compile(r"[.!?] (?=[A-Z])")


def _orphan_start(text: str, lo: int, i: int, j: int, hi: int) -> int:
    """ "… a surprise. It's come out of the blue," he said: a closing mark (at i:j) whose
    opening mark was left out, followed by a cue; the quotation is its whole sentence,
    which must open after the paragraph's last mark (lo) with a capital (so not in the
    sentence of a quotation before: “…”, then …," he said). Where its words start, else
    -1."""
    if _ORPHAN_CUE.match(text, j, hi) is None:
        return -1
    a = -1
    for m in _SENTENCE_END.finditer(text, lo, i):
        a = m.end()
    if a < 0:
        a = lo  # the paragraph's first sentence, or the words after the last mark
    return a if text[a : a + 1].isupper() and text.count(" ", a, i) >= 2 else -1


def last_char(text: str, lo: int, i: int) -> str:
    """The last non-space character of text[lo:i] ("" if none), without slicing."""
    while i > lo and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > lo else ""


def _spaced_open(text: str, lo: int, i: int, j: int, hi: int) -> bool:
    """ "the plan was " a worrying issue for the region"": a mark with a space on both
    sides opens a quotation after a word (a stray space after a closing mark follows the
    sentence's full stop: "… the football world. " England's …")."""
    return j + 1 < hi and text[j + 1].isalnum() and last_char(text, lo, i).isalnum()


def _opens(tok: str, before: str, after: str) -> bool:
    if tok in _DOUBLE_OPEN:
        return True
    if tok == '"':
        return not after.isspace() and not before.isalnum()
    if tok == "''":
        return not before.isalnum() and after.isalnum()
    if tok == "‘":  # not the elision of ‘08, ‘90s
        return not before.isalnum() and after.isalpha()
    if tok == "”":  # a mistyped opener
        return before.isspace() and after.isalnum()
    return False


def quote_spans(article: Article) -> list[Span]:
    """Every quoted stretch of the article, paragraph by paragraph."""
    text = article.text
    spans: list[Span] = []
    marks = _mark_positions(text)
    if not marks:
        return spans
    at = [m[0] for m in marks]
    for number, para in enumerate(article.paragraphs):
        a = bisect.bisect_left(at, para.start)
        b = bisect.bisect_left(at, para.end)
        while b > a and marks[b - 1][1] > para.end:
            b -= 1
        if b > a:
            spans.extend(_scan_marks(text, para.start, para.end, number, marks[a:b]))
    return spans


class Quoted:
    """The words inside the article's quotations, from quote_spans: for each stretch the
    characters between its opening mark and its closing one (to the paragraph's end, or
    to a lost closing, when it is never closed). Built once per article; `narrated`
    looks a window's tokens up by bisection."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str, spans: list[Span]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for sp in spans:
            # (an opening mark's width: none for a quotation whose mark was left out)
            lo = sp.open + (
                2
                if text.startswith(("``", "''"), sp.open)
                else 1
                if text[sp.open] in QUOTE_CHARS
                else 0
            )
            hi = sp.close
            if sp.closed:
                hi -= 2 if text.startswith("''", hi - 2) else 1
            if hi > lo:
                self.starts.append(lo)
                self.ends.append(hi)

    def inside(self, pos: int) -> bool:
        """Whether the character at pos lies inside a quotation."""
        k = bisect.bisect_right(self.ends, pos)
        return k < len(self.ends) and self.starts[k] <= pos
