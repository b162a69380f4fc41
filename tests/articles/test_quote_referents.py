"""Who a pronoun, bare surname or body in a quote's cue refers to, and which words are
cues at all: one short invented news text per attribution rule."""

from __future__ import annotations

import pytest

from bot.articles.cast import Cast
from bot.articles.parse import parse_article
from bot.articles.quote_marks import quote_spans
from bot.articles.quotes import attribute_article
from bot.articles.quotes.mentions import register_mentions
from bot.articles.quotes.verbs import verb_hits
from tests.support.news import cast_of as _cast_of
from tests.support.news import quote_with as _said
from tests.support.news import quotes_in as _quotes
from tests.support.news import story as _article

# ------------------------------------------------------------ pronoun referents


def test_name_inside_the_quotation_is_not_the_referent_of_she() -> None:
    body = "Mayor Dana Whitfield spoke first.\n\n“I will not work for Oren Castillo,” she said."
    assert _said(body, "Oren Castillo").speaker == "Dana Whitfield"


def test_name_inside_the_quotation_is_not_the_referent_of_he() -> None:
    body = (
        "Gen. Rick Holloway made it clear he was unhappy.\n\n"
        "“We owe everything to Tom Baines,” he said."
    )
    assert _said(body, "owe everything").speaker == "Rick Holloway"


def test_subject_after_an_opening_time_adverb_is_the_referent_of_he() -> None:
    # "Earlier Mr Ames, whose party … said": the adverb does not make the name an object
    body = (
        "Home Secretary Paul Dray has defended the toll plan. Mr Dray said the scheme would "
        "cut traffic.\n\n"
        'Mr Dray said he had backed the plan in cabinet. "It is the right scheme," he said. '
        "The vote would go ahead as planned, he insisted. Earlier Mr Ames, whose party "
        'opposes the toll plan as "deeply unfair" said with the summer coming up the new '
        "minister had time to think again. He told local radio that Mr Dray had been less "
        'keen than his predecessor. "Why press ahead with a plan nobody wants?" he asked.'
    )
    assert _said(body, "nobody wants").speaker == "Ames"


def test_subject_after_an_opening_place_phrase_is_the_referent_of_he() -> None:
    # "In Dayton, Ohio, Simon Webb plans …": the phrase and its commas make no object
    body = (
        'Councillor Ray Dunmore has backed the new depot. "It will bring jobs," said '
        "Mr Dunmore.\n\n"
        "In Kettering, Northants, Colin Ashby plans to fight the depot in court. "
        '"We are not finished yet," he said.'
    )
    assert _said(body, "not finished yet").speaker == "Colin Ashby"


def test_subject_after_an_opening_participle_phrase_is_the_referent_of_she() -> None:
    body = (
        "Dr Helen Marsh, the hospital's chief executive, defended the cuts. \"We had no "
        'choice," said Dr Marsh.\n\n'
        "Leaving the hospital board meeting early, Jane Pell plans to fight on. "
        '"Patients will pay the price," she said.'
    )
    assert _said(body, "pay the price").speaker == "Jane Pell"


def test_subject_after_an_opening_time_phrase_is_the_referent_of_he() -> None:
    # "Back in 2001, Tom Fenwick sought …": the phrase and its comma make no object
    body = (
        'Former minister Alan Brook says the reforms went too far. "They broke the '
        'system," Mr Brook said.\n\n'
        "Back in 2001, Tom Fenwick sought more money for the schools. "
        '"We needed every penny," he said.'
    )
    assert _said(body, "every penny").speaker == "Tom Fenwick"


def test_a_name_inside_the_opening_phrase_is_not_the_subject() -> None:
    body = (
        "Councillor Ray Dunmore has backed the new depot.\n\n"
        "Asked about Colin Ashby, the councillor smiled. "
        '"We will see him in court," he said.'
    )
    assert _said(body, "see him in court").speaker == "Ray Dunmore"


def test_a_student_named_with_her_college_is_the_referent_of_she() -> None:
    # "student" before a name is a role like "businessman": the name is a person's
    body = (
        "Senator Paul Colby drew a young crowd to the rally on Friday.\n\n"
        "The best line of the night came from Lakeshore College student Mina Okafor, who "
        'laughed when she called him "a quiet giant."\n\n'
        '"He listens before he talks," she said.'
    )
    assert _said(body, "listens before").speaker == "Mina Okafor"


def test_a_name_read_before_any_evidence_is_the_person_who_speaks_later() -> None:
    # "Okonkwo Ilesanmi was once …": an unlisted given name and no verb of speech; the
    # article shows him a person only later ("Ilesanmi said"), and his earlier
    # mentions are his, the "he" of the quotation between
    body = (
        "Okonkwo Ilesanmi was once the most popular lecturer at Fenwick College. Students "
        "queued for his seminars on trade.\n\n"
        "Mayor Tom Reed praised the college at its centenary in March.\n\n"
        'Ilesanmi left for Lagos last year. "I could not stay away any longer," he told me.'
        '\n\nIn the city he runs a small school. "We are ready for more pupils," Ilesanmi '
        "said."
    )
    assert _said(body, "stay away").speaker == "Okonkwo Ilesanmi"


def test_another_persons_full_name_is_no_evidence_for_an_earlier_pair_of_words() -> None:
    # "Organiser Maria Hill" shows Maria Hill a person, not "Notting Hill" before her: the
    # place stays a place, and the "she" after it is no one's by it
    body = (
        "Notting Hill was packed for the street carnival on Monday, with stalls on every "
        'corner. "It has never been this busy," she said.\n\n'
        "Organiser Maria Hill was delighted with the turnout."
    )
    assert _said(body, "never been this busy").speaker != "Notting Hill"


def test_a_court_case_party_is_no_late_mention_of_a_person() -> None:
    body = (
        "Okafor Wade was once famous in Dallas for his barbecue. In Roe v. Wade, the "
        'court ruled on abortion rights. "We lost a lot of customers," Wade said later.'
    )
    article = _article(body)
    cast = Cast([s.start for s in article.sentences], article.text)
    spans = [(sp.start, sp.end) for sp in quote_spans(article)]
    register_mentions(article, cast, spans, [h[0] for h in verb_hits(article.text)])
    case = article.text.index("v. Wade") + 3
    wade = [p for p, i, _ in cast.timeline if cast.entities[i].name == "Okafor Wade"]
    assert wade and case not in wade  # his mentions, but not the case's party


def test_they_is_never_one_person() -> None:
    # "the groups say they …. They argue that Hale should …": a group's words, not the
    # senator's, whom the groups wrote to
    body = (
        "Senator Ann Hale has condemned the plan, but the groups who wrote to her on "
        'Thursday say they are "worried by mixed messages." They argue that Hale should '
        '"lead by example."'
    )
    assert _said(body, "lead by example").speaker != "Ann Hale"


def test_a_name_in_a_list_before_a_plural_verb_is_not_the_referent_of_he() -> None:
    # "Okoro, Beck and Waring have all been awarded": one of many, not the "he" after
    body = (
        "Coach Dan Hale says the whole crew deserved the honours it received on Friday.\n\n"
        "Sam Okoro, Liam Beck and Joel Waring have all been awarded MBEs after beating the "
        'favourites to gold. "It shows what the crew did on that day," he said.'
    )
    assert _said(body, "crew did on").speaker == "Dan Hale"


def test_a_list_of_names_after_an_appositive_is_not_the_referent_of_he() -> None:
    body = (
        "Coach Dan Hale says the whole crew deserved the honours it received on Friday.\n\n"
        "Three of his rowers, Sam Okoro, Liam Beck and Joel Waring, have all been awarded "
        'MBEs after beating the favourites to gold. "It shows what the crew did on that '
        'day," he said.'
    )
    assert _said(body, "crew did on").speaker == "Dan Hale"


