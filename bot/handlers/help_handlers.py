"""/help: what the bot can do, from the registry itself."""

from __future__ import annotations

from bot.embeds import make_embed
from bot.handlers.registry import REGISTRY, command
from bot.library import Library
from bot.replies import Reply

# The mark of what only the bot on a Discord server does (not the offline console)
DISCORD_ONLY = "*(on Discord only)*"


@command("help", "What this bot can do, and how to ask")
def help_command(library: Library) -> Reply:
    lines = []
    for spec in sorted(REGISTRY.values(), key=lambda s: s.name):
        options = " ".join(f"`{o.name}`" if o.required else f"[`{o.name}`]" for o in spec.options)
        lines.append(f"**/{spec.name}** {options} — {spec.description}".replace("  ", " "))
    lines.append(f"**/summary** `url` — read a news link and summarise it {DISCORD_ONLY}")
    lines.append(
        "**/feed** `add` | `remove` | `list` | `resume` — follow a news feed in a channel "
        f"(Manage Server) {DISCORD_ONLY}"
    )
    lines.append("**/stats** — articles, people, load time, uptime; **/reload** — for owners")
    lines.append(
        "\nYou can also mention me with a question, for example "
        "“@bot who said critical moment?”, or right-click a message → Apps → "
        "**Who said this?** or **Summarize article**"
    )
    return Reply(
        pages=(
            make_embed(
                title="What I can do",
                description="\n".join(lines),
                footer=library.summary_line(),
            ),
        )
    )
