"""Speaker patterns of BBC copy met on a fresh set of articles (bbc-whosaid-extra9): a role
noun that was not listed (a publicist), a participle joined to a verb that is itself joined
to the reporting verb, and "the" before a possessive role owner; each on a short story
written for the test."""

from __future__ import annotations

from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, story


def test_a_possessive_then_an_unlisted_role_then_a_name_speaks() -> None:
    body = (
        "The singer Lena Moss won her case on Monday.\n\n"
        '"She is pleased with the ruling and thanks her fans," said Moss\'s publicist '
        'Maria Lund. "It has been a hard year."'
    )
    assert quote_with(body, "pleased with the ruling").speaker == "Maria Lund"
    assert quote_with(body, "a hard year").speaker == "Maria Lund"


def test_a_participle_after_a_joined_verb_speaks_for_the_reporting_subject() -> None:
    body = (
        "The council denied the reports on Sunday.\n\n"
        "Transport and roads minister Ian Hale said it was wrong to suggest the mayor "
        'would replace Mr Dunn, adding they would "pull together" on the scheme.'
    )
    assert quote_with(body, "pull together").speaker == "Ian Hale"
    people = [p.name for p in attribute_article(story(body))[0]]
    assert "Transport" not in people


def test_the_before_a_possessive_role_owner_makes_no_body_of_the_name() -> None:
    body = (
        "The row over the bridge grew on Monday.\n\n"
        'The Green Party\'s Westminster leader Ann Price said the "reckless plan" had to go.'
    )
    people = attribute_article(story(body))[0]
    assert [(p.name, p.kind) for p in people] == [("Ann Price", "person")]
    assert people[0].role == "Green Party's Westminster leader"
