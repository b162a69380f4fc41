"""Quote extraction and speaker attribution: the seed article, then one news-style
sentence per attribution pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles.loader import read_article
from bot.articles.model import Article, Quote
from bot.articles.quotes import attribute_article
from tests.support.news import quote_with as _said
from tests.support.news import quotes_in as _quotes
from tests.support.news import story as _article

# ------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed(seed_file: Path) -> tuple[Article, list, list[Quote]]:
    article = read_article(seed_file, key=seed_file.name)
    people, quotes = attribute_article(article)
    return article, people, quotes


def test_seed_people_and_roles(seed) -> None:
    _, people, _ = seed
    by_name = {p.name: p for p in people}
    assert by_name["Antony Blinken"].role == "US Secretary of State"
    assert by_name["Sergey Lavrov"].role == "Russian Foreign Minister"
    assert by_name["Vladimir Putin"].role == "President"
    assert {"Sergei Lavrov", "Lavrov", "Mr Lavrov"} <= set(by_name["Sergey Lavrov"].aliases)
    assert {"Blinken", "Mr Blinken"} <= set(by_name["Antony Blinken"].aliases)
    assert all(p.kind == "person" for p in by_name.values() if p.name in {"Antony Blinken"})


SEED_QUOTES = [
    ("This is a critical moment", "direct", "Antony Blinken"),
    ("don’t expect to resolve our differences here today", "partial", "Antony Blinken"),
    ("united, swift and severe", "partial", "Antony Blinken"),
    ("never threatened the Ukrainian people", "partial", "Sergey Lavrov"),
    ("next week", "partial", "Sergey Lavrov"),
]


def test_seed_quotes_exactly(seed) -> None:
    article, _, quotes = seed
    marked = [(q.text, q.kind, q.speaker) for q in quotes if q.kind != "indirect"]
    assert marked == SEED_QUOTES
    for q in quotes:
        assert article.text[q.start : q.end] == q.text
        assert q.start >= article.sentences[q.sentence].start
        assert q.end <= article.sentences[q.sentence].end or q.kind != "partial"


@pytest.mark.parametrize(
    ("contains", "speaker"),
    [
        ("diplomacy was still a viable option", "Antony Blinken"),
        ("open and useful", "Sergey Lavrov"),
        ("working against Russia", "Sergey Lavrov"),
        ("no plans to attack Ukraine", "Sergey Lavrov"),
        ("concern Russia’s security", "Vladimir Putin"),
        ("pull back thousands of troops", "United States"),
        ("planning an attack", "Moscow"),
    ],
)
def test_seed_reported_speech(seed, contains: str, speaker: str) -> None:
    _, _, quotes = seed
    assert any(contains in q.text and q.speaker == speaker for q in quotes)


def test_seed_organisations_speak(seed) -> None:
    _, people, _ = seed
    kinds = {p.name: p.kind for p in people}
    assert kinds.get("Moscow") == "organisation"
    assert kinds.get("United States") == "organisation"


# ------------------------------------------------------------------ marks


def test_straight_marks_after_quote() -> None:
    q = _said('"We will not back down," Mr Prentis said on Tuesday.', "back down")
    assert (q.text, q.kind, q.speaker, q.cue) == (
        "We will not back down",
        "direct",
        "Prentis",
        "said",
    )


def test_inverted_verb_after_quote() -> None:
    q = _said("“Talks are over,” said Jane Smith, a union official.", "Talks")
    assert q.speaker == "Jane Smith"
    assert q.speaker_role == "a union official"


def test_colon_before_quote() -> None:
    q = _said("Dave Prentis said: “This is a disgrace for working families.”", "disgrace")
    assert q.speaker == "Dave Prentis"
    assert q.kind == "direct"


def test_guillemets_and_backticks() -> None:
    assert _said("« Nous restons ici », said Marie Dupont.", "Nous").speaker == "Marie Dupont"
    q = _said("``We must not overreact,'' Carlos Ruiz told reporters.", "overreact")
    assert q.speaker == "Carlos Ruiz"


def test_nested_single_quotes_stay_inside() -> None:
    q = _said("“He told me ‘not now’ and left,” Anna Berg said.", "not now")
    assert q.text == "He told me ‘not now’ and left"
    assert q.speaker == "Anna Berg"


def test_apostrophes_are_not_quotes() -> None:
    quotes = _quotes("The minister’s plan isn’t ready, Tom Hart said on Monday.")
    assert all(q.kind == "indirect" for q in quotes)


def test_multi_paragraph_quote_reopens() -> None:
    body = (
        'Mary Jones, chief executive of the charity, said: "Families are struggling.\n\n'
        '"We need help now, before the winter comes."\n\n'
        "The government declined to comment."
    )
    assert _said(body, "struggling").speaker == "Mary Jones"
    assert _said(body, "before the winter").speaker == "Mary Jones"


def test_reopening_mark_inside_one_paragraph() -> None:
    body = 'Ms Hewitt said: "We have doubled maternity pay. "We will extend it to nine months."'
    quotes = [q for q in _quotes(body) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["Hewitt", "Hewitt"]
    assert quotes[1].text.startswith("We will extend")


# ------------------------------------------------------------------ attribution


def test_appositive_role() -> None:
    q = _said(
        "Dave Prentis, general secretary of Unison, said the offer was “an insult”.", "insult"
    )
    assert q.speaker == "Dave Prentis"
    assert q.speaker_role == "general secretary of Unison"


def test_title_role_before_name() -> None:
    people, quotes = attribute_article(
        _article("US Secretary of State Antony Blinken said: “We are ready to talk.”")
    )
    assert quotes[0].speaker == "Antony Blinken"
    assert {p.name: p.role for p in people}["Antony Blinken"] == "US Secretary of State"


def test_partial_quote_mid_sentence() -> None:
    q = _said("Mr Blinken warned of a “united, swift and severe” response.", "united")
    assert (q.kind, q.speaker, q.cue) == ("partial", "Blinken", "warned")


def test_according_to() -> None:
    q = _said("The deal is “dead in the water”, according to Peter Lund.", "dead")
    assert q.speaker == "Peter Lund"


def test_pronoun_after_quote_resolves() -> None:
    body = (
        "Angela Merkel met union leaders in Berlin.\n\n"
        "“We have found a way forward,” she said after the meeting."
    )
    assert _said(body, "way forward").speaker == "Angela Merkel"


def test_pronoun_skips_incompatible_gender() -> None:
    body = (
        "Mr Jones spoke to Mrs Patel on Monday. “The numbers do not add up,” she said. "
        "“I disagree entirely,” he said."
    )
    assert _said(body, "numbers").speaker == "Patel"
    assert _said(body, "disagree").speaker == "Jones"


def test_surname_resolves_to_full_name() -> None:
    body = "Sergey Lavrov arrived late. “The talks were useful,” Lavrov said."
    assert _said(body, "useful").speaker == "Sergey Lavrov"


def test_role_resolves_to_person() -> None:
    body = (
        "Foreign Minister Ana Costa flew to Lisbon.\n\n"
        "“We expect an answer soon,” the minister told reporters."
    )
    assert _said(body, "answer soon").speaker == "Ana Costa"


def test_continuation_paragraph_keeps_speaker() -> None:
    body = (
        "“Prices will keep rising this year,” said Paul Reed, an economist.\n\n"
        "“Households should prepare for a difficult winter.”"
    )
    assert _said(body, "Households").speaker == "Paul Reed"


def test_colon_paragraph_introduces_quote() -> None:
    body = "Paul Reed, an economist, was blunt:\n\n“This budget solves nothing at all.”"
    assert _said(body, "budget").speaker == "Paul Reed"


def test_second_quote_of_paragraph_shares_speaker() -> None:
    body = "“It was a long night,” Ms Okafor said. “But we got there in the end.”"
    assert _said(body, "got there").speaker == "Okafor"


def test_organisation_speaks() -> None:
    people, quotes = attribute_article(
        _article("“No decision has been taken,” the Cabinet Office said in a statement.")
    )
    assert quotes[0].speaker == "Cabinet Office"
    assert {p.name: p.kind for p in people}["Cabinet Office"] == "organisation"


def test_capital_city_as_speaker_of_reported_speech() -> None:
    q = _said("Moscow denies it is planning an attack on its neighbour.", "planning an attack")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Moscow", "denies")


def test_reported_speech_forms() -> None:
    body = (
        "Mr Lavrov described the talks as open and useful. "
        "Kate Bell said that the plan would fail. "
        "The bill will cost £2bn, the Treasury said."
    )
    assert _said(body, "open and useful").speaker == "Lavrov"
    assert _said(body, "plan would fail").speaker == "Kate Bell"
    q = _said(body, "will cost")
    assert q.speaker == "Treasury" and q.kind == "indirect"


@pytest.mark.parametrize("verb", ["insisted", "argues", "has warned", "tweeted", "will add"])
def test_reporting_verbs_in_every_tense(verb: str) -> None:
    q = _said(f"“The vote was rigged,” Tom Price {verb}.", "rigged")
    assert q.speaker == "Tom Price"


def test_scare_quotes_and_titles_are_not_statements() -> None:
    body = (
        "The so-called “red wall” seats are in play. She appeared on “Face the Nation” on Sunday."
    )
    assert not [q for q in _quotes(body) if q.kind != "indirect"]


def test_a_title_the_subject_gave_its_own_text_is_the_subjects() -> None:
    body = "Campaign manager Lena Ford released a memo titled “Why We Will Win Ohio” on Monday."
    q = _said(body, "Why We Will Win Ohio")
    assert (q.kind, q.speaker) == ("partial", "Lena Ford")


def test_short_quote_after_a_reporting_verb_is_the_subjects() -> None:
    body = "Mayor Ana Ruiz is running a radio advert that urges voters to “save the harbour” now."
    q = _said(body, "save the harbour")
    assert (q.kind, q.speaker) == ("partial", "Ana Ruiz")


def test_a_lone_capitalised_opener_does_not_become_a_speaker() -> None:
    people, quotes = attribute_article(
        _article("Harbour fees were called “badly unfair” at the meeting on Monday.")
    )
    assert [q.speaker for q in quotes if q.kind == "partial"] == [None]
    assert not people


def test_a_doubled_past_tense_reports_speech() -> None:
    body = "Ana Ruiz dubbed the new bridge a “white elephant” in her speeches."
    assert _said(body, "white elephant").speaker == "Ana Ruiz"


def test_participle_after_an_earlier_quote_speaks_for_the_subject() -> None:
    body = (
        "Mayor Ana Ruiz gave a fierce defence of the “old harbour,” saying the quay had been "
        "“the beating heart of this town for centuries.”"
    )
    assert _said(body, "beating heart").speaker == "Ana Ruiz"


def test_question_then_name_and_told_is_cued_however_long_the_sentence() -> None:
    body = (
        "Mayor Tomas Berg defended the plan on Monday.\n\n“Is anyone going to fix this quay?” "
        "Ana Ruiz told a local radio station in an interview aired on Tuesday evening."
    )
    assert _said(body, "fix this quay").speaker == "Ana Ruiz"


def test_referring_to_something_as_a_label_quotes_the_subject() -> None:
    body = (
        "Mayor Tomas Berg opened the bridge.\n\nAna Ruiz refers to the new bridge, which "
        "opened on Monday, as “the white elephant” in speeches."
    )
    assert _said(body, "white elephant").speaker == "Ana Ruiz"


def test_a_label_the_subject_applies_is_a_quote_even_without_a_named_subject() -> None:
    body = (
        "Ana Ruiz spoke first.\n\nThe billionaire developer, who owns the quay, offered "
        "herself as a “harbour first” candidate at the rally."
    )
    assert _said(body, "harbour first").kind == "partial"


def test_a_surname_before_a_chain_of_asides_is_the_subject() -> None:
    body = (
        "Mayor Ana Ruiz and Tomas Berg met on Monday.\n\nRuiz, meanwhile, who has no such "
        'backing, said the vote showed who is "ready to fight for the harbour."'
    )
    assert _said(body, "ready to fight").speaker == "Ana Ruiz"


def test_a_full_name_right_before_a_colon_introduces_the_quote() -> None:
    body = (
        "Tomas Berg runs the ferry.\n\nThe scale of the fee rise does not surprise harbour "
        "economist Ana Ruiz: “Every port on this coast has raised its charges since the storm.”"
    )
    assert _said(body, "Every port").speaker == "Ana Ruiz"


def test_a_short_quote_that_is_a_whole_sentence_goes_on_with_the_speaker() -> None:
    body = (
        'Tomas Berg spoke first.\n\n"I feel very good about the harbour," Ana Ruiz said. '
        '"Very good."\n\nShe left.'
    )
    q = _said(body, "Very good")
    assert (q.kind, q.speaker) == ("direct", "Ana Ruiz")


def test_a_time_phrase_between_subject_and_verb_is_skipped() -> None:
    body = "Senator Ana Ruiz last week said the ferry was never “fit for winter” at all."
    assert _said(body, "fit for winter").speaker == "Ana Ruiz"


def test_markup_attribute_is_not_a_quote() -> None:
    body = '<tweet author="RuizAna" said="12345">The quay is open.</tweet>'
    assert not [q for q in _quotes(body) if q.kind != "indirect"]
    body = "Mayor Ana Ruiz is running a radio advert that urges voters to “<br/>” now."
    assert not [q for q in _quotes(body) if q.kind != "indirect"]


def test_speaker_is_never_a_pronoun() -> None:
    quotes = _quotes("“It is over,” he said. “We lost,” they said. “Fine,” I said.")
    assert all(q.speaker not in {"he", "they", "I", "He"} for q in quotes)


def test_transcript_labels() -> None:
    body = '"SMITH: I think the plan is sound and we should pass it today.'
    assert _said(body, "plan is sound").speaker == "Smith"


# ------------------------------------------------------------------ robustness


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab C.\"“”‘’'«»:,\n-")), min_size=1, max_size=200))
def test_any_text_gives_consistent_spans(body: str) -> None:
    try:
        article = _article("Start. " + body)
    except ValueError:
        return
    people, quotes = attribute_article(article)
    for q in quotes:
        assert article.text[q.start : q.end] == q.text
        assert 0 <= q.sentence < len(article.sentences)
        assert q.speaker is None or q.speaker.lower() not in {"he", "she", "they", "i", "we"}
    assert all(p.name for p in people)


# ------------------------------------------------------------------ later rules


def test_colon_cue_after_a_closed_quote_introduces_the_next_quote() -> None:
    body = (
        'Senior manager Jon Walton said: "It has been phenomenal. '
        '"Every week the crowds have grown." '
        'Association director Annie Walker said on Saturday: "The stores were heaving today."'
    )
    assert _said(body, "Every week the crowds").speaker == "Jon Walton"
    assert _said(body, "stores were heaving").speaker == "Annie Walker"


def test_name_opening_the_tail_with_long_appositives_is_the_speaker() -> None:
    body = (
        "Coal plants face new limits.\n\n"
        '"It is an invasion of the state regulatory domain," Scott Pruitt, the attorney '
        "general of Oklahoma, one of the states suing the agency, said at an event."
    )
    assert _said(body, "invasion of the state").speaker == "Scott Pruitt"


def test_courtesy_title_before_a_role_word_is_a_surname() -> None:
    body = (
        "Larry King has hosted talk shows for decades.\n\n"
        "''They pay us a lot of money, and we need money to pay our producers,'' Mr. King said."
    )
    quote = _said(body, "They pay us")
    assert quote.speaker == "Larry King"


def test_title_in_double_single_quotes_is_not_a_person() -> None:
    body = (
        "The network licenses ''Larry King Now'' from his company.\n\n"
        '"We are proud of the show," said Mary Jones, a spokeswoman.'
    )
    people = attribute_article(_article(body))[0]
    assert all("''" not in p.name and p.name != "Now" for p in people)
    assert _said(body, "proud of the show").speaker == "Mary Jones"


def test_reported_speech_after_hyphenated_words_is_not_a_statement() -> None:
    body = (
        "Two state-run banks have dropped plans to list in New York. Mr Wang Li, "
        "head of the state-backed lender, said the listing would go ahead next year."
    )
    quotes = _quotes(body)
    assert all(q.cue not in ("state-run", "state-backed") for q in quotes)
    assert any(q.kind == "indirect" and q.cue == "said" and q.speaker == "Wang Li" for q in quotes)


# ------------------------------------------------------------------ labels and cues


def test_label_after_as_belongs_to_the_clause_subject() -> None:
    body = (
        "Senator Maria Okafor criticised the budget on Monday.\n\n"
        "Ms Okafor has repeatedly attacked the chancellor as a “reckless gambler” "
        "during the campaign."
    )
    assert _said(body, "reckless gambler").speaker == "Maria Okafor"


def test_passive_and_naming_as_govern_no_label() -> None:
    body = (
        "Jo Reyes toured all year.\n\nHer second album was widely seen as a “quiet triumph” "
        "by fans.\n\nThe law, known as the “Safe Streets Act”, passed on Tuesday."
    )
    quotes = _quotes(body)
    assert all(q.speaker is None for q in quotes if "quiet triumph" in q.text)
    assert not [q for q in quotes if "Safe Streets" in q.text]


def test_characterising_verbs_are_cues() -> None:
    body = "Mr Dlamini likened the new rules to a “straitjacket” for small firms."
    quote = _said(body, "straitjacket")
    assert (quote.speaker, quote.cue) == ("Dlamini", "likened")


def test_question_quote_then_speaker_and_participle() -> None:
    body = (
        "Ann Porter spoke first at the rally.\n\n"
        "“Who would have thought we would fill this hall twice?” Mr Dlamini said, looking "
        "out at the crowd of supporters."
    )
    quote = _said(body, "fill this hall")
    assert (quote.speaker, quote.cue) == ("Dlamini", "said")


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="ab _.'’\"“”,:-\n Mr.J\t\xa0\u2009\xad5²(sheİ", max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_fast_tokens_match_the_regex_tokens(text: str, lo: int, hi: int) -> None:
    """Also across other whitespace (a tab, a no-break or thin space), a soft hyphen,
    digits, hyphenated words and possessives ("Bea's", but "he's", "İs's"): tokenize
    splits printable text at its spaces, and other text at its whitespace made spaces
    one for one."""
    from bot.articles.tokens import tokenize, tokenize_regex, tokenize_slow

    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    assert tokenize(text, lo, hi) == tokenize_slow(text, lo, hi)
    if "_" not in text[lo:hi]:
        assert tokenize_regex(text, lo, hi) == tokenize_slow(text, lo, hi)


def test_possessive_tokens_match_the_regex_tokens() -> None:
    """tokenize's short way for "Labour's" keeps the regex's tokens: one word, but a
    pronoun's "he's" split and a word whose lower case is longer ("İ") left to it."""
    from bot.articles.tokens import tokenize, tokenize_slow

    text = "Labour's plan, the BBC’s view: he's sure It’s İstanbul's 5's THEY'S 's a's"
    assert tokenize(text, 0, len(text)) == tokenize_slow(text, 0, len(text))
    assert [t.text for t in tokenize(text, 0, 14)] == ["Labour's", "plan", ","]


