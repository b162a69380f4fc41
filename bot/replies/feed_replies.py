"""Replies for /feed add, remove, resume and list: private to the person managing feeds."""

from __future__ import annotations

from bot.embeds import Field, clip, make_embed, safe
from bot.replies import Reply, paged, problem
from bot.state.db import FeedStatus
from bot.wording import plural

PER_PAGE = 8


def _when(seconds: float | None) -> str:
    return f"<t:{int(seconds)}:R>" if seconds else "never"


def _link(url: str) -> str:
    return f"<{clip(url, 300)}>"


def _channel(channel_id: int) -> str:
    return f"<#{channel_id}>"


def feed_added(
    title: str, url: str, channel_id: int, entries: int, *, found_on: str | None
) -> Reply:
    found = f"Found on {_link(found_on)} through its feed link.\n" if found_on else ""
    if entries == 0:
        backlog = "The feed lists no entries yet: its next ones will be posted."
    elif entries == 1:
        backlog = "The feed lists one entry: it is posted now."
    else:
        backlog = (
            f"The feed lists {entries} entries: the newest is posted now, the others are "
            "added to this server's articles without a post."
        )
    description = (
        f"{found}New articles from **{safe(title)}** ({_link(url)}) will be posted in "
        f"{_channel(channel_id)}. {backlog}"
    )
    return Reply(pages=(make_embed(title="Feed added", description=description),), ephemeral=True)


def feed_problem(url: str, reason: str) -> Reply:
    return problem(
        "That feed can't be added",
        f"I couldn't use {_link(url)}: {safe(reason)}.\nNothing was changed.",
        error="bad_feed",
    )


def already_following(status: FeedStatus) -> Reply:
    return problem(
        "Already following",
        f"This server already follows {_link(status.feed.url)}, posting in "
        f"{_channel(status.subscription.channel_id)}. Nothing was changed.",
        error="feed_exists",
    )


def not_following(url: str) -> Reply:
    return problem(
        "No such feed",
        f"This server doesn't follow {_link(url)}. `/feed list` shows the feeds it follows. "
        "Nothing was changed.",
        error="no_such_feed",
    )


def feed_removed(status: FeedStatus) -> Reply:
    description = (
        f"No more posts from **{safe(status.feed.title or status.feed.url)}** "
        f"({_link(status.feed.url)}). The {status.articles} article(s) it brought stay in "
        "this server's articles."
    )
    return Reply(pages=(make_embed(title="Feed removed", description=description),), ephemeral=True)


def feed_resumed(status: FeedStatus) -> Reply:
    description = f"Checking {_link(status.feed.url)} again now."
    return Reply(pages=(make_embed(title="Feed resumed", description=description),), ephemeral=True)


def not_paused(status: FeedStatus) -> Reply:
    return problem(
        "Not paused", f"{_link(status.feed.url)} is being checked already.", error="not_paused"
    )


def cannot_post(channel_id: int) -> Reply:
    return problem(
        "I can't post there",
        f"I need the View Channel, Send Messages and Embed Links permissions in "
        f"{_channel(channel_id)}. Nothing was changed.",
        error="cannot_post",
    )


def not_available() -> Reply:
    return problem(
        "Feeds are off",
        "Feeds are not available on this bot right now. Nothing was changed.",
        error="feeds_unavailable",
    )


def feed_list(statuses: list[FeedStatus]) -> Reply:
    if not statuses:
        return problem(
            "No feeds yet",
            "This server follows no feeds. Add one with `/feed add url:`.",
            error="no_feeds",
        )
    pages = []
    for start in range(0, len(statuses), PER_PAGE):
        fields = [_field(s) for s in statuses[start : start + PER_PAGE]]
        pages.append(
            make_embed(
                title="Feeds followed here",
                description=f"{plural(len(statuses), 'feed')}.",
                fields=fields,
            )
        )
    reply = paged(pages)
    return Reply(pages=reply.pages, ephemeral=True)


def _field(status: FeedStatus) -> Field:
    feed = status.feed
    state = "⏸ paused" if feed.paused else "active"
    lines = [
        _link(feed.url),
        f"Posts in {_channel(status.subscription.channel_id)} · {state} · "
        f"{status.articles} article(s)",
        f"Last success: {_when(feed.last_success)}",
    ]
    error = safe(clip(feed.last_error, 200)) if feed.last_error else "none"
    if feed.last_error and not feed.failures:
        error += " (fixed since)"
    lines.append(f"Last error: {error}")
    return Field(safe(clip(feed.title or feed.url, 200)), "\n".join(lines))
