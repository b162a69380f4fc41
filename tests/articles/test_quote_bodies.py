"""Bodies as speakers (issue 12): "the company says", "the firm added", "the former
monopoly said" stand for the business the story named last, and a name the story marks
as a business's ("drugs group Eli Lilly", "shares in Acme", "Acme spokeswoman") is that
business, never a person; each on a short story written for the test."""

from __future__ import annotations

import pytest

from bot.articles.cast import Cast, publication_names
from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, quotes_in, story


def test_the_company_is_the_business_a_kind_noun_introduced_though_its_name_looks_personal() -> (
    None
):
    body = (
        "Two big names have launched campaigns to defend their products. Retail chain "
        "Northgate bought adverts in six newspapers. Meanwhile, drugs group Ida Morrow is "
        "planning adverts about its sleeping pill Dormo.\n\n"
        "The move follows a magazine article that claimed trial results were hidden. In the "
        'adverts, the company says the article "needlessly alarmed thousands of patients".'
    )
    q = quote_with(body, "needlessly alarmed")
    assert q.speaker == "Ida Morrow"


def test_a_described_business_is_the_business_named_last() -> None:
    body = (
        "Telecoms firm Castlegate has offered to open its network to rivals, after the "
        "regulator warned it in May. Rivals have long accused it of abusing its position.\n\n"
        "The offer was sent to the watchdog on Monday.\n\n"
        '"Central to our offer are lower prices for every operator," the former monopoly '
        'said in a statement. "We are ready to change," chief executive Ben Walsh said.'
    )
    assert quote_with(body, "Central to our offer").speaker == "Castlegate"
    assert quote_with(body, "ready to change").speaker == "Ben Walsh"


def test_the_company_reaches_back_past_the_last_few_sentences_to_the_business() -> None:
    body = (
        "Drug trial setback hits shares\n\n"
        "Pelmark had hoped to sell its new pill in Europe by the summer. But the pill did "
        "no better than a sugar tablet in a trial of 900 patients. Rival pills made abroad "
        "have already won approval. Analysts expect sales to suffer. The board has now "
        "appointed a new director of research, John Patterson. The company said Mr Patterson "
        'would make "deep changes to the way trials are run".'
    )
    assert quote_with(body, "deep changes").speaker == "Pelmark"


def test_a_spokeswoman_marks_the_name_before_her_as_a_business() -> None:
    body = (
        '"Our aim was always to serve everyone," said Lumo spokeswoman Ann Hale. The new '
        "browser reads pages aloud.\n\n"
        "Another feature enlarges the text. The company says the tool "
        '"is not only meant for people with poor sight".'
    )
    assert quote_with(body, "not only meant").speaker == "Lumo"


def test_a_persons_spokesman_does_not_make_the_person_a_business() -> None:
    cast = Cast(
        [0],
        "Mr Blair's spokesman said so. Alan Jones spokesman Al Dee agreed. Chief executive "
        "Jo Bell left.",
    )
    named, hinted = cast.business_names()
    assert named == frozenset()
    assert hinted == frozenset()  # a courtesy title, a given name, a role: no business


def test_shares_in_a_name_and_a_kind_noun_mark_it_as_a_business() -> None:
    text = (
        "Shares in Brackley fell 8%. Computer firm Orrin sued. Shares in Anglo-German firms rose."
    )
    named, _ = Cast([0], text).business_names()
    assert named == frozenset({"Brackley", "Orrin"})


def test_the_company_is_no_plural_of_a_trade_nor_members_nor_a_country() -> None:
    body = (
        "Shares in Trent Mills fell 5% on Tuesday. Analysts expect more cuts in the US this "
        "year, and MPs said the sector needed help. The company said it was halving its "
        "dividend to save cash."
    )
    q = quote_with(body, "halving its dividend")
    assert q.speaker == "Trent Mills"


def test_a_body_named_with_the_noun_goes_before_the_last_body_named() -> None:
    body = (
        "Farmer Tom Hale was put in touch with the Fair Hunt Group after his complaint. He "
        "sells his meat to supermarket Greenway. The group also said Mr Hale would have to "
        "buy a gun."
    )
    q = quote_with(body, "buy a gun")
    assert q.speaker == "Fair Hunt Group"