def _prev_word_walk(text: str, lo: int, pos: int) -> str | None:
    """prev_word as a plain walk back over the word, what its regex must equal."""
    end = pos
    while end > lo and text[end - 1] in " \t":
        end -= 1
    if end == pos:
        return None
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    first = next((k for k in range(start, end) if "a" <= text[k] <= "z"), -1)
    return text[first:end] if first >= 0 else None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abZ _-.'’\t\n\xa0é5²ⅫßK", max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_prev_word_is_the_walk_back_over_the_word(text: str, lo: int, pos: int) -> None:
    """The word before a position (from its first a-z letter), bounded by lo: letters of
    any script, digits, "_" and "-" belong to it, an apostrophe or dot ends it."""
    from bot.articles.tokens import prev_word

    pos = min(pos, len(text))
    lo = min(lo, pos)
    assert prev_word(text, lo, pos) == _prev_word_walk(text, lo, pos)


def _noun_before_walk(text: str, lo: int, pos: int) -> bool:
    """noun_before as a plain walk back over the word, what its bounded search must equal."""
    from bot.articles.lexicon import NOUN_MARKERS

    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end in (pos, lo):
        return False
    if end - 2 >= lo and text[end - 2 : end] in ("'s", "’s"):
        return True
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start >= lo and text[start:end] in NOUN_MARKERS


