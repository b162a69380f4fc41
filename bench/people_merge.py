"""`python -m bench.people_merge FOLDER`: how the people registry and the quote index
gather a library: people listed, names listed twice, organisations with several forms,
and statements beside the engine's raw entries (a quotation inside a reported sentence
of the same speaker is one statement). Figures for issue 12, measured, not typed in.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from bot.library import Library


def main(folder: Path) -> None:
    library = Library.load(folder)
    people = library.people.people
    names = Counter(p.name for p in people)
    organisations = [p for p in people if p.kind == "organisation"]
    several = sorted((p for p in organisations if p.aliases), key=lambda p: p.name)
    raw = sum(len(a.quotes) for a in (library.analyses or {}).values())
    print(f"articles                             {len(library):,}")
    print(f"people and organisations listed      {len(people):,}")
    print(f"names listed more than once          {sum(n > 1 for n in names.values())}")
    print(f"organisations with several forms     {len(several)}")
    print(f"engine entries (quotes + reported)   {raw:,}")
    print(f"statements counted                   {len(library.quotes):,}")
    for name in ("United States", "Tim Warner", "Time Warner"):
        person = library.people.canonical(name)
        if person is not None:
            said = len(library.quotes.by_speaker(person.name))
            print(f"  {name!r} -> {person.name!r} ({person.kind}), {said} statements")
    for person in several[:15]:
        print(f"  {person.name}: {', '.join(person.aliases)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
