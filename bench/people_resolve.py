"""`python -m bench.people_resolve INSPECT.jsonl`: whether the library resolves each
article's names to the entry the merge put that article's mention in. Reads the output
of `python -m bot inspect --json` (each article's people and quotes), builds the people
registry and quote index as the library does, and counts the mentions (and quote
speakers) resolved to an entry that does not list their article: a name read
library-wide instead of as that article means it (a Fox TV spokesman counted to Liam
Fox). `--show N` lists some.
"""

from __future__ import annotations

import argparse
import inspect
import json
from pathlib import Path

from bot.articles.model import Person, Quote
from bot.articles.people import PeopleRegistry
from bot.articles.quote_index import QuoteIndex


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    per_article: list[tuple[str, list[Person]]] = []
    pairs: list[tuple[str, Quote]] = []
    for line in args.jsonl.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "error" in record:
            continue
        key = Path(record["path"]).parent.name + "/" + Path(record["path"]).name
        people = [
            Person(p["name"], p["role"], tuple(p["aliases"]), p["kind"]) for p in record["people"]
        ]
        per_article.append((key, people))
        for q in record["quotes"]:
            pairs.append(
                (
                    key,
                    Quote(
                        text=q["text"],
                        kind=q["kind"],
                        speaker=q["speaker"],
                        speaker_role=q["speaker_role"],
                        cue=q["cue"],
                        how=q["how"],
                        start=q["start"],
                        end=q["end"],
                        sentence=0,
                    ),
                )
            )
    registry = PeopleRegistry.build(per_article)
    index = QuoteIndex.build(pairs, registry)
    listed: dict[str, set[str]] = {}
    for person, articles in zip(registry.people, registry._articles, strict=True):
        listed.setdefault(person.name, set()).update(articles)
    per_article_names = "article" in inspect.signature(registry.canonical).parameters

    def resolve(name: str, article: str) -> Person | None:
        if per_article_names:
            return registry.canonical(name, article)
        return registry.canonical(name)  # before names were resolved per article

    mentions = wrong = 0
    shown: list[str] = []
    for key, people in per_article:
        for person in people:
            mentions += 1
            found = resolve(person.name, article=key)
            if found is None or key not in listed.get(found.name, set()):
                wrong += 1
                if len(shown) < args.show:
                    shown.append(f"  mention {key}: {person.name!r} -> {found and found.name!r}")
    speakers = wrong_speakers = unlisted = 0
    for key, quote in index._entries:
        if not quote.speaker:
            continue
        speakers += 1
        if quote.speaker not in listed:
            unlisted += 1  # no entry at all ("Analysts"): not a resolution
        elif key not in listed[quote.speaker]:
            wrong_speakers += 1
            if len(shown) < 2 * args.show:
                shown.append(f"  speaker {key}: -> {quote.speaker!r}")
    print(f"articles                            {len(per_article):,}")
    print(f"mentions                            {mentions:,}")
    print(f"mentions on an entry without it     {wrong:,}")
    print(f"quote speakers                      {speakers:,}")
    print(f"speakers no entry holds             {unlisted:,}")
    print(f"speakers on an entry without it     {wrong_speakers:,}")
    print("\n".join(shown))


if __name__ == "__main__":
    main()
