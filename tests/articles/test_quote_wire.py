"""Wire-copy layouts and cast hygiene behind who said it: a description and a name set off
by commas after the quotation, a middle initial, a body's name with a preposition in it,
a gender the pronouns teach, the writer's "I", a convention that is no person."""

from __future__ import annotations

from bot.articles.quotes import attribute_article
from tests.support.news import quote_with as _said
from tests.support.news import quotes_in, story


def test_a_description_then_a_name_between_commas_after_the_quote() -> None:
    body = (
        "The appeal was heard in the crown court on Monday.\n\n"
        "“We need him home because life is very hard here,” his wife, Jane Holden, "
        "wrote in a letter to the court."
    )
    assert _said(body, "life is very hard").speaker == "Jane Holden"


def test_a_name_with_a_middle_initial_after_a_long_role() -> None:
    body = (
        "The council met on Monday to discuss the budget.\n\n"
        "“The budget is balanced,” council general counsel James A. Baker wrote in a memo."
    )
    assert "James A. Baker" in (_said(body, "budget is balanced").speaker or "")


def test_a_body_whose_name_holds_a_preposition_before_the_role_and_name() -> None:
    body = (
        "Workers marched through the city centre on Saturday.\n\n"
        "“The plan is sound,” Fight for Fairness organizing director Kendall Price told a "
        "local radio station."
    )
    assert _said(body, "plan is sound").speaker == "Kendall Price"


def test_a_pronoun_of_its_own_clause_tells_a_persons_gender() -> None:
    body = (
        "Councillor Ana Ruiz voted against the scheme on Monday.\n\n"
        "“The vote was rigged,” Kestrel Vane told reporters. When Vane left the hall, he "
        "said: “We will appeal.”\n\n“We will see him in court,” she said."
    )
    assert _said(body, "We will appeal").speaker == "Kestrel Vane"
    assert _said(body, "see him in court").speaker == "Ana Ruiz"


def test_the_writers_i_is_no_person_of_the_cast() -> None:
    body = (
        "Last month, when I asked Senator Tom Reed about the vote, he laughed.\n\n"
        "So I asked him again on Friday. “Ask me next week,” he said."
    )
    people, _ = attribute_article(story(body))
    assert "I" not in [p.name for p in people]


def test_a_party_convention_is_no_person() -> None:
    body = (
        "Delegates gathered for the Democratic National Convention on Monday.\n\n"
        "“It is a proud day,” said delegate Mary Olsen."
    )
    people, _ = attribute_article(story(body))
    assert not [p for p in people if "Convention" in p.name and p.kind == "person"]


def test_a_short_phrase_of_occasion_between_the_name_and_its_verb() -> None:
    body = (
        "The council met on Monday.\n\n"
        "Mayor Tom Baker in his speech called the protesters “thugs who should be arrested "
        "at once.”"
    )
    assert _said(body, "thugs who should").speaker == "Tom Baker"


def test_a_clause_after_in_which_is_not_a_phrase_of_occasion() -> None:
    body = (
        "The council met on Monday.\n\n"
        "Mayor Tom Baker stayed away. Instead he gave a speech in Salt Lake City in which he "
        "promised to be “a friend to every neighbourhood of the city.”"
    )
    assert _said(body, "a friend to every").speaker == "Tom Baker"


def test_but_now_said_goes_back_to_the_sentences_subject() -> None:
    body = (
        "The council met on Monday.\n\n"
        "Councillor Ana Ruiz used to back the scheme, but now said it had “become far too "
        "expensive for the city.”"
    )
    assert _said(body, "far too expensive").speaker == "Ana Ruiz"


def test_who_has_in_the_past_described_goes_back_to_the_name() -> None:
    body = (
        "The council met on Monday.\n\n"
        "Mayor Tom Baker, who has in the past described the plan as “a reckless gamble "
        "with public money,” voted against it."
    )
    assert _said(body, "reckless gamble").speaker == "Tom Baker"


def test_a_wire_dateline_with_a_date_or_a_title_case_place_is_no_subject() -> None:
    for dateline in ("WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –"):
        body = (
            f"{dateline} Senator Jane Roe took a swipe at her rival on Tuesday, saying that "
            "“bombastic comments do more harm than good.”\n\nThe rival did not reply."
        )
        article = story(body)
        assert article.dateline is not None and article.dateline.lower() == "washington"
        assert _said(body, "bombastic comments").speaker == "Jane Roe"


def test_a_sentence_adverb_that_opens_the_sentence_is_no_speaker() -> None:
    body = (
        "The council met on Monday.\n\n"
        "Ever since she joined the council, Councillor Ana Ruiz has been a fierce critic, "
        "visiting every ward with a simple message: “Do not give up on this city.”"
    )
    assert _said(body, "Do not give up").speaker == "Ana Ruiz"


def test_a_party_tag_and_a_stray_comma_before_said() -> None:
    body = (
        "The council met on Monday.\n\n"
        "On Tuesday in Berea, Ohio, after the vote, Gov. John Kasich (R-Ohio), said, “I am "
        "getting ready for a long campaign.”"
    )
    assert _said(body, "long campaign").speaker == "John Kasich"


def test_a_less_common_given_name_makes_a_person_the_pronoun_can_mean() -> None:
    body = (
        "The council met on Monday.\n\n"
        "The vote followed a speech by Ana Ruiz, in which she warned of “a decade of decline "
        "for the city.”"
    )
    assert _said(body, "decade of decline").speaker == "Ana Ruiz"


def test_one_party_member_unnamed_is_no_named_member_of_that_party() -> None:
    body = (
        "Mayor Tom Baker, a Republican, spoke on Monday about the budget.\n\n"
        "“There is no deficit,” said one Republican involved in the talks, who spoke on "
        "condition of anonymity. “The figures add up.”"
    )
    assert _said(body, "There is no deficit").speaker is None
    assert _said(body, "figures add up").speaker is None


def test_an_aside_between_dashes_before_the_verb() -> None:
    for aside in ("Tom Baker — a former mayor — said", "A former mayor -- Tom Baker -- said"):
        body = (
            "The council met on Monday.\n\n"
            f"{aside} the plan “offered no changes to the failed approach.”"
        )
        assert _said(body, "offered no changes").speaker == "Tom Baker"


def test_a_partial_quote_inside_what_a_named_source_reports_is_the_sources() -> None:
    body = (
        "Councillors met the mayor behind closed doors on Monday.\n\n"
        "Councillor Ann Lee said Mayor Tom Baker called on members to be “closely "
        "coordinated” before the vote."
    )
    # the partial quote itself (the indirect quote around it is Ann Lee's whatever the rule)
    partial = [q for q in quotes_in(body) if q.text == "closely coordinated"]
    assert [(q.kind, q.speaker) for q in partial] == [("partial", "Ann Lee")]


def test_a_quote_the_inner_speaker_voices_after_said_and_a_comma_stays_theirs() -> None:
    body = (
        "Councillors met on Monday.\n\n"
        "Some councillors said they feared a repeat of the row when Mayor Tom Baker called "
        "for a “cultural war” against his critics."
    )
    partial = [q for q in quotes_in(body) if q.text == "cultural war"]
    assert [(q.kind, q.speaker) for q in partial] == [("partial", "Tom Baker")]
