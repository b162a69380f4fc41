""" "What was <Name>'s <noun>…" asks for a named thing of that kind, as "what was the
<noun>…" does: "what was Jo Marsh's first album?" wants an album's name. Not a
relation ("what is Ms Varga's view on the merger?") nor a count ("what was Norcastle's
net profit?")."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, read_question
from bot.articles.search_index import SearchIndex

SINGER = """Jo Marsh returns to the studio

Folk singer Jo Marsh is to tour Britain in the spring for the first time in ten years.

Marsh began singing in Hull in 1988 and retired in 1996 after a row over money.

She is also recording new songs, her first since the 1994 album Harbour Lights.
"""


def test_a_possessed_noun_is_the_focus_of_a_what_question() -> None:
    question = read_question("What was Jo Marsh's last album before she retired?")
    assert question.type == "name" and question.focus == "album"


def test_a_relation_or_a_count_is_not_a_named_thing() -> None:
    view = read_question("What is Ms Varga's view on the merger?")
    assert view.type != "name" and view.focus != "view"
    assert read_question("What was Norcastle's net profit for 2004?").type == "quantity"


def test_the_album_named_beside_its_noun_answers() -> None:
    article = parse_article(SINGER, key="entertainment/marsh.txt")
    index = SearchIndex.build([article])
    found = find_answers(
        "What was Jo Marsh's last album before she retired?", index, {article.key: article}
    )
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "Harbour Lights"
