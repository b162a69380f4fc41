"""Issue 12's patterns, each on a short news story written for the test: names inside a
quotation, BBC and wire layouts, reported speech that keeps its polarity, and how each
speaker was found (Quote.how)."""

from __future__ import annotations

import pytest

from bot.articles.parse import parse_article
from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, quotes_in, story

WARNED = (
    "Green Party finance spokeswoman Alice Hartley warned the budget was not as generous "
    "as Chancellor Mark Dunmore claimed. \"For all his talk of prudence, Mark Dunmore's "
    'sums simply do not add up," she said.\n\n'
    "Opposition leader Harold Finch said the scheme had failed. \"For all Tom Wade's "
    'promises of cheaper bills, families are paying more than ever," he said.'
)


def test_a_name_inside_the_quotation_is_not_who_the_pronoun_after_it_means() -> None:
    assert quote_with(WARNED, "sums simply").speaker == "Alice Hartley"
    assert quote_with(WARNED, "cheaper bills").speaker == "Harold Finch"


def test_a_name_the_sentence_reports_on_is_not_the_next_speaker() -> None:
    body = (
        "Mr Blair has failed to cut waiting lists, the Conservative leader Michael Grey "
        'claimed, saying he had the "wrong priorities".\n\n'
        '"Patients deserve better than another round of promises," he said.'
    )
    assert quote_with(body, "Patients deserve").speaker == "Michael Grey"
    assert quote_with(body, "wrong priorities").speaker == "Michael Grey"


REACTIONS = (
    "Reaction from around the league:\n\n"
    'Riverside Rovers boss Sir Colin Baxter: "We were second best for most of the '
    'afternoon and I cannot complain about the result."\n\n'
    'Northgate City manager Peter Oakes: "The lads showed real character after going '
    'a goal down so early."'
)


def test_a_bulleted_reaction_is_the_person_not_the_club() -> None:
    assert quote_with(REACTIONS, "second best").speaker == "Colin Baxter"
    assert quote_with(REACTIONS, "real character").speaker == "Peter Oakes"


def test_an_inverted_cue_with_a_firm_and_a_role_names_the_person() -> None:
    body = (
        '"We are surprised the index has fallen so far," said Hanover bank economist '
        'Klaus Brenner. "Retail is still weak," he added.'
    )
    assert quote_with(body, "index has fallen").speaker == "Klaus Brenner"
    assert quote_with(body, "Retail is still weak").speaker == "Klaus Brenner"


def test_told_the_bbc_reports_the_clause_not_the_outlet() -> None:
    body = (
        "The chief executive, Laura Penrose, told the BBC the company would not close "
        "the plant. Energy Minister Tom Wade told Radio 4's Today programme: \"We expect "
        'prices to fall in the spring."'
    )
    found = quotes_in(body)
    reported = [q for q in found if q.kind == "indirect"]
    assert [(q.speaker, q.text) for q in reported] == [
        ("Laura Penrose", "the company would not close the plant")
    ]
    assert quote_with(body, "prices to fall").speaker == "Tom Wade"


CONTINUED = (
    "Council leader Janet Morrow said the new budget would protect frontline services. "
    '"We have made difficult choices, but the libraries will stay open.\n\n'
    '"Nobody should have to travel ten miles to borrow a book," she said.\n\n'
    "Councillor Derek Vance said the figures were fantasy.\n\n"
    '"There is a hole in this budget the size of the town hall.\n\n'
    '"Residents will pay for this for a decade," said Mr Vance.'
)


def test_a_quotation_continued_across_paragraphs_keeps_its_speaker() -> None:
    opened = quote_with(CONTINUED, "difficult choices")
    assert opened.speaker == "Janet Morrow"
    assert opened.how == "carried"
    # a quotation that opens the paragraph after Mr Vance is introduced is his
    assert quote_with(CONTINUED, "size of the town hall").speaker == "Derek Vance"


def test_a_paragraph_opening_quotation_before_another_speakers_short_quote_is_not_carried() -> None:
    body = (
        'Judge Mary Wells ruled against the council. "The decision was unlawful," she '
        'said.\n\n"We will fight this all the way." Council leader Tom Reed called the '
        'ruling "deeply flawed".'
    )
    assert quote_with(body, "fight this all the way").speaker == "Tom Reed"


def test_a_quotation_opening_a_paragraph_goes_on_past_a_later_term_with_its_own_cue() -> None:
    body = (
        "Grid operator Helen Marsh, head of network planning, welcomed the plan. "
        '"Storage lets us keep the lights on when the wind drops," said Ms Marsh.\n\n'
        '"So households get cheaper power at night without doing anything." It matters, '
        'said Mr Odell of the regulator, that people now know terms like "smart meter", '
        "and most homes have one."
    )
    assert quote_with(body, "cheaper power").speaker == "Helen Marsh"