def test_a_name_after_a_preposition_and_a_role_is_an_object_not_she() -> None:
    # "made peace with actress Carla Moss, her …": the appositive does not make her a subject
    body = (
        "Singer leaves reality show\n\n"
        "Joan Pike, mother of actor Dean Pike, has become the first star to leave the show.\n\n"
        'Pike, 70, said the week had been hard: "I need a long rest". But she was pleased to '
        "have made peace with actress Carla Moss, her former daughter-in-law. "
        '"That alone made it worth it," she said.'
    )
    assert _said(body, "alone made it").speaker == "Joan Pike"


def test_an_objects_appositive_before_a_participle_is_not_the_referent_of_he() -> None:
    # "brought in a new aide, retired judge Tom Ward, late last month, ending …": the
    # participle after the appositive's aside is the subject's; Ward is an object
    body = (
        "Governor Peter Hale brought in a new chief of staff, retired judge Tom Ward, late "
        "last month, ending weeks of turmoil in his office. He praised the outgoing team "
        'but said, "We need fresh eyes on this dispute."'
    )
    assert _said(body, "fresh eyes").speaker == "Peter Hale"


def test_a_subjects_appositive_before_a_finite_verb_stays_the_referent_of_he() -> None:
    # "The new aide, retired judge Tom Ward, 64, resigned": the appositive's own verb
    body = (
        "Governor Peter Hale faced another setback this week. His new chief of staff, "
        "retired judge Tom Ward, late last month, resigned after a row over pay. "
        '"I was never given the powers I was promised," he said.'
    )
    assert _said(body, "never given").speaker == "Tom Ward"


def test_a_role_with_a_preposition_inside_keeps_its_name_a_subject() -> None:
    # "secretary of state Ann Lowe": "of" belongs to the role, Lowe is the subject
    body = (
        "Former secretary of state Ann Lowe, a party veteran, caused a stir this year over "
        'her remark that "nobody should stay silent". She stood by it, and "I meant every '
        'word," she said on Tuesday.'
    )
    assert _said(body, "meant every").speaker == "Ann Lowe"


def test_subject_of_any_finite_verb_beats_an_object_for_he() -> None:
    body = (
        "Rick Holloway made it clear he had doubts about the army under President Sam Ortiz.\n\n"
        "“It was demoralizing,” he told the host."
    )
    assert _said(body, "demoralizing").speaker == "Rick Holloway"


def test_person_introduced_with_a_role_appositive_ends_the_sentence() -> None:
    body = (
        "Carl Benning has cut the arts budget, angering Henry Alvarado, president of the "
        "Tampa Black Caucus.\n\n"
        "“No one is writing songs for her,” he said."
    )
    assert _said(body, "writing songs").speaker == "Henry Alvarado"


def test_without_the_appositive_the_subject_keeps_he() -> None:
    body = (
        "Carl Benning has cut the arts budget, angering Henry Alvarado.\n\n"
        "“No one is writing songs for her,” he said."
    )
    assert _said(body, "writing songs").speaker == "Carl Benning"


# ------------------------------------------------------------ bodies are not "he"


def test_a_party_alone_is_never_he() -> None:
    body = "The Democratic Party released a statement on Monday.\n\n“We will win,” he said."
    article = _article(body)
    people, quotes = attribute_article(article)
    assert [q.speaker for q in quotes if "We will win" in q.text] == [None]
    assert "Democratic Party" not in {p.name for p in people if p.kind == "person"}


def test_he_skips_the_party_for_the_earlier_man() -> None:
    body = (
        "Ray Tolland said the party would recover. The Democratic Party released a "
        "statement on Monday.\n\n"
        "“We will win in November,” he said."
    )
    assert _said(body, "win in November").speaker == "Ray Tolland"


def test_he_skips_the_national_committee_for_the_earlier_man() -> None:
    body = (
        "Ray Tolland said the party would recover. Later the Republican National Committee "
        "issued a rebuttal.\n\n"
        "“They are wrong,” he said."
    )
    assert _said(body, "They are wrong").speaker == "Ray Tolland"


def test_republican_national_committee_alone_is_never_he() -> None:
    body = "The Republican National Committee issued a rebuttal.\n\n“They are wrong,” he said."
    assert _said(body, "They are wrong").speaker is None


# ------------------------------------------------------------ names and surnames


def test_possessive_affiliation_before_a_name_after_another_speaker() -> None:
    body = (
        "Senator Abe Lyle said the debates would decide the race.\n\n"
        "“This is the moment,” he said.\n\n"
        "However the debates matter little, noted NBC’s Dan Korver.\n\n"
        "“Voters have seen them for years,” he wrote."
    )
    assert _said(body, "This is the moment").speaker == "Abe Lyle"
    assert _said(body, "seen them for years").speaker == "Dan Korver"


def test_a_lone_surname_that_speaks_is_a_person_for_she() -> None:
    body = (
        "The Tampa Arts Council met on Monday. McFarlin said the plan was weak.\n\n"
        "“It is not something I say often,” she said."
    )
    assert _said(body, "not something I say").speaker == "McFarlin"


def test_a_lone_surname_that_speaks_is_not_it() -> None:
    body = "McFarlin said the plan was weak.\n\n“It is not something I say often,” it said."
    assert _said(body, "not something I say").speaker is None


def test_bare_surname_is_the_most_mentioned_namesake() -> None:
    body = (
        "Senator Rafe Dunn spoke in Houston on Monday. Dunn praised the crowd. Later Dunn "
        "visited a school.\n\n"
        "Rafe Dunn has campaigned for a year. He was joined by his wife, Heidi Dunn, a "
        "former model.\n\n"
        '"I will not support him," Dunn said.'
    )
    assert _said(body, "will not support him").speaker == "Rafe Dunn"


def test_subject_of_a_reported_clause_is_not_the_main_subject() -> None:
    body = (
        "Ryan Ebert said the victims deserve their day in court, and he believes Mitch Carver "
        "is correct about the override.\n\n"
        "“I do think the votes are there,” he said."
    )
    assert _said(body, "votes are there").speaker == "Ryan Ebert"


def test_epithet_inside_a_quote_is_no_new_person() -> None:
    body = (
        "Hillary Clinton spoke on Monday.\n\n"
        "Trump said, “Working that microphone was harder than working Crooked Hillary Clinton.”"
    )
    people, _ = attribute_article(_article(body))
    names = {p.name for p in people}
    assert "Hillary Clinton" in names
    assert not any("Crooked" in n for n in names)
    assert _said(body, "microphone").speaker == "Trump"


# ------------------------------------------------------------ cues


def test_contracted_auxiliary_before_a_cue() -> None:
    body = (
        "Governor Tim Raska spoke in Dayton.\n\n"
        "He’s claiming that fraud is “a big, big problem in this country.”"
    )
    quote = _said(body, "big, big problem")
    assert (quote.speaker, quote.kind) == ("Tim Raska", "partial")


def test_rated_is_a_cue() -> None:
    body = "The claim spread quickly online.\n\nFactWatch rated the claim “mostly false.”"
    quote = _said(body, "mostly false")
    assert (quote.speaker, quote.kind, quote.cue) == ("FactWatch", "partial", "rated")


def test_ruled_is_a_cue_for_a_named_court() -> None:
    body = (
        "The case went to the state court.\n\n"
        "The Ohio Supreme Court ruled that the tax was “plainly unlawful.”"
    )
    quote = next(q for q in _quotes(body) if q.kind == "partial")
    assert "plainly unlawful" in quote.text
    assert (quote.speaker, quote.cue) == ("Ohio Supreme Court", "ruled")


def test_found_the_body_is_no_reported_speech() -> None:
    body = "The search lasted two days.\n\nPolice found the body of a man in the river."
    assert _quotes(body) == []


def test_noun_after_a_preposition_is_no_cue() -> None:
    body = "Senator Abe Lyle spoke on Monday.\n\nFactWatch rated 30% of claims as “false.”"
    quotes = _quotes(body)
    assert [(q.speaker, q.kind) for q in quotes] == [("FactWatch", "partial")]
    assert all(q.cue != "claims" for q in quotes)


