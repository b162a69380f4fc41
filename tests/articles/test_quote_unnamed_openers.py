"""A sentence that opens with an unnamed person ("One trader said: …", "A broker said")
gives their words to nobody the article names, never to the speaker before."""

from __future__ import annotations

import pytest

from tests.support.news import quote_with

BEFORE = '"Sales were strong over Christmas," said Nick Bubb, an analyst at Evolve. '


@pytest.mark.parametrize("opener", ["One trader", "A broker", "Another trader", "A teacher"])
def test_an_unnamed_person_opening_a_sentence_speaks_for_no_one_named(opener: str) -> None:
    body = BEFORE + f'{opener} said: "It was not what people had hoped for."'
    found = quote_with(body, "hoped for")
    assert (found.speaker, found.how) == (None, "unattributed")
    assert quote_with(body, "Sales were strong").speaker == "Nick Bubb"


def test_an_unnamed_description_in_the_lede_is_still_the_person_named_next() -> None:
    body = (
        'The Liberals have been "a lot sharper" in the way they have run the campaign, a '
        "Labour backbencher has said.\n\nJoan Pettifer said a long campaign had turned off "
        "voters."
    )
    assert quote_with(body, "a lot sharper").speaker == "Joan Pettifer"


def test_an_unnamed_role_the_next_sentence_introduces_by_that_role() -> None:
    body = (
        "New licensing hours begin in March.\n\n"
        'On Monday a magistrate warned that cheap vodka was creating "weekend wastelands" '
        "in city centres. Magistrate Ruth Penhale made her remarks as she fined four men "
        "for fighting outside a bar."
    )
    assert quote_with(body, "weekend wastelands").speaker == "Ruth Penhale"


def test_another_holder_of_the_role_is_someone_else() -> None:
    body = (
        "Shares in the chain fell by a fifth on Tuesday.\n\n"
        'An analyst warned that the chain faced "a very hard year" ahead. Another analyst, '
        "Colin Marr, said the worst was over."
    )
    assert quote_with(body, "a very hard year").speaker is None
