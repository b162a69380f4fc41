""" "How many X…" is answered by a number that counts X: a number whose noun phrase
ends in another noun ("its 40 strong legal team") counts something else."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, read_question
from bot.articles.qa.extract import candidates
from bot.articles.search_index import SearchIndex

REGULATOR = """Lenders agree mis-selling payout

Savers who lost money on high-risk bonds are to receive £80m, the markets watchdog said.

The watchdog's 40 strong legal team looked into how the bonds were sold to pensioners.

Twelve lending firms involved in the sales agreed the payout with the watchdog.
"""


def _strengths(question: str, sentence: str) -> dict[str, float]:
    return {c.text: c.strength for c in candidates(read_question(question), sentence)}


def test_a_number_counting_another_noun_is_weaker() -> None:
    question = "How many lending firms agreed the payout?"
    team = _strengths(question, "The watchdog's 40 strong legal team looked into it.")
    firms = _strengths(question, "Sixty lending firms agreed the payout.")
    assert team["40"] < firms["Sixty"]


def test_the_firms_counted_answer() -> None:
    article = parse_article(REGULATOR, key="business/payout.txt")
    index = SearchIndex.build([article])
    found = find_answers(
        "How many firms signed up to the payout with the watchdog?", index, {article.key: article}
    )
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "Twelve"


def test_no_figure_is_read_out_of_a_decimal_glued_to_a_unit() -> None:
    found = _strengths(
        "How many phone networks are there?",
        "Phones on 2.5G networks sit between the 2G and 3G standards, and four networks run.",
    )
    assert "2" not in found  # the "2" of "2.5G" is no count
    assert "four networks" in found or "four" in found


def test_a_multiple_is_no_count_unless_times_are_asked() -> None:
    # "three times more tickets" multiplies a count and gives none; it still answers
    # "how many times…"
    sentence = "Three times more tickets were sold in Leeds this year, and 4,500 in York."
    counted = _strengths("How many tickets were sold in Leeds?", sentence)
    assert counted["Three times"] < counted["4,500"]
    times = _strengths("How many times more tickets were sold in Leeds?", sentence)
    assert times["Three times"] >= times["4,500"]


def test_the_day_of_a_date_is_no_count() -> None:
    question = "How many goals did Rovers score against Hull?"
    assert "12" not in _strengths(question, "Rovers play Hull in Dublin on 12 October 2005.")
    assert "12th" not in _strengths(question, "Rovers play Hull on the 12th March.")
    assert list(_strengths(question, "Rovers scored 3 goals against Hull on 12 October.")) == [
        "3 goals"
    ]


def test_a_number_word_in_a_name_is_no_count() -> None:
    question = "How many fans watched Rovers beat Hull?"
    assert not _strengths(question, "Rovers ended their Three Counties Cup run with a win.")
    # a sentence opens with a capital, whatever follows
    assert list(_strengths(question, "Three thousand fans watched Rovers beat Hull.")) == [
        "Three thousand"
    ]


def test_a_number_word_after_a_name_is_no_count_but_a_quotation_may_open_with_one() -> None:
    question = "How many viewers watched the Rovers match?"
    # the channel's name ends with a number word: no count of viewers
    assert not _strengths(question, "Viewers watched the Rovers match live on Tyne TV One.")
    assert not _strengths(question, "The Rovers match was shown on Channel Five's sports hour.")
    # a quotation opens its sentence: its capitalised number word still counts
    quoted = '"Two thousand viewers watched the Rovers match," the station said.'
    assert list(_strengths(question, quoted)) == ["Two thousand"]
    assert "Two" in _strengths(question, "(Two Rovers fans watched the match from the roof.)")
