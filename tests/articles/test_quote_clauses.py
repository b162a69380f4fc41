"""A quotation inside a longer sentence: which clause's cue governs it when a clause
follows the closing mark."""

from __future__ import annotations

from bot.articles.model import Quote
from tests.support.news import quote_with as _said
from tests.support.news import quotes_in


def _quoted(body: str, words: str) -> Quote:
    """The quotation itself (not the reported sentence that holds it)."""
    return next(q for q in quotes_in(body) if words in q.text and q.kind != "indirect")


def test_a_clause_after_the_comma_that_names_no_one_leaves_the_quote_to_the_head() -> None:
    body = (
        "The council published its review of the depot on Monday.\n\n"
        "Last month, Audit Commission chief Helen Marsh called the handling of the depot "
        "accounts “deeply confused,” but said she should face no criminal charges, a view "
        "the police accepted."
    )
    assert _quoted(body, "deeply confused").speaker == "Helen Marsh"


def test_a_participle_after_the_comma_goes_on_from_the_head_speaker() -> None:
    body = (
        "The farm bill cleared its first vote on Tuesday.\n\n"
        "Okafor said he is hopeful the new bill can be “the best of both worlds,” giving "
        "states more power, but still protecting small farms."
    )
    assert _quoted(body, "the best of both worlds").speaker == "Okafor"


def test_a_common_subject_after_the_comma_does_not_take_the_heads_quote() -> None:
    body = (
        "The row over the port contract deepened on Wednesday.\n\n"
        "But even as Governor Ray Tolliver claimed on Tuesday that “Harbour Ltd broke every "
        "rule,” one of the former lawyers for the company said the two cases were different."
    )
    assert _quoted(body, "broke every rule").speaker == "Ray Tolliver"


def test_a_label_in_a_relative_clause_belongs_to_its_subject_not_the_main_clause() -> None:
    body = (
        "Golf clubs have closed across the state.\n\n"
        "Under what analyst Dora Finch called “the old membership model,” the Pinecrest "
        "club charged a joining fee of $50,000."
    )
    assert _quoted(body, "the old membership model").speaker == "Dora Finch"


def test_a_tail_cue_that_names_someone_still_wins_over_a_head_verb() -> None:
    body = (
        "The minister defended the budget on Thursday.\n\n"
        "The cuts were “painful but necessary,” Finance Minister Ada Okoro said."
    )
    assert _said(body, "painful but necessary").speaker == "Ada Okoro"


def test_an_inverted_cue_that_ends_the_sentence_outranks_a_pronoun_before_the_quote() -> None:
    body = (
        "The Central Asian summit opened in Almaty on Monday.\n\n"
        "China’s expanding influence has provoked mixed feelings in many Asian states, and "
        "it has used "
        "“velvet gloves” in its dealings with Central Asia, said Nargis Kaliyeva, an expert "
        "at the university."
    )
    assert _quoted(body, "velvet gloves").speaker == "Nargis Kaliyeva"


def test_a_short_quote_after_a_verb_of_judging_is_the_subjects_wording() -> None:
    body = (
        "The party met in Denver on Friday.\n\n"
        "Former spokesman Rob Tiller derided and insulted “the professional left” in press "
        "briefings."
    )
    assert _quoted(body, "the professional left").speaker == "Rob Tiller"


def test_a_noun_that_looks_like_a_verb_of_judging_leaves_a_scare_quote_alone() -> None:
    body = (
        "The campaign had a rough week.\n\n"
        "There were unprecedented attacks from both the liberal and “conservative” press."
    )
    assert not [q for q in quotes_in(body) if "conservative" in q.text]


def test_the_agent_of_a_passive_label_applied_it() -> None:
    body = (
        "The movement grew quickly in the 1990s.\n\n"
        'This feature of the movement has been called "strategic ambiguity" by Joan Hendry, '
        "a professor at Loyola University, and it makes tracing funds impossible.\n\n"
        "The hearings, often labeled as a “witch hunt” by Democrats, went on for two years."
    )
    assert _quoted(body, "strategic ambiguity").speaker == "Joan Hendry"
    assert _quoted(body, "witch hunt").speaker == "Democrats"


