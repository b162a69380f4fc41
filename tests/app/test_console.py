"""The offline console: operator commands, reloads, and following the folder."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest

from bot.console import ConsoleSession, run_console
from config.settings import load_settings
from tests.support.helpers import make_settings, write

STORY = (
    "Title: Harbour plan approved\n\n"
    "The council approved the harbour plan on Monday.\n\n"
    '"This is a good day for the town," said Mayor Ana Ruiz.\n'
)


def test_stats_and_reload_answer_in_the_console(tmp_path: Path) -> None:
    write(tmp_path, "harbour.txt", STORY)
    session = ConsoleSession(make_settings(articles_dir=tmp_path))
    stats = session.answer("/stats").first
    assert stats is not None and stats.title == "Bot statistics"
    assert {f.name: f.value for f in stats.fields}["Articles"] == "1"
    write(tmp_path, "second.txt", STORY.replace("harbour plan", "bridge plan"))
    reloaded = session.answer("/reload").first
    assert reloaded is not None and reloaded.description is not None
    assert reloaded.description.startswith("2 articles (1 added")


def test_the_console_follows_new_files(tmp_path: Path) -> None:
    write(tmp_path, "harbour.txt", STORY)
    session = ConsoleSession(make_settings(articles_dir=tmp_path, watch_articles=True))
    session.follow_changes()
    try:
        bridge = STORY.replace("harbour plan", "bridge plan")
        deadline = time.monotonic() + 10
        written = -1.0
        while len(session.library) < 2 and time.monotonic() < deadline:
            if time.monotonic() - written > 1:  # again, if the watcher was not running yet
                write(tmp_path, "bridge.txt", bridge)
                written = time.monotonic()
            session.answer("/articles")
            time.sleep(0.05)
        assert len(session.library) == 2
    finally:
        session.close()


def test_run_console_prints_the_load_line_once(tmp_path: Path, capsys) -> None:
    write(tmp_path, "harbour.txt", STORY)
    settings = make_settings(articles_dir=tmp_path)
    assert run_console(settings, stdin=io.StringIO("/articles\n/quit\n")) == 0
    out = capsys.readouterr().out
    assert out.count("1 article loaded") == 1
    assert "Harbour plan approved" in out


def test_a_missing_articles_folder_stops_with_its_name(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(SystemExit, match=f"ARTICLES_DIR: {re.escape(str(missing))} does not"):
        load_settings(_env_file=None, articles_dir=missing)
    a_file = write(tmp_path, "file.txt", STORY)
    with pytest.raises(SystemExit, match="is not a folder"):
        load_settings(_env_file=None, articles_dir=a_file)


def test_no_voice_warnings_at_start(caplog: pytest.LogCaptureFixture) -> None:
    from bot.app import ArticleBot
    from bot.library import Library

    with caplog.at_level("INFO"):
        ArticleBot(make_settings(), library=Library(()))
    assert not [r for r in caplog.records if "voice" in r.getMessage()]


def test_the_console_shows_a_long_reply_a_page_at_a_time(tmp_path: Path, capsys) -> None:
    for n in range(12):
        write(tmp_path, f"h{n:02d}.txt", STORY.replace("harbour plan", f"harbour plan {n}"))
    settings = make_settings(articles_dir=tmp_path)
    assert run_console(settings, stdin=io.StringIO("/articles\n/quit\n")) == 0
    first = capsys.readouterr().out
    assert "**1.**" in first and "**11.**" not in first  # one page, as Discord shows it
    assert "(page 1 of 2: type `more` for the next)" in first
    assert run_console(settings, stdin=io.StringIO("/articles\nmore\nmore\n")) == 0
    out = capsys.readouterr().out
    assert "**11.**" in out and out.count("**1.**") == 1
    assert "(nothing more to show)" in out


def test_discord_only_commands_are_marked_in_help_and_answered_in_the_console(
    tmp_path: Path,
) -> None:
    write(tmp_path, "harbour.txt", STORY)
    session = ConsoleSession(make_settings(articles_dir=tmp_path))
    helped = session.answer("/help").first
    assert helped is not None and helped.description is not None
    feed_line = next(x for x in helped.description.splitlines() if x.startswith("**/feed**"))
    assert "on Discord only" in feed_line
    for line in ("/feed list", "/summary url:https://example.com/news/1", "/feed add"):
        reply = session.answer(line).first
        assert reply is not None and reply.title == "Only on Discord", line
    summary = session.answer("/summary").first
    assert summary is not None and summary.title != "Only on Discord"