def test_inversion_needs_punctuation_before_the_cue() -> None:
    body = (
        "President Ortiz, opening the museum on Saturday, said it would tell an American "
        "story, one of “suffering and delight.”"
    )
    people, quotes = attribute_article(_article(body))
    assert _said(body, "suffering and delight").speaker == "Ortiz"
    assert all(q.speaker == "Ortiz" for q in quotes)
    assert "American" not in {p.name for p in people}


def test_gerund_after_before_shares_the_subject() -> None:
    body = (
        "“Promise you will come home,” Lena Ford sings to her son before asking him, "
        "“Where do we go from here?”"
    )
    assert _said(body, "Promise you will come home").speaker == "Lena Ford"
    second = next(q for q in _quotes(body) if q.kind == "direct" and "Where do we go" in q.text)
    assert second.speaker == "Lena Ford"


def test_gerund_after_by_shares_the_subject() -> None:
    body = "Dr. Ames then began by saying he would “never” diagnose anyone on television."
    quote = next(q for q in _quotes(body) if q.kind == "partial")
    assert (quote.text, quote.speaker) == ("never", "Ames")


def test_who_after_an_appositive_finds_its_name_past_a_time_phrase() -> None:
    body = (
        "Ortiz has a frosty relationship with Senator Pat Keane, now the majority leader, who "
        'in 2010 said the goal was to make Ortiz a "one-term president."'
    )
    assert _said(body, "one-term president").speaker == "Pat Keane"


def test_colon_quote_takes_the_main_clause_subject() -> None:
    body = (
        "With party leaders worried about turnout, President Ortiz is rolling out a new "
        'message: "It\'s about me."'
    )
    assert _said(body, "about me").speaker == "Ortiz"


def test_gerund_cue_takes_the_earlier_cue_speaker_across_quoted_sentences() -> None:
    body = (
        '"We need change. The people do not agree with him," Senator Ruth Ames said, '
        'suggesting a question: "Do you really think that?"'
    )
    assert _said(body, "We need change").speaker == "Ruth Ames"
    assert _said(body, "really think that").speaker == "Ruth Ames"


def test_it_added_refers_to_the_reporting_paper() -> None:
    body = (
        "The Daily Ledger reported on Monday that the plan had failed.\n\n"
        "“The city never had the money,” it added."
    )
    assert _said(body, "never had the money").speaker == "Daily Ledger"


def test_introduced_after_a_reporting_verb_still_speaks_next() -> None:
    body = (
        "Mayor Carl Benning has cut the arts budget, which worries Henry Alvarado, president "
        "of the Tampa Black Caucus.\n\n"
        "“No one is writing songs for her,” he said."
    )
    assert _said(body, "writing songs").speaker == "Henry Alvarado"


def test_subject_of_an_absolute_clause_is_near_enough_for_she() -> None:
    body = (
        "Senator Lisa Marsh opened the hearing on Tuesday. She spoke for an hour. The "
        "committee then took a break. Members returned after lunch, with Mara Quill "
        "lambasting the plan.\n\n"
        "“It is a giveaway to insurers,” she said."
    )
    assert _said(body, "giveaway").speaker == "Mara Quill"


def test_an_absolute_clause_reports_nothing_before_it() -> None:
    body = "Members returned after lunch, with Mara Quill lambasting the plan."
    assert not [q for q in _quotes(body) if q.kind == "indirect"]


def test_a_body_that_acts_is_it() -> None:
    body = (
        "The Democratic Party released a statement on Monday.\n\n"
        "“We will win in November,” it said."
    )
    assert _said(body, "win in November").speaker == "Democratic Party"


def test_a_comma_after_the_verb_starts_no_reported_clause() -> None:
    body = (
        '"We need change," Senator Ruth Ames said, suggesting a question: '
        '"Do you really think that?"'
    )
    assert not [q for q in _quotes(body) if q.kind == "indirect"]


def test_a_clause_about_the_moment_after_the_quote_is_no_cue() -> None:
    body = (
        "The spot ends with footage of Mayor Tom Reyes saying during the debate, "
        "“That makes me smart,” when Ann Bright blasted him for not paying tax."
    )
    assert _said(body, "makes me smart").speaker == "Tom Reyes"


def test_a_role_before_the_name_opens_the_sentence() -> None:
    body = (
        "Democratic presidential nominee Ann Bright chimed in on Twitter, saying that "
        'officials should release the videos "without delay."'
    )
    assert _said(body, "without delay").speaker == "Ann Bright"


def test_a_name_set_off_as_the_whole_aside_speaks() -> None:
    body = (
        "His former business partner at Lenox, Lawrence B. Cummings, called him a master "
        'of deals. "He showed again and again an ability to close deals others could not."'
    )
    assert _said(body, "again and again").speaker == "Lawrence B. Cummings"


def test_a_quotation_set_off_by_dashes_after_a_name() -> None:
    body = (
        "A chorus of senators has said the same thing, including the former candidate "
        "Ann Bright -- ''It is disqualifying for a nominee to hide tax returns'' -- and "
        "Tom Reyes."
    )
    assert _said(body, "disqualifying").speaker == "Ann Bright"


def test_a_quotation_after_a_dash_and_an_object_is_not_the_objects() -> None:
    body = (
        "Ann Bright said Mr. Reyes has seemed supportive of Mr. Trump -- ''a completely "
        "different man to me, which was a shock.''"
    )
    assert _said(body, "completely different").speaker == "Ann Bright"


def test_a_colon_before_two_apostrophe_marks_introduces_the_quote() -> None:
    body = (
        "Senator Ann Bright spoke first. Then Mayor Tom Reyes addressed the hall and said: "
        "''We will win this fight.''"
    )
    assert _said(body, "win this fight").speaker == "Tom Reyes"


def test_a_sentence_opener_never_starts_a_name() -> None:
    body = 'Club chief Rick Parry spoke on Monday.\n\nBut Parry said: "Steven is not for sale."'
    assert _said(body, "not for sale").speaker == "Rick Parry"


def test_a_capitalised_determiner_and_a_noun_are_no_speaker() -> None:
    body = (
        "Ed Balls hinted at a giveaway. Any rate rise ahead of an election would not "
        "hurt Labour, he added."
    )
    people = attribute_article(_article(body))[0]
    assert "Any" not in [p.name for p in people]


def test_an_addressee_after_told_is_no_speaker() -> None:
    body = (
        '"There will be a serious relaxation of fiscal policy," Glenn Maguire, chief '
        "economist at Societe Generale, told Agence France Presse. "
        '"The economic impact will certainly be large," he said.'
    )
    assert _said(body, "economic impact").speaker == "Glenn Maguire"


def test_a_name_at_the_end_of_an_aside_does_not_speak() -> None:
    body = (
        "Christian Harris, partnership manager of mobile content firm Zed, said the "
        "rules were essential. "
        '"The groundrules must be applied across the industry," he said.'
    )
    assert _said(body, "groundrules").speaker == "Christian Harris"


def test_a_place_phrase_is_an_aside_before_the_verb() -> None:
    body = (
        "Andrew Fisher, from Omaha, Nebraska, said he would sell space on his forehead "
        "to the highest bidder."
    )
    reported = [q for q in _quotes(body) if q.kind == "indirect"]
    assert [q.speaker for q in reported] == ["Andrew Fisher"]


def test_a_chain_of_asides_leads_back_to_the_speaker() -> None:
    body = (
        "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the "
        'Security Council, said the latest "provocation cannot be left without '
        'consequences."'
    )
    assert _said(body, "provocation").speaker == "Jean-Marc Ayrault"


def test_words_after_a_quotations_cue_are_no_reported_clause() -> None:
    body = '"This is a critical moment," Mr Blinken said in his opening remarks.'
    assert [q.kind for q in _quotes(body)] == ["direct"]


def test_a_clause_before_a_cue_with_a_partial_quote_is_reported() -> None:
    body = (
        "Minister Ann Bright spoke on Friday.\n\n"
        "The US will present a written response “next week”, she added."
    )
    reported = [q for q in _quotes(body) if q.kind == "indirect"]
    assert [q.speaker for q in reported] == ["Ann Bright"]


