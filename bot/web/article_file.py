"""An extracted article -> a `.md` article file the loader reads like a hand-written one.

Stable API::

    render_article(article) -> str                  # front matter + paragraphs
    article_filename(article) -> "2026-03-14-harbour-council-approves-new-ferry-route-1a2b3c.md"
    write_article(article, folder) -> Path          # atomic; the feeds helper passes
                                                    # ARTICLES_DIR/guilds/<guild id>/

The front matter carries `title`, `byline`, `source`, `url`, `published` (the keys
bot/articles/parse.py reads); each paragraph is one line, paragraphs are separated by a
blank line. The name is the date and a slug of the title, plus a short hash of the URL
so that two stories with one headline do not overwrite each other while fetching the
same URL again rewrites the same file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from bot import scope
from bot.articles.loader import DEFAULT_MAX_BYTES
from bot.files import write_atomic
from bot.web.extract import ExtractedArticle, fold

MAX_SLUG = 60
# The front-matter reader strips straight quotes from both ends of a value, so a
# headline that opens or closes with one keeps it as a typographic quote instead.
_OPENING = {'"': "“", "'": "‘"}
_CLOSING = {'"': "”", "'": "’"}


def render_article(article: ExtractedArticle, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's text. Paragraphs past `max_bytes` are left out (the loader would
    refuse the whole file otherwise)."""
    meta = {
        "title": article.title or "Untitled article",
        "byline": article.byline,
        "source": article.site,
        "url": article.url,
        "published": article.published,
    }
    lines = ["---"]
    lines += [f"{key}: {_value(value)}" for key, value in meta.items() if value and fold(value)]
    lines += ["---", ""]
    head = "\n".join(lines)
    size = len(head.encode("utf-8"))
    kept: list[str] = []
    for paragraph in article.paragraphs:
        line = fold(paragraph)
        if not line or line == "---":
            continue
        cost = len(line.encode("utf-8")) + 2
        if size + cost > max_bytes:
            break
        kept.append(line)
        size += cost
    return head + "\n" + "\n\n".join(kept) + "\n"


def _value(value: str) -> str:
    value = fold(value)
    if value[:1] in _OPENING:
        value = _OPENING[value[0]] + value[1:]
    if value[-1:] in _CLOSING:
        value = value[:-1] + _CLOSING[value[-1]]
    return value


def article_filename(article: ExtractedArticle, *, today: datetime | None = None) -> str:
    """`<date>-<title slug>-<hash>.md`; the date is the publication date, else today's."""
    date = _date(article.published) or (today or datetime.now(UTC)).strftime("%Y-%m-%d")
    identity = article.url or "\n".join((article.title, *article.paragraphs[:3]))
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:6]
    return f"{date}-{slug(article.title)}-{digest}.md"


def slug(title: str) -> str:
    """Lower-case ASCII words joined by '-', cut at a word boundary; 'article' if none."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > MAX_SLUG:
            break
        out = candidate
    return out or (words[0][:MAX_SLUG] if words else "article")


def _date(published: str | None) -> str | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    return match.group(0) if match else None


def write_article(
    article: ExtractedArticle, folder: Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Path:
    """Write the article file into `folder` (created when missing), atomically: the live
    library sees the whole file or none of it. Returns its path."""
    path = folder / article_filename(article)
    write_atomic(path, render_article(article, max_bytes=max_bytes).encode("utf-8"))
    return path


def guild_folder(articles_dir: Path, guild_id: int | None) -> Path | None:
    """Where a server's own articles live: `<articles>/guilds/<guild id>/`. None in a
    direct message: links read there are not saved (nothing would scope them)."""
    if guild_id is None:
        return None
    return articles_dir / scope.guild_folder(guild_id)  # the layout scoping reads
