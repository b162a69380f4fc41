"""Where the reporting verbs stand in a text: found at C speed by a set intersection."""

from __future__ import annotations

import re
from typing import Final

from bot.articles.lexicon import (
    REPORTING_VERBS,
)


def trie_pattern(words: frozenset[str]) -> str:
    """A regex alternation factored by prefix: much faster than a flat word list."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        parts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


# Finding reporting verbs by splitting on whitespace and intersecting with the verb forms
# (with the punctuation that sticks to them) runs at C speed; only the few forms present
# are then located, each with str.find.
_PRE: Final = ("(", '"', "“", "‘", "'", "—", "–")
_SUF: tuple[str, ...] = (",", ".", ":", ";", "!", "?", ")", '"', "”", "’", "'")
_SUF += (',"', ",”", '."', ".”", ",’", "—", "–", ".’", "?”", '?"')
_VERB_KEYS: Final = frozenset(
    [*REPORTING_VERBS]
    + [p + f for f in REPORTING_VERBS for p in _PRE]
    + [f + x for f in REPORTING_VERBS for x in _SUF]
)
_KEY_PUNCT: Final = "".join({ch for x in _PRE + _SUF for ch in x})


def verb_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, form) of every reporting verb standing as a whole word, in order."""
    keys = _VERB_KEYS.intersection(text.split())
    if not keys:
        return []
    hits: list[tuple[int, int, str]] = []
    n = len(text)
    for form in {k.strip(_KEY_PUNCT) for k in keys}:
        # str.find, a C loop, rather than a regex per form; a form inside a longer
        # word ("sayings", "unsaid") is skipped as `form\b` with a word start would be
        i = text.find(form)
        while i >= 0:
            j = i + len(form)
            if j < n and (text[j].isalnum() or text[j] == "_"):
                i = text.find(form, i + 1)
                continue
            if not (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
                hits.append((i, j, form))
            i = text.find(form, j)
    hits.sort()
    return hits