def test_he_added_after_another_speakers_quote_is_the_last_named_man() -> None:
    body = (
        "The union's regional secretary, Maria Costa, said staff had not been consulted. "
        '"Our members learned about the cuts from the local paper," Ms Costa said.\n\n'
        'Councillor Derek Vance agreed. "It is a disgrace," he added.'
    )
    assert quote_with(body, "local paper").speaker == "Maria Costa"
    assert quote_with(body, "disgrace").speaker == "Derek Vance"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Reed added that the plans to cut waiting lists to two weeks were on track.",
        "Mr Reed added the changes to the law would come into force in May.",
        "Mr Reed added the decision to close the ward had been taken by managers.",
    ],
)
def test_added_with_a_to_phrase_inside_its_clause_still_reports(sentence: str) -> None:
    body = "Health chief Tom Reed spoke at the hospital on Monday. " + sentence
    assert any(q.kind == "indirect" and q.speaker == "Tom Reed" for q in quotes_in(body))


def test_adding_a_thing_to_something_reports_nothing() -> None:
    body = (
        "Sprinter Jo Hart added a fourth world title to her collection on Sunday. Coach "
        "Ian Moss added the squad had trained harder than ever."
    )
    reported = [q.text for q in quotes_in(body) if q.kind == "indirect"]
    assert not any("world title" in t for t in reported)
    assert any(t.startswith("the squad had trained") for t in reported)


def test_a_denial_is_reported_as_a_denial() -> None:
    body = (
        "Moscow denies it is planning an attack on its neighbour, despite the build-up "
        "of troops along the border."
    )
    denial = next(q for q in quotes_in(body) if q.kind == "indirect")
    assert denial.speaker == "Moscow"
    assert denial.cue == "denies"
    assert denial.text.startswith("denies it is planning an attack")


def test_a_negated_cue_stays_in_the_reported_text() -> None:
    body = "Finance Minister Ruth Adler did not say that taxes would rise next year."
    reported = next(q for q in quotes_in(body) if q.kind == "indirect")
    assert reported.speaker == "Ruth Adler"
    assert reported.text.startswith("did not say")


def test_each_quote_records_how_its_speaker_was_found() -> None:
    body = (
        'Transport Secretary Helen Ward said: "The line will open in May."\n\n'
        '"We have the money and the trains," she said.\n\n'
        '"The timetable is fixed."\n\n'
        "Mrs Ward's officials were less sure.\n\n"
        'Placards read "no more delays and no more excuses for the railway".'
    )
    assert quote_with(body, "open in May").how == "named"
    assert quote_with(body, "money and the trains").how == "resolved"
    assert quote_with(body, "timetable is fixed").how == "carried"
    placard = quote_with(body, "no more delays")
    assert (placard.speaker, placard.how) == (None, "unattributed")
    assert all(q.how != "unattributed" for q in quotes_in(body) if q.speaker is not None)


def test_an_inverted_cue_with_lower_case_words_before_the_name_names_the_person() -> None:
    body = (
        '"We will start closing the gap in the spring," added his campaign manager Ruth '
        'Calder.\n\n"Nobody here is giving up," said retired surgeon Peter Lomax.\n\n'
        '"He is struggling with what is going on," said former Ohio governor Dan Reyes (R), '
        "a rival."
    )
    assert quote_with(body, "closing the gap").speaker == "Ruth Calder"
    assert quote_with(body, "giving up").speaker == "Peter Lomax"
    assert quote_with(body, "struggling").speaker == "Dan Reyes"


def test_an_opening_phrase_with_a_place_does_not_hide_the_subject() -> None:
    body = (
        "At a campaign event in Ames, Iowa, on Sunday, Joan Avery tried to explain her "
        'remarks, saying that the country should be "rallying partners and pulling '
        'allies off the sidelines."'
    )
    found = [q for q in quotes_in(body) if "rallying partners" in q.text]
    assert {q.kind for q in found} == {"partial", "indirect"}
    assert all(q.speaker == "Joan Avery" for q in found)
    assert all(q.how == "named" for q in found)  # the subject of the same sentence names her


def test_according_to_a_named_source_makes_them_the_next_he() -> None:
    body = (
        "Nintendo will sell the console for £99, according to Mark Ellery, editor of a "
        'games magazine. "It is a very competitive price, and Nintendo has built real '
        'excitement," he says.'
    )
    assert quote_with(body, "competitive price").speaker == "Mark Ellery"


def test_quotes_after_a_reporting_sentence_go_on_with_its_subject() -> None:
    body = (
        "Children's charity director Susan Blake criticised the current payments. "
        '"There is no logic to a system that pays carers differently by postcode. '
        '"With a shortage of carers, it is not fair to expect them to pay their own way."'
        "\n\nLeah Moss, head of research at Kindred, says 40 councils reported rises this "
        'year. "The fluff and the soft assurances are on their way out," she said.'
        "\n\nTom Kerr, director of Pathway, says 24 UK firms reported for the first time "
        'this year. "The lexicon of homilies and soft assurances is on its way out."'
    )
    assert quote_with(body, "no logic").speaker == "Susan Blake"
    assert quote_with(body, "shortage of carers").speaker == "Susan Blake"
    assert quote_with(body, "soft assurances are").speaker == "Leah Moss"
    assert quote_with(body, "lexicon of homilies").speaker == "Tom Kerr"


