"""The analysis cache: hits, misses, what invalidates a row, and faults (a corrupt or
foreign file, a writer killed mid-write, two processes writing at once)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from bot.articles import loader
from bot.articles.analysis import Analysis, analyse
from bot.articles.cache import CACHE_FILE, AnalysisCache, engine_version
from bot.articles.loader import load_folder
from bot.articles.model import SHARED_FROM, SHARED_INTS, Article, SpanQuote
from bot.library import Library
from tests.support.helpers import write

STORY = (
    "{title}\n\n"
    "The {place} council voted on Monday to rebuild the old sea wall before winter.\n\n"
    "“We cannot wait for another storm,” said council leader Maria Okafor.\n\n"
    "Work is expected to start in {month}, officials said.\n"
)
PLACES = ["harbour", "airport", "market", "station", "library", "museum", "bridge", "school"]

CALLS: list[str] = []


def counting_analyse(article: Article) -> Analysis:
    """The engine's analysis, counted, to see which articles a load really analysed."""
    CALLS.append(article.key)
    return analyse(article)


def story(folder: Path, name: str, place: str = "harbour", month: str = "March") -> Path:
    title = f"{place.title()} wall to be rebuilt"
    return write(folder, name, STORY.format(title=title, place=place, month=month))


def library_folder(folder: Path, count: int = 4) -> Path:
    for number in range(count):
        story(folder, f"news/{number:02d}.txt", PLACES[number % len(PLACES)])
    return folder


def load(folder: Path, cache: AnalysisCache) -> loader.LoadResult:
    CALLS.clear()
    result = load_folder(folder, analyse=counting_analyse, cache=cache)
    cache.store(result.unsaved)
    return result


@pytest.fixture
def cache(tmp_path: Path) -> AnalysisCache:
    return AnalysisCache.in_folder(tmp_path / "state")


def test_a_second_load_reads_every_article_from_the_cache(tmp_path, cache):
    folder = library_folder(tmp_path / "articles")
    first = load(folder, cache)
    assert sorted(CALLS) == sorted(a.key for a in first.articles)
    assert len(cache) == 4
    second = load(folder, cache)
    assert CALLS == []
    assert second.unsaved == ()
    assert second.articles == first.articles
    assert second.analyses == first.analyses
    assert [a.sentences for a in second.articles] == [a.sentences for a in first.articles]


def test_only_new_and_changed_files_are_analysed(tmp_path, cache):
    folder = library_folder(tmp_path / "articles")
    load(folder, cache)
    story(folder, "news/new.txt", "bridge")
    changed = story(folder, "news/01.txt", "airport", month="October, not March")
    os.utime(changed, (1_900_000_000, 1_900_000_000))
    result = load(folder, cache)
    assert sorted(CALLS) == ["news/01.txt", "news/new.txt"]
    by_key = {a.key: a for a in result.articles}
    assert "October" in by_key["news/01.txt"].text
    assert load(folder, cache) and CALLS == []


def test_same_size_and_time_but_new_bytes_is_a_miss(tmp_path, cache):
    """A file rewritten in the clock tick its row was written keeps size and mtime: the
    content digest catches it."""
    folder = library_folder(tmp_path / "articles", 1)
    path = folder / "news/00.txt"
    load(folder, cache)
    before = path.stat()
    path.write_text(path.read_text().replace("March", "April"))  # same length
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    result = load(folder, cache)
    assert CALLS == ["news/00.txt"]
    assert "April" in result.articles[0].text


def test_a_touched_file_keeps_its_analysis_and_the_row_learns_the_new_time(tmp_path, cache):
    folder = library_folder(tmp_path / "articles", 2)
    load(folder, cache)
    os.utime(folder / "news/00.txt", (1_900_000_000, 1_900_000_000))
    result = load(folder, cache)
    assert CALLS == []
    touched = next(a for a in result.articles if a.key == "news/00.txt")
    assert touched.modified == 1_900_000_000
    assert [e.article.key for e in result.unsaved] == ["news/00.txt"]
    load(folder, cache)
    assert CALLS == []


