"""Tokens for attributing speech: the words and punctuation of a window of text with
their positions, built at C speed where possible, and the small scans around a position
(the word before it, a determiner or a form of "be" before a verb)."""

from __future__ import annotations

import re
from typing import Final

from bot.articles.lexicon import ABBREVIATIONS, NOUN_MARKERS, PRONOUNS_ALL

_TOKEN: Final = re.compile(r"[^\W_][\w’'\-/&]*(?:\.[^\W_][\w’'\-/&]*)*\.?|[^\w\s]")


class Tok:
    """A word or punctuation mark of a window: its text, where it starts and ends in the
    article, and its lower case. A plain class with slots: mypyc compiles it to a native
    class whose fields are C struct reads, and as Python it builds as fast as the tuple
    it replaced."""

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int, low: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = low

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tok):
            return NotImplemented
        mine = (self.text, self.start, self.end, self.low)
        return mine == (other.text, other.start, other.end, other.low)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end, self.low))

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end}, {self.low!r})"


def tokenize(text: str, lo: int, hi: int) -> list[Tok]:
    """Words and punctuation of text[lo:hi]; a sentence-final dot is split off a word
    unless the word is an abbreviation, and "he's" splits into "he" + "'s".

    Tokens never span whitespace, so the window is split at C speed and the common
    chunks (a word, a word with one trailing "," "." ")" … or one leading "“" "(") are
    cut by hand; only the rest (numbers, apostrophes, dotted names) go through the
    token regex. The result is the same as the regex's over the whole window."""
    chunk = text[lo:hi]
    if "_" in chunk:
        return tokenize_slow(text, lo, hi)
    out: list[Tok] = []
    append = out.append
    # split at each space, a word's position follows from the lengths before it; a
    # piece with other whitespace in it (a tab, a no-break space) takes the regex path
    # below, as any uncommon word does
    pos = lo
    for w in chunk.split(" "):
        s = pos
        e = s + len(w)
        pos = e + 1  # past the space after the word
        if not w:
            continue  # between two spaces
        # the token regex treats digits as it treats letters, and a lone character
        # (but whitespace) or a hyphenated word ("ex-minister") is one token too
        if w.isalnum() or (len(w) == 1 and not w.isspace()):
            append(Tok(w, s, e, w.lower()))
            continue
        core = w[:-1]
        if core.isalnum():
            last = w[-1]
            if last in _TRAILING:
                append(Tok(core, s, e - 1, core.lower()))
                append(Tok(last, e - 1, e, last))
                continue
            if last == ".":
                low = core.lower()
                if low in ABBREVIATIONS or len(core) == 1:
                    append(Tok(w, s, e, low))
                else:
                    append(Tok(core, s, e - 1, low))
                    append(Tok(".", e - 1, e, "."))
                continue
        elif w[0] in _LEADING and w[1:].isalnum():
            append(Tok(w[0], s, s + 1, w[0]))
            append(Tok(w[1:], s + 1, e, w[1:].lower()))
            continue
        elif w[0].isalnum() and w.replace("-", "").isalnum():
            append(Tok(w, s, e, w.lower()))
            continue
        elif w[-2:] in _POSSESSIVE and w[:-2].isalnum():
            # "Labour's", "BBC’s": one word, as the regex path makes it (but a pronoun's
            # "he's", or a word whose lower case changes length, which it splits or cuts)
            low = w.lower()
            if len(low) == len(w) and low[:-2] not in PRONOUNS_ALL:
                append(Tok(w, s, e, low))
                continue
        out += tokenize_regex(text, s, e)
    return out


# the tokens of the windows of the article read last: (its text, (lo, hi) -> tokens),
# rebound as one tuple, so a thread reads one text's entry or another's, never a mix
_SHARED: tuple[str, dict[tuple[int, int], list[Tok]]] = ("", {})


def shared_tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """tokenize(text, lo, hi), kept while the same text is read: a quote's sentence is
    read for its subject, its opening phrase, its first person … by several rules, each
    of which would tokenize it again. The list is shared: callers must not change it."""
    global _SHARED
    entry = _SHARED  # read once: another thread may rebind it
    if entry[0] is not text:
        entry = _SHARED = (text, {})
    cache = entry[1]
    toks = cache.get((lo, hi))
    if toks is None:
        toks = cache[(lo, hi)] = tokenize(text, lo, hi)
    return toks


_TRAILING: Final = frozenset(',;:?!)”"')
_LEADING: Final = frozenset('“"(‘')
_POSSESSIVE: Final = ("'s", "’s")


