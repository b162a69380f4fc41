"""Speaker patterns of BBC copy met on a fresh set of articles (bbc-whosaid-extra9): a role
noun that was not listed (a publicist), a participle joined to a verb that is itself joined
to the reporting verb, and "the" before a possessive role owner; each on a short story
written for the test."""

from __future__ import annotations

from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, quotes_in, story


def test_a_possessive_then_an_unlisted_role_then_a_name_speaks() -> None:
    body = (
        "The singer Lena Moss won her case on Monday.\n\n"
        '"She is pleased with the ruling and thanks her fans," said Moss\'s publicist '
        'Maria Lund. "It has been a hard year."'
    )
    assert quote_with(body, "pleased with the ruling").speaker == "Maria Lund"
    assert quote_with(body, "a hard year").speaker == "Maria Lund"


def test_a_participle_after_a_joined_verb_speaks_for_the_reporting_subject() -> None:
    body = (
        "The council denied the reports on Sunday.\n\n"
        "Transport and roads minister Ian Hale said it was wrong to suggest the mayor "
        'would replace Mr Dunn, adding they would "pull together" on the scheme.'
    )
    assert quote_with(body, "pull together").speaker == "Ian Hale"
    people = [p.name for p in attribute_article(story(body))[0]]
    assert "Transport" not in people


def test_the_before_a_possessive_role_owner_makes_no_body_of_the_name() -> None:
    body = (
        "The row over the bridge grew on Monday.\n\n"
        'The Green Party\'s Westminster leader Ann Price said the "reckless plan" had to go.'
    )
    people = attribute_article(story(body))[0]
    assert [(p.name, p.kind) for p in people] == [("Ann Price", "person")]
    assert people[0].role == "Green Party's Westminster leader"


def test_a_titled_name_after_an_opening_phrase_and_before_a_chain_of_asides_speaks() -> None:
    body = (
        "The firm has released 300 of its patents.\n\n"
        "In a statement, Dr Paul R. Simmons, Acme senior vice president, Research and "
        'Product Strategy, said: "This is a big day for open software. It is about sharing."'
    )
    assert quote_with(body, "big day").speaker == "Paul R. Simmons"
    titled = (
        "The inquiry heard from the detainee on Monday.\n\n"
        "Mr Tarik Osman, 41, from Luton, Bedfordshire, said he was held for two years "
        "without charge."
    )
    assert quote_with(titled, "held for two years").speaker == "Tarik Osman"


def test_a_name_in_apposition_to_an_opening_phrase_is_no_subject() -> None:
    body = (
        "The row over the war goes on.\n\n"
        "In his new book, Silent Orders, Philippe Duval, a lawyer and law professor, "
        "suggests the answer was written in the prime minister's office."
    )
    assert quote_with(body, "was written in").speaker == "Philippe Duval"


def test_the_body_that_ends_an_aside_about_a_post_is_no_referent() -> None:
    body = (
        "The firm has released 300 of its patents.\n\n"
        "Stuart Kemp, chief executive of US firm Open Code Development Labs, said the move "
        "could change the way companies deal with patents.\n\n"
        '"I think other companies will follow suit," he said.'
    )
    assert quote_with(body, "follow suit").speaker == "Stuart Kemp"


def test_an_aside_of_governed_phrases_after_a_role_without_its_closing_comma() -> None:
    body = (
        "Rival firm Sierra Telecom agreed to work with Nokia on the plan.\n\n"
        "The network may be more than a user needs, but Karl Brandt, president of the "
        'networks division at the firm says that: "By 2015 demand will have risen ten times."'
    )
    assert quote_with(body, "risen ten times").speaker == "Karl Brandt"


def test_the_issuer_of_a_report_after_according_to_is_the_source() -> None:
    body = (
        "Mobile networks need to get faster.\n\n"
        '"Faster links will be vital for services like mobile video," according to a '
        "report published by UK-based research consultancy Mobilis. Several firms are "
        "working on it."
    )
    assert quote_with(body, "Faster links").speaker == "Mobilis"


def test_a_reporting_word_after_an_article_in_the_tail_is_a_noun() -> None:
    body = (
        "The National Audit Office looked at the 20 biggest projects on Monday.\n\n"
        '"Many problems can be traced to poor planning," the report says.'
    )
    assert quote_with(body, "poor planning").speaker == "National Audit Office"


def test_a_named_cue_after_a_clause_that_follows_a_partial_quotation() -> None:
    body = (
        "The chancellor visited China last week.\n\n"
        "Gordon Kerr's decision to announce the date of the Budget while on a trip to China "
        'was a "sensible thing to do", since he was talking about skills at the time, '
        "Mr Balham told the BBC."
    )
    partial = [q for q in quotes_in(body) if q.text == "sensible thing to do"]
    assert [q.speaker for q in partial] == ["Balham"]


def test_a_colon_cue_after_an_unclosed_quotation_opens_the_next_one() -> None:
    body = (
        "The freed man spoke to a Sunday paper.\n\n"
        'Mr Tarik Osman said: "I lost two years of my life for nothing. He added: "They '
        'wanted to break me but they made me stronger. I am not bitter." The government '
        "denied the claims."
    )
    first = quote_with(body, "two years")
    assert first.text == "I lost two years of my life for nothing."
    assert quote_with(body, "made me stronger").speaker == "Tarik Osman"


def test_a_mark_after_a_nested_quotation_that_ends_a_sentence_opens_the_next_one() -> None:
    body = (
        "Ivan Petrov lost the first set badly.\n\n"
        "\"You lose the first set, then you think: 'This is not my day.' \"But then you "
        'get a bit more selfish and find a way out," Petrov said. "And I found it."'
    )
    found = [q for q in quotes_in(body) if q.text.startswith("But then you get")]
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Ivan Petrov")]


def test_the_one_a_claim_was_put_to_answers_it_next() -> None:
    body = (
        '"He ran at me with his hands raised," Alan Hogg said on Saturday. "It was a '
        'disgrace."\n\n'
        "Those claims were put to Paul Renner after his side's win on Sunday. At first he "
        'said only: "Nothing happened in that tunnel. I will not answer him any more."'
    )
    assert quote_with(body, "Nothing happened").speaker == "Paul Renner"


def test_a_number_inside_a_capitalised_name_is_part_of_it() -> None:
    body = (
        "The government has promised reforms.\n\n"
        "According to Gazzetta 24 Sera, the country's business daily, the cabinet will "
        'focus on "cutting red tape, taxes and delays in the courts".'
    )
    assert quote_with(body, "cutting red tape").speaker == "Gazzetta 24 Sera"
