"""Quotation marks paired into quoted stretches in every common style; apostrophes are
not quotes; an unclosed paragraph that the next one reopens continues the quotation."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.quote_marks import last_char, quote_spans


def quoted(body: str) -> list[tuple[str, bool, int]]:
    """(quoted words, closed, paragraph) for each stretch of an article with this body."""
    article = parse_article("Harbour reopens\n\n" + body, key="harbour")
    return [(article.text[s.start : s.end], s.closed, s.para) for s in quote_spans(article)]


@pytest.mark.parametrize(
    "body",
    [
        "“We are ready,” said Mayor Tomas Berg.",
        '"We are ready," said Mayor Tomas Berg.',
        "``We are ready,'' said Mayor Tomas Berg.",
        "«We are ready», said Mayor Tomas Berg.",
    ],
)
def test_every_style_gives_the_words_without_their_comma(body: str) -> None:
    assert quoted(body) == [("We are ready", True, 0)]


def test_marks_and_words_are_both_located() -> None:
    article = parse_article("Harbour reopens\n\nHe said “the quay is open” today.", key="k")
    (span,) = quote_spans(article)
    assert article.text[span.open : span.close] == "“the quay is open”"
    assert article.text[span.start : span.end] == "the quay is open"


def test_two_quotes_in_one_paragraph() -> None:
    body = '“We are ready,” said Berg. "The crews worked all night," he added.'
    assert [words for words, _, _ in quoted(body)] == ["We are ready", "The crews worked all night"]


def test_apostrophes_are_not_quotation_marks() -> None:
    body = "The mayor’s office said the harbour’s quay was open and ‘a relief’."
    assert quoted(body) == [("a relief", True, 0)]


def test_a_reopened_paragraph_continues_the_quotation() -> None:
    body = "“The first part of a long statement.\n\n“The second part,” said Rowe."
    assert quoted(body) == [
        ("The first part of a long statement.", False, 0),
        ("The second part", True, 1),
    ]


def test_a_quote_left_open_runs_to_the_end_of_its_paragraph() -> None:
    assert quoted("He said “the quay is open and never closed") == [
        ("the quay is open and never closed", False, 0)
    ]


def test_no_marks_no_spans() -> None:
    assert quoted("The quay reopened on Monday after repairs.") == []


def test_last_char_skips_spaces() -> None:
    assert last_char("ab  ", 0, 4) == "b"
    assert last_char("   ", 0, 3) == ""


def test_elided_year_is_not_an_opening_mark() -> None:
    body = "Rep. Ana Ruiz said in ‘08 that “the quay changed the town for good,” and still does."
    assert [words for words, _, _ in quoted(body)] == ["the quay changed the town for good"]


def test_the_alnum_pattern_holds_what_isalnum_holds_for_every_character() -> None:
    import sys

    from bot.articles.quote_marks import _ALNUM

    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert ch.isalnum() == (_ALNUM.match(ch) is not None), hex(code)


@pytest.mark.parametrize(
    "cue",
    [
        "She told reporters:",
        "Mayor Tomas Berg continued:",
        "They added:",
        "he warned:",
        "She noted:",
    ],
)
def test_a_colon_cue_after_an_unclosed_quotation_opens_the_next(cue: str) -> None:
    """The cue's verbs and pronouns are lexicon lists (SHORT_CUE_VERBS, ...), the same
    verbs as those of a cue after a closing mark left out."""
    body = f"“The quay is open again. {cue} “Crews worked through the night.”"
    assert quoted(body) == [
        ("The quay is open again.", False, 0),
        ("Crews worked through the night.", True, 0),
    ]


def test_a_colon_after_a_verb_of_no_cue_leaves_its_words_in_the_quotation_before() -> None:
    body = "“The quay is open again. She smiled: “Crews worked through the night.”"
    assert quoted(body)[0] == ("The quay is open again. She smiled", False, 0)


@pytest.mark.parametrize(
    "cue",
    [
        "the council said in a statement",
        "it added on Monday",
        "she told reporters",
        "Jo Hale said",
        "she explained",
    ],
)
def test_a_closing_mark_left_out_before_a_cue_after_a_comma_ends_the_quote(cue: str) -> None:
    """The cue's pronouns and verbs are lexicon lists (LOST_CLOSE_PRONOUNS, ...)."""
    body = f"“The quay will reopen in spring, {cue}. Work starts next week."
    assert quoted(body) == [("The quay will reopen in spring", True, 0)]


def test_a_comma_before_a_verb_of_no_such_cue_leaves_the_quotation_open() -> None:
    body = "“The quay will reopen in spring, she smiled. Work starts next week."
    assert quoted(body)[0][1] is False


def test_a_colon_cue_after_an_opening_phrase_opens_the_next_quotation() -> None:
    body = (
        "“The quay is open again. Asked about the delays over the winter, Mayor Tomas"
        " Berg said: “Crews worked through the night.”"
    )
    assert quoted(body) == [
        ("The quay is open again.", False, 0),
        ("Crews worked through the night.", True, 0),
    ]


@pytest.mark.parametrize(
    "cue",
    [
        "he said",
        "Berg added",
        "said Mayor Berg",
        "said port chief Jo McBride",
        "the council said",
        "Green MP Ann O'Neill-Hart said",
        "Berg told reporters",
    ],
)
def test_a_quotation_whose_opening_mark_was_left_out_is_its_sentence(cue: str) -> None:
    body = f'The mayor spoke at the quay. The crews have done a fine job," {cue}, "truly."'
    assert quoted(body) == [("The crews have done a fine job", True, 0), ("truly.", True, 0)]


@pytest.mark.parametrize(
    "body",
    [
        # no cue after the mark
        'The mayor spoke at the quay. The crews have done a fine job," and left.',
        # a quotation before the mark shares its sentence
        'He called it “a fine job”, then a triumph," he said.',
        # a quotation of two words is no sentence
        'The mayor spoke at the quay. Fine job," he said.',
    ],
)
def test_a_stray_closing_mark_makes_no_quotation_without_a_cue_and_a_sentence(body: str) -> None:
    opened = ("The crews", "Fine", "He called")
    assert not any(words.startswith(opened) for words, _, _ in quoted(body))
