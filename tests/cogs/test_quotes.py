"""/whosaid, /quotes, /people and the context menu through SimCord."""

from __future__ import annotations

import pytest

from bot.articles.model import Person, Quote
from bot.library import Library
from tests.support.helpers import write


async def test_whosaid_names_the_speaker_with_role_and_context(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote="critcal moment")
    embed = result.response.embeds[0]
    assert "Antony Blinken" in embed.description
    assert "US Secretary of State" in embed.description
    assert "**" in embed.description  # the matched words are bold
    fields = {f.name: f.value for f in embed.fields}
    assert "opening remarks" in fields["Context"]
    assert "Russia, US voice hope" in fields["Article"]
    assert not result.ephemeral


async def test_whosaid_without_a_match_is_polite_and_private(room, seed_library):
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote="the quick brown fox jumps over the dog")
    assert result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == "No quote matched"
    assert "no quotes in the library" not in embed.description.lower()
    searched = len(seed_library.quotes)
    assert searched > 1
    assert f"I searched {searched} quotes and reported statements from 1 article" in (
        embed.description
    )
    assert "/search" in embed.description


async def test_whosaid_labels_the_percentage_as_the_text_match(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote="this is a critical moment")
    embed = result.response.embeds[0]
    assert embed.description.startswith("**Antony Blinken**, US Secretary of State, said:")
    assert "text match 100%" in embed.footer.text
    assert "speaker named in the article" in embed.footer.text


@pytest.mark.parametrize("text", ["   ", "?!…", "@everyone", "🙂🙂", "**bold** `code`", "x" * 6000])
async def test_whosaid_survives_bad_input(room, text):
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote=text)
    embed = result.response.embeds[0]
    assert len(embed) <= 6000
    assert "@everyone" not in (embed.title or "") + (embed.description or "")


async def test_whosaid_autocomplete_suggests_quotes(room):
    channel, alice, _ = room
    choices = await alice.autocomplete(channel, "whosaid", "quote", "united swift")
    assert choices and "united, swift and severe" in choices[0]["value"]
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_quotes_autocomplete_finds_people_by_surname(room):
    channel, alice, _ = room
    choices = await alice.autocomplete(channel, "quotes", "speaker", "lavrov")
    assert choices[0]["value"] == "Sergey Lavrov"


async def test_quotes_lists_direct_first_and_reported_speech_with_its_verb(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "quotes", speaker="Blinken")
    first = result.response.embeds[0]
    assert first.title == "What Antony Blinken said"
    kinds = [f.name.split(" · ")[0].split(" (")[0] for f in first.fields]
    assert kinds[0] == "Quote"
    assert kinds == sorted(kinds, key=["Quote", "Partial quote", "Reported"].index)
    reported = [f.name for f in first.fields if f.name.startswith("Reported")]
    assert reported and all(name.startswith("Reported (") for name in reported)


async def test_quotes_counts_a_quotation_inside_reported_speech_once(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "quotes", speaker="Sergei Lavrov")
    first = result.response.embeds[0]
    assert first.title == "What Sergey Lavrov said"
    assert "4 statements" in first.description
    texts = [f.value for f in first.fields]
    assert sum("never threatened the Ukrainian people" in t for t in texts) == 1


async def test_a_denial_reads_as_a_denial(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "quotes", speaker="Moscow")
    fields = result.response.embeds[0].fields
    assert fields
    for field in fields:  # "Reported (denies): it is …" or "Reported: denies it is …"
        shown = f"{field.name}: {field.value}"
        assert "denies" in shown.split("planning")[0], shown
    answer = await alice.slash(channel, "whosaid", quote="planning an attack")
    description = answer.response.embeds[0].description
    assert "denies" in description.split("planning")[0], description


async def test_people_lists_one_organisation_once(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "people")
    lines = result.response.embeds[0].description.splitlines()
    assert sum("United States" in line for line in lines) == 1
    assert not any(line.startswith("**US**") for line in lines)


async def test_quotes_for_an_unknown_person(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "quotes", speaker="Zebediah Quillfeather")
    assert result.ephemeral


async def test_a_long_unknown_name_is_cut_at_a_word_with_an_ellipsis(room):
    channel, alice, _ = room
    name = "Zebediah Quillfeather " * 13  # within the option's 300 characters
    result = await alice.slash(channel, "quotes", speaker=name.strip())
    description = result.response.embeds[0].description
    echoed = description.split("“", 1)[1].split("”", 1)[0]
    assert echoed.endswith("…")
    assert echoed[:-1].split()[-1] in {"Zebediah", "Quillfeather"}


