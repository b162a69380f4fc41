"""/ask through SimCord: the answer in bold first, the sentence and its source, "I don't
know" with the closest articles, routing, and one person's statements on a topic."""

from __future__ import annotations

import discord
import pytest

from bot.library import Library
from tests.support.helpers import write

HARBOUR = """Storm closes Portree harbour

Portree harbour was closed on Monday after a storm damaged the pier.

Harbour master Calum Ross said repairs would cost about £250,000.

"The pier took a terrible battering overnight," Mr Ross said.

Mr Ross said the ferries would return to the harbour next week.
"""

AIRPORT = """Inverness airport adds summer flights

Inverness airport will add flights to Amsterdam and Dublin this summer.

Airport director Shona Baird said 900,000 passengers used the airport last year.
"""


@pytest.fixture
def news(simcord_env, tmp_path):
    write(tmp_path, "harbour.txt", HARBOUR)
    write(tmp_path, "airport.txt", AIRPORT)
    simcord_env.bot.library = Library.load(tmp_path)
    return simcord_env


async def ask(room, question: str):
    channel, alice, _ = room
    return await alice.slash(channel, "ask", question=question)


async def test_the_answer_comes_first_in_bold_then_the_sentence_and_source(news, room):
    result = await ask(room, "How much will the pier repairs cost?")
    embed = result.response.embeds[0]
    first = embed.description.split("\n")[0]
    assert first.startswith("**about £250,000** — “Harbour master Calum Ross said repairs")
    assert embed.fields[0].name == "Source"
    assert embed.fields[0].value.startswith("Storm closes Portree harbour · ")
    assert not result.ephemeral


async def test_a_question_typed_in_lower_case_is_titled_with_a_capital(news, room):
    embed = (await ask(room, "how much will the pier repairs cost?")).response.embeds[0]
    assert embed.title == "How much will the pier repairs cost?"
    embed = (await ask(room, "who is the harbour master?")).response.embeds[0]
    assert embed.title.startswith("Who is the harbour master")


async def test_a_question_in_quotation_marks_is_quoted_back_once(news, room):
    embed = (await ask(room, '"how many people died in the storm?"')).response.embeds[0]
    assert embed.title == "I don't know"
    assert "answers “how many people died in the storm?”" in embed.description


async def test_who_did_is_a_question_not_the_people_card(news, room):
    embed = (await ask(room, "Who said repairs would cost about £250,000?")).response.embeds[0]
    assert "Calum Ross" in embed.description.split("\n")[0]
    embed = (await ask(room, "Who was the harbour master quoted on the repairs?")).response.embeds[
        0
    ]
    assert embed.title != "Nobody by that name"


async def test_who_is_a_name_shows_the_people_card(news, room):
    embed = (await ask(room, "who is Calum Ross?")).response.embeds[0]
    assert embed.title == "Calum Ross"


async def test_a_question_the_articles_do_not_answer_gets_i_dont_know(news, room):
    result = await ask(room, "How many people died in the storm?")
    embed = result.response.embeds[0]
    assert embed.title == "I don't know"
    assert "Closest articles" in embed.description
    assert "Storm closes Portree harbour" in embed.description
    assert result.ephemeral


async def test_a_story_filed_twice_is_one_of_the_closest_articles(simcord_env, room, tmp_path):
    write(tmp_path, "harbour.txt", HARBOUR)
    write(tmp_path, "harbour-again.txt", HARBOUR.replace("Storm closes", "Storm shuts"))
    write(tmp_path, "airport.txt", AIRPORT)
    simcord_env.bot.library = Library.load(tmp_path)
    result = await ask(room, "How many people died in the storm at the harbour?")
    embed = result.response.embeds[0]
    assert embed.title == "I don't know"
    listed = embed.description.split("**Closest articles:**")[1]
    assert listed.count("Portree harbour") == 1


