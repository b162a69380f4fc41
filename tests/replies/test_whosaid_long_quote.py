"""/whosaid on a very long quotation, or one continued across paragraphs: the block quote
stays one line and closes its quotation mark within Discord's limits."""

from __future__ import annotations

from pathlib import Path

from bot.articles.analysis import Analysis
from bot.articles.model import Person, Quote
from bot.handlers.quote_handlers import whosaid
from bot.library import Library
from tests.support.helpers import write

SENTENCE = "The river defences held this winter but the next flood will test every gate we own."
FIRST = " ".join([SENTENCE] * 50)
SECOND = "We will ask the minister for the money again in the spring."

STORY = f"""Flood chief warns of costly repairs

"{FIRST}

"{SECOND}" said Ruth Adair, head of the flood board.
"""


def test_a_long_quote_across_paragraphs_is_one_closed_block_quote(tmp_path: Path) -> None:
    write(tmp_path, "flood.txt", STORY)
    loaded = Library.load(tmp_path, quotes=False)
    article = loaded.articles[0]
    start = article.text.index(FIRST)
    end = article.text.index(SECOND) + len(SECOND)
    text = f"{FIRST}\n\n{SECOND}"
    sentence = next(s.index for s in article.sentences if s.start <= start < s.end)
    quote = Quote(text, "direct", "Ruth Adair", start, end, sentence, None, "said", "named")
    people = [Person("Ruth Adair", "head of the flood board")]
    library = Library(loaded.articles, (), tmp_path, {article.key: Analysis(people, [quote])})
    embed = whosaid(library, "river defences held this winter").first
    assert embed is not None and embed.description is not None
    said, block = embed.description.split("\n", 1)
    assert said.startswith("**Ruth Adair**")
    assert block.startswith("> “") and "\n" not in block
    assert block.endswith("…”")
    assert len(embed.description) <= 4096