def test_a_name_in_a_relative_aside_or_a_reported_clause_is_not_the_next_he() -> None:
    body = (
        "Former Riverside singer Paul Jonas, who sang on hits such as Come Tomorrow and "
        'Long Way Home, said Charles was one of his heroes. "I am quite sure my own '
        'writing was influenced by him," he told BBC News Online.'
    )
    assert quote_with(body, "influenced by him").speaker == "Paul Jonas"
    assert all(q.cue != "sang" for q in quotes_in(body))


def test_letters_after_a_name_are_no_part_of_it() -> None:
    body = (
        "Lord Whitfield said the guideline would help judges.\n\n"
        "Director of Public Prosecutions, Ken Marsh QC, who sits on the council, said the "
        'principle was set down by parliament. "The guideline gives defendants more '
        'certainty," he said.'
    )
    assert quote_with(body, "more certainty").speaker == "Ken Marsh"


def test_a_participle_after_an_object_speaks_for_the_subject() -> None:
    body = (
        "Rural party leader Owen Pryce attacked the plans for pensioners saying they "
        'needed "more money and the freedom to spend it how they want."'
    )
    assert quote_with(body, "more money").speaker == "Owen Pryce"


def test_an_opening_adverb_is_no_speaker_and_expressing_is_speaking() -> None:
    body = (
        'Early in the campaign, Senator Ada Quill attacked her rival, calling him "a '
        'tired relic of another age."\n\n'
        "On the steps of the statehouse, Governor Len Moyo expressed a deep regret for "
        "''my failure to reduce the meanness in our politics.''\n\n"
        "Mr Moyo distanced himself from the rebels by saying he would serve if asked. "
        '"I am going to support the party, and support it enthusiastically."'
    )
    assert quote_with(body, "tired relic").speaker == "Ada Quill"
    assert quote_with(body, "meanness").speaker == "Len Moyo"
    assert quote_with(body, "support it enthusiastically").speaker == "Len Moyo"


def test_a_retort_reports_speech() -> None:
    body = (
        '"Look at all these people queueing for free stuff," Carla Dent said.\n\n'
        '"They are here because he promises them everything," Jim Boyle shot back with '
        "a laugh.\n\nWhen the minister suggested the island would sue, Senator Rosa Vidal "
        'fired back: "If they sue us in a court in Miami, they are going to lose."'
    )
    direct = {q.text[:20]: q for q in quotes_in(body) if q.kind == "direct"}
    assert direct["They are here becaus"].speaker == "Jim Boyle"
    assert direct["If they sue us in a "].speaker == "Rosa Vidal"
    # a verb in the opening "When …" clause reports up to that clause's comma only
    reported = next(q for q in quotes_in(body) if q.kind == "indirect")
    assert reported.text == "the island would sue"


def test_who_issues_a_statement_says_it() -> None:
    body = (
        'Hours after the flooding, Mayor Tessa Grant issued a statement, "Our city has '
        'been hit hard, but we will rebuild every street."\n\n'
        "On Thursday, after staying neutral for months, Senator Ivy Lund endorsed the "
        'mayor, saying, "She is exactly the fighter this city needs right now."'
    )
    assert quote_with(body, "rebuild every street").speaker == "Tessa Grant"
    assert quote_with(body, "fighter this city").speaker == "Ivy Lund"


def test_a_name_in_a_reported_clause_is_not_the_he_of_a_later_quote() -> None:
    body = (
        'Green leader Neil Pike said his party was ready. "We have the people and the '
        'ideas," he said. "Voters have noticed. "Nobody calls us a wasted vote any '
        'more." But he said Mr Haldane had lost the trust of voters. "There is a deep '
        'lack of trust in Tom Haldane as prime minister and in his government," he said.'
    )
    assert quote_with(body, "deep lack of trust").speaker == "Neil Pike"


def test_a_dash_after_a_clause_sets_off_its_subjects_words() -> None:
    body = (
        "“We will not back down,” said union leader Tom Baines. The trade minister, Ruth "
        "Adler, stood by the cuts on Monday — “Every pound of it was spent twice over.”\n\n"
        "“The books are open,” said Ms Adler. Senator Owen Marsh turned to the board’s "
        "accounts -- “Nobody has yet explained where the money went.”"
    )
    assert quote_with(body, "spent twice over").speaker == "Ruth Adler"
    assert quote_with(body, "where the money went").speaker == "Owen Marsh"