def test_a_capitalised_particle_belongs_to_the_surname() -> None:
    body = 'Mr De Vido said the state would not pay "in the form of a subsidy".'
    assert _said(body, "form of a subsidy").speaker == "De Vido"


def test_a_body_keeps_its_whole_name() -> None:
    body = (
        'The Home Office said it had not meant "to discriminate against anyone". '
        'Bank of America said the fees were "no longer needed".'
    )
    assert _said(body, "discriminate").speaker == "Home Office"
    assert _said(body, "no longer needed").speaker == "Bank of America"


def test_a_name_before_from_the_body_is_the_speaker() -> None:
    body = (
        "David Graham from the FDA's Office of Drug Safety told the panel that "
        '"there really is no need" for the drugs.'
    )
    assert _said(body, "no need").speaker == "David Graham"


def test_a_role_before_of_the_body_is_no_speaker_name() -> None:
    body = (
        "Michael Howard spoke first. Shadow leader of the Commons Oliver Heald said: "
        '"This will reduce costly interference in people\'s lives."'
    )
    speaker = _said(body, "costly interference").speaker
    assert speaker is not None and speaker.endswith("Oliver Heald")


def test_an_earlier_speaker_of_the_paragraph_is_a_referent() -> None:
    body = (
        "Tory Liam Fox said his party offered a clear choice.\n\n"
        'The home secretary, Charles Clarke, said he wanted to "know everybody who is '
        'in the country". Speaking on television, he said "migrants are of great value".'
    )
    assert _said(body, "great value").speaker == "Charles Clarke"


def test_a_name_that_is_also_a_news_word_is_not_a_body_after_a_role() -> None:
    body = 'Tory Liam Fox said his party offered a "clear choice" on the issue.'
    people = attribute_article(_article(body))[0]
    fox = next(p for p in people if p.name == "Liam Fox")
    assert fox.kind == "person"


def test_numbers_can_start_a_body_name() -> None:
    body = (
        "Six players are away on England's Six Nations training camp.\n\n"
        '"It is an important game," he told reporters.'
    )
    assert _said(body, "important game").speaker is None  # no person was named


# ------------------------------------------------------------ roles no name holds


def test_role_the_text_never_names_is_the_person_the_headline_names() -> None:
    article = parse_article(
        "Okafor sets out her plans\n\n"
        "Helen Okafor's speech opened the campaign on Monday.\n\n"
        "The audience cheered, and Finance Secretary Maria Lindqvist sat in the front row. "
        "The premier used the speech to set out her plans. In one passage she declared: "
        "“We will build homes for every family that needs one.”",
        key="roles.txt",
    )
    quote = next(q for q in attribute_article(article)[1] if "build homes" in q.text)
    assert quote.speaker == "Helen Okafor"


def test_unnamed_source_borrows_no_speaker_from_the_sentence_before() -> None:
    body = (
        "Senator Mark Ridley spoke for an hour on Tuesday about the budget.\n\n"
        "“The numbers were never going to add up this year,” a campaign spokesman said."
    )
    assert _said(body, "never going to add up").speaker is None


def test_capitalised_word_before_a_noun_verb_is_no_speaker() -> None:
    body = (
        "Trade Minister Ana Ruiz spoke on Monday.\n\n"
        "Ms Ruiz said that the Peruvian state would not make a contribution "
        "“in the form of a grant”."
    )
    partial = next(q for q in _quotes(body) if q.kind == "partial")
    assert partial.speaker == "Ana Ruiz"


# ------------------------------------------------------------ cues after the quotation


def test_state_abbreviation_in_an_aside_does_not_end_the_cue() -> None:
    body = (
        "Governor Lisa Brandt spoke first.\n\n"
        "“We cannot keep raising the fares,” Senate Transport Chairman Owen Pratt, R-Ohio., said."
    )
    assert _said(body, "keep raising the fares").speaker == "Owen Pratt"


def test_long_role_phrase_before_the_name_after_the_quotation() -> None:
    body = (
        "Mayor Lisa Brandt spoke first.\n\n"
        "“The figures were checked twice by the whole desk” the Herald's senior city editor "
        "Tom Achebe replied. “We stand by them.”"
    )
    assert _said(body, "checked twice").speaker == "Tom Achebe"


def test_inverted_cue_after_a_clause_that_follows_the_quotation() -> None:
    body = (
        "Mayor Lisa Brandt backed the plan.\n\n"
        "Workers were “very pleased indeed” about the decision, said Ruth Kamara, head of "
        "the drivers' union."
    )
    assert _said(body, "very pleased indeed").speaker == "Ruth Kamara"


def test_sentence_opening_adverb_is_no_speaker() -> None:
    body = (
        "Mayor Lisa Brandt said the vote would go ahead.\n\n"
        "Hastily, the council issued a statement calling the delay “an unfortunate mix-up "
        "that nobody intended at all”."
    )
    assert _said(body, "unfortunate mix-up").speaker is None


def test_quote_after_a_participle_opener_belongs_to_the_subject_after_the_comma() -> None:
    body = (
        "Mayor Lisa Brandt backed the plan on Monday.\n\n"
        "Writing in the Evening Post, Councillor Amir Haddad set out his own view. "
        "“Our city needs buses before it needs another car park, and the budget should "
        "say so.” Herald editor Joan Pike said that the article was “a clear challenge” to "
        "the mayor."
    )
    assert _said(body, "needs buses").speaker == "Amir Haddad"


def test_british_spelling_of_a_reporting_verb_is_a_cue() -> None:
    body = (
        "Culture Secretary Maria Lindqvist defended the bill on Monday.\n\n"
        "Meanwhile Labour backbencher Tom Achebe labelled the new rules “a gift to the "
        "bookmakers”."
    )
    assert _said(body, "gift to the").speaker == "Tom Achebe"


def test_opening_phrase_of_time_is_not_the_subject_of_saying() -> None:
    body = (
        "Governor Paul Okafor praised Maria Lindqvist on Monday.\n\n"
        "Hours later, Okafor returned the compliment to Lindqvist, telling reporters, "
        "“She is a fine minister and a friend.”"
    )
    assert _said(body, "fine minister").speaker == "Paul Okafor"


def test_capitalised_word_after_an_article_before_a_noun_verb_is_no_speaker() -> None:
    body = (
        "Maria Lindqvist won the vote.\n\n"
        "Maria Lindqvist posted a Facebook comment of her own, saying, “We are so proud of "
        "every volunteer who knocked on doors.”"
    )
    assert _said(body, "so proud").speaker == "Maria Lindqvist"


def test_name_between_a_digest_topic_dash_and_a_colon_is_the_speaker() -> None:
    body = (
        "Polls were wrong again in the state, and several experts explained why.\n\n"
        "Turnout models failed the test - Laura Kimani: “The models assumed the same "
        "electorate as four years ago, and it simply did not show up.”"
    )
    assert _said(body, "models assumed").speaker == "Laura Kimani"


def test_sentence_opening_said_puts_the_speaker_after_it() -> None:
    body = (
        "The old boxing gym on Mill Street reopened on Saturday.\n\n"
        "Said Rosa Delgado, who trained there as a girl, “It feels like coming home "
        "after thirty years away.”"
    )
    assert _said(body, "coming home").speaker == "Rosa Delgado"


def test_a_plural_possessive_before_a_name_is_an_affiliation() -> None:
    # "Fox News’ Bret Baier": the outlet's name ends in s, so its possessive is a bare
    # apostrophe; the person after it is the subject the next "he" continues
    body = (
        "Mayor Dana Whitfield spoke for an hour on Tuesday.\n\n"
        "Channel News’ Oscar Bramley noticed that no network cut away. He said his "
        "channel “held on” the mayor the whole time."
    )
    assert _said(body, "held on").speaker == "Oscar Bramley"


