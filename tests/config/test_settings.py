"""Settings: environment parsing, validation messages, secrecy."""

from __future__ import annotations

import pytest

from config.settings import SettingsError, load_settings


def test_lists_and_numbers_from_the_environment(monkeypatch):
    monkeypatch.setenv("OWNER_IDS", "1, 2 3")
    monkeypatch.setenv("SHARD_IDS", "0,1")
    monkeypatch.setenv("SHARD_COUNT", "4")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    monkeypatch.setenv("DEV_GUILD_ID", "")
    settings = load_settings(_env_file=None)
    assert settings.owner_ids == frozenset({1, 2, 3})
    assert settings.shard_ids == (0, 1)
    assert settings.shard_count == 4
    assert settings.log_level == "DEBUG"
    assert settings.dev_guild_id is None


def test_invalid_values_name_their_variables(monkeypatch):
    monkeypatch.setenv("OWNER_IDS", "me")
    monkeypatch.setenv("MAX_ARTICLE_BYTES", "0")
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert "OWNER_IDS" in message and "MAX_ARTICLE_BYTES" in message


def test_token_is_secret(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", "very-secret-token")
    settings = load_settings(_env_file=None)
    assert settings.discord_token.get_secret_value() == "very-secret-token"
    assert "very-secret-token" not in repr(settings) + str(settings)


def test_dotenv_is_read(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("COMMAND_COOLDOWN=7\n", encoding="utf-8")
    monkeypatch.delenv("COMMAND_COOLDOWN", raising=False)
    monkeypatch.chdir(tmp_path)
    assert load_settings().command_cooldown == 7


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"SHARD_IDS": "1"}, "SHARD_IDS"),
        ({"SHARD_IDS": "5", "SHARD_COUNT": "2"}, "SHARD_IDS"),
        ({"COMMAND_COOLDOWN": "inf"}, "COMMAND_COOLDOWN"),
        ({"COMMAND_COOLDOWN": "-1"}, "COMMAND_COOLDOWN"),
        ({"LOG_LEVEL": "chatty"}, "LOG_LEVEL"),
    ],
)
def test_inconsistent_values_are_refused(monkeypatch, variables, named):
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=named):
        load_settings(_env_file=None)


def test_empty_variables_mean_the_default(monkeypatch):
    from config.settings import DEFAULT_ARTICLES_DIR

    for name in ("ARTICLES_DIR", "DEV_GUILD_ID", "SHARD_COUNT", "SHARD_IDS", "DISCORD_TOKEN"):
        monkeypatch.setenv(name, "")
    settings = load_settings(_env_file=None)
    assert settings.articles_dir == DEFAULT_ARTICLES_DIR
    assert settings.dev_guild_id is None and settings.discord_token is None
