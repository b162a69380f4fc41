"""A principal's voice is not the principal (issue 12): "Mr Doyle's spokesman said …"
reports the spokesman's words, an unnamed speaker, never Mr Doyle's; so does the "he
added" or "the spokesman said" that goes on from it. Short stories written for the test."""

from __future__ import annotations

from tests.support.news import quote_with


def test_a_possessed_spokesman_is_no_one_named() -> None:
    body = (
        "Prime Minister Alan Doyle met union leaders on Tuesday to discuss the strike.\n\n"
        'Mr Doyle\'s official spokesman said: "The talks were constructive and will go on."\n\n'
        "In Havana, President Luis Marrero raised the tax on dollars. "
        'Marrero\'s chief aide said: "The measure protects our economy from speculators."'
    )
    assert quote_with(body, "talks were constructive").speaker is None
    assert quote_with(body, "protects our economy").speaker is None


def test_he_added_after_a_role_owners_spokesman_is_the_spokesman() -> None:
    body = (
        "Prime Minister Alan Doyle defended his cabinet on Monday. "
        "The prime minister's official spokesman said ministers still met every week. "
        'But he added: "You cannot take every decision around one table."\n\n'
        "Later the prime minister's spokesman was asked about the row. "
        'The spokesman said: "Nobody here is going to comment on that."'
    )
    assert quote_with(body, "every decision").speaker is None
    assert quote_with(body, "Nobody here").speaker is None


def test_a_named_spokesman_still_speaks_and_the_principal_later_too() -> None:
    body = (
        "Prime Minister Alan Doyle met union leaders on Tuesday. "
        'Doyle spokesman Tom Kelly said: "The talks were constructive."\n\n'
        "His spokesman said the meeting had ended. Mr Doyle later spoke to reporters. "
        '"We will find a way through this," he said.'
    )
    assert quote_with(body, "talks were constructive").speaker == "Tom Kelly"
    assert quote_with(body, "find a way").speaker == "Alan Doyle"
