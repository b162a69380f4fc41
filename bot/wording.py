"""Small wording helpers shared by replies, logs and the console (Discord-free)."""

from __future__ import annotations


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """ "1 article", "2 articles", "1,000 people" (with `plural_form`)."""
    word = noun if count == 1 else (plural_form or noun + "s")
    return f"{count:,} {word}"
