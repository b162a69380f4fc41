"""Wrong-speaker causes of issue 12, each on a short story written for the test: a
colon cue echoed by a pronoun cue, and more."""

from __future__ import annotations

from tests.support.news import quote_with, quotes_in


def test_a_pronoun_cue_after_a_named_colon_cue_is_its_echo() -> None:
    lead = (
        "Labour's Tom Reid said the budget plans were costed in full. He added that tax "
        "rises were not needed.\n\n"
    )
    body = (
        lead + 'Green spokesman Mark Lane said: "The minister will no doubt tell us all is '
        'well," he said. "But the debts keep growing."'
    )
    found = quote_with(body, "no doubt tell us")
    assert (found.speaker, found.how) == ("Mark Lane", "named")
    body = (
        lead + 'For the Greens David Moss said: "The minister will no doubt tell us all is '
        'well," he said. "But the debts keep growing."'
    )
    assert (quote_with(body, "no doubt tell us").speaker or "").endswith("David Moss")


def test_it_can_stand_for_a_business_whose_name_holds_a_given_name() -> None:
    body = (
        "The housing market remains strong, according to lender Norbank and housebuilder "
        'Thomas Brandt.\n\nNorbank said mortgage demand was "holding up". It reported a 5% '
        "rise in profits. Shares in Norbank fell 2%.\n\nBrandt's profits were at the top of "
        'forecasts. Brandt said sales had been "steady" in the spring. "Prices slowed in the '
        'autumn but have recovered since," it added. Shares in Brandt rose 3%.'
    )
    found = quote_with(body, "Prices slowed")
    assert (found.speaker, found.how) == ("Thomas Brandt", "resolved")  # "it", not carried


def test_a_reported_clause_ends_before_a_contrast_with_its_own_named_cue() -> None:
    body = (
        "The home secretary set out a points system for migrants on Monday. The Greens "
        "say they will study the proposals, but Labour's Amy Hart said her party would "
        "scrap them."
    )
    found = quote_with(body, "study the proposals")
    assert found.speaker == "Greens"
    assert found.text == "they will study the proposals"
    assert quote_with(body, "her party would").speaker == "Amy Hart"


def test_a_reported_clause_ends_before_a_contrast_with_an_unnamed_subject() -> None:
    # "but local officials said …", "but did not say …": what follows the contrast is no
    # part of what the first subject reported
    body = (
        "Storms closed the coast road on Sunday. Dunmore Council said the road would reopen "
        "by Friday, but local officials said repairs could take a month.\n\n"
        "Harbour Rail said services would resume on Monday, but did not say when the "
        "timetable would return to normal."
    )
    assert quote_with(body, "the road would reopen").text == "the road would reopen by Friday"
    assert quote_with(body, "services would resume").text == "services would resume on Monday"


def test_a_contrast_opened_by_that_or_later_goes_on_with_the_same_report() -> None:
    # "but that the union said": a second reported clause of the same verb; "but later
    # said": the same subject again; neither is a subject of its own that cuts the clause
    body = (
        "Dock workers met in Hull on Monday.\n\n"
        "Glyn Roberts said that the walkout would start on Friday, but that the owners "
        "said they were ready to talk."
    )
    assert quote_with(body, "the walkout would").text == (
        "the walkout would start on Friday, but that the owners said they were ready to talk"
    )
    body = (
        "Dock workers met in Hull on Monday.\n\n"
        "Glyn Roberts said the walkout would start on Friday, but later said the date "
        "could move."
    )
    assert quote_with(body, "the walkout would").text == (
        "the walkout would start on Friday, but later said the date could move"
    )


def test_capitalised_words_ending_in_a_role_after_the_name_an_office() -> None:
    body = (
        "Labour chairman Ian Lowe opened the campaign in Leeds on Monday. He said the party "
        "was ready for the election.\n\nThe Green Party had its own launch in Bristol. The "
        "Labour Party Co-Chairman said the Greens would take votes from the Liberal "
        "Democrats rather than from his party."
    )
    assert quote_with(body, "take votes").speaker == "Ian Lowe"


def test_an_unnamed_dealer_after_a_comma_leaves_the_quotation_unattributed() -> None:
    body = (
        'Shares in Kell fell 3%. "It is a poor result," said Tom Marr, an analyst at Brook '
        "Securities. However, one dealer, who asked not to be named, told Reuters the "
        'festive trading was "not what people had hoped for".'
    )
    found = quote_with(body, "not what people")
    assert (found.speaker, found.how) == (None, "unattributed")