def test_a_single_quote_closing_inside_a_double_one_keeps_the_cue_after_it() -> None:
    body = (
        "Police chief Ann Ward said the letters had grown angrier. ''Some of them say, "
        "'Go back where you came from,''' said Mr. Alcaraz, who arrived as a boy. ''This "
        "city is my home and I am staying.''"
    )
    assert quote_with(body, "Some of them say").speaker == "Alcaraz"
    assert quote_with(body, "my home").speaker == "Alcaraz"


def test_a_participle_after_the_quote_is_no_inverted_cue() -> None:
    body = (
        'Senator Paul Reyes called the plan "a reckless gamble," saying Mayor Ann Cole '
        "had ignored every warning."
    )
    assert quote_with(body, "reckless gamble").speaker == "Paul Reyes"


def test_a_quote_paragraph_signed_on_the_next_line_is_the_signers() -> None:
    body = (
        "The week in quotes.\n\n"
        '"We will finish the bridge before the winter, whatever the council says."\n\n'
        "- Transport Secretary Helen Moore, at a site visit.\n\n"
        '"Nobody in this town asked for a bridge."\n\n'
        "-Councillor Frank Dobbs."
    )
    assert quote_with(body, "finish the bridge").speaker == "Helen Moore"
    assert quote_with(body, "asked for a bridge").speaker == "Frank Dobbs"


def test_quote_paragraphs_after_a_scare_quote_go_on_from_the_person_talked_about() -> None:
    body = (
        'Senator Carla Mendes said the cuts would "go deep" but gave no figures.\n\n'
        'What "go deep" means was left to voters, since Ms Mendes spoke only in '
        "generalities during the interview.\n\n"
        '"We have to be much tougher on spending than we have been."\n\n'
        '"Every department will have to find its share of the savings."'
    )
    assert quote_with(body, "much tougher").speaker == "Carla Mendes"
    assert quote_with(body, "its share").speaker == "Carla Mendes"


def test_the_body_named_by_its_noun_is_the_body_the_article_named() -> None:
    body = (
        "On Monday the Ramblers Alliance said 40 walks would go ahead. The alliance said "
        'the walks would show the new rules were "unworkable in practice" and unfair.\n\n'
        'The European Commission for Transport expects traffic to grow. "Road freight '
        'will keep rising for a decade at least," the commission said in its report. '
        '"Rail cannot take up the slack on its own," it noted.'
    )
    assert quote_with(body, "unworkable").speaker == "Ramblers Alliance"
    assert quote_with(body, "Road freight").speaker == "European Commission for Transport"
    assert quote_with(body, "take up the slack").speaker == "European Commission for Transport"


def test_a_name_before_a_chain_of_asides_is_the_subject() -> None:
    body = (
        "Mark Ellison, 34, of Dover, Del., who runs a bakery, said the town felt "
        '"forgotten by everyone in Washington" after the plant closed.'
    )
    assert quote_with(body, "forgotten").speaker == "Mark Ellison"


def test_a_name_in_what_an_introduced_speaker_reports_is_not_the_next_he() -> None:
    body = (
        'Home Secretary Paul Dyer said the plan was "firm but fair".\n\n'
        "The BBC's legal correspondent, Simon Pratt, said it appeared Mr Dyer was "
        "relying more on deportation than his predecessor. But he said agreements with "
        'other countries would be hard to reach. "Some of these men face very serious '
        'charges at home, so it is not an easy deal to strike."'
    )
    assert quote_with(body, "serious charges").speaker == "Simon Pratt"


def test_an_initial_that_ends_a_sentence_is_not_a_middle_initial() -> None:
    body = (
        "He appeared in six of the director's films, including Summer Nights and "
        "Harbour X. Maya Olusegun, the daughter of his co-star, recalled his kindness. "
        '"He made every one of us feel at home on set," she said.'
    )
    assert quote_with(body, "feel at home").speaker == "Maya Olusegun"


def test_a_participle_after_the_object_of_a_preposition_is_the_subjects() -> None:
    body = (
        "Mayor Rosa Delgado wrote a letter to Attorney General Tom Baird asking the "
        'Justice Department to look into the "shambles" at the polling stations.\n\n'
        "Many residents waited for hours, with Councillor Ann Ruiz calling the delays "
        'a "disgrace" on local radio.'
    )
    said = {q.text: q.speaker for q in quotes_in(body) if q.kind != "indirect"}
    assert said["shambles"] == "Rosa Delgado"
    assert said["disgrace"] == "Ann Ruiz"


def test_less_common_reporting_verbs_are_cues() -> None:
    body = (
        'Mayor Tom Reed said the city was "finished" as a port.\n\n'
        '"This city will always be a port," an angry Councillor Jane Wu retaliated. '
        '"It has been one for four hundred years."'
    )
    assert quote_with(body, "always be a port").speaker == "Jane Wu"
    assert quote_with(body, "four hundred years").speaker == "Jane Wu"


def test_a_name_and_any_past_verb_after_a_comma_cue_it() -> None:
    assert quote_with('"We will win," Jo Hart smiled.', "will win").speaker == "Jo Hart"
    assert quote_with('"It is over," he shrugged. Ann Lee left.', "over").speaker is None


