"""Decoded article text -> Article: front matter, headline, subhead, byline, dateline,
paragraphs and sentences, all with offsets into the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

from bot.articles.lexicon import BYLINE_LINKS, BYLINE_WORDS, NEWS_AGENCIES, alternation
from bot.articles.model import Article, Paragraph, Sentence
from bot.articles.sentences import fold_space, sentence_spans


class ArticleError(ValueError):
    """The text cannot be used as an article; the message is the reason, for the log."""


FRONT_MATTER_KEYS = frozenset({"title", "subtitle", "byline", "source", "url", "published"})
_LEADING_DASH = re.compile(r"^[\s\-–—‒―]+")
_TERMINAL = tuple(".!?…:;\"'”’»)")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*[A-Z][A-Za-z.'’\- ]*)?)"
    r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"  # "WASHINGTON, Dec. 8 (UPI) —"
    r"(?:\s*\([^)\n]{1,40}\))?\s*(?::|—|–|\s-)\s+"
    # "New York (AFP) –": a place in title case before a listed news agency
    r"|(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*\((?i:"
    + "|".join(sorted(map(re.escape, NEWS_AGENCIES), key=len, reverse=True))
    + r")\)\s*(?:—|–|\s-)\s+"
)
_BYLINE_WORDS = re.compile(r"\b(" + alternation(BYLINE_WORDS) + r")\b", re.IGNORECASE)
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d")


def parse_article(text: str, *, key: str, path: str = "", modified: float = 0.0) -> Article:
    """Parse decoded text (BOM already removed). Raises ArticleError when unusable."""
    if not text.strip():
        raise ArticleError("empty file")
    meta, body_start, warnings = _front_matter(text)
    lines = list(_lines(text, body_start))
    index = _skip_blank(lines, 0)
    if index == len(lines) and not meta.get("title"):
        raise ArticleError("no text after the front matter")

    title = meta.get("title")
    if not title:
        title = fold_space(text[lines[index][0] : lines[index][1]])
        index += 1
    subtitle = meta.get("subtitle")
    byline = meta.get("byline")
    if not meta.get("title"):
        subtitle, byline, index = _header(text, lines, index, subtitle, byline)

    paragraphs, dateline = _paragraphs(text, lines[index:])
    published, date_warning = _published(meta.get("published"))
    if date_warning:
        warnings.append(date_warning)
    return Article(
        key=key,
        path=path,
        text=text,
        title=title,
        subtitle=subtitle,
        byline=byline,
        dateline=dateline,
        published=published,
        modified=modified,
        paragraphs=paragraphs,
        source=meta.get("source"),
        url=meta.get("url"),
        warnings=tuple(warnings),
    )


def _front_matter(text: str) -> tuple[dict[str, str], int, list[str]]:
    """Read a `---` block of `key: value` lines at the very top, if there is one."""
    if not re.match(r"---[ \t]*\r?\n", text):
        return {}, 0, []
    close = re.compile(r"^---[ \t]*$", re.MULTILINE)
    match = close.search(text, text.index("\n") + 1)
    if not match:
        raise ArticleError("front matter opened with '---' but never closed")
    meta: dict[str, str] = {}
    warnings: list[str] = []
    block = text[text.index("\n") + 1 : match.start()]
    for raw in block.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        name, sep, value = raw.partition(":")
        name = name.strip().lower()
        if not sep:
            raise ArticleError(f"front matter line is not 'key: value': {raw.strip()[:60]!r}")
        value = value.strip().strip("\"'").strip()
        if name in FRONT_MATTER_KEYS and value:
            meta[name] = fold_space(value)
        elif name not in FRONT_MATTER_KEYS:
            warnings.append(f"unknown front matter key {name!r} ignored")
    return meta, match.end(), warnings


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Spans of lines from `start`, trimmed; a blank line yields (-1, -1) as a separator."""
    position = start
    for line in text[start:].splitlines(keepends=True):
        content = line.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            s = position + len(content) - len(content.lstrip())
            yield s, s + len(stripped)
        else:
            yield -1, -1
        position += len(line)


