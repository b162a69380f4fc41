"""`python -m bench`: the whole bot's figures in one table.

Loads the BBC corpus replicated to each size (in a child process, for honest peak RSS),
times every command and autocomplete on the largest, and runs the three scorers of
../shared/eval. Figures are measured here, never typed in.

    python -m bench [--corpus DIR] [--eval DIR] [--articles 1000 10000] [--no-quality] [--cache]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, replicate
from bench.timing import calibrate, engine_kind, table
from config.settings import PROJECT_ROOT

DEFAULT_EVAL = PROJECT_ROOT.parent / "shared" / "eval"


def probe(folder: Path, mode: str, cache: Path | None = None) -> dict:
    extra = [str(cache)] if cache is not None else []
    proc = subprocess.run(
        [sys.executable, "-m", "bench.load_probe", str(folder), mode, *extra],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def scorer(script: Path, *args: str) -> str:
    """Run one of the shared scorers against this checkout; its stdout."""
    proc = subprocess.run(
        [sys.executable, str(script), *args, "--cwd", str(PROJECT_ROOT)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "LOG_LEVEL": "ERROR"},
    )
    if proc.returncode != 0:
        print(f"{script.name} failed ({proc.returncode}): {proc.stderr[-500:]}", file=sys.stderr)
    return proc.stdout


def figure(pattern: str, text: str) -> str:
    match = re.search(pattern, text, re.MULTILINE)
    return match.group(1) if match else "n/a"


def quality_rows(eval_dir: Path, corpus: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    quotes = scorer(eval_dir / "score_quotes.py", str(eval_dir / "polnear-dev"))
    for label, key in [
        ("quotes: who-said end to end (named)", r"who-said end to end \(named\)\s+([\d.]+%)"),
        ("quotes: recall", r"quote recall\s+([\d.]+%)"),
        ("quotes: precision", r"quote precision\s+([\d.]+%)"),
        ("quotes: pronoun sources resolved", r"pronoun sources resolved \(proxy\)\s+([\d.]+%)"),
    ]:
        rows.append((label, figure(key, quotes)))
    for length in ("matched", "3"):
        out = scorer(
            eval_dir / "score_summaries.py", str(eval_dir / "bbc-summary-dev"), "--length", length
        )
        for system in ("system", "Lead-K", "TextRank", "LexRank", "Luhn"):
            scores = figure(rf"^{system}\s+([\d.]+\s+[\d.]+\s+[\d.]+)", out)
            rows.append((f"summaries ({length}): {system} R1 R2 RL", scores))
    out = scorer(eval_dir / "score_search.py", str(corpus), "--typos", "0", "1", "2")
    for typos in ("0", "1", "2"):
        for engine in ("system", "BM25 exact"):
            scores = figure(rf"^\s*{typos}\s+{engine}\s+\d+\s+([\d.]+\s+[\d.]+\s+[\d.]+)", out)
            rows.append((f"search typos {typos}: {engine} hit@1 hit@3 MRR", scores))
    return rows


def uncached_rows(folder: Path, size: int) -> tuple[dict, list[tuple[str, str]]]:
    """Every article read and analysed: the bot's staged start and `ask`'s single pass."""
    single = probe(folder, "single")
    result = probe(folder, "staged")
    rows = [
        (
            f"bot start {size:,}: serving (articles, search, summaries) s",
            f"{result['ready_seconds']:.2f}",
        ),
        (f"bot start {size:,}: quotes read too s", f"{result['seconds']:.2f}"),
        (f"single-pass load {size:,} (ask, console) s", f"{single['seconds']:.2f}"),
        (f"single-pass load {size:,}: articles per second", f"{size / single['seconds']:,.0f}"),
        *memory_rows(size, result),
    ]
    return result, rows


def cached_rows(folder: Path, size: int) -> tuple[dict, list[tuple[str, str]]]:
    """With the analysis cache: a start on an empty cache (which fills it), then warm
    starts of the bot and of `ask`, and a reload after one file changes."""
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as state:
        cold = probe(folder, "staged", Path(state))
        warm = probe(folder, "staged", Path(state))
        single = probe(folder, "single", Path(state))
        reload = probe(folder, "reload", Path(state)) if size <= 20_000 else None
    name = f"bot start {size:,}, cache"
    rows = [
        (f"{name} cold: serving s (CPU s)", seconds(cold, "ready_")),
        (f"{name} cold: quotes read too s (CPU s)", seconds(cold)),
        (f"{name} cold: then writing it s", f"{cold['cache_write_seconds']:.2f}"),
        (f"{name} warm: serving s (CPU s)", seconds(warm, "ready_")),
        (f"{name} warm: quotes read too s (CPU s)", seconds(warm)),
        (f"single-pass load {size:,} (ask, console), cache warm s (CPU s)", seconds(single)),
        *memory_rows(size, warm),
    ]
    if reload is not None:
        rows.append(
            (f"reload {size:,} after one file changed s (CPU s)", seconds(reload, "reload_"))
        )
    return warm, rows


def seconds(result: dict, prefix: str = "") -> str:
    """Wall-clock seconds, with the probe's own CPU seconds beside them."""
    return f"{result[prefix + 'seconds']:.2f} ({result[prefix + 'cpu_seconds']:.2f})"


def memory_rows(size: int, result: dict) -> list[tuple[str, str]]:
    return [
        (
            f"bot {size:,}: peak RSS MB (after load / after all commands)",
            f"{result['rss_after_load_mb']:.0f} / {result['rss_mb']:.0f}",
        ),
        (f"bot {size:,}: peak RSS MB of a loader worker", f"{result['worker_rss_mb']:.0f}"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, dest="eval_dir")
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-quality", action="store_true", help="skip the three scorers")
    parser.add_argument(
        "--cache",
        action="store_true",
        help="with the analysis cache: a cold start (empty cache), warm starts, a reload",
    )
    args = parser.parse_args(argv)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}; corpus {args.corpus}"
    )
    rows: list[tuple[str, str]] = [
        ("CPU calibration: 10^7 Python additions, s", calibrate()),
        ("quote engine", engine_kind()),
    ]
    results = {}
    for size in args.articles:
        folder = replicate(args.corpus, size)
        if args.cache:
            results[size], size_rows = cached_rows(folder, size)
        else:
            results[size], size_rows = uncached_rows(folder, size)
        rows += size_rows
    largest = max(args.articles)
    for name, (p50, p99) in results[largest]["latency_ms"].items():
        rows.append((f"{name} at {largest:,}: p50 / p99 ms", f"{p50:.2f} / {p99:.2f}"))
    if not args.no_quality:
        rows += quality_rows(args.eval_dir, args.corpus)
    print(table(rows, ("figure", "value")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
