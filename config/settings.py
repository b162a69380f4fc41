"""All configuration, read once from the environment and `.env`.

Nothing else in the project reads the environment: everything takes a Settings.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_core import PydanticUseDefault
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# A wheel carries the seeds inside the package (setup.py); a checkout has them at the top.
BUNDLED_SEEDS = PROJECT_ROOT / "bot" / "bundled_seeds"
DEFAULT_ARTICLES_DIR = BUNDLED_SEEDS if BUNDLED_SEEDS.is_dir() else PROJECT_ROOT / "seeds"

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class Settings(BaseSettings):
    """The bot's settings; each field is the upper-case environment variable of its name."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    discord_token: SecretStr | None = Field(default=None, description="Bot token")
    articles_dir: Path = Field(default=DEFAULT_ARTICLES_DIR, description="Articles folder")
    dev_guild_id: int | None = Field(default=None, description="Guild for instant sync")
    owner_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), description="Comma-separated user ids allowed to /reload"
    )
    log_level: LogLevel = "INFO"
    command_cooldown: float = Field(
        default=2.0, ge=0, le=86_400, allow_inf_nan=False, description="Seconds per user; 0 = off"
    )
    max_article_bytes: int = Field(default=1_000_000, gt=0)
    watch_articles: bool = Field(default=True, description="Reload when articles change")
    shard_count: int | None = Field(default=None, gt=0)
    shard_ids: Annotated[tuple[int, ...] | None, NoDecode] = None
    data_dir: Path = Field(
        default=Path("data"), description="State: feeds, seen entries, the analysis cache"
    )
    fetch_allow_hosts: Annotated[frozenset[str], NoDecode] = Field(
        default=frozenset(),
        description="Comma-separated host:port the fetcher may reach even when private "
        "(local use and tests)",
    )
    feed_poll_seconds: float = Field(
        default=900.0, ge=1, le=86_400 * 7, allow_inf_nan=False, description="Feed poll interval"
    )

    @field_validator("owner_ids", mode="before")
    @classmethod
    def _split_owner_ids(cls, value: object) -> object:
        return _split_ints(value)

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_shard_ids(cls, value: object) -> object:
        return _split_ints(value)

    @field_validator("fetch_allow_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(h.strip().lower() for h in value.split(",") if h.strip())
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _shards_fit(self) -> Settings:
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ValueError("SHARD_IDS needs SHARD_COUNT (the total number of shards)")
            outside = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
            if outside:
                raise ValueError(
                    f"SHARD_IDS {outside} are not below SHARD_COUNT {self.shard_count}"
                )
        return self

    @field_validator(
        "discord_token",
        "dev_guild_id",
        "shard_count",
        "articles_dir",
        "shard_ids",
        "data_dir",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """An empty variable means "not set" (the default), not an empty value."""
        if isinstance(value, str) and not value.strip():
            raise PydanticUseDefault()
        return value


def _split_ints(value: object) -> object:
    """Accept "1, 2 3" from the environment as well as real sequences."""
    if isinstance(value, str):
        parts = value.replace(",", " ").split()
        return [int(p) if p.lstrip("-").isdigit() else p for p in parts] if parts else []
    return value


class SettingsError(SystemExit):
    """Startup failure with a message that names the offending variables."""


def load_settings(**overrides: Any) -> Settings:
    """Build Settings or exit with a readable message naming each bad variable.

    `overrides` are Any: pydantic validates (and converts) each value, and `_env_file`
    is BaseSettings' own argument, which mypy's view of the fields does not include.
    """
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = str(error["loc"][0]).upper() if error["loc"] else "SHARD_IDS/SHARD_COUNT"
            message = error["msg"].removeprefix("Value error, ")  # pydantic's, not ours
            problems.append(f"{name}: {message}")
        raise SettingsError("invalid settings: " + "; ".join(problems)) from None
    problem = articles_dir_problem(settings.articles_dir)
    if problem:
        raise SettingsError(f"invalid settings: ARTICLES_DIR: {problem}")
    return settings


def articles_dir_problem(folder: Path) -> str | None:
    """Why the articles folder cannot be served, or None. Checked at start so that a
    typo in ARTICLES_DIR stops the bot with its name instead of serving nothing."""
    if not folder.exists():
        return f"{folder} does not exist (leave ARTICLES_DIR unset for the bundled articles)"
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.R_OK | os.X_OK):
        return f"{folder} cannot be read (check its permissions)"
    return None