def test_a_passive_reporting_verb_reports_nothing() -> None:
    # "to be said about": the names after a passive reporting verb are no reported
    # speech, so the subject of the main clause stays the referent of the next "she"
    body = (
        "Although much remains to be said about Governor Ellen Marsh and her budget, "
        "Treasurer Nadia Corwin took the first step on Monday.\n\n"
        "“We will publish every account by the end of the month,” she said."
    )
    assert _said(body, "publish every account").speaker == "Nadia Corwin"


def test_a_reporting_verb_before_a_title_is_the_office_it_names() -> None:
    # "state Representative": "state" names the office here, it reports nothing, so the
    # woman after it is no subject of reported speech but the "she" of the next quote
    body = (
        "Higher fees are the last thing state Representative Orla Dunmore, a Democrat, "
        "wants to hear about.\n\n"
        "“Families here cannot pay any more,” she said on Friday."
    )
    assert _said(body, "cannot pay any more").speaker == "Orla Dunmore"


def test_a_she_cue_is_never_carried_to_a_man() -> None:
    # no woman is named before "she said": the quote stays unattributed rather than go
    # to the man who spoke the quote before it
    body = (
        "“We will win this state,” Mr. Harlan Voss told the crowd.\n\n"
        "The woman who shouted first gave only her first name to reporters.\n\n"
        "“He truly listens to people like us,” she said of Voss."
    )
    q = _said(body, "truly listens")
    assert q.speaker != "Harlan Voss"


def test_a_hashtag_is_no_one_a_pronoun_can_stand_for() -> None:
    body = (
        "Mr. Idris Valcourt, who studies social media, said the hashtag #AidePourLyon "
        "spread fastest.\n\n"
        "The hashtag #BougiePourLyon - “a candle for Lyon” - was also trending. “People "
        "lit their windows all night,” he said."
    )
    assert _said(body, "lit their windows").speaker == "Idris Valcourt"


def test_a_given_name_after_a_relation_is_the_next_she() -> None:
    # "his wife, Helen," names a person: she is who the "she" of the quote stands for
    body = (
        "Senator Tom Hadley has said little about his plans since the vote.\n\n"
        "But his wife, Helen, offered a preview of his thinking in an interview.\n\n"
        "“He wants to keep this movement going,” she said."
    )
    assert _said(body, "keep this movement").speaker == "Helen"


# ------------------------------------------------------------ campaigns


def test_a_named_candidates_campaign_speaks_as_a_body_named_by_the_phrase() -> None:
    body = (
        "Tom Ross and Ann Reyes clashed over debate dates.\n\n"
        "The Reyes campaign called the proposal “a stunt to dodge the voters of this "
        "state.”"
    )
    assert _said(body, "a stunt to dodge").speaker == "Reyes campaign"


def test_his_campaign_is_not_the_last_campaign_the_text_named() -> None:
    body = (
        "Money race heats up.\n\n"
        "The Reyes campaign said on Monday that it had raised $5 million. Tom Ross gave "
        "many paid speeches, but his campaign said he halted all paid speeches last year."
    )
    assert all(q.speaker != "Reyes campaign" for q in _quotes(body) if "halted" in q.text)


def test_his_campaign_that_protests_a_quotation_is_the_campaign_of_his_referent() -> None:
    # the possessive's man names the campaign; the quotation is the campaign's, not the
    # rival's whom the sentence before named
    body = (
        "Ann Reyes agreed to debate on the day Tom Ross had proposed.\n\n"
        "Ross looked caught out. His campaign protested that Reyes aides were being "
        "“less than honest” about the date."
    )
    assert _said(body, "less than honest").speaker == "Ross campaign"


def test_her_campaign_before_a_modal_is_no_cue_of_its_own() -> None:
    # "her campaign would continue “…”": what the campaign would do is reported, not
    # said by the campaign (its own sentence: no "she said" to fall back on)
    body = (
        "Ann Reyes won three primaries on Tuesday.\n\n"
        "Her campaign would continue “to knock on every door.”"
    )
    assert _said(body, "knock on every door").speaker != "Reyes campaign"


def test_her_campaign_speaks_after_auxiliaries_adverbs_and_a_comma_aside() -> None:
    # the reporting verb is the campaign's even when it is not the next word
    for cue in (
        "Her campaign has said",
        "Her campaign later said",
        "Her campaign, in a statement, said",
    ):
        body = (
            "Ann Reyes won three primaries on Tuesday.\n\n"
            f"{cue} it would “keep fighting for every vote.”"
        )
        assert _said(body, "keep fighting").speaker == "Reyes campaign", cue


def test_her_campaign_before_a_colon_speaks_for_the_campaign() -> None:
    # "Her campaign said: “…”": the colon's cue is the campaign's, not left to the
    # woman the sentence before named (nor to no one)
    body = (
        "Governor Lena Ortiz toured three factories in Dayton on Friday.\n\n"
        "Her campaign said: “The governor has no plans to debate before the primary.”"
    )
    assert _said(body, "no plans to debate").speaker == "Ortiz campaign"


def test_his_campaign_is_named_by_the_surname_not_a_suffix() -> None:
    body = (
        "Robert F. Kennedy Jr. spoke in Ohio on Monday.\n\n"
        "His campaign protested that rivals were “playing games with the ballot.”"
    )
    assert _said(body, "playing games").speaker == "Kennedy campaign"


def test_a_crowd_named_by_its_candidate_speaks_as_one_group() -> None:
    body = (
        "Tom Ross spoke at the county fair on Saturday.\n\n"
        "Ross supporters responded to the hecklers with chants of “four more years for "
        "Tom.”"
    )
    assert _said(body, "four more years").speaker == "Ross supporters"


# ------------------------------------------------------------ polls


def test_words_a_polls_respondents_chose_are_the_polls() -> None:
    body = (
        "Voters in the state are restless.\n\n"
        "In a March Harbor Times-KTV poll, 60 percent of Democrats said the race was "
        "“too close to call.”"
    )
    quoted = [q for q in _quotes(body) if q.kind != "indirect" and "close to call" in q.text]
    assert [q.speaker for q in quoted] == ["Harbor Times-KTV poll"]


def test_a_poll_named_after_according_to_takes_the_quote_from_the_group() -> None:
    body = (
        "Voters in the state are restless.\n\n"
        "Most Ohioans say the governor is “out of touch,” according to a Lakeview poll "
        "released on Friday."
    )
    quoted = [q for q in _quotes(body) if q.kind != "indirect" and "out of touch" in q.text]
    assert [q.speaker for q in quoted] == ["Lakeview poll"]


# ------------------------------------------------------------ objects of participles


def test_name_after_a_participle_is_no_referent_for_the_next_he() -> None:
    body = (
        "In his speech, Mayor Glenn Ashby argued - rebuking Carl Dunmore three times by "
        "name - that the council had ignored the flood warnings. “The river does not wait,” "
        "he said."
    )
    assert _said(body, "river does not wait").speaker == "Glenn Ashby"


# ------------------------------------------------------------ a role in the cue


def test_role_in_the_cue_is_not_a_person_named_only_inside_the_quotation() -> None:
    body = (
        "Frank Mallory joined the fight on Monday, attacking the senator at a rally. "
        "“He is running against President Ortega and me,” the former president said.\n\n"
        "“He will learn,” he said."
    )
    assert _said(body, "running against").speaker == "Frank Mallory"
    assert _said(body, "He will learn").speaker == "Frank Mallory"


# ------------------------------------------------------------ "'s" as "is" or "has"


def test_name_with_a_contracted_has_is_the_subject() -> None:
    body = (
        "Sen. Alan Whitcombe faced Gov. Ray Dorsey at the debate.\n\n"
        "Dorsey's been making the case against Whitcombe for weeks. “You have never run "
        "anything,” he said."
    )
    assert _said(body, "never run").speaker == "Ray Dorsey"


# ------------------------------------------------------------ a lone given name after "named"


def test_a_given_name_after_named_is_a_person_for_she() -> None:
    body = (
        "One of the loudest voices in the crowd was a 47-year-old nurse from Dover named "
        "Patricia.\n\n"
        "“He listens to people like us,” she said of the governor."
    )
    assert _said(body, "listens to people").speaker == "Patricia"


