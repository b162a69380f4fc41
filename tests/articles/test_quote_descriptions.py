"""Descriptions that stand for a person just named (issue 12, unseen BBC articles): "the
Factory Records founder", a capitalised compound before a name ("Man-of-the-match
Stephen Jones"); each on a short story written for the test."""

from __future__ import annotations

from bot.articles.phrases import np_forward
from bot.articles.quotes import attribute_article
from bot.articles.quotes.mentions import _object_appositive
from bot.articles.tokens import tokenize
from tests.support.news import quote_with, story


def test_the_band_or_firm_and_a_role_is_the_person_just_named() -> None:
    body = (
        "Record producer Dan Mercer is to open a studio in Hull.\n\n"
        '"I have wanted to do this for twenty years," said the Northern Sound founder. '
        '"The city has given me everything."\n\n'
        "Singer Rose Amis will record the first album there. "
        '"It is a lovely room to sing in," the Velvet Lanterns singer told reporters.'
    )
    assert quote_with(body, "twenty years").speaker == "Dan Mercer"
    assert quote_with(body, "given me everything").speaker == "Dan Mercer"
    assert quote_with(body, "lovely room").speaker == "Rose Amis"


def test_the_party_and_a_role_after_a_name_as_object_is_that_person() -> None:
    body = (
        "Home Secretary Alan Price faced a call to drop the bill from Mark Doyle.\n\n"
        'The New Dawn leader said the bill was "deeply flawed" and should go.'
    )
    assert quote_with(body, "deeply flawed").speaker == "Mark Doyle"


def test_a_place_and_an_office_stays_as_written() -> None:
    body = (
        "Senator Ted Marlow spoke in Des Moines on Monday.\n\n"
        '"We will win this state," the Nevada senator said.'
    )
    # a place and an office: the source keeps its words, a reader sees who it is
    assert quote_with(body, "win this state").speaker == "Nevada senator"


def test_a_capitalised_compound_with_lower_case_parts_opens_no_name() -> None:
    body = (
        "Coach Alan Price praised his side after the win.\n\n"
        '"We showed real character," said the national coach.\n\n'
        "Man-of-the-match Gareth Lloyd, who scored two tries, a drop goal and a "
        "conversion, was delighted after the game.\n\n"
        '"It was a special day for all of us," he said.'
    )
    assert quote_with(body, "special day").speaker == "Gareth Lloyd"


def test_the_sentences_of_a_long_quotation_are_no_distance_for_its_he_said() -> None:
    body = (
        "Alan Price paid tribute to his players after the win in Paris.\n\n"
        '"We had to dig deep," said the coach. "I am proud of them. They never gave up. '
        'They showed real character." Winger Gareth Lloyd, who scored two tries, a drop '
        "goal and a conversion, was beaming after the final whistle.\n\n"
        '"It was a special day. Nobody gave us a chance. We proved them wrong. But we have '
        'a long way to go," he said.'
    )
    assert quote_with(body, "special day").speaker == "Gareth Lloyd"


def test_an_occupation_before_a_name_opens_the_subject_a_quotation_goes_on_from() -> None:
    body = (
        'Coach Alan Price said: "We had to dig deep."\n\n'
        "Hat-trick scorer Gareth Lloyd was keen not to talk about the title. "
        '"We have a hard game next week. Nobody here is thinking about trophies."'
    )
    assert quote_with(body, "hard game next week").speaker == "Gareth Lloyd"


def test_a_body_voice_after_a_name_is_no_one_named_before() -> None:
    body = (
        "Engineer Tom Reid said the sensor could be built in a month. The Signalwise "
        'spokesman said it was "a sensible step" for the industry.\n\n'
        "Singer Amy Lowe will feature in the charts for months. A Top of the Charts "
        'spokesperson said: "It is a very special week for us."'
    )
    assert "Reid" not in str(quote_with(body, "sensible step").speaker)
    # the body's unnamed voice (its name is not yet read whole: "Charts spokesperson")
    assert str(quote_with(body, "special week").speaker).endswith("spokesperson")


