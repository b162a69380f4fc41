"""Small wording helpers shared by replies, logs and the console (Discord-free)."""

from __future__ import annotations


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """ "1 article", "2 articles", "1,000 people" (with `plural_form`)."""
    word = noun if count == 1 else (plural_form or noun + "s")
    return f"{count:,} {word}"


# A user's own quotation marks around the whole of what they typed: "words", “words”.
_QUOTE_PAIRS = {'"': '"', "“": "”", "”": "”", "„": "“"}
_DOUBLE_MARKS = frozenset('"“”„')


def unquoted(text: str) -> str:
    """The text without one pair of double quotation marks around all of it, so that a
    reply quoting it back does not show two pairs (“"words"”). A text with other double
    marks inside ("a" and "b") is kept whole: its marks do not pair at the ends."""
    stripped = text.strip()
    if len(stripped) < 2 or _QUOTE_PAIRS.get(stripped[0]) != stripped[-1]:
        return text
    inner = stripped[1:-1]
    return text if any(c in _DOUBLE_MARKS for c in inner) else inner.strip()


def sentence_case(text: str) -> str:
    """A question typed in lower case as a title ("who is the chancellor?" → "Who is the
    chancellor?"); a first word with a capital anywhere ("iPod") is left as typed."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not first or not first.islower() or not first[0].isalpha():
        return text
    start = text.index(first)
    return text[:start] + first[0].upper() + text[start + 1 :]