async def test_whosaid_quotes_a_query_in_quotation_marks_once(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote='"xylophone quartet marmalade"')
    description = result.response.embeds[0].description
    assert "“xylophone quartet marmalade”" in description
    assert '“"' not in description


async def test_people_lists_roles_and_counts(room):
    channel, alice, _ = room
    result = await alice.slash(channel, "people")
    description = result.response.embeds[0].description
    assert "**Antony Blinken** — US Secretary of State" in description
    assert "**Sergey Lavrov** — Russian Foreign Minister" in description
    assert "Vladimir Putin" in description
    scoped = await alice.slash(channel, "people", article="russia diplomacy")
    assert "Antony Blinken" in scoped.response.embeds[0].description


async def test_context_menu_runs_whosaid_on_a_message(simcord_env, room):
    channel, alice, bob = room
    message = await bob.send(channel, "didn't someone say this is a critical moment?")
    result = await alice.context_menu(channel, "Who said this?", message)
    assert "Antony Blinken" in result.response.embeds[0].description


UNION = """Union urges calm over pay talks

The Transport Workers Union warned that members should "stay calm" while talks continue.

Union leader Moira Kemp said the offer would be put to a ballot next month.

"We will not be rushed into a deal," Ms Kemp said.
"""

STRIKE = """Rail strike called off

A planned rail strike was called off on Friday after a late offer.

Moira Kemp, the union's leader, said members had won a fair deal.
"""


@pytest.mark.parametrize("copies", [1, 2])
async def test_whosaid_does_not_offer_the_same_words_again_as_an_alternative(
    simcord_env, room, tmp_path, copies
):
    for n in range(copies):  # the story filed once, or twice under two file names
        write(tmp_path, f"union{n}.txt", UNION)
    simcord_env.bot.library = Library.load(tmp_path)
    channel, alice, _ = room
    embed = (await alice.slash(channel, "whosaid", quote="stay calm")).response.embeds[0]
    assert "Transport Workers Union" in embed.description
    assert "Also close" not in [f.name for f in embed.fields]


async def test_the_people_card_lists_a_story_filed_twice_once(simcord_env, room, tmp_path):
    write(tmp_path, "union.txt", UNION)
    write(tmp_path, "union-copy.txt", UNION)
    write(tmp_path, "strike.txt", STRIKE)
    simcord_env.bot.library = Library.load(tmp_path)
    channel, alice, _ = room
    embed = (await alice.slash(channel, "ask", question="who is Moira Kemp?")).response.embeds[0]
    appears = next(f for f in embed.fields if f.name.startswith("Appears in"))
    assert appears.name == "Appears in 2 articles"
    assert appears.value.count("Union urges calm over pay talks") == 1


LIBRARY_OPENS = """New library opens in Carrick

Council leader Tom Hayes opened the town's new library on Saturday.

Mr Hayes thanked the builders and the volunteers who ran the book sale.
"""

LIBRARY_BUDGET = """Library budget approved

The council approved the library budget after a short debate.

Council leader Tom Hayes voted for the plan. Mr Hayes was one of twelve in favour.
"""

SPRINT = """---
title: Hayes wins indoor hurdles title
published: 2021-02-20
---
Joanna Hayes won the 60m hurdles at the indoor championships in Glasgow.

"It was a great night and the crowd carried me home," Hayes said.
"""


@pytest.fixture
def namesakes(simcord_env, tmp_path):
    """Tom Hayes, named in the two newest stories, never quoted; Joanna Hayes, quoted
    in an older one."""
    write(tmp_path, "opens.txt", LIBRARY_OPENS)
    write(tmp_path, "budget.txt", LIBRARY_BUDGET)
    write(tmp_path, "sprint.txt", SPRINT)
    simcord_env.bot.library = Library.load(tmp_path)
    return simcord_env


@pytest.mark.parametrize("options", [{}, {"article": "Hayes wins indoor hurdles title"}])
async def test_quotes_by_a_bare_surname_are_those_of_the_namesake_who_said_something(
    namesakes, room, options
):
    channel, alice, _ = room
    result = await alice.slash(channel, "quotes", speaker="hayes", **options)
    embed = result.response.embeds[0]
    assert embed.title == "What Joanna Hayes said"
    assert "crowd carried me home" in embed.fields[0].value


async def test_who_is_a_bare_surname_shows_the_namesake_who_is_quoted(namesakes, room):
    channel, alice, _ = room
    embed = (await alice.slash(channel, "ask", question="who is Hayes?")).response.embeds[0]
    assert embed.title == "Joanna Hayes"
    embed = (await alice.slash(channel, "ask", question="who is Tom Hayes?")).response.embeds[0]
    assert embed.title == "Tom Hayes"