_NOUN_BEFORE_PARTS = "the a being their is 's ’s x _ é 5 , ( Obama theirs bathe".split()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_NOUN_BEFORE_PARTS, " ", "\t", "\xa0"]), max_size=8),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_noun_before_is_the_walk_back_over_the_word(parts: list[str], lo: int, pos: int) -> None:
    """A determiner, a form of "be" or a possessive ends the window before its spaces:
    the whole word, inside the window (not "theirs", not "the" cut from "bathe")."""
    from bot.articles.tokens import noun_before

    text = "".join(parts)
    pos = min(pos, len(text))
    lo = min(lo, pos)
    assert noun_before(text, lo, pos) == _noun_before_walk(text, lo, pos)


def test_prev_word_examples() -> None:
    from bot.articles.tokens import prev_word

    text = "said the ex-Minister  McCain’s Tory"
    assert prev_word(text, 0, 9) == "the"
    assert prev_word(text, 0, 22) == "ex-Minister"  # "-" is part of the word
    assert prev_word(text, 12, 22) == "inister"  # bounded by lo, from its first a-z
    assert prev_word(text, 0, 20) is None  # no space before pos
    assert prev_word(text, 0, text.index("Tory")) == "s"  # an apostrophe ends it
    assert prev_word("’ ", 0, 2) is None  # no word at all
    assert prev_word("UK ", 0, 3) is None  # no a-z letter


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="ab _.'’\"“”,:-\n Mr.J\t\xa0\u2009\xad", max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_tokens_of_a_window_cut_after_a_space_are_its_parts_tokens(
    text: str, lo: int, cut: int, hi: int
) -> None:
    """No token spans a space: a window's tokens are those before a point right after a
    space, then those from it (reported speech widens its window so)."""
    from bot.articles.tokens import tokenize

    hi = min(hi, len(text))
    lo = min(lo, hi)
    gap = text.rfind(" ", lo, min(max(cut, lo), hi))  # the last space before `cut`
    if gap < 0:
        return
    cut = gap + 1
    assert tokenize(text, lo, hi) == tokenize(text, lo, cut) + tokenize(text, cut, hi)


