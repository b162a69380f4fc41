"""Render real replies of the bot to PNG for the README.

The bot runs on the seed articles inside SimCord; each reply is shown in SimCord's
offline preview and photographed by the system's headless Chromium (no browser
download). Needs `pip install -e '.[docs]'` and a `chromium` on PATH.

    python docs/render_replies.py [--out docs/images]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
from pathlib import Path

import simcord

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import ArticleBot  # noqa: E402
from bot.library import Library  # noqa: E402
from config.settings import Settings  # noqa: E402

SIDEBAR_WIDTH, TOOLBAR_HEIGHT = 256, 76
SHOTS = [
    ("whosaid", "whosaid", {"quote": "critcal moment"}),
    ("summary", "summary", {"length": "key points"}),
    ("search", "search", {"query": "troopps bordr"}),
    ("ask", "ask", {"question": "how many troops does Russia have near the border?"}),
    ("quotes", "quotes", {"speaker": "lavrov"}),
    ("article", "article", {"title": "rusia diplomcy"}),
]


async def screenshot(url: str, path: Path, width: int, height: int) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium not found: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        proc = await asyncio.create_subprocess_exec(
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "--virtual-time-budget=4000",
            f"--screenshot={path}",
            url,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        await proc.wait()


def crop_to_message(path: Path) -> None:
    """Keep the message pane: drop the preview's own toolbar and sidebar."""
    from PIL import Image

    with Image.open(path) as image:
        image.crop((SIDEBAR_WIDTH, TOOLBAR_HEIGHT, image.width, image.height)).save(path)


async def render(out: Path, width: int, height: int) -> None:
    settings = Settings(_env_file=None, command_cooldown=0, shard_count=1, watch_articles=False)
    bot = ArticleBot(settings, library=Library.load(ROOT / "seeds"))
    async with simcord.run(bot) as env:
        guild = env.create_guild(name="Newsroom")
        channel = guild.create_text_channel("world-news")
        reader = guild.add_member(env.create_user("reader"))
        for name, command, options in SHOTS:
            result = await reader.slash(channel, command, **options)
            async with env.preview(
                channel, viewers=[reader], display="fixed", width=width, height=height
            ) as preview:
                await preview.show(result)
                await screenshot(preview.url, out / f"{name}.png", width, height)
            crop_to_message(out / f"{name}.png")
            print(f"wrote {out / f'{name}.png'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=720)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    asyncio.run(render(args.out, args.width, args.height))


if __name__ == "__main__":
    main()
