"""Speaker phrases straight from tokens: who a reporting verb's subject is, the name after
an inverted "said", a name over asides, the main clause after an opening phrase."""

from __future__ import annotations

from bot.articles import phrases
from bot.articles.tokens import Tok, tokenize
from tests.support.news import quote_with


def toks(text: str) -> list[Tok]:
    return tokenize(text, 0, len(text))


def verb_at(tokens: list[Tok], text: str, word: str) -> int:
    return phrases.index_at(tokens, text.index(word))


def test_the_subject_of_a_verb_is_the_name_over_an_appositive() -> None:
    text = "The harbour master, Ellen Rowe, said the quay would reopen."
    tokens = toks(text)
    said = verb_at(tokens, text, "said")
    assert phrases.is_verb(tokens[said])
    subject = phrases.subject_before(tokens, said)
    assert isinstance(subject, phrases.NP)
    assert subject.words == ["Ellen", "Rowe"] and not subject.common
    assert subject.start == text.index("Ellen")


def test_a_pronoun_subject_is_kept_as_a_pronoun() -> None:
    tokens = toks("She said it was cold.")
    subject = phrases.subject_before(tokens, 1)
    assert isinstance(subject, phrases.NP)
    assert subject.pronoun == "she"


def test_an_inverted_verb_takes_the_name_after_it_with_its_role() -> None:
    text = "“We are ready,” said Mayor Tomas Berg on Friday."
    tokens = toks(text)
    after = verb_at(tokens, text, "said") + 1
    found = phrases.np_forward(tokens, after)
    assert found is not None and found.words == ["Mayor", "Tomas", "Berg"]


def test_a_role_before_a_name_is_not_part_of_the_subject() -> None:
    text = "Lifeboat volunteer Anna Kowal said the crew was tired."
    tokens = toks(text)
    subject = phrases.subject_before(tokens, verb_at(tokens, text, "said"))
    assert isinstance(subject, phrases.NP) and subject.words == ["Anna", "Kowal"]


def test_the_owner_of_place_asides_is_the_name_before_them() -> None:
    text = "Ellen Rowe, from Dunmore, County Clare, said"
    tokens = toks(text)
    owner = phrases.owner_before_asides(tokens, phrases.index_at(tokens, text.rindex(",")))
    assert owner is not None and owner.words == ["Ellen", "Rowe"]


def test_the_main_clause_starts_after_the_opening_phrases() -> None:
    tokens = toks("In Dunmore, on Sunday, the mayor praised the crews.")
    assert [t.text for t in phrases.main_clause(tokens)][:3] == ["the", "mayor", "praised"]


def test_a_name_set_off_by_commas_after_the_opening_phrase_is_the_subject() -> None:
    # a place takes "where", a person "who"; a title names a person, never a place
    for text in (
        "On tape, Ellen Rowe, who runs the quay, is heard asking for more money.",
        "At the meeting, Mrs Rowe, the harbour master, asked for more money.",
    ):
        assert [t.text for t in phrases.main_clause(toks(text))][:2] in (
            ["Ellen", "Rowe"],
            ["Mrs", "Rowe"],
        ), text


def test_a_quotation_after_an_opener_and_a_who_aside_is_the_subjects() -> None:
    body = (
        "Mayor Ken Lomax faced questions about the tape on Monday.\n\n"
        "On tape, Mr Lomax, who once worked as a critic on the paper, is heard asking a "
        "reporter if he is a “hired gun”."
    )
    assert quote_with(body, "hired gun").speaker == "Ken Lomax"


def test_a_pronoun_after_a_short_opening_phrase_opens_the_main_clause() -> None:
    # an opening phrase without a verb ends at its comma; "Hale, he said, ..." is an aside
    tokens = toks("Back at the harbour, she turned to her usual theme:")
    assert [t.text for t in phrases.main_clause(tokens)][:2] == ["she", "turned"]
    aside = toks("Mr Hale, he said, was never told.")
    assert phrases.main_clause(aside) == aside


def test_a_quotation_after_a_colon_is_the_pronoun_subjects_not_the_opening_words() -> None:
    body = (
        "Mayor Ellen Rowe toured the flooded quay with a Norwegian engineer on Monday.\n\n"
        "Back in the council chamber, she returned to her old refrain: "
        "\u201cThe harbour comes first.\u201d"
    )
    assert quote_with(body, "harbour comes first").speaker == "Ellen Rowe"


def test_a_sentence_without_an_opening_phrase_is_its_own_main_clause() -> None:
    tokens = toks("The mayor praised the crews.")
    assert phrases.main_clause(tokens) == tokens


def test_joined_tokens_read_as_text() -> None:
    assert phrases.join_tokens(toks("Ellen Rowe's boat , she said .")) == (
        "Ellen Rowe's boat, she said."
    )


def test_a_lower_case_reporting_word_is_a_verb_a_capitalised_one_is_not() -> None:
    lower, upper = toks("said Said")
    assert phrases.is_verb(lower) and not phrases.is_verb(upper)


def test_an_opening_participle_phrase_is_not_the_subject() -> None:
    tokens = toks("Facing fierce criticism from both parties, Mr. Dunmore issued a statement.")
    assert [t.text for t in phrases.main_clause(tokens)][:2] == ["Mr.", "Dunmore"]


def test_a_surname_ending_in_ing_before_its_verb_is_the_subject() -> None:
    tokens = toks("Manning told reporters, in a statement, that he would stay.")
    assert phrases.main_clause(tokens) == tokens


def test_according_to_opens_no_phrase_to_skip() -> None:
    tokens = toks("According to Dana Ruiz, the plan is sound.")
    assert phrases.main_clause(tokens) == tokens


def test_an_office_with_of_before_a_name_describes_the_name() -> None:
    tokens = toks("Town Hall chief of staff Nora Quill.")
    np = phrases.np_forward(tokens, 0)
    assert np is not None and np.words[-2:] == ["Nora", "Quill"]


def test_a_party_or_candidate_word_inside_a_description_is_not_the_name() -> None:
    tokens = toks("undecided Labour voter Ruth Ames.")
    np = phrases.np_forward(tokens, 0)
    assert np is not None and np.words[-2:] == ["Ruth", "Ames"]
