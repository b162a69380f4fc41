"""Article and summary replies built offline: a header shows only the fields an article
has, and an unknown title offers what the handler found."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.replies.article_replies import article_detail, unknown_article
from bot.replies.summary_replies import summary_reply

BARE = "Harbour reopens after repairs\n\nThe quay reopened on Monday. Boats returned at noon.\n"
FULL = (
    "Harbour reopens after repairs\n\nBy Ellen Rowe, Coast Reporter\n\n"
    "DUNMORE — The quay reopened on Monday. Boats returned at noon.\n"
)


def field_names(reply_embed: object) -> list[str]:
    return [f.name or "" for f in getattr(reply_embed, "fields", [])]


def test_a_summary_without_byline_or_dateline_shows_no_dash() -> None:
    article = parse_article(BARE, key="bare")
    embed = summary_reply(article, article.sentences[:1], asked=1, length="short").pages[0]
    assert field_names(embed) == ["Date"]
    assert all(f.value != "—" for f in embed.fields)


def test_a_summary_and_the_article_show_the_same_header() -> None:
    article = parse_article(FULL, key="full")
    assert article.byline and article.dateline  # the story is written with both
    summary = summary_reply(article, article.sentences[:1], asked=1, length="short").pages[0]
    detail = article_detail(article).pages[0]
    assert field_names(summary)[:3] == ["Byline", "Dateline", "Date"]
    assert field_names(detail)[:3] == field_names(summary)[:3]
    assert article_detail(parse_article(BARE, key="bare")).pages[0].fields[0].name == "Date"


def test_unknown_article_offers_close_titles_else_recent_else_says_empty() -> None:
    close = parse_article("Harbour reopens after repairs\n\nThe quay reopened.\n", key="a")
    recent = parse_article("Council sets budget\n\nThe council met.\n", key="b")
    offered = unknown_article("harbor reopen", [close], [recent]).pages[0].description or ""
    assert "Did you mean" in offered and "Harbour reopens" in offered
    assert "Council" not in offered
    offered = unknown_article("zzz", [], [recent]).pages[0].description or ""
    assert "Recent articles" in offered and "Council sets budget" in offered
    reply = unknown_article("zzz", [], [])
    assert reply.error == "unknown_article" and reply.ephemeral
    assert "The library is empty." in (reply.pages[0].description or "")


def test_a_summary_longer_than_an_embed_goes_on_over_pages_between_sentences() -> None:
    paragraph = " ".join(
        f"Councillor number {n} told the meeting that the harbour wall, the ferry slipway and "
        f"the old fish market on the north quay would all need repairs costing about £{n}m "
        "over the next five years, and that the council could not pay for them alone."
        for n in range(1, 21)
    )
    article = parse_article(f"Harbour repairs to cost millions\n\n{paragraph}\n", key="long")
    reply = summary_reply(article, article.sentences, asked=20, length="long")
    assert len(reply.pages) == 2
    for page in reply.pages:
        assert len(page.description or "") <= 4096
        assert (page.description or "").endswith("alone.")  # ends where a sentence does
        assert (page.footer.text or "").endswith("20 of 20 sentences")
    assert (reply.pages[0].footer.text or "").startswith("Page 1 of 2")
    assert "here it is in full" in (reply.pages[0].description or "")


def test_a_summary_footer_counts_in_words_that_agree() -> None:
    one = parse_article("Quay reopens\n\nThe quay reopened on Monday.\n", key="one")
    footer = summary_reply(one, one.sentences, asked=3, length="medium").pages[0].footer.text
    assert footer == "1 of 1 sentence"
    empty = parse_article("Quay reopens\n", key="empty")
    embed = summary_reply(empty, (), asked=3, length="medium").pages[0]
    assert embed.footer.text is None
    assert embed.description == "This article has no body text to summarise."


def test_a_very_long_subhead_leaves_the_first_page_room_for_the_summary() -> None:
    subhead = " ".join(["The harbour board met in private for the third time this year"] * 70)
    text = (
        f"---\ntitle: Harbour board meets\nsubtitle: {subhead}\n---\n"
        "The board agreed to rebuild the quay. Work starts in May.\n"
    )
    article = parse_article(text, key="subhead")
    page = summary_reply(article, article.sentences, asked=2, length="short").pages[0]
    description = page.description or ""
    assert len(description) <= 4096
    assert description.endswith("Work starts in May.")  # the summary, whole, after it
