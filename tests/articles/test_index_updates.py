"""Indexes updated after a reload are the indexes a fresh build makes: the search
index (same postings, lengths, norms and answers) and the quote index's word index,
with the old indexes, still serving, left untouched."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles import quote_index as quote_index_module
from bot.articles.analysis import analyse
from bot.articles.model import Article, Person
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


def edited(
    articles: list[Article],
    edits: list[tuple[str, int]],
    added: Callable[[int], str],
    changed: Callable[[str, int], str],
    make: Callable[[int, str], Article] | None = None,
) -> list[Article]:
    """The library after `edits` in order: "remove" drops a story (never the last one),
    "add" inserts a new one with `added(n)`, any other edit rewrites a story with
    `changed(edit, n)` and makes it the newest. `make(number, extra)` writes the added
    and rewritten stories (`story` unless given)."""
    make = make or story
    out = list(articles)
    for number, (edit, n) in enumerate(edits, 100):
        at = n % len(out) if out else 0
        if edit == "remove" and len(out) > 1:
            del out[at]
        elif edit == "add":
            out.insert(at, make(number, added(n)))
        elif edit != "remove" and out:
            number = int(out[at].key[5:8])
            del out[at]
            out.insert(0, make(number, changed(edit, n)))  # newer: first in the library
    return out


@settings(max_examples=60, deadline=None)
@given(size=st.integers(min_value=1, max_value=14), edits=EDITS)
def test_any_reload_gives_the_built_index(size, edits):
    old_articles = [story(n) for n in range(size)]
    new_articles = edited(
        old_articles,
        edits,
        added=lambda n: " A new bridge opens in Millbrook.",
        changed=lambda edit, n: " Buses will run late." * (20 if edit == "grow" else 1),
    )
    old = SearchIndex.build(old_articles)
    before = internals(old)
    updated = SearchIndex.updated(old, new_articles)
    if updated is not None:
        check_same(updated, SearchIndex.build(new_articles))
    assert internals(old) == before


def quote_contents(index: QuoteIndex) -> dict[str, object]:
    """What a quote index answers, whatever numbers it gives its entries inside."""
    index.warm()
    entries = index._entries
    speakers = list(index.count_by_speaker())
    queries = ["right decision", "listen to every resident", "rihgt decison for", "plan"]
    return {
        "statements": [entries[i] for i in index._by_rank],
        "count": len(index),
        "postings": {w: [entries[i] for i in p] for w, p in index._postings.items()},
        "idf": index._idf,
        "vocabulary": index._vocab,
        "speakers": speakers,
        "counts": index.count_by_speaker(),
        "by_speaker": [index.by_speaker(s) for s in speakers],
        "per_article": {
            k: index.count_by_speaker(k) for k, _ in map(entries.__getitem__, index._by_rank)
        },
        "matches": [index.match(q) for q in queries] + [index.closest("decision")],
        "suggestions": [index.suggest(p) for p in ("", "this is", "we will", "rig")],
    }


def quote_index(articles: list[Article]) -> tuple[QuoteIndex, PeopleRegistry]:
    registry = PeopleRegistry.build((a.key, analyse(a).people) for a in articles)
    statements = ((a.key, q) for a in articles for q in analyse(a).quotes)
    return QuoteIndex.build(statements, registry), registry


def updated_index(
    old_articles: list[Article], new_articles: list[Article], *, warm: bool = True
) -> tuple[QuoteIndex | None, QuoteIndex]:
    old, _ = quote_index(old_articles)
    before = quote_contents(old) if warm else None  # (reading the contents warms it)
    kept = {id(a) for a in new_articles}
    changed = {a.key for a in old_articles if id(a) not in kept}
    changed |= {a.key for a in new_articles if a not in old_articles}
    registry = PeopleRegistry.build((a.key, analyse(a).people) for a in new_articles)
    statements = [(a.key, analyse(a).quotes) for a in new_articles]
    updated = QuoteIndex.updated(old, statements, registry, changed)
    if before is not None:
        assert quote_contents(old) == before  # the index still serving is left as it was
    return updated, quote_index(new_articles)[0]


def test_a_changed_article_moved_to_the_front_gives_the_built_quote_index(monkeypatch):
    old_articles = [story(n) for n in range(12)]
    changed = story(4, " “We will listen to every resident,” said deputy leader Tom Reyes.")
    new_articles = [changed, story(30)] + [
        a for a in old_articles if a.key not in (changed.key, "news/009.txt")
    ]
    updated, built = updated_index(old_articles, new_articles)
    assert updated is not None and updated._ready
    assert quote_contents(updated) == quote_contents(built)
    old, _ = quote_index(old_articles)
    old.warm()
    registry = PeopleRegistry.build((a.key, analyse(a).people) for a in new_articles)
    statements = [(a.key, analyse(a).quotes) for a in new_articles]
    read: list[str] = []
    real = quote_index_module._joined_words
    monkeypatch.setattr(quote_index_module, "_joined_words", lambda t: read.append(t) or real(t))
    QuoteIndex.updated(old, statements, registry, {changed.key, "news/030.txt", "news/009.txt"})
    monkeypatch.undo()
    rewritten = [
        q.text for a in [changed, story(30), story(4), story(9)] for q in analyse(a).quotes
    ]
    assert read and sorted(read) == sorted(rewritten)  # only these articles' statements


def test_an_update_of_an_index_not_warmed_yet_warms_like_a_built_one():
    old_articles = [story(n) for n in range(8)]
    new_articles = [story(2, " Tom Reyes said the plan was “long overdue”.")] + [
        a for a in old_articles if a.key != "news/002.txt"
    ]
    updated, built = updated_index(old_articles, new_articles, warm=False)
    assert updated is not None and not updated._ready
    assert quote_contents(updated) == quote_contents(built)


QUOTE_EDITS = st.lists(
    st.tuples(st.sampled_from(["change", "touch", "add", "remove"]), st.integers(0, 40)),
    min_size=1,
    max_size=3,
)
LINES = [
    " “We will listen to every resident,” said deputy leader Tom Reyes.",
    " Reyes said the plan was “long overdue”.",
    " “It is the wrong plan,” said Shah.",
    "",
]


@settings(max_examples=40, deadline=None)
@given(size=st.integers(min_value=1, max_value=10), edits=QUOTE_EDITS)
def test_any_reload_gives_the_built_quote_index(size, edits):
    old_articles = [story(n) for n in range(size)]
    new_articles = edited(
        old_articles,
        edits,
        added=lambda n: LINES[n % len(LINES)],
        changed=lambda edit, n: LINES[n % len(LINES)] if edit == "change" else "",
    )
    updated, built = updated_index(old_articles, new_articles)
    if updated is not None:
        assert quote_contents(updated) == quote_contents(built)


SPEAKERS = ["Ann Lee", "Omar Haddad", "Ruth Okafor", "Ben Carter", "Mia Novak", "Raj Patel"]


def voice(number: int, extra: str = "") -> Article:
    """A story quoting one speaker of six, named in full and then by surname alone (a
    name the registry resolves)."""
    speaker = SPEAKERS[number % len(SPEAKERS)]
    town = TOWNS[number % len(TOWNS)]
    text = (
        f"{town} bakery wins regional prize ({number})\n\n"
        f"“We never expected to win,” said owner {speaker}.\n\n"
        f"{speaker.split()[-1]} said the prize money would go to the food bank.{extra}\n"
    )
    return parse_article(text, key=f"news/{number:03d}.txt")


def mixed(number: int, extra: str = "") -> Article:
    """A council story quoting Priya Shah, or, for two numbers in three, a story quoting
    one of six speakers by full name and surname: additions and rewrites bring in and
    take out names the registry resolves."""
    return voice(number, extra) if number % 3 else story(number, extra)


def updated_together(
    old_articles: list[Article], new_articles: list[Article]
) -> tuple[QuoteIndex, QuoteIndex | None, PeopleRegistry]:
    """(the old quote index, the index updated as a reload updates it, its registry):
    the registry updated from the old one when it can be, and the index told which
    articles' people it merged again."""
    old, old_registry = quote_index(old_articles)
    was = {a.key: a for a in old_articles}
    now = {a.key: a for a in new_articles}
    changed: dict[str, list[Person] | None] = {
        key: analyse(a).people for key, a in was.items() if now.get(key) is not a
    }
    changed.update((key, None) for key in now if key not in was)
    per_article = [(a.key, analyse(a).people) for a in new_articles]
    registry = PeopleRegistry.updated(old_registry, per_article, changed)
    registry = registry or PeopleRegistry.build(per_article)
    statements = [(a.key, analyse(a).quotes) for a in new_articles]
    updated = QuoteIndex.updated(old, statements, registry, changed.keys())
    return old, updated, registry


