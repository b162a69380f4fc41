"""Speaker patterns of news copy (first met in BBC articles of a training set): an
affiliation aside whose closing comma was left out, a role with its field in lower case
before a name, an aside inside a subject, a present-tense clause after "but", a month
after a body's possessive, a role named only by a later cue, and an opening mark with a
space after it; each on a short story written for the test."""

from __future__ import annotations

from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, story


def test_a_chain_of_places_after_an_unclosed_affiliation_aside_is_no_speaker() -> None:
    body = (
        "Experts are doubtful. Dr Ann Price, of the Institute for Rail Studies at the "
        'University of Kent in Canterbury said: "The trains are not ready for this load. '
        '"For example, the brakes wear out twice as fast."\n\n'
        "Dr Omar Haddad, of the Centre for Health and Society at the University of the "
        'North of Wales in Bangor said: "The seats are too low for older people."'
    )
    assert quote_with(body, "not ready").speaker == "Ann Price"
    assert quote_with(body, "brakes wear").speaker == "Ann Price"
    assert quote_with(body, "seats are too low").speaker == "Omar Haddad"


def test_a_role_with_its_field_before_an_unlisted_given_name_introduces_a_person() -> None:
    body = (
        "The fans chanted at the visiting players. Portugal's minister of culture Anselmo "
        "Vidigal was quick to back the inquiry. "
        '"Everyone in public life has to watch their words," he said.'
    )
    assert quote_with(body, "watch their words").speaker == "Anselmo Vidigal"
    people = [p.name for p in attribute_article(story(body))[0]]
    assert "Anselmo Vidigal" in people
    # no role before the field, or a field that describes a body: no evidence of a person
    for other in (
        "The fans chanted at the players. A lifelong fan of opera Anselmo Vidigal was "
        "quick to back the inquiry.",
        "Tomas Berg, president of manufacturer Vostra Lifts, opened the tower.",
        "The band is in the running for eight Roxby Awards this year.",
    ):
        people = [p.name for p in attribute_article(story(other))[0]]
        assert "Anselmo Vidigal" not in people
        assert "Vostra Lifts" not in people
        assert "Roxby Awards" not in people


def test_a_field_that_ends_in_s_but_is_no_plural_still_introduces_a_person() -> None:
    body = (
        "The row over the budget deepened when professor of economics Xandro Pellucci "
        "joined the board of the bank."
    )
    people = [p.name for p in attribute_article(story(body))[0]]
    assert "Xandro Pellucci" in people


def test_a_name_inside_an_aside_of_the_subject_does_not_speak_next() -> None:
    body = (
        "The league opened a case against coach Luis Ortega over remarks about a rival. "
        "Ortega insisted the remarks, made to his club-mate Pablo Ruiz, were meant "
        "to motivate the player, and were not meant to offend.\n\n"
        '"I never meant to hurt anyone, so I sleep well," he said at the time.'
    )
    assert quote_with(body, "hurt anyone").speaker == "Luis Ortega"


def test_a_name_after_but_and_its_role_before_a_present_verb_is_a_subject() -> None:
    body = (
        "Under-fire manager Tom Reed has made three changes, bringing in Sam Cole and Ben "
        "Fry. Leeds have been criticised for their dull style this season but captain Mark "
        'Bright sees better days ahead. "I think we are improving," he said.'
    )
    assert quote_with(body, "improving").speaker == "Mark Bright"
    # an adverb ending in -s is no verb: the captain stays an object of nothing here
    other = (
        "Under-fire manager Tom Reed has made three changes. Leeds lost at home and captain "
        'Mark Bright always in the thick of it. "I think we are improving," he said.'
    )
    assert quote_with(other, "improving").speaker == "Tom Reed"


def test_a_month_after_a_bodys_possessive_is_nobody() -> None:
    body = (
        "Factory orders slowed last month, the central bank said. In the Bank of Korea's "
        "March survey, big firms were gloomier. "
        '"Orders will pick up," the trade minister said.'
    )
    people = [p.name for p in attribute_article(story(body))[0]]
    assert "March" not in people


def test_a_role_is_the_person_a_later_cue_of_the_paragraph_names_with_it() -> None:
    body = (
        "Factory output in Japan slowed in December, Tom Hart told reporters in Tokyo. "
        '"Orders are flat for now but they will pick up", the trade minister said. '
        '"It will be slower next year, but the recovery will go on," said trade minister '
        "Kenji Sato."
    )
    assert quote_with(body, "flat for now").speaker == "Kenji Sato"
    # a later cue of another paragraph does not name the role
    other = (
        "Factory output in Japan slowed in December, Tom Hart told reporters in Tokyo. "
        '"Orders are flat for now but they will pick up", the trade minister said.\n\n'
        '"It will be slower next year," said trade minister Kenji Sato.'
    )
    assert quote_with(other, "flat for now").speaker != "Kenji Sato"
    # a role set off after a name in its own sentence is that name's, not a later holder's
    aside = (
        "Waiting lists in Wales fell again. David Rhys Price, Plaid Cymru health spokesman "
        'said: "It is the same target she set in 1999." Conservative health spokesman Ann '
        'Cole said: "The money is not being spent well."'
    )
    assert quote_with(aside, "same target").speaker == "David Rhys Price"


def test_an_opening_mark_with_a_space_after_it_opens_a_quotation_after_a_word() -> None:
    body = (
        'Foreign minister Aiko Tanaka told her guest the plan was " a worrying step that '
        'threatens the whole region and its trade". She said nothing more. '
        'Lena Marsh said: "We will stand firm. " Her party agreed with her.'
    )
    quote = quote_with(body, "worrying step")
    assert quote.kind == "partial"
    assert quote.speaker == "Aiko Tanaka"
    # a mark with a space on both sides after a full stop closes, it opens nothing
    assert not any("Her party" in q.text for q in attribute_article(story(body))[1])
