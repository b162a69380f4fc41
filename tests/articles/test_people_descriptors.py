"""A name whose given name no list holds is a person when a word for a person goes
before it: "Teenager Kwabena Osei ran…" opening a sentence, "his colleague Tadesse
Worku" within one (lexicon.ROLE_WORDS), "Kenyan Wilson Kiprop" (a people's noun before
a plain name: cast.split_name); not "American Eagle Outfitters", on stories written
here."""

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
        (
            "The race was won by Kenyan Wilson Kiprop, ahead of Moroccan Driss El Mahi.",
            "Wilson Kiprop",
        ),
        (
            "The race was won by Kenyan Wilson Kiprop, ahead of Moroccan Driss El Mahi.",
            "Driss El Mahi",
        ),
    ],
)
def test_a_word_for_a_person_before_an_unlisted_name_makes_it_a_person(
    body: str, name: str
) -> None:
    people, _ = attribute_article(story(body))
    assert name in {p.name for p in people}
    assert not {"Teenager", "Youngster", "Ethiopian"} & {p.name for p in people}


def test_a_body_after_a_peoples_noun_is_no_person() -> None:
    body = (
        "Shares in American Eagle Outfitters rose 5% on Monday. "
        "The Australian Red Cross said it had raised $2m for the appeal."
    )
    people, _ = attribute_article(story(body))
    names = {p.name for p in people if p.kind == "person"}
    assert not {"Eagle Outfitters", "Red Cross"} & names
