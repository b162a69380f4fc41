"""Replies for the operators' commands (/reload and /stats), and the one a command gets
while the bot is stopping."""

from __future__ import annotations

from collections.abc import Sequence

from bot.embeds import Field, clip, make_embed, safe
from bot.library import Library
from bot.live import LibraryChange
from bot.replies import Reply, problem

LISTED = 10
HEALTH_FIELDS = 12  # services shown on /stats, at most (an embed holds 25 fields)


def _listed(keys: tuple[str, ...]) -> str:
    shown = ", ".join(f"`{key.replace('`', chr(39))}`" for key in keys[:LISTED])
    more = f" and {len(keys) - LISTED} more" if len(keys) > LISTED else ""
    return clip(shown + more, 1000) or "none"


def reload_reply(change: LibraryChange) -> Reply:
    fields = [
        Field("Added", _listed(change.added)),
        Field("Changed", _listed(change.changed)),
        Field("Removed", _listed(change.removed)),
        Field("Skipped (see the log for reasons)", _listed(change.skipped)),
    ]
    embed = make_embed(title="Library reloaded", description=change.describe(), fields=fields)
    return Reply(pages=(embed,), ephemeral=True)


def restarting_reply() -> Reply:
    """For a command that arrives while the bot stops: short, private, no alarm."""
    return problem(
        "Restarting",
        "I'm restarting right now. Please try again in a moment.",
        error="restarting",
    )


def stats_reply(
    library: Library,
    *,
    uptime_seconds: float,
    latency_seconds: float | None,
    shard_id: int | None,
    shard_count: int | None,
    reconnects: str = "none",
    services: Sequence[tuple[str, str]] = (),
) -> Reply:
    """The library's numbers, then the connection's health, then each service's own
    report (the feed poller's last poll and errors, the cache state, ...)."""
    ready, reading = library.quotes_ready, "reading…"
    hours, rest = divmod(int(uptime_seconds), 3600)
    latency = "—" if latency_seconds is None else f"{latency_seconds * 1000:.0f} ms"
    shard = "—" if shard_id is None else f"{shard_id + 1} of {shard_count or 1}"
    fields = [
        Field("Articles", f"{len(library):,}", inline=True),
        Field("Skipped files", f"{len(library.skipped):,}", inline=True),
        Field("People", f"{len(library.people.people):,}" if ready else reading, inline=True),
        Field("Statements", f"{len(library.quotes):,}" if ready else reading, inline=True),
        Field("Load time", f"{library.load_seconds * 1000:,.0f} ms", inline=True),
        Field("Uptime", f"{hours}h {rest // 60:02d}m", inline=True),
        Field("Gateway latency", latency, inline=True),
        Field("Shard", shard, inline=True),
        Field("Reconnects", clip(reconnects, 200), inline=True),
    ]
    fields += [Field(clip(safe(name), 100), safe(text)) for name, text in services[:HEALTH_FIELDS]]
    return Reply(pages=(make_embed(title="Bot statistics", fields=fields),))
