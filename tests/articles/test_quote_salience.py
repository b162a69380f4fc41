"""Who "he" or "she" stands for beyond its own sentence: the learned referent scorer
(quotes/referents.py) over the people of the article, on short invented news texts."""

from __future__ import annotations

from bot.articles.cast import Cast
from bot.articles.phrases import NP
from bot.articles.quotes import referents
from bot.articles.quotes.referent_weights import WEIGHTS
from tests.support.news import quote_with as _said


def test_she_after_a_sentence_of_objects_is_its_subject() -> None:
    body = (
        "Mayor Lena Ortiz also attacked Judge Maria Calder and Councillor Ana Ruiz during "
        "the meeting.\n\n“This city will not be bullied,” she said."
    )
    assert _said(body, "not be bullied").speaker == "Lena Ortiz"


def test_he_goes_on_from_the_last_speaker_past_a_paragraph_about_someone_else() -> None:
    body = (
        "“Nobody on this site will lose a job,” said Tom Baines, the union's regional "
        "secretary.\n\nThe company has owned the plant since 1998, when it bought it from "
        "Peter Cole.\n\n“We expect the new owners to honour every contract,” he said."
    )
    assert _said(body, "honour every contract").speaker == "Tom Baines"


def test_she_is_the_speaker_not_the_person_the_sentence_between_names() -> None:
    body = (
        "Ms Karen Webb said the charity had never been busier. Donations fell after the "
        "council cut its grant, and the food bank's founder, Janet Cole, left in March.\n\n"
        "“We are turning families away every week,” she said."
    )
    assert _said(body, "turning families away").speaker == "Karen Webb"


def test_he_is_the_subject_not_the_man_named_after_a_preposition() -> None:
    body = (
        "Coach Martin Reyes has spent a decade at the club. His side lost to the league "
        "leaders under manager Paul Dekker at the weekend.\n\n"
        "“We were the better team for an hour,” he said."
    )
    assert _said(body, "better team").speaker == "Martin Reyes"


def test_the_subject_of_the_pronouns_own_sentence_stays_a_rule() -> None:
    # the scorer is asked only beyond the pronoun's own sentence
    text = "Mayor Lena Ortiz met Judge Maria Calder, and she said the talks went well."
    cast = Cast([0], text)
    asked: list[int] = []

    def referee(c: Cast, gender: str, pos: int, at: int, pick: int | None) -> int | None:
        asked.append(pos)
        return pick

    cast.referee = referee
    ortiz = cast.mention(NP(["Mayor", "Lena", "Ortiz"], 0), 0, 1)
    cast.mention(NP(["Judge", "Maria", "Calder"], 21), 21, 0)
    at = text.index("she")
    assert cast.mention(NP(["she"], at, pronoun="she"), at + 4) == ortiz
    assert asked == []


def test_without_candidates_the_scorer_keeps_the_rules_pick() -> None:
    cast = Cast([0], "“We will win,” he said.")
    assert referents.choose(cast, "m", 16, 15, None) is None


def test_every_feature_has_a_fitted_weight_and_no_weight_is_stale() -> None:
    assert set(WEIGHTS) == set(referents.FEATURES)


def test_who_after_a_name_and_a_reporting_verb_makes_a_speaker_for_he() -> None:
    body = (
        "Tributes poured in for the singer Ray Morton, who died on Sunday aged 81. Among "
        "them was one from his friend, the producer Carl Dunn, who described him as a "
        "“true original”. “Nobody sang a ballad the way Ray Morton did,” he said."
    )
    assert _said(body, "Nobody sang").speaker == "Carl Dunn"


def test_a_cue_less_quote_paragraph_is_the_subjects_not_an_objects() -> None:
    body = (
        "Governor Ellen Marsh signed the bill on Friday after a long fight with the unions "
        "and with Senator Paul Dekker.\n\n“This is a good day for every family in the state.”"
    )
    quote = _said(body, "good day")
    assert (quote.speaker, quote.how) == ("Ellen Marsh", "carried")


def test_a_name_introduced_with_a_role_after_like_is_the_he_that_follows() -> None:
    # "like Lars Brandt, a senior fellow at …": the person the next "he" is about, not the
    # economist named as a subject before
    body = (
        "Economist Tomas Berg found that imports cost factory towns thousands of jobs.\n\n"
        "Some staunch defenders of free trade, like Lars Brandt, a senior fellow at the "
        "Vorn Institute, also concede that the government failed those workers.\n\n"
        "But the benefit of open markets is “ten times the size of the losses,” he said."
    )
    assert _said(body, "ten times the size").speaker == "Lars Brandt"
