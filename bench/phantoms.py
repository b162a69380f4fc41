"""`python -m bench.phantoms [CORPUS] [--show N]`: the phantom names the engine lists over
a corpus (issue 12, items 5 and 8): a figure measured, not typed in.

A phantom is a person or organisation made of a sentence's edge ("Said Williams",
"Can Yahoo", "New" from "New rules on …", "Ruth Okoro The"). Two kinds are counted:

- opener: the name's first word is a common word (written in lower case three times or
  more in the corpus, and no listed given name, title or role) and the article writes
  the name only where a sentence opens. An upper bound: it also counts real names that
  happen to open every sentence they stand in ("Bank of America", a given name the lists
  lack) and the groups that speak ("Police", "Analysts");
- crossing: the name is nowhere in the text as written, only across a sentence's end.

`--show N` lists N of each, with the quotations given to them.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.corpus import DEFAULT_CORPUS, source_files
from bot.articles.lexicon import FEMALE_NAMES, MALE_NAMES, ROLE_WORDS, TITLES
from bot.articles.loader import read_article
from bot.articles.quotes import attribute_article

_WORD = re.compile(r"[A-Za-z][a-z'’\-]*")
_MARKS = " \t\n\"“‘'(`"


def _lower_words(path: Path) -> Counter[str]:
    """The words an article writes in lower case: common words, not names."""
    text = read_article(path, key=path.name).text
    return Counter(w for w in _WORD.findall(text) if w.islower())


def _named(low: str) -> bool:
    return low in MALE_NAMES or low in FEMALE_NAMES or low in TITLES or low in ROLE_WORDS


def _phantoms(job: tuple[Path, frozenset[str]]) -> list[tuple[str, str, str, int]]:
    """(kind, path, name, quotes) for each phantom the engine lists in one article."""
    path, common = job
    article = read_article(path, key=path.name)
    text = article.text
    opens = {s.start for s in article.sentences}
    people, quotes = attribute_article(article)
    said = Counter(q.speaker for q in quotes)
    found = []
    for p in people:
        words = p.name.split()
        spots = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(p.name) + r"(?!\w)", text)]
        if not spots and len(words) > 1:
            joined = r"(?:[.!?][\"”’']?)?\s+".join(re.escape(w) for w in words)
            if re.search(r"(?<!\w)" + joined + r"(?!\w)", text):
                found.append(("crossing", str(path), p.name, said[p.name]))
        if not spots:
            continue
        first = words[0]
        low = first.lower()
        if not (first[:1].isupper() and first[1:].islower()) or low not in common or _named(low):
            continue
        if all(_opening(text, s, opens) for s in spots):
            found.append(("opener", str(path), p.name, said[p.name]))
    return found


def _opening(text: str, pos: int, opens: set[int]) -> bool:
    """Whether only marks stand between a sentence's start and `pos`."""
    i = pos
    while i > 0 and text[i - 1] in _MARKS and i not in opens:
        i -= 1
    return i in opens or i == 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    files = source_files(args.corpus)
    with ProcessPoolExecutor() as pool:
        lower: Counter[str] = Counter()
        for counts in pool.map(_lower_words, files, chunksize=32):
            lower.update(counts)
        common = frozenset(w for w, n in lower.items() if n >= 3)
        rows = [
            r
            for found in pool.map(_phantoms, [(f, common) for f in files], chunksize=16)
            for r in found
        ]
    for kind in ("opener", "crossing"):
        mine = [r for r in rows if r[0] == kind]
        print(
            f"{kind:9} phantoms {len(mine):5}  with quotes {sum(r[3] > 0 for r in mine):4}"
            f"  quotes {sum(r[3] for r in mine):4}"
        )
        for _, path, name, n in mine[: args.show]:
            print(f"    {name!r:32} {n:2}  {Path(path).parent.name}/{Path(path).name}")


if __name__ == "__main__":
    main()
