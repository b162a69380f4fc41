"""Replies stay within Discord's limits and stay inert, whatever text goes in."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.embeds import Field, bold_spans, clip, make_embed, plain, safe

HOSTILE = st.one_of(
    st.text(max_size=10_000),
    st.sampled_from(
        [
            "@everyone",
            "@here",
            "<@123456789012345678>",
            "<@&123456789012345678>",
            "**bold** __under__ ~~strike~~ `code` ```block```",
            "> quote\n# heading\n[link](https://evil.example)",
            "\u202eright-to-left\u200b zero width",
            "x" * 10_000,
        ]
    ),
)


def check_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    for field in embed.fields:
        assert field.name and len(field.name) <= 256
        assert field.value and len(field.value) <= 1024
    assert len(embed.footer.text or "") <= 2048
    assert len(embed) <= 6000


@settings(max_examples=60, deadline=None)
@given(
    title=HOSTILE,
    description=HOSTILE,
    footer=HOSTILE,
    fields=st.lists(st.tuples(HOSTILE, HOSTILE), max_size=30),
)
def test_any_text_makes_a_valid_embed(title, description, footer, fields):
    embed = make_embed(
        title=safe(title),
        description=safe(description),
        footer=safe(footer),
        fields=[Field(safe(n), safe(v)) for n, v in fields],
    )
    check_limits(embed)


@given(HOSTILE)
def test_safe_text_cannot_ping_or_format(text):
    out = safe(text)
    assert "@everyone" not in out.replace("@\u200beveryone", "")
    assert "@here" not in out.replace("@\u200bhere", "")
    for marker in ("**", "__", "~~", "`"):
        assert marker not in out.replace("\\" + marker[0], "")


@given(st.text(max_size=3000), st.integers(min_value=1, max_value=2000))
def test_clip_respects_the_limit(text, limit):
    out = clip(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text
    else:
        assert out.endswith("…")
        assert not out[:-1].endswith("\\")


def test_clip_cuts_at_a_word_boundary():
    assert clip("the quick brown fox jumps", 12) == "the quick…"


def test_bold_spans_escapes_around_the_bold():
    text = "a *star* said hello"
    assert bold_spans(text, [(14, 19)]) == "a \\*star\\* said **hello**"


def test_mentions_are_escaped():
    assert "@\u200beveryone" in safe("hi @everyone")


def test_character_references_in_article_text_are_shown_as_characters():
    assert safe("Jos&#233; Mourinho paid &#163;5m") == "José Mourinho paid £5m"
    assert plain("Caf&eacute; owners &amp; staff") == "Café owners & staff"


def test_a_mention_spelt_as_character_references_is_still_escaped():
    out = safe("&#64;everyone &lt;@123456789012345678&gt; &#42;&#42;bold&#42;&#42;")
    assert "@\u200beveryone" in out
    assert "<@123456789012345678>" not in out
    assert "**" not in out.replace("\\*", "")


def test_only_closed_references_are_decoded_and_never_into_a_new_line():
    url = "https://example.com/a?x=1&region=uk&copy=2&not=1"
    assert plain(url) == url  # "&copy" without ";" is part of the address
    assert "\n" not in safe("&#10;- item") and "\r" not in safe("a&#13;b")


def test_text_after_a_bolded_word_keeps_its_dash_without_a_stray_backslash():
    text = "Fans of RSS - Really Simple Syndication - say it saves time."
    out = bold_spans(text, [(8, 11)])
    assert out == "Fans of **RSS** \\- Really Simple Syndication - say it saves time."
    assert "\\ " not in safe(" - a dash opening a piece of text")


def test_the_parts_of_a_hyphenated_word_are_bolded_as_one():
    assert bold_spans("It is not a rip-off.", [(12, 15), (16, 19)]) == "It is not a **rip-off**."
