"""Speaker patterns of BBC copy the engine was not tuned on (issue 12, unseen articles):
names with surname particles, a role set off from the name by a comma, and more; each on
a short story written for the test."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.articles.quotes import attribute_article
from tests.support.news import quote_with, quotes_in, story


def test_surname_particles_stay_inside_the_name() -> None:
    body = (
        "Dutch finance minister Pieter van der Berg said the plan was sound. "
        '"We will not back down on this," said Mr van der Berg.\n\n'
        '"The fans deserve better," said Juan de la Vega, the club president.'
    )
    assert quote_with(body, "back down").speaker == "Pieter van der Berg"
    assert quote_with(body, "fans deserve").speaker == "Juan de la Vega"
    people = attribute_article(story(body))[0]
    assert [p.name for p in people if "Berg" in p.name] == ["Pieter van der Berg"]


def test_a_role_then_a_comma_then_the_name_names_the_speaker() -> None:
    body = (
        "The software firm cut 200 jobs on Monday. "
        '"We regret the losses," said Lumen spokeswoman, Berit Hanson.\n\n'
        'Northgate Foods also cut prices. "We are confident in our plan," said the '
        "company's spokesman, John Carter.\n\n"
        "The Anglican Bishop of Leeds, the Right Reverend Paul Crane, told listeners that the "
        'church "must listen to its members".'
    )
    assert quote_with(body, "regret the losses").speaker == "Berit Hanson"
    assert quote_with(body, "confident in our plan").speaker == "John Carter"
    assert quote_with(body, "must listen").speaker == "Paul Crane"


def test_a_colon_cue_keeps_its_quotation_from_the_next_sentences_speaker() -> None:
    body = (
        'Tom Ward, of Leeds, said: "He is the first leader to win twice. He has delivered." '
        'Mark Hall, of York, said it was "a great night for the party".'
    )
    assert quote_with(body, "first leader").speaker == "Tom Ward"
    assert quote_with(body, "great night").speaker == "Mark Hall"


def test_a_name_then_a_role_without_its_closing_comma_speaks() -> None:
    body = (
        "Jane Hill, a local councillor said the minister had won the room over: "
        '"I think we can hold this seat at the election."'
    )
    assert quote_with(body, "hold this seat").speaker == "Jane Hill"


def test_a_cueless_quotation_run_into_a_named_cue_is_that_speakers() -> None:
    body = (
        "Mayor Ann Cole said the war would not matter to most voters. "
        '"Our real problem is that the polls say we will win easily. "It breeds '
        'complacency among our own voters," said city councillor Brian Hale.'
    )
    assert quote_with(body, "real problem").speaker == "Brian Hale"


def test_a_courtesy_title_and_a_surname_is_not_someone_with_that_given_name() -> None:
    body = (
        "Sacked MP Howard Lyle said he would fight on. Mr Lyle has consulted lawyers. Mr "
        "Howard insisted he had kept to the rules. The Tory leader, who says he is honest, "
        'said: "We do not say one thing in private and another in public."\n\n'
        '"The group will have to pay in the end," said Kim Yungmin, an analyst. "They are '
        'stalling for better terms," said Mr Kim.'
    )
    people = attribute_article(story(body))[0]
    assert {p.name for p in people} >= {"Howard Lyle", "Howard"}
    assert quote_with(body, "one thing in private").speaker == "Howard"
    assert quote_with(body, "stalling").speaker == "Kim Yungmin"


def test_a_long_description_after_the_quotation_stands_for_the_person_named_before() -> None:
    body = (
        "Former Olympic champion Carl Dixon has accused the national squad of lacking pride."
        '\n\n"At the moment, they lack pride," the world 200m and 400m record holder told '
        'Five Live. "They need to travel more." However, Ben Abel countered: "It is easy '
        'to criticise from outside."'
    )
    assert quote_with(body, "lack pride").speaker == "Carl Dixon"
    assert quote_with(body, "travel more").speaker == "Carl Dixon"
    assert quote_with(body, "easy to criticise").speaker == "Ben Abel"


def test_a_group_that_speaks_as_one_is_the_speaker_not_one_of_its_members() -> None:
    body = (
        "The judges, who included authors Jane Colt and Amy Crane, praised the novel. "
        '"It is hard to think of anybody not enjoying it," wrote the judges. The judges '
        'called the biography "an impressive piece of scholarship".\n\n'
        '"We cannot win on this ground," Labour strategists said.'
    )
    assert quote_with(body, "anybody not enjoying").speaker == "judges"
    assert quote_with(body, "impressive piece").speaker == "judges"
    assert quote_with(body, "cannot win").speaker == "Labour strategists"


def test_an_age_before_a_capitalised_word_describes_a_person_named_before() -> None:
    body = (
        "Irish singer Ronan Dwyer has won the Dublin song prize. "
        '"It means the world to me," the 25-year-old Dubliner said.'
    )
    assert quote_with(body, "means the world").speaker == "Ronan Dwyer"
    people = attribute_article(story(body))[0]
    assert "Dubliner" not in {p.name for p in people}


def test_a_role_after_a_full_name_describes_it_and_a_place_is_no_surname() -> None:
    body = (
        '"Returns have grown, but not enough," Lumex spokesman Mark Hale, Lumex spokesman, '
        "told BBC News.\n\n"
        'The Bishop of Durham, the Rt Rev Dr Tom Marsh, called the novel "lousy history". '
        '"The evidence is astonishingly good," he said.\n\n'
        "France coach Bernard Lapointe was pleased after the match at the Stade de France. "
        '"We are getting better," he said.'
    )
    people, _ = attribute_article(story(body))
    assert [p.kind for p in people if p.name == "Tom Marsh"] == ["person"]
    assert "Stade de France" not in {p.name for p in people}
    assert quote_with(body, "Returns have grown").speaker == "Mark Hale"
    assert quote_with(body, "astonishingly good").speaker == "Tom Marsh"
    assert quote_with(body, "getting better").speaker == "Bernard Lapointe"


def test_the_one_who_was_told_is_not_the_speaker() -> None:
    body = (
        "Farmer Giles Brand asked Defra about his dogs. Later Mr Brand was told that "
        "according to Defra's lawyers his practice was \"not in fact hunting as the act "
        'describes it".'
    )
    assert quote_with(body, "not in fact hunting").speaker == "Defra"


def test_a_firm_with_and_in_its_name_owns_the_person_after_it() -> None:
    body = (
        "Analysts welcomed the decision. "
        '"The relaxation could ignite interest," added Ernst and Young\'s Sanjay Mehra.'
    )
    assert quote_with(body, "ignite interest").speaker == "Sanjay Mehra"


def test_a_quote_opening_a_paragraph_goes_on_from_the_quote_that_ended_the_last() -> None:
    body = (
        '"We are almost certain the charges will be dropped," said lawyer Tom Iles.\n\n'
        '"We have shown that the charges are unreasonable." The sprinters were suspended '
        'last year. "We were asked all kinds of questions," said coach Chris Tate.\n\n'
        '"It is no wonder the government wants to move on." Mike Hale, of the league, '
        'said: "There is no confusion at all."'
    )
    assert quote_with(body, "shown that the charges").speaker == "Tom Iles"
    assert quote_with(body, "all kinds of questions").speaker == "Chris Tate"
    assert quote_with(body, "no wonder").speaker == "Chris Tate"
    assert quote_with(body, "no confusion").speaker == "Mike Hale"


def test_a_named_body_before_which_said_is_the_speaker() -> None:
    body = (
        "The move was welcomed at the time by Beijing, which described the embargo as a "
        '"product of the Cold War".'
    )
    assert quote_with(body, "Cold War").speaker == "Beijing"


def test_according_to_a_body_noun_is_the_body_named_before() -> None:
    body = (
        "The European Commission published its forecast on Monday. Prices will rise "
        'further "for some years to come", according to the commission.'
    )
    assert quote_with(body, "some years").speaker == "European Commission"


def test_the_one_an_outlet_quotes_as_saying_is_the_speaker() -> None:
    body = (
        '"Our reforms have created a new generation," Arab News quoted Prince Faisal '
        "Al-Saud as saying.\n\n"
        '"We are mourning a great company," the agency quoted Lumex worker David Ogle as '
        "saying.\n\n"
        "Chief executive Geoff Dix was quoted by The Australian newspaper as saying the "
        'carrier could no longer remain "all-Australian".'
    )
    assert quote_with(body, "new generation").speaker == "Faisal Al-Saud"
    assert quote_with(body, "mourning").speaker == "David Ogle"
    assert quote_with(body, "all-Australian").speaker == "Geoff Dix"


def test_a_participle_after_a_possessive_does_not_break_a_long_apposition() -> None:
    body = (
        "Nick Dale, spokesman for athletics' ruling body the IAAF, which handed out the "
        'bans, said: "We cannot comment because we were not at the hearing."'
    )
    assert quote_with(body, "cannot comment").speaker == "Nick Dale"


def test_a_name_before_an_s_apostrophe_possessive_is_registered_without_it() -> None:
    body = (
        "Rovers boss Martin Jool was angry after Pedro Mendes' shot crossed the line. "
        'Mendes could not believe the goal was not given. He said: "My reaction on the '
        'pitch was to celebrate."'
    )
    assert quote_with(body, "My reaction").speaker == "Pedro Mendes"


def test_an_unfamiliar_full_name_with_an_aside_before_its_verb_is_a_person() -> None:
    body = (
        "Mark Oaken also backed the plan. Shami Chakrabarty, from rights group Liberty, "
        'joined calls for change. She said: "Adherence to the rule of law is not a game."'
    )
    assert quote_with(body, "Adherence").speaker == "Shami Chakrabarty"


def test_a_day_before_a_name_is_no_part_of_it() -> None:
    body = (
        "French President Jacques Chiron has repeatedly called for the ban to end. Britain "
        "has been more cautious, but on Wednesday Mr Strow said he also wanted it to end. "
        '"I have long understood their argument," he told the committee.'
    )
    assert quote_with(body, "long understood").speaker == "Strow"


def test_a_name_with_its_body_after_of_is_the_subject_of_the_verb_after_it() -> None:
    body = (
        "Police chief Nigel Yale said most people would obey the law.\n\n"
        "But Simon Hurt of the Countryside Alliance has questioned how police will cope. "
        '"The definitions are blurred. "You can hunt a rat, but not a mouse," he said.'
    )
    assert quote_with(body, "hunt a rat").speaker == "Simon Hurt"


def test_a_quote_that_goes_on_keeps_its_speaker_before_a_new_speakers_sentence() -> None:
    # the quotation ends with a full stop; the next sentence names another speaker whose
    # words run on into a quotation of their own: the quotation is the first speaker's
    body = (
        "The club has confirmed that its manager will stay.\n\n"
        'Manager Tom Reid said: "He will not play for this club again. '
        '"He cannot go on the radio and call me a liar." '
        'Chairman Alan Price described the striker\'s conduct as "wholly unacceptable".\n\n'
        '"We expect a quiet winter," said Ann Lowe, a director at the club. '
        '"The budget is settled." Ben Hart, chief analyst at Gale Research, said the club '
        'faced a "difficult" season.'
    )
    assert quote_with(body, "call me a liar").speaker == "Tom Reid"
    assert quote_with(body, "wholly unacceptable").speaker == "Alan Price"
    assert quote_with(body, "budget is settled").speaker == "Ann Lowe"


def test_a_speech_tag_inside_a_sentence_speaks_for_the_quote_after_it() -> None:
    # "The Tories, he said, can …": the subject of the reported clause is not the speaker
    body = (
        "Tory leader Mark Dale has set out his plans for the new year.\n\n"
        '"The result is higher taxes and worse services. "It is a government of waste." '
        "The Tories, he said, can cut crime without asking people to pay more taxes. "
        '"We can make this country great again."'
    )
    assert quote_with(body, "make this country great").speaker == "Mark Dale"


def test_a_bodys_initials_that_speak_are_the_referent_of_the_company() -> None:
    body = (
        "Shares in the music group fell sharply on Monday.\n\n"
        "TMG said sales for the year would fall, blaming delays to two albums.\n\n"
        '"Sales in January have also been lower than expected," the company added. '
        'Chief executive Jo Marsh described the results as "poor", but said she remained '
        "hopeful."
    )
    assert quote_with(body, "lower than expected").speaker == "TMG"


def test_a_role_aside_without_its_closing_comma_leaves_the_name_the_speaker() -> None:
    body = (
        "Interest rates were left on hold on Thursday.\n\n"
        'Sara Quinn, economist at Northgate Partners said the committee "may well wait '
        'until the spring".'
    )
    assert quote_with(body, "may well wait").speaker == "Sara Quinn"


def test_a_statement_that_reads_speaks_for_whoever_issued_it() -> None:
    body = (
        "The singer was criticised for his television appearance in May.\n\n"
        'Viewers complained about the show. "The singer had been asked to tone his act '
        'down but ignored the request," a BBC statement read.'
    )
    assert quote_with(body, "tone his act down").speaker == "BBC"


def test_the_report_speaks_for_the_body_that_issued_it() -> None:
    body = (
        "The National Watchdog Office said fraud reports were falling. The NWO urged "
        'ministers to act. The report said: "Member states still fail to report fraud on '
        'a consistent basis."'
    )
    assert quote_with(body, "fail to report fraud").speaker in ("NWO", "National Watchdog Office")


def test_a_name_introduced_with_is_and_a_role_is_the_he_of_the_next_quote() -> None:
    body = (
        "Civil servants went on strike across the region on Friday.\n\n"
        'Minister Gordon Hale said: "We will not be diverted." The minister has said the '
        "cuts will pay for more nurses. Piers Lanyon is senior benefit officer on the picket "
        'line in Cardiff. He said: "Most people stayed at home because of the threat to '
        'their jobs."'
    )
    assert quote_with(body, "stayed at home").speaker == "Piers Lanyon"


def test_a_capitalised_preposition_that_opens_the_sentence_is_no_part_of_the_name() -> None:
    body = (
        "A gallery is testing new search software.\n\n"
        '"It is like wandering through the rooms," said Sarah Roe, head of digital. For '
        "Richard Tolson, who worked on the project, the need for the tool grew out of "
        'frustration. "I could not find anything I wanted in an online shop," he said.'
    )
    assert quote_with(body, "could not find anything").speaker == "Richard Tolson"


def test_it_said_stands_for_the_body_the_opening_sentence_is_about() -> None:
    body = (
        "Shares in Harbour Holdings Group fell 10% after it warned on profits.\n\n"
        "Costs at its two largest sites have risen sharply. "
        '"We expect profits to return as the claims are settled," it said. '
        '"It will be a difficult year," Tom Bell, of Keane Securities, told Reuters.'
    )
    assert quote_with(body, "expect profits to return").speaker == "Harbour Holdings Group"


def test_a_name_inside_what_the_sentence_reports_does_not_take_the_next_quote() -> None:
    body = (
        "Games publisher Orbit Arts (OA) says it wants to be the biggest entertainment "
        "firm in the world. OA said its sales rose by a third last year.\n\n"
        'Gerhard Lind, OA\'s managing director, said: "Doubling our business is easy." '
        "He said it would take years before OA could challenge the film studios. "
        '"We will bring more people into gaming because games will be more emotional."'
    )
    assert quote_with(body, "bring more people into gaming").speaker == "Gerhard Lind"


def test_a_place_based_description_after_an_inverted_cue_stands_for_the_athlete() -> None:
    body = (
        "Four sprinters have been honoured after winning relay gold.\n\n"
        "Dan Carwell agreed the honour capped a difficult year for him. "
        '"I think the medal is important to the people closest to me," said the '
        "Swansea-based athlete."
    )
    assert quote_with(body, "people closest to me").speaker == "Dan Carwell"


def test_the_paper_stands_for_the_newspaper_that_just_spoke() -> None:
    body = (
        "The Spanish press was scathing about the defeat.\n\n"
        '"We were outplayed from the start," said coach Luis Moreno. And Spanish daily '
        'ABD accuses English reporters of stirring up the row. "Perhaps they wanted to '
        'divert attention from their own team," the paper says.'
    )
    assert quote_with(body, "divert attention").speaker == "ABD"


def test_an_age_description_opening_the_sentence_is_its_subject() -> None:
    body = (
        "All Blacks captain Tane Rewi says the tour will be special.\n\n"
        '"It will be good to see these players early," Rewi said. The 31-year-old '
        "admitted interest in the British and Irish Lions tour was immense, calling it "
        '"the biggest thing to hit the country in years".'
    )
    assert quote_with(body, "biggest thing to hit").speaker == "Tane Rewi"


def test_the_prime_minister_is_not_the_deputy_prime_minister() -> None:
    body = (
        "Prime Minister Tom Blake has denied a deal with his chancellor.\n\n"
        "Deputy Prime Minister John Prewitt said the government was united. But the "
        'prime minister said the claims were a "load of nonsense".'
    )
    assert quote_with(body, "load of nonsense").speaker == "Tom Blake"


def test_the_name_after_an_owner_and_a_role_is_the_inverted_cues_speaker() -> None:
    body = (
        "Northwind Systems has opened its computing grid to paying customers.\n\n"
        "Northwind said the service would be cheap. Firms could buy power as they buy "
        "electricity, said Northwind's chief operating officer Jon Shaw. "
        '"Why build your own grid when you can use ours?" he asked.'
    )
    assert quote_with(body, "build your own grid").speaker == "Jon Shaw"


def test_an_age_before_a_description_and_a_name_after_an_inverted_cue() -> None:
    body = (
        "Delegates at the party conference were in a buoyant mood.\n\n"
        '"It has been a fantastic few weeks," said 20-year-old politics student Nick '
        'Varney. "Our policies have been getting in the papers."'
    )
    assert quote_with(body, "fantastic few weeks").speaker == "Nick Varney"


def test_a_role_written_after_the_name_without_commas_leaves_the_name_the_speaker() -> None:
    body = (
        "The next games consoles will show high-definition pictures.\n\n"
        '"In the next generation HD support is mandatory," Dr Mark Tully games systems '
        "director at content firm Vexa told the BBC News website."
    )
    assert quote_with(body, "HD support is mandatory").speaker == "Mark Tully"


def test_a_club_and_a_sports_role_before_a_name_describe_the_speaker() -> None:
    body = (
        "Flanker Colin Chard is unlikely to play again this season.\n\n"
        '"He will not figure in the Scotland game," said Wales physio Mark Dane.'
    )
    assert quote_with(body, "not figure in").speaker == "Mark Dane"


def test_a_weekday_after_a_possessive_is_no_person() -> None:
    body = (
        "Cat Dooley has resigned as host of ITV1's Saturday morning music show after six "
        "years.\n\n"
        '"I have had a great few years," she said.'
    )
    people = attribute_article(story(body))[0]
    assert not any("Saturday" in p.name for p in people)


def test_a_role_that_opens_the_sentence_before_a_quote_names_no_one() -> None:
    body = (
        "Fans of the county side have raised money for the injured walker.\n\n"
        "Physio sessions with Tom Neary in Limerick have been vital. "
        '"Needles get put right close up to my spine."'
    )
    assert quote_with(body, "Needles get").speaker != "Tom Neary"


def test_a_relative_aside_with_a_list_leaves_the_name_before_it_the_speaker() -> None:
    body = (
        "A theatre in Belfast is raising money for repairs.\n\n"
        "Film star Sean Neely, whose films include Harbour Lights, Grey Dawn and North "
        'Road, said: "The theatre gave me my start."'
    )
    assert quote_with(body, "gave me my start").speaker == "Sean Neely"


def test_a_place_born_description_is_no_name() -> None:
    body = (
        "Film star Sean Neely has promoted a Belfast theatre in New York.\n\n"
        "The actor was born in the town. "
        '"It gave me a start," the Ballymena-born actor said.'
    )
    assert quote_with(body, "gave me a start").speaker == "Sean Neely"


def test_according_to_inside_a_quotation_names_no_source() -> None:
    body = (
        "Culture Secretary Tess Jowitt said new casinos will be tightly run.\n\n"
        'She told The Times: "Casinos here will be different. "They will have to act '
        'responsibly. "They will be run according to British rules."'
    )
    assert quote_with(body, "act responsibly").speaker == "Tess Jowitt"


def test_an_office_with_of_before_the_name_describes_the_tail_speaker() -> None:
    body = (
        "Analysts welcomed the telecoms group's offer to rivals.\n\n"
        'Telecom analysts Ovex welcomed the move, saying the group had "given a lot of '
        'ground".\n\n'
        '"The big question is whether the regulator agrees. Now the real negotiation '
        'begins," director of telecoms research Tony Lavery said.'
    )
    assert quote_with(body, "real negotiation begins").speaker == "Tony Lavery"


def test_a_place_and_a_person_noun_describe_the_person_just_talked_about() -> None:
    body = (
        "Film director Peter Jansen says it will be years before work starts on a sequel.\n\n"
        "Peter Jansen said there was a desire to make it. "
        '"I think there will be a lot of lawyers in a room first," said the Wellington man.'
    )
    assert quote_with(body, "lot of lawyers").speaker == "Peter Jansen"
    people = attribute_article(story(body))[0]
    assert not any(p.name == "Wellington" for p in people)


def test_a_hyphenated_role_before_a_name_after_an_inverted_cue() -> None:
    body = (
        "Flanker Sam Tayler is back in the squad after a year out.\n\n"
        '"Sam is one of our truly world class players," said team-mate Chris Patten. '
        '"We believe the bill is a good basis," said co-ordinator Peter Facer.'
    )
    assert quote_with(body, "world class players").speaker == "Chris Patten"
    assert quote_with(body, "good basis").speaker == "Peter Facer"


def test_an_office_with_of_then_a_comma_then_the_name_names_the_speaker() -> None:
    body = (
        "Ministers will set out their plans for colleges next week.\n\n"
        '"It would be a great shame to lose this chance," said the chairman of the Commons '
        "transport committee, Labour MP Gwyneth Dunmore. "
        '"Any delay would hurt the students," said its chairman, Sir Alan Pryce.'
    )
    assert quote_with(body, "great shame").speaker == "Gwyneth Dunmore"
    assert quote_with(body, "hurt the students").speaker == "Alan Pryce"


def test_a_role_after_of_a_firm_describes_the_firm_not_the_speaker() -> None:
    body = (
        "Relief groups are using satellite maps in the flooded region.\n\n"
        '"A map is a tool you can hold," explains Martin Keller of Orbis\'s Dutch partner '
        "Geomap. "
        '"Overall the outlook is bright," said Bank of Spain chief Luis Ortega.'
    )
    assert quote_with(body, "tool you can hold").speaker == "Martin Keller"
    assert quote_with(body, "outlook is bright").speaker == "Luis Ortega"


def test_a_partial_quote_inside_a_reported_statement_is_its_speakers() -> None:
    body = (
        'The regional economy grew last year, but "sustained and deep reform efforts" are '
        "still needed to keep it growing, the World Bank has said.\n\n"
        'Changes to a bill which critics claim would bring in tolls "through the back door" '
        "were no ploy, the Highways Agency has said."
    )
    partials = {q.text: q.speaker for q in quotes_in(body) if q.kind == "partial"}
    assert partials["sustained and deep reform efforts"] == "World Bank"
    assert partials["through the back door"] != "Highways Agency"


def test_a_time_adverb_between_the_subject_and_the_cue_keeps_the_subject() -> None:
    body = (
        "Coach Tom Reed praised the side. Striker Jim Hale, along with Rob Pine, scored. "
        'And Hale afterwards described the display as "a joy to play in".\n\n'
        "Finance Minister Ann Lowe earlier denied her forecasts were too rosy."
    )
    partials = {q.text: q.speaker for q in quotes_in(body) if q.kind == "partial"}
    assert partials["a joy to play in"] == "Jim Hale"
    assert quote_with(body, "forecasts were too rosy").speaker == "Ann Lowe"


def test_a_next_sentence_verb_with_its_own_pronoun_is_no_cue_for_the_quote() -> None:
    body = (
        'Nick Dale said the board would act. "It would be for the national body to act," '
        'he added. "And I am sure they will be watching the programme with interest." '
        "Jones, who is under investigation, has denied taking drugs, although she praised "
        "a supplement the firm sold."
    )
    assert quote_with(body, "watching the programme").speaker == "Nick Dale"


def test_a_place_inside_a_participle_aside_is_not_the_subject() -> None:
    body = (
        "The firm is being sued by its former staff.\n\n"
        "The ruling, handed down at the High Court in Leeds, said the firm "
        '"acted unlawfully and without care".\n\n'
        'The group, known in Ireland as the Real Army, said it "would fight on regardless".'
    )
    assert quote_with(body, "acted unlawfully").speaker != "Leeds"
    assert quote_with(body, "fight on regardless").speaker == "Real Army"


def test_a_kind_with_its_acronym_before_a_name_describes_the_name() -> None:
    body = (
        "The regulator set out its plans for the phone network.\n\n"
        "Internet service provider (ISP) Netwise also backed the plans, saying "
        '"we will be glad if the regulator accepts them".'
    )
    assert quote_with(body, "glad if the regulator").speaker == "Netwise"


def test_a_person_introduced_with_a_role_after_of_is_the_next_he() -> None:
    body = (
        '"I think the young striker will win it," said Paul Crane of the Evening Post. '
        '"He has had a wonderful season," said Mr Crane. "Nobody else comes close."\n\n'
        '"I think Jones will win," said Mr Crane. "He is the form player." '
        "Jones is also the choice of Martin Hale, chief football writer of the Northern "
        "Echo. But while he tipped Jones to win, he predicted it would be close. "
        '"Anything can happen on the night," he told the BBC. "It could go either way."'
    )
    assert quote_with(body, "Anything can happen").speaker == "Martin Hale"


def test_initials_that_open_a_sentence_and_act_are_a_body_for_a_later_it() -> None:
    body = (
        "NTL has moved to head off a break-up of its business. NTL wants lighter "
        "regulation in exchange.\n\n"
        "The firm also unveiled plans to cut prices.\n\n"
        'It added that it plans to invest £2bn to build a "new national fibre network".'
    )
    partials = {q.text: q.speaker for q in quotes_in(body) if q.kind == "partial"}
    assert partials["new national fibre network"] == "NTL"


def test_a_british_given_name_makes_a_person_the_next_she_can_stand_for() -> None:
    body = (
        "Eleri Pryce should be on the start line in Cardiff this weekend.\n\n"
        "A fall in training ended those plans. "
        '"I can hardly walk at the moment and I am gutted," she said.'
    )
    assert quote_with(body, "hardly walk").speaker == "Eleri Pryce"


def test_a_courtesy_title_outranks_a_given_name_in_the_middle_of_a_name() -> None:
    body = (
        "Mair Rhys Tanner is worried that the arts council may be taken over. Culture "
        "Minister Alun Pugh said the fears were wrong. But Ms Tanner said artists needed "
        'freedom. "It has been a long road to get here," she said.'
    )
    assert quote_with(body, "long road").speaker == "Mair Rhys Tanner"


def test_a_reopened_quotation_paragraph_goes_on_from_the_paragraph_before() -> None:
    body = (
        'The society wants a televised debate. "The choice is theirs," said Lord Hale.\n\n'
        '"If the minister really wants a debate, he should say so. "The broadcasters '
        'could then go ahead without him." The society has long backed such debates. '
        '"We answer this every time," Mr Doyle said.'
    )
    assert quote_with(body, "really wants a debate").speaker == "Hale"
    assert quote_with(body, "could then go ahead").speaker == "Hale"


def test_the_agent_of_a_passive_verb_is_the_next_he() -> None:
    body = (
        'Charity chief Gordon Lane says older voters are "united" on pensions.\n\n'
        "The survey was welcomed by Conservative shadow work secretary Philip Hames. "
        '"Older voters must be heard at this election," he said.'
    )
    assert quote_with(body, "must be heard").speaker == "Philip Hames"
    # a passive inside a clause of its own has no doer of the sentence
    body = (
        "Winger Mark Cueto was also puzzled as to why his try had been disallowed by "
        'referee Alan Kaplan. "I was behind the ball and I did nothing wrong," he said.'
    )
    assert quote_with(body, "behind the ball").speaker == "Mark Cueto"


def test_a_passive_whose_subject_is_a_person_keeps_that_person_for_the_next_he() -> None:
    # the one beaten, named or a pronoun, is what the sentence is about; the agent of the
    # passive, of the same gender, is no subject the next "he" stands for
    for subject in ("Hal Brody", "He", "Hal Brody of Dundee", "Hal Brody from Perth"):
        body = (
            "Hal Brody, 19, reached the final of the Italian Open on Friday.\n\n"
            f"{subject} was beaten by Luca Ferri in straight sets on Sunday. "
            '"I had my chances, but it was a great week," he said.'
        )
        assert quote_with(body, "had my chances").speaker == "Hal Brody", subject


def test_a_passive_agent_stays_the_next_he_unless_its_subject_is_a_person_of_his_gender() -> None:
    # the only man of the sentence, a body, a clause with "he" inside it or a role no one
    # is known to hold: the passive's agent is the one the next "he" stands for
    for sentence in (
        "Ann Pryce was beaten by Tom Tate in the semi-final.",
        "Cardiff City were beaten by striker Tom Tate and his team-mates.",
        "The budget he drew up was rejected by Councillor Tom Tate.",
        "The Home Secretary was heckled by striker Tom Tate.",
    ):
        body = (
            "Coach Glyn Roberts watched from the stands on Saturday.\n\n"
            f'{sentence} He said: "I gave everything I had out there today."'
        )
        assert quote_with(body, "gave everything").speaker == "Tom Tate", sentence


def test_an_arts_role_before_a_name_is_no_part_of_the_name() -> None:
    body = (
        "The band will tour again next year with a new singer. "
        'Drummer Neil Hagan said: "We have never sounded better."'
    )
    assert quote_with(body, "never sounded").speaker == "Neil Hagan"


def test_a_month_that_is_a_surname_speaks_before_said() -> None:
    body = (
        "Guitarist Brian May has said the band will tour again in April. "
        'May said: "The band is rising again from the ashes."'
    )
    assert quote_with(body, "rising again").speaker == "Brian May"


def test_a_role_for_an_office_before_a_name_after_the_quote_names_the_speaker() -> None:
    body = (
        "Cheap flights have doubled air travel in two years. "
        '"The days of flying as a luxury of the rich are over," the minister for civil '
        "aviation Anil Mehta said on Monday."
    )
    assert quote_with(body, "days of flying").speaker == "Anil Mehta"


def test_said_the_and_lower_case_words_ending_in_a_role_is_the_person_just_named() -> None:
    body = (
        "Britain's Jason Dale won the 60m in Glasgow. His time was well short of "
        "American Tom Greer's world record of 6.39secs. "
        '"It is a very hard record to break," said the world indoor champion.'
    )
    assert quote_with(body, "hard record").speaker == "Jason Dale"


def test_a_name_alone_after_a_comma_closed_quotation_is_its_speaker() -> None:
    body = (
        "Economist Roger Hale spoke on Monday. Bank chief Jim Tate expects interest rates "
        "to fall next year. "
        '"It will probably mark the start of a more difficult period for the economy," '
        "Mr Hale."
    )
    assert quote_with(body, "more difficult period").speaker == "Roger Hale"


def test_according_to_two_fields_joined_by_and_then_a_name() -> None:
    body = (
        "The record labels have signed the pledge. "
        '"The industry will work with the artists," according to media and PR '
        "strategist Glen Morley, who represents the labels."
    )
    assert quote_with(body, "work with the artists").speaker == "Glen Morley"


def test_reported_speech_two_sentences_back_speaks_a_cueless_quotation() -> None:
    body = (
        "Arsenal vice-chairman David Dean said that he feared too many games were now "
        "shown on television. Since 1992 the clubs' income from television has soared. "
        '"I think we have practically reached saturation point in this country."'
    )
    assert quote_with(body, "saturation point").speaker == "David Dean"
    # a quotation closed by a comma has a cue of its own, however unnamed
    body = (
        "Arsenal vice-chairman David Dean said that he feared too many games were now "
        "shown on television. Since 1992 the clubs' income from television has soared. "
        '"You can call it a television dividend," smiles one broker.'
    )
    assert quote_with(body, "television dividend").speaker is None
    # also when the sentence between opens the quotation's paragraph
    body = (
        "Anna Deane, a director of the film trust, said the copies would look flawless.\n\n"
        "Each cinema will have its own key to unlock the film. "
        '"People will see the picture quality is a bit clearer with no scratches."'
    )
    assert quote_with(body, "no scratches").speaker == "Anna Deane"


def test_a_continued_quotation_stops_at_a_sentence_naming_the_next_speaker() -> None:
    body = (
        'Town clerk Ruth Penn said the budget was tight. "We have cut what we can. '
        '"Every department has given something back.\n\n'
        '"There is nothing left to trim." Councillor Owen Marsh warned that the cuts had '
        'gone too far already. "We are closing libraries to balance a spreadsheet."'
    )
    assert quote_with(body, "nothing left to trim").speaker == "Ruth Penn"
    assert quote_with(body, "closing libraries").speaker == "Owen Marsh"


def test_a_colon_label_after_a_full_stop_introduces_the_next_quotation() -> None:
    body = (
        "The two sides meet again on Saturday.\n\n"
        '- Rovers boss Dan Marsh: "We were the better side last time. '
        '"We want to win this one and go through."\n'
        ' - City boss Al Hay: "We will be ready for them. It will be a hard game." FORM GUIDE\n'
        " - Rovers have won four games in a row at home."
    )
    assert quote_with(body, "go through").speaker == "Dan Marsh"
    assert quote_with(body, "hard game").speaker == "Al Hay"


def test_a_named_colon_cue_does_not_lend_its_speaker_to_the_quotation_before() -> None:
    body = (
        "Party leader Tom Reid spoke for an hour in Leeds.\n\n"
        "He closed with an appeal to the activists in the hall. "
        '"Go out and win this election for all of us." Rival chief Jo Lee said: '
        '"That speech offered nothing new to anyone."'
    )
    assert quote_with(body, "win this election").speaker != "Jo Lee"
    assert quote_with(body, "offered nothing new").speaker == "Jo Lee"


def test_an_added_colon_cue_still_goes_on_from_the_quotation_before() -> None:
    body = (
        "Analyst Ian Ross said the phone would sell well.\n\n"
        '"Buyers like what they have seen so far." Ross added: "It is the cheapest '
        'model on the market."'
    )
    assert quote_with(body, "like what they have seen").speaker == "Ian Ross"


def test_a_paragraph_opening_quotation_goes_on_past_a_later_partial_quote() -> None:
    body = (
        "The sentence was condemned by the Press Freedom Institute, which monitors the "
        'courts. "This is a warning to every reporter in the country," the institute said.'
        '\n\n"By jailing a writer, they hope to silence all the others." In March the '
        "reporter Sam Ode gave interviews to foreign radio. Mr Ode's lawyer labelled the "
        'court "unfit to sit" and asked for a new trial.'
    )
    assert quote_with(body, "jailing a writer").speaker == "Press Freedom Institute"


def test_labour_alone_as_a_subject_is_the_party() -> None:
    body = (
        "Green Party leader Ann Moss is touring marginal seats this week. Labour say a "
        'vote for her party would "hand the seat to the Tories", while she says her party '
        "is the only real choice."
    )
    assert quote_with(body, "hand the seat").speaker == "Labour"


def test_a_hyphenated_co_role_before_a_comma_and_a_name_names_the_speaker() -> None:
    body = (
        "The crime drama returns to screens in May. Cold Case's co-producer, Ruth Elkin, "
        'said the new series would be "darker and faster" than the last.'
    )
    assert quote_with(body, "darker and faster").speaker == "Ruth Elkin"


def test_a_spelled_out_age_opening_the_sentence_is_no_part_of_the_name() -> None:
    body = (
        "Sixteen-year-old Kevin Bright's first senior race ended early in Dublin. Bright "
        "had won the junior title at last year's European Open. But the teenager was "
        "beaten by Irish champion Paul Kerr."
    )
    people = attribute_article(story(body))[0]
    assert "Kevin Bright" in [p.name for p in people]


def test_a_short_quotation_in_the_subjects_aside_leaves_the_colon_cue_whole() -> None:
    body = (
        'Mary Stone, one of the so-called "Class of 97" elected that spring, told the '
        'inquiry: "Nobody listened to us in those first months."\n\n'
        'Her colleague Ann Reid recalled how the whips called them "the new girls".'
    )
    assert quote_with(body, "Nobody listened").speaker == "Mary Stone"
    # the short quotation names something in her aside: not her words
    assert not [q for q in quotes_in(body) if q.text == "Class of 97" and q.speaker]


def test_a_lower_case_headline_word_names_no_one_the_article_follows() -> None:
    text = (
        "Pension age could be raised\n\n"
        'The "burden on younger workers" must be shared fairly, the pensions minister has '
        "said.\n\n"
        "This was why the state pension would change, Tom Hardy said.\n\n"
        "Mr Hardy told Age Network's Age Forum in Leeds the change would come in 2020."
    )
    quotes = attribute_article(parse_article(text, key="test.txt"))[1]
    burden = [q for q in quotes if "burden on younger" in q.text]
    assert burden and all(q.speaker == "Tom Hardy" for q in burden)


def test_the_olympic_champion_stands_for_the_athlete_just_named() -> None:
    body = (
        "Sara Lowe has pulled out of next week's indoor championships with a back injury.\n\n"
        'The double Olympic champion said: "I am gutted to miss it." Lowe will now rest.'
    )
    assert quote_with(body, "gutted").speaker == "Sara Lowe"


def test_an_age_before_an_unlisted_full_name_registers_the_person() -> None:
    body = (
        'Kenta Arai said: "Our town is growing older every year."\n\n'
        "On the edge of Nara, 91-year-old Hiroto Mori has walked to the harbour every day "
        "since 1950.\n\n"
        '"I eat fish and walk a lot," he says.'
    )
    assert quote_with(body, "eat fish").speaker == "Hiroto Mori"
    assert "Hiroto Mori" in [p.name for p in attribute_article(story(body))[0]]


def test_the_dj_is_a_role_not_a_name() -> None:
    body = (
        "Kate Byrne, a presenter on the city's dance station, thinks the duo will split.\n\n"
        '"They have done everything together for ten years," says the DJ.'
    )
    assert quote_with(body, "ten years").speaker == "Kate Byrne"


def test_it_says_opening_a_sentence_is_the_body_just_named() -> None:
    body = (
        '"The bank will not lend another penny," said Jo Park, head of the lenders\' group. '
        "Northwind Group has said more help could hurt its standing. It says it wants "
        '"a fair share of the burden" to fall on the lenders.\n\n'
        'Harbour Holdings said profits would fall.\n\nIt said: "Trading has been very tough."'
    )
    assert quote_with(body, "fair share").speaker == "Northwind Group"
    assert quote_with(body, "very tough").speaker == "Harbour Holdings"


def test_it_said_after_a_one_word_company_that_spoke_is_the_company() -> None:
    body = (
        "Zorbix said the new toolbar feature would reach all users in May.\n\n"
        'Critic Tom Hale said the feature was "a bad idea". In a statement Zorbix said '
        'the feature was still on trial. It said: "Users can switch it off at any time."'
    )
    assert quote_with(body, "switch it off").speaker == "Zorbix"


def test_a_capitalised_role_after_a_then_a_comma_then_the_name_names_the_speaker() -> None:
    body = (
        "The bypass plan was shelved on Friday. "
        '"We will keep fighting for the village," said a Green councillor, Mary Dodd.\n\n'
        '"This is a betrayal of every family here," said a Labour MP, Owen Pryce.'
    )
    assert quote_with(body, "keep fighting").speaker == "Mary Dodd"
    assert quote_with(body, "betrayal").speaker == "Owen Pryce"
    bare = '"The count was a shambles," said Tory MSP, Iain Ross.'
    assert quote_with(bare, "shambles").speaker == "Iain Ross"
    scots = '"The count was a shambles," said an SNP MSP, Iain Ross.'
    assert quote_with(scots, "shambles").speaker == "Iain Ross"


def test_someones_lawyer_is_described_not_a_person_named_after_them() -> None:
    body = (
        "Farmer Glyn Probert lost his appeal against the fine on Tuesday.\n\n"
        '"My client will take this to the High Court," Glyn Probert\'s lawyer in Cardiff said.'
        '\n\n"It is a scandal," said the Farmers Union leader.'
    )
    people, quotes = attribute_article(story(body))
    assert [q.speaker for q in quotes if "High Court" in q.text] == ["Glyn Probert's lawyer"]
    # described in the quotation's own sentence: as sure as a name ("said", not "Probably")
    assert [q.how for q in quotes if "High Court" in q.text] == ["named"]
    assert "Glyn Probert lawyer" not in [p.name for p in people]
    assert quote_with(body, "scandal").speaker != "Glyn Probert's lawyer"


def test_someones_lawyer_named_elsewhere_is_the_speaker() -> None:
    body = (
        "Farmer Glyn Probert lost his appeal against the fine on Tuesday. His lawyer Ruth "
        "Evans had asked for more time.\n\n"
        '"My client will take this to the High Court," Glyn Probert\'s lawyer said.'
    )
    assert quote_with(body, "High Court").speaker == "Ruth Evans"


def test_the_party_leader_after_a_quote_is_the_leader_not_the_party() -> None:
    body = (
        "Labour leader Neil Fenwick visited the hospital on Monday.\n\n"
        '"These waiting lists are a national scandal," said the Labour party leader.'
    )
    assert quote_with(body, "waiting lists").speaker == "Neil Fenwick"


def test_words_a_body_was_criticised_for_are_the_agents() -> None:
    body = (
        'The brewery has been criticised for "cynical marketing to teenagers" by health '
        "campaigners.\n\nThe Alcohol Policy Forum said the adverts broke the rules."
    )
    assert quote_with(body, "cynical marketing").speaker == "health campaigners"


def test_a_bodys_spokeswoman_named_only_later_is_the_speaker() -> None:
    body = (
        "The channel was attacked by parents' groups this week.\n\n"
        'But a spokeswoman for Vexa TV said it was "unfair and misleading" to single out '
        'the channel.\n\n"We follow the rules like everyone else," a spokeswoman for Vexa '
        "TV said.\n\nVexa TV spokeswoman Carla Benn said the channel would not change."
    )
    assert quote_with(body, "unfair and misleading").speaker == "Carla Benn"
    assert quote_with(body, "follow the rules").speaker == "Carla Benn"


def test_an_editors_bracket_opening_a_continued_quotation_keeps_it() -> None:
    body = (
        '"The tour is a huge event," said Woodward. "We need a plan for the media. '
        '"[Campbell] will advise us on the tour itself."'
    )
    assert quote_with(body, "will advise us").speaker == "Woodward"


def test_said_the_group_after_a_quotation_is_the_body_named_before() -> None:
    body = (
        "Reporters Sans Limites said on Monday that the news site had been blocked for ten "
        'days.\n\n"The state is censoring the site to push readers to its own version," '
        "said the group in a statement."
    )
    assert quote_with(body, "censoring").speaker == "Reporters Sans Limites"


def test_a_councils_spokeswoman_named_only_later_is_the_speaker_but_not_one_of_several() -> None:
    body = (
        "Northgate Council shut the school on Monday.\n\n"
        '"The school will reopen next week as planned," said a spokeswoman for the council.'
        "\n\nCouncil spokeswoman Jane Ward said parents had been told."
    )
    assert quote_with(body, "reopen").speaker == "Jane Ward"
    several = (
        "Council spokesman Tom Hale said the school would reopen. One council spokesman has "
        'called the row "a storm in a teacup".'
    )
    assert quote_with(several, "storm in a teacup").speaker != "Tom Hale"


def test_a_spokesman_named_in_his_own_phrase_keeps_his_role() -> None:
    body = (
        "The council tax rise was approved on Tuesday.\n\n"
        "Green Party spokesman Ewan Price said the rise was far too steep."
    )
    people, quotes = attribute_article(story(body))
    assert [q.speaker for q in quotes if "too steep" in q.text] == ["Ewan Price"]
    assert [p.role for p in people if p.name == "Ewan Price"] == ["Green Party spokesman"]


def test_a_bodys_spokesman_is_not_another_bodys_sharing_one_word() -> None:
    body = (
        "Dai Morgan, the Plaid Cymru health spokesman, said the closure was a disgrace.\n\n"
        "But a Health Board spokesman said he could not comment on staffing."
    )
    assert quote_with(body, "could not comment").speaker != "Dai Morgan"
