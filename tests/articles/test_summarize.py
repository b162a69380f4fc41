"""The summarizer: which sentences it picks, and the promises every summary keeps."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.articles.loader import read_article
from bot.articles.model import Article
from bot.articles.parse import parse_article
from bot.articles.summarize import (
    LENGTHS,
    key_points,
    needs_previous,
    rank,
    rank_sentences,
    summarize,
    summary_from_ranking,
    trim_text,
)
from bot.articles.textstats import quotation_states, quoted_fractions, stem, terms

FLOOD = """Floods force thousands from homes in river valley

—Rescue teams work through the night as river bursts its banks

VALLEYTOWN: Floods forced more than 3,000 people from their homes in the river valley on Sunday after the river burst its banks following a week of heavy rain.
Rescue teams worked through the night to reach families trapped by the floods in outlying villages.
"We have never seen water like this," said Maria Lopez, who has lived in the valley for forty years.
She said her neighbours had lost everything.
The regional government declared a state of emergency and opened schools as shelters for families forced from their homes.
It also asked the army to help rescue teams reach villages cut off by the floods.
Forecasters expect more heavy rain in the valley on Tuesday, and warned that the river could rise again.
"The next two days are critical," a spokesman for the rescue teams said.
Local football fixtures were postponed.
"""  # noqa: E501


def article(text: str, key: str = "test.txt") -> Article:
    return parse_article(text, key=key)


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed(seed_file: Path) -> Article:
    return read_article(seed_file, key=seed_file.name)


def test_seed_short_summary_names_the_geneva_talks(seed: Article) -> None:
    summary = " ".join(s.text for s in summarize(seed, LENGTHS["short"]))
    for name in ("Geneva", "Blinken", "Lavrov", "talks"):
        assert name in summary


@pytest.mark.parametrize("length", sorted(LENGTHS))
def test_seed_summaries_open_on_a_self_contained_sentence(seed: Article, length: str) -> None:
    summary = summarize(seed, LENGTHS[length])
    assert len(summary) == LENGTHS[length]
    assert not needs_previous(summary[0])
    spans = [(s.start, s.end) for s in seed.sentences]
    quoted = quoted_fractions(seed.text, spans, [s.paragraph for s in seed.sentences])
    assert not all(quoted[s.index] > 0.5 for s in summary)


def test_lengths_go_from_a_tldr_to_five_sentences() -> None:
    assert LENGTHS["short"] in (1, 2)
    assert LENGTHS["medium"] == 3
    assert LENGTHS["long"] == 5


# --------------------------------------------------------------------------- choices


def test_the_lead_and_the_story_beat_colour_and_asides() -> None:
    flood = article(FLOOD)
    texts = [s.text for s in summarize(flood, 3)]
    assert texts[0].startswith("Floods forced more than 3,000 people")
    assert "Local football fixtures were postponed." not in texts
    assert not any(t.startswith("She said") for t in texts)


HARBOUR = """Harbour wall to be rebuilt after storm damage