def test_a_role_after_a_name_holding_the_is_no_one_named_before() -> None:
    body = (
        "Painter Ruth Gale has sold her studio to a charity. A Friends for the Arts "
        'director said: "It will become a school for young painters."'
    )
    # the body's unnamed director, as written (not the painter just named)
    assert str(quote_with(body, "young painters").speaker).endswith("director")


def test_a_hyphenated_surname_with_a_particle_stays_whole() -> None:
    body = 'Sports minister Anna Ross-van Dijk said: "He was the finest player of his time."'
    assert quote_with(body, "finest player").speaker == "Anna Ross-van Dijk"


def test_narration_in_the_first_person_is_the_last_speakers_account() -> None:
    body = (
        "To mark ten years since the death of singer Joe Carver, his former manager Sam "
        "Hale remembers the man behind the records.\n\n"
        '"I joined the band in 1980 and toured with them for a decade."\n\n'
        "Joe was the most driven person I have ever worked with. "
        '"He must have had an iron will. He rehearsed every song a hundred times."'
    )
    assert quote_with(body, "iron will").speaker == "Sam Hale"


def test_first_person_narration_far_from_any_quotation_carries_no_one() -> None:
    body = (
        'Minister Jane Cole said the law was "a fair balance" between rights.\n\n'
        "The debate went on for three days in the chamber.\n\n"
        "Many members stayed until the early hours.\n\n"
        "The vote was close.\n\n"
        "I am reminded of a line attributed to an old judge. "
        '"A nation that trades freedom for safety will lose both."'
    )
    found = quote_with(body, "trades freedom")
    assert (found.speaker, found.how) == (None, "unattributed")


def test_a_based_compound_before_a_body_makes_no_person_of_it() -> None:
    body = (
        '"Digging up the roads takes months," said Mr Ravi Menon, head of networks at '
        "Kaveri. This has led Pune-based Kaveri to put lasers on roofs.\n\n"
        "The lasers suit the dry climate. Kaveri is running them at low speeds. "
        '"It hardly ever rains here," he said.'
    )
    assert quote_with(body, "hardly ever rains").speaker == "Ravi Menon"


def test_an_age_before_a_known_name_is_that_name() -> None:
    body = (
        "Leeds may bid for striker Carlos Duarte in January. United boss Tom Hale wants "
        "another forward.\n\n"
        '"If the offer is right I would be keen to go," admitted the 27-year-old Duarte.'
    )
    assert quote_with(body, "keen to go").speaker == "Carlos Duarte"


def test_the_mp_for_two_places_is_the_mp_named_before() -> None:
    body = (
        "Labour backbencher Peter Lane said the campaign had started too early.\n\n"
        "The MP for Millbrook and Ashworth said the prime minister had been "
        '"working very hard" to win back trust.'
    )
    assert quote_with(body, "working very hard").speaker == "Peter Lane"


def test_the_mp_for_a_seat_of_several_words_is_the_mp_named_before() -> None:
    body = (
        "Labour backbencher Peter Lane said the campaign had started too early.\n\n"
        "The MP for North Millbrook and Ashworth said the prime minister had been "
        '"working very hard" to win back trust.'
    )
    assert quote_with(body, "working very hard").speaker == "Peter Lane"


def test_a_relation_of_the_role_is_not_the_role_holder() -> None:
    body = (
        "Film star Rex Moran is said to have turned down his most famous part.\n\n"
        "The actor's friend Paul Kemp told a magazine that Moran's agent sent him the "
        'script. The actor repeatedly refused, throwing it away and saying: "I will not '
        'play a gangster."'
    )
    assert quote_with(body, "play a gangster").speaker == "Rex Moran"