def test_a_verb_that_carries_the_next_one_is_no_cue_after_a_reporting_verb() -> None:
    body = (
        '"The buyer has bought a headache," said Velta spokesman Ivan Petrov. He said the '
        'company would continue to make "every lawful move" to protect its shareholders.'
    )
    partial = [q for q in quotes_in(body) if q.kind == "partial"]
    assert [q.speaker for q in partial] == ["Ivan Petrov"]


def test_the_board_speaks_for_the_business_named_last() -> None:
    body = (
        "Shares in Carrow Foods rose 6% after a bid from the tycoon Max Hart. Its chief "
        "executive Dan Reed said in May that talks were over. Now the board has confirmed "
        'the bid is back, with a statement reading: "The board has received a detailed '
        'proposal."'
    )
    assert quote_with(body, "detailed proposal").speaker == "Carrow Foods"


def test_a_company_whose_name_ends_in_a_company_word_is_still_the_company() -> None:
    body = (
        "Halden Motors said on Monday that it would close 20 showrooms. Its shares fell 8%."
        "\n\nAnalysts had expected a weaker year. Sales in Europe were flat.\n\n"
        'The company said it would "return to growth" within two years.'
    )
    assert quote_with(body, "return to growth").speaker == "Halden Motors"


def test_a_business_the_story_marks_beats_a_bare_surname_named_since() -> None:
    body = (
        "Drugs group Pelmark lost its appeal against the patent ruling.\n\n"
        "Ferguson criticised the ruling in a statement on Tuesday.\n\n"
        '"We will appeal again," the company said.'
    )
    assert quote_with(body, "appeal again").speaker == "Pelmark"


def test_a_board_far_from_any_business_is_no_business() -> None:
    body = (
        "Telecoms firm Castlegate reported higher profits in March.\n\n"
        "Its chief executive said the year had been strong. Sales rose in every region.\n\n"
        "Parents in Millbrook have complained about the new timetable. Teachers say it is "
        "too long.\n\nThe school board met on Tuesday to discuss the changes. Several "
        'parents attended.\n\n"We will act on these concerns," the board said.'
    )
    found = quote_with(body, "act on these concerns")
    assert (found.speaker, found.how) == (None, "unattributed")


def test_the_rival_firm_is_not_the_firm_just_named() -> None:
    body = (
        "Telecoms firm Castlegate has lost a contract to Orrin.\n\n"
        'The rival firm said the deal was "a vote of confidence" in its network.'
    )
    # (who the rival is, the engine does not yet read: no speaker rather than a wrong one)
    found = quote_with(body, "vote of confidence")
    assert (found.speaker, found.how) == (None, "unattributed")


def test_a_legal_form_after_a_name_marks_a_business_that_speaks_as_the_company() -> None:
    body = (
        "Dunmore plc said on Monday that profits rose by 12% to £40m in the year to March. "
        "Sales in Europe were strong, and analyst Tom Reed of Carter Bank praised the figures.\n\n"
        'The company said it was "confident about the year ahead".'
    )
    assert quote_with(body, "confident about").speaker == "Dunmore"


def test_the_issuer_of_a_statement_is_the_company_not_a_firm_named_in_passing() -> None:
    body = (
        "Fund scheme dropped\n\n"
        "Harwell Europe's Save Smart scheme began in March but its tactics proved unpopular. "
        "Harwell has closed the scheme.\n\n"
        "Research firm Delmont found that the scheme was losing money. According to figures "
        "gathered by Delmont, savers were leaving. In a statement from Harwell Europe "
        "announcing the closure, the company denied that this was its fault. The statement "
        "issued by Harwell also said savers had been warned. "
        '"The aim was always to test demand," the company said.'
    )
    assert quote_with(body, "test demand").speaker == "Harwell Europe"


def test_a_papers_named_owner_speaks_for_it() -> None:
    body = (
        "Corvel Media has filed a lawsuit against a former manager, Joe Platt. Corvel's "
        'lawsuit said Mr Platt had "taken secret plans to a rival".'
    )
    assert quote_with(body, "secret plans").speaker == "Corvel Media"


def test_a_bodys_paper_speaks_for_the_body() -> None:
    body = (
        "The Ramblers Association has written to the council about the new road, which "
        "local MP Sarah Kemp backs. Mrs Kemp says it will bring jobs. Their letter said "
        'the plan was "a disgrace to the valley".'
    )
    assert quote_with(body, "a disgrace").speaker == "Ramblers Association"


