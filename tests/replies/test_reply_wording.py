"""Replies read right: counts as "1,200", a cut quote still closes its quotation marks, a
footer promises only what the reply shows."""

from __future__ import annotations

from bot.articles.model import Person, Quote
from bot.articles.qa.rank import Answer
from bot.library import Library
from bot.replies.ask_replies import answer_reply
from bot.replies.quote_replies import people_reply, statement, statement_field
from bot.replies.search_replies import no_results_reply


def test_a_long_people_list_counts_with_a_thousands_separator(tmp_path) -> None:
    people = [Person(name=f"Walker Number{n:04d}") for n in range(1200)]
    reply = people_reply(Library.load(tmp_path), people, {}, "all articles")
    footer = reply.pages[0].footer.text or ""
    assert "1,200 in all" in footer


def test_a_long_quote_is_cut_inside_its_quotation_marks() -> None:
    words = "The council will review every contract it signed with the builder. " * 30
    quote = Quote(text=words.strip(), kind="direct", speaker="Ann Hale", start=0, end=1, sentence=0)
    field = statement_field(quote, "Council reviews contracts")
    assert len(field.value) <= 1000
    assert field.value.startswith("“") and field.value.endswith("…”")
    line = statement(quote, words.strip(), 300)
    assert len(line) <= 300 and line.endswith("…”")


async def test_a_very_long_whosaid_query_still_closes_its_title(room):
    channel, alice, _ = room
    text = "this is a critical moment for the talks in Geneva " * 100
    embed = (await alice.slash(channel, "whosaid", quote=text)).response.embeds[0]
    assert len(embed.title) <= 256
    assert embed.title.startswith("Who said “") and embed.title.endswith("…”?")


def test_an_answer_without_a_picked_answer_does_not_promise_one_in_bold(tmp_path) -> None:
    harbour = "Harbour reopens\n\nThe harbour reopened on Monday after repairs to the pier.\n"
    (tmp_path / "harbour.txt").write_text(harbour)
    library = Library.load(tmp_path)
    article = library.articles[0]
    found = Answer(article.key, article.sentences[0], 1.0, 1.0, None, True)
    embed = answer_reply(library, "what happened at the harbour?", [found]).pages[0]
    assert "**" not in (embed.description or "")
    assert "bold" not in (embed.footer.text or "")


def test_the_phrase_hint_needs_quotation_marks_and_an_empty_title_is_still_a_title() -> None:
    spaced = no_results_reply("climate  change", [])
    assert "quotation marks" not in (spaced.pages[0].description or "")
    titled = no_results_reply("zebra", ["zero"], article_title="")
    text = titled.pages[0].description or ""
    assert "Did you mean" not in text and "Leave out `article`" in text