async def test_what_did_x_say_about_y_ranks_by_y_and_counts_all(news, room):
    embed = (await ask(room, "what did Calum Ross say about the ferries?")).response.embeds[0]
    assert embed.title == "What Calum Ross said about the ferries"
    assert "ferries would return" in embed.fields[0].value
    assert embed.footer.text.startswith("3 statements by Calum Ross in all")
    embed = (await ask(room, "what did Calum Ross say about elections?")).response.embeds[0]
    assert embed.title == "Nothing on that topic"


async def test_the_seed_how_many_people_died_is_not_answered(room):
    embed = (await ask(room, "how many people died?")).response.embeds[0]
    assert embed.title == "I don't know"


async def test_replies_ping_nobody(news, room):
    result = await ask(room, "@everyone where did the storm close a harbour?")
    message = result.response.message
    assert "@everyone" not in (message.content or "")
    embed = result.response.embeds[0]
    assert len(embed.description) <= 4096


async def test_articles_that_disagree_are_shown_as_such(simcord_env, room, tmp_path):
    write(
        tmp_path,
        "a.txt",
        "Ferry strike ends\n\nThe ferry strike in Oban ended on Friday after talks.\n\n"
        "Union officials said 400 crew members had joined the ferry strike.\n",
    )
    write(
        tmp_path,
        "b.txt",
        "Oban ferry strike over\n\nThe Oban ferry strike is over, the operator said.\n\n"
        "The operator said 250 crew members had joined the ferry strike.\n",
    )
    simcord_env.bot.library = Library.load(tmp_path)
    embed = (await ask(room, "How many crew members joined the ferry strike?")).response.embeds[0]
    lines = embed.description.split("\n")
    assert lines[0].startswith(("**400** — ", "**250** — "))
    assert "The articles disagree" in embed.description
    assert "**400**" in embed.description and "**250**" in embed.description
    assert embed.fields[0].name == "Sources"


async def test_who_is_a_role_is_answered_from_the_articles(news, room):
    embed = (await ask(room, "Who is the Inverness Airport Director?")).response.embeds[0]
    assert embed.title != "Nobody by that name"
    assert "Shona Baird" in embed.description.split("\n")[0]
    # a name the people list does not hold, asked as "who is…", is answered if it can be
    embed = (await ask(room, "who is Portree's harbour master?")).response.embeds[0]
    assert "Calum Ross" in embed.description.split("\n")[0]


async def test_who_is_someone_the_people_list_does_not_hold_falls_back_to_an_answer(news, room):
    # "Portree Harbour" reads as a name but is nobody: the articles answer instead
    embed = (await ask(room, "who is Portree Harbour Master?")).response.embeds[0]
    assert embed.title != "Nobody by that name"
    assert "Calum Ross" in embed.description


BANK = """Bank holds interest rates

The Bank of England kept interest rates on hold at 4.75% on Thursday.

Governor Mervyn King said the economy was growing steadily.

"Inflation remains close to target," Mr King said.
"""


async def test_who_is_a_surname_that_is_also_a_role_shows_the_people_card(
    simcord_env, room, tmp_path
):
    # "King" is a role word, but a capitalised one with no "the" before it is a surname
    write(tmp_path, "bank.txt", BANK)
    simcord_env.bot.library = Library.load(tmp_path)
    embed = (await ask(room, "who is Mervyn King?")).response.embeds[0]
    assert embed.title == "Mervyn King"
    embed = (await ask(room, "who is the governor?")).response.embeds[0]
    assert embed.title != "Nobody by that name"


TREASURY = """Brown defends spending plans

Chancellor Gordon Brown said the economy would grow by 3% next year.

Shadow chancellor Oliver Letwin said the plans would mean higher taxes.

"Our plans are fully costed," Mr Brown said.
"""

RATES = """Chancellor welcomes rate decision

Chancellor Gordon Brown welcomed the Bank of England's decision to hold interest rates.

"Stability is what families need," Mr Brown said.
"""