def test_another_engine_version_is_a_miss_and_its_rows_are_dropped(tmp_path, cache):
    folder = library_folder(tmp_path / "articles", 2)
    load(folder, cache)
    newer = AnalysisCache(cache.path, engine="a changed engine")
    load(folder, newer)
    assert len(CALLS) == 2
    assert len(newer) == 2  # the old engine's rows are gone, not kept beside
    load(folder, cache)
    assert len(CALLS) == 2


def test_the_engine_version_follows_the_engine_sources(tmp_path):
    engine = tmp_path / "engine"
    write(engine, "quotes/__init__.py", "RULES = 1\n")
    write(engine, "model.py", "X = 1\n")
    first = engine_version(engine)
    assert engine_version(engine) == first
    write(engine, "quotes/__init__.py", "RULES = 2\n")
    second = engine_version(engine)
    assert second != first
    write(engine, "quotes/speech.py", "")  # a new module counts too
    assert engine_version(engine) not in {first, second}


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "foreign", "bad payload"],
)
def test_a_damaged_cache_is_logged_once_rebuilt_and_never_trusted(tmp_path, cache, caplog, damage):
    folder = library_folder(tmp_path / "articles")
    expected = load(folder, cache)
    if damage == "garbage":
        cache.path.write_bytes(b"these are not the bytes of a database" * 100)
    elif damage == "truncated":
        _checkpoint(cache.path)
        data = cache.path.read_bytes()
        cache.path.write_bytes(data[: len(data) // 3])
    elif damage == "foreign":
        cache.path.unlink()
        with sqlite3.connect(cache.path) as db:
            db.execute("CREATE TABLE entries (path TEXT, payload BLOB)")
    else:
        with sqlite3.connect(cache.path) as db:
            db.execute("UPDATE entries SET payload = X'8004DEADBEEF'")
    fresh = AnalysisCache(cache.path)  # a new process would start like this
    with caplog.at_level(logging.WARNING):
        result = load(folder, fresh)
    warnings = [r for r in caplog.records if "analysis cache" in r.getMessage()]
    assert len(warnings) <= 1
    if damage != "truncated":  # a cut file may still hold every row it needs
        assert len(warnings) == 1 and "rebuilding" in warnings[0].getMessage()
        assert len(CALLS) == 4
    assert result.articles == expected.articles and result.analyses == expected.analyses
    load(folder, fresh)  # rebuilt: hits again
    assert CALLS == []


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the main file, so cutting the file cuts rows."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _write_forever(cache_path: str, folder: str) -> None:
    """A writer that never stops on its own: the test kills it mid-transaction."""
    cache = AnalysisCache(Path(cache_path))
    result = load_folder(Path(folder), analyse=analyse)
    big = list(result.unsaved) * 50
    while True:
        cache.store(big)


def test_a_writer_killed_mid_write_leaves_a_usable_cache(tmp_path, cache):
    folder = library_folder(tmp_path / "articles", 8)
    expected = load(folder, cache)
    context = multiprocessing.get_context("fork")
    writer = context.Process(target=_write_forever, args=(str(cache.path), str(folder)))
    writer.start()
    time.sleep(1.0)
    os.kill(writer.pid, signal.SIGKILL)
    writer.join()
    assert writer.exitcode == -signal.SIGKILL
    survivor = AnalysisCache(cache.path)
    result = load(folder, survivor)
    assert result.articles == expected.articles and result.analyses == expected.analyses
    assert CALLS == []  # every committed row is whole


def _share(cache_path: str, folder: str, rounds: int) -> None:
    cache = AnalysisCache(Path(cache_path))
    for _ in range(rounds):
        result = load_folder(Path(folder), analyse=analyse, cache=cache)
        cache.store(result.unsaved)
        os.utime(next(Path(folder).rglob("*.txt")))  # so the next round writes again


def test_two_processes_share_one_cache(tmp_path, cache):
    first = library_folder(tmp_path / "first", 5)
    second = library_folder(tmp_path / "second", 3)
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_share, args=(str(cache.path), str(folder), 5))
        for folder in (first, second)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert len(cache) == 8
    for folder in (first, second):
        load(folder, cache)
        assert CALLS == []


def test_the_cache_lives_under_data_dir_and_a_library_writes_it_when_asked(tmp_path):
    folder = library_folder(tmp_path / "articles", 3)
    cache = AnalysisCache.in_folder(tmp_path / "state")
    library = Library.load(folder, cache=cache)
    assert not cache.path.exists() or len(cache) == 0  # loading never writes
    assert library.save_cache() == 3
    assert cache.path == tmp_path / "state" / CACHE_FILE
    again = Library.load(folder, cache=cache, quotes=False)
    assert not again.quotes_ready and again.cached == {}  # the stored quotes index covers them
    complete = again.with_quotes()  # the second stage only builds the quotes' indexes
    assert complete.unsaved == ()
    assert len(complete.quotes) == len(library.quotes) > 0


def test_a_stored_search_index_answers_as_a_built_one(tmp_path, cache, caplog):
    folder = library_folder(tmp_path / "articles", 6)
    built = Library.load(folder, cache=cache)
    built.save_cache()
    stored = Library.load(folder, cache=cache)
    queries = ["sea wall", "harbour", "okafor storm", "muzeum", "rebuilt wall winter", '"sea wall"']
    for query in queries:
        assert stored.search.search(query) == built.search.search(query), query
    assert stored.search.to_bytes() == built.search.to_bytes()
    for blob in (tmp_path / "state" / "indexes").iterdir():
        blob.write_bytes(blob.read_bytes()[:60])  # torn, or cut by a full disk
    with caplog.at_level(logging.WARNING):
        again = Library.load(folder, cache=cache)
    assert "stored search" in caplog.text and "rebuilding" in caplog.text
    assert again.search.search("harbour") == built.search.search("harbour")


def test_an_article_comes_back_whole_with_its_folded_sentences(tmp_path):
    import pickle

    path = write(
        tmp_path,
        "wrapped.txt",
        "Storm closes  ferry routes\n\nThe ferry company said on Tuesday that all\n"
        "crossings were  cancelled.   Passengers were told to\tstay home.\n\n"
        "Services resume on Thursday.\n",
    )
    article = loader.read_article(path, key="wrapped.txt")
    assert any(s.text != article.text[s.start : s.end] for s in article.sentences)
    back = pickle.loads(pickle.dumps(article))
    assert back == article
    assert back.sentences == article.sentences
    assert [p.text for p in back.paragraphs] == [p.text for p in article.paragraphs]


def test_rows_of_files_gone_from_the_folder_are_dropped(tmp_path):
    folder = library_folder(tmp_path / "articles", 3)
    other = library_folder(tmp_path / "other", 2)  # another library sharing the cache
    cache = AnalysisCache.in_folder(tmp_path / "state")
    Library.load(other, cache=cache).save_cache()
    Library.load(folder, cache=cache).save_cache()
    assert len(cache) == 5
    (folder / "news/01.txt").unlink()
    Library.load(folder, cache=cache).save_cache()
    assert len(cache) == 4
    load(other, cache)
    assert CALLS == []  # the other library's rows are untouched


def _fails_on_ferries(article: Article) -> Analysis:
    if article.paragraphs and "ferry" in article.text:
        raise ValueError("an engine bug")
    return analyse(article)


def _quote_answers(library: Library) -> list[object]:
    return [
        library.quotes.match("we cannot wait for another storm"),
        library.quotes.closest("cannot wait storm"),
        library.quotes.suggest("we can"),
        library.quotes.by_speaker("Maria Okafor"),
        library.quotes.count_by_speaker(),
        [p.name for p in library.people.people],
        library.people.lookup("Okafor"),
        len(library.quotes),
    ]


def test_a_stored_quotes_index_answers_as_a_built_one_and_a_torn_one_is_rebuilt(
    tmp_path, cache, caplog
):
    folder = library_folder(tmp_path / "articles", 6)
    built = Library.load(folder, cache=cache)
    built.save_cache()
    blobs = tmp_path / "state" / "indexes"
    assert any(blob.name.startswith("quotes-") for blob in blobs.iterdir())
    staged = Library.load(folder, quotes=False, cache=cache)
    assert staged.analyses is None and not staged.quotes_ready
    stored = staged.with_quotes()
    assert stored.quotes_ready and stored._quotes_stored
    assert stored.quotes._ready  # its word index read with it, not built again
    assert stored.quotes._postings == built.quotes._postings
    assert _quote_answers(stored) == _quote_answers(built)
    assert dict(stored.analyses or {}) == dict(built.analyses or {})
    for blob in blobs.iterdir():
        if blob.name.startswith("quotes-"):
            blob.write_bytes(blob.read_bytes()[:80])  # torn
    with caplog.at_level(logging.WARNING):
        again = Library.load(folder, cache=cache)
    assert "stored quotes" in caplog.text and "rebuilding" in caplog.text
    assert _quote_answers(again) == _quote_answers(built)


def test_statements_read_from_a_stored_quotes_index_share_their_offsets(tmp_path, cache):
    """A pickle never shares ints: each offset read back would be an object of its own,
    unless the stored index refers to the shared ones."""
    long_story = "Background paragraph about the harbour and its history. " * 8
    for number in range(3):
        write(
            tmp_path / "articles",
            f"n/{number}.txt",
            f"Harbour {number}\n\n{long_story}\n\n"
            "“We cannot wait for another storm,” said council leader Maria Okafor.\n",
        )
    Library.load(tmp_path / "articles", cache=cache).save_cache()
    stored = Library.load(tmp_path / "articles", quotes=False, cache=cache).with_quotes()
    assert stored._quotes_stored
    offsets = [q.end for a in (stored.analyses or {}).values() for q in a.quotes]
    assert offsets and all(SHARED_FROM <= end < len(SHARED_INTS) for end in offsets)
    assert all(end is SHARED_INTS[end] for end in offsets)


def test_statements_read_from_the_cache_refer_to_their_articles_text(tmp_path, cache):
    """From the rows and from a stored quotes index alike: a statement's text is a span
    of its article's text, not a copy of its own."""
    folder = library_folder(tmp_path / "articles", 4)
    Library.load(folder, cache=cache).save_cache()
    stored = Library.load(folder, quotes=False, cache=cache).with_quotes()
    blobs = tmp_path / "state" / "indexes"
    for blob in blobs.iterdir():
        blob.unlink()
    rows = Library.load(folder, quotes=False, cache=cache).with_quotes()
    assert stored._quotes_stored and not rows._quotes_stored
    for library in (stored, rows):
        pairs = [
            (library.get(key), q)
            for key, analysis in (library.analyses or {}).items()
            for q in analysis.quotes
        ]
        assert pairs and all(
            isinstance(q, SpanQuote) and q._body is a.paragraphs for a, q in pairs if a
        )
        assert [q.text for _, q in pairs] == ["We cannot wait for another storm"] * 4
        indexed = {id(q) for _, q in library.quotes._entries}
        assert indexed == {id(q) for _, q in pairs}  # the very same statements, not copies


def test_a_stored_quotes_index_with_a_foreign_reference_is_refused():
    import io
    import pickle

    from bot.library import _ReferencesUnpickler

    class Foreign(pickle.Pickler):
        def persistent_id(self, obj: object) -> object:
            return "os.system" if obj == "x" else None

    data = io.BytesIO()
    Foreign(data).dump(["x"])
    data.seek(0)
    with pytest.raises(pickle.UnpicklingError):
        _ReferencesUnpickler(data, {}).load()


def test_a_staged_load_lets_go_of_analyses_a_stored_index_covers_and_rereads_them_if_torn(
    tmp_path, cache, monkeypatch
):
    """While a stored quotes index covers the articles, the staged load keeps no packed
    analyses; if the index is torn by the time the quotes are read, the analyses come
    from the cache rows again, not from the engine."""
    import bot.library

    folder = library_folder(tmp_path / "articles", 5)
    built = Library.load(folder, cache=cache)
    built.save_cache()
    staged = Library.load(folder, quotes=False, cache=cache)
    assert staged.cached == {} and staged._cached_dropped
    for blob in (tmp_path / "state" / "indexes").iterdir():
        if blob.name.startswith("quotes-"):
            blob.write_bytes(blob.read_bytes()[:200])  # torn after the header
    analysed: list[str] = []
    monkeypatch.setattr(bot.library, "analyse", lambda a: analysed.append(a.key) or analyse(a))
    complete = staged.with_quotes()
    assert analysed == [] and not complete._quotes_stored
    assert _quote_answers(complete) == _quote_answers(built)
    assert dict(complete.analyses or {}) == dict(built.analyses or {})
    assert all(
        q._body is complete.get(k).paragraphs
        for k, a in complete.analyses.items()
        for q in a.quotes
    )  # type: ignore[union-attr]


def test_a_stored_quotes_index_whose_word_postings_are_cut_short_is_rebuilt(
    tmp_path, cache, caplog
):
    folder = library_folder(tmp_path / "articles", 4)
    built = Library.load(folder, cache=cache)
    built.save_cache()
    for blob in (tmp_path / "state" / "indexes").iterdir():
        if blob.name.startswith("quotes-"):
            blob.write_bytes(blob.read_bytes()[:-6])  # the last word's postings cut
    with caplog.at_level(logging.WARNING):
        again = Library.load(folder, cache=cache)
    assert (
        not again._quotes_stored and "stored quotes" in caplog.text and "rebuilding" in caplog.text
    )
    assert _quote_answers(again) == _quote_answers(built)


def test_a_library_with_a_failed_analysis_stores_no_quotes_index(tmp_path, monkeypatch, caplog):
    import bot.library

    folder = library_folder(tmp_path / "articles", 2)
    story(folder, "news/ferry.txt", "ferry")
    monkeypatch.setattr(bot.library, "analyse", _fails_on_ferries)
    monkeypatch.setattr(loader, "PARALLEL_ANALYSE_FROM", 10_000)
    cache = AnalysisCache.in_folder(tmp_path / "state")
    for _ in range(2):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            library = Library.load(folder, quotes=False, cache=cache).with_quotes()
        library.save_cache()
        assert "news/ferry.txt failed" in caplog.text  # logged at every load
        assert len(library) == 3
    assert not any(p.name.startswith("quotes-") for p in (tmp_path / "state" / "indexes").iterdir())


def test_an_analysis_that_failed_is_not_cached_so_its_reason_is_logged_each_time(tmp_path, caplog):
    folder = library_folder(tmp_path / "articles", 2)
    story(folder, "news/ferry.txt", "ferry")
    cache = AnalysisCache.in_folder(tmp_path / "state")
    for _ in range(2):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            result = load_folder(folder, analyse=_fails_on_ferries, cache=cache)
        cache.store(result.unsaved)
        assert "analysing news/ferry.txt failed" in caplog.text
        assert result.analyses["news/ferry.txt"].quotes == []
        assert len(result.articles) == 3
    assert len(cache) == 2


def test_a_busy_cache_is_skipped_not_deleted(tmp_path, cache, monkeypatch, caplog):
    """Another process writing for longer than the busy timeout: this load goes on
    without the cache, and the cache (the other process's work) is kept."""
    from bot.articles import cache as cache_module

    folder = library_folder(tmp_path / "articles", 2)
    load(folder, cache)
    monkeypatch.setattr(cache_module, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(cache.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a writer that holds the lock
    try:
        story(folder, "news/new.txt", "bridge")
        with caplog.at_level(logging.WARNING):
            result = load_folder(folder, analyse=analyse, cache=AnalysisCache(cache.path))
            written = AnalysisCache(cache.path).store(result.unsaved)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(result.articles) == 3 and written == 0
    assert "not used this time" in caplog.text and "rebuilding" not in caplog.text
    assert cache.path.exists() and len(cache) == 2
