"""Articles hold their paragraphs and sentences as spans and build them when asked."""

from __future__ import annotations

import pickle
import threading
from collections import OrderedDict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.articles import model
from bot.articles.model import Article, Paragraph, Paragraphs, Quote, SpanQuote, spanned
from bot.articles.parse import parse_article

WRAPPED = (
    "Flood wall plan approved\n\n"
    "The council voted on Monday to rebuild the   old sea wall.\n"
    "Work starts in March.\n\n"
    "“We cannot wait,” said the council leader.  Officials agreed.\n"
)


def story(number: int) -> Article:
    text = (
        f"Harbour story {number}\n\n"
        f"The harbour board met {number} times this year. It approved a new pier.\n\n"
        f"Boats number {number * 3}, the harbour master said.\n"
    )
    return parse_article(text, key=f"h/{number}.txt")


def test_paragraphs_built_from_spans_equal_the_objects_they_were_made_of():
    article = parse_article(WRAPPED, key="w.txt")
    assert isinstance(article.paragraphs, Paragraphs)
    made = tuple(Paragraph(p.start, p.end, tuple(p.sentences)) for p in article.paragraphs)
    again = Article(
        article.key, article.path, article.text, article.title, article.subtitle,
        article.byline, article.dateline, article.published, article.modified, made,
    )  # fmt: skip
    assert again == article and again.paragraphs == made
    assert [s.index for s in article.sentences] == list(range(len(article.sentences)))
    assert article.sentences[0].text == "The council voted on Monday to rebuild the old sea wall."
    assert article.paragraphs[1].sentences[-1].paragraph == 1


def test_a_short_article_stores_two_bytes_a_span():
    _, typecode, spans, _ = parse_article(WRAPPED, key="w.txt")._layout.stored_form()
    assert typecode == "H" and len(spans) == 2 * (3 * 3 + 2 * 4)  # 3 paragraphs, 4 sentences


def test_pickled_articles_keep_folded_sentences_and_build_them_anew():
    article = parse_article(WRAPPED, key="w.txt")
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article
    assert [s.text for s in copy.sentences] == [s.text for s in article.sentences]
    assert copy.sentences[0].text.count("  ") == 0


def test_articles_evicted_from_the_recent_ones_are_built_again_right():
    articles = [story(n) for n in range(model._RECENT_ARTICLES + 40)]
    first = [s.text for s in articles[0].sentences]
    for article in articles[1:]:
        assert article.sentences[0].text.startswith("The harbour board met")
    assert [s.text for s in articles[0].sentences] == first
    assert len(model._RECENT) <= model._RECENT_ARTICLES


def test_the_article_read_last_answers_its_own_text_and_sentences():
    """Article.text and .sentences read the last-read entry directly: another article
    read between, or text read before the sentences are built, changes nothing."""
    articles = [story(1), story(2)]
    for _ in range(2):
        for number, article in enumerate(articles, 1):
            assert article.text.startswith(f"Harbour story {number}\n")
            assert article.sentences[0].text == f"The harbour board met {number} times this year."
            last = article.sentences[-1]
            assert article.text[last.start :].startswith(f"Boats number {number * 3}")


def test_threads_building_the_same_articles_see_the_same_sentences():
    articles = [story(n) for n in range(model._RECENT_ARTICLES * 2)]
    wrong: list[str] = []

    def read() -> None:
        for number, article in enumerate(articles):
            if article.sentences[0].text != f"The harbour board met {number} times this year.":
                wrong.append(article.key)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_a_long_text_is_kept_compressed_and_comes_back_exactly():
    body = "".join(
        f"Paragraph {n}: the café’s owner said “we stay open” — {n * 7} days a week.\n\n"
        for n in range(40)
    )
    text = "Café stays open\n\n" + body
    article = parse_article(text, key="c.txt")
    packed = article._layout.stored_form()[0]
    assert isinstance(packed, bytes) and len(packed) < len(text) // 2
    assert article.text == text
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article and copy.text == text
    assert [s.text for s in copy.sentences] == [s.text for s in article.sentences]
    assert article.sentences[3].text == text[article.sentences[3].start : article.sentences[3].end]


@given(
    kind=st.sampled_from(["direct", "partial", "indirect"]),
    how=st.sampled_from(["named", "resolved", "carried", "unattributed"]),
    span=st.tuples(st.integers(0, 60), st.integers(0, 60)).map(sorted),
    sentence=st.integers(0, 3),
    speaker=st.one_of(st.none(), st.just("Maria Okafor")),
    cue=st.one_of(st.none(), st.just("said")),
)
def test_a_statement_pickled_as_a_span_comes_back_the_same(kind, how, span, sentence, speaker, cue):
    article = parse_article(WRAPPED, key="w.txt")
    start, end = span
    quote = Quote(article.text[start:end], kind, speaker, start, end, sentence, None, cue, how)
    shared = spanned(quote, article)
    assert isinstance(shared, SpanQuote) and shared == quote and hash(shared) == hash(quote)
    again, copy = pickle.loads(pickle.dumps((article, shared)))
    assert copy == quote and copy._body is again.paragraphs


def test_a_statement_whose_text_is_not_its_span_keeps_its_own():
    article = parse_article(WRAPPED, key="w.txt")
    quote = Quote("words not in the article", "indirect", "A Speaker", 0, 10, 0)
    assert spanned(quote, article) is quote


def test_opening_texts_are_the_first_sentences_built_or_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = parse_article(WRAPPED, key="w.txt")
    # nothing built yet: a fresh cache for this test, the module's own restored after it
    monkeypatch.setattr(model, "_RECENT", OrderedDict())
    monkeypatch.setattr(model, "_LAST", [None, "", None])
    cold = article.opening_texts(3)  # from the spans, the sentences not built
    assert model._LAST[2] is None
    built = tuple(s.text for s in article.sentences[:3])
    assert cold == built == article.opening_texts(3)
    # the folded sentence keeps its own text, across a paragraph's end
    assert cold[0] == "The council voted on Monday to rebuild the old sea wall."
    assert cold[2].startswith("“We cannot wait,”")
    assert article.opening_texts(0) == ()
    assert article.opening_texts(10) == tuple(s.text for s in article.sentences)
