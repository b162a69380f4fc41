"""/whosaid for words the article gives to a speaker it describes but does not name ("a
Home Office spokesman", "Mr Blair's spokesman"): the description is shown, never "not
attributed", and never the person the description belongs to."""

from __future__ import annotations

from bot.library import Library
from tests.support.helpers import write

VISAS = """Visa checks to be tightened

Home Secretary Ann Lowe said the new checks would start in May.

On Monday, Ms Lowe's official spokesman said: "The home secretary will not be rushed."
"""


async def test_a_described_speaker_is_shown_as_described(simcord_env, room, tmp_path):
    write(tmp_path, "visas.txt", VISAS)
    simcord_env.bot.library = Library.load(tmp_path)
    channel, alice, _ = room
    result = await alice.slash(channel, "whosaid", quote="will not be rushed")
    embed = result.response.embeds[0]
    assert embed.description.startswith(
        "**Not named in the article:** Ms Lowe's official spokesman said:"
    )
    assert "**Ann Lowe**" not in embed.description
    assert "describes the speaker without naming them" in embed.footer.text


def test_a_description_keeps_its_owner_and_names_a_person() -> None:
    from tests.support.news import quote_with

    body = (
        'The prime minister\'s official spokesman said: "The talks went well." '
        '"We are sorry," said a club spokesman. The statement said: "We are ready."'
    )
    assert quote_with(body, "talks went well").speaker_role == (
        "the prime minister's official spokesman"
    )
    assert quote_with(body, "We are sorry").speaker_role == "a club spokesman"
    assert quote_with(body, "We are ready").speaker_role is None  # a paper, not a person