def test_quote_after_a_reported_speech_sentence_continues_its_speaker() -> None:
    body = (
        "Ann Porter, the council leader, spoke at the launch.\n\n"
        "The scheme would pay for itself within a decade, Mr Dlamini said. “Every pound "
        "we spend on insulation comes back to households twice over.”"
    )
    assert _said(body, "Every pound").speaker == "Dlamini"


def test_nested_quote_closing_before_the_cue() -> None:
    body = (
        "“People keep telling me, ‘It cannot be done in a year,’” said Ann Porter, the "
        "council leader."
    )
    quote = _said(body, "People keep telling me")
    assert (quote.speaker, quote.cue) == ("Ann Porter", "said")


def test_partial_quote_running_on_takes_the_verb_before_it() -> None:
    body = (
        "Ann Porter said she had “serious doubts” about the plan but could not stop the "
        "council from voting on it."
    )
    assert _said(body, "serious doubts").speaker == "Ann Porter"


def test_owner_of_a_speech_noun_said_the_words() -> None:
    body = (
        "Ann Porter visited the depot on Friday.\n\n"
        "Fact-checkers examined Mr Dlamini's claim that fares had risen by “nearly half” "
        "since 2019."
    )
    assert _said(body, "nearly half").speaker == "Dlamini"


def test_owner_of_a_speech_noun_many_words_before_the_quote() -> None:
    body = (
        "Green leader Ruth Kemble toured marginal seats in Yorkshire on Saturday.\n\n"
        "Ms Kemble said the contest would be the closest in \u201cliving memory\u201d. And "
        "she waved away Labour warnings that a vote for her party would end up handing the "
        "Conservatives the seat \u201cthrough the side door\u201d. \u201cEvery poll we have "
        "seen this month puts us ahead of both of the bigger parties in these towns.\u201d"
    )
    assert _said(body, "through the side door").speaker == "Labour"
    # the cue-less quotation after it goes on with her words, not Labour's
    assert _said(body, "Every poll we have seen").speaker == "Ruth Kemble"


