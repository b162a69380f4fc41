"""How a reader words a question, on articles written here: the frame around it ("in the
story about…"), "what's the name of…", nouns that ask for a reason or a phrase, "how many
times", who-answers that are people and not titles, hyphenated names written apart, and
copies of one story read as one."""

from __future__ import annotations

import pytest

from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, read_question
from bot.articles.qa.entity import BODY, PERSON, person_likeness
from bot.articles.qa.extract import candidates
from bot.articles.qa.rank import _articles, fingerprint
from bot.articles.search_index import SearchIndex

PIER = """Seaside pier reopens after storm repairs

Brackenmouth pier has reopened to visitors after a £3m repair programme.

The pier was closed twice last winter when storms tore away its decking.

A day ticket for the pier now costs £4, the council said.

Harbour master Owen Pritchard said the work had taken eight months.
"""

AWARDS = """Lighthouse drama wins regional film prize

The Harbour's Daughter was named best film at the Westcountry Screen Awards on Friday.

Other winners included Tamsin Rowe, who was crowned best actress for her role in Low Tide.

The Salt Marsh Diaries was named the audience favourite at the ceremony in Exeter.
"""

RUGBY = """Winger misses cup tie with hamstring problem

Harlow winger Dafydd Morgan will miss Saturday's cup tie against Stourbridge.

Morgan has a hamstring problem and is expected to be out for three weeks.

Coach Rhys Baines said the club would not take any risks with him.
"""

PHONE = """Trade fair shows off music phones

Maker Norland is showing off the N90, its new Harmony branded music phone, at the Hanover fair.

The company said the phone would go on sale in May.
"""

COPY_A = """Ferry firm expands island routes

The Firth Ferry Company will add three routes to the northern isles next year.

The firm's chief executive, Morag Dunn, said demand had grown for four years.

Tickets will go on sale in March.
"""

# The same story filed again under a new headline, with one more paragraph.
COPY_B = """Island ferry routes to grow

The Firth Ferry Company will add three routes to the northern isles next year.

The firm's chief executive, Morag Dunn, said demand had grown for four years.

Tickets will go on sale in March.

The company carried 1.2 million passengers last year.
"""


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    texts = {"pier": PIER, "awards": AWARDS, "rugby": RUGBY, "phone": PHONE}
    return {key: parse_article(text, key=key) for key, text in texts.items()}


@pytest.fixture(scope="module")
def index(library: dict[str, Article]) -> SearchIndex:
    return SearchIndex.build(list(library.values()))


def _first(question: str, index: SearchIndex, library: dict[str, Article]):
    found = find_answers(question, index, library, limit=1)
    assert found, question
    return found[0]


def test_the_readers_frame_is_not_looked_for() -> None:
    question = read_question("How much does a day ticket cost, in the story about the pier?")
    words = {word.lower() for word, _ in question.terms}
    assert "story" not in words and "pier" in words
    framed = read_question("According to the report, how many routes will be added?")
    assert "report" not in {word.lower() for word, _ in framed.terms}
    assert framed.type == "quantity"


def test_a_question_in_a_story_frame_is_answered(index, library) -> None:
    found = _first("How much does a day ticket cost, in the story about the pier?", index, library)
    assert found.supported and found.candidate is not None and found.candidate.text == "£4"


def test_whats_the_name_of_asks_as_which_does() -> None:
    question = read_question("What's the name of the pier's owner who spoke about the work?")
    assert question.type == "person"
    assert question.focus == read_question("Which owner spoke?").focus


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What excuse did the council give for closing the pier?", "reason"),
        ("What reason did the coach give?", "reason"),
        ("What injury will keep Dafydd Morgan out of the cup tie?", "thing"),
        ("What charge does the driver face?", "thing"),
        ("What film won the prize?", "name"),
    ],
)
def test_a_noun_asking_for_a_reason_or_a_phrase_is_not_a_name(question: str, kind: str) -> None:
    assert read_question(question).type == kind


def test_an_injury_question_is_answered_by_the_sentence_that_names_it(index, library) -> None:
    found = _first("What injury will keep Dafydd Morgan out of the cup tie?", index, library)
    assert "hamstring problem" in found.sentence.text


def test_twice_answers_how_many_times(index, library) -> None:
    found = _first("How many times was the pier closed last winter?", index, library)
    assert found.supported and found.candidate is not None and found.candidate.text == "twice"


def test_a_title_of_a_work_does_not_read_as_a_person() -> None:
    sentence = "The Salt Marsh Diaries was named the audience favourite."
    assert person_likeness("The Salt Marsh Diaries", sentence, 0) <= BODY
    assert person_likeness("Edge of Reason", "Edge of Reason won.", 0) <= BODY
    assert person_likeness("Tamsin Rowe", "Tamsin Rowe won.", 0) > BODY


def test_who_was_named_is_answered_by_a_person(index, library) -> None:
    question = read_question("Who was crowned best actress at the Westcountry Screen Awards?")
    found = candidates(question, AWARDS.splitlines()[4], article=AWARDS)
    assert found and found[0].text == "Tamsin Rowe"
    titled = candidates(question, AWARDS.splitlines()[6], article=AWARDS)
    assert all(c.strength < found[0].strength for c in titled)


def test_a_hyphenated_name_is_found_written_apart(index, library) -> None:
    found = _first("What Harmony-branded phone is Norland showing off?", index, library)
    assert found.supported and "N90" in found.sentence.text


