"""Loading a folder: good files load, bad ones are skipped with reasons; lookups."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from bot.articles import loader
from bot.articles.analysis import analyse
from bot.articles.loader import CHUNK, analyse_articles
from bot.articles.model import Article, SpanQuote
from bot.articles.quotes import attribute_article
from bot.library import Library
from tests.support.helpers import SEEDS, write

GOOD = "Harbour reopens after storm\n\nThe harbour reopened on Monday. Ships queued.\n"


def test_seed_library_loads(seed_library):
    assert len(seed_library) == 1
    assert seed_library.skipped == ()
    assert seed_library.latest().title.startswith("Russia, US voice hope")
    assert "1 article loaded, 0 skipped" in seed_library.summary_line()


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
    """The engine, failing on one article as a bug would, and telling which process ran
    it (module level, so that worker processes can import it by name)."""
    if article.paragraphs and "explodes" in article.text:
        raise ValueError("an engine bug")
    return (os.getpid(), *attribute_article(article))


def _pier_folder(folder: Path, count: int) -> list[Article]:
    for n in range(count):
        body = f"“We will rebuild pier {n},” said Ann Porter, the harbour master."
        write(folder, f"pier{n:03}.txt", f"Pier {n} to be rebuilt\n\n{body}\n")
    write(folder, "bug.txt", "Engine bug\n\n“This one explodes,” said Tom Reed.\n")
    return list(Library.load(folder, quotes=False).articles)


def _without_pids(analyses: dict) -> dict:
    return {key: (people, quotes) for key, (_pid, people, quotes) in analyses.items()}


def test_worker_processes_analyse_exactly_what_this_process_would(tmp_path, caplog):
    articles = _pier_folder(tmp_path, 2 * CHUNK + 5)  # three chunks, results kept in order
    here = analyse_articles(articles, _analyse_or_fail, parallel_from=len(articles) + 1)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        workers = analyse_articles(articles, _analyse_or_fail, parallel_from=1)
    if (os.cpu_count() or 1) >= 2:  # one core: no workers, everything runs here
        worker_pids = {pid for key, (pid, _, _) in workers.items() if key != "bug.txt"}
        assert os.getpid() not in worker_pids
    assert _without_pids(workers) == _without_pids(here)
    # the worker's failure is logged, and the article is analysed again here: listed
    # without quotes, and the load goes on
    assert "a worker failed on bug.txt (ValueError: an engine bug)" in caplog.text
    assert "analysing bug.txt failed" in caplog.text
    assert workers["bug.txt"][0] == os.getpid()
    assert workers["bug.txt"][1:] == ([], [])
    _, people, quotes = workers["pier077.txt"]
    assert [p.name for p in people] == ["Ann Porter"]
    assert [(q.speaker, q.text) for q in quotes] == [("Ann Porter", "We will rebuild pier 77")]


def _texts_shared(articles: list[Article], analyses: dict) -> bool:
    """Every statement's text is a span of its own article's text, in this process."""
    by_key = {a.key: a for a in articles}
    quotes = [(by_key[key], q) for key, analysis in analyses.items() for q in analysis.quotes]
    return bool(quotes) and all(
        isinstance(q, SpanQuote) and q._body is a.paragraphs and q.text == a.text[q.start : q.end]
        for a, q in quotes
    )


def test_statements_from_worker_processes_refer_to_this_process_articles(tmp_path):
    """Not to a copy of each article's text that came back with its analysis."""
    articles = _pier_folder(tmp_path, CHUNK + 3)
    assert _texts_shared(articles, analyse_articles(articles, analyse, parallel_from=1))
    assert _texts_shared(articles, analyse_articles(articles, analyse, parallel_from=10_000))