def test_label_after_an_aside_and_a_phrasal_verb() -> None:
    body = (
        "Senate leader Maria Okafor (D-Ore.), in particular, has gone after the chancellor "
        "as a “reckless gambler” for months."
    )
    assert _said(body, "reckless gambler").speaker == "Maria Okafor"


def test_party_label_before_an_appositive_after_the_quote() -> None:
    body = (
        "Ann Porter defended the budget on Monday.\n\n"
        "“The numbers simply do not add up,” Sen. Tom Reyes (R-Texas), a finance committee "
        "member, said in an interview."
    )
    assert _said(body, "do not add up").speaker == "Tom Reyes"


def test_bare_surname_finds_an_earlier_unlisted_full_name() -> None:
    body = (
        "The mayor called on Corwin Dean to withdraw his remarks.\n\n"
        "“It was a poor joke,” said Ann Porter, the council leader.\n\n"
        "Dean, a retired surgeon, said the criticism was “entirely unfair” to him."
    )
    assert _said(body, "entirely unfair").speaker == "Corwin Dean"


def test_as_someone_put_it_names_the_speaker() -> None:
    body = (
        "The council met on Tuesday to discuss the plan.\n\n"
        "As Ms. Okafor put it in a statement, the scheme is “a tax on the poor.”\n\n"
        "The rules demand a “clear public benefit,” as one council memo put it."
    )
    assert _said(body, "tax on the poor").speaker == "Okafor"
    assert _said(body, "clear public benefit").cue == "put it"
    # the present tense too: "As the Herald's Ann Reyes puts it, …"
    present = "As the Herald's Ann Reyes puts it, the plan is “a tax on the poor.”"
    assert _said(present, "tax on the poor").speaker == "Ann Reyes"


