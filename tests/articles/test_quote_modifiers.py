"""Capitalised words that are not names of anyone (issue 12, PolNeAR): a name joined to
an ending that makes it a modifier ("Trump-style", "Koch-backed"); each on a short story
written for the test."""

from __future__ import annotations

from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, story


def test_a_hyphenated_modifier_is_no_speaker() -> None:
    body = (
        "Senator Jane Morrow campaigned in Ohio on Monday.\n\n"
        "Morrow offered a Trump-style retort on her rival's favourite medium, tweeting at "
        'him, "you are not a leader, you are a complainer."\n\n'
        "Thousands of Morrow supporters are planning Occupy Wall Street-style marches "
        'against what they call the "rigged" primary of Tom Baker.'
    )
    assert quote_with(body, "not a leader").speaker == "Jane Morrow"
    assert quote_with(body, "rigged").speaker != "Occupy Wall Street-style"
    people = attribute_article(story(body))[0]
    assert not [p.name for p in people if p.name.endswith("-style")]


def test_a_modifier_before_a_role_keeps_the_named_speaker() -> None:
    body = (
        '"The race is tightening fast," said Ohio-based Republican strategist Al Moreno. '
        "A Koch-backed group also weighed in on Tuesday."
    )
    assert quote_with(body, "tightening fast").speaker == "Al Moreno"


def test_a_participle_phrase_before_the_verb_leaves_the_subject_speaking() -> None:
    body = (
        "Officials met in Washington on Monday.\n\n"
        'Senator Mary Lane speaking with reporters said, "The agents are looking at the '
        'donations."\n\n'
        'A Pentagon official speaking to Fox News said, "We have seen nothing like it."'
    )
    assert quote_with(body, "agents are looking").speaker == "Mary Lane"
    assert quote_with(body, "nothing like it").speaker != "Fox News"


def test_a_cue_right_after_a_whole_quotation_without_a_comma_names_the_speaker() -> None:
    body = (
        'A State Department official said on Friday, "We will not comment on leaks."\n\n'
        '"For months we have had to stand by while leaks spread" said Nick Merrill, a '
        'campaign spokesman. "It is irresponsible."'
    )
    assert quote_with(body, "For months").speaker == "Nick Merrill"
    assert quote_with(body, "irresponsible").speaker == "Nick Merrill"


def test_a_sum_inside_a_body_name_before_the_role_keeps_the_named_speaker() -> None:
    body = (
        "Fast-food workers marched in Milwaukee on Monday. Governor Anne Price, however, "
        "has said she would not raise the minimum wage.\n\n"
        "“They have to decide whether to feed their kids,” Fight for $15 organizing "
        "director Kendall Fells told a local TV station."
    )
    assert quote_with(body, "feed their kids").speaker == "Kendall Fells"


def test_a_name_between_a_dash_and_a_colon_speaks_not_the_topic_line() -> None:
    body = (
        "Polls were wrong in Iowa this week.\n\n"
        "Pollsters agree - Carla Brandt: “One of the biggest lessons was a simple one: keep "
        "on contacting voters as late as possible.”"
    )
    assert quote_with(body, "biggest lessons").speaker == "Carla Brandt"


def test_a_surname_that_is_a_preposition_speaks_after_the_quotation() -> None:
    body = (
        "Bill Clinton changed his party in the 1990s, said Al From, who founded the "
        "Democratic Leadership Council.\n\n"
        'Many voters then saw the Democrats as "the party of big government," From said. '
        '"Our challenge was how to tackle those problems."\n\n'
        "In responding Friday, the campaign criticised the agencies."
    )
    assert quote_with(body, "big government").speaker == "Al From"
    assert quote_with(body, "Our challenge").speaker == "Al From"


def test_a_word_after_a_before_a_noun_after_the_quotation_is_no_speaker() -> None:
    # "in a Morrowesque post": the word modifies "post", a noun here; "he" is the mayor
    body = (
        "Mayor Karl Hale spoke at the harbour on Thursday.\n\n"
        "On Friday, he seized on news that the port files were marked ''not for release,'' "
        "saying in a Morrowesque post on Twitter: ''The new budget is a disaster for the "
        "port.''"
    )
    assert quote_with(body, "not for release").speaker == "Karl Hale"
    assert quote_with(body, "disaster for the port").speaker == "Karl Hale"


def test_a_plural_name_with_the_before_a_verb_after_the_quotation_still_speaks() -> None:
    body = (
        'The report was sent to members on Thursday. "The kingdom is a close partner of the '
        'region," the Norwegians state in the paper.'
    )
    assert quote_with(body, "close partner").speaker == "Norwegians"
