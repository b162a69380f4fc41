"""A corpus of over a hundred broken files beside good ones: every good file loads,
every bad one is reported with its reason, and the bot still starts on it."""

from __future__ import annotations

import logging
import os
import pathlib

import pytest
import simcord

from bot.app import ArticleBot
from bot.library import Library
from tests.support.helpers import make_settings, write

GOOD = "{n} harbour story\n\nThe harbour reopened on day {n}. Ships queued.\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    good, bad = [], {}
    for n in range(30):
        good.append(write(tmp_path, f"good/{n:03}.txt", GOOD.format(n=n)).name)
    for n in range(20):
        bad[f"empty/{n}.txt"] = "empty file"
        write(tmp_path, f"empty/{n}.txt", "" if n % 2 else " \n\t\n")
    for n in range(20):
        bad[f"binary/{n}.md"] = "binary"
        write(tmp_path, f"binary/{n}.md", bytes(range(256)) * (n % 10 + 1))
    for n in range(10):
        bad[f"huge/{n}.txt"] = "too large"
        write(tmp_path, f"huge/{n}.txt", "Huge\n\n" + "word " * 3000)
    for n in range(20):
        bad[f"frontmatter/{n}.md"] = "front matter"
        broken = (
            "---\ntitle: never closed\n\nBody.\n" if n % 2 else "---\njust words\n---\nT\n\nB.\n"
        )
        write(tmp_path, f"frontmatter/{n}.md", broken)
    for n in range(10):
        bad[f"dirs/{n}.txt"] = "not a regular file"
        (tmp_path / "dirs" / f"{n}.txt").mkdir(parents=True)
    for n in range(10):
        bad[f"loops/{n}.txt"] = "cannot read"
        (tmp_path / "loops").mkdir(exist_ok=True)
        os.symlink(tmp_path / "loops" / f"{n}.txt", tmp_path / "loops" / f"{n}.txt")
    for n in range(10):
        bad[f"locked/{n}.txt"] = "cannot read (Permission denied)"
        path = write(tmp_path, f"locked/{n}.txt", GOOD.format(n=n))
        path.chmod(0)
    truncated = []
    for n in range(10):
        data = GOOD.format(n=n).replace("harbour", "café").encode("utf-8")
        name = f"truncated/{n}.txt"
        write(tmp_path, name, data + "é".encode()[:1])  # cut inside a character
        truncated.append(name)

    real_read_bytes = pathlib.Path.read_bytes

    def read_bytes(self: pathlib.Path) -> bytes:
        # Tests run as root in CI, where chmod 0 does not stop reads; act as the OS would.
        if self.parent.name == "locked":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    return tmp_path, good, bad, truncated


def test_good_files_load_and_bad_ones_are_reported(corpus, caplog):
    folder, good, bad, truncated = corpus
    assert len(bad) >= 100
    with caplog.at_level(logging.WARNING):
        library = Library.load(folder, max_bytes=5000)
    loaded = {a.key for a in library.articles}
    assert {f"good/{name}" for name in good} <= loaded
    assert set(truncated) <= loaded  # decoded with a fallback, and said so
    for name in truncated:
        assert any("not UTF-8" in w for w in library.get(name).warnings)
        assert f"{name}: not UTF-8" in caplog.text
    reasons = {s.path: s.reason for s in library.skipped}
    assert set(reasons) == set(bad)
    for name, expected in bad.items():
        assert expected in reasons[name], (name, reasons[name])
        assert f"skipped {name}" in caplog.text


async def test_the_bot_starts_on_a_broken_folder(corpus):
    folder, good, _, _ = corpus
    state = folder.parent / "state"  # the analysis cache, not the project's data/
    bot = ArticleBot(make_settings(articles_dir=folder, data_dir=state, max_article_bytes=5000))
    async with simcord.run(bot) as env:
        assert len(bot.library) == len(good) + 10
        channel = env.create_guild().create_text_channel("news")
        alice = env.guild.add_member(env.create_user("alice"))
        result = await alice.slash(channel, "articles")
        assert result.response.embeds[0].title == f"Articles ({len(good) + 10})"