The harbour wall at Portlow will be rebuilt this summer after storms damaged it in January, the county council said.
"The harbour wall protects every home on the seafront and the storm damage to the harbour wall is serious. We will rebuild the harbour wall before the autumn storms," said council leader Ann Reid.
Work on the harbour wall will cost £2m and close the seafront road for six weeks.
Fishing boats will use the old quay while the harbour wall is rebuilt.
"""  # noqa: E501


def test_a_quotation_is_never_cut_off_mid_speech() -> None:
    harbour = article(HARBOUR)
    opens = next(s for s in harbour.sentences if s.text.startswith('"The harbour wall'))
    assert rank(harbour).stats.runs_on[opens.index]  # the quotation goes on after it
    for count in range(1, len(harbour.sentences) + 1):
        chosen = {s.index for s in summarize(harbour, count)}
        assert opens.index not in chosen or opens.index + 1 in chosen
        assert opens.index + 1 not in chosen or opens.index in chosen
    assert {opens.index, opens.index + 1} <= {s.index for s in summarize(harbour, 3)}


def test_an_article_of_one_long_quotation_still_has_a_summary() -> None:
    speech = article(
        'Mayor speaks\n\n"We will reopen the pier. It will be ready by May," the mayor said.\n'
    )
    assert rank(speech).stats.runs_on[0]
    assert [s.index for s in summarize(speech, 1)] == [0]
    assert [s.index for s in summarize(speech, 2)] == [0, 1]


def test_a_repeated_paragraph_is_summarised_once() -> None:
    lead = FLOOD.split("\n")[4]
    doubled = article(FLOOD.replace(lead, f"{lead}\n{lead}", 1))
    texts = [s.text for s in summarize(doubled, 3)]
    assert len(texts) == 3
    assert len(set(texts)) == 3


def test_an_opener_that_leans_on_the_previous_sentence_is_repaired() -> None:
    text = (
        "Council approves new budget\n\n"
        "The council met on Monday.\n"
        "It approved the new budget for schools, roads and parks after a long budget "
        "debate about schools, roads, parks and the budget for libraries.\n"
        "The mayor was absent.\n"
        "Residents will see the budget for schools and roads published next week.\n"
    )
    summary = summarize(article(text), 1)
    assert len(summary) == 1
    assert not needs_previous(summary[0])
    two = summarize(article(text), 2)
    assert not needs_previous(two[0])


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("He said the talks were useful.", True),
        ("But Moscow denies planning an attack.", True),
        ("However, the company said profits rose.", True),
        ("The talks ended, he added.", True),
        ("Moscow denies planning an attack.", False),
        ("“This is a critical moment,” Mr Blinken said.", False),
        ("Hewlett-Packard reported results.", False),
    ],
)
def test_needs_previous(sentence: str, leans: bool) -> None:
    parsed = article(f"Headline\n\nFirst sentence here. {sentence}\n")
    assert needs_previous(parsed.sentences[-1]) is leans


def test_the_first_sentence_of_an_article_never_needs_a_previous_one() -> None:
    parsed = article("Headline\n\nBut this one opens the article.\n")
    assert not needs_previous(parsed.sentences[0])


def test_a_ranking_serves_every_length_alike() -> None:
    flood = article(FLOOD)
    ranking = rank(flood)
    for count in (1, 2, 3, 5, 9):
        assert summary_from_ranking(flood, ranking, count) == summarize(flood, count)
    order = rank_sentences(flood)
    assert sorted(order) == list(range(len(flood.sentences)))


# --------------------------------------------------------------------------- edge cases


def test_headline_only_and_empty_articles_have_empty_summaries() -> None:
    headline_only = article("Headline only, no body\n")
    assert headline_only.sentences == ()
    assert summarize(headline_only, 3) == []
    assert rank_sentences(headline_only) == []
    empty = Article(
        key="e", path="", text="", title="", subtitle=None, byline=None, dateline=None,
        published=None, modified=0.0, paragraphs=(),
    )  # fmt: skip
    assert summarize(empty, 5) == []
    assert key_points(summarize(empty, 5)) == []


def test_one_sentence_article_is_its_own_summary() -> None:
    one = article("Headline\n\nThe only sentence of this article.\n")
    assert [s.text for s in summarize(one, 3)] == ["The only sentence of this article."]
    assert summarize(one, 0) == []
    assert summarize(one, -2) == []


def test_sentences_sharing_no_words_fall_back_on_position() -> None:
    text = "Headline\n\nAlpha beta gamma. Delta epsilon zeta. Eta theta iota.\n"
    assert [s.index for s in summarize(article(text), 2)] == [0, 1]


# --------------------------------------------------------------------------- properties

WORDS = (
    "minister government talks troops border river flood council budget police "
    "company profits market shares court judge election voters hospital doctors "
    "school teachers city mayor army rescue storm prices energy workers union"
).split()
OPENERS = ["The", "A", "He", "She", "But", "However,", "It", "They", "This", "Officials"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    opener = draw(st.sampled_from(OPENERS))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=14))
    text = f"{opener} {' '.join(words)}."
    if draw(st.booleans()) and draw(st.booleans()):
        text = f'"{text[:-1]}," an official said.'
    elif draw(st.booleans()) and draw(st.booleans()):  # a quotation of two sentences
        more = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8)))
        text = f'"{text} {more.capitalize()}," an official said.'
    return text


@st.composite
def articles(draw: st.DrawFn) -> Article:
    title = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)))
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4), max_size=8))
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    return parse_article(f"{title.capitalize()}\n\n{body}\n", key="generated.txt")


@settings(max_examples=100, deadline=None)
@given(articles(), st.integers(min_value=-1, max_value=12))
def test_summaries_are_sentences_of_the_article_in_order(parsed: Article, count: int) -> None:
    summary = summarize(parsed, count)
    assert len(summary) <= max(0, min(count, len(parsed.sentences)))
    if count >= 1 and parsed.sentences:
        assert summary  # the lead always qualifies
    indices = [s.index for s in summary]
    assert indices == sorted(set(indices))  # in article order, no duplicates
    for s in summary:
        assert parsed.sentences[s.index] is s
    if summary:
        assert not needs_previous(summary[0])
    runs_on = rank(parsed).stats.runs_on
    for s in summary:  # a quotation is never cut off mid-speech, but for a lone lead
        assert not runs_on[s.index] or s.index + 1 in indices or indices == [0]
    assert summarize(parsed, count) == summary  # deterministic


# --------------------------------------------------------------------------- key points

LONG = (
    "The regional government declared a state of emergency on Sunday, opened schools "
    "as shelters for the families forced from their homes by the floods, and asked the "
    "army to help rescue teams reach the villages that have been cut off since Friday "
    "night when the river burst its banks."
)


def test_short_sentences_become_bullets_unchanged() -> None:
    flood = article(FLOOD)
    summary = summarize(flood, 3)
    assert key_points(summary) == [s.text for s in summary]


def test_long_sentences_are_cut_at_a_clause_with_an_ellipsis() -> None:
    bullet = trim_text(LONG, 200)
    assert len(bullet) <= 200
    assert bullet.endswith("…")
    head = bullet[:-1]
    assert LONG.startswith(head)
    assert head.endswith("forced from their homes by the floods")  # cut at the comma
    assert trim_text(LONG, 400) == LONG


def test_key_points_respect_max_chars_and_stop_at_a_clause() -> None:
    parsed = article(f"Headline\n\n{LONG} {LONG}\n")
    for bullet in key_points(parsed.sentences, max_chars=180):
        assert len(bullet) <= 180
        assert bullet.endswith("forced from their homes by the floods…")


def test_a_key_point_never_stops_inside_a_list_or_a_quote() -> None:
    text = (
        "The United States has called on Russia to pull back the troops it has massed "
        "near the border, warning that any incursion would be met with a swift, severe "
        "and united response from Washington and its partners in Europe and Asia."
    )
    parsed = article(f"Headline\n\nFirst sentence here. {text}\n")
    bullet = key_points(parsed.sentences[1:], max_chars=170)[0]
    assert bullet == (
        "The United States has called on Russia to pull back the troops it has massed "
        "near the border…"
    )
    quoted = (
        'The minister said the plan was "late, costly, and badly run, which everyone '
        'knows", before leaving the chamber, which was then adjourned until the next '
        "sitting of the council in the spring."
    )
    point = trim_text(quoted, 120)
    assert point.count('"') % 2 == 0


def test_a_sentence_without_a_clause_end_stays_whole_up_to_twice_the_limit() -> None:
    text = (
        "Thousands of flood victims in the northern river valley towns spent a third "
        "night in school halls and sports centres turned into emergency shelters by the "
        "regional government."
    )
    parsed = article(f"Headline\n\nFirst sentence here. {text}\n")
    assert key_points(parsed.sentences[1:], max_chars=120) == [text]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*WORDS, "and", "which", "while", "–", ",", ";", "(x)"]), max_size=80),
    st.integers(min_value=12, max_value=200),  # longer than any one word
)
def test_trimming_never_cuts_a_word(tokens: list[str], max_chars: int) -> None:
    text = " ".join(tokens).replace(" ,", ",").replace(" ;", ";")
    bullet = trim_text(text, max_chars)
    assert len(bullet) <= max_chars
    if bullet == " ".join(text.split()):
        return
    head = bullet.removesuffix("…")
    assert bullet.endswith("…")
    assert text.startswith(head)
    assert not text[len(head)].isalnum()  # the cut falls between words


def test_only_a_word_longer_than_the_limit_is_cut_inside() -> None:
    assert trim_text("Supercalifragilistic words", 10) == "Supercali…"
    assert trim_text("anything", 0) == ""


# --------------------------------------------------------------------------- text stats


def test_inflections_share_a_stem() -> None:
    assert stem("talks") == stem("talked") == stem("talking") == "talk"
    assert stem("news") == "news"
    assert stem("classes") == "class"
    assert terms("US-headed talks in Geneva, on Friday.") == [
        "us",
        "head",
        "talk",
        "geneva",
        "friday",
    ]


def test_quotes_run_on_across_sentences_but_not_paragraphs() -> None:
    text = '"We will stay. We will rebuild." She left. "Never'
    spans = [(0, 14), (15, 32), (33, 42), (43, 49)]
    shares = quoted_fractions(text, spans, [0, 0, 0, 1])
    assert shares[0] > 0.8 and shares[1] > 0.8
    assert shares[2] == 0.0
    assert shares[3] > 0.8
    runs_on = [runs for _, runs in quotation_states(text, spans, [0, 0, 0, 1])]
    assert runs_on == [True, False, False, False]  # never into the next paragraph
    assert quotation_states("He said. ", [(0, 8), (9, 9)], [0, 0])[1] == (0.0, False)


CLAUSE_WORDS = ["and", "which", "while", "warning", "after", "who"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*WORDS, *WORDS, *CLAUSE_WORDS, ",", ",", ";", "(x", "y)", '"q', 'r"']),
        min_size=8,
        max_size=40,
    ),
    st.integers(min_value=40, max_value=120),
)
@example(  # a clause word that ends the sentence ("…, which.") still marks a clause end
    tokens=["minister"] * 4 + ["troops", "troops", "council", "company", "mayor", ",", "which"],
    limit=88,
)
def test_a_key_point_is_whole_or_ends_where_a_clause_ends(tokens: list[str], limit: int) -> None:
    body = " ".join(tokens).replace(" ,", ",").replace(" ;", ";")
    body = re.sub(r"([,;])[,;]+", r"\1", body)  # one mark between two words
    text = f"Officials {body}."
    parsed = article(f"Headline\n\n{text}\n")
    if len(parsed.sentences) != 1:
        return  # the tokens made more than one sentence: nothing to say about a bullet
    (point,) = key_points(parsed.sentences, max_chars=limit)
    whole = parsed.sentences[0].text
    if point == whole:
        return
    head = point.removesuffix("…")
    rest = whole[len(head) :]
    assert whole.startswith(head)
    assert len(point) <= 2 * limit
    # cut where a clause ends: before "; " or ", <clause word>", outside brackets and quotes
    clause_word = "|".join(CLAUSE_WORDS)
    at_clause_end = rest.startswith("; ") or re.match(rf", (?:{clause_word})\b", rest) is not None
    balanced = head.count("(") <= head.count(")") and head.count('"') % 2 == 0
    if at_clause_end and balanced:
        return
    # no clause end to cut at (or only inside brackets or quotes): only a sentence too
    # long even for twice the limit is cut, between two words
    assert len(whole) > 2 * limit
