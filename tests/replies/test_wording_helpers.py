"""The wording helpers that quote a user's text back and title their question."""

from __future__ import annotations

import pytest

from bot.wording import sentence_case, unquoted


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ('"troops at the border"', "troops at the border"),
        ("“troops at the border”", "troops at the border"),
        ('  "troops"  ', "troops"),
        ('"troops" and "tanks"', '"troops" and "tanks"'),
        ('troops "at the border"', 'troops "at the border"'),
        ('"', '"'),
        ("'tis the season'", "'tis the season'"),
    ],
)
def test_unquoted_drops_one_pair_of_marks_around_the_whole_text(typed, shown) -> None:
    assert unquoted(typed) == shown


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("who is the chancellor?", "Who is the chancellor?"),
        ("  how many jobs?", "  How many jobs?"),
        ("iPod sales?", "iPod sales?"),
        ("When did it open?", "When did it open?"),
        ("# heading", "# heading"),
        ("", ""),
    ],
)
def test_sentence_case_capitalises_a_lower_case_first_word(typed, shown) -> None:
    assert sentence_case(typed) == shown