def test_a_name_and_a_past_verb_after_a_question_or_an_exclamation_are_narration() -> None:
    judge = (
        "Judge Mary Wells turned to the defendant, Alan Brook, and asked: "
        '"Do you understand the charge?" Brook nodded.'
    )
    assert quote_with(judge, "understand the charge").speaker == "Mary Wells"
    booed = 'The minister, Ian Moss, was heckled on Friday. "Resign now!" Moss paused.'
    assert quote_with(booed, "Resign now").speaker is None


def test_a_cue_only_verb_speaks_after_a_question_and_with_its_particle() -> None:
    body = (
        "The inquiry heard from the former mayor, Alan Brook, and his aide, Joe Platt. "
        '"Did you read the report?" counsel Rita Dunn pressed.\n\n'
        '"Not the whole of it," Mr Brook ventured. "Only the summary," Mr Platt '
        "chipped in.\n\n"
        '"Then who did?" Ms Dunn persisted.'
    )
    assert quote_with(body, "read the report").speaker == "Rita Dunn"
    assert quote_with(body, "whole of it").speaker == "Alan Brook"
    assert quote_with(body, "Only the summary").speaker == "Joe Platt"
    assert quote_with(body, "who did").speaker == "Rita Dunn"


def test_said_an_epithet_before_a_name_is_that_person_not_a_new_source() -> None:
    body = (
        "Andy Murray won his first title in Sydney on Sunday. "
        '"It was the best week of my life," he said.\n\n'
        '"I never thought I would get here," said a delighted Murray.'
    )
    assert quote_with(body, "never thought").speaker == "Andy Murray"


def test_said_a_source_in_a_place_is_no_epithet_before_a_name() -> None:
    body = (
        'Councillor Tom Reed said the vote was rigged. "We had no choice," he said.\n\n'
        '"This is a betrayal of the town," said a precinct GOP chairman in Ohio.'
    )
    assert quote_with(body, "betrayal of the town").speaker is None


def test_adding_a_thing_to_what_a_relative_clause_describes_reports_nothing() -> None:
    body = "Sprinter Jo Hart added a fourth title to a collection which includes three golds."
    assert not [q for q in quotes_in(body) if q.kind == "indirect"]


def test_a_quotation_with_an_inverted_cue_of_its_own_takes_no_carried_speaker() -> None:
    body = (
        "Governor Alan Pike has courted county chairmen for months.\n\n"
        "Pike visited every county and met the committees over the weekend.\n\n"
        "\u201cI struck off anyone who had not paid the fee,\u201d said one precinct GOP "
        "chairman. \u201cRules are rules.\u201d"
    )
    assert quote_with(body, "struck off anyone").speaker is None
    assert quote_with(body, "Rules are rules").speaker is None


def test_a_source_the_article_does_not_name_is_nobody_named() -> None:
    body = (
        "Governor Alan Pike ran the campaign until March.\n\n"
        '"The drop we are seeing now comes from the old scandals," said a person close '
        'to the governor. "There is not much we can do about it."\n\n'
        '"The facts have not changed," a spokesman for the committee said.'
    )
    assert quote_with(body, "drop we are seeing").speaker is None
    assert quote_with(body, "not much we can do").speaker is None
    assert quote_with(body, "facts have not changed").speaker is None


def test_a_verb_after_and_shares_the_subject_of_the_verb_before() -> None:
    body = (
        "Senator Ray Cole and Mayor Dan Ruiz have clashed before.\n\n"
        "There have been sharper jabs, such as when Cole knocked Ruiz on housing and "
        'called him a "tourist," a subtle dig at a newcomer.'
    )
    assert quote_with(body, "tourist").speaker == "Ray Cole"


def test_a_role_and_name_opening_a_sentence_are_a_referent() -> None:
    body = (
        'Inspector Paul Grant said the server was never breached. "Nothing was lost," '
        "Mr Grant said.\n\n"
        "The firm has always said the same. President Moss backed it up in an interview "
        'last month. "I do not think it was ever at risk," he said.'
    )
    assert quote_with(body, "ever at risk").speaker == "Moss"


def test_a_role_then_a_name_in_commas_is_the_named_person() -> None:
    body = (
        "Wales won the match in the second half. A crestfallen Italy coach, Marco Bruni, "
        'simply observed: "There was an Italian half and there was a Welsh half."'
    )
    assert quote_with(body, "Italian half").speaker == "Marco Bruni"


def test_a_person_then_a_body_in_commas_is_the_person() -> None:
    body = (
        "The party will hold its conference in Leeds next year. Jane Hollis, Scarborough "
        'Hotels Association said: "We tried very hard to make sure they come back here."'
    )
    assert quote_with(body, "tried very hard").speaker == "Jane Hollis"