# ------------------------------------------------------------ a possessive before a verb form


def test_a_verb_form_after_a_possessive_is_a_noun_with_no_subject() -> None:
    body = (
        "Mayor Irene Holt spoke for an hour. In response to Councilman Drury's charge that she "
        "had ignored the port, she said she and the governor had saved hundreds of jobs. "
        "“I am proud of what we have done for the docks.”"
    )
    assert _said(body, "proud of what").speaker == "Irene Holt"


# ------------------------------------------------------------ the one addressed is an object


def test_a_name_after_asked_is_the_one_addressed_and_a_referent_for_he() -> None:
    body = (
        "When I asked Gov. Tom Keller about the bridge, the talk turned to money.\n\n"
        "“We have the funds,” he replied."
    )
    assert _said(body, "have the funds").speaker == "Tom Keller"


def test_a_name_after_told_is_the_one_addressed_and_a_referent_for_she() -> None:
    body = (
        "I told Mayor Ann Pruitt later that week that the story had run.\n\n"
        "“You did me a favour,” she answered."
    )
    assert _said(body, "did me a favour").speaker == "Ann Pruitt"


# ------------------------------------------------------------ a body's name in capitals


def test_a_lone_word_in_capitals_after_a_masthead_is_no_person() -> None:
    body = (
        "Lena Ortiz has covered the mayor for the DAILY STAR NETWORK since 2010. "
        "“He never returns a call,” she said."
    )
    people, _ = attribute_article(_article(body))
    assert "NETWORK" not in [p.name for p in people]
    assert _said(body, "never returns").speaker == "Lena Ortiz"


# ------------------------------------------------------------ a quotation inside its sentence


def test_a_quotation_inside_the_sentence_after_reported_speech_goes_on_from_it() -> None:
    body = (
        "Dr. Helen Marsh studies how rumours spread online.\n\n"
        "Corrections rarely travel as far as the rumour, she said. A correction can still "
        "win, but mostly when “the correction is more exciting than the rumour.”"
    )
    assert _said(body, "more exciting than").speaker == "Helen Marsh"


def test_a_headline_inside_a_sentence_is_not_carried() -> None:
    body = (
        "Tom Reyes said the party had lost its way. A former aide published a column in the "
        "Daily Star, entitled, “Why Winning The Senate Matters More Than Winning The House.”"
    )
    quotes = [q for q in _quotes(body) if "Winning The Senate" in q.text]
    assert quotes
    assert all(q.speaker is None for q in quotes)


# ------------------------------------------------------------ "Ms. X" beside "Mr. X"


def test_ms_with_a_surname_is_not_the_man_of_that_surname() -> None:
    body = (
        "Omar Haddad, whose son died in Iraq, spoke at the convention. Mr. Haddad said the "
        "candidate had never sacrificed anything.\n\n"
        "Ms. Haddad stood beside him in silence. In an interview on Sunday, Ms. Haddad "
        "said she had not spoken because the grief was too much. “I could not even look "
        "at his picture,” she said."
    )
    quote = _said(body, "look at his picture")
    assert quote.speaker == "Haddad"


# ------------------------------------------------------------ a place is never "he"


def test_a_state_named_as_a_subject_is_not_the_referent_of_he() -> None:
    body = (
        "Delegate Carl Pruett said he would fight any attempt to bind the delegation. "
        "He said states like Ohio and Colorado will clarify the race first.\n\n"
        "“We might abstain,” he said."
    )
    assert _said(body, "might abstain").speaker == "Carl Pruett"


# ------------------------------------------------------------ an aside between double hyphens


def test_a_name_before_an_aside_in_double_hyphens_is_the_subject() -> None:
    body = (
        "“We will be ready,” said campaign chairman Ned Foley on Sunday.\n\n"
        "In Ohio, pollster Dan Whitlock -- author of a book on the party's defeat in 2012 "
        "that urged it to court younger voters -- is doubtful the nominee can recover. "
        "“His better bet is to change the subject,” he said."
    )
    assert _said(body, "better bet").speaker == "Dan Whitlock"


# ------------------------------------------------------------ an opening subordinate clause


def _weights(body: str, name: str) -> list[int]:
    """The weights of the prescan's mentions of `name` (QUOTED: what is reported)."""
    article = _article(body)
    cast = Cast([s.start for s in article.sentences], article.text)
    spans = [(sp.start, sp.end) for sp in quote_spans(article)]
    register_mentions(article, cast, spans, [h[0] for h in verb_hits(article.text)])
    return [w for _, i, w in cast.timeline if cast.entities[i].name == name]


def test_the_subject_after_an_opening_when_clause_is_no_reported_content() -> None:
    body = (
        "When the host Mary Reed pointed out that Senator Tom Hale calls it “a tax on the "
        "poor,” Senator Susan Ruiz seized upon the phrase."
    )
    assert _weights(body, "Susan Ruiz") == [1]


def test_a_name_after_an_opening_and_is_the_subject_of_its_sentence() -> None:
    body = (
        "“The market will decide,” said economist Paul Verne of the Hale Institute.\n\n"
        "And Governor Tom Kessler, for all the money he raised from donors, seems to agree. "
        "“We cannot tell yet which plan will work,” he said."
    )
    assert _weights(body, "Tom Kessler") == [1]
    assert _said(body, "which plan will work").speaker == "Tom Kessler"


def test_a_street_is_no_person_a_pronoun_stands_for() -> None:
    body = (
        "Economists Ann Lowry and Beth Carr studied the crash. But Wall Street, instead of "
        "spreading wealth, brought ruin. Even at best, she writes, banking has "
        "“produced nothing of value for the country in thirty years.”"
    )
    assert _said(body, "produced nothing").speaker != "Wall Street"


def test_a_person_named_like_a_place_ending_is_still_he() -> None:
    # "Arena", "Garden": surnames too; with a given name before them, a person
    body = (
        "Jose Mourinho met Bruce Arena in London on Monday. Arena later spoke to reporters. "
        '"We are ready for the game," he said.'
    )
    assert _said(body, "ready for the game").speaker == "Bruce Arena"


# ------------------------------------------------------------ a surname that is a listed word


def test_a_lone_listed_word_is_a_mention_only_of_a_known_person_of_that_name() -> None:
    """ "Still" alone names no one, unless the article has a person called Still: then
    it is a mention of that person (the prescan's one look-up for such words)."""
    body = (
        "Chief executive Robert Still opened the new plant in Derby on Monday. "
        "Still told reporters the site would hire 200 people.\n\n"
        "The plant makes parts for trains. Still, shares in the firm fell."
    )
    assert _weights(body, "Robert Still") == [1, 2, 1]
    other = body.replace("Robert Still", "Robert Hale")
    assert _weights(other, "Robert Hale") == [1]


def test_a_name_after_an_inverted_copula_is_the_referent_of_he() -> None:
    # "… at the edge of the pit is Martin Penhale, 71, …": the subject the sentence puts
    # last, not an object, so the "he" of the quote is Penhale, not the inspector
    body = (
        "Inspector Colin Dunmore led the search of the quarry on Tuesday.\n\n"
        "Beside the old winch at the edge of the pit is Martin Penhale, 71, who lost his "
        "brother in the tunnels in 1979.\n\n"
        '"Nobody has been down there since the seventies," he said.'
    )
    assert _weights(body, "Martin Penhale") == [1]
    assert _said(body, "Nobody has been").speaker == "Martin Penhale"


def test_a_name_after_a_quoted_reporting_verb_is_no_part_of_what_is_reported() -> None:
    # "say" inside the banner's quotation marks is no verb of the narrative: Quayle is
    # the subject of "marched", the "he" of the quote after
    body = (
        "Gov. Alan Brisk opened the depot on Monday.\n\n"
        'Under a banner reading "say no to the cuts" on Friday, Norbert Quayle marched to '
        "the hall with his neighbours.\n\n"
        '"I knock on every door in this town," he said.'
    )
    assert _said(body, "every door").speaker == "Norbert Quayle"


