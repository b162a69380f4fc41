"""Hostile text for property tests, and the checks every reply must pass."""

from __future__ import annotations

import re

import discord
from hypothesis import strategies as st

from bot.replies import Reply

NASTY = [
    "@everyone",
    "@here look",
    "<@123456789012345678> <@!123456789012345678> <@&123456789012345678>",
    "**bold** __under__ ~~strike~~ ||spoiler|| `code`",
    "```python\nprint('hi')\n```",
    "> quote\n# heading\n- list\n[link](https://example.com)",
    "\u202eright-to-left\u202c \u200b\u200c\u200d zero\ufeffwidth",
    "\x00\x07\x1b[31mcontrol\x7f",
    "مرحبا بالعالم שלום עולם",
    "🙂🇺🇦👨‍👩‍👧 emoji",
    "\\ back\\slash \\*",
    "x" * 6000,
    "critical moment " * 400,
    "",
    "   ",
    "?!…;:'\"“”",
    "<t:99999999999999999999:R> <t:-5:D> <#123> </ping:1> <:emoji:1>",
]
HOSTILE = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=6000),
    st.builds(lambda a, b: a + " " + b, st.sampled_from(NASTY), st.text(max_size=50)),
)
_UNESCAPED_PING = re.compile(r"@(everyone|here)|<@[!&]?\d+>")
# Channel links, slash-command links and custom emoji from user text must not render
# (the bot's own <t:…> dates are fine).
_UNESCAPED_TAG = re.compile(r"(?<!\\)<(?:#|/|:|a:)")


def check_embed(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    for field in embed.fields:
        assert field.name and len(field.name) <= 256
        assert field.value and len(field.value) <= 1024
    assert len(embed.footer.text or "") <= 2048
    assert len(embed) <= 6000
    text = " ".join([embed.title or "", embed.description or "", embed.footer.text or ""])
    text += " ".join(f"{f.name} {f.value}" for f in embed.fields)  # both checked above
    assert not _UNESCAPED_PING.search(text), text[:200]
    assert not _UNESCAPED_TAG.search(text), text[:200]


def check_reply(reply: Reply) -> None:
    assert reply.error != "internal_error"
    assert reply.pages or reply.content
    assert len(reply.content or "") <= 2000
    assert not _UNESCAPED_PING.search(reply.content or "")
    for embed in reply.pages:
        check_embed(embed)
