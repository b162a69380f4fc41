"""Shared fixtures: articles written here (never ../shared), settings, a SimCord bot.

Plain helpers (paths, `make_settings`, `write`) are in tests/support/helpers.py; import
them from there, never from this file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import ArticleBot
from bot.library import Library
from config.settings import Settings
from tests.support.helpers import SEED_FILE, SEEDS, make_settings


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The folder of default articles the bot ships with (seeds/)."""
    return SEEDS


@pytest.fixture(scope="session")
def seed_file() -> Path:
    """One seed article, the same every run."""
    return SEED_FILE


@pytest.fixture(scope="session")
def seed_library(seed_dir: Path) -> Library:
    return Library.load(seed_dir)


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