class _PoolThatBreaks:
    """A process pool whose workers die after the first result, as a killed worker or a
    fork server that cannot start would make it."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def __enter__(self) -> _PoolThatBreaks:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, fn: Callable, jobs: list, chunksize: int) -> Iterator:
        yield fn(jobs[0])
        raise BrokenProcessPool("a worker was killed")


def test_a_broken_worker_pool_finishes_the_load_in_this_process(tmp_path, caplog, monkeypatch):
    articles = _pier_folder(tmp_path, 2 * CHUNK)
    here = analyse_articles(articles, attribute_article, parallel_from=len(articles) + 1)
    monkeypatch.setattr(loader, "ProcessPoolExecutor", _PoolThatBreaks)
    monkeypatch.setattr(loader.os, "cpu_count", lambda: 2)
    with caplog.at_level(logging.WARNING):
        analyses = analyse_articles(articles, attribute_article, parallel_from=1)
    assert analyses == here
    assert "worker processes failed (a worker was killed); going on in this process" in (
        caplog.text
    )


def test_load_folder_keeps_an_article_whose_analysis_fails(tmp_path, caplog):
    """The one failure policy, in a single pass too: kept, without quotes, reason logged."""
    _pier_folder(tmp_path, 3)
    with caplog.at_level(logging.WARNING):
        result = loader.load_folder(tmp_path, analyse=_analyse_or_fail)
    assert sorted(a.key for a in result.articles) == [
        "bug.txt",
        "pier000.txt",
        "pier001.txt",
        "pier002.txt",
    ]
    assert result.skipped == ()
    assert result.analyses["bug.txt"][1:] == ([], [])
    assert "analysing bug.txt failed (ValueError: an engine bug)" in caplog.text
    assert result.analyses["pier001.txt"][2]  # the others keep their quotes


def _explode_on_cue(article: Article) -> tuple:
    if article.paragraphs and "explodes" in article.text:
        raise ValueError("an engine bug")
    return attribute_article(article)


def test_the_bot_ask_and_inspect_agree_on_the_article_set(tmp_path, monkeypatch):
    import io
    import json

    from bot import console, inspect_cli
    from bot.articles import analysis
    from bot.live import LiveLibrary
    from tests.support.helpers import make_settings

    folder = tmp_path / "articles"
    _pier_folder(folder, 2)
    write(folder, "binary.txt", b"\x00\x01PNG" * 20)
    write(folder, "empty.md", "")
    monkeypatch.setattr(analysis, "attribute_article", _explode_on_cue)
    monkeypatch.setattr(inspect_cli, "attribute_article", _explode_on_cue)
    settings = make_settings(articles_dir=folder, data_dir=tmp_path / "state")

    asked = console.load_library(settings)  # what `ask` and the console answer from

    async def bot_library() -> Library:
        live = LiveLibrary(settings)
        await live.start()
        await live.complete()
        live.wait_saved()
        return live.current

    import asyncio

    served = asyncio.run(bot_library())  # the bot's staged start, now from the cache
    out = io.StringIO()
    paths = sorted(str(p) for p in folder.iterdir())
    failures = inspect_cli.inspect_paths(paths, out=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    inspected = {Path(r["path"]).name for r in records if "error" not in r}

    expected = {"bug.txt", "pier000.txt", "pier001.txt"}
    assert {a.key for a in asked.articles} == expected
    assert {a.key for a in served.articles} == expected
    assert inspected == expected and failures == 2
    assert {s.path for s in asked.skipped} == {s.path for s in served.skipped}
    assert served.quotes_ready and len(served.quotes) == len(asked.quotes) == 2
    bug = next(r for r in records if r["path"].endswith("bug.txt"))
    assert bug["quotes"] == [] and bug["title"] == "Engine bug"


def test_a_loaded_snapshot_is_left_out_of_later_collections_yet_freed_when_replaced(tmp_path):
    import gc
    import weakref

    write(tmp_path, "a.txt", "Harbour wall to be rebuilt\n\nThe council voted on Monday.\n")
    gc.unfreeze()
    library = Library.load(tmp_path)
    assert gc.get_freeze_count() > 0  # no full collection walks the snapshot again
    gone = weakref.ref(library)
    del library  # a reload replaces it: reference counting still frees it all
    assert gone() is None
    gc.unfreeze()
