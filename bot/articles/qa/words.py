"""Words as question answering compares them: folded, stemmed, numbers one way.

A reader asks "how many subscribers did AOL lose?" and the article says "it lost 464,000
subscribers": the stem and the irregular past must meet. The stemmer is deliberately light
(plurals, -ing, -ed, -ly and irregular verbs) and applied to both sides, so it only has to
be consistent, not linguistically exact."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.articles.lexicon import (
    QA_AILMENT_NOUNS,
    QA_CHARGE_NOUNS,
    QA_EE_VERBS,
    QA_IRREGULAR_PLURALS,
    QA_NAME_GLUE,
    QA_PARTICLES,
    QA_PHRASAL_VERBS,
    QA_SYNONYMS,
)
from bot.articles.textnorm import fold

WORD = re.compile(r"[£$€]?\d[\d,.]*\d(?:[a-z%]+)?|[£$€]?\d(?:[a-z%]+)?|[^\W\d_][\w'’-]*", re.I)

# Irregular past forms news prose uses, read as their base verb (some are adjectives too:
# "hidden", "known"); none with another common meaning ("fed", the Fed; "dealt", which
# would join "deal" the noun and its synonyms)
_IRREGULAR = {
    "lost": "lose",
    "won": "win",
    "bought": "buy",
    "sold": "sell",
    "took": "take",
    "taken": "take",
    "made": "make",
    "paid": "pay",
    "said": "say",
    "told": "tell",
    "went": "go",
    "gone": "go",
    "gave": "give",
    "given": "give",
    "began": "begin",
    "begun": "begin",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "grew": "grow",
    "grown": "grow",
    "held": "hold",
    "left": "leave",
    "ran": "run",
    "beat": "beat",
    "beaten": "beat",
    "struck": "strike",
    "chose": "choose",
    "chosen": "choose",
    "drove": "drive",
    "driven": "drive",
    "wrote": "write",
    "written": "write",
    "spent": "spend",
    "met": "meet",
    "led": "lead",
    "kept": "keep",
    "brought": "bring",
    "thought": "think",
    "found": "find",
    "became": "become",
    "came": "come",
    "saw": "see",
    "seen": "see",
    "knew": "know",
    "known": "know",
    "built": "build",
    "sent": "send",
    "stood": "stand",
    "spoke": "speak",
    "spoken": "speak",
    "broke": "break",
    "broken": "break",
    "threw": "throw",
    "thrown": "throw",
    "fought": "fight",
    "caught": "catch",
    "taught": "teach",
    "sought": "seek",
    "shot": "shoot",
    "flew": "fly",
    "flown": "fly",
    "drew": "draw",
    "drawn": "draw",
    "wore": "wear",
    "worn": "wear",
    "fled": "flee",
    "felt": "feel",
    "meant": "mean",
    "hit": "hit",
    "hurt": "hurt",
    "shown": "show",
    "did": "do",
    "done": "do",
    "had": "have",
    "has": "have",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "stole": "steal",
    "stolen": "steal",
    "sank": "sink",
    "slid": "slide",
    "withdrew": "withdraw",
    "overtook": "overtake",
    "forgave": "forgive",
    "underwent": "undergo",
    "rang": "ring",
    "sang": "sing",
    "sung": "sing",
    "swam": "swim",
    "froze": "freeze",
    "frozen": "freeze",
    "hid": "hide",
    "bit": "bite",
    "ate": "eat",
    "eaten": "eat",
    "lay": "lie",
    "laid": "lay",
    "rode": "ride",
    "woke": "wake",
    "shook": "shake",
    "forecast": "forecast",
    "got": "get",
    "gotten": "get",
    "hung": "hang",
    "sped": "speed",
    "swept": "sweep",
    "slept": "sleep",
    "wept": "weep",
    "swore": "swear",
    "sworn": "swear",
    "stuck": "stick",
    "stung": "sting",
    "swung": "swing",
    "spun": "spin",
    "dug": "dig",
    "heard": "hear",
    "understood": "understand",
    "withheld": "withhold",
    "upheld": "uphold",
    "overcame": "overcome",
    "undertook": "undertake",
    "undertaken": "undertake",
    "oversaw": "oversee",
    "overseen": "oversee",
    "forbade": "forbid",
    "forbidden": "forbid",
    "foresaw": "foresee",
    "foreseen": "foresee",
    "arose": "arise",
    "arisen": "arise",
    "blew": "blow",
    "blown": "blow",
    "bred": "breed",
    "bled": "bleed",
    "clung": "cling",
    "flung": "fling",
    "forgot": "forget",
    "forgotten": "forget",
    "hidden": "hide",
    "knelt": "kneel",
    "leapt": "leap",
    "misled": "mislead",
    "overheard": "overhear",
    "overthrew": "overthrow",
    "overthrown": "overthrow",
    "rebuilt": "rebuild",
    "rewrote": "rewrite",
    "rewritten": "rewrite",
    "shrank": "shrink",
    "shrunk": "shrink",
    "sprang": "spring",
    "sprung": "spring",
    "withdrawn": "withdraw",
    "bitten": "bite",
    "ridden": "ride",
    "shaken": "shake",
    "woken": "wake",
    "withstood": "withstand",
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "person",
}
# The verb forms among them: a "which" question's head-noun scan stops at one.
IRREGULAR_VERBS = frozenset(_IRREGULAR) - QA_IRREGULAR_PLURALS
_NUMBERS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
}
# "What injury is keeping him out?", "what charge does he face?": a noun whose answer is a
# common phrase ("a hamstring problem"), not a name; the sentence itself is the answer.
PHRASE_NOUNS = QA_AILMENT_NOUNS | QA_CHARGE_NOUNS
PHRASE_FAMILY: dict[str, str] = {
    **dict.fromkeys(sorted(QA_AILMENT_NOUNS), "ailment"),
    **dict.fromkeys(sorted(QA_CHARGE_NOUNS), "charge"),
}
_SYNONYM_OF: dict[str, str] = {}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A word's comparison form: "subscribers" -> "subscriber", "lost" -> "lose",
    "five" -> "5", "£12m" -> "12m"."""
    w = fold(word).replace("’", "'").strip("'-.,")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    if not w:
        return w
    verb, _, particle = w.partition("-")
    if particle in QA_PARTICLES and verb.isalpha():
        return stem(verb) + particle  # "stood-down", "stepping-down": stand, step + down
    if "-" in w and not w[:1].isdigit() and w[:1] not in "£$€":
        w = w.replace("-", "")  # "out-selling" and "outselling", "set-up" and "set up"
    if w[0] in "£$€":
        w = w[1:]
    if w[:1].isdigit():
        return w.replace(",", "")
    if w in _NUMBERS:
        return _NUMBERS[w]
    if w in _IRREGULAR:
        # the base's own stem, read by the endings alone ("sped" meets "speed" at
        # "spee"; the lookup is not repeated, so "lay" of "laid" stays "lay")
        return _by_endings(_IRREGULAR[w])
    return _by_endings(w)


