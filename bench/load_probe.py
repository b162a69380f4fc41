"""Child process for the load bench: load a folder, answer autocomplete, report JSON.

A separate process so that peak RSS is the library's own, not the bench's."""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from bench.timing import peak_rss_mb, percentiles_ms, time_calls
from bot.autocomplete import title_choices
from bot.library import Library


def typed_prefixes(library: Library, count: int, seed: int = 0) -> list[str]:
    """What users type into autocomplete: title fragments with a typo, as they type."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.choice(library.articles).title.split()
        start = rng.randrange(len(words))
        text = " ".join(words[start : start + rng.randint(1, 3)]).lower()
        cut = rng.randint(2, max(2, len(text)))
        text = text[:cut]
        if len(text) > 4 and rng.random() < 0.5:
            i = rng.randrange(1, len(text) - 1)
            text = text[:i] + text[i + 1 :]
        out.append(text)
    return out


def main() -> None:
    folder = Path(sys.argv[1])
    started = time.perf_counter()
    library = Library.load(folder)
    seconds = time.perf_counter() - started
    queries = typed_prefixes(library, 500)
    p50, p99 = percentiles_ms(time_calls(lambda q: title_choices(library, q), queries))
    print(
        json.dumps(
            {
                "articles": len(library),
                "skipped": len(library.skipped),
                "seconds": seconds,
                "rss_mb": peak_rss_mb(),
                "autocomplete_p50_ms": p50,
                "autocomplete_p99_ms": p99,
            }
        )
    )


if __name__ == "__main__":
    main()
