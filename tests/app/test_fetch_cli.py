"""`python -m bot fetch --json` in-process, against a local server in a thread."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from tests.support.webserver import threaded_server


def run_fetch(
    urls: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> list[dict]:
    code = main(["fetch", "--json", *urls])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == (1 if any("error" in r for r in records) else 0)  # 1: a URL gave nothing
    return records


def test_fetch_prints_the_inspect_format_and_saves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no developer .env; and nothing may appear here
    with threaded_server() as host:
        monkeypatch.setenv("FETCH_ALLOW_HOSTS", host)
        urls = [f"http://{host}/story.html", f"http://{host}/missing", f"http://{host}/photo.jpg"]
        story, missing, photo = run_fetch(urls, monkeypatch, capsys)
    assert story["url"] == urls[0] and story["source"] == "Coastal Herald"
    assert story["title"] == "Harbour council approves new ferry route"
    assert story["byline"] == "Maria Lindqvist"
    assert story["published"].startswith("2026-03-14")
    assert len(story["paragraphs"]) == 5 and len(story["summary"]) == 3
    for key in ("path", "subtitle", "dateline", "sentences", "people", "quotes"):
        assert key in story
    speakers = {q["speaker"] for q in story["quotes"]}
    assert "Ingrid Berg" in speakers  # the engine runs on the extracted article
    assert missing == {"url": urls[1], "error": "HTTP 404 Not Found"}
    assert photo == {"url": urls[2], "error": "not an HTML page (image/jpeg)"}
    assert list(tmp_path.iterdir()) == []


def test_fetch_refuses_private_hosts_without_the_allow_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FETCH_ALLOW_HOSTS", raising=False)
    with threaded_server() as host:
        (record,) = run_fetch([f"http://{host}/story.html"], monkeypatch, capsys)
    assert record["error"].startswith("refused: 127.0.0.1 is a loopback address")
    (record,) = run_fetch(["file:///etc/passwd"], monkeypatch, capsys)
    assert record == {
        "url": "file:///etc/passwd",
        "error": "only http and https links can be fetched (not file)",
    }