def test_relative_sharing_a_surname_is_a_person_of_her_own() -> None:
    body = (
        "Police shot Marcus Okoro Vance outside his home on Tuesday.\n\n"
        "Odalys Vance can be heard shouting to the officers that her husband was unarmed.\n\n"
        "“Don’t shoot him,” she says. “He has nothing in his hands.”"
    )
    assert _said(body, "Don’t shoot him").speaker == "Odalys Vance"


def test_lone_given_name_as_subject_is_a_speaker_for_she() -> None:
    body = (
        "Kevin Holt and his wife watched the convention from their sofa.\n\n"
        "Melanie thought the whole evening was a triumph.\n\n"
        "“He really does love us,” she said."
    )
    assert _said(body, "really does love us").speaker == "Melanie"


def test_participle_after_an_opening_phrase_goes_to_the_main_subject() -> None:
    body = (
        "Senator Mark Ellis spoke in Ohio on Monday.\n\n"
        "During a speech in Denver earlier in the day, Paul Harrow attacked Ellis for his "
        'record on trade, saying, "He is weak and very confused."'
    )
    assert _said(body, "weak and very confused").speaker == "Paul Harrow"


def test_partial_quote_closing_with_a_full_stop_ends_its_sentence() -> None:
    body = (
        "Leaders condemned the missile test on Friday.\n\n"
        'Japan branded the regime an "outlaw state in the region." Russia insisted that '
        'Pyongyang "halt its dangerous escapades."'
    )
    assert _said(body, "outlaw state").speaker == "Japan"
    assert _said(body, "dangerous escapades").speaker == "Russia"