def test_a_name_in_an_aside_between_the_halves_of_a_quotation_is_not_its_he() -> None:
    # “… view” - that Grant is … - “is …,” he says: the aside's subject is what is said,
    # the "he" is the pollster the sentence before introduced
    body = (
        "Michael Grant has money to spare for a third-party run.\n\n"
        "Grant's pollster, Douglas Shaw, says his man has the money and the time. "
        '"I do not think the common view" - that Grant is seen as a big-city liberal - '
        '"is going to last," he says. "The mayor would build support fast."'
    )
    assert _said(body, "is going to last").speaker == "Douglas Shaw"
    assert _said(body, "build support fast").speaker == "Douglas Shaw"
    # one quotation, one speaker: the first half is the pollster's too
    first = [q for q in _quotes(body) if q.kind == "direct" and "common view" in q.text]
    assert [q.speaker for q in first] == ["Douglas Shaw"]


def test_a_name_between_two_quotations_of_one_sentence_is_the_he_after_them() -> None:
    # “…,” Smith said, but “…,” he added: no aside, Smith is the "he"
    body = (
        "Bob Jones proposed the plan on Monday.\n\n"
        '"It is reckless," Tom Smith said on Tuesday, but "we will debate it," he added.'
    )
    assert _said(body, "we will debate").speaker == "Tom Smith"


def test_the_subject_before_a_quotation_in_its_own_sentence_is_still_its_he() -> None:
    # two quotations, no aside between them: the sentence's subject before both is the
    # "he" after them, not the man of the sentence before
    body = (
        "Councillor Tom Roe opened the session.\n\n"
        'Tom Ward, the treasurer, read the figures aloud, "we are broke" and "we owe '
        'the bank," he said.'
    )
    assert _said(body, "owe the bank").speaker == "Tom Ward"


def test_the_subject_of_a_because_clause_is_not_the_he_of_the_next_quote() -> None:
    # the main clause's subject is whom the sentence is about; the subject of the clause
    # "because" opens is a side figure
    body = (
        "Film producer Alan Brook has revived an old crime series.\n\n"
        "Mr. Brook said he took the project on only because Mr. Dale agreed to return. "
        '("We have brought the whole team back," he said.)'
    )
    assert _said(body, "whole team back").speaker == "Alan Brook"


def test_a_subject_after_a_preposition_like_after_is_the_he_of_the_next_quote() -> None:
    # "after 20 years" is a preposition's phrase, and "and" ends it: Smith is the
    # subject of a main clause, the "he" of the quote
    body = (
        "Club news.\n\n"
        "Mr Jones stepped down after 20 years and Tom Smith took over.\n\n"
        '"It is an honour," he said.'
    )
    assert _said(body, "an honour").speaker == "Tom Smith"


def test_the_subject_of_a_because_clause_before_an_object_is_not_the_he() -> None:
    # an object mention after the clause's subject does not make that subject the main one
    body = (
        "Film producer Alan Brook has revived an old crime series.\n\n"
        "Mr. Brook said he took the project on only because Mr. Dale agreed to return "
        'with Tom Baines. ("We have brought the whole team back," he said.)'
    )
    assert _said(body, "whole team back").speaker == "Alan Brook"


def test_a_speaker_after_a_comma_closing_an_if_clause_is_the_he_of_the_next_quote() -> None:
    # "…, if elected, Hale said": the comma closes the "if" clause; Hale's is the main one
    body = (
        "Sam Ortiz toured the county for months.\n\n"
        "Ortiz promised the crowds sweeping change if elected, Peter Hale said. "
        '"He was very sharp," he said.'
    )
    assert _said(body, "very sharp").speaker == "Peter Hale"


def test_a_subject_after_a_dash_is_no_part_of_the_clause_before_it() -> None:
    # "… after failing a test - a move Wenger has backed": the dash ends the "after"
    # clause, so Wenger is the latest subject and the "he" of the quotation
    body = (
        "Rovers boss Colin Barr would consider signing Dean Platt once his ban ends.\n\n"
        "Platt was sacked by City on Friday after failing a drugs test - a move Barr has "
        'backed. But he said: "Once he has served his ban, he can start again."'
    )
    assert _said(body, "start again").speaker == "Colin Barr"


def test_they_after_two_people_joined_as_a_subject_is_the_pair_not_an_earlier_body() -> None:
    # "Lee and Hale suggest …. In the United States, they write, “…”": the pair (shown
    # as its last name, as "Lee and Hale said" is), not the union named before them
    body = (
        "Migration study.\n\n"
        "Most migrants in the European Union are Christian. Ann Lee and Tom Hale suggest "
        "the gap has less to do with faith.\n\n"
        'In the United States, they write, "faith is a door into the mainstream."'
    )
    assert _said(body, "door into the mainstream").speaker == "Tom Hale"


def test_they_long_after_two_people_joined_is_not_the_pair() -> None:
    # the pair is "they" only in the sentence after it: five sentences on, no one is
    body = (
        "Bakery profile.\n\n"
        "Ann Lee and Tom Hale opened the bakery in 1990. The shop sits on the corner. It "
        "opens at six. The loaves sell out by nine. Prices rose last year.\n\n"
        'Shoppers queued in the rain on Saturday. "It is the best bread in town," they said.'
    )
    assert _said(body, "best bread").speaker != "Tom Hale"


def test_they_after_a_body_named_after_two_people_is_the_body() -> None:
    body = (
        "Plant visit.\n\n"
        "Ann Lee and Tom Hale toured the plant on Monday. The Acme Workers Union later "
        'said the visit was welcome. In a statement, they said the plant "must stay open."'
    )
    assert _said(body, "must stay open").speaker == "Acme Workers Union"


def test_a_name_opening_the_clause_the_pronoun_reports_is_not_its_referent() -> None:
    # "He said Mr Hale had …": the name is the subject of what "he" reported, so "he" is
    # someone else (the father the sentence before was about), not Mr Hale, though the
    # headline names Mr Hale and he spoke the story's quotations so far
    text = (
        "Hale sorry over wrongful jailings\n\n"
        "Tom Hale has apologised to three families whose sons were wrongly jailed.\n\n"
        "The council leader was speaking about the jailing of six men for a fire in 1988. "
        'Mr Hale said: "I am deeply sorry for what they went through." He met the '
        'families in his office on Friday. In a statement, Mr Hale said the men deserved "to '
        'be cleared in public".\n\n'
        "The families had wanted the apology to be made in the council chamber. However, "
        "one of the so-called Harbour Six, Ian Morrow - who was wrongly convicted of starting "
        "the fire - said the families were pleased. "
        'He said Mr Hale had spoken with "real warmth", adding: "He listened to all of us."'
    )
    quotes = attribute_article(parse_article(text, key="t.txt"))[1]
    said = {q.text: q.speaker for q in quotes}
    assert said["real warmth"] == "Ian Morrow", said
    assert said["He listened to all of us."] == "Ian Morrow", said


def test_the_agent_of_a_passive_whose_subject_describes_the_man_before_is_no_he() -> None:
    body = (
        "Rafael Orue lost in the first round in Madrid on Tuesday. The defending champion was "
        'beaten by Tomas Berdan in straight sets.\n\n"I was too slow from the start and I '
        'paid for it," he said.'
    )
    assert _said(body, "too slow").speaker == "Rafael Orue"


def test_it_is_never_a_plural_group_named_before() -> None:
    body = (
        "The scheme was set up in 2001. The governor's office said auditors had found "
        '"irregular payments to certain senior staff". It added that the officials '
        'concerned "appear to have been paid for work never done".'
    )
    assert _said(body, "paid for work").speaker != "auditors"


def test_a_capitalised_word_after_a_hyphened_prefix_names_no_speaker() -> None:
    # "his anti-Dutch remarks": an adjective, not "Dutch" remarking; "he" stays the mayor
    body = (
        "Mayor Karl Rowe spoke at the port on Monday. Critics listed his anti-Norwegian "
        'remarks.\n\nHe said "the Norwegians" would not mind.'
    )
    assert _said(body, "the Norwegians").speaker == "Karl Rowe"


