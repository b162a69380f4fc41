"""Child process of the bench: load a folder, then time every command and autocomplete
on it, and print one JSON line. A separate process, so peak RSS is the bot's own."""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.timing import DescendantPeakRss, peak_rss_mb, percentiles_ms, time_calls
from bot import handlers
from bot.articles.cache import AnalysisCache
from bot.autocomplete import person_choices, quote_choices, title_choices
from bot.library import Library

SAMPLES = 300


def typo(rng: random.Random, text: str) -> str:
    """Drop one letter of a longer word, as hurried typists do."""
    words = text.split()
    long_words = [i for i, w in enumerate(words) if len(w) > 4]
    if long_words:
        i = rng.choice(long_words)
        cut = rng.randrange(1, len(words[i]) - 1)
        words[i] = words[i][:cut] + words[i][cut + 1 :]
    return " ".join(words)


def fragment(rng: random.Random, text: str, size: int) -> str:
    words = text.split()
    start = rng.randrange(max(1, len(words) - size + 1))
    return " ".join(words[start : start + size])


def workloads(library: Library, rng: random.Random) -> dict[str, tuple[Callable, list[str]]]:
    """Each command or autocomplete, with inputs a user would plausibly type."""
    articles = rng.choices(library.articles, k=SAMPLES)
    analyses = library.analyses or {}
    entries = [(a.key, q) for a in library.articles[:3000] for q in analyses[a.key].quotes]
    quotes = [q for _, q in rng.sample(entries, min(SAMPLES, len(entries)))] if entries else []
    people = [p.name for p in library.people.people] or ["nobody"]
    titles = [typo(rng, fragment(rng, a.title, 3)) for a in articles]
    sentences = [rng.choice(a.sentences).text for a in articles if a.sentences]
    keywords = [typo(rng, fragment(rng, s, 3)) for s in sentences]
    said = [typo(rng, fragment(rng, q.text, 5)) for q in quotes] or ["nothing"]
    run = handlers.run
    return {
        "/article": (lambda q: run("article", library, title=q), titles),
        "/articles": (lambda q: run("articles", library).first, ["" for _ in range(50)]),
        "/summary": (lambda q: run("summary", library, article=q), [a.key for a in articles]),
        "/whosaid": (lambda q: run("whosaid", library, quote=q), said),
        "/quotes": (lambda q: run("quotes", library, speaker=q), rng.choices(people, k=SAMPLES)),
        "/people": (lambda q: run("people", library, article=q), [a.key for a in articles]),
        "/search": (lambda q: run("search", library, query=q), keywords),
        "/ask": (lambda q: run("ask", library, question=q), [f"where {k}?" for k in keywords]),
        "title autocomplete": (lambda q: title_choices(library, q), [t[:12] for t in titles]),
        "quote autocomplete": (lambda q: quote_choices(library, q), [s[:15] for s in said]),
        "speaker autocomplete": (
            lambda q: person_choices(library, q),
            [p.split()[-1][:5].lower() for p in rng.choices(people, k=SAMPLES)],
        ),
    }


def load(
    folder: Path, mode: str, cache: AnalysisCache | None
) -> tuple[Library, float | None, float | None]:
    """The bot's staged start (serve first, quotes next) or the single pass of `ask`;
    with the seconds until serving, wall clock and this process's CPU (workers not
    counted: on a shared machine the CPU figure is the steadier one)."""
    started, cpu = time.perf_counter(), time.process_time()
    if mode == "staged":
        partial = Library.load(folder, quotes=False, cache=cache)
        ready, ready_cpu = time.perf_counter() - started, time.process_time() - cpu
        library = partial.with_quotes()
        library.quotes.warm()
        return library, ready, ready_cpu
    return Library.load(folder, cache=cache), None, None


def reload_seconds(
    folder: Path, library: Library, cache: AnalysisCache | None
) -> tuple[float, float]:
    """A reload after one article changes, on a private copy of the folder (hard links,
    the changed file written anew), as the watcher runs it."""
    with tempfile.TemporaryDirectory(prefix="reload-") as temporary:
        copy = Path(temporary) / "articles"
        for path in folder.rglob("*.txt"):
            target = copy / path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
        before = Library.load(copy, previous=None, cache=cache)
        before.save_cache()
        changed = copy / before.articles[len(before) // 2].key
        data = changed.read_bytes()
        changed.unlink()
        changed.write_bytes(data + b"\nThe council will meet again on Friday, officials said.\n")
        started, cpu = time.perf_counter(), time.process_time()
        after = Library.load(copy, previous=before, cache=cache)
        after.quotes.warm()
        return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    """argv: FOLDER [staged|single|reload] [CACHE_DIR]. The bot starts staged (serve
    first, quotes next); `ask` and the console load in a single pass; `reload` times a
    reload after one file changes. With CACHE_DIR the analysis cache there is used (and
    filled after the timed load, as the bot does after serving)."""
    folder, mode = Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "staged"
    cache = AnalysisCache.in_folder(Path(sys.argv[3])) if len(sys.argv) > 3 else None
    with DescendantPeakRss() as workers:
        started, cpu_started = time.perf_counter(), time.process_time()
        library, ready, ready_cpu = load(folder, "single" if mode == "reload" else mode, cache)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rss_after_load = peak_rss_mb()
    started = time.perf_counter()
    library.save_cache()
    save_seconds = time.perf_counter() - started
    if mode == "reload":
        wall, cpu = reload_seconds(folder, library, cache)
        print(
            json.dumps(
                {"articles": len(library), "reload_seconds": wall, "reload_cpu_seconds": cpu}
            )
        )
        return
    latencies = {}
    for name, (call, inputs) in workloads(library, random.Random(0)).items():
        latencies[name] = percentiles_ms(time_calls(call, inputs))
    result = {
        "articles": len(library),
        "skipped": len(library.skipped),
        "statements": len(library.quotes),
        "seconds": seconds,
        "ready_seconds": ready,
        "ready_cpu_seconds": ready_cpu,
        "cpu_seconds": cpu,
        "cache_write_seconds": save_seconds,
        "rss_after_load_mb": rss_after_load,
        "rss_mb": peak_rss_mb(),
        "worker_rss_mb": workers.peak_mb,
        "latency_ms": latencies,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
