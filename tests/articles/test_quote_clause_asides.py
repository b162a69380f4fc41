"""An aside between the subject and its reporting verb that says what the subject does
or where ("The chancellor, speaking during a tour of Africa, said") names nobody: the
place or person at its end never becomes the speaker."""

from __future__ import annotations

from tests.support.news import quote_with, quotes_in

BODY = (
    "Chancellor Gordon Brown has signed a debt deal with Tanzania.\n\n"
    "The chancellor, speaking during a week-long tour of Africa, said it was time to talk "
    "about British values. The chancellor, on a visit to Mozambique, said he hoped other "
    "countries would follow.\n\n"
    "The minister, who was visiting Kenya, said the talks had gone well."
)


def test_a_participle_or_preposition_aside_leaves_the_role_speaking() -> None:
    assert quote_with(BODY, "British values").speaker == "Gordon Brown"
    assert quote_with(BODY, "other countries").speaker == "Gordon Brown"


def test_a_relative_aside_names_no_speaker() -> None:
    speakers = {q.speaker for q in quotes_in(BODY)}
    assert "Kenya" not in speakers and "Mozambique" not in speakers and "Africa" not in speakers


def test_a_role_in_apposition_and_a_sender_still_speak() -> None:
    body = (
        "Jo Marr, managing director of the bank's savings arm, said rates would rise.\n\n"
        'The letter, from the Home Office, says: "Your passport has been withdrawn."'
    )
    found = quote_with(body, "rates would rise")
    assert (found.speaker, found.speaker_role) == (
        "Jo Marr",
        "managing director of the bank's savings arm",
    )
    assert quote_with(body, "passport has been withdrawn").speaker == "Home Office"