def test_a_name_in_an_opening_participle_phrase_is_not_the_he() -> None:
    body = (
        "Prime Minister Tony Wade said the report had cleared his former minister.\n\n"
        'Asked if Mr Dunmore could return to the cabinet, he replied: "I have made my '
        'admiration for him very clear."'
    )
    assert quote_with(body, "admiration").speaker == "Tony Wade"


def test_a_sentence_inside_a_quotation_is_no_narrative_for_the_next_quote() -> None:
    body = (
        'Her lawyer Ruth Dale said: "My client has never cheated. "Ivan Kovac is a man '
        "facing a long list of charges, while my client is a champion. Mr Kovac's "
        'claims have been wildly contradictory. "Mr Kovac chose to make these '
        'allegations on television."'
    )
    assert quote_with(body, "chose to make").speaker == "Ruth Dale"


def test_a_hyphenated_role_before_a_name_describes_the_name() -> None:
    body = (
        'Ann Wells promised a campaign "which is upbeat about the future".\n\n'
        'Liberal co-chairman Tom Reeve derided the photo call, saying: "The show of '
        'unity was the worst acting I have seen in years."'
    )
    assert quote_with(body, "worst acting").speaker == "Tom Reeve"


def test_a_participle_after_an_object_name_makes_no_speaker_of_it() -> None:
    body = (
        "Realising his error, Mr Carver then e-mailed Mr Dobson pointing out the "
        'mistake.\n\nHe said: "I am not very good at this e-mail business."'
    )
    assert quote_with(body, "not very good").speaker == "Carver"


def test_the_party_named_by_its_plural_speaks_as_a_body() -> None:
    body = (
        "Chancellor Ian Royle doubled the threshold for stamp duty. Mr Royle also froze "
        'fuel duty. The Tories called it a "spend now, pay later" budget.'
    )
    assert quote_with(body, "spend now").speaker == "Tories"


def test_a_partial_quote_after_an_opening_participle_is_the_subjects() -> None:
    body = (
        "Facing mounting pressure from his own party, Senator Carl Dunmore released a "
        'statement insisting that the inquiry had "no legal basis" at all.'
    )
    assert quote_with(body, "no legal basis").speaker == "Carl Dunmore"


def test_an_inverted_cue_before_a_described_name_names_the_person() -> None:
    body = (
        "Turnout was high in Dunmore on Tuesday.\n\n"
        '"I have not made up my mind yet," said undecided Labour voter Ruth Ames. '
        '"It is a close call," said longtime Whitlow ally Ben Ochoa.'
    )
    assert quote_with(body, "made up my mind").speaker == "Ruth Ames"
    assert quote_with(body, "close call").speaker == "Ben Ochoa"


def test_an_inverted_cue_after_a_clause_that_follows_the_quote_names_the_speaker() -> None:
    body = (
        "Turnout was high in Dunmore on Tuesday.\n\n"
        '"Many would call that a setback for the mayor" if she loses by a wide margin, '
        "said Carl Dunn, an analyst at the Civic Institute."
    )
    assert quote_with(body, "setback").speaker == "Carl Dunn"


def test_one_unnamed_party_member_is_nobody_the_article_names() -> None:
    body = (
        "Mayor Jane Potter spoke in Dunmore on Tuesday.\n\n"
        '"The campaign has been slow to answer," one senior Democrat said.'
    )
    q = quote_with(body, "slow to answer")
    assert q.speaker is None and q.how == "unattributed"


def test_a_bulleted_reaction_without_its_colon_is_the_person() -> None:
    body = (
        "Rovers won at home on Saturday.\n\n"
        '- Rovers boss Tom Baxter "We were the better side from the first whistle. '
        '"The lads never stopped running."\n\n'
        ' - City manager Peter Oakes "We did not turn up in the second half."'
    )
    assert quote_with(body, "better side").speaker == "Tom Baxter"
    assert quote_with(body, "never stopped").speaker == "Tom Baxter"
    assert quote_with(body, "did not turn up").speaker == "Peter Oakes"


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    body = (
        "The club has received a new offer from Harold Kemp.\n\n"
        "Kemp owns a stake in the club, and Northgate United's statement to the stock "
        'exchange said: "The board has noted the recent press speculation."\n\n'
        "A spokesman for the European Space Agency said funds were short. Engineer Ann "
        'Lowe said the old system still worked. "Failing to replace the system would '
        'carry large risks," said an agency statement.'
    )
    assert quote_with(body, "press speculation").speaker == "Northgate United"
    assert quote_with(body, "large risks").speaker == "European Space Agency"


def test_a_label_with_its_own_unnamed_subject_takes_no_later_speaker() -> None:
    body = (
        "The trader was jailed for three years. Film distributors have hailed the "
        'sentence as "a major boost for the industry". Trade body chief David Marsh '
        'said: "The problem will not go away."'
    )
    assert quote_with(body, "major boost").speaker is None
    assert quote_with(body, "will not go away").speaker == "David Marsh"


