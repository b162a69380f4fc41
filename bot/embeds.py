"""Embeds that hold Discord's limits by construction, and safe text for them.

Every piece of article or user text goes through `safe()` (markdown and mentions
escaped) and every field is clipped at a word boundary with an ellipsis, so building a
reply can never fail on size and never breaks the layout.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import discord

from bot.wording import unquoted

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
CHOICE_NAME_LIMIT = 100
PAGE_LABEL_RESERVE = 40

ELLIPSIS = "…"
# What Discord would render from "<...>": timestamps, channels, slash commands, emoji.
_TAG = re.compile(r"<(?=t:|#|/|:|a:)")
BRAND_COLOUR = discord.Colour.from_rgb(46, 110, 181)
WARNING_COLOUR = discord.Colour.from_rgb(214, 150, 40)
_INVISIBLE = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis when cut."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    cut = cut.rstrip(" \t\n,;:-")
    # Never leave a dangling escape backslash or an unpaired bold marker behind.
    while cut.endswith("\\"):
        cut = cut[:-1]
    if cut.count("**") % 2:
        cut = cut[: cut.rfind("**")].rstrip()
    return cut + ELLIPSIS


# discord.py escapes a list dash after leading spaces with the backslash before the spaces
# ("\\ - Really"), which Discord shows as a stray backslash: a piece of text between two
# bolded words often opens with " - ". The backslash goes right before the dash instead.
_SPACED_DASH = re.compile(r"^\\(\s+)-", re.M)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decoded(text: str) -> str:
    """HTML character references left in an article's text ("Jos&#233;", "&#163;5m")
    as the characters a reader expects; the engine keeps them as written, because
    offsets into the file are read by its users. Only a reference closed by ";" (a URL's
    "&copy=2" stays as written), and never into a control character (a "&#10;" would
    open a new markdown line)."""
    return _REFERENCE.sub(_character, text) if "&" in text else text


def _character(reference: re.Match[str]) -> str:
    decoded = html.unescape(reference.group())
    return " " if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in decoded) else decoded


def plain(text: str | None) -> str:
    """Text for a footer or an author line, where Discord renders no markdown nor pings:
    character references decoded, the invisible and direction-changing characters
    removed."""
    return _INVISIBLE.sub("", _decoded(text)) if text else ""


def safe(text: str | None) -> str:
    """User or article text made inert: character references decoded first (so that
    "&#64;everyone" is escaped as the mention it becomes), then markdown, mentions,
    timestamps, channel and emoji tags, and invisible tricks escaped."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", _decoded(text))
    text = discord.utils.escape_markdown(text, as_needed=False)
    text = _SPACED_DASH.sub(r"\1\\-", text)
    text = discord.utils.escape_mentions(text)
    return _TAG.sub(r"\\<", text)


def echo(text: str, limit: int) -> str:
    """What the user typed, quoted back in a reply: “words”, made safe and clipped, with
    their own quotation marks around the whole of it dropped (never “"words"”)."""
    return f"“{clip(safe(unquoted(text)), limit)}”"


def _joins(gap: str) -> bool:
    """Whether two bolded words with this between them read as one run: spaces only, or
    the hyphen of one word ("**rip-off**", not "**rip**-**off**")."""
    return not gap.strip() or gap in {"-", "‐", "‑", "/"}


def bold_spans(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """Escape `text` and bold the given spans of it (spans index the raw text)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # "**critical moment**", not "**critical** **moment**"
        if merged and _joins(text[merged[-1][1] : start]):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out: list[str] = []
    cursor = 0
    for start, end in merged:
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        out.append(safe(text[cursor:start]))
        out.append(f"**{safe(text[start:end])}**")
        cursor = end
    out.append(safe(text[cursor:]))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    value: str
    inline: bool = False


def make_embed(
    *,
    title: str | None = None,
    description: str | None = None,
    fields: list[Field] | tuple[Field, ...] = (),
    footer: str | None = None,
    url: str | None = None,
    colour: discord.Colour = BRAND_COLOUR,
) -> discord.Embed:
    """An embed within every limit; text arguments must already be `safe()`."""
    title = clip(title or "", TITLE_LIMIT) or None
    footer = clip(footer or "", FOOTER_LIMIT) or None
    kept = [
        Field(
            clip(f.name, FIELD_NAME_LIMIT) or "\u200b",
            clip(f.value, FIELD_VALUE_LIMIT) or "—",
            f.inline,
        )
        for f in list(fields)[:FIELD_COUNT_LIMIT]
    ]
    # Room is kept for the "Page N of M · " a pager adds to the footer later.
    budget = TOTAL_LIMIT - PAGE_LABEL_RESERVE - len(title or "") - len(footer or "")
    while kept and budget - sum(len(f.name) + len(f.value) for f in kept) < 200:
        kept.pop()
    budget -= sum(len(f.name) + len(f.value) for f in kept)
    description = clip(description or "", min(DESCRIPTION_LIMIT, budget)) or None
    embed = discord.Embed(title=title, description=description, url=_valid_url(url), colour=colour)
    for f in kept:
        embed.add_field(name=f.name, value=f.value, inline=f.inline)
    if footer:
        embed.set_footer(text=footer)
    return embed


def _valid_url(url: str | None) -> str | None:
    if url and re.fullmatch(r"https?://[^\s<>\"]{1,2000}", url):
        return url
    return None