def test_a_name_after_a_gerund_is_its_object_not_the_speaker() -> None:
    body = (
        "Rep. Chris Cole endorsed the governor on Tuesday.\n\n"
        "Christie bristled at the suggestion that he was responsible for advising Trump to "
        "soften his stance, saying, “I am not his coach.”"
    )
    assert _quoted(body, "not his coach").speaker == "Christie"


def test_a_cue_that_ends_in_a_comma_before_the_next_quote_introduces_that_quote() -> None:
    body = (
        "Aides traded emails all week.\n\n"
        "Ross responds to Mills with, “Are you on your way to Libya?” Mills then writes "
        "back, “You look cute.”"
    )
    assert _quoted(body, "your way to Libya").speaker == "Ross"
    assert _quoted(body, "You look cute").speaker == "Mills"


def test_a_pronoun_clause_after_a_partial_quote_that_ends_its_sentence_is_a_new_one() -> None:
    body = (
        "Rep. Carl Collier endorsed Trump on Wednesday. Rep. Duncan Hale did too.\n\n"
        "“I am proud to endorse him,” Collier said in a statement.\n\n"
        "Collier represents one of the most conservative districts in New York.\n\n"
        "Hale, meanwhile, told Politico on Wednesday that he backs Trump because “we "
        "need a leader as president.” He also said he’s “liked Trump since the beginning.”"
    )
    quote = _quoted(body, "leader as president")
    assert (quote.cue, quote.speaker) == ("told", "Duncan Hale")


def test_a_contraction_does_not_hide_the_outer_speaker_of_a_reported_clause() -> None:
    body = (
        "Ruiz quit the race on Tuesday.\n\n"
        "In a statement released shortly after the senator suspended his campaign, Cole "
        "said he’s certain Ruiz will continue to be “a champion for opportunity in America.”"
    )
    assert _quoted(body, "a champion for opportunity").speaker == "Cole"


def test_a_quote_in_an_opening_participle_phrase_belongs_to_the_main_subject() -> None:
    body = (
        "The mayor spoke to reporters outside the depot on Friday.\n\n"
        "Conceding that the new tram line “went far over its budget,” though, Maria Delgado "
        "did promise that the city would finish it by spring."
    )
    assert _quoted(body, "went far over its budget").speaker == "Maria Delgado"


def test_a_quote_in_an_opening_gerund_phrase_belongs_to_the_main_subject() -> None:
    body = (
        "Lena Ford toured the flooded valley on Monday.\n\n"
        "And in explaining why the “flood defence plans” had stalled for years, Ford "
        "pointed to a shortage of engineers."
    )
    assert _quoted(body, "flood defence plans").speaker == "Lena Ford"


def test_a_quote_in_an_opening_clause_with_its_own_subject_is_not_the_main_subjects() -> None:
    body = (
        "Voters in the county head to the polls on Tuesday.\n\n"
        "While the “keep our parks for our children” campaign gathers pace, Mayor Tom "
        "Rourke has come out against the plan."
    )
    quote = _quoted(body, "keep our parks for")
    assert quote.speaker != "Tom Rourke"


def test_a_scene_setting_clause_inside_a_reported_clause_leaves_the_quote_to_the_outer_cue() -> (
    None
):
    body = (
        "The rally drew thousands.\n\n"
        "Ann Reyes said that when Tom Ross railed against the banks, “he was speaking for "
        "all of us in this state.”"
    )
    assert _quoted(body, "speaking for all of us").speaker == "Ann Reyes"


def test_a_when_clause_whose_verb_speaks_the_quote_keeps_its_cue() -> None:
    body = (
        "The interview aired on Sunday.\n\n"
        "Tom Ross was discussing trade when he told the host of the show, “We will not "
        "sign this deal as it stands.”"
    )
    assert _quoted(body, "We will not sign").speaker == "Tom Ross"


def test_but_after_a_quotes_full_stop_opens_the_next_sentences_own_cue() -> None:
    body = (
        "The debate was calm.\n\n"
        "Ann Reyes mocked his slogans, saying at one point, “The answer is not to shout "
        "at the rest of the world.” But Tom Ross, again, did not respond in kind."
    )
    assert _quoted(body, "The answer is not to shout").speaker == "Ann Reyes"


