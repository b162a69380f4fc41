"""console, ask and inspect through a real subprocess, as users and scorers run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from config.settings import PROJECT_ROOT
from tests.support.helpers import SEED_FILE, write


def tmp_cwd() -> str:
    import tempfile

    return tempfile.gettempdir()


def start(*args: str, **env: str) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "ARTICLES_DIR"}}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_cwd(),  # not the project: a developer's .env must not change the results
        # this checkout's code, not whatever copy is installed
        env={**clean, "PYTHONPATH": str(PROJECT_ROOT), **env},
    )


def finish(proc: subprocess.Popen[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    try:
        stdout, stderr = proc.communicate(stdin, timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def run(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return finish(start(*args, **env), stdin)


def test_ask_json_answers_each_line():
    proc = run("ask", "--json", stdin="/articles\n\n/article title:rusia diplomcy\n/nope\n")
    assert proc.returncode == 1  # /nope could not run: said on stderr, answered on stdout
    assert "'/nope'" in proc.stderr and "no `/nope` command" in proc.stderr
    replies = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["command"] for r in replies] == [
        "/articles",
        "/article title:rusia diplomcy",
        "/nope",
    ]
    assert set(replies[0]) == {"command", "content", "embeds", "ephemeral", "error"}
    assert replies[1]["embeds"][0]["title"].startswith("Russia, US voice hope")
    assert replies[2]["error"] == "bad_command" and replies[2]["ephemeral"]


def test_ask_text_uses_articles_dir(tmp_path):
    write(tmp_path, "a.txt", "Harbour reopens after storm\n\nThe harbour reopened.\n")
    proc = run("ask", "/article", "harbour", ARTICLES_DIR=str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "== Harbour reopens after storm ==" in proc.stdout
    assert "The harbour reopened." in proc.stdout


def test_console_reads_commands_until_eof():
    proc = run("console", stdin="/help\n/article russia\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("1 article loaded") and "loaded" not in proc.stderr
    assert "/article" in proc.stdout
    assert "== Russia, US voice hope for diplomacy over Ukraine ==" in proc.stdout


def test_inspect_json_fields_and_errors(tmp_path):
    bad = write(tmp_path, "empty.txt", "")
    proc = run("inspect", "--json", "--summary-sentences", "2", str(SEED_FILE), str(bad))
    assert proc.returncode == 1 and f"{bad}: empty file" in proc.stderr
    seed, broken = (json.loads(line) for line in proc.stdout.splitlines())
    assert list(seed) == [
        "path",
        "title",
        "subtitle",
        "byline",
        "dateline",
        "published",
        "paragraphs",
        "sentences",
        "people",
        "quotes",
        "summary",
    ]
    assert seed["dateline"] == "GENEVA" and len(seed["paragraphs"]) == 15
    assert len(seed["summary"]) == 2 and all(s in seed["sentences"] for s in seed["summary"])
    assert broken == {"path": str(bad), "error": "empty file"}


def test_inspect_reads_the_size_limit_from_the_settings():
    # both at once: two independent programs
    limited = start("inspect", "--json", str(SEED_FILE), MAX_ARTICLE_BYTES="500")
    other = start("inspect", "--json", str(SEED_FILE), COMMAND_COOLDOWN="soon")
    proc, other_proc = finish(limited), finish(other)  # both done before any assertion
    assert proc.returncode == 1 and "too large" in proc.stderr
    record = json.loads(proc.stdout)
    assert record["path"] == str(SEED_FILE) and "too large" in record["error"]
    # another setting's problem does not stop inspect: the default limit applies
    proc = other_proc
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"].startswith("Russia, US voice hope")
    assert "COMMAND_COOLDOWN" in proc.stderr


def test_run_without_token_and_no_terminal_exits_2():
    proc = run(DISCORD_TOKEN="")
    assert proc.returncode == 2
    assert "DISCORD_TOKEN" in proc.stderr


def test_invalid_setting_names_the_variable():
    proc = run("ask", "/articles", COMMAND_COOLDOWN="soon")
    assert proc.returncode != 0
    assert "COMMAND_COOLDOWN" in proc.stderr


def test_token_is_never_echoed(monkeypatch, caplog, capsys):
    import logging

    import discord

    from bot.runner import run_bot
    from tests.support.helpers import make_settings

    secret = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-value-not-to-print"

    async def refuse(self, token):
        assert token == secret  # the real token reaches discord.py, and only it
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(discord.Client, "login", refuse)
    with caplog.at_level(logging.DEBUG):
        status = run_bot(make_settings(discord_token=secret, log_level="DEBUG"))
    printed = capsys.readouterr()
    assert status == 1
    assert "rejected the token in DISCORD_TOKEN" in caplog.text
    assert secret not in caplog.text + printed.out + printed.err
    assert "secret-value" not in repr(make_settings(discord_token=secret))