def test_a_name_in_a_where_aside_is_not_the_next_roles_referent() -> None:
    body = (
        "Tom Hale has backed plans for a new nuclear plant, saying the country must plan "
        "ahead.\n\nThe issue featured in the recent French election, where Pierre Lambert "
        "opposed new reactors. But the opposition leader argued there was a strong case for "
        'cheap clean power. "I believe we owe it to the next generation," he said.'
    )
    assert quote_with(body, "next generation").speaker == "Tom Hale"


def test_the_star_of_named_films_is_the_person_not_the_last_title() -> None:
    body = (
        "Screen legend Dan Hoff has attacked the state of modern cinema.\n\nThe star of "
        'Night Train and Blue Harbour said studios were "out of ideas" at a festival in '
        "Berlin on Friday."
    )
    assert quote_with(body, "out of ideas").speaker == "Dan Hoff"


def test_a_participle_after_a_speech_nouns_quotation_is_the_subjects() -> None:
    body = (
        "Michael Dale had already broken away from the text of his speech, at his party's "
        "conference in Leeds, to deliver a sharp rebuff to Tom Webb's description of him as "
        'a "career politician", claiming such personal abuse meant Labour was "rattled" by '
        "the Tory challenge."
    )
    assert quote_with(body, "such personal abuse").speaker == "Michael Dale"


def test_a_name_in_apposition_to_the_maker_of_works_speaks() -> None:
    body = 'The star of Quiet Harbour and Long Road, Dan Hoff said: "The culture is poor."'
    assert quote_with(body, "culture is poor").speaker == "Dan Hoff"


def test_a_name_after_their_modifies_the_noun_and_never_speaks() -> None:
    body = (
        "Wales scrum-half Dylan Price hailed his side's 21-15 win over France.\n\n"
        "The Cardiff number nine kicked 11 points to keep alive their Triple Crown hopes. "
        'He told reporters: "We made it hard for ourselves but a win in Paris is special."'
    )
    assert quote_with(body, "a win in Paris").speaker == "Dylan Price"
    assert all(q.speaker != "Triple Crown" for q in quotes_in(body))


def test_a_name_after_their_opening_the_sentence_modifies_the_noun_too() -> None:
    body = (
        "Ulster fly-half Niall Corrigan praised his side's 18-12 win over Scotland.\n\n"
        "Their Triple Crown hopes are still alive. "
        'He told reporters: "We were poor in the first half but the bench won it."'
    )
    assert quote_with(body, "the bench won it").speaker == "Niall Corrigan"
    # (but "Our Principles PAC", written so inside a sentence too, is a name)
    body = (
        "The ads come from Our Aims PAC, a group set up to stop Mr Vance.\n\n"
        'Our Aims PAC said the ads would run "in every county".'
    )
    assert (quote_with(body, "in every county").speaker or "").endswith("Aims PAC")


def test_a_role_between_the_possessive_and_the_name_keeps_the_person() -> None:
    body = (
        "The singer has cancelled his tour dates.\n\n"
        'His manager Colm Devane said: "He needs a long rest and we all support him."'
    )
    assert quote_with(body, "needs a long rest").speaker == "Colm Devane"


def test_a_capitalised_role_between_the_possessive_and_the_name_keeps_the_person() -> None:
    body = (
        "Thousands gathered in the town square for the last rally of the campaign.\n\n"
        'They cheered as their Prime Minister Alan Tresham said: "We will win this."'
    )
    assert quote_with(body, "We will win this").speaker == "Alan Tresham"


def test_a_description_opening_the_sentence_is_no_part_of_the_name() -> None:
    body = (
        "Many villagers fear the new law will end their way of life.\n\n"
        "Farmer Alan Pryce, a member of the local hunt, told reporters the valley "
        '"lives and breathes hunting".\n\n'
        "Games maker Zephyr has sold two million consoles. Rival Kestrel has said it will "
        "launch its own console in March. Kestrel has not yet named a price."
    )
    assert quote_with(body, "lives and breathes").speaker == "Alan Pryce"
    assert quote_with(body, "launch its own console").speaker == "Kestrel"
