"""A name word the question sets before the asked noun ("which Tarrant guitar…") says
whose thing it is, not what kind: a name holding it is the owner, not the thing asked
for. A common word there ("which research firm…") still describes the kind, so a name
holding it ("Delmore Research") stays one of that kind."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, read_question
from bot.articles.qa.extract import candidates
from bot.articles.search_index import SearchIndex

AUCTION = """Tarrant guitar fetches £80,000

A guitar owned by singer Lou Tarrant has been sold for £80,000 at an auction in Bristol.

The 1971 Harmon Starliner was the top lot among a dozen guitars sold at the Bristol auction.

Tarrant, who died in 2001, recorded most of his albums on it.
"""

COMMON = frozenset({"guitar", "guitars", "research", "firm", "the", "was", "by", "a"})


def _strengths(question: str, sentence: str) -> dict[str, float]:
    found = candidates(read_question(question), sentence, COMMON)
    return {c.text: c.strength for c in found}


def test_the_owner_named_before_the_asked_noun_is_weak() -> None:
    sentence = "A much-played guitar owned by folk singer Lou Tarrant has been sold."
    strengths = _strengths("which tarrant guitar was sold at auction", sentence)
    assert strengths.get("Lou Tarrant", 0.0) < 0.5


def test_a_common_word_before_the_asked_noun_still_names_the_kind() -> None:
    sentence = "A survey by Delmore Research found that battery life was the top complaint."
    strengths = _strengths(
        "Which research firm found battery life was the top complaint?", sentence
    )
    assert strengths.get("Delmore Research", 0.0) >= 0.5


def test_the_guitar_is_found_not_its_owner() -> None:
    article = parse_article(AUCTION, key="entertainment/tarrant.txt")
    index = SearchIndex.build([article])
    question = "which tarrant guitar went for £80,000 at the bristol auction"
    found = find_answers(question, index, {article.key: article})
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "1971 Harmon Starliner"