def test_the_company_is_the_business_that_spoke_not_one_named_since_in_passing() -> None:
    body = (
        "Food group Calder has said it is still in talks with retailer Brixham over a "
        "supply deal. The talks with Brixham began in May, and analysts expect a deal by "
        'the summer. But the company said it would "not be rushed into a deal".'
    )
    assert quote_with(body, "not be rushed").speaker == "Calder"


def test_an_airways_name_is_a_firm_and_its_first_word_alone_is_the_same_firm() -> None:
    body = (
        "Kestrel Airways said it would cut 300 jobs at its Leeds base. Pilots voted for "
        "a strike on Friday.\n\n"
        "Kestrel said the strike was unlawful. A union official said talks would go on."
    )
    people = {p.name: p.kind for p in attribute_article(story(body))[0]}
    assert people.get("Kestrel Airways") == "organisation"
    assert "Kestrel" not in people  # (the firm, no second body)
    assert quote_with(body, "strike was unlawful").speaker == "Kestrel Airways"
    # a titled namesake is a person of his own, never merged with the firm
    titled = body.replace("Kestrel said", "Mr Kestrel, the founder's son, said")
    people = {p.name: p.kind for p in attribute_article(story(titled))[0]}
    assert people == {"Kestrel Airways": "organisation", "Kestrel": "person"}


def test_a_place_or_people_that_opens_an_airline_name_alone_is_the_place() -> None:
    body = (
        "Qatar Airways cancelled all its flights to the region on Monday.\n\n"
        'Qatar said the blockade was "illegal and unjust".'
    )
    assert quote_with(body, "illegal and unjust").speaker == "Qatar"


def test_that_s_after_a_cue_is_no_that_clause_cut_after_its_that() -> None:
    body = "Tom Baxter said that's the end of the town. He said, frankly, that's all."
    assert all(not q.text.startswith(("'s", "’s")) for q in quotes_in(body))


def test_many_of_a_party_speak_for_the_party_never_for_its_leader() -> None:
    body = (
        "Labour leader Tom Reed added a new pledge on schools to his campaign card on "
        "Monday. Senior Tories believe they are at last in touch with the voters. "
        "Some Democrats say the plan will cost too much."
    )
    assert quote_with(body, "in touch with the voters").speaker == "Tories"
    people = {p.name: p.kind for p in attribute_article(story(body))[0]}
    assert people.get("Tories") == "organisation"
    assert people.get("Democrats") == "organisation"
    assert quote_with(body, "cost too much").speaker == "Democrats"


def test_an_informant_or_a_plural_group_is_not_the_person_last_named() -> None:
    body = (
        "Opposition leader Tom Reed has always backed the tax, aides told reporters. "
        'The party had been "split on the issue" until now, the Tory source said. '
        'Defence lawyers said Mr Reed had been "misled by his advisers".'
    )
    found = quotes_in(body)
    assert any("misled" in q.text for q in found)  # (found, and so checked below)
    for q in found:
        assert q.speaker != "Tom Reed" or "backed the tax" in q.text, q


def test_a_title_that_opens_its_sentence_is_no_issuer() -> None:
    body = 'Ministers met on Monday. Closing the Gap report said targets were "not on track".'
    assert quote_with(body, "not on track").speaker is None


@pytest.mark.parametrize("opening", ["But the", "On Tuesday the", "Significantly the"])
def test_a_named_survey_speaks_after_an_opening_word_too(opening: str) -> None:
    body = (
        "House prices rose again in May, lenders said. "
        f'{opening} Glenmoor survey said the rise was "slowing fast".'
    )
    assert quote_with(body, "slowing fast").speaker == "Glenmoor"


def test_a_named_paper_speaks_for_the_body_named_before_its_noun() -> None:
    body = (
        "House prices fell for a second month in March. Despite a small rise in London, "
        'the Kestrel survey concluded there were "clear signs of a cooling market". '
        'The Brightwater report said lending had fallen to "its lowest level in a decade".'
    )
    said = {q.text: q.speaker for q in quotes_in(body) if q.kind == "partial"}
    assert said["clear signs of a cooling market"] == "Kestrel"
    assert said["its lowest level in a decade"] == "Brightwater"
    # a report's title, a place or a month before the noun names no issuer
    for other in (
        'The charity\'s Counting the Cost report said aid was "far too slow".',
        'The Kenya report said aid was "far too slow".',
        'The March survey said prices were "far too high".',
    ):
        assert [q.speaker for q in quotes_in(other) if q.kind == "partial"] == [None], other


