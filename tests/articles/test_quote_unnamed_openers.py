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