def test_copies_of_a_story_share_a_fingerprint_and_are_read_once() -> None:
    first, second = parse_article(COPY_A, key="a"), parse_article(COPY_B, key="b")
    assert fingerprint(first) == fingerprint(second)
    other = parse_article(PIER, key="pier")
    assert fingerprint(other) != fingerprint(first)
    library = {a.key: a for a in (first, second, other)}
    index = SearchIndex.build(list(library.values()))
    found = find_answers("How many routes will the Firth Ferry Company add?", index, library)
    assert len({a.sentence.text for a in found}) == len(found)
    assert len({a.article_key for a in found}) == 1


def test_a_score_is_not_a_count() -> None:
    question = read_question("How many minutes were left when Okafor scored the winner?")
    sentence = "Harriers won 3-2 after Okafor scored the winner with four minutes left."
    found = sorted(candidates(question, sentence), key=lambda c: -c.strength)
    assert found[0].text == "four minutes"


@pytest.mark.parametrize(
    ("question", "plain_text", "kind"),
    [
        ("Can you tell me when the pier reopened?", "when the pier reopened?", "time"),
        (
            "Do you know how many times the pier closed?",
            "how many times the pier closed?",
            "quantity",
        ),
        ("Name the harbour owner who spoke.", "Which harbour owner spoke.", "person"),
        ("What number of routes will be added?", "How many routes will be added?", "quantity"),
        ("Whats the name of the film that won?", "Which film won?", "name"),
    ],
)
def test_a_polite_or_roundabout_question_is_read_plainly(
    question: str, plain_text: str, kind: str
) -> None:
    read = read_question(question)
    assert read.text == plain_text
    assert read.type == kind


def test_hedges_are_not_looked_for_and_people_is_the_counted_noun() -> None:
    question = read_question("Approximately how many people work at the pier?")
    assert "approximately" not in {word.lower() for word, _ in question.terms}
    assert question.focus == read_question("How many people died?").focus


def test_the_fuller_copy_of_a_story_is_the_one_read() -> None:
    first, second = parse_article(COPY_A, key="a"), parse_article(COPY_B, key="b")
    library = {a.key: a for a in (first, second, parse_article(PIER, key="pier"))}
    index = SearchIndex.build(list(library.values()))
    question = read_question("When do tickets for the routes go on sale?")
    ranked = _articles(question, index, library, None)
    assert [article.key for article, _ in ranked] == ["b"]  # "a" came first in the search


def test_doubled_answers_by_how_much() -> None:
    question = read_question("By how much did visitor numbers rise after the pier reopened?")
    sentence = "Visitor numbers doubled after the pier reopened, the council said."
    assert [c.text for c in candidates(question, sentence)] == ["doubled"]
    other = read_question("How many visitors came?")
    assert candidates(other, sentence) == []


def test_a_name_followed_by_who_reads_as_a_person() -> None:
    sentence = "Prizes went to Tamsin Rowe, who was crowned best actress, and Low Tide."
    start = sentence.index("Tamsin")
    assert person_likeness("Tamsin Rowe", sentence, start) == PERSON
    other = "Prizes went to Tamsin Rowe and Low Tide."
    assert person_likeness("Tamsin Rowe", other, other.index("Tamsin")) < PERSON


def test_a_number_counting_a_named_prize_does_not_count_the_asked_noun() -> None:
    question = read_question("How many kids voted for the Harbour Book Prize winners?")
    lead = "Young readers chose Tide Tales, winner of two Harbour Book Prizes."
    detail = "The winners were voted for by about 4,000 children."
    (counted_other,) = candidates(question, lead)
    (counted,) = candidates(question, detail)
    assert counted.text == "about 4,000"
    assert counted_other.strength < counted.strength
    plain = candidates(question, "Young readers chose two of the books.")
    assert counted_other.strength < plain[0].strength  # "two" counts the prizes


def test_a_word_inside_a_title_opened_by_the_is_not_a_person(index, library) -> None:
    sentence = "The Harbour's Daughter was named best film."
    assert person_likeness("Daughter", sentence, sentence.index("Daughter")) <= BODY
    role = "The Prime Minister Anwen Price said so."
    assert person_likeness("Anwen Price", role, role.index("Anwen")) > BODY
    found = _first("Who was crowned best actress at the Westcountry Screen Awards?", index, library)
    assert found.candidate is not None and found.candidate.text == "Tamsin Rowe"


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        ("How long is the ban?", "He was given a two-year ban and fined £5,000.", "two-year"),
        ("How old is the striker?", "The 23-year-old striker scored in 10 games.", "23-year-old"),
        ("How far did he throw?", "He threw 85.4 metres with 6 attempts.", "85.4 metres"),
    ],
)
def test_how_long_far_and_old_prefer_their_unit(question: str, sentence: str, answer: str) -> None:
    found = sorted(candidates(read_question(question), sentence), key=lambda c: -c.strength)
    assert found[0].text == answer


def test_the_person_is_the_name_after_a_role_inside_a_capitalised_run() -> None:
    question = read_question("Who wants tougher rules on pier safety?")
    sentence = "Coastal Affairs Minister Bethan Lloyd wants tougher rules on pier safety."
    found = candidates(question, sentence)
    assert found and found[0].text == "Bethan Lloyd"


SHADOW = """Ministers defend new gambling rules

The shadow transport secretary, Alan Pryce, said the rules were rushed and would not
survive a legal challenge.

Transport Secretary Helen Marsh said the rules would make the roads safer for everyone.
"""


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Who is the transport secretary?", "Helen Marsh"),
        ("Who is the shadow transport secretary?", "Alan Pryce"),
    ],
)
def test_a_rank_before_an_office_makes_it_another_office(question: str, holder: str) -> None:
    article = parse_article(SHADOW, key="shadow")
    library = {article.key: article}
    found = find_answers(question, SearchIndex.build([article]), library)
    assert found and found[0].candidate is not None and found[0].candidate.text == holder