async def test_who_is_an_office_lists_the_people_the_articles_give_it(simcord_env, room, tmp_path):
    write(tmp_path, "treasury.txt", TREASURY)
    write(tmp_path, "rates.txt", RATES)
    simcord_env.bot.library = Library.load(tmp_path)
    embed = (await ask(room, "who is the chancellor?")).response.embeds[0]
    first = embed.description.split("\n")[0]
    assert first.startswith("**Gordon Brown** — Chancellor · 3 statements in 2 articles")
    assert "Letwin" not in embed.description  # a shadow chancellor is not the chancellor
    embed = (await ask(room, "who is the shadow chancellor")).response.embeds[0]
    assert embed.description.startswith("**Oliver Letwin**")


async def test_who_holds_an_office_counts_a_story_filed_twice_once(simcord_env, room, tmp_path):
    write(tmp_path, "treasury.txt", TREASURY)
    write(tmp_path, "treasury-copy.txt", TREASURY)
    write(tmp_path, "rates.txt", RATES)
    simcord_env.bot.library = Library.load(tmp_path)
    embed = (await ask(room, "who is the chancellor?")).response.embeds[0]
    assert " in 2 articles" in embed.description.split("\n")[0]


async def test_what_an_office_holder_said_about_a_topic_lists_their_statements(
    simcord_env, room, tmp_path
):
    write(tmp_path, "treasury.txt", TREASURY)
    write(tmp_path, "rates.txt", RATES)
    simcord_env.bot.library = Library.load(tmp_path)
    embed = (await ask(room, "what did the chancellor say about families?")).response.embeds[0]
    assert embed.title == "What Gordon Brown said about families"
    assert "Stability is what families need" in embed.fields[0].value
    assert embed.footer.text.startswith("3 statements by Gordon Brown in all")


PREMIER = """Premier defends schools plan

Prime Minister Anne Cole said the schools plan would be paid for in full.

"Every school will get its share," Ms Cole said. "No child will be left behind," she said.

"We have the money for schools," Ms Cole said.
"""

ABROAD = """Talks in Lisbon

Prime Minister Rui Sousa of Portugal said the schools in his country needed money.
"""

ABROAD_MORE = """Lisbon budget

"Schools come first," Mr Sousa said. "Teachers will be paid more," he said.

"We will build new schools," Mr Sousa said.
"""


async def test_what_an_office_said_goes_to_the_holder_quoted_far_more_than_the_others(
    simcord_env, room, tmp_path
):
    write(tmp_path, "premier.txt", PREMIER)
    write(tmp_path, "abroad.txt", ABROAD)
    simcord_env.bot.library = Library.load(tmp_path)
    question = "what did the prime minister say about schools?"
    embed = (await ask(room, question)).response.embeds[0]
    assert embed.title == "What Anne Cole said about schools"
    # as often quoted as the other holder: the sentences decide, not a guess
    write(tmp_path, "abroad2.txt", ABROAD_MORE)
    simcord_env.bot.library = Library.load(tmp_path)
    embed = (await ask(room, question)).response.embeds[0]
    assert embed.title == "What did the prime minister say about schools?"  # the question


COURT = """Man jailed for fraud

Judge Ann Bell said the fraud had hurt many families.

The judge said the sentence reflected the harm done to the victims.
"""


async def test_an_occupation_many_hold_is_answered_from_the_sentences(simcord_env, room, tmp_path):
    # one statement by the only judge named: too few to take "the judge" for her
    write(tmp_path, "court.txt", COURT)
    simcord_env.bot.library = Library.load(tmp_path)
    embed = (await ask(room, "what did the judge say about the sentence?")).response.embeds[0]
    assert "reflected the harm" in embed.description


FORECAST = """Economists doubt export boom

Exporters in Harwick expect record orders this year.

"We think the growth in orders will slow sharply by autumn," consultancy 3Sigma said in a report.
"""


