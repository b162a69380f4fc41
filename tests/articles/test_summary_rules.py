"""What a summary never holds: two sentences that say the same thing, a sentence that
leans on one the reader was not shown, a reader's first-person aside."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles.loader import read_article
from bot.articles.model import Article, Sentence
from bot.articles.parse import parse_article
from bot.articles.summarize import antecedent, summarize
from bot.articles.summary_rules import (
    DUPLICATE,
    containment,
    first_person_aside,
    names_someone,
    needs_previous,
)
from bot.articles.textstats import idf_weights, quoted_fractions, terms_of


def parse(text: str) -> Article:
    return parse_article(text, key="test.txt")


def near_duplicates(article: Article, chosen: list[Sentence]) -> list[tuple[int, int]]:
    """Pairs of chosen sentences that repeat each other, by the rule's own measure."""
    bags = terms_of([s.text for s in article.sentences])
    counts = Counter(t for bag in bags for t in bag)
    weight = idf_weights(counts, len(bags), counts)
    sets = {s.index: frozenset(bags[s.index]) for s in chosen}
    return [
        (a.index, b.index)
        for n, a in enumerate(chosen)
        for b in chosen[n + 1 :]
        if containment(sets[a.index], sets[b.index], weight) >= DUPLICATE
    ]


def dangling(article: Article, chosen: list[Sentence]) -> list[int]:
    """Chosen sentences whose antecedent is missing, or hidden behind another name."""
    indices = {s.index for s in chosen}
    out = []
    for s in chosen:
        before = antecedent(article.sentences, s.index)
        if before is None:
            continue
        between = [
            j for j in indices if before < j < s.index and names_someone(article.sentences[j])
        ]
        if before not in indices or (before != s.index - 1 and between):
            out.append(s.index)
    return out


def asides(article: Article, chosen: list[Sentence]) -> list[int]:
    spans = [(s.start, s.end) for s in article.sentences]
    quoted = quoted_fractions(article.text, spans, [s.paragraph for s in article.sentences])
    return [s.index for s in chosen if first_person_aside(s, quoted[s.index])]


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed(seed_file: Path) -> Article:
    return read_article(seed_file, key=seed_file.name)


def test_the_seed_lead_and_its_agency_restatement_are_never_both_chosen(seed: Article) -> None:
    lead = next(s for s in seed.sentences if s.text.startswith("US Secretary of State"))
    again = next(s for s in seed.sentences if s.text.startswith("Agencies add:"))
    for count in range(1, len(seed.sentences) + 1):
        indices = {s.index for s in summarize(seed, count)}
        assert not {lead.index, again.index} <= indices, count


def test_the_first_telling_beats_its_later_restatement(seed: Article) -> None:
    (short,) = summarize(seed, 1)
    assert short.text.startswith("US Secretary of State Antony Blinken and his Russian")


@pytest.mark.parametrize("count", range(1, 17))
def test_seed_summaries_keep_every_rule(seed: Article, count: int) -> None:
    summary = summarize(seed, count)
    assert summary
    assert near_duplicates(seed, summary) == []
    assert dangling(seed, summary) == []


# --------------------------------------------------------------------------- examples

READERS = """Online games keep players up all night

Online role-playing games are taking up more of their players' time, a survey of
10,000 gamers by the Entertainment Software Council has found.

The council said one player in ten spent more than 30 hours a week in online worlds,
up from one in twenty two years ago. Game makers said the survey showed the games were
popular, and that most players kept their hobby in proportion. Doctors said long
sessions could harm sleep and school work, and urged parents to set limits on games.

The council will publish the full survey of gamers next month.

Your comments:

I think I'm obsessed with online games, I play them every night until 3am.
My wife says I spend more time with my online guild than with her, and she is right.
I played online games for 40 hours a week at university and failed my exams.

Online games are no worse than television for players or for their families.

when i was at school i played online games every night, and my grades fell.
"""


def test_reader_comments_stay_out_of_a_news_summary() -> None:
    article = parse(READERS)
    for count in (1, 3, 5, 10):
        summary = summarize(article, count)
        assert summary
        texts = " ".join(s.text for s in summary)
        assert "I think" not in texts
        assert "My wife" not in texts
        assert "I played" not in texts
        assert "no worse than television" not in texts  # a reader's, in the third person
        assert "when i was" not in texts