def test_a_candidates_campaign_with_a_bare_apostrophe_speaks_as_the_campaign() -> None:
    body = (
        "Tom Ross and Ann Jones clashed over debate dates.\n\n"
        "Jones’ campaign called the proposal “a stunt to dodge the voters of this state.”"
    )
    assert quote_with(body, "a stunt to dodge").speaker == "Jones campaign"


def test_a_place_after_in_only_locates_the_subject() -> None:
    body = (
        "Trade talks stalled on Tuesday. Officials in Lisbon said the offer was "
        '"nowhere near enough". "We see no way forward," envoys in Vienna said.\n\n'
        'Anna Roth in Madrid said the terms were "unacceptable".'
    )
    assert quote_with(body, "nowhere near").speaker != "Lisbon"
    assert quote_with(body, "no way forward").speaker not in ("Vienna", "Lisbon")
    assert quote_with(body, "unacceptable").speaker == "Anna Roth"


def test_a_person_noun_after_a_body_names_someone_of_it_not_the_body() -> None:
    body = (
        "The vote was delayed again. "
        '"We will not back this bill," said a Green Party source.\n\n'
        '"It is a shambles," muttered the Liberal Party person at the back.\n\n'
        '"We are ready," said a Green Party spokesman.'
    )
    assert quote_with(body, "back this bill").speaker is None
    assert quote_with(body, "shambles").speaker is None
    assert quote_with(body, "We are ready").speaker == "Green Party spokesman"


def test_a_body_noun_between_a_name_and_a_person_names_someone_of_the_body() -> None:
    # "a Unite union member", "a Harlow council spokesman": someone of the body the name
    # and its noun make, never a person called Unite or Harlow
    body = (
        "Bin collections stopped on Monday. "
        '"We will not go back until the offer improves," said a Unite union member.\n\n'
        '"The rounds will restart next week," said a Harlow council spokesman.'
    )
    assert quote_with(body, "offer improves").speaker is None
    assert quote_with(body, "rounds will restart").speaker is None
    people = [p.name for p in attribute_article(story(body))[0]]
    assert "Unite" not in people and "Harlow" not in people, people


def test_someone_of_a_body_is_not_the_holder_of_a_role_the_article_named() -> None:
    # "a Unite union member" is someone of the union, not the party leader named before
    body = (
        "Ann Rhys, the Labour party leader, toured the Harlow depot on Monday.\n\n"
        '"We will not go back until the offer improves," said a Unite union member.'
    )
    assert quote_with(body, "offer improves").speaker is None


def test_a_given_name_and_an_initial_before_a_bodys_word_make_a_person() -> None:
    # "Michael J Fox": a given name, a middle initial, then a surname that also names a
    # broadcaster: a person, as "Jane Fox" is
    body = (
        'Actor Colin R. Post said: "The research has to go on." '
        'Brenda J Fox said: "We need more money for the trials."'
    )
    kinds = {p.name: p.kind for p in attribute_article(story(body))[0]}
    assert kinds.get("Colin R. Post") == "person" or kinds.get("Colin R Post") == "person", kinds
    assert kinds.get("Brenda J Fox") == "person", kinds


def test_a_place_locating_a_body_after_a_person_noun_is_no_speaker() -> None:
    # "a spokesman for the council in Harlow": the place locates the council, whose
    # phrase "a spokesman" governs; neither Harlow nor the council is the speaker
    body = (
        "The ring road was closed after the flood. A spokesman for the council in Harlow "
        'said: "The road will reopen on Monday."\n\n'
        "At the motor show in Geneva Renault boss Carlos Brun said sales would rise."
    )
    assert quote_with(body, "reopen on Monday").speaker is None
    people = [p.name for p in attribute_article(story(body))[0]]
    assert "Harlow" not in people, people
    reported = [q for q in quotes_in(body) if "sales would rise" in q.text]
    assert reported and reported[0].speaker == "Carlos Brun"


