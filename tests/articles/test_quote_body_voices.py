"""A body's unnamed voice ("a Home Office spokesman") goes by the whole phrase: the Home
Office's and the Foreign Office's spokesmen are two speakers, not one "Office
spokesman", and a pronoun after them still finds them."""

from __future__ import annotations

from tests.support.news import quote_with, quotes_in

BODY = (
    "A Home Office spokesman said the rules had been tightened. A Foreign Office "
    "spokesman said the embassy was closed.\n\n"
    "A Labour Party spokesman said the party avoided those lists.\n\n"
    "He said the party always asked voters first."
)


def test_each_body_voice_keeps_its_body() -> None:
    assert quote_with(BODY, "tightened").speaker == "Home Office spokesman"
    assert quote_with(BODY, "embassy was closed").speaker == "Foreign Office spokesman"
    assert "Office spokesman" not in {q.speaker for q in quotes_in(BODY)}


def test_a_body_voice_is_a_person_a_pronoun_can_stand_for() -> None:
    assert quote_with(BODY, "avoided those lists").speaker == "Labour Party spokesman"
    assert quote_with(BODY, "asked voters").speaker == "Labour Party spokesman"


def test_a_lower_case_word_before_the_body_keeps_two_voices_apart() -> None:
    body = (
        "A senior Labour spokesman said the plan was fair. A senior Tory spokesman said "
        "the plan was unfair."
    )
    speakers = {q.text: q.speaker for q in quotes_in(body)}
    fair, unfair = speakers.get("the plan was fair"), speakers.get("the plan was unfair")
    assert fair is None or fair != unfair
    assert "senior Labour spokesman" not in speakers.values() or unfair is None


def test_an_official_before_a_bare_verb_form_is_an_adjective_not_a_voice() -> None:
    # "her official pledge" is a pledge, not an official who pledges: the "he" after it
    # is the councillor, not an unnamed voice going on
    body = (
        "Councillor Ben Hardacre, the chair of the audit panel, charged that Mayor Ruth "
        "Oyelaran had hidden the accounts because they contradicted her official pledge in "
        "2019 to step back from the trust.\n\n"
        "The accounts show, he said in an interview, that “the council and the trust worked "
        "hand in hand on every grant.”"
    )
    assert quote_with(body, "hand in hand").speaker == "Ben Hardacre"
