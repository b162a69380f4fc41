"""`python -m bot check`: exit 0 on a good setup, 1 with a clear line on a bad one; the
databases under DATA_DIR opened read-only and checked, damaged caches only warned of."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.check import run_check
from config.settings import PROJECT_ROOT
from tests.support.helpers import write

STORY = "Harbour reopens after storm\n\nThe harbour reopened on Monday, officials said.\n"


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A good installation in tmp_path: articles/, data/, a token; no .env around."""
    for name in ("ARTICLES_DIR", "DATA_DIR", "DISCORD_TOKEN", "MAX_ARTICLE_BYTES", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "articles", "harbour.md", STORY)
    (tmp_path / "data").mkdir()
    monkeypatch.setenv("ARTICLES_DIR", str(tmp_path / "articles"))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DISCORD_TOKEN", "standin.token.value")
    return tmp_path


def check(**kwargs: bool) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check(out=out, **kwargs)
    return code, out.getvalue().splitlines()


def make_database(path: Path, version: int, rows: int = 10) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE feeds (id INTEGER PRIMARY KEY, url TEXT UNIQUE, title TEXT)")
    db.executemany(
        "INSERT INTO feeds (url, title) VALUES (?, ?)",
        [(f"https://news.example/{i}", f"Harbour desk {i} " * 20) for i in range(rows)],
    )
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()


def test_a_good_setup_passes(setup: Path) -> None:
    make_database(setup / "data" / "state.sqlite3", version=1)
    code, lines = check()
    assert code == 0, lines
    assert lines[0].startswith("ok    settings: valid; token set")
    assert f"ok    articles: {setup / 'articles'}: 1 article file(s)" in lines
    assert f"ok    data: {setup / 'data'} is writable" in lines
    assert any(
        line.startswith(
            "ok    database: state.sqlite3 (feed state): integrity ok, schema version 1"
        )
        for line in lines
    ), lines
    assert lines[-1] == "check passed"
    assert [p.name for p in (setup / "data").iterdir()] == ["state.sqlite3"]  # no probe left


def test_a_missing_token_fails_unless_offline(setup: Path, monkeypatch) -> None:
    monkeypatch.delenv("DISCORD_TOKEN")
    code, lines = check()
    assert code == 1
    assert "DISCORD_TOKEN is not set" in lines[0]
    assert check(offline=True)[0] == 0


def test_invalid_settings_are_named(setup: Path, monkeypatch) -> None:
    monkeypatch.setenv("COMMAND_COOLDOWN", "soon")
    code, lines = check()
    assert code == 1
    assert lines[0].startswith("fail  settings: invalid settings: COMMAND_COOLDOWN")


def test_a_data_dir_that_is_a_file_fails(setup: Path, monkeypatch) -> None:
    write(setup, "not-a-folder", "x")
    monkeypatch.setenv("DATA_DIR", str(setup / "not-a-folder"))
    code, lines = check()
    assert code == 1
    assert f"fail  data: DATA_DIR {setup / 'not-a-folder'} is not a folder" in lines


def test_a_data_dir_still_to_create_is_fine_and_not_created(setup: Path, monkeypatch) -> None:
    monkeypatch.setenv("DATA_DIR", str(setup / "state" / "bot"))
    code, lines = check()
    assert code == 0, lines
    assert any("does not exist yet; it will be created" in line for line in lines)
    assert not (setup / "state").exists()


def test_a_damaged_state_database_fails_a_damaged_cache_only_warns(setup: Path) -> None:
    (setup / "data" / "analysis-cache.sqlite3").write_bytes(b"torn " * 200)
    code, lines = check()
    assert code == 0, lines
    assert any(line.startswith("warn  database: analysis-cache.sqlite3") for line in lines)

    (setup / "data" / "state.sqlite3").write_bytes(b"torn " * 200)
    code, lines = check()
    assert code == 1
    assert any(line.startswith("fail  database: state.sqlite3 (feed state):") for line in lines)


def test_a_corrupted_page_is_found_by_the_integrity_check(setup: Path) -> None:
    path = setup / "data" / "feeds-backup.db"
    make_database(path, version=2, rows=400)
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : 2 * page + 8] = b"\xff" * 8  # scribble over a table page's header
    path.write_bytes(bytes(data))
    code, lines = check()
    assert code == 1
    failed = [line for line in lines if line.startswith("fail  database: feeds-backup.db")]
    assert failed, lines
    assert "integrity check failed" in failed[0] or "unreadable" in failed[0]


def test_a_database_opened_by_the_check_is_not_changed(setup: Path) -> None:
    path = setup / "data" / "state.sqlite3"
    make_database(path, version=1)
    before = path.read_bytes(), path.stat().st_mtime_ns
    assert check()[0] == 0
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_leftover_temporary_files_are_a_warning(setup: Path) -> None:
    write(setup / "articles", ".harbour.md.k3j2x9.tmp", "Harbour reop")
    code, lines = check()
    assert code == 0
    assert any(
        line.startswith("warn  articles: 1 temporary file(s) left by interrupted writes")
        for line in lines
    ), lines
    assert lines[-1] == "check passed (1 warning(s))"


def test_an_empty_articles_folder_is_a_warning(setup: Path, monkeypatch) -> None:
    (setup / "empty").mkdir()
    monkeypatch.setenv("ARTICLES_DIR", str(setup / "empty"))
    code, lines = check()
    assert code == 0
    assert f"warn  articles: {setup / 'empty'} has no .txt or .md files yet" in lines


def start_cli(tmp: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISCORD_TOKEN", "ARTICLES_DIR", "DATA_DIR", "MAX_ARTICLE_BYTES"}
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "check", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp,
        env={**clean, "PYTHONPATH": str(PROJECT_ROOT), **env},
    )


def finish(proc: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    try:
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def test_the_command_exit_status(tmp_path: Path) -> None:
    write(tmp_path / "articles", "harbour.md", STORY)
    write(tmp_path, "data-file", "x")
    # both at once: two independent programs
    good_run = start_cli(
        tmp_path,
        ARTICLES_DIR=str(tmp_path / "articles"),
        DATA_DIR=str(tmp_path / "data"),
        DISCORD_TOKEN="standin.token.value",
    )
    bad_run = start_cli(tmp_path, "--offline", DATA_DIR=str(tmp_path / "data-file"))
    good, bad = finish(good_run), finish(bad_run)  # both done before any assertion
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.splitlines()[-1] == "check passed"

    assert bad.returncode == 1
    assert "is not a folder" in bad.stdout
    assert bad.stdout.splitlines()[-1].startswith("check failed: 1 problem(s)")


def test_the_bots_own_state_database_is_checked_against_its_schema(setup: Path) -> None:
    from bot.state import State
    from bot.state.db import SCHEMA_VERSION

    state = State.open(setup / "data")
    state.subscribe("https://harbour.example/rss", guild_id=1, channel_id=2)
    state.close()
    code, lines = check()
    assert code == 0, lines
    expected = (
        f"ok    database: state.sqlite3 (feed state): integrity ok, schema version {SCHEMA_VERSION}"
    )
    assert expected in lines

    db = sqlite3.connect(setup / "data" / "state.sqlite3")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    code, lines = check()
    assert code == 1
    assert any("is newer than this code's" in line for line in lines), lines
