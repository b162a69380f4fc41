"""The kind of place asked for: a country is no answer to "which city…", a name the
lexicon knows as a country answers "which country…" wherever it sits, and the digits of
a character reference ("caf&#233;") are no figure."""

from __future__ import annotations

from bot.articles.qa import read_question
from bot.articles.qa.extract import candidates


def _strengths(question: str, sentence: str) -> dict[str, float]:
    return {c.text: c.strength for c in candidates(read_question(question), sentence)}


def test_a_country_is_a_weak_answer_to_which_city() -> None:
    found = _strengths(
        "Which city is the new thriller by Ann Roe set in?",
        "The thriller, by Canadian author Ann Roe, is set in Lisbon and in Canada.",
    )
    assert found["Lisbon"] > 2 * found.get("Canada", 0.0)
    assert found.get("Canadian", 0.0) < found["Lisbon"]


def test_a_city_keeps_its_strength_for_which_city() -> None:
    city = _strengths("Which city hosts the summit?", "The summit will be held in Lisbon.")
    country = _strengths("Which country hosts the summit?", "The summit will be held in Lisbon.")
    assert city["Lisbon"] == country["Lisbon"]


def test_a_known_country_answers_which_country_as_a_modifier() -> None:
    question = "Which country's model are the new court rules based on?"
    found = _strengths(question, "The rules are closely modelled on the Norway system, aides say.")
    other = _strengths(question, "The rules are closely modelled on the Harlow system, aides say.")
    assert found["Norway"] == 1.0
    assert other.get("Harlow", 0.0) < found["Norway"]


def test_no_figure_inside_a_character_reference() -> None:
    found = _strengths(
        "How many people visit the museum?",
        "Most people stop at the museum caf&#233; on the way out, and 40,000 visit a year.",
    )
    assert "233" not in found
    assert "40,000" in found or "40,000 visit" in " ".join(found)


def test_a_country_is_no_radio_station_but_may_be_a_team() -> None:
    question = "Which radio network dropped the breakfast show?"
    country = _strengths(question, "The show was dropped by four US radio stations on Monday.")
    network = _strengths(question, "The show was dropped by four Northwave radio stations.")
    assert country["US"] < network["Northwave"]
    team = "Against which team did the striker score twice?"
    wales = _strengths(team, "The striker scored twice against Wales last month.")
    harlow = _strengths(team, "The striker scored twice against Harlow last month.")
    assert wales["Wales"] == harlow["Harlow"]


def test_an_apposition_says_the_kind_of_a_name() -> None:
    question = "Which music streaming service signed the band?"
    described = _strengths(
        question, "The band praised Tunebox, their new music streaming partner, on Monday."
    )
    plain = _strengths(question, "The band praised Tunebox and their manager on Monday.")
    assert described["Tunebox"] > plain["Tunebox"]


def test_a_phrase_after_a_comma_is_no_apposition_without_a_determiner() -> None:
    question = "Which music streaming service signed the band?"
    found = _strengths(
        question, "The band praised Tunebox, according to a music streaming survey, on Monday."
    )
    plain = _strengths(question, "The band praised Tunebox and their manager on Monday.")
    assert found["Tunebox"] == plain["Tunebox"]


def test_a_name_heading_a_list_with_the_asked_name_is_no_answer() -> None:
    # "only Tom, Ron and Bella": Tom is on Bella's side of the story, not her actor
    found = _strengths(
        "Who plays Bella in The Long Winter?",
        "It is a winter of storms that only Tom, Ron and Bella can survive in The Long Winter.",
    )
    assert "Tom" not in found
    kept = _strengths(
        "Who plays Bella in The Long Winter?",
        "Ann Hale is ever better as Bella, and Tom, Ron and Kit are joined by a starry cast.",
    )
    assert "Ann Hale" in kept


def test_a_where_question_about_a_move_wants_the_end_it_asks_about() -> None:
    sentence = "Striker Tom Ashby will go to Millbrook on loan from Carrow for the season."

    def strengths(question: str) -> dict[str, float]:
        return {c.text: c.strength for c in candidates(read_question(question), sentence)}

    going = strengths("Where is Tom Ashby going on loan?")
    assert going["Millbrook"] > going["Carrow"]
    leaving = strengths("Where is Tom Ashby moving from?")
    assert leaving["Carrow"] > leaving["Millbrook"]
    still = strengths("Where did Tom Ashby score?")
    assert still["Carrow"] == still["Millbrook"]


def test_a_name_beside_the_asked_kind_of_place_is_one() -> None:
    # "the capital Bogota" says what kind of place Bogota is, as "in Bogota" would
    found = _strengths(
        "What is the capital of Colombia?",
        "The coffee co-operative in the Rio Claro Valley, 60 miles west of the capital "
        "Bogota, sells direct to roasters.",
    )
    assert found["Bogota"] > found["Rio Claro Valley"] * 0.9
    # without a kind of place asked, a bare name keeps its low strength
    bare = _strengths(
        "Where does the co-operative sell its coffee?",
        "The co-operative, 60 miles west of the capital Bogota, sells to roasters.",
    )
    assert bare["Bogota"] < 1.0


def test_a_list_after_a_place_preposition_is_a_list_of_places() -> None:
    # "in Ghana, Kenya and the Horn of Africa": the later names share the "in" of the
    # first, and are places, not people; a name set beside another by commas alone
    # ("to Ventura Road, Market Hall, which…") is no list
    sentence = "Before that Mr Dale ran the bank's offices in Ghana, Kenya and the Horn of Africa."
    people = _strengths("Who ran the bank before Tom Dale?", sentence)
    places = _strengths("Where did Tom Dale run the bank's offices?", sentence)
    assert people["Kenya and the Horn of Africa"] < 0.2
    assert places["Kenya and the Horn of Africa"] == places["Ghana, Kenya"]
    apposed = _strengths(
        "Where did the stall move?", "The stall moved to Ventura Road, Market Hall, last May."
    )
    assert apposed["Market Hall"] < apposed["Ventura Road, Market Hall"]