def test_outer_speaker_of_nested_reporting_keeps_the_quote() -> None:
    body = (
        "Ann Porter met Tom Reyes on Monday.\n\n"
        'She says it underscores that Reyes is "unfit for the office."'
    )
    assert _said(body, "unfit for the office").speaker == "Ann Porter"


def test_sentence_opening_word_before_a_title_is_no_role() -> None:
    body = (
        "The broadcaster defended its coverage.\n\n"
        'As Ms. Simonyan put it, the channel is "a voice for the voiceless."'
    )
    people = attribute_article(_article(body))[0]
    simonyan = next(p for p in people if p.name == "Simonyan")
    assert simonyan.role is None


def test_according_to_a_described_name_credits_the_name() -> None:
    body = (
        "Ann Porter will fact check the debate on Monday.\n\n"
        "According to conservative talk radio host Ray Dunmore, the move reeks of "
        '"fear" and desperation.'
    )
    assert _said(body, "fear").speaker == "Ray Dunmore"


@pytest.mark.parametrize(
    "sentence",
    [
        'The deal is "dead", according to Peter Lund.',
        'ACCORDING TO Peter Lund, the deal is "dead".',
        "According to Peter Lund, the deal is “dead”.",
        "The deal is dead, accordingly.",
        "Nothing here at all.",
        "Préface: according to them, it is over.",
    ],
)
def test_according_guard_matches_the_regex(sentence: str) -> None:
    """The cheap guard before the "according to" regex never changes its answer."""
    from bot.articles.quotes.cues import _ACCORDING, _according

    expected = _ACCORDING.search(sentence)
    found = _according(sentence)
    assert (found and found.span()) == (expected and expected.span())