def test_a_bare_plural_after_an_inverted_verb_cues_a_short_quote() -> None:
    # "“…,” said officials in Vienna": a cue, though it names no one; the short quotation
    # is a statement, not a scare quote to drop
    body = (
        'Trade talks ended late on Friday. "The deal is done," said officials in Vienna. '
        '"It will not last," said analysts.'
    )
    found = {q.text: q.speaker for q in quotes_in(body)}
    assert found == {"The deal is done": None, "It will not last": None}, found


def test_someone_of_a_body_is_not_the_person_the_sentence_before_talked_about() -> None:
    # "said a Unite union member" after a sentence about Ann Rhys: still someone the
    # article does not name, not the last subject
    body = (
        "Ann Rhys backed the strike at the depot on Monday. "
        '"We will not go back until the offer improves," said a Unite union member.\n\n'
        "Jo Bell toured the depot later. "
        '"The rounds will restart next week," said a Harlow council spokesman.'
    )
    assert quote_with(body, "offer improves").speaker is None
    assert quote_with(body, "rounds will restart").speaker is None


def test_a_capitalised_preposition_inside_a_run_makes_a_bodys_name() -> None:
    # "Writers Against Censorship": a capitalised "Against" inside a run is no part of a
    # person's name; the body the opening sentence names is "the group" that speaks later
    body = (
        "Vorland has been accused of jailing bloggers by the press freedom campaigners, "
        "Writers Against Censorship.\n\n"
        "The London-based group said at least six writers had been held since March.\n\n"
        '"Vorland must free every one of them at once," said the group in a statement. '
        '"Their only crime is to write," it said.'
    )
    assert quote_with(body, "free every one").speaker == "Writers Against Censorship"
    assert quote_with(body, "only crime").speaker == "Writers Against Censorship"


def test_a_one_word_name_with_an_inner_capital_is_a_company() -> None:
    # "DaimlerChrysler": one word with an inner capital is a company's name, the referent
    # of a later "it" (not "McKenna", whose capital follows a surname's prefix)
    body = (
        "Profits fell sharply last year at car maker VeldtMotor.\n\n"
        "VeldtMotor saw sales drop 4% in Europe, while costs rose. "
        'Tom McKenna, an analyst, said the fall was "no surprise".\n\n'
        'However, it is expecting "a strong recovery" in 2006.'
    )
    assert quote_with(body, "strong recovery").speaker == "VeldtMotor"
    assert quote_with(body, "no surprise").speaker == "Tom McKenna"


def test_a_one_word_name_that_undergoes_its_verb_is_no_speaking_body() -> None:
    # "ClearShield is expected to be launched …, the company said": a product that is
    # acted on, not the company that speaks of it
    body = (
        "Software maker Harwick has unveiled a new tool against copying.\n\n"
        "Harwick said ClearShield would stop most copying programs. "
        "ClearShield is expected to be launched in June, the company said."
    )
    assert quote_with(body, "launched in June").speaker == "Harwick"


def test_the_board_of_directors_speaks_for_the_business_named_last_as_a_subject() -> None:
    body = (
        "Games maker Halden has bought a 20% stake in Corrow, the biggest web portal firm in "
        "the country.\n\n"
        "Halden said that it may raise its stake later.\n\n"
        "Corrow said that the purchase of a stake by Halden would have no effect on its "
        "plans.\n\n"
        'The board of directors said in a statement that it would "keep acting for all the '
        'owners, staff and customers".'
    )
    # the body, not "directors"; and not Halden, named after Corrow but only in passing
    assert quote_with(body, "keep acting for all").speaker == "Corrow"


def test_a_body_named_only_as_an_object_still_stands_for_the_group() -> None:
    body = (
        "Ruritania has been accused of blocking a news site by the press watchdog, Writers "
        "Without Frontiers.\n\n"
        'The Geneva-based pressure group said the site had been "unreachable for a week".'
    )
    assert quote_with(body, "unreachable for a week").speaker == "Writers Without Frontiers"


def test_the_magazine_is_the_publication_a_noun_marked_beside_its_name() -> None:
    body = (
        "Radio tops gadget list\n\n"
        "A pocket transistor radio from 1957 has been voted the best gadget of all time by "
        "US magazine Gizmo Weekly. The Harlow Company made the first model.\n\n"
        '"It put music in every pocket," the magazine said. Harlow said it was "proud".'
    )
    assert quote_with(body, "music in every pocket").speaker == "Gizmo Weekly"