def _by_endings(w: str) -> str:
    """The stem of a folded word by its regular endings: plural, -ing, -ed, -ation."""
    if len(w) == 4 and w.endswith("s") and w[2] not in "aeiousw":
        w = w[:3]  # "wins", "cuts", "jobs", "bids"; not "does", "goes", "news", "this", "plus"
    elif len(w) > 4:
        if w.endswith("ies"):
            w = w[:-3] + "y"
        elif w.endswith(("sses", "shes", "ches", "xes")):
            w = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    if len(w) > 8 and w.endswith(("ation", "ction")):
        w = w[:-3]  # "deflection" meets "deflected", "nomination" meets "nominated"
    elif len(w) > 5 and w.endswith("ing"):
        w = _undouble(w[:-3])
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"  # "applied", "denied", "carried" meet "apply", "deny", "carry"
    elif w.endswith("eed"):
        # "agreed" is "agree" past; "speed", "need" are no past forms ("speeding" meets
        # "speed", "needs" meets "need")
        w = w[:-1] if w[:-1] in QA_EE_VERBS else w
    elif len(w) > 4 and w.endswith("ed"):
        w = _undouble(w[:-2])
    return _cut_e(w)


def _cut_e(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("e") and not w.endswith("ee") else w


def _undouble(w: str) -> str:
    """ "stopp" -> "stop"; "los" stays (lose/losing meet at "los" after the final-e cut).
    A British double l goes ("cancelled", "travelling", "trialled", "fuelled" -> cancel,
    travel, trial, fuel), not the l of a verb that ends in two ("called", "spelled"),
    nor the e of a verb that ends in two ("agreeing" -> agree)."""
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsze":  # "agreeing": agree
        return w[:-1]
    if w.endswith(("iall", "uell")) or (len(w) >= 6 and w.endswith("ell")):
        return w[:-1]
    return w


@lru_cache(maxsize=200_000)
def concept(word: str) -> str:
    """A stem, or the first word of its synonym group."""
    if not _SYNONYM_OF:
        for group in QA_SYNONYMS:
            for w in group:
                _SYNONYM_OF.setdefault(stem(w), stem(group[0]))
        for verb, meaning in QA_PHRASAL_VERBS:  # "pulled over" is "stopped"
            single = stem(meaning)
            _SYNONYM_OF.setdefault(stem(verb.replace(" ", "-")), _SYNONYM_OF.get(single, single))
    s = stem(word)
    return _SYNONYM_OF.get(s, s)


def split_hyphen(word: str) -> list[str]:
    """The parts of a hyphenated name a reader may write apart ("Walkman-branded" ->
    Walkman, branded); none for a figure ("15-year-old"), a short prefix ("e-mail") or a
    common compound ("guest-starring", "one-day"), whose parts mean little alone."""
    parts = word.split("-")
    if (
        len(parts) < 2
        or not word[:1].isupper()
        or not all(len(p) >= 3 and p.isalpha() for p in parts)
    ):
        return []
    return parts


# Phrasal verbs read as one word ("set up" as "set-up", the same length, so that offsets
# into the text still hold): any form of a verb of QA_PHRASAL_VERBS and its particle
# ("pulled over", "calling off"), and "a host of" as one word that is not the verb "host"
# ("a host of stars").
_PARTICLE = re.compile(r"(?<=[^\W\d_]) (" + "|".join(sorted(QA_PARTICLES)) + r")\b")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_HOST_OF = re.compile(r"\ba host(?= of\b)", re.I)
_PHRASAL_STEMS: dict[str, frozenset[str]] = {}


def _phrasal_stems() -> dict[str, frozenset[str]]:
    """Each particle with the stems of the verbs it makes a phrasal verb of."""
    if not _PHRASAL_STEMS:
        pairs = [verb.split() for verb, _ in QA_PHRASAL_VERBS]
        for particle in {p for _, p in pairs}:
            _PHRASAL_STEMS[particle] = frozenset(stem(v) for v, p in pairs if p == particle)
    return _PHRASAL_STEMS


# (the texts of one question's sentences and windows: a larger cache would keep copies of
# slices the bot never reads again, growing through a long run)
@lru_cache(maxsize=4096)
def phrasal(text: str) -> str:
    """The text with its phrasal verbs joined by a hyphen."""
    spaces = [m.end() for m in _HOST_OF.finditer(text)] if "host of" in text else []
    for match in _PARTICLE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if (
            before is not None
            and stem(before.group()) in _phrasal_stems().get(match.group(1), frozenset())
            and before.start() - 1 not in spaces  # "came back up": one particle each
        ):
            spaces.append(match.start())
    for at in spaces:
        text = text[:at] + "-" + text[at + 1 :]
    return text


def spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word as written) for each word of a text."""
    for match in WORD.finditer(phrasal(text)):
        yield match.start(), match.end(), match.group()


# "the Royal Academy of Dance (RAD)": a name and, in brackets, the letters that stand for it.
_BRACKETED = re.compile(r"\(([A-Z][A-Z&]{1,6})\)")
_NAME_WORD = re.compile(r"[A-Z][\w'’&-]*$")
# "the IOC (International Olympic Committee)": the letters, then the name in brackets
_SPELLED_AFTER = re.compile(r"\b([A-Z][A-Z&]{1,6})\s+\(([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,7})\)")


@lru_cache(maxsize=256)
def abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a text introduces, each with the name it stands for: news prose
    names "the International Energy Agency (IEA)" once and says "the IEA" after, while a
    reader may ask with either. The name is the run of capitalised words (and the glue
    between them) just before the brackets whose initials begin the abbreviation, or the
    words in brackets just after it whose initials are the abbreviation ("the IOC
    (International Olympic Committee)")."""
    out: dict[str, str] = {}
    for match in _BRACKETED.finditer(text):
        words = _run_before(text, match.start())
        letters = match.group(1).replace("&", "")
        for first in range(len(words)):
            if not words[first][:1].isupper():
                continue
            initials = "".join(w[0] for w in words[first:] if w[:1].isupper())
            if len(initials) >= 2 and letters.startswith(initials):
                out[match.group(1)] = " ".join(words[first:])
                break
    if "(" in text:
        for match in _SPELLED_AFTER.finditer(text):
            name = match.group(2)
            initials = "".join(w[0] for w in name.split() if w[:1].isupper())
            if initials == match.group(1).replace("&", ""):
                out.setdefault(match.group(1), name)
    return out


def _run_before(text: str, end: int) -> list[str]:
    """The capitalised words (and the glue between them) that end right before `end`."""
    run: list[str] = []
    for word in reversed(text[max(0, end - 120) : end].split()):
        if _NAME_WORD.match(word) or (word in QA_NAME_GLUE and run):
            run.append(word)
        else:
            break
    while run and not run[-1][:1].isupper():
        run.pop()  # the glue before the first capitalised word
    return run[::-1]