def test_a_persons_lawsuit_speaks_for_its_owner() -> None:
    body = (
        "Sprinter Jane Okoro is suing coach Dan Pike for defamation. Pike said on "
        'television: "I stand by every word."\n\n'
        "Okoro won two medals in Athens. Her lawsuit, filed in a court in Boston, said "
        'the sprinter had always been "clean and honest". Pike\'s claims, the suit added, '
        'were "reckless and false".'
    )
    assert quote_with(body, "clean and honest").speaker == "Jane Okoro"
    assert quote_with(body, "reckless and false").speaker == "Jane Okoro"


def test_a_lower_case_role_before_a_name_tells_who_the_role_is() -> None:
    body = (
        "The prime minister has urged Bristol mayor Ken Ashdown to apologise to reporter "
        "Oliver Fine. Mr Ashdown has refused to say sorry.\n\n"
        'Mr Fine asked him about the row. The mayor then said: "You are only doing this '
        'because you are paid to."'
    )
    assert quote_with(body, "paid to").speaker == "Ken Ashdown"


def test_a_subject_and_verb_with_words_of_its_own_after_a_full_stop_are_no_cue() -> None:
    body = (
        'Tory spokesman John Reed said: "The report backs our plan to close useless '
        'bodies.\n\n"A Conservative government will close 160 of them." Liberal spokesman '
        'Ed Vance meanwhile said instead of the "bonfire" promised there had been growth.'
    )
    assert quote_with(body, "close 160").speaker == "John Reed"


def test_a_one_word_subject_with_words_of_its_own_is_no_cue_either() -> None:
    body = (
        'Tory spokesman John Reed said: "The report backs our plan to close useless '
        'bodies.\n\n"A Conservative government will close 160 of them." Vance said '
        'instead of the "bonfire" promised there had been growth in every region.'
    )
    assert quote_with(body, "close 160").speaker == "John Reed"


def test_a_verb_then_a_comma_after_the_quotation_is_still_its_cue() -> None:
    body = (
        "Labour has attacked the plan to shut the hospital in Millbrook.\n\n"
        '"This is a disgrace for the town." Ed Vance added, calling on the minister to '
        "think again before the vote next week."
    )
    assert quote_with(body, "disgrace for the town").speaker == "Ed Vance"


def test_a_speaker_after_after_is_the_subject_of_a_clause() -> None:
    body = (
        "Treasury minister Tom Bell said the economy was strong. "
        '"The public finances are sound," he said. "We will not put that at risk," he told '
        'MPs.\n\n"We have kept to our rules," he said.\n\n'
        "His assurances came after Sir Ian Frost said stability mattered most. His message "
        'to the chancellor was: "Please do not spend it all before the election."'
    )
    assert quote_with(body, "Please do not spend").speaker == "Ian Frost"


def test_the_shadow_office_is_not_who_the_office_was_taken_to_be() -> None:
    body = (
        "Tom Grey is to freeze fuel duty.\n\n"
        'The chancellor also hailed the "longest period of growth" on record. But Ian '
        "West, for the opposition, attacked the rise in debt.\n\n"
        'The shadow chancellor said the plan had "turned to dust in his hands" and that '
        "borrowing would rise."
    )
    assert quote_with(body, "turned to dust").speaker == "Ian West"


def test_a_capitalised_owner_before_a_speech_noun_said_the_words() -> None:
    body = (
        "The site settled with the film studios last month. A stark message has appeared "
        'on it from the MPAA warning "You can click, but you cannot hide from us".'
    )
    assert quote_with(body, "cannot hide").speaker == "MPAA"


def test_the_festival_speaks_for_the_festival_named_before() -> None:
    body = (
        "Actor Sam Reed will be honoured at the Leeds Film Festival next month.\n\n"
        'The festival praises him for a "great number of celebrated roles" over '
        "thirty years."
    )
    assert quote_with(body, "celebrated roles").speaker == "Leeds Film Festival"


def test_a_described_speaker_known_as_a_name_is_that_name() -> None:
    body = (
        "Officials in Tarsk, Dravonia, have disputed the new film about the raid.\n\n"
        '"There never was an order to wait," said the station chief known as Karl, '
        'speaking for the first time. "We left within minutes."'
    )
    assert quote_with(body, "never was an order").speaker == "Karl"
    assert quote_with(body, "within minutes").speaker == "Karl"


