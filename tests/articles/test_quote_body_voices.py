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
    # "the board's official forecast" is a forecast, not an official who forecasts: the
    # "he" after it is the ambulance chief, not an unnamed voice going on
    body = (
        "The health board missed its own target again in January. Ambulance chief Graham "
        "Tolley said the board's official forecast of shorter waits had never been "
        "realistic.\n\n"
        "Crews were queuing outside hospitals for up to nine hours, he told a briefing on "
        "Friday, in “the worst winter this service has known.”"
    )
    assert quote_with(body, "worst winter").speaker == "Graham Tolley"