def test_a_description_stands_for_the_person_the_story_follows() -> None:
    body = (
        "Kessler hits back at Rovers\n\n"
        'Defender Jan Kessler says Rovers were wrong to sell him. "They made a mistake," '
        "Kessler told a magazine. Rovers manager Alan Ford sold the Dutchman to Lazio in "
        "2001. Ford insisted he sold the defender because the fee was too good. The affair "
        "still rankles with the Dutchman.\n\n"
        '"I was settled at the club, but they wanted to sell me," he said.'
    )
    quotes = attribute_article(parse_article(body, key="test.txt"))[1]
    settled = next(q for q in quotes if "I was settled" in q.text)
    assert settled.speaker == "Jan Kessler"


def test_said_the_american_is_no_person_called_american() -> None:
    body = (
        "Top seed Andy Carver beat Tomas Zeller in straight sets. Carver was delighted with "
        'the win. "I felt pretty good out there," said the American. "My serve worked."'
    )
    assert quote_with(body, "felt pretty good").speaker == "Andy Carver"
    assert quote_with(body, "serve worked").speaker == "Andy Carver"


def test_a_time_before_the_verb_is_not_its_subject() -> None:
    body = (
        'Opposition leader Mark Hayes last week said his team had reached a "collective '
        'view" on the plan after a "good discussion".'
    )
    assert quote_with(body, "collective view").speaker == "Mark Hayes"


def test_a_cue_inside_a_quotation_never_closed_ends_it() -> None:
    body = (
        'The World Trade Council says growth will slow. "In view of the weak demand, '
        "rates are likely to stay where they are, the council said in its report. Exports "
        'are expected to rise. The council warned that the dollar could fall. "The fall '
        'of the dollar is a major risk for exporters," it noted.'
    )
    weak = quote_with(body, "weak demand")
    assert "the council said" not in weak.text
    assert weak.speaker == "World Trade Council"


def test_a_passive_after_a_closed_quotation_names_no_speaker() -> None:
    body = (
        'Campaign chairman John Steward said: "A year ago the plan was launched. '
        '"A year later the protesters are still here." A ruling from the judge is '
        "expected in May."
    )
    assert quote_with(body, "protesters are still here").speaker == "John Steward"


def test_a_royal_keeps_her_country_in_her_name() -> None:
    body = (
        "The minister's former girlfriend, Princess Helena of Moravia, once said a "
        'relationship with him was "work, work and more work".'
    )
    assert quote_with(body, "more work").speaker == "Helena of Moravia"


def test_a_conjunction_before_an_opening_phrase_leaves_the_subject_after_it() -> None:
    body = (
        "The minister wants a vote next spring. But in an interview with the Daily "
        "Courier, Mr Grant refused to name a date, saying a vote would come "
        '"some time next year but when, I cannot say".'
    )
    assert quote_with(body, "when, I cannot say").speaker == "Grant"


def test_a_work_before_a_role_and_a_name_is_no_person() -> None:
    body = (
        '"The monster should thank you for this star," said Night Raid producer Kenji '
        'Mori. "But unfortunately, he cannot speak English," he added.'
    )
    assert quote_with(body, "cannot speak English").speaker == "Kenji Mori"


def test_a_cue_that_names_the_speaker_by_surname_or_title_is_named() -> None:
    body = (
        "Harbour master Colin Pettigrew opened the new lock on Friday.\n\n"
        '"It has taken six years to get the gates working," said Pettigrew.\n\n'
        '"Boats can now leave at any tide," Mr Pettigrew told reporters.\n\n'
        '"The town will notice the difference by summer," the harbour master said.'
    )
    assert quote_with(body, "six years").how == "named"  # a surname of an earlier full name
    assert quote_with(body, "any tide").how == "named"  # a title and the surname
    assert quote_with(body, "by summer").how != "named"  # a role, not a name


def test_a_surname_two_people_of_the_story_share_does_not_name_one() -> None:
    body = (
        "The sisters who own Larkin Dairies disagree over the sale of the farm. Ellen "
        "Larkin wants to sell, while Ruth Larkin does not.\n\n"
        '"Our grandmother would never have let the herd go," said Larkin.\n\n'
        '"The milk price has fallen for three years," said Ruth Larkin.'
    )
    assert quote_with(body, "herd go").how != "named"  # which of the two Larkins?
    assert quote_with(body, "three years").how == "named"


def test_an_abbreviation_in_capitals_is_a_body_that_it_refers_to() -> None:
    body = (
        "Northgate cut its prices last week. BrKW said the cuts could mean a longer term "
        '"change in pricing" at Northgate. "Either way, this is bad news for Northgate\'s '
        'margins," it added.'
    )
    people, quotes = attribute_article(story(body))
    assert [p.kind for p in people if p.name == "BrKW"] == ["organisation"]
    bad = next(q for q in quotes if "bad news" in q.text)
    assert (bad.speaker, bad.how) == ("BrKW", "resolved")


