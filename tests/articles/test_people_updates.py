"""A people registry updated after a reload is the registry a fresh build makes: the
same people in the same order, with the same names, roles, articles and lookups."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles.model import Person
from bot.articles.people import PeopleRegistry

NAMES = [
    "Hillary Clinton",
    "Chelsea Clinton",
    "Clinton",
    "Mr Clinton",
    "Sergey Lavrov",
    "Sergei Lavrov",
    "Lavrov",
    "Priya Shah",
    "Dr Shah",
    "Shah",
    "Tom Reyes",
    "Reyes",
    "Charles Kennedy",
    "Kennedy",
    "Microsoft",
    "Dmitri Vasilenkovsky",
    "Dmitri Vasilenkosvky",
    "Vasilenkosvky",
    # a company written two ways, a body's voice, a surname's voice, a description
    "Time Warner",
    "Home Office spokesman",
    "IMF official",
    "Howard spokesman",
    "Paris-based Ardelle",
    "Oscar-winning Priya Shah",
    "Lib Dems",
    # a surname one letter from another family's, and a slip
    "Michael Johnson",
    "Michael Johnston",
    "Johnston",
    "Carol Waggoner",
    "Carol Wagoner",
]
BODIES = ["International Monetary Fund", "IMF", "the U.S.", "United States", "Microsoft", "Reyes"]
BODIES += ["TimeWarner", "Home Office", "Liberal Democrats", "Lib Dems", "Ardelle", "Johnston"]
ROLES = [None, "council leader", "deputy leader", "foreign minister"]

people = st.builds(
    Person,
    name=st.sampled_from(NAMES),
    role=st.sampled_from(ROLES),
    aliases=st.lists(st.sampled_from(NAMES), max_size=2).map(tuple),
    kind=st.just("person"),
) | st.builds(Person, name=st.sampled_from(BODIES), kind=st.just("organisation"))
article_people = st.lists(people, max_size=5)


def state(registry: PeopleRegistry) -> tuple[object, ...]:
    queries = ["Clinton", "Sergei Lavrov", "shah", "US", "IMF", "Kennedy", "Reyes"]
    queries += ["Dmitri Vasilenkosvky", "Vasilenkovsky", "Time Warner", "Home Office"]
    queries += ["IMF official", "Lib Dems", "Ardelle", "Johnston", "Michael Johnston", "Wagoner"]
    return (
        registry.people,
        [registry.articles_of(p.name) for p in registry.people],
        [registry.canonical(q) for q in queries],
        [registry.find(q[:3]) for q in queries],
        registry._alias,
        registry._words,
        registry._by_find_rank,
    )


def updated_or_built(
    old_articles: list[tuple[str, list[Person]]], new_articles: list[tuple[str, list[Person]]]
) -> tuple[PeopleRegistry | None, PeopleRegistry]:
    old = PeopleRegistry.build(old_articles)
    before = dict(old_articles)
    after = dict(new_articles)
    changed: dict[str, list[Person] | None] = {
        key: before.get(key) for key in after if before.get(key) is not after[key]
    }
    changed.update((key, people) for key, people in old_articles if key not in after)
    return PeopleRegistry.updated(old, new_articles, changed), PeopleRegistry.build(new_articles)


@settings(max_examples=150, deadline=None)
@given(
    library=st.lists(article_people, min_size=1, max_size=8),
    edit=st.sampled_from(["change", "add", "remove", "touch"]),
    at=st.integers(min_value=0, max_value=7),
    replacement=article_people,
)
def test_an_update_is_the_fresh_build(library, edit, at, replacement):
    old_articles, new_articles = edited(library, edit, at, replacement)
    updated, built = updated_or_built(old_articles, new_articles)
    if updated is not None:
        assert state(updated) == state(built)


def edited(
    library: list[list[Person]], edit: str, at: int, replacement: list[Person]
) -> tuple[list[tuple[str, list[Person]]], list[tuple[str, list[Person]]]]:
    """A library of these articles' people, and the same after one edit."""
    old_articles = [(f"news/{n}.txt", people) for n, people in enumerate(library)]
    at %= len(old_articles)
    key = old_articles[at][0]
    rest = [a for a in old_articles if a[0] != key]
    if edit == "change":  # a changed file is newer: first in the library
        return old_articles, [(key, replacement), *rest]
    if edit == "add":
        return old_articles, [("news/new.txt", replacement), *old_articles]
    if edit == "remove":
        return old_articles, rest
    # the same people, the file only touched
    return old_articles, [(key, list(old_articles[at][1])), *rest]