def test_a_first_person_piece_is_summarised_in_its_own_voice() -> None:
    diary = parse(
        "My year on the night shift\n\n"
        "I have worked nights at the city hospital for a year, and the night shift has "
        "changed how I sleep, eat and see my family.\n"
        "My shift starts at nine in the evening and ends at seven in the morning, when "
        "the day staff arrive at the hospital.\n"
        "I sleep in the afternoon, and I see my family at weekends.\n"
    )
    assert len(summarize(diary, 2)) == 2


def test_he_says_needs_the_sentence_that_names_him() -> None:
    text = (
        "Flood defences to be rebuilt\n\n"
        "The river authority will rebuild flood defences along the valley after this "
        "winter's floods, at a cost of 40m pounds over five years.\n"
        "The work starts in the spring at the towns that flooded worst, the authority said.\n"
        "Engineer Paul Grant, who led the review of the old defences, said the walls had "
        "been built too low for the rain the valley now gets.\n"
        "He says that the new walls will be built a metre higher along the whole valley "
        "and that the flood defences will protect the towns for fifty years.\n"
        "Residents of the towns had asked for new flood defences for years.\n"
    )
    article = parse(text)
    he_says = article.sentences[3]
    assert antecedent(article.sentences, 3) == 2
    for count in range(1, 6):
        indices = {s.index for s in summarize(article, count)}
        if he_says.index in indices:
            assert 2 in indices


def test_a_connective_needs_the_sentence_before_it() -> None:
    text = (
        "Council budget approved\n\n"
        "The council approved its budget for schools and roads on Monday.\n"
        "The budget for schools and roads rises by four percent, the council said.\n"
        "But the budget for libraries, parks and roads in the council's own plan was cut "
        "by a tenth, and library opening hours for schools will be shorter.\n"
    )
    article = parse(text)
    for count in (1, 2):
        indices = {s.index for s in summarize(article, count)}
        if 2 in indices:
            assert 1 in indices


# --------------------------------------------------------------------------- properties

WORDS = (
    "minister government talks troops border river flood council budget police "
    "company profits market shares court judge election voters hospital doctors "
    "school teachers city mayor army rescue storm prices energy workers union"
).split()
NAMES = ["Maria Lopez", "Mr Grant", "Anna Berg", "Judge Okafor"]
OPENERS = ["The", "A", "He says", "She", "But", "However,", "It", "They", "This", "Officials"]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    opener = draw(st.sampled_from(OPENERS))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14))
    if draw(st.booleans()):
        words.insert(draw(st.integers(1, len(words))), draw(st.sampled_from(NAMES)))
    text = f"{opener} {' '.join(words)}."
    kind = draw(st.integers(0, 5))
    if kind == 0:
        text = f'"{text[:-1]}," an official said.'
    elif kind == 1:
        text = f"I think {text[0].lower()}{text[1:]}"
    return text


@st.composite
def article_with_repeats(draw: st.DrawFn) -> Article:
    """News-like paragraphs where some sentences come back restated ("Agencies add:")."""
    title = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)))
    lead = f"The {' '.join(draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=12)))}."
    paragraphs = [[lead], *draw(st.lists(st.lists(sentence(), min_size=1, max_size=4), max_size=7))]
    flat = [s for p in paragraphs for s in p]
    for _ in range(draw(st.integers(0, 3))):
        repeated = draw(st.sampled_from(flat))
        extra = draw(st.sampled_from(WORDS))
        paragraphs.append([f"Agencies add: {repeated[:-1]} {extra}."])
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    return parse(f"{title.capitalize()}\n\n{body}\n")


@settings(max_examples=150, deadline=None)
@given(article_with_repeats(), st.integers(min_value=1, max_value=12))
def test_every_summary_keeps_the_rules(article: Article, count: int) -> None:
    summary = summarize(article, count)
    assert 1 <= len(summary) <= count
    assert near_duplicates(article, summary) == []
    assert dangling(article, summary) == []
    lead_voice = any(asides(article, list(article.sentences[:2])))
    if not lead_voice:
        assert asides(article, summary) == []
    assert not needs_previous(summary[0])
