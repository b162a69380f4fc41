"""A web page (or a feed entry's own content) -> the parts of an article file.

Stable API::

    extract_article(page_bytes_or_text, url=final_url,
                    fallback=EntryText(title=..., content=entry_html, author=...,
                                       published=..., site=...))  -> ExtractedArticle
    extract_article(None, fallback=entry)   # no page (fetch failed): the entry alone
    raises ExtractError(reason) when neither gives an article

The page goes through trafilatura (main text, title, author, date, site name). The feed
entry's content is the fallback when extraction finds nothing or much less than the
entry itself carries (a teaser page, a paywall, a script-built page). Trafilatura is
CPU-bound and synchronous: async callers run this in a thread. Calls are serialised
by a lock: trafilatura shares lxml parser objects between calls, and two threads
extracting at once crashed the interpreter (double free) in testing.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

# trafilatura and lxml (with htmldate, courlan, justext and their own imports) are
# imported where a page is first read, not with the bot: they were a tenth of every
# start's imports, `python -m bot ask` and `inspect` included, which read no pages.

log = logging.getLogger(__name__)

# Below this many words the result is a stub, a gallery or an index page, not an article.
MIN_WORDS = 25
# Extraction "much shorter" than the feed entry: the entry wins.
FALLBACK_RATIO = 0.5
_SPACE = re.compile(r"\s+")
_BLOCK_TAG = re.compile(
    r"(?i)<\s*/?\s*(?:p|div|br|li|h[1-6]|blockquote|tr|section|article|ul|ol|table|"
    r"figure|figcaption|pre|header|footer|hr)\b[^>]*>"
)
_BYLINE_PREFIX = re.compile(r"(?i)^(?:by|von|par|por|di)\s+")
_ONE_AT_A_TIME = threading.Lock()


class ExtractError(ValueError):
    """No article could be extracted; the message is a one-line reason for a user."""


@dataclass(frozen=True, slots=True)
class EntryText:
    """What a feed entry says about its article: the fallback to the page."""

    title: str | None = None
    content: str | None = None  # HTML or plain text
    author: str | None = None
    published: str | None = None  # ISO 8601
    site: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    title: str
    paragraphs: tuple[str, ...]
    byline: str | None = None
    published: str | None = None  # ISO 8601 date or date-time, as found
    site: str | None = None
    url: str | None = None
    from_entry: bool = False  # the body is the feed entry's, not the page's

    @property
    def word_count(self) -> int:
        return sum(word_count(p) for p in self.paragraphs)


_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words, for length comparisons; scripts written without spaces (Chinese,
    Japanese, Korean) count one word per two characters."""
    total = 0
    for token in _WORD.findall(text):
        ideographs = len(_CJK.findall(token))
        total += 1 if ideographs < 2 else ideographs // 2
    return total


def extract_article(
    page: bytes | str | None,
    *,
    url: str | None = None,
    fallback: EntryText | None = None,
    min_words: int = MIN_WORDS,
) -> ExtractedArticle:
    """The article in `page`, or in `fallback` when the page gives none or much less."""
    with _ONE_AT_A_TIME:
        extracted = _from_page(page, url) if page else None
        entry = _from_entry(fallback) if fallback else None
    if entry is not None and entry.paragraphs:
        if extracted is None or extracted.word_count < FALLBACK_RATIO * entry.word_count:
            extracted = _merge(entry, extracted)
        else:
            extracted = _merge(extracted, entry)
    if extracted is None or not extracted.paragraphs:
        raise ExtractError("no article text found on the page")
    if extracted.word_count < min_words:
        words = extracted.word_count
        raise ExtractError(f"the page has too little text to be an article ({words} words)")
    return extracted


def _from_page(page: bytes | str, url: str | None) -> ExtractedArticle | None:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,  # readers' comments are not the article
            include_tables=True,
            deduplicate=False,
        )
    except Exception:  # a page must never crash the caller; the fallback may still serve
        log.warning("trafilatura failed on %s", url or "a page", exc_info=True)
        return None
    if document is None:
        return None
    text = getattr(document, "text", None) or ""
    title = _clean(getattr(document, "title", None))
    byline = _clean(getattr(document, "author", None))
    paragraphs = _tidy(text.split("\n"), title, byline)
    site = _clean(getattr(document, "sitename", None)) or _host(url)
    return ExtractedArticle(
        title=title or "",
        paragraphs=paragraphs,
        byline=byline,
        published=_clean(getattr(document, "date", None)),
        site=site,
        url=url,
    )


def _from_entry(entry: EntryText) -> ExtractedArticle:
    title = _clean(entry.title)
    byline = _clean(entry.author)
    return ExtractedArticle(
        title=title or "",
        paragraphs=_tidy(html_paragraphs(entry.content or ""), title, byline),
        byline=byline,
        published=_clean(entry.published),
        site=_clean(entry.site) or _host(entry.url),
        url=entry.url,
        from_entry=True,
    )


def _merge(main: ExtractedArticle, other: ExtractedArticle | None) -> ExtractedArticle:
    """`main`'s body; its missing metadata filled from `other`."""
    if other is None:
        return main
    return replace(
        main,
        title=main.title or other.title,
        byline=main.byline or other.byline,
        published=_more_precise(main.published, other.published),
        site=main.site or other.site,
        url=main.url or other.url,
    )


def _more_precise(first: str | None, second: str | None) -> str | None:
    """`first`, unless `second` names the same day with a time of day (a feed entry's
    date-time beats the page's bare date: it orders the day's news)."""
    if first and second and len(first) == 10 and second[:10] == first and len(second) > 10:
        return second
    return first or second


def html_paragraphs(content: str) -> list[str]:
    """Paragraphs of an HTML fragment or plain text (a feed entry's content)."""
    if "<" not in content:
        blocks = re.split(r"\n\s*\n", content) if "\n\n" in content else content.split("\n")
        return [fold(b) for b in blocks if b.strip()]
    import lxml.etree
    import lxml.html

    marked = _BLOCK_TAG.sub("\n\n", content)
    try:
        text = lxml.html.fromstring(f"<div>{marked}</div>").text_content()
    except (ValueError, lxml.etree.ParserError):
        text = re.sub(r"<[^>]*>", " ", marked)
    return [fold(b) for b in re.split(r"\n\s*\n", text) if b.strip()]


def _tidy(lines: list[str], title: str | None, byline: str | None) -> tuple[str, ...]:
    """Folded, non-empty paragraphs without a repeat of the headline or the byline."""
    out: list[str] = []
    for raw in lines:
        line = fold(raw)
        if not line:
            continue
        if not out and title and _same(line, title):
            continue
        if byline and _same(_BYLINE_PREFIX.sub("", line), byline):
            continue
        out.append(line)
    return tuple(out)


def _same(a: str, b: str) -> bool:
    key = lambda s: re.sub(r"\W+", "", unicodedata.normalize("NFKC", s).casefold())  # noqa: E731
    return bool(key(a)) and key(a) == key(b)


def fold(text: str) -> str:
    """One line: whitespace runs (newlines included) become one space; controls dropped."""
    text = "".join(ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) != "Cc")
    return _SPACE.sub(" ", text).strip()


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return fold(value) or None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
