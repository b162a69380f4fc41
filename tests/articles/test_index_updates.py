"""Indexes updated after a reload are the indexes a fresh build makes: the search
index (same postings, lengths, norms and answers) and the quote index's word index,
with the old indexes, still serving, left untouched."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles import quote_index as quote_index_module
from bot.articles.analysis import analyse
from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.people import PeopleRegistry
from bot.articles.quote_index import QuoteIndex
from bot.articles.search_index import SearchIndex

TOWNS = ["Harbourside", "Millbrook", "Eastfield", "Northgate", "Kingsbury", "Westmoor"]
TOPICS = [
    ("flood defences", "The river burst its banks twice last winter, residents said."),
    ("bus timetable", "Drivers warned that the new routes leave villages without a service."),
    ("school meals", "Parents said the menu had improved since the new cook arrived."),
    ("library hours", "Volunteers will keep the reading room open on Sunday afternoons."),
]


def story(number: int, extra: str = "") -> Article:
    town = TOWNS[number % len(TOWNS)]
    topic, detail = TOPICS[number % len(TOPICS)]
    text = (
        f"{town} council approves {topic} plan ({number})\n\n"
        f"Councillors in {town} voted on Monday to back the {topic} plan. {detail}\n\n"
        f"“This is the right decision for {town},” said council leader Priya Shah.\n\n"
        f"The plan costs £{number + 2} million and work starts in spring.{extra}\n"
    )
    return parse_article(text, key=f"news/{number:03d}.txt")


def internals(index: SearchIndex) -> dict[str, object]:
    return {
        "spost": {w: list(p) for w, p in index._spost.items()},
        "tpost": {w: list(p) for w, p in index._tpost.items()},
        "arrays": [
            list(getattr(index, name))
            for name in ("_anorm", "_snorm", "_sent_article", "_first_sid", "_key_rank")
        ],
        "lengths": (list(index._alens), list(index._slens)),
        "keys": index._keys,
        "vocabulary": index._vocab,
        "by_length": index._by_len,
    }


QUERIES = [
    "flood defences",
    "Millbrook bus",
    "priya shah decision",
    "libary hours",  # a typo
    '"reading room"',
    "council",
    "spring work",
]


def check_same(updated: SearchIndex | None, built: SearchIndex) -> None:
    assert updated is not None
    assert internals(updated) == internals(built)
    for query in QUERIES:
        assert updated.search(query) == built.search(query), query
        assert updated.sentences(query) == built.sentences(query), query


def test_a_changed_article_moved_to_the_front_gives_the_built_index():
    old_articles = [story(n) for n in range(12)]
    old = SearchIndex.build(old_articles)
    before = internals(old)
    changed = story(5, " Residents can comment on the flood map until Friday.")
    new_articles = [changed] + [a for a in old_articles if a.key != changed.key]
    check_same(SearchIndex.updated(old, new_articles), SearchIndex.build(new_articles))
    assert internals(old) == before  # the snapshot still serving is not touched


def test_added_and_removed_articles_anywhere_give_the_built_index():
    old_articles = [story(n) for n in range(15)]
    old = SearchIndex.build(old_articles)
    new_articles = list(old_articles)
    del new_articles[14], new_articles[7], new_articles[0]  # removed: last, middle, first
    new_articles.insert(3, story(40, " A new bridge opens over the river in Millbrook."))
    new_articles.append(story(41))
    check_same(SearchIndex.updated(old, new_articles), SearchIndex.build(new_articles))


def test_an_index_read_back_from_bytes_updates_like_a_built_one():
    old_articles = [story(n) for n in range(10)]
    stored = SearchIndex.from_bytes(old_articles, SearchIndex.build(old_articles).to_bytes())
    new_articles = [story(3, " Buses will run late on Saturdays.")] + [
        a for a in old_articles if a.key != "news/003.txt"
    ]
    check_same(SearchIndex.updated(stored, new_articles), SearchIndex.build(new_articles))


def test_a_reordered_library_is_the_same_index_and_a_mostly_new_one_is_built_afresh():
    old_articles = [story(n) for n in range(10)]
    old = SearchIndex.build(old_articles)
    reordered = list(reversed(old_articles))  # articles are numbered by key, not by time
    check_same(SearchIndex.updated(old, reordered), SearchIndex.build(reordered))
    assert SearchIndex.updated(SearchIndex.build([]), old_articles) is None


def test_a_change_within_its_block_of_sentences_shares_every_other_posting():
    old_articles = [story(n) for n in range(12)]
    old = SearchIndex.build(old_articles)
    changed = story(5, " Residents can comment on the flood map until Friday.")
    new_articles = [changed] + [a for a in old_articles if a.key != changed.key]
    updated = SearchIndex.updated(old, new_articles)
    check_same(updated, SearchIndex.build(new_articles))
    assert updated is not None
    assert updated._spost["school"] is old._spost["school"]  # not in the changed article


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["change", "grow", "add", "remove"]),
        st.integers(min_value=0, max_value=40),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(size=st.integers(min_value=1, max_value=14), edits=EDITS)
def test_any_reload_gives_the_built_index(size, edits):
    old_articles = [story(n) for n in range(size)]
    new_articles = list(old_articles)
    for edit, n in edits:
        at = n % len(new_articles) if new_articles else 0
        if edit == "remove" and len(new_articles) > 1:
            del new_articles[at]
        elif edit == "add":
            new_articles.insert(at, story(100 + n, " A new bridge opens in Millbrook."))
        elif edit in ("change", "grow") and new_articles:
            number = int(new_articles[at].key[5:8])
            extra = " Buses will run late." * (20 if edit == "grow" else 1)
            del new_articles[at]
            new_articles.insert(0, story(number, extra))  # newer: first in the library
    old = SearchIndex.build(old_articles)
    before = internals(old)
    updated = SearchIndex.updated(old, new_articles)
    if updated is not None:
        check_same(updated, SearchIndex.build(new_articles))
    assert internals(old) == before


def quote_internals(index: QuoteIndex) -> dict[str, object]:
    index.warm()
    return {
        "postings": {w: list(p) for w, p in index._postings.items()},
        "idf": index._idf,
        "vocabulary": index._vocab,
    }


def quote_index(articles: list[Article]) -> QuoteIndex:
    registry = PeopleRegistry.build((a.key, analyse(a).people) for a in articles)
    return QuoteIndex.build(((a.key, q) for a in articles for q in analyse(a).quotes), registry)


def test_a_quote_index_warmed_from_the_previous_one_is_the_warmed_one(monkeypatch):
    old_articles = [story(n) for n in range(12)]
    old = quote_index(old_articles)
    old.warm()
    before = quote_internals(old)
    changed = story(4, " “We will listen to every resident,” said deputy leader Tom Reyes.")
    new_articles = [changed, story(30)] + [
        a for a in old_articles if a.key not in (changed.key, "news/009.txt")
    ]
    updated = quote_index(new_articles)
    read: list[str] = []
    real = quote_index_module._joined_words
    monkeypatch.setattr(quote_index_module, "_joined_words", lambda t: read.append(t) or real(t))
    updated.warm_from(old)
    monkeypatch.undo()
    assert updated._ready
    fresh = [q.text for a in new_articles[:2] for q in analyse(a).quotes]
    assert sorted(read) == sorted(fresh)  # only the new and changed articles' statements
    built = quote_index(new_articles)
    assert quote_internals(updated) == quote_internals(built)
    for query in ("right decision", "listen to every resident", "rihgt decison for"):
        assert updated.match(query) == built.match(query), query
    assert updated.suggest("this is") == built.suggest("this is")
    assert quote_internals(old) == before


def test_an_unchanged_article_moved_to_the_front_is_read_again_and_the_rest_reused(
    monkeypatch,
):
    old_articles = [story(n) for n in range(12)]
    old = quote_index(old_articles)
    old.warm()
    touched = story(7)  # the same words, a newer file time: now listed first
    new_articles = [touched] + [a for a in old_articles if a.key != touched.key]
    updated = quote_index(new_articles)
    read: list[str] = []
    real = quote_index_module._joined_words
    monkeypatch.setattr(quote_index_module, "_joined_words", lambda t: read.append(t) or real(t))
    updated.warm_from(old)
    monkeypatch.undo()
    assert sorted(read) == sorted(q.text for q in analyse(touched).quotes)
    assert quote_internals(updated) == quote_internals(quote_index(new_articles))
