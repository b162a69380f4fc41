"""Word tokens for search: case and accents folded, numbers kept whole, stop words known.

The index and the queries must cut and fold text the same way, so both go through
`tokens()` (or `tokens_bytes()`, its faster twin for building the index); `token_spans()`
gives the same words with their offsets in the original text, for bolding matched words.

Rules: a word is a run of letters and digits; apostrophes inside a word and a possessive
"'s" are dropped ("Russia's" -> "russia", "don't" -> "dont"); commas vanish so thousands
separators keep a number whole ("100,000" -> "100000"); every other mark separates words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from bot.articles.lexicon import CAPITAL_NAMES, STOP_WORDS

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining
_COMBINING = re.compile(f"[{_MARKS}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SPAN_PART = rf"[^\W_](?:[^\W_]|[{_MARKS}])*"
_SPAN_WORD = re.compile(rf"{_SPAN_PART}(?:['’,]+{_SPAN_PART})*")
_POSSESSIVE = re.compile(r"'s\b")  # a literal first: the regex engine skips ahead fast
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]")
# Bytes table for ASCII text: letters and digits stay, every other ASCII byte is a space.
# The record separator survives as a word of its own: it marks where texts were joined.
_SEPARATOR_CHAR = "\x1e"
_SEPARATOR = _SEPARATOR_CHAR.encode()
_SEPARATOR_PADDED = f" {_SEPARATOR_CHAR} "
_ASCII_TABLE = bytes(
    c if chr(c).isalnum() or chr(c) == _SEPARATOR_CHAR else 32 for c in range(128)
) + bytes(range(128, 256))

STOP_BYTES = frozenset(word.encode() for word in STOP_WORDS)
# "US" written in capitals is a name, searched as "usa"; "us" is a stop word.
_CAPITAL_NAME = re.compile(
    r"(?<![\w'’])(?:" + "|".join(map(re.escape, CAPITAL_NAMES)) + r")(?!\w|['’](?!s\b))"
)


def is_stop(word: str) -> bool:
    """A stop word as written: "us" is one, "US" (the country) is not."""
    if word[-2:] in ("'s", "’s"):
        word = word[:-2]
    return word not in CAPITAL_NAMES and fold(word) in STOP_WORDS


def _capital_names(text: str) -> str:
    """The capitalised names that fold to a stop word spelled as their index word."""
    if not any(name in text for name in CAPITAL_NAMES):
        return text
    return _CAPITAL_NAME.sub(lambda m: CAPITAL_NAMES[m.group()], text)


def fold(text: str) -> str:
    """Lower-case and strip accents ("Zürich" -> "zurich"); ASCII text takes a fast path."""
    text = text.casefold()
    if text.isascii():
        return text
    # casefold again: NFKD can give capitals casefold left alone ("ᴬ" -> "A")
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.replace("’", "'"))).casefold()


def _prepare(folded: str) -> str:
    """Drop possessives, inner apostrophes and commas, as every path must."""
    if "'" in folded:
        folded = _POSSESSIVE.sub(_drop_possessive, folded).replace("'", "")
    if "," in folded:
        folded = folded.replace(",", "")
    return folded


def _drop_possessive(match: re.Match[str]) -> str:
    """ "'s" after a word goes ("Russia's" -> "Russia"); a lone "'s" stays a word."""
    at = match.start()
    return "" if at and match.string[at - 1].isalnum() else match.group()


def tokens_bytes(text: str) -> list[bytes]:
    """The index words of a text as UTF-8 bytes, in order (stop words included).

    Bytes because translating bytes is C-speed: the index build spends most of its time
    here. Non-ASCII words are cut again at non-ASCII punctuation ("£5m" -> "5m")."""
    if _SEPARATOR_CHAR in text:
        text = text.replace(_SEPARATOR_CHAR, " ")
    return _raw_tokens(text)


def _raw_tokens(text: str) -> list[bytes]:
    text = _capital_names(text)
    if text.isascii():
        folded = _prepare(text.lower())
    else:
        # Non-ASCII marks (dashes, curly quotes, currency, "™") separate words like ASCII
        # ones, before folding (NFKD would spell "™" as "TM") and after ("½" -> "1⁄2").
        folded = _prepare(fold(_separate(text.replace("’", "'"))))
        folded = _separate(folded)
    return folded.encode().translate(_ASCII_TABLE).split()


def _separate(text: str) -> str:
    for ch in set(_NON_ASCII.findall(text)):
        if not ch.isalnum() and not _COMBINING.match(ch):
            text = text.replace(ch, " ")
    return text


def tokens_per_text(texts: Sequence[str]) -> list[list[bytes]]:
    """`tokens_bytes` of each text, computed in one pass over all of them (a sentence
    at a time costs a function call and a dozen string operations each)."""
    if not texts:
        return []
    joined = _SEPARATOR_PADDED.join(texts)
    if joined.count(_SEPARATOR_CHAR) != len(texts) - 1:  # the mark in a text: rare, slow
        return [tokens_bytes(text) for text in texts]
    words = _raw_tokens(joined)
    out: list[list[bytes]] = []
    start = 0
    for _ in range(len(texts) - 1):
        end = words.index(_SEPARATOR, start)
        out.append(words[start:end])
        start = end + 1
    out.append(words[start:])
    return out


def tokens(text: str) -> list[str]:
    """The index words of a text, in order (stop words included)."""
    return [word.decode() for word in tokens_bytes(text)]


def norm_token(raw: str) -> str:
    """One word as matched by `token_spans` -> its index form."""
    return _prepare(fold(_capital_names(raw)))


def token_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, index word) for each word of `text`, offsets into `text` itself;
    the words are exactly `tokens(text)`."""
    for match in _SPAN_WORD.finditer(text):
        word = norm_token(match.group())
        if word.isalnum():
            yield match.start(), match.end(), word
        else:  # folding made marks ("½" -> "1⁄2"): the span stands for each word in it
            for part in tokens(match.group()):
                yield match.start(), match.end(), part


def split_phrases(query: str) -> tuple[list[str], str]:
    """Quoted phrases of a query (straight or curly quotes), and the rest of it."""
    phrases = [m.group(1).strip() for m in _QUOTED.finditer(query) if m.group(1).strip()]
    rest = _QUOTED.sub(" ", query)
    return phrases, rest
