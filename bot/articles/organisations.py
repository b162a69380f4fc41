"""When two organisation names are the same body: "US", "the U.S." and "United States".

Articles name a body by its full name in one place and by its initials in another. The
registry keys every organisation by one form: spelled-out letters are joined ("U.S." ->
"us"), a leading "the" is dropped, a few well-known country names that are not plain
initials are written out, and an acronym becomes the full name of the one organisation
of the library whose initials it is ("IMF" -> "international monetary fund"). An
acronym is tied to a full name only by an article that names both, and an acronym
that fits two full names is left alone rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.articles.lexicon import (
    BODY_KIND_WORDS,
    BODY_NOUNS,
    BODY_VOICES,
    CAPITALISED_COUNTRY_CODES,
)

# Country names whose usual short forms are not their initials, or are ambiguous without
# the table ("UK" and "Britain" name one government).
_SAME: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
}
# Words that initials skip ("Organization of the Petroleum Exporting Countries" -> OPEC).
_MINOR = frozenset("of the and for & de du des la le in on at to".split())
_LETTERS = re.compile(r"[^\W\d_]")


def looks_like_organisation(name: str) -> bool:
    """True when a word of the name names a kind of body ("Acme Corp", "Bank of Wales")."""
    return any(w.strip(".,'").casefold() in BODY_KIND_WORDS for w in name.split())


def voice_of(name: str) -> bool:
    """ "BBC spokeswoman", "Home Office official": a body's name and, in lower case, the
    word of someone speaking for it; no one's name, the body speaking."""
    words = name.split()
    return len(words) > 1 and words[-1] in BODY_VOICES and words[-2][:1].isupper()


def body_voice(name: str) -> bool:
    """The voice (`voice_of`) of what is surely a body, whatever else the library names:
    initials ("IMF official") or a word of a body ("Foreign Office spokesman"); not a
    bare surname's ("Howard spokesman": Michael Howard's)."""
    if not voice_of(name):
        return False
    body = name.split()[:-1]
    letters = "".join(_LETTERS.findall("".join(body)))
    if len(body) == 1 and len(letters) >= 2 and letters.isupper():
        return True
    return any(w.strip(".,'").casefold() in BODY_NOUNS for w in body) or looks_like_organisation(
        " ".join(body)
    )


def org_words(words: Sequence[str]) -> list[str]:
    """Folded name words without "the", letters spelled out one by one joined ("u s" ->
    "us"), so "the U.S." and "US" give the same words."""
    out: list[str] = []
    run = ""
    for word in words:
        if word == "the":
            continue
        if len(word) == 1:
            run += word
            continue
        if run:
            out.append(run)
            run = ""
        out.append(word)
    if run:
        out.append(run)
    return out


def _shortens(short: str, word: str) -> bool:
    """ "lib" of "liberal", "dems" of "democrats": the start (three letters or more) of a
    longer word, a plural kept plural."""
    if short.endswith("s") and word.endswith("s"):
        short, word = short[:-1], word[:-1]
    return 3 <= len(short) < len(word) and word.startswith(short)


def initials(words: Sequence[str]) -> str:
    """The acronym of a name of two or more significant words, else ""."""
    significant = [w for w in words if w not in _MINOR]
    return "".join(w[0] for w in significant) if len(significant) >= 2 else ""


def _acronym_form(name: str) -> tuple[bool, bool]:
    """(looks like an acronym, written in capitals): "US", "U.S." -> capitals; "Nato" is
    a short title-case word that may be one, taken as one only beside its full name."""
    raw = re.sub(r"^\s*the\s+", "", name, flags=re.IGNORECASE)
    letters = "".join(_LETTERS.findall(raw))
    if not 2 <= len(letters) <= 6 or " " in raw.strip():
        return False, False
    if letters.isupper():
        return True, True
    return len(letters) <= 5 and letters[0].isupper() and letters[1:].islower(), False


class OrganisationKeys:
    """The key every organisation name of one library is merged under. An acronym is
    tied to a full name only where one article names both: articles define their
    acronyms, and a definition learnt in one article holds across the library (BP is
    never taken for Bloc Party just because no article spells BP out)."""

    def __init__(self, articles: Iterable[Sequence[tuple[str, Sequence[str]]]]) -> None:
        """`articles`: for each article, (name as written, its folded words) of each of
        its organisations."""
        self._expansions: dict[str, set[str]] = {}
        for names in articles:
            self._shortenings(names)
            full: dict[str, set[str]] = {}
            for _, words in names:
                plain = org_words(words)
                acronym = initials(plain)
                if acronym:
                    full.setdefault(acronym, set()).add(self._base(plain))
            if not full:
                continue
            for name, words in names:
                plain = org_words(words)
                if len(plain) != 1 or plain[0] not in full:
                    continue
                is_acronym, capitals = _acronym_form(name)
                if is_acronym and (capitals or len(plain[0]) >= 3):
                    self._expansions.setdefault(plain[0], set()).update(full[plain[0]])

    def _shortenings(self, names: Sequence[tuple[str, Sequence[str]]]) -> None:
        """ "Lib Dems" beside "Liberal Democrats" in one article: a name whose every word
        is the start of the other's word (with its plural "s") is that body, shortened;
        learnt, as an acronym, under the short name's key (words joined by spaces)."""
        plains = {" ".join(p): p for p in (org_words(w) for _, w in names) if len(p) > 1}
        for short, words in plains.items():
            for full, long in plains.items():
                if short != full and len(words) == len(long) and all(map(_shortens, words, long)):
                    self._expansions.setdefault(short, set()).add(self._base(long))

    @property
    def expansions(self) -> dict[str, set[str]]:
        """Acronym -> the full names articles define it as (read only)."""
        return self._expansions

    @staticmethod
    def _base(plain: Sequence[str]) -> str:
        key = " ".join(plain)
        return _SAME.get(key, key)

    def key(self, name: str, words: Sequence[str]) -> str:
        """The merge key of an organisation name (`words`: its folded name words)."""
        plain = org_words(words)
        if not plain:
            return name.casefold()
        if voice_of(name):
            plain = plain[:-1]  # "BBC spokesman" speaks for the BBC
            name = name.rsplit(maxsplit=1)[0]
        if len(plain) > 1 or plain[0] not in CAPITALISED_COUNTRY_CODES:
            key = self._base(plain)
        elif _acronym_form(name)[1]:
            key = self._base(plain)  # "US", "U.S."; not the word "us" or a title "Us"
        else:
            key = plain[0]
        if len(plain) == 1 and key == plain[0]:
            found = self._expansions.get(key, set())
            if len(found) == 1 and _acronym_form(name)[0]:
                key = next(iter(found))
        elif len(plain) > 1:
            found = self._expansions.get(" ".join(plain), set())
            if len(found) == 1:
                key = next(iter(found))
        # without spaces: "Time Warner" and "TimeWarner" are one company
        return key.replace(" ", "")
