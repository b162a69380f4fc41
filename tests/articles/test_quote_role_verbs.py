"""Issue 12: a name in an absolute clause with a verb of a role ("with Jo Hart set to
direct") holds the role's noun, which a later "the director" stands for; and a pronoun's
referent is never a name the quotation itself spells out in full. Short stories written
for the test."""

from __future__ import annotations

from tests.support.news import quote_with


def test_set_to_direct_makes_the_director() -> None:
    body = (
        "A Welsh novelist has sold the film rights to her thriller Salt Harbour, with "
        "Gareth Lewin set to direct.\n\n"
        "Salt Harbour, a crime story set on Anglesey, sold 200,000 copies. "
        'The director said he was "delighted" with the deal. '
        '"It is a gripping story," he said.'
    )
    assert quote_with(body, "gripping story").speaker == "Gareth Lewin"
    assert quote_with(body, "delighted").speaker == "Gareth Lewin"


def test_who_will_coach_makes_the_coach() -> None:
    body = (
        "The club confirmed on Friday that Pete Morland, who will coach the side next "
        "season, had signed a three-year deal.\n\n"
        "Alan Reeves, who owns the club, said the board was united behind the move. "
        'The coach said: "I cannot wait to get started."'
    )
    assert quote_with(body, "cannot wait").speaker == "Pete Morland"


def test_a_pronoun_never_stands_for_a_name_spelt_out_inside_its_quotation() -> None:
    body = (
        "Ocean Blue, the band's third album, went straight to number one. "
        '"Ocean Blue is the record we always wanted to make," he said.'
    )
    assert quote_with(body, "always wanted").speaker != "Ocean Blue"