def test_a_role_after_an_opening_phrase_is_the_subject_a_later_he_stands_for() -> None:
    body = (
        "Prime Minister Tom Reyes will name the election date soon, aides say.\n\n"
        "Party strategist Dan Marsh told the BBC that Mr Reyes had not yet decided. He said: "
        '"I am the co-ordinator and I do not know." On Friday, the prime minister completed '
        "a tour of Wales, during which he said the economy was stronger than ever."
    )
    assert quote_with(body, "the economy was").speaker == "Tom Reyes"


def test_a_role_after_an_opening_phrase_is_found_after_other_sentences_with_the_comma() -> None:
    """Each sentence reads the first ", the " inside it, not one of a sentence before."""
    body = (
        "Prime Minister Tom Reyes will name the election date soon, aides say.\n\n"
        "Turnout, the pollsters warn, may fall. Party strategist Dan Marsh told the BBC that "
        'Mr Reyes had not yet decided. He said: "I am the co-ordinator and I do not know." '
        "On Friday, the prime minister completed a tour of Wales, during which he said the "
        "economy was stronger than ever."
    )
    assert quote_with(body, "the economy was").speaker == "Tom Reyes"


def test_the_singular_of_a_clubs_name_is_its_member_just_talked_about() -> None:
    # no person's name takes "the": "the Salford Harrier" is an epithet of the runner
    # the paragraph is about, not a person called Salford Harrier (nor the rival)
    body = (
        "Sprinter Kwame Okafor held off Marcus Bell to win the 400m in Glasgow on Saturday. "
        '"I have waited three years for a night like this," said the Salford Harrier.\n\n'
        'Tom Reyes came third. "My legs went in the last 50 metres," the Cardiff Striker '
        "added."
    )
    assert quote_with(body, "waited three years").speaker == "Kwame Okafor"
    assert quote_with(body, "My legs went").speaker == "Tom Reyes"
    # the epithets are no people of the article
    people = [p.name for p in attribute_article(story(body))[0]]
    assert "Salford Harrier" not in people and "Cardiff Striker" not in people, people


def test_a_body_named_after_the_speaks_for_itself_without_an_i() -> None:
    # a body's statement speaks as no "I": the body named with "the" keeps it (a name
    # with no body's word, which the epithet rule would otherwise read as a member)
    body = (
        "Sprinter Kwame Okafor lost his appeal against a two-year ban on Friday. "
        '"The ruling follows a full hearing of the evidence," said the Kestrel Sentinel.'
    )
    assert quote_with(body, "full hearing").speaker == "Kestrel Sentinel"


def test_a_titled_name_after_the_is_a_name_not_an_epithet() -> None:
    # "the Reverend Ian Stone": a title takes "the", the name after it is the speaker's
    body = (
        "Bishop Alan Marr said the vote on the new hall would go ahead on Sunday.\n\n"
        '"I have prayed hard over this and I cannot agree," said the Reverend Ian Stone.'
    )
    assert quote_with(body, "prayed hard").speaker == "Ian Stone"


def test_a_given_name_after_the_at_the_articles_start_keeps_its_speaker() -> None:
    # no one talked about before: the speaker found is never replaced by no one
    body = (
        '"I have prayed hard over this and I cannot agree," said the Rev Ian Stone.\n\n'
        "Bishop Alan Marr said the vote on the new hall would go ahead on Sunday."
    )
    assert quote_with(body, "prayed hard").speaker == "Ian Stone"


def test_an_epithet_that_opens_with_a_given_name_is_still_an_epithet() -> None:
    # "Chelsea" is a given name and a place: "the Chelsea Pensioner" is the man just
    # talked about, not a person called Chelsea Pensioner
    body = (
        "Tom Hale, 88, has lived at the Royal Hospital for twenty years.\n\n"
        '"I love it here and I would not live anywhere else," said the Chelsea Pensioner.'
    )
    assert quote_with(body, "I love it here").speaker == "Tom Hale"