def test_she_referenced_and_he_anticipated_cue_the_pronouns_quotation() -> None:
    # "referenced" as "cited", "anticipated" as "expected": verbs of reporting
    body = (
        "Dana Lowry, a nurse from Tarsk, spoke at the rally on Tuesday.\n\n"
        'She also referenced the "harbour clause," a rule that lets the council sell land.\n\n'
        "Colonel Mark Reyes said he would advise the new mayor.\n\n"
        'He anticipated that the hardest task would be "clearing the debts the old council '
        'left behind."'
    )
    assert _said(body, "harbour clause").speaker == "Dana Lowry"
    assert _said(body, "clearing the debts").speaker == "Mark Reyes"


def test_a_title_after_ex_keeps_its_name_and_speaks() -> None:
    # "ex-" is no adjective's prefix: the title and name after it are a person's
    body = (
        "Crowds cheered the ex-King Aurelio of Varania in the capital on Friday. "
        'He said: "We have waited thirty years for this day."'
    )
    assert _said(body, "waited thirty years").speaker == "Aurelio of Varania"
    people = attribute_article(_article(body))[0]
    assert [(p.name, p.role) for p in people] == [("Aurelio of Varania", "King")]


# ------------------------------------------------------------ a role as the referent


def test_the_writer_is_the_novelist_the_article_is_about() -> None:
    """ROLE_KINDS: a novelist is a writer, so "the writer" is no other office's holder."""
    body = (
        "Novelist Maren Holt has died at 81.\n\n"
        "Her thriller Nightfall was filmed in 1975, with Clara Denby in the lead. The "
        "writer was known for years of research behind each book. “I could never write "
        "fast. I rewrote every page,” she once said."
    )
    cast = _cast_of(body)
    held = cast.by_role(["writer"], cast.text.index("The writer"))
    assert held is not None and cast.entities[held].words == ["Maren", "Holt"]
    assert _said(body, "never write fast").speaker == "Maren Holt"


def test_the_star_is_the_singer_the_article_is_about() -> None:
    """ROLE_KINDS: a singer is a star, so "the pop star" is no other office's holder."""
    body = (
        "Singer Jo Bell has said her new album will be her last.\n\n"
        'The pop star said the tour would end in May, and called the charts "boring". '
        '"I am tired of the road," she said.'
    )
    assert _said(body, "boring").speaker == "Jo Bell"


def test_he_after_a_role_no_one_named_holds_is_not_an_earlier_speaker() -> None:
    body = (
        "Journalist Tom Reid said the remark by Mr Dunn had been “a blunder”. “It will "
        "haunt the government,” he said.\n\n"
        "Green MSP Ann Fry wrote to Mr Dunn on Tuesday. In a sharp reply, the first "
        "minister said his words had been twisted. He told Ms Fry: “You have spread this "
        "story. “It is simply false.”"
    )
    # (Mr Dunn, whom the role's paragraph named, may be the first minister)
    assert _said(body, "spread this story").speaker != "Tom Reid"
    assert _said(body, "simply false").speaker != "Tom Reid"


def test_he_after_a_role_no_one_in_its_paragraph_named_stays_unnamed() -> None:
    """The role's unnamed holder, not a man named paragraphs before (nor by_role's pick)."""
    body = (
        "Journalist Tom Reid said the remark had been “a blunder”. “It will haunt the "
        "government,” he said.\n\n"
        "Green MSP Ann Fry raised the issue on Tuesday. In a sharp reply, the first "
        "minister said his words had been twisted. He told Ms Fry: “It is simply false.”"
    )
    assert _said(body, "simply false").speaker is None


def test_he_after_a_role_an_earlier_paragraph_named_is_its_holder() -> None:
    """by_role: "First Minister Rob Kerr" holds "the first minister" paragraphs later."""
    body = (
        "First Minister Rob Kerr opened the session on Monday.\n\n"
        "Green MSP Ann Fry raised the issue on Tuesday. In a sharp reply, the first "
        "minister said his words had been twisted. He told Ms Fry: “It is simply false.”"
    )
    assert _said(body, "simply false").speaker == "Rob Kerr"


def test_he_after_a_role_that_acted_is_its_unnamed_holder() -> None:
    """A role before a verb other than a reporting one ("hit back") is a subject too."""
    body = (
        "Journalist Tom Reid said the remark had been “a blunder”. “It will haunt the "
        "government,” he said.\n\n"
        "Green MSP Ann Fry raised the issue on Tuesday. In a sharp reply, the first "
        "minister hit back at the claims. He told Ms Fry: “It is simply false.”"
    )
    assert _said(body, "simply false").speaker is None


def test_the_quotation_after_an_unnamed_role_holders_he_goes_on_unnamed() -> None:
    """The "he" of an unnamed holder marks its quotation unnamed: the reopened quotation
    after it is not carried to the person the paragraph is about."""
    body = (
        "Journalist Tom Reid said the remark had been “a blunder”. “It will haunt the "
        "government,” he said.\n\n"
        "Green MSP Ann Fry wrote to the government on Tuesday, calling for an apology for "
        "the “ill-judged remark”. In a sharp reply, the first minister said his words had "
        "been twisted. He told Ms Fry: “You have spread this story. “It is simply false.”"
    )
    assert _said(body, "spread this story").speaker is None
    assert _said(body, "simply false").speaker is None


def test_a_named_person_after_the_role_is_the_he() -> None:
    body = (
        "Journalist Tom Reid said the remark had been “a blunder”.\n\n"
        "Green MSP Ann Fry raised the issue on Tuesday. In a sharp reply, the first "
        "minister said his words had been twisted, and party chairman Ian Moss agreed. He "
        "told reporters: “It is simply false.”"
    )
    assert _said(body, "simply false").speaker == "Ian Moss"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Health Secretary Ann Fry visited a hospital in Leeds on Monday. Nurses there "
            "told her waiting lists were falling. The minister said extra nurses would be "
            "hired. She told reporters: “We have turned a corner.”",
            "turned a corner",
            "Ann Fry",
        ),
        (
            "Chancellor Ian Dale delivered his spending review on Thursday. Economists had "
            "expected a rise in borrowing. The minister said growth would beat forecasts. "
            "He told MPs: “The economy is strong.”",
            "economy is strong",
            "Ian Dale",
        ),
        (
            "Prime Minister Rob Kerr visited the troops on Tuesday. The trip had been kept "
            "secret. The premier said the soldiers had done well. He told them: “You "
            "should be proud.”",
            "should be proud",
            "Rob Kerr",
        ),
        (
            "Foreign Secretary Neil Ward flew to Oslo on Monday. The talks lasted six "
            "hours. The foreign minister said progress had been made. He told reporters: "
            "“We are hopeful.”",
            "We are hopeful",
            "Neil Ward",
        ),
        (
            "Chancellor Ian Dale delivered his spending review on Thursday. Economists had "
            "expected a rise in borrowing. The chancellor said growth would beat "
            "forecasts. He told MPs: “The economy is strong.”",
            "economy is strong",
            "Ian Dale",
        ),
    ],
)
def test_a_named_holder_under_another_title_keeps_the_pronoun(
    body: str, words: str, speaker: str
) -> None:
    """ "Chancellor X … (a sentence) … The minister said …. He told …": the role's own
    paragraph named its holder, so the pronoun is that holder."""
    assert _said(body, words).speaker == speaker


def test_she_after_a_role_is_the_person_talked_about_just_before() -> None:
    """The holder under another title ("health secretary" for "the minister")."""
    body = (
        "Reporter Tom Reid said the cuts were “a blunder”.\n\n"
        "Health Secretary Ann Fry told the BBC waiting lists were falling. The minister said "
        "extra nurses would be hired. She told MPs: “We have turned a corner.”"
    )
    assert _said(body, "turned a corner").speaker == "Ann Fry"