@settings(max_examples=40, deadline=None)
@given(size=st.integers(min_value=1, max_value=10), edits=QUOTE_EDITS)
def test_any_reload_with_the_people_updated_gives_the_built_quote_index(size, edits):
    old_articles = [mixed(n) for n in range(size)]
    new_articles = edited(
        old_articles,
        edits,
        added=lambda n: LINES[n % len(LINES)],
        changed=lambda edit, n: LINES[n % len(LINES)] if edit == "change" else "",
        make=mixed,
    )
    _, updated, _ = updated_together(old_articles, new_articles)
    if updated is not None:
        assert quote_contents(updated) == quote_contents(quote_index(new_articles)[0])


def test_an_update_looks_up_only_the_names_of_the_articles_it_changed(monkeypatch):
    old_articles = [voice(n) for n in range(6)]  # six speakers, none in two stories
    changed = voice(2, " “Next year we will bake for the whole county,” Okafor added.")
    new_articles = [changed] + [a for a in old_articles if a.key != changed.key]
    old, old_registry = quote_index(old_articles)
    per_article = [(a.key, analyse(a).people) for a in new_articles]
    changes = {changed.key: analyse(voice(2)).people}
    registry = PeopleRegistry.updated(old_registry, per_article, changes)
    assert registry is not None and registry.remerged == {changed.key}
    statements = [(a.key, analyse(a).quotes) for a in new_articles]
    asked: list[str | None] = []

    def counted(registry: PeopleRegistry) -> PeopleRegistry:
        real = registry.canonical

        def canonical(name: str, article: str | None = None) -> Person | None:
            asked.append(article)
            return real(name, article)

        monkeypatch.setattr(registry, "canonical", canonical)
        return registry

    # the index asks the registry what it merged again since the index's own registry
    updated = QuoteIndex.updated(old, statements, counted(registry), {changed.key})
    assert set(asked) == {changed.key}  # no other article's names looked up again
    assert updated is not None
    assert quote_contents(updated) == quote_contents(quote_index(new_articles)[0])
    # a registry built afresh, or updated from another registry than the index's, may
    # mean any name otherwise: every article's names are looked up
    rebuilt = PeopleRegistry.build(per_article)
    elsewhere = PeopleRegistry.updated(quote_index(old_articles)[1], per_article, changes)
    assert elsewhere is not None and elsewhere.remerged == {changed.key}
    for other in (rebuilt, elsewhere):
        asked.clear()
        QuoteIndex.updated(old, statements, counted(other), {changed.key})
        assert set(asked) == {a.key for a in new_articles}


