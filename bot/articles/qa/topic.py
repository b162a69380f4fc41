"""Rank one person's statements by a topic: "what did Tony Blair say about Iraq?".

A statement is about the topic when its own words hold the topic's words (stems and
synonyms, as `concept`s); one in an article whose headline holds them counts for less.
Statements about nothing of the topic are left out, and the caller says how many there
were in all."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.articles.model import Quote
from bot.articles.qa.words import concept, spans
from bot.articles.textnorm import STOP_WORDS, fold

HEADLINE_SHARE = 0.4  # a topic word found only in the statement's headline


def topic_concepts(topic: str) -> list[str]:
    """The topic's content words as concepts, in order, without repeats."""
    out: list[str] = []
    for _, _, word in spans(topic):
        if fold(word) in STOP_WORDS:
            continue
        c = concept(word)
        if c and c not in out:
            out.append(c)
    return out


def statements_about(
    entries: Sequence[tuple[str, Quote]], topic: str, headline: Callable[[str], str]
) -> list[tuple[float, str, Quote]]:
    """(score in (0, 1], article key, quote) for the statements about `topic`, best
    first; ties keep the speaker's order (direct quotes first, then reported speech)."""
    wanted = topic_concepts(topic)
    if not wanted:
        return []
    titles: dict[str, set[str]] = {}
    scored: list[tuple[float, int, str, Quote]] = []
    seen: set[tuple[str, str]] = set()
    for order, (key, quote) in enumerate(entries):
        if (key, quote.text) in seen:
            continue  # the same words reported twice in one article
        seen.add((key, quote.text))
        own = {concept(w) for _, _, w in spans(quote.text)}
        if key not in titles:
            titles[key] = {concept(w) for _, _, w in spans(headline(key))}
        score = 0.0
        for c in wanted:
            if c in own:
                score += 1.0
            elif c in titles[key]:
                score += HEADLINE_SHARE
        if score > 0:
            scored.append((score / len(wanted), order, key, quote))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(score, key, quote) for score, _, key, quote in scored]
