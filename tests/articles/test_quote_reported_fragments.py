"""Reported speech never starts with a fragment: a particle of a phrasal verb ("snapped
up by a rival") or a phrase of time or place before "that" ("said on Friday that")."""

from __future__ import annotations

from tests.support.news import quotes_in

BODY = (
    "The grain trader Harlow Foods changed hands on Tuesday.\n\n"
    "Rival bidder Verity Group snapped up the flour mill after a short auction.\n\n"
    "Verity Group said on Friday that it would keep all 300 jobs at the mill.\n\n"
    "Union leader Tom Baxter pointed out that the mill had made a loss for three years.\n\n"
    "Chairman Ian Cole has ruled out a second round of cuts this year."
)


def _reported() -> dict[str, str]:
    return {q.cue or "": q.text for q in quotes_in(BODY) if q.kind == "indirect"}


def test_a_phrasal_verb_with_no_that_reports_nothing() -> None:
    reported = _reported()
    assert "snapped" not in reported and "ruled" not in reported


def test_a_particle_or_a_time_phrase_before_that_is_not_part_of_the_statement() -> None:
    reported = _reported()
    assert reported["said"] == "it would keep all 300 jobs at the mill"
    assert reported["pointed"] == "the mill had made a loss for three years"


def test_say_takes_no_particle_so_its_statement_may_start_with_one() -> None:
    body = (
        "The grain trader Harlow Foods cut its forecast on Tuesday.\n\n"
        "Harlow Foods said up to 500 jobs could be lost at its mills.\n\n"
        "Its sales to shops and bakers added up to 40m euros last year."
    )
    reported = {q.cue or "": q.text for q in quotes_in(body) if q.kind == "indirect"}
    assert reported["said"] == "up to 500 jobs could be lost at its mills"
    assert "added" not in reported  # "add up to" is a phrasal verb


PHRASES = (
    "The ferry operator posted its results on Thursday.\n\n"
    "Passenger numbers rose by a tenth last year, the Harbour Ferries chief executive "
    "Rosa Lind said in a statement.\n\n"
    "Ms Lind said at the annual meeting in Dover.\n\n"
    "Union leader Tom Baxter argued for a cut in port fees at the meeting.\n\n"
    "Fares will rise by 3% in April, the Port Authority said."
)


def test_a_phrase_after_said_is_no_statement_and_the_clause_before_is() -> None:
    reported = [q for q in quotes_in(PHRASES) if q.kind == "indirect"]
    texts = {q.text for q in reported}
    # not "in a statement" nor "at the annual meeting in Dover", and no stray "the"
    assert "Passenger numbers rose by a tenth last year" in texts
    assert not any(t.startswith(("in a statement", "at the annual")) for t in texts)
    assert "Fares will rise by 3% in April" in texts  # not "…, the"
    # a verb with a prepositional object keeps it: "argued for a cut …" is the statement
    assert any(q.cue == "argued" and q.text.startswith("for a cut") for q in reported)


def test_an_aside_between_the_verb_and_that_is_not_part_of_the_statement() -> None:
    body = (
        "The flour mill at Harlow will close in June.\n\n"
        "Union leader Tom Baxter pointed out, however, that the mill had been profitable.\n\n"
        "Chairman Ian Cole said, in effect, that the board had no choice."
    )
    reported = {q.cue or "": q for q in quotes_in(body) if q.kind == "indirect"}
    assert reported["pointed"].text == "the mill had been profitable"
    assert reported["pointed"].speaker == "Tom Baxter"
    assert reported["said"].text == "the board had no choice"


def test_a_prepositional_object_after_a_reporting_verb_reports_nothing() -> None:
    body = (
        "The council leader Rita Moss apologised last week for the closure of the library.\n\n"
        "Critic Sam Pryce declared of the new bridge: it is ugly.\n\n"
        "Ms Moss apologised to the families of the children.\n\n"
        "Transport chief Leo Hart warned on Monday fares would rise in the spring.\n\n"
        "Mr Hart apologised for the delay, saying the trains had been old."
    )
    found = [q for q in quotes_in(body) if q.kind == "indirect"]
    texts = [q.text for q in found]
    assert not any("closure of the library" in t for t in texts)
    assert not any("families of the children" in t for t in texts)
    assert any("fares would rise" in t for t in texts)
    assert any("trains had been old" in t for t in texts)
    # the preposition phrase ends at the comma: what "saying" reports is all of it
    assert "the trains had been old" in texts and not any("for the delay" in t for t in texts)
