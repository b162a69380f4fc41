"""A name whose given name no list holds is a person when a word for a person goes
before it: "Teenager Kwabena Osei ran…" opening a sentence, "his colleague Tadesse
Worku" within one (lexicon.ROLE_WORDS), on stories written here."""

from __future__ import annotations

import pytest

from bot.articles.quotes import attribute_article
from tests.support.news import story


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Teenager Kwabena Osei ran the fastest 200m of the year at the Glasgow meeting. "
            "The world youth champion finished clear of the field.",
            "Kwabena Osei",
        ),
        (
            "Youngster Tadesse Worku won the junior race in Leeds on Sunday. "
            "The 17-year-old led from the start.",
            "Tadesse Worku",
        ),
        (
            "Almaz Bekri won the 5,000m, holding off her Ethiopian colleague Tirunesh Gebre "
            "by half a second.",
            "Tirunesh Gebre",
        ),
    ],
)
def test_a_word_for_a_person_before_an_unlisted_name_makes_it_a_person(
    body: str, name: str
) -> None:
    people, _ = attribute_article(story(body))
    assert name in {p.name for p in people}
    assert not {"Teenager", "Youngster", "Ethiopian"} & {p.name for p in people}
