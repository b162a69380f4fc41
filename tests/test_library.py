"""Loading a folder: good files load, bad ones are skipped with reasons; lookups."""

from __future__ import annotations

import logging
import os

from bot.articles.loader import analyse_articles
from bot.articles.model import Article
from bot.articles.quotes import attribute_article
from bot.library import Library
from tests.conftest import SEEDS, write

GOOD = "Harbour reopens after storm\n\nThe harbour reopened on Monday. Ships queued.\n"


def test_seed_library_loads(seed_library):
    assert len(seed_library) == 1
    assert seed_library.skipped == ()
    assert seed_library.latest().title.startswith("Russia, US voice hope")
    assert "1 articles loaded, 0 skipped" in seed_library.summary_line()


def test_bad_files_are_skipped_with_reasons(tmp_path, caplog):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "nested/deeper/good.md", GOOD.replace("Harbour", "Airport"))
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "blank.md", "\n\n   \n")
    write(tmp_path, "binary.txt", b"\x00\x01\x02PNG\x00" * 50)
    write(tmp_path, "huge.txt", "Big\n\n" + "word " * 400)
    write(tmp_path, "notes.csv", "ignored,because,not,an,article")
    (tmp_path / "folder.txt").mkdir()
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    with caplog.at_level(logging.WARNING):
        library = Library.load(tmp_path, max_bytes=1000)
    assert sorted(a.key for a in library.articles) == ["good.txt", "nested/deeper/good.md"]
    reasons = {s.path: s.reason for s in library.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.md"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "too large" in reasons["huge.txt"]
    assert "not a regular file" in reasons["folder.txt"]
    assert "loop.txt" in reasons
    assert "notes.csv" not in reasons
    assert "skipped binary.txt" in caplog.text


def test_missing_folder_gives_an_empty_library(tmp_path):
    library = Library.load(tmp_path / "nope")
    assert len(library) == 0
    assert library.latest() is None
    assert "does not exist" in library.skipped[0].reason


def test_latest_prefers_published_then_file_time(tmp_path):
    old = write(tmp_path, "old.md", "---\npublished: 2020-01-01\n---\nOld news\n\nBody.\n")
    write(tmp_path, "new.md", "---\npublished: 2024-06-01\n---\nNew news\n\nBody.\n")
    undated = write(tmp_path, "undated.txt", "Undated news\n\nBody.\n")
    os.utime(undated, (1_600_000_000, 1_600_000_000))  # 2020-09
    os.utime(old, (1_800_000_000, 1_800_000_000))  # its mtime must not matter
    library = Library.load(tmp_path)
    assert [a.title for a in library.articles] == ["New news", "Undated news", "Old news"]


def test_find_article_by_key_title_and_typos(seed_library):
    seed = seed_library.latest()
    assert seed_library.find_article(seed.key) is seed
    assert seed_library.find_article("Russia, US voice hope for diplomacy over Ukraine") is seed
    assert seed_library.find_article("rusia diplomcy") is seed
    assert seed_library.find_article("ukrane") is seed
    assert seed_library.find_article("zebra migration in kenya") is None
    assert seed_library.find_article("   ") is None
    assert seed_library.find_article("x" * 6000) is None


def test_match_titles_ranks_and_limits(tmp_path):
    for n, title in enumerate(["Storm floods harbour", "Election results due", "Harbour reopens"]):
        write(tmp_path, f"{n}.txt", f"{title}\n\nBody text.\n")
    library = Library.load(tmp_path)
    top = library.match_titles("harbor", limit=2)
    assert len(top) == 2
    assert {m.article.title for m in top} == {"Storm floods harbour", "Harbour reopens"}
    assert len(library.match_titles("", limit=25)) == 3


def test_project_seeds_folder_is_the_default():
    from config.settings import Settings

    assert Settings(_env_file=None).articles_dir == SEEDS


def _analyse_or_fail(article: Article) -> tuple:
    """The engine, failing on one article as a bug would (module level, so that worker
    processes can import it by name)."""
    if article.paragraphs and "explodes" in article.text:
        raise ValueError("an engine bug")
    return attribute_article(article)


def test_worker_processes_analyse_exactly_what_this_process_would(tmp_path, caplog):
    for n in range(5):
        body = f"“We will rebuild the pier number {n},” said Ann Porter, the harbour master."
        write(tmp_path, f"pier{n}.txt", f"Pier {n} to be rebuilt\n\n{body}\n")
    write(tmp_path, "bug.txt", "Engine bug\n\n“This one explodes,” said Tom Reed.\n")
    articles = Library.load(tmp_path, quotes=False).articles
    here = analyse_articles(articles, _analyse_or_fail, parallel_from=len(articles) + 1)
    with caplog.at_level(logging.ERROR):
        workers = analyse_articles(articles, _analyse_or_fail, parallel_from=1)
    assert workers == here
    assert workers["bug.txt"] == ([], [])  # listed without quotes, the load goes on
    assert "analysing bug.txt failed" in caplog.text
    people, quotes = workers["pier3.txt"]
    assert [p.name for p in people] == ["Ann Porter"]
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ann Porter", "We will rebuild the pier number 3")
    ]