def keyed_by(index: QuoteIndex, key: str) -> list[str]:
    """The index's maps that hold an article's key, as a key or a key's first part."""
    return [
        name
        for name, value in vars(index).items()
        if isinstance(value, dict)
        and any(k == key or (isinstance(k, tuple) and k[:1] == (key,)) for k in value)
    ]


def test_an_update_after_an_article_is_removed_keeps_nothing_of_it():
    old_articles = [voice(n) for n in range(8)]
    removed = old_articles[3].key
    old, updated, _ = updated_together(old_articles, old_articles[:3] + old_articles[4:])
    assert keyed_by(old, removed)
    assert updated is not None and keyed_by(updated, removed) == []
    live = {updated._entries[i][0] for i in updated._by_rank}
    assert removed not in live and len(live) == 7
    assert not hasattr(updated, "_names")  # no name cache the size of the library


def test_an_unchanged_article_whose_speaker_a_new_one_names_in_full_is_named_anew():
    bare = parse_article(
        "Bakery prize for Eastfield (1)\n\n“We never expected to win,” said Okafor.\n",
        key="news/001.txt",
    )
    old_articles = [bare, voice(0)]
    new_articles = [voice(2), *old_articles]  # "Ruth Okafor": the bare "Okafor" is her
    _, updated, registry = updated_together(old_articles, new_articles)
    assert registry.remerged == {"news/001.txt", "news/002.txt"}
    assert updated is not None
    assert updated.count_by_speaker("news/001.txt") == {"Ruth Okafor": 1}
    assert quote_contents(updated) == quote_contents(quote_index(new_articles)[0])
