"""An unsure best answer yields to a sure one nearly as good, rather than the reply
saying "I don't know"; one far behind does not."""

from __future__ import annotations

from bot.articles.model import Sentence
from bot.articles.qa.rank import SURE_OVER_UNSURE, Answer, _sure_first


def _answer(text: str, score: float, supported: bool, unsure: float = 0.0) -> Answer:
    # phrase, closeness, support, article, own, first, candidate, untyped, unsure, no_reason
    untyped = 0.0 if supported else 1.0
    features = (0.2, 0.5, 0.5, 1.0, 0.5, 0.0, 0.3, untyped, unsure, 0.0)
    sentence = Sentence(text, 0, len(text), 0, 0)
    return Answer("sport/x.txt", sentence, score, 0.5, None, supported, features)


def test_a_sure_answer_close_behind_an_unsure_one_comes_first() -> None:
    lead = _answer("Kellet's future as Dunmore manager is in doubt.", 1.0, False)
    other = _answer("Brown left on Monday.", 0.97, False)
    dated = _answer("Kellet was appointed at the end of March.", 0.95, True)
    assert _sure_first([lead, other, dated]) == [dated, lead, other]


def test_a_sure_answer_far_behind_does_not() -> None:
    lead = _answer("Kellet's future as Dunmore manager is in doubt.", 1.0, False)
    far = _answer("Kellet was appointed at the end of March.", SURE_OVER_UNSURE - 0.1, True)
    assert _sure_first([lead, far]) == [lead, far]


def test_a_sure_best_answer_stays_first() -> None:
    best = _answer("Kellet was appointed at the end of March.", 1.0, True)
    other = _answer("Kellet joined in 2001.", 0.99, True)
    assert _sure_first([best, other]) == [best, other]


def test_a_best_answer_unsure_for_its_words_keeps_its_place() -> None:
    # of another year than the question's: the question may be on no story at all
    other_year = _answer("The 2004 final sold out in a day.", 1.0, False, unsure=1.0)
    weak = _answer("The 2005 final was watched by 50,000.", 0.95, True)
    assert _sure_first([other_year, weak]) == [other_year, weak]
