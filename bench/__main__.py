"""`python -m bench`: load the replicated BBC corpus and time the commands.

python -m bench [--corpus ../shared/corpora/bbc] [--articles 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, replicate
from bench.timing import table
from config.settings import PROJECT_ROOT


def load_rows(corpus, sizes: list[int]) -> list[tuple[str, ...]]:
    rows = []
    for size in sizes:
        folder = replicate(corpus, size)
        proc = subprocess.run(
            [sys.executable, "-m", "bench.load_probe", str(folder)],
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
            check=True,
        )
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append(
            (
                f"{result['articles']:,}",
                f"{result['seconds']:.2f}",
                f"{result['articles'] / result['seconds']:,.0f}",
                f"{result['rss_mb']:.0f}",
                f"{result['autocomplete_p50_ms']:.2f}",
                f"{result['autocomplete_p99_ms']:.2f}",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args(argv)
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, corpus {args.corpus}"
    )
    header = ("articles", "load s", "articles/s", "peak RSS MB", "/article ac p50 ms", "p99 ms")
    print(table(load_rows(args.corpus, args.articles), header))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