@settings(max_examples=150, deadline=None)
@given(
    library=st.lists(article_people, min_size=1, max_size=8),
    edit=st.sampled_from(["change", "add", "remove", "touch"]),
    at=st.integers(min_value=0, max_value=7),
    replacement=article_people,
)
def test_an_article_an_update_did_not_merge_again_means_every_name_as_before(
    library, edit, at, replacement
):
    """What lets the quote index look up again only the names of `remerged` articles."""
    old_articles, new_articles = edited(library, edit, at, replacement)
    old = PeopleRegistry.build(old_articles)
    updated, _ = updated_or_built(old_articles, new_articles)
    if updated is None:
        return
    assert updated.remerged is not None
    names = [*NAMES, *BODIES, "Hilary Clinton", "Sergei", "Lavrov"]
    for key, _people in new_articles:
        if key not in updated.remerged:
            for name in names:
                assert updated.canonical(name, key) == old.canonical(name, key), (key, name)


def test_a_built_registry_may_mean_any_name_otherwise() -> None:
    assert PeopleRegistry.build([("a.txt", [Person("Tom Reyes")])]).remerged is None


def test_what_an_update_merged_again_is_told_only_about_the_registry_it_came_from():
    old_articles = [("a.txt", [Person("Priya Shah")]), ("b.txt", [Person("Tom Reyes")])]
    new_articles = [("b.txt", [Person("Tom Reyes"), Person("Ann Hale")]), old_articles[0]]
    old = PeopleRegistry.build(old_articles)
    updated = PeopleRegistry.updated(old, new_articles, {"b.txt": [Person("Tom Reyes")]})
    assert updated is not None and updated.remerged == {"b.txt"}
    assert updated.remerged_since(old) == {"b.txt"}
    assert updated.remerged_since(pickle.loads(pickle.dumps(old))) == {"b.txt"}  # cached
    assert updated.remerged_since(PeopleRegistry.build(old_articles)) is None
    assert updated.remerged_since(updated) is None
    assert updated.remerged_since(None) is None


def test_a_change_merges_only_its_groups_again():
    old_articles = [
        ("a.txt", [Person("Priya Shah", "council leader"), Person("Tom Reyes")]),
        ("b.txt", [Person("Hillary Clinton"), Person("Clinton")]),
        ("c.txt", [Person("Sergey Lavrov", "foreign minister"), Person("Shah")]),
    ]
    new_articles = [
        ("b.txt", [Person("Chelsea Clinton", "daughter"), Person("Hillary Clinton")]),
        old_articles[0],
        old_articles[2],
    ]
    updated, built = updated_or_built(old_articles, new_articles)
    assert updated is not None
    assert state(updated) == state(built)
    old = PeopleRegistry.build(old_articles)
    shah = next(p for p in old.people if p.name == "Priya Shah")
    assert shah in updated.people  # an untouched group keeps its very entry
    assert updated.remerged == {"b.txt"}  # the Clintons' article only


def test_a_name_whose_agreed_kind_flips_is_built_again():
    body = Person("Charles Kennedy", kind="organisation")
    old_articles = [("a.txt", [Person("Charles Kennedy")]), ("b.txt", [body])]
    new_articles = [("c.txt", [body]), *old_articles]
    updated, _ = updated_or_built(old_articles, new_articles)
    assert updated is None  # now mostly a body: every article naming it changes


def test_a_misspelling_found_by_a_reload_is_built_again():
    right = Person("Dmitri Vasilenkovsky", "chairman")
    old_articles = [("a.txt", [right]), ("b.txt", [Person("Dmitri Vasilenkosvky")])]
    # a second article spelling it right: "Vasilenkosvky" is now a slip of the keyboard
    new_articles = [*old_articles, ("c.txt", [right])]
    updated, built = updated_or_built(old_articles, new_articles)
    assert updated is None
    merged = built.canonical("Dmitri Vasilenkosvky")
    assert merged is not None and merged.name == "Dmitri Vasilenkovsky"
    assert built.articles_of("Dmitri Vasilenkosvky") == ["a.txt", "b.txt", "c.txt"]
    old = PeopleRegistry.build(old_articles)
    assert old.canonical("Dmitri Vasilenkosvky") != old.canonical("Dmitri Vasilenkovsky")