def _header(
    text: str,
    lines: list[tuple[int, int]],
    index: int,
    subtitle: str | None,
    byline: str | None,
) -> tuple[str | None, str | None, int]:
    """Take an optional subhead then an optional byline after the headline."""
    index = _skip_blank(lines, index)
    content_after = lambda i: any(s >= 0 for s, _ in lines[i + 1 :])  # noqa: E731
    if index < len(lines) and content_after(index):
        line = text[lines[index][0] : lines[index][1]]
        dashed = bool(_LEADING_DASH.match(line)) and not line.startswith("--")
        wrapped = _continues_on_next_line(text, lines, index)
        if dashed or (_looks_like_subhead(line) and not _looks_like_byline(line) and not wrapped):
            subtitle = subtitle or fold_space(_LEADING_DASH.sub("", line))
            index = _skip_blank(lines, index + 1)
    if index < len(lines) and content_after(index):
        line = text[lines[index][0] : lines[index][1]]
        if _looks_like_byline(line):
            byline = byline or fold_space(line)
            index += 1
    return subtitle, byline, index


def _continues_on_next_line(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """The line is the start of hard-wrapped prose: the next line follows it directly
    and carries on in lower case."""
    if index + 1 >= len(lines) or lines[index + 1][0] < 0:
        return False
    return text[lines[index + 1][0]].islower()


def _skip_blank(lines: list[tuple[int, int]], index: int) -> int:
    while index < len(lines) and lines[index][0] < 0:
        index += 1
    return index


def _looks_like_subhead(line: str) -> bool:
    """A headline-like line: no closing punctuation, not too long, not a dateline."""
    words = line.split()
    return 3 <= len(words) <= 40 and not line.endswith(_TERMINAL) and not _DATELINE.match(line)


def _looks_like_byline(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 8 or line.endswith(_TERMINAL[:6]):
        return False
    if re.match(r"(?i)by\s+\S", line):
        return True
    capitalised = all(w[:1].isupper() or w.lower() in BYLINE_LINKS for w in words)
    return capitalised and (bool(_BYLINE_WORDS.search(line)) or len(words) <= 4)


def _paragraphs(
    text: str, lines: list[tuple[int, int]]
) -> tuple[tuple[Paragraph, ...], str | None]:
    """Group lines into paragraphs, split the dateline off the first, split sentences."""
    spans = _paragraph_spans(text, lines)
    dateline = None
    paragraphs: list[Paragraph] = []
    sentence_index = 0
    for number, (start, end) in enumerate(spans):
        if number == 0:
            match = _DATELINE.match(text, start, end)
            if match and match.end() < end:
                dateline = (match.group("place") or match.group("town")).strip().rstrip(",")
                start = match.end()
        sentences = []
        for s, e in sentence_spans(text, start, end):
            sentences.append(Sentence(fold_space(text[s:e]), s, e, number, sentence_index))
            sentence_index += 1
        paragraphs.append(Paragraph(start, end, tuple(sentences)))
    return tuple(paragraphs), dateline


def _paragraph_spans(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One paragraph per line, unless a blank-line block is hard-wrapped prose."""
    blocks: list[list[tuple[int, int]]] = [[]]
    for span in lines:
        if span[0] < 0:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(span)
    out: list[tuple[int, int]] = []
    for block in blocks:
        if not block:
            continue
        wrapped = any(not text[s:e].endswith(_TERMINAL) for s, e in block[:-1])
        if wrapped:
            out.append((block[0][0], block[-1][1]))
        else:
            out.extend(block)
    return out


def _published(value: str | None) -> tuple[datetime | None, str | None]:
    if not value:
        return None, None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None, f"published date {value[:40]!r} not understood; using the file time"
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed, None
