"""Bench corpora: the BBC set replicated to any size, cached under the temp folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

from config.settings import PROJECT_ROOT

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpora" / "bbc"


def source_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.txt") if p.is_file())


def replicate(corpus: Path, count: int) -> Path:
    """A folder of `count` articles made from `corpus`; copies get a numbered title so
    that titles stay distinct, as they would in a real library."""
    files = source_files(corpus)
    # Keyed by the source's size too, so a changed corpus is not served from a stale copy.
    fingerprint = f"{len(files)}-{sum(p.stat().st_size for p in files)}"
    cache = Path(tempfile.gettempdir()) / "article-bot-bench"
    target = cache / f"{corpus.name}-{count}-{fingerprint}"
    done = target / ".complete"
    if done.exists():
        return target
    if not files:
        raise SystemExit(f"no .txt articles under {corpus}")
    for number in range(count):
        source = files[number % len(files)]
        copy = number // len(files)
        data = source.read_bytes()
        if copy:
            first, _, rest = data.partition(b"\n")
            data = first.rstrip() + f" ({copy + 1})".encode() + b"\n" + rest
        path = target / f"copy{copy}" / source.relative_to(corpus)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    done.touch()
    return target