def test_a_title_written_last_makes_a_name_after_the_no_epithet() -> None:
    # "the Dalai Lama", "the Aga Khan": a title that ends a name takes "the"; the name
    # speaks, not the mayor the sentence before talked about
    body = (
        "Mayor Ruth Penhale opened the new peace garden in Taunton on Sunday.\n\n"
        '"I am glad to see so many young people here," said the Dalai Lama.\n\n'
        '"I hope the garden will last for centuries," said the Aga Khan.'
    )
    assert quote_with(body, "so many young").speaker == "Dalai Lama"
    assert quote_with(body, "last for centuries").speaker == "Aga Khan"


def test_a_described_speaker_without_a_subject_before_it_is_the_last_subject() -> None:
    # "Speaking after the match, the Frenchman said": no subject opens the sentence, so
    # the description stands for the person the story was last about (not the one
    # named in its aside)
    body = (
        "Striker Luc Marchand has signed a new three-year deal with Harbour Rovers.\n\n"
        "Asked about a remark by chairman Owen Pryce, the Frenchman told the club's "
        'website: "I have always wanted to stay here."\n\n'
        "Defender Kwame Okafor was injured. Speaking on Sunday, the 29-year-old said: "
        '"I will be back before Christmas."'
    )
    assert quote_with(body, "always wanted").speaker == "Luc Marchand"
    assert quote_with(body, "back before Christmas").speaker == "Kwame Okafor"


def test_an_opening_adverb_before_a_described_speaker_is_no_name() -> None:
    # "Afterwards, the 29-year-old said": the adverb opens the sentence; the speaker is
    # the one just talked about, as after "Later,"
    body = (
        "Ann Rhys won the hill race in Keswick on Saturday. "
        'Afterwards, the 29-year-old said: "My legs held out on the last climb."'
    )
    assert quote_with(body, "last climb").speaker == "Ann Rhys"


def test_an_inverted_cue_before_a_relation_and_a_given_name_gives_the_given_name() -> None:
    # "said his wife, Mary.": the woman speaks, not her husband the passage is about
    body = (
        "Thriller writer dies at 84\n\n"
        "Novelist Peter Drummond has died at his home in Jersey, aged 84. Drummond wrote "
        "14 thrillers, one of them filmed with actress Joan Vale.\n\n"
        '"He had a full life and loved every page he wrote," said his wife, Mary.'
    )
    assert quote_with(body, "loved every page").speaker == "Mary"


def test_a_relation_and_a_full_name_after_an_inverted_cue_gives_the_full_name() -> None:
    body = (
        "Thriller writer dies at 84\n\n"
        "Novelist Peter Drummond has died at his home in Jersey, aged 84.\n\n"
        '"He had a full life," said his daughter, Ann Lowe, who runs a bookshop.'
    )
    assert quote_with(body, "a full life").speaker == "Ann Lowe"


def test_a_names_relation_and_a_given_name_gives_the_given_name() -> None:
    body = (
        "Thriller writer dies at 84\n\n"
        "Novelist Peter Drummond has died at his home in Jersey, aged 84.\n\n"
        '"He loved every page he wrote," said Drummond\'s wife, Mary.'
    )
    assert quote_with(body, "loved every page").speaker == "Mary"


def test_a_given_name_that_does_not_end_the_phrase_is_not_the_speaker_alone() -> None:
    text = "said his wife, Mary and their son."
    np = np_forward(tokenize(text, 0, len(text)), 1)
    assert np is not None and np.words != ["Mary"]


def test_an_object_appositive_follows_a_lower_case_noun_not_a_day() -> None:
    hired = "Governor Peter Hale hired a new aide, retired judge Tom Ward, last month."
    dated = "The row ended on Friday, retired judge Tom Ward said."
    for text, expected in ((hired, True), (dated, False)):
        pos = text.index("Tom")
        assert _object_appositive(text, 0, pos, "judge") is expected