def test_cueless_quote_goes_on_from_the_sentence_before() -> None:
    # the quote continues the reported speech before it, not the cue of a later quote
    body = (
        "Ms Okafor said the council had no choice but to close the library. "
        "“We looked at every option and none of them added up.” "
        "Opposition leader Tom Reyes disagreed. “This is a false economy,” he said."
    )
    assert _said(body, "every option").speaker == "Okafor"
    assert _said(body, "false economy").speaker == "Tom Reyes"


def test_cueless_quote_after_a_named_subject_without_a_speech_verb() -> None:
    body = (
        "Mr Haddad went on to list the ministry's successes. "
        "“We have built more schools than any government before us.” "
        "Later, rival candidate Paula Grey told reporters: “The figures are padded.”"
    )
    assert _said(body, "more schools").speaker == "Haddad"


def _verb_hits_by_chunks(text: str) -> list[tuple[int, int, str]]:
    """verb_hits as the intersection of all whitespace-separated chunks with every
    form-and-mark, what the faster split must equal."""
    from bot.articles.lexicon import REPORTING_VERBS
    from bot.articles.quotes.verbs import _KEY_PUNCT, _PRE, _SUF

    keys = frozenset(
        [*REPORTING_VERBS]
        + [p + f for f in REPORTING_VERBS for p in _PRE]
        + [f + x for f in REPORTING_VERBS for x in _SUF]
    )
    hits = []
    for form in {k.strip(_KEY_PUNCT) for k in keys.intersection(text.split())}:
        for m in re.finditer(r"(?<!\w)" + form + r"(?!\w)", text):
            hits.append((m.start(), m.end(), form))
    return sorted(hits)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "told",
                "(said)",
                "“said”",
                "said...",
                "said,”",
                "“told.”",
                "unsaid",
                "said_",
                "'said'",
                "((said",
                "said))",
                "said--",
                "—said",
                'said?"',
                "Said",
                "x",
                ",",
                "“",
                "”",
                " ",
                "  ",
                "\t",
                "\n",
                "\xa0",
                "é",
                "’",
                "(",
                ".",
            ]
        ),
        max_size=12,
    )
)
def test_verb_hits_equal_the_chunks_intersection(pieces: list[str]) -> None:
    """A form counts when one of its occurrences is a chunk of its own, alone or with
    one mark before or after it; then every whole-word occurrence of it is a hit."""
    from bot.articles.quotes.verbs import verb_hits

    text = "".join(pieces)
    assert verb_hits(text) == _verb_hits_by_chunks(text)


def test_verb_hits_examples() -> None:
    from bot.articles.quotes.verbs import verb_hits

    assert verb_hits("He said, “unsaid (said)”.") == [(3, 7, "said"), (18, 22, "said")]
    assert verb_hits("(said) and “said”") == []  # marks on both sides: no chunk of its own
    assert verb_hits("“told.” x") == []  # two marks after it
    assert verb_hits("it was “told”, he told") == [(8, 12, "told"), (18, 22, "told")]
