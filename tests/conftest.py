"""Shared fixtures: articles written here (never ../shared), settings, a SimCord bot."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from bot.app import ArticleBot
from bot.library import Library
from config.settings import PROJECT_ROOT, Settings

SEEDS = PROJECT_ROOT / "seeds"
SEED_FILE = next(SEEDS.glob("*.txt"))
_STATE_DIRS = tempfile.TemporaryDirectory(prefix="bot-state-")  # removed at exit


@pytest.fixture(scope="session")
def seed_library() -> Library:
    return Library.load(SEEDS)


def make_settings(**overrides: Any) -> Settings:
    """Settings that ignore the developer's .env and environment."""
    # Any: pydantic validates each value; `_env_file` is BaseSettings' own argument,
    # which mypy's view of the fields does not include
    values: dict[str, Any] = {
        "_env_file": None,
        "command_cooldown": 0,
        "shard_count": 1,
        "watch_articles": False,
        "data_dir": Path(tempfile.mkdtemp(dir=_STATE_DIRS.name)),  # never the project's data/
        **overrides,
    }
    return Settings(**values)


@pytest.fixture
def settings() -> Settings:
    return make_settings()


@pytest.fixture
def simcord_bot(seed_library: Library, request: pytest.FixtureRequest) -> ArticleBot:
    """The real bot on the seed library; `@pytest.mark.bot_settings(...)` overrides."""
    marker = request.node.get_closest_marker("bot_settings")
    overrides = marker.kwargs if marker else {}
    library = overrides.pop("library", seed_library)
    return ArticleBot(make_settings(**overrides), library=library)


@pytest.fixture
def room(simcord_env) -> tuple:
    """A guild channel with two members, alice and bob: (channel, alice, bob)."""
    guild = simcord_env.create_guild()
    channel = guild.create_text_channel("news")
    alice = guild.add_member(simcord_env.create_user("alice"))
    bob = guild.add_member(simcord_env.create_user("bob"))
    return channel, alice, bob


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