def test_a_role_in_the_object_before_who_said_is_the_one_who_speaks() -> None:
    # "… to the chairman, who said": the role the relative clause is about speaks (the
    # person who holds it), not the subject of the main clause
    body = (
        "Club chairman Walter Pryce met the supporters' trust on Saturday.\n\n"
        "Fans aired their worries about the ground to the chairman, who said: “We are "
        "not going anywhere.”\n\n"
        "The trust also put the question of ticket prices to the club's chairman, who said "
        "they would be “frozen for two seasons.”"
    )
    assert _quoted(body, "not going anywhere").speaker == "Walter Pryce"
    assert _quoted(body, "frozen for two seasons").speaker == "Walter Pryce"


def test_a_quotation_to_a_name_who_said_is_that_persons() -> None:
    # "“…” to councillor Ann Webb, who said": the object of "to" is no subject, but the
    # relative clause's cue makes her the one the words were
    body = (
        "The council approved the new ring road on Monday.\n\n"
        "The scheme was “a scandal” to councillor Ann Webb, who said she would appeal."
    )
    quote = _quoted(body, "a scandal")
    assert (quote.kind, quote.speaker) == ("partial", "Ann Webb")


def test_a_relative_clause_cue_reports_nothing_before_who() -> None:
    # "… to the chairman, who said nothing": the clause before "who" is what the subject
    # did, no statement of the one the relative clause is about (named or a role)
    for whom in ("the club chairman", "Pryce"):
        body = (
            "Club secretary Glyn Roberts chaired the annual meeting on Monday.\n\n"
            f"Roberts passed the microphone to {whom}, who said nothing."
        )
        assert not [q for q in quotes_in(body) if "microphone" in q.text], whom


def test_a_role_the_relative_clause_reports_on_in_the_passive_does_not_speak() -> None:
    body = (
        "Touch judge Dan Hulme had a difficult night in Cardiff.\n\n"
        "It was the same for the touch judge, who was criticised by coach Rhys Evans for "
        "“missing the obvious.”"
    )
    # (the role is known to be Dan Hulme's: only the passive keeps him from speaking)
    assert _quoted(body, "missing the obvious").speaker is None


def test_a_later_clause_with_an_unnamed_subject_keeps_its_own_cue() -> None:
    # "X said …, but officials said they were “…”": the officials' words, not X's
    body = (
        "Talks on the fishing quota broke up in Oslo on Tuesday.\n\n"
        "Norway said it would not move on the quota, but Scottish officials said they "
        "were “ready to wait.”\n\n"
        "Iceland said it would join the talks; diplomats in Brussels said they expected "
        "“a long winter.”"
    )
    assert _quoted(body, "ready to wait").speaker is None
    assert _quoted(body, "a long winter").speaker is None


def test_the_same_subject_going_on_after_but_keeps_the_named_cue() -> None:
    # "Mr Kerr agreed, but added …": no new subject after "but", Mr Kerr still speaks
    body = (
        "Councillor Alan Kerr backed the new bus lanes on Monday.\n\n"
        "Mr Kerr agreed, but added it was hard to answer when drivers asked “why here?”"
    )
    assert _quoted(body, "why here").speaker == "Alan Kerr"


def test_a_participle_after_a_possessors_label_speaks_for_the_subject() -> None:
    # "Hale's description of him as “…”" is Hale's label; the participle after it goes
    # with the sentence's subject, and "by the … challenge" after a quotation is no cue
    body = (
        "Party leader Tom Weir spoke in Brighton on Saturday.\n\n"
        "Mr Weir gave a sharp rebuff to Ann Hale's description of him as an “attack "
        "dog”, claiming such insults meant Labour was “rattled” by the Tory challenge."
    )
    assert _quoted(body, "attack dog").speaker == "Ann Hale"
    assert _quoted(body, "rattled").speaker == "Tom Weir"
    reported = [q for q in quotes_in(body) if q.kind == "indirect"]
    assert [(q.speaker, q.text[:23]) for q in reported] == [("Tom Weir", "such insults meant Labo")]
