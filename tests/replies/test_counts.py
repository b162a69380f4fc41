"""Counts in replies read as the rest of the bot writes them: "1,200", not "1200"."""

from __future__ import annotations

from bot.articles.model import Person
from bot.library import Library
from bot.replies.quote_replies import people_reply


def test_a_long_people_list_counts_with_a_thousands_separator(tmp_path) -> None:
    people = [Person(name=f"Walker Number{n:04d}") for n in range(1200)]
    reply = people_reply(Library.load(tmp_path), people, {}, "all articles")
    footer = reply.pages[0].footer.text or ""
    assert "1,200 in all" in footer
