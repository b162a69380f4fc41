"""Extraction from a page written here, the feed-entry fallback, and the article file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.articles.loader import read_article
from bot.web.article_file import article_filename, render_article, slug, write_article
from bot.web.extract import (
    EntryText,
    ExtractedArticle,
    ExtractError,
    extract_article,
    html_paragraphs,
    word_count,
)
from bot.web.links import as_article
from tests.support.webserver import NEWS_PAGE

URL = "https://herald.example/news/ferry-route"


def test_extracts_the_article_and_its_metadata() -> None:
    article = extract_article(NEWS_PAGE.encode(), url=URL)
    assert article.title == "Harbour council approves new ferry route"
    assert article.byline == "Maria Lindqvist"
    assert (article.published or "").startswith("2026-03-14")
    assert article.site == "Coastal Herald"
    assert article.url == URL and not article.from_entry
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].startswith("The harbour council voted on Tuesday")
    assert "\n" not in article.paragraphs[0]  # the page's line breaks are folded
    text = " ".join(article.paragraphs)
    for boilerplate in ("Subscribe", "Weather", "By Maria Lindqvist", "Copyright"):
        assert boilerplate not in text


TEASER_PAGE = """<html><head><title>Ferry route approved</title></head><body>
<article><h1>Ferry route approved</h1><p>Subscribe to read the full story.</p></article>
</body></html>"""
ENTRY = EntryText(
    title="Ferry route approved after decade of debate",
    content=(
        "<p>The harbour council voted on Tuesday to open a ferry route to the island of"
        " Skarv&ouml;.</p><p>&quot;This is the most important decision in a generation,&quot;"
        " said council leader Henrik Dahl.<br>Opponents said the cost had been"
        " underestimated and that the pier would need repairs within ten years.</p>"
    ),
    author="Maria Lindqvist",
    published="2026-03-14T09:30:00+00:00",
    site="Coastal Herald",
    url=URL,
)


def test_the_feed_entry_wins_when_the_page_gives_much_less() -> None:
    article = extract_article(TEASER_PAGE, url=URL, fallback=ENTRY)
    assert article.from_entry
    assert article.paragraphs[0].endswith("to the island of Skarvö.")
    assert article.paragraphs[1].startswith('"This is the most important decision')
    assert article.paragraphs[2].startswith("Opponents said")
    assert article.byline == "Maria Lindqvist" and article.site == "Coastal Herald"


def test_the_page_wins_when_it_has_the_article() -> None:
    short_entry = EntryText(
        title="Ferry",
        content="<p>A ferry route was approved.</p>",
        published="2026-03-14T09:30:00+00:00",
    )
    article = extract_article(NEWS_PAGE, url=URL, fallback=short_entry)
    assert not article.from_entry and len(article.paragraphs) == 5
    assert article.title == "Harbour council approves new ferry route"
    assert article.published == "2026-03-14T09:30:00+00:00"  # the page gives the day only


def test_the_entry_alone_when_there_is_no_page() -> None:
    article = extract_article(None, fallback=ENTRY)
    assert article.from_entry and article.title.startswith("Ferry route approved")


def test_no_article_is_a_reason() -> None:
    with pytest.raises(ExtractError, match="no article text"):
        extract_article(b"<html><body></body></html>", url=URL)
    with pytest.raises(ExtractError, match="too little text"):
        extract_article(TEASER_PAGE, url=URL)


def test_words_in_scripts_without_spaces_count() -> None:
    assert word_count("The council voted on Tuesday.") == 5
    assert word_count("港の議会は火曜日、新しいフェリー航路を承認した") >= 10


def test_html_paragraphs_of_fragments_and_plain_text() -> None:
    assert html_paragraphs("<div><p>One &amp; two.</p><ul><li>Three</li></ul></div>") == [
        "One & two.",
        "Three",
    ]
    assert html_paragraphs("First paragraph\nwraps here.\n\nSecond one.") == [
        "First paragraph wraps here.",
        "Second one.",
    ]


def test_the_file_round_trips_through_the_parser() -> None:
    extracted = extract_article(NEWS_PAGE, url=URL)
    text = render_article(extracted)
    assert text.startswith("---\ntitle: Harbour council approves new ferry route\n")
    article = as_article(extracted)
    assert article.title == extracted.title
    assert article.byline == "Maria Lindqvist"
    assert article.source == "Coastal Herald" and article.url == URL
    assert article.published is not None and article.published.date().isoformat() == "2026-03-14"
    assert [p.text for p in article.paragraphs] == list(extracted.paragraphs)
    assert not article.warnings


def test_quoted_headlines_keep_their_quotes() -> None:
    extracted = ExtractedArticle(
        title='"We will not back down," says mayor',
        paragraphs=("The mayor spoke on Friday.",),
    )
    assert as_article(extracted).title == '“We will not back down," says mayor'
    closing = ExtractedArticle(title="Mayor: 'we will not back down'", paragraphs=("Text.",))
    assert as_article(closing).title == "Mayor: 'we will not back down’"


def test_file_names_are_date_title_and_a_hash() -> None:
    extracted = extract_article(NEWS_PAGE, url=URL)
    name = article_filename(extracted)
    assert name.startswith("2026-03-14-harbour-council-approves-new-ferry-route-")
    assert name.endswith(".md") and name == article_filename(extracted)
    other = ExtractedArticle(title=extracted.title, paragraphs=extracted.paragraphs, url=URL + "2")
    assert article_filename(other) != name
    undated = ExtractedArticle(title="Ödeshög opens café", paragraphs=("Text.",))
    today = datetime(2026, 5, 1, tzinfo=UTC)
    assert article_filename(undated, today=today).startswith("2026-05-01-odeshog-opens-cafe-")
    assert slug("港の議会") == "article"
    assert len(slug("word " * 40)) <= 60


def test_write_article_is_read_by_the_loader(tmp_path: Path) -> None:
    folder = tmp_path / "guilds" / "123"
    path = write_article(extract_article(NEWS_PAGE, url=URL), folder)
    assert path.parent == folder and [p.name for p in folder.iterdir()] == [path.name]
    article = read_article(path, key=path.name)
    assert article.title == "Harbour council approves new ferry route"
    assert article.url == URL and len(article.paragraphs) == 5


def test_a_huge_article_is_cut_to_fit_the_loader() -> None:
    paragraph = "The council met again and discussed the ferry at great length. " * 20
    huge = ExtractedArticle(title="Long", paragraphs=(paragraph,) * 200)
    text = render_article(huge, max_bytes=50_000)
    assert len(text.encode()) <= 50_000
    assert text.count("\n\n") >= 30


async def test_the_servers_charset_is_believed() -> None:
    from aiohttp import web

    from bot.web.links import article_from_url
    from tests.support.webserver import serve

    page = NEWS_PAGE.replace('<meta charset="utf-8">', "").encode("iso-8859-1")

    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=page, headers={"Content-Type": "text/html; charset=iso-8859-1"})

    app = web.Application()
    app.router.add_get("/", handler)
    async with serve(app) as (base, limits):
        article = await article_from_url(base + "/", limits=limits)
    assert "island of Skarvö" in article.paragraphs[0]