def tokenize_regex(text: str, lo: int, hi: int) -> list[Tok]:
    """tokenize by regex: `findall` with the preceding whitespace as a group returns
    plain strings (no match objects), and positions follow from their lengths; every
    character is space or part of a token, except "_", which takes the slower path."""
    if "_" in text[lo:hi]:
        return tokenize_slow(text, lo, hi)
    out: list[Tok] = []
    pos = lo
    for space, word in _SPACED_TOKEN.findall(text, lo, hi):
        s = pos + len(space)
        pos = s + len(word)
        _add_token_word(out, word, s, pos)
    return out


def _add_token_word(out: list[Tok], word: str, s: int, e: int) -> None:
    """Append the tokens of one match of _TOKEN at text[s:e]: a sentence-final dot
    splits off unless the word is an abbreviation or initial; apostrophes go to
    _word_tokens."""
    if e - s == 1:
        out.append(Tok(word, s, e, word.lower()))
        return
    if word[-1] == ".":
        core = word[:-1]
        low = core.lower()
        if not (low in ABBREVIATIONS or len(core) == 1 or "." in core):
            out.append(Tok(core, s, e - 1, low))
            out.append(Tok(".", e - 1, e, "."))
            return
        if "'" not in low and "’" not in low:
            out.append(Tok(word, s, e, low))
            return
    low = word.lower()
    if "'" not in low and "’" not in low:
        out.append(Tok(word, s, e, low))
        return
    out.extend(_word_tokens(word, s, e, low))


def _word_tokens(word: str, s: int, e: int, low: str) -> list[Tok]:
    """The tokens of one word with an apostrophe: Now'' (a closing mark), he's, Obama's."""
    if word.endswith("''"):  # Now'' — a closing `` '' `` mark, not part of the word
        core = word.rstrip("'")
        k = s + len(core)
        return [
            Tok(core, s, k, core.lower()),
            Tok(word[len(core) :], k, e, word[len(core) :]),
        ]
    cut = _contraction(low)
    if cut:
        return [
            Tok(word[:cut], s, s + cut, low[:cut]),
            Tok(word[cut:], s + cut, e, low[cut:]),
        ]
    return [Tok(word, s, e, low.rstrip("."))]


def tokenize_slow(text: str, lo: int, hi: int) -> list[Tok]:
    """tokenize with match objects, for the rare text with "_" (which no token covers)."""
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, lo, hi):
        _add_token_word(out, m.group(), m.start(), m.end())
    return out


_SPACED_TOKEN: Final = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")


def noun_before(text: str, lo: int, pos: int) -> bool:
    """Whether text[lo:pos] ends with a determiner, a form of "be" or a possessive and
    then space: "the claims", "was told", "Obama's remarks" (a regex search only over
    the few characters a marker may take, not over the window)."""
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end in (pos, lo):
        return False
    if end - 2 >= lo and text[end - 2 : end] in ("'s", "’s"):
        return True
    # the word before: its letters (\w, as str.isalnum or "_") up to one more than the
    # longest marker has, found by one search at C speed rather than a walk back in Python
    word = _WORD_END.search(text, end - _MARKER_CHARS - 1 if end > _MARKER_CHARS else 0, end)
    return word is not None and word.start() >= lo and word.group() in NOUN_MARKERS


_MARKER_CHARS: Final = max(len(w) for w in NOUN_MARKERS)
# the word characters that end a window (searched in the last _MARKER_CHARS + 1)
_WORD_END: Final = re.compile(r"\w+\Z")


def prev_word(text: str, lo: int, pos: int) -> str | None:
    """The lower-case word (from its first a-z letter) that text[lo:pos] ends with,
    followed by spaces or tabs; None when it ends otherwise."""
    if pos <= lo or text[pos - 1] not in " \t":
        return None  # the cheap test first: no space or tab before pos
    end = pos - 1
    while end > lo and text[end - 1] in " \t":
        end -= 1  # (mostly none: one space before pos)
    if end == lo:
        return None  # only spaces
    # the word read backwards, up to its leftmost a-z letter: one anchored match at C
    # speed on the window reversed by one slice (a walk back in Python cost about half as
    # much again)
    m = _REVERSED_WORD.match(text[end - 1 : lo - 1 if lo else None : -1])
    return text[end - m.end() : end] if m is not None else None


# a word's characters (letters of any script, digits, "_", "-") read backwards, to the
# last a-z one
_REVERSED_WORD: Final = re.compile(r"[\w-]*[a-z]")


_CONTRACTED: Final = re.compile(r"(?:['’](?:s|re|ll|ve|d|m))$")


def _contraction(low: str) -> int:
    """Where "he's"/"it’s"/"they’re" splits; 0 when the word is no such contraction."""
    m = _CONTRACTED.search(low)
    if m and low[: m.start()] in PRONOUNS_ALL:
        return m.start()
    return 0
