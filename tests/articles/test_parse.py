"""The parser on the seed and on tricky layouts."""

from __future__ import annotations

import pytest

from bot.articles.loader import read_article
from bot.articles.parse import ArticleError, parse_article
from tests.support.helpers import SEED_FILE, write


def test_seed_header_and_paragraphs():
    article = read_article(SEED_FILE, key=SEED_FILE.name)
    assert article.title == "Russia, US voice hope for diplomacy over Ukraine"
    assert article.subtitle == "Lavrov, Blinken conclude Geneva talks aimed at defusing tensions"
    assert article.byline == "Foreign Desk Report"
    assert article.dateline == "GENEVA"
    assert len(article.paragraphs) == 15
    assert article.paragraphs[0].text.startswith("US Secretary of State Antony Blinken")
    assert article.paragraphs[4].text.startswith("Agencies add:")  # not a dateline


def test_spans_point_into_the_original_text():
    article = read_article(SEED_FILE, key=SEED_FILE.name)
    for sentence in article.sentences:
        assert " ".join(article.text[sentence.start : sentence.end].split()) == sentence.text
    assert article.text[article.sentences[0].start :].startswith("US Secretary")


def test_front_matter_overrides_the_layout():
    text = (
        "---\ntitle: Harbour reopens\nsubtitle: After the storm\nbyline: By Ana Ruiz\n"
        "source: Coast Wire\nurl: https://example.com/h\npublished: 2024-03-05T10:00:00Z\n---\n"
        "LISBON: The harbour reopened on Monday. Ships queued.\n"
    )
    article = parse_article(text, key="h.md")
    assert (article.title, article.subtitle, article.byline) == (
        "Harbour reopens",
        "After the storm",
        "By Ana Ruiz",
    )
    assert article.source == "Coast Wire"
    assert article.url == "https://example.com/h"
    assert article.published.year == 2024 and article.published.tzinfo is not None
    assert article.dateline == "LISBON"
    assert [s.text for s in article.sentences] == [
        "The harbour reopened on Monday.",
        "Ships queued.",
    ]


def test_unclosed_front_matter_is_rejected_with_a_reason():
    with pytest.raises(ArticleError, match="never closed"):
        parse_article("---\ntitle: x\nno end here\n", key="x")


def test_bad_published_date_warns_and_falls_back():
    article = parse_article("---\npublished: someday\n---\nTitle\n\nBody text.\n", key="x")
    assert article.published is None
    assert any("someday" in w for w in article.warnings)


def test_crlf_and_bom(tmp_path):
    raw = "Headline here\r\n\r\nFirst paragraph.\r\nSecond one.\r\n"
    path = write(tmp_path, "a.txt", raw.encode("utf-8-sig"))
    article = read_article(path, key="a.txt")
    assert article.title == "Headline here"
    assert [p.text for p in article.paragraphs] == ["First paragraph.", "Second one."]
    assert article.text.startswith("Headline")  # BOM removed, offsets start at the text


def test_latin1_is_decoded_with_a_warning(tmp_path):
    path = write(
        tmp_path, "l.txt", "Café prices rise\n\nThe café raised prices by 5%.\n".encode("latin-1")
    )
    article = read_article(path, key="l.txt")
    assert article.title == "Café prices rise"
    assert any("not UTF-8" in w for w in article.warnings)


def test_no_subhead_no_byline_blank_line_paragraphs():
    text = (
        "Ad sales boost profits\n\nQuarterly profits jumped 76% to $1.13bn (£600m) for the "
        "three months to December.\n\nThe firm benefited from higher advert sales.\n"
    )
    article = parse_article(text, key="b.txt")
    assert article.subtitle is None and article.byline is None and article.dateline is None
    assert len(article.paragraphs) == 2
    assert article.sentences[0].text.endswith("to December.")


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "Title line\n\nA long paragraph that was\nwrapped by an editor at a fixed\n"
        "width.\n\nNext.\n"
    )
    article = parse_article(text, key="w.txt")
    assert [p.text for p in article.paragraphs] == [
        "A long paragraph that was wrapped by an editor at a fixed width.",
        "Next.",
    ]


def test_one_line_article_is_a_headline_only():
    article = parse_article("Just a headline\n", key="one.txt")
    assert article.title == "Just a headline"
    assert article.paragraphs == ()


def test_dashed_subhead_and_by_byline():
    text = "Storm hits coast\n– Thousands without power\nBy Jane Doe\nWinds reached 100mph.\n"
    article = parse_article(text, key="s.txt")
    assert article.subtitle == "Thousands without power"
    assert article.byline == "By Jane Doe"
    assert [p.text for p in article.paragraphs] == ["Winds reached 100mph."]


@pytest.mark.parametrize("text", ["", "   \n\n\t", "\ufeff"])
def test_empty_text_is_rejected(text):
    with pytest.raises(ArticleError, match="empty"):
        parse_article(text.lstrip("\ufeff"), key="e.txt")


def test_articles_survive_pickling_between_processes():
    import pickle

    article = read_article(SEED_FILE, key=SEED_FILE.name)
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article
    assert [s.text for s in copy.sentences] == [s.text for s in article.sentences]
    assert copy.size == article.size and copy.warnings == article.warnings


@pytest.mark.parametrize(
    ("body", "dateline", "opening"),
    [
        ("New York (AFP) - Shares rose on Monday.", "New York", "Shares"),
        ("Paris (Reuters) – Talks resumed.", "Paris", "Talks"),
        ("Apple (AAPL) - The company said sales rose.", None, "Apple"),  # a ticker
        ("Tom Smith (Lab) - The MP said he would resign.", None, "Tom Smith"),  # a party
    ],
)
def test_a_title_case_dateline_needs_a_news_agency(
    body: str, dateline: str | None, opening: str
) -> None:
    article = parse_article("Markets today\n\n" + body + "\n", key="d.txt")
    assert article.dateline == dateline
    assert article.paragraphs[0].text.startswith(opening)