def test_a_described_speaker_is_the_subject_of_the_opening_clause() -> None:
    body = (
        "Federer beat Hewitt again on Sunday. When Lleyton Hewitt said he had been "
        'outplayed, the Australian added: "You are the best player I have faced."'
    )
    assert quote_with(body, "best player").speaker == "Lleyton Hewitt"


def test_the_person_a_quotation_talks_about_is_not_its_speaker() -> None:
    body = (
        "Rovers chairman Tom Marsh said he was disappointed by the news. According to "
        'Marsh, Harry Kemp vowed he would not join their rivals when he left. "I said to '
        "Harry 'I hope you don't go there', and he told me 'absolutely not',\" he said."
    )
    assert quote_with(body, "I said to Harry").speaker == "Tom Marsh"


def test_a_bracketed_aside_after_a_name_is_no_party_tag() -> None:
    """ "John Smith (a lawyer), said": a bracketed aside, unlike "(R-Ohio)", does not make
    the name before it the subject; the one the apposition describes speaks."""
    body = 'Tom Lee, a friend of John Smith (a lawyer), said: "He was never afraid of anything."'
    assert quote_with(body, "never afraid").speaker == "Tom Lee"
    tagged = 'Senator Ann Ruiz (D-Ore.), said: "We will not back down on the budget."'
    assert quote_with(tagged, "back down").speaker == "Ann Ruiz"


def test_a_quote_a_plural_subject_says_never_takes_a_later_speaker() -> None:
    # "…," analysts said: their words, even though the engine names nobody; the chief
    # executive quoted next in the paragraph did not say them
    body = (
        "Shares in Norgas rose 4% on Tuesday. "
        '"The results were far better than the market feared," analysts said. '
        '"We will keep investing in the North Sea," said chief executive Anna Kell.'
    )
    assert quote_with(body, "far better").speaker != "Anna Kell"
    assert quote_with(body, "keep investing").speaker == "Anna Kell"
    # "the organisation said" stands for the body the story is about
    body = (
        "The Dunmore Harbour Authority published its outlook on Tuesday. "
        '"Traffic will slow in the coming year," the organisation said. '
        '"Exports will carry the recovery," said Dunmore Harbour Authority.'
    )
    assert quote_with(body, "Traffic will slow").speaker == "Dunmore Harbour Authority"


def test_she_after_downing_street_said_is_not_downing_street() -> None:
    body = (
        "Cherie Blair praised the court ruling in a speech to law students. "
        "But Downing Street said she was speaking in her capacity as a lawyer. "
        "She said the ruling was a significant victory for human rights."
    )
    assert quote_with(body, "significant victory").speaker == "Cherie Blair"


def test_a_colon_left_by_a_lost_label_does_not_hide_a_paragraph_opening_quote() -> None:
    body = (
        "Former tour manager Ray Dunn remembers the band's first world tour.\n\n"
        'Dunn said: "We had no idea what was coming."\n\n'
        ': "I booked every hotel myself and most of them were terrible."'
    )
    assert quote_with(body, "booked every hotel").speaker == "Ray Dunn"


def test_a_paragraph_opening_quote_goes_on_from_reported_speech_before_not_a_later_cue() -> None:
    body = (
        "Ann Cole, one of the ministers the poster mocked, is baffled by the attack. "
        "The poster, she says, shows how the party has lost its way.\n\n"
        '"I really do not know what they are thinking." Party members were upbeat all day. '
        '"It has been a great week," said student Tom Hale.'
    )
    assert quote_with(body, "really do not know").speaker == "Ann Cole"
    assert quote_with(body, "great week").speaker == "Tom Hale"


def test_a_quote_after_a_sentence_whose_subject_is_he_is_his() -> None:
    body = (
        "The hall was full long before Tom Reid arrived. Lisa Marsh, his deputy, spoke "
        "first and was cheered.\n\n"
        "And then he was back, walking to the front of the stage as the hall stood. "
        '"We will win this election, and we will win it together."'
    )
    assert quote_with(body, "win this election").speaker == "Tom Reid"


def test_a_partial_quote_after_narration_is_its_own_subjects_not_the_earlier_speakers() -> None:
    body = (
        '"It has been a hard year for all of us," said Ann Rhys, the chief executive. '
        "Vexa Motors sold two million cars. Its shares rose by 5%. Its costs fell as well. "
        'However, it expects "strong growth" in profits next year.'
    )
    assert quote_with(body, "strong growth").speaker == "Vexa Motors"


def test_a_partial_quote_right_after_the_speakers_reported_speech_is_still_theirs() -> None:
    body = (
        '"We will cut waste," said Owen Pryce, the party leader. The plans were drawn up '
        "over the summer, he said. He was asked whether the cuts would hit schools. Mr "
        "Pryce insisted the only test was whether the money was well spent. It had nothing "
        'to do with a "war on teachers" of any kind.'
    )
    assert quote_with(body, "war on teachers").speaker == "Owen Pryce"
