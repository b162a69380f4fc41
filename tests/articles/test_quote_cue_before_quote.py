"""A name written inside the quotation that a "she said:" cue opens is not the pronoun's
referent, as a name inside a quotation before its cue is not ("“… Smith …,” he said")."""

from __future__ import annotations

from tests.support.news import quote_with, quotes_in


def test_a_name_inside_the_quotation_after_the_cue_is_not_the_referent() -> None:
    body = (
        "Mayor Janet Reed spoke at the dinner. Rosa Whitfield won the award, and the crowd "
        'cheered. She said: "Rosa Whitfield deserves every bit of it."'
    )
    assert quote_with(body, "deserves every bit").speaker == "Janet Reed"


def test_a_noun_of_speech_with_its_source_after_the_quotation() -> None:
    # "a call for him to “…” from Jo Reed": Jo Reed called, not the subject of the
    # sentence; a verb "claims" with "from" after its quotation keeps its own speaker
    body = (
        "Transport chief Tom Hale has vowed to press on with the new toll despite a call "
        'for him to "think again" from council leader Jo Reed.\n\n'
        'Ann Pryce, who claims that the firm "takes its orders" from Leeds, resigned.'
    )
    said = {q.text: q.speaker for q in quotes_in(body) if q.kind != "indirect"}
    assert said["think again"] == "Jo Reed", said
    assert said["takes its orders"] != "Leeds", said


def test_a_place_after_from_is_not_the_source_of_a_call() -> None:
    # "a call for “…” from London, where …": where the call came from, not who made it;
    # a person and a body after "from" still are
    body = (
        'Talks broke down on Monday, and there was a call for "calm heads" from London, '
        "where the two sides met.\n\n"
        'The plan drew a plea to "think of the children" from the Harlow Parents Association.'
    )
    said = {q.text: q.speaker for q in quotes_in(body) if q.kind != "indirect"}
    assert said.get("calm heads") != "London", said
    assert said["think of the children"] == "Harlow Parents Association", said