def test_the_paper_after_the_name_and_its_noun_is_that_newspaper() -> None:
    body = (
        "Lost files found in street\n\n"
        "The Evening Courier newspaper said on Monday it had been handed files on the "
        "minister's visit. Police chief Ann Shaw said an inquiry had begun. The paper said "
        'the files had been "left in a bus shelter".'
    )
    assert quote_with(body, "left in a bus shelter").speaker == "Evening Courier"


def test_a_described_newspaper_with_lower_case_words_is_not_the_publication() -> None:
    text = "The Daily Lantern newspaper said it would cut jobs. The loss-making newspaper agreed."
    cast = Cast([0], text)
    pos = text.index("The loss")
    assert cast.by_body(["The", "loss-making", "newspaper"], pos) is None
    held = cast.by_body(["The", "newspaper"], pos)
    assert held is not None and cast.entities[held].name == "Daily Lantern"


def test_the_paper_is_the_nearer_paper_that_reported() -> None:
    body = (
        "Striker's move agreed\n\n"
        "Italian daily Gazzetta said Inter had made a bid for the striker. On Tuesday, The "
        'Herald reported that the deal was done. The paper said the fee was "about £9m".'
    )
    assert quote_with(body, "about £9m").speaker == "Herald"


def test_a_research_paper_is_not_the_magazine_named_before() -> None:
    body = (
        "Gene linked to memory\n\n"
        "A study reported in US magazine Lab Monthly has found a gene for memory. Dr Ann "
        "Rhys of Hull University led the team.\n\n"
        'The paper, published on Friday, said the gene was "a key to recall".'
    )
    assert quote_with(body, "a key to recall").speaker is None


def test_a_paper_named_after_a_day_is_a_paper() -> None:
    # "the Sunday paper" names none, "the Sunday Herald newspaper" does
    assert [w for _, _, w, _ in publication_names("a report in the Sunday Herald newspaper")] == [
        ["Sunday", "Herald"]
    ]
    assert publication_names("as the Sunday paper said") == []
    body = (
        "Aide named\n\n"
        "US magazine Lab Monthly ran the story first in May. The claims were later repeated "
        "by the Sunday Herald newspaper, which named the aide.\n\n"
        '"We stand by our reporting," the newspaper said.'
    )
    assert quote_with(body, "We stand by").speaker == "Sunday Herald"


def test_a_white_paper_names_no_paper() -> None:
    # "paper" before a name needs a capitalised word before it, as "daily" does
    assert publication_names("the white paper Ministers had promised") == []
    assert [w for _, _, w, _ in publication_names("Greek paper Kathimerini said")] == [
        ["Kathimerini"]
    ]
    body = (
        "Schools plan\n\n"
        'Ministers unveiled the white paper Ministers had promised. "These reforms will '
        'transform schools," the paper said.'
    )
    assert quote_with(body, "These reforms").speaker is None


def test_daily_and_weekly_name_a_paper_only_after_a_place_adjective() -> None:
    body = (
        "Minister faces questions\n\n"
        "The Evening Lamp newspaper reported the row first. At the minister's weekly "
        "Commons grilling, Tom Hale pressed her. The paper said the row was "
        '"far from over".'
    )
    assert quote_with(body, "far from over").speaker == "Evening Lamp"
    assert publication_names("Take the pills twice daily Dr Lee said.") == []
    assert [w for _, _, w, _ in publication_names("Spanish daily Gazzetta said")] == [["Gazzetta"]]


def test_a_paper_named_after_of_and_a_lower_case_noun_is_named() -> None:
    names = publication_names("Ann Lee, the editor of the Evening Lamp newspaper, said")
    assert [w for _, _, w, _ in names] == [["Evening", "Lamp"]]
    assert publication_names("the News of the World newspaper said") == []


def test_an_inverted_cue_before_the_magazine_names_the_publication() -> None:
    body = (
        "Novel of the decade chosen\n\n"
        "A thriller set in Lisbon has been picked as the novel of the decade by literary "
        "magazine Page Turner. Author Jo Lane said she was thrilled.\n\n"
        "Ten of the top 20 books are crime novels. "
        '"Who could put this book down at midnight?" asked the magazine.'
    )
    assert quote_with(body, "put this book down").speaker == "Page Turner"