async def test_what_a_bare_surname_said_about_a_topic_is_the_quoted_namesakes(namesakes, room):
    """The free-text form finds the speaker as /quotes does, once: "Hayes" is the Hayes
    who is quoted, and the topic is kept (it was lost when the name was looked up again)."""
    channel, alice, _ = room
    question = "what did Hayes say about the crowd?"
    embed = (await alice.slash(channel, "ask", question=question)).response.embeds[0]
    assert embed.title == "What Joanna Hayes said about the crowd"
    assert "crowd carried me home" in embed.fields[0].value


@pytest.mark.parametrize(
    ("command", "options", "person"),
    [
        ("quotes", {"speaker": "hayes"}, "Joanna Hayes"),
        ("quotes", {"speaker": "Mr Hayes", "article": "New library opens in Carrick"}, "Tom Hayes"),
        ("ask", {"question": "what did Hayes say about the crowd?"}, "Joanna Hayes"),
        ("ask", {"question": "who is Hayes?"}, "Joanna Hayes"),
    ],
)
async def test_each_person_a_name_may_mean_is_weighed_once(
    namesakes, room, monkeypatch, command, options, person
):
    """The person a name names is also among its namesakes, and a story where no one of
    that name said anything sends the search library-wide: still one look-up of the
    name, and each person's statements read once (in each place they are counted)."""
    library = namesakes.bot.library
    looked_up: list[str] = []
    read: list[tuple[str, str | None]] = []
    lookup, by_speaker = library.people.lookup, library.quotes.by_speaker

    def counted_lookup(query: str) -> Person | None:
        looked_up.append(query)
        return lookup(query)

    def counted_by_speaker(name: str, article_key: str | None = None) -> list[tuple[str, Quote]]:
        read.append((name, article_key))
        return by_speaker(name, article_key)

    monkeypatch.setattr(library.people, "lookup", counted_lookup)
    monkeypatch.setattr(library.quotes, "by_speaker", counted_by_speaker)
    channel, alice, _ = room
    embed = (await alice.slash(channel, command, **options)).response.embeds[0]
    assert person in (embed.title or "") + (embed.description or "")
    assert len(looked_up) == 1
    assert read and len(read) == len(set(read)), read


@pytest.mark.parametrize("speaker", ["Hayes", "Mr Hayes"])
@pytest.mark.parametrize("article", ["New library opens in Carrick", "Library budget approved"])
async def test_no_statements_in_an_article_names_that_articles_person(
    namesakes, room, speaker, article
):
    """Nobody called Hayes said anything in the library stories: the reply names their
    Hayes (Tom), not the Joanna Hayes quoted in another story."""
    channel, alice, _ = room
    result = await alice.slash(channel, "quotes", speaker=speaker, article=article)
    embed = result.response.embeds[0]
    assert embed.title == "No statements"
    assert "by Tom Hayes in" in (embed.description or "")
    assert "Joanna" not in (embed.description or "")


BOWLS = """Bowls club elects a new captain

Bowls club member Ann Hay was elected captain at the annual meeting on Friday.
"""


async def test_a_known_surname_is_matched_whole_not_as_the_start_of_another(
    namesakes, room, tmp_path
):
    """Ann Hay is known but quoted nowhere: "hay" in the hurdles story is not Hayes."""
    write(tmp_path, "bowls.txt", BOWLS)
    namesakes.bot.library = Library.load(tmp_path)
    channel, alice, _ = room
    result = await alice.slash(
        channel, "quotes", speaker="hay", article="Hayes wins indoor hurdles title"
    )
    embed = result.response.embeds[0]
    assert "Joanna Hayes" not in (embed.title or "")
    assert "crowd carried me home" not in str(embed.to_dict())
    assert "Ann Hay" in (embed.description or "")


PIER = """Pier reopens after storm repairs

The pier at Portree reopened on Saturday after three weeks of repairs.

"The pier is safe again. Boats can berth from Monday," harbour master Calum Ross said.
"""


async def test_whosaid_context_runs_to_the_end_of_a_quote_of_two_sentences(
    simcord_env, room, tmp_path
):
    write(tmp_path, "pier.txt", PIER)
    simcord_env.bot.library = Library.load(tmp_path)
    channel, alice, _ = room
    embed = (await alice.slash(channel, "whosaid", quote="the pier is safe again")).response.embeds[
        0
    ]
    context = {f.name: f.value for f in embed.fields}["Context"]
    assert context.startswith('"The pier is safe again.')
    assert context.endswith("harbour master Calum Ross said.")
    assert "three weeks" not in context