async def test_which_x_said_without_a_speaker_is_answered_from_the_sentences(
    simcord_env, room, tmp_path
):
    # the quote search finds the words but no speaker ("…," consultancy 3Sigma said): the
    # sentences name the consultancy, a name that opens with a digit
    write(tmp_path, "forecast.txt", FORECAST)
    simcord_env.bot.library = Library.load(tmp_path)
    question = "which consultancy said the growth in orders will slow sharply by autumn"
    embed = (await ask(room, question)).response.embeds[0]
    assert embed.description.split("\n")[0].startswith("**3Sigma**")


async def test_what_did_x_say_about_y_keeps_the_reported_verb(simcord_env, room, tmp_path):
    """An accusation listed under "what did X say about Y" says it is one: the cue verb
    the reported words leave out is in the field name, never the bare words as "Reported"."""
    write(
        tmp_path,
        "council.txt",
        """Council rejects flood claim

Residents say the council hid a flood survey from them for two years.

Council leader Paul Reed accused the water board of hiding the flood survey.

"Every report has been published," Mr Reed said of the flood survey.
""",
    )
    simcord_env.bot.library = Library.load(tmp_path)
    result = await ask(room, "what did Paul Reed say about the flood survey?")
    embed = result.response.embeds[0]
    assert embed.title == "What Paul Reed said about the flood survey"
    names = [field.name for field in embed.fields]
    assert any(name.startswith("Reported (accused)") for name in names), names
    assert not any(name.startswith("Reported ·") for name in names), names


@pytest.mark.parametrize("question", ["help", "Help!", "please help", "what can you do?"])
async def test_asking_for_help_gets_the_command_list(news, room, question):
    embed = (await ask(room, question)).response.embeds[0]
    assert embed.title == "What I can do"
    assert "**/whosaid**" in (embed.description or "")


@pytest.mark.parametrize("greeting", ["hello", "Hi there!", "hey bot", "Good morning."])
async def test_a_greeting_gets_the_command_list(news, room, greeting):
    embed = (await ask(room, greeting)).response.embeds[0]
    assert embed.title == "What I can do"


@pytest.mark.parametrize("thanks", ["thanks!", "Thank you so much", "ok thanks", "cheers"])
async def test_thanks_get_a_short_reply_not_a_sentence_from_an_article(news, room, thanks):
    result = await ask(room, thanks)
    embed = result.response.embeds[0]
    assert embed.title == "You're welcome"
    assert "/help" in (embed.description or "")
    assert not embed.fields


async def test_a_question_that_opens_with_a_greeting_is_still_answered(news, room):
    embed = (await ask(room, "hi, how much will the pier repairs cost?")).response.embeds[0]
    assert embed.description.startswith("**about £250,000**")


@pytest.mark.simcord(approved_intents=discord.Intents.default())  # no privileged intents
async def test_a_mention_that_says_thanks_is_answered_with_a_short_reply(simcord_env, room):
    channel, alice, _ = room
    await alice.send(channel, f"{simcord_env.bot.user.mention} thanks!")
    reply = channel.last_message
    assert reply.embeds[0].title == "You're welcome"


async def test_a_question_about_help_is_still_a_question(news, room):
    embed = (await ask(room, "Who will help repair the pier?")).response.embeds[0]
    assert embed.title != "What I can do"


async def test_the_people_card_says_other_names_only_when_there_are_some(news, room):
    embed = (await ask(room, "who is Shona Baird?")).response.embeds[0]
    assert embed.title == "Shona Baird"
    assert embed.fields[0].name == "Appears in 1 article"
    assert "Also called" not in [f.name for f in embed.fields]
    embed = (await ask(room, "who is Calum Ross?")).response.embeds[0]
    assert embed.fields[0].name == "Also called" and "Mr Ross" in embed.fields[0].value
