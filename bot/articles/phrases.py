"""Speaker phrases: the noun phrase that names who speaks, found on tokens around a
reporting verb (its subject, an inverted "said X", a name over appositives and asides,
the subject of a sentence's main clause). Pure functions of tokens; no people yet."""

from __future__ import annotations

import bisect
from operator import attrgetter
from typing import Final

from bot.articles.lexicon import (
    ABBREVIATIONS,
    AFFILIATION_LINKS,
    AFFILIATIONS,
    APPOSITION_OPENERS,
    ARTICLES,
    AUX,
    BODY_NOUNS,
    CLAUSE_ASIDE_OPENERS,
    CLAUSE_COORDINATORS,
    CONNECTORS,
    DAYS,
    DETS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    GENERIC_BODIES,
    GERUND_LINKS,
    GIVEN_LIKE,
    GIVEN_NAMES,
    GROUP_NOUNS,
    ING_PREPOSITIONS,
    KIN_NOUNS,
    LEAD_CONJUNCTIONS,
    LOCATING_LINKS,
    LY_NOUNS,
    MODALS,
    MODIFIER_ENDINGS,
    NAME_PARTICLES,
    NAMED_AS,
    NAMING_LINKS,
    NAMING_WORDS,
    NOT_NAMES,
    OCCASION_BREAKERS,
    OCCASION_PREPOSITIONS,
    OCCUPATIONS,
    OPENERS,
    ORG_WORDS,
    PASSIVE_AUX,
    PERIODS,
    PERSON_NOUNS,
    PERSON_RELATIVES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    REPORTING_INFLECTED,
    REPORTING_VERBS,
    ROLE_WORDS,
    SEAT_LINKS,
    SOURCE_NOUNS,
    SPEAKER_PRONOUNS,
    STOPS,
    TIME_ADVERBS,
    TITLES,
    WHEN,
    WORK_MAKERS,
)
from bot.articles.tokens import Tok


def capitalised(tok: Tok) -> bool:
    return tok.text[:1].isupper() or (tok.text[:1].isdigit() and "/" in tok.text)


def modifier(tok: Tok) -> bool:
    """ "Trump-style", "Koch-backed": a name joined to an ending that makes the word
    modify what follows; it never ends the name of a speaker."""
    return "-" in tok.low and tok.low.endswith(MODIFIER_ENDINGS)  # (each ending opens "-")


def is_verb(tok: Tok) -> bool:
    return tok.low in REPORTING_VERBS and tok.text[:1].islower()


class NP:
    """A speaker expression: a pronoun, a capitalised name run, or a common noun phrase.
    `the`: "the White House", a body, not a person. A plain class, not a dataclass:
    mypyc compiles its __init__ (a dataclass's generated one would stay interpreted)."""

    __slots__ = ("appositive", "common", "pronoun", "start", "the", "words")

    def __init__(
        self,
        words: list[str],
        start: int,
        pronoun: str | None = None,
        common: bool = False,
        appositive: str | None = None,
        the: bool = False,
    ) -> None:
        self.words = words
        self.start = start
        self.pronoun = pronoun
        self.common = common
        self.appositive = appositive
        self.the = the

    def __repr__(self) -> str:
        return f"NP({self.words!r}, {self.start}, pronoun={self.pronoun!r}, common={self.common})"


def np_back(toks: list[Tok], i: int) -> NP | None:
    """The noun phrase ending at token i (walking left)."""
    if i < 0:
        return None
    tok = toks[i]
    if tok.low in PRONOUNS and tok.low not in ("it",):
        return NP([tok.low], tok.start, pronoun=tok.low)
    if tok.low in ("'s", "’s"):
        return None
    if modifier(tok):
        return None
    if capitalised(tok) or tok.low in ROLE_WORDS:
        j = i
        while j - 1 >= 0:
            prev = toks[j - 1]
            if (
                (capitalised(prev) and (prev.low not in NOT_NAMES or prev.low in TITLES))
                or (len(prev.text) == 2 and prev.text[1] == "." and prev.text[0].isupper())
                or (
                    prev.low in CONNECTORS
                    and j - 2 >= 0
                    and capitalised(toks[j - 2])
                    and prev.low != "the"
                )
                or (prev.low in ROLE_WORDS and not capitalised(prev))
                or (prev.low == "and" and _office_for_places(toks, j - 1))
                or (prev.low in NAME_PARTICLES and _particles_then_name(toks, j - 1, -1))
                or prev.text in ("-",)
                or (prev.text[:1].isdigit() and "/" in prev.text)
            ):
                j -= 1
            else:
                break
        words = [t.text for t in toks[j : i + 1]]
        the = j > 0 and toks[j - 1].low == "the"
        while words and words[0].lower() in NOT_NAMES and words[0].lower() not in TITLES:
            the = the or words[0].lower() == "the"
            words.pop(0)
            j += 1
        if not words:
            if _function_word_name(toks, i):
                return NP([tok.text], tok.start)  # "…,” From said: Al From, a surname
            return None
        if (
            0 < j < i
            and toks[j - 1].text in POSSESSIVES
            and _all_capitalised(toks, j, i)
            and modifies_noun([t.text for t in toks[j : i + 1]])
        ):
            # "their Grand Slam hopes": a name of two words or more after "their"
            # (lower-case: not a name's "Our Principles PAC") modifies a noun
            return None
        # (every MODIFIER_ENDINGS ending opens with "-": the cheap test first; a plain
        # loop, not any() over a generator, for speed)
        for w in words:
            if w[:1].isupper() and not ("-" in w and w.lower().endswith(MODIFIER_ENDINGS)):
                return NP(words, toks[j].start, the=the)
        # "the Oscar-nominated actor": a modifier joined to a name names no one
        return NP(words, toks[j].start, common=True)
    if tok.text.isalpha() and tok.low not in STOPS and tok.low not in AUX:
        j = i
        while j - 1 >= 0 and i - j < 5:
            prev = toks[j - 1]
            if prev.low in DETS or prev.low.endswith(("'s", "’s", "s'", "s’")):
                j -= 1  # (also "Sanders’ campaign": a bare apostrophe after an s)
                break
            if prev.text.isalpha() and prev.low not in STOPS and not is_verb(prev):
                j -= 1
            else:
                break
        return NP([t.text for t in toks[j : i + 1]], toks[j].start, common=True)
    return None


def modifies_noun(words: list[str]) -> bool:
    """Whether a capitalised run after a possessive ("their Grand Slam hopes") modifies
    the noun after it: two words or more, none a title or a role ("His Excellency",
    "their Prime Minister Tony Blair", "Our Chief Executive Jo Hale" name someone)."""
    return len(words) > 1 and not any(w.lower() in TITLES or w.lower() in ROLE_WORDS for w in words)


def _all_capitalised(toks: list[Tok], j: int, i: int) -> bool:
    """Whether every token of toks[j..i] is capitalised (no role word: "his manager
    Robert Voice" names a person)."""
    return all(capitalised(t) for t in toks[j : i + 1])


def office_seat(words: list[str], k: int) -> int:
    """ "The MP for Sittingbourne and Sheppey", "MP for North Fife and Kinross": the "and"
    at words[k], after capitalised words that follow an office and "for" or "of", joins two
    places into the office's seat; the index of the seat's first word, else -1."""
    j = k
    while j > 0 and words[j - 1][:1].isupper():
        j -= 1
    if (
        j < k
        and j >= 2
        and words[j - 1].lower() in SEAT_LINKS
        and words[j - 2].lower().rstrip(".") in ROLE_WORDS
    ):
        return j
    return -1


def _office_for_places(toks: list[Tok], k: int) -> bool:
    """Whether the "and" at toks[k] joins two places of an office's seat (office_seat)."""
    lo = k - 8 if k > 8 else 0  # (not max(): see the note in cast.py)
    return office_seat([t.text for t in toks[lo : k + 1]], k - lo) >= 0


def _relative_aside(toks: list[Tok], j: int, i: int) -> int | None:
    """The comma before "who"/"whose" that opens the aside ending at the comma i, when the
    aside holds commas of its own (j: the nearest comma before i)."""
    for k in range(j, i - 31 if i > 30 else -1, -1):  # (not max(): see cast.py)
        if toks[k].text in ("“", '"', "”", ":", ";"):
            return None
        if toks[k].low in ("who", "whose") and k >= 1 and toks[k - 1].text == ",":
            return k - 1
    return None


def _month_name(toks: list[Tok], i: int, v: int) -> bool:
    """ "May said:", "Will wrote": a capitalised month or modal that is also a name, right
    before a reporting verb's past or present, is a surname (a modal takes only the base
    form: no "may said", no "will wrote")."""
    if not toks[i].text[:1].isupper():
        return False
    if v != i + 1:
        # "MSP Christine May had said": a modal takes no finite "had" or "has" after it,
        # and a capitalised word before makes it the end of a name
        return (
            v == i + 2
            and i > 0
            and capitalised(toks[i - 1])
            and toks[i + 1].low in ("had", "has")
            and (toks[i].low in GIVEN_LIKE or toks[i].low in MODALS)
        )
    if toks[i].low in GIVEN_LIKE:
        return toks[v].low.endswith(("d", "s"))
    return toks[i].low in MODALS and toks[v].low in REPORTING_INFLECTED


def _function_word_name(toks: list[Tok], i: int) -> bool:
    """ "“…,” From said": a capitalised preposition alone between a closing quotation (or
    a comma) and a reporting verb can only be a surname (Al From); so can a month that is
    also a name before a reporting verb's past or present ("May said:", Brian May: the
    modal takes no "said")."""
    if i + 1 < len(toks) and is_verb(toks[i + 1]) and _month_name(toks, i, i + 1):
        return True
    return (
        toks[i].low in PREPOSITIONS
        and toks[i].text[:1].isupper()
        and (i == 0 or toks[i - 1].text in (",", "”", '"', "''"))
        and i + 1 < len(toks)
        and is_verb(toks[i + 1])
        and not toks[i + 1].low.endswith("ing")  # "In responding, the campaign …"
    )


def _ends_in_office(words: list[str]) -> bool:
    """ "France coach", "Archbishop of Cardiff", "Minister for Europe": the phrase ends in a
    role word, or in a role word and the place or body it is held for."""
    if words[-1].lower() in ROLE_WORDS:
        return True
    for j in range(len(words) - 2, 0, -1):
        if words[j] in ("of", "for"):
            return words[j - 1].lower() in ROLE_WORDS
        if not words[j][:1].isupper():
            return False
    return False


def _firm_owner_next(toks: list[Tok], k: int) -> bool:
    """ "added Ernst and Young's Sanjay Mehta": "and" at k joins a firm's name whose
    possessive comes right after it, before the person's name."""
    return (
        k + 2 < len(toks)
        and capitalised(toks[k + 1])
        and toks[k + 1].low.endswith(("'s", "’s"))
        and capitalised(toks[k + 2])
    )


def _modifying(toks: list[Tok], n: int) -> bool:
    """ "athletics' ruling body", "the governing party": a participle after a possessive or
    a determiner describes a noun; it is no verb."""
    if n < 1 or not toks[n].low.endswith("ing"):
        return False
    prev = toks[n - 1].low
    return prev in DETS or prev.endswith(("'", "’", "'s", "’s"))


def _particles_then_name(toks: list[Tok], k: int, step: int) -> bool:
    """The run of lower-case surname particles at token k ("van der", "de la"), walked in
    the direction of step, reaches a capitalised word: the particles sit inside a name."""
    while 0 <= k < len(toks) and toks[k].low in NAME_PARTICLES and toks[k].text.islower():
        k += step
    return 0 <= k < len(toks) and capitalised(toks[k])


def _party_tag(inside: list[Tok]) -> bool:
    """ "(R-Ohio)", "(D)", "(Lab)", "(D-Mo.)": a short tag of capitalised words and
    punctuation; "(a lawyer)" is an aside about the name, which is then no subject."""
    words = [t for t in inside if t.text[:1].isalnum()]
    return 1 <= len(words) <= 3 and len(inside) <= 5 and all(capitalised(t) for t in words)


def before_paren(toks: list[Tok], i: int) -> int:
    """Step left over a short "(R-Ohio)" or "(D-Mo.)" to the name it follows."""
    if i >= 0 and toks[i].text == ")":
        j = i - 1
        while j >= 0 and toks[j].text != "(" and i - j <= 8:
            j -= 1
        if j >= 0 and toks[j].text == "(":
            return j - 1
    return i


def subject_before(toks: list[Tok], v: int) -> NP | str | None:
    """The subject of the verb at token v: an NP, "COORD" (and/but ...) or None."""
    i = v - 1
    while i >= 0 and (
        (toks[i].low in AUX and not _month_name(toks, i, v))
        or (toks[i].low.endswith("ly") and not capitalised(toks[i]) and toks[i].low not in LY_NOUNS)
        or (toks[i].low in TIME_ADVERBS and toks[i].text[:1].islower())
    ):
        i -= 1
    i = _before_occasion(toks, i)
    i = _before_participle(toks, i)
    while i >= 0 and toks[i].low in AUX and not _month_name(toks, i, v):
        i -= 1
    if (
        i >= 1
        and toks[i - 1].low in WHEN
        and (toks[i].low in DAYS or toks[i].text.isdigit() or toks[i].low in PERIODS)
    ):
        i -= 2  # "who in 2010 said", "Trump on Monday said", "Mr Howard last week said"
    if i < 0:
        return None
    tok = toks[i]
    if tok.text == ")":
        while i >= 0 and toks[i].text != "(":
            i -= 1
        i -= 1
        if i < 0:
            return None
        tok = toks[i]
    if tok.text == "," and toks[v].low.endswith("ing"):
        return "COORD"  # "…, arguing that": the sentence's subject speaks
    if tok.text in _ASIDE_DASHES:
        return _before_dashes(toks, i)
    if tok.text == "," and i >= 1 and toks[i - 1].text == ")":
        p = i - 1
        while p >= 0 and toks[p].text != "(":
            p -= 1
        tagged = np_back(toks, p - 1) if p >= 1 and _party_tag(toks[p + 1 : i - 1]) else None
        full = tagged is not None and len(tagged.words) > 1
        if full and tagged is not None and not tagged.common and not tagged.pronoun:
            return tagged  # "Gov. John Kasich (R-Ohio), said": a party tag, then a comma
    if tok.text == ",":
        lead = _lead_name(toks, v)
        if lead is not None:
            return lead
        j = i - 1
        while j >= 0 and toks[j].text not in (",", "“", '"', "”", ":", ";") and i - j <= 30:
            j -= 1
        rel = _relative_aside(toks, j, i)
        if rel is not None:
            # "The actor, whose films include A, B and C, said": the aside's own commas
            # list things; the subject stands before "whose"
            return np_back(toks, before_paren(toks, rel - 1))
        if j < 0 or toks[j].text != ",":
            return None
        appos = toks[j + 1 : i]
        np = np_back(toks, before_paren(toks, j - 1))
        if np is None or not appos:
            return None
        if (
            _clause_aside(appos)
            and not governed_np(toks, np)
            and owner_before_asides(toks, j) is None
        ):
            # "The chancellor, speaking during a tour of Africa, said": the aside's
            # names are no subject; the phrase before it speaks
            return np
        inner = np_back(appos, len(appos) - 1)
        # "His partner at Lenox, Lawrence Cummings, said": the name is the whole aside
        in_phrase = (
            governed_np(toks, np)
            and inner is not None
            and inner.start == appos[0].start
            and len(inner.words) > 1  # a full name, not "from Omaha, Nebraska,"
        )
        # "A crestfallen France coach, Bernard Laporte, observed": a role then the name
        # "The Archbishop of Leeds, the Right Reverend Paul Crane, told": also a role
        # word inside the phrase, and "the" before the name
        ahead = [a for a in appos if inner is not None and a.start < inner.start]
        role_first = (
            _ends_in_office(np.words)
            and inner is not None
            and inner.words[-1][:1].isupper()  # a name, not "X, Axa spokesman, told"
            and len(inner.words) > 1
            and len(ahead) <= 2
            and all(a.low == "the" or capitalised(a) for a in ahead)
        )
        if (
            (np.common or in_phrase or role_first)
            and inner is not None
            and not inner.common
            and not inner.pronoun
            and not _participle_aside(appos)
        ):
            inner.appositive = " ".join(np.words)
            inner.the = False  # "the Right Reverend Paul Crane": a person, not a body
            return inner
        if np.pronoun or (np.common and not any(a.low in ROLE_WORDS for a in appos)):
            # "Her lawsuit, filed in the US District Court, said": the phrase before an
            # aside that says where it was filed speaks
            return np if np.pronoun or _participle_aside(appos) else None
        if governed_np(toks, np):
            owner = owner_before_asides(toks, j)
            if owner is not None:
                return owner
        np.appositive = join_tokens(appos)
        return np
    if tok.low in CLAUSE_COORDINATORS:
        return "COORD"
    if tok.low in GERUND_LINKS and toks[v].low.endswith("ing"):
        return "COORD"  # "… before asking her, “…”": the sentence's subject asks
    if tok.low == "who":
        return who_antecedent(toks, i) or "REL"
    if tok.low == "which" and i >= 1 and toks[i - 1].text == "," and toks[i + 1].text.islower():
        # "welcomed by Beijing, which described it as …": a named body or place speaks
        body = np_back(toks, i - 2)
        return body if body is not None and not body.common and not body.pronoun else None
    np = np_back(toks, i)
    maker = _maker_of_works(toks, np)
    if maker is not None:
        return maker
    person = _person_before_body(toks, np)
    if person is not None:
        return person
    located = _located_subject(toks, np)
    if located is not None:
        if not governed_np(toks, located):
            return located
        if _governed_by_noun(toks, located):
            # "a spokesman for the council in Leeds said": the place locates the body,
            # whose phrase the noun before governs (not "At the show in Las Vegas
            # Microsoft boss Bill Gates said", which opens the sentence)
            np = located
    if np is not None and not np.pronoun and governed_np(toks, np):
        # "David Graham from the FDA's Office of Drug Safety told": the subject is the
        # name before the phrase
        k = index_at(toks, np.start) - 1
        while k >= 0 and toks[k].low in DETS:
            k -= 1
        owner = np_back(toks, k - 1) if k >= 1 and toks[k].low in AFFILIATION_LINKS else None
        for _ in range(2):
            # "president of the networks division at the firm says": back over the
            # phrases each governed by the one before, to the role
            if owner is None or not owner.common or any(w in ROLE_WORDS for w in owner.words):
                break
            k = index_at(toks, owner.start) - 1
            while k >= 0 and toks[k].low in DETS:
                k -= 1
            if k < 1 or toks[k].low not in AFFILIATION_LINKS:
                break
            owner = np_back(toks, k - 1)
        if owner is not None and owner.common and any(w in ROLE_WORDS for w in owner.words):
            # "Howard Archer, economist at Global Insight said": the role is an aside
            # whose closing comma was left out; the name before it speaks
            c = index_at(toks, owner.start) - 1
            named = np_back(toks, c - 1) if c >= 1 and toks[c].text == "," else None
            if named is not None and not named.common and not named.pronoun:
                owner = named
                owner.appositive = join_tokens(toks[c + 1 : i + 1])
        if (
            owner is not None
            and len(owner.words) > 1
            and all(w[:1].isupper() for w in owner.words)  # a full name, not "Shadow leader"
        ):
            return owner
        named = _name_before_affiliations(toks, np)
        if named is not None:
            return named
        if owner is not None and _body_of_members(owner, np):
            return owner
    return np


def _body_of_members(owner: NP, np: NP) -> bool:
    """ "The board of directors said", "the committee on human rights found": a definite
    body governs a lower-case phrase of what it is made of or deals with; the body
    speaks, not its members ("a group of" names the members, so "group" is left out)."""
    head = owner.words[-1].lower()
    return (
        owner.common
        and 1 < len(owner.words) < 4
        and owner.words[0].lower() == "the"
        and head != "group"
        and (head in BODY_NOUNS or head in GENERIC_BODIES)
        and np.common
        and all(w.islower() for w in np.words)
    )


def _governed_by_noun(toks: list[Tok], np: NP) -> bool:
    """Whether a word (a noun's, "spokesman for the council"; a verb's too, "spoke to the
    council", which no rule here tells apart) stands before the preposition that
    governs np."""
    k = index_at(toks, np.start) - 1
    while k >= 0 and toks[k].low in DETS:
        k -= 1
    return k >= 1 and toks[k - 1].text.isalpha()


def _located_subject(toks: list[Tok], np: NP | None) -> NP | None:
    """ "Officials in London said", "diplomats in Brussels said", "Tom Hale in Leeds
    said": a place after "in" only says where the subject is, so the phrase before "in"
    speaks (a common one names no one), never the place."""
    if np is None or np.pronoun or np.common:
        return None
    k = index_at(toks, np.start) - 1
    if k >= 0 and toks[k].low == "the":
        k -= 1
    if k < 1 or toks[k].low not in LOCATING_LINKS:
        return None
    owner = np_back(toks, k - 1)
    if owner is None or owner.pronoun or not toks[k - 1].text.isalpha():
        return None
    return owner


def _name_before_affiliations(toks: list[Tok], np: NP) -> NP | None:
    """ "Dr Ann Price, of the Institute for Rail at the University of Kent in Canterbury
    said": an aside of places and bodies, each governed by the one before, whose closing
    comma was left out; the full name before the aside's comma speaks."""
    k = index_at(toks, np.start) - 1
    stop = k - 25 if k > 25 else 0
    # back over capitalised words, "the", prepositions and "and" to the aside's comma
    while k > stop and (
        capitalised(toks[k])
        or toks[k].low in DETS
        or toks[k].low in PREPOSITIONS
        or toks[k].low in ("and", "&")
    ):
        k -= 1
    if k < 1 or toks[k].text != "," or toks[k + 1].low not in AFFILIATION_LINKS:
        return None
    named = np_back(toks, k - 1)
    if (
        named is None
        or named.common
        or named.pronoun
        or len(named.words) < 2
        or not all(w[:1].isupper() for w in named.words)
    ):
        return None
    return named


_ASIDE_DASHES: Final = frozenset("—–-")


def _maker_of_works(toks: list[Tok], np: NP | None) -> NP | None:
    """ "The star of Rain Man and Tootsie said": titles after "the star of" are works;
    "the star" is the subject (the last title is no speaker)."""
    if np is None or np.common or np.pronoun:
        return None
    k = index_at(toks, np.start) - 1
    if k >= 0 and toks[k].text == ",":
        return None  # "The star of Rain Man, Dustin Hoffman, said": a name in apposition
    while k >= 0 and (capitalised(toks[k]) or toks[k].low in ("and", ",", "&")):
        k -= 1  # the titles before it in a list
    if k < 2 or toks[k].low != "of" or toks[k - 1].low not in WORK_MAKERS:
        return None
    if toks[k - 2].low != "the" or capitalised(toks[k - 1]):
        return None
    return NP([toks[k - 2].text, toks[k - 1].text], toks[k - 2].start, common=True)


def _clause_aside(appos: list[Tok]) -> bool:
    """ "speaking during a tour of Africa", "who was visiting Kenya", "on a visit to
    Mozambique": an aside that opens with a present participle, a relative word or a
    preposition says what the subject does or where; it names nobody in apposition."""
    first = appos[0]
    low = first.low
    if not first.text.isalpha() or not first.text.islower() or low in ROLE_WORDS:
        return False
    if low.endswith("ing") and len(low) > 4:
        # not "managing director of the division": a role
        return len(appos) > 1 and appos[1].low not in ROLE_WORDS
    # not "from the Home Office", "of the Royal Society": whose the subject is
    return low in CLAUSE_ASIDE_OPENERS or (low in PREPOSITIONS and low not in AFFILIATIONS)


def _participle_aside(appos: list[Tok]) -> bool:
    """ "The lawsuit, filed in the US District Court in San Francisco, said": an aside that
    opens with a past participle and a preposition says where; the name at its end is no
    name of the subject."""
    first = appos[0]
    return (
        first.text.isalpha()
        and first.text.islower()
        and first.low.endswith(("ed", "en", "wn"))
        and first.low not in ROLE_WORDS
        and first.low not in NAMING_WORDS  # "The group, known as the Real IRA, said"
        and first.low not in NAMING_LINKS
        and any(a.low in PREPOSITIONS and a.low != "by" for a in appos[1:3])  # "handed down at"
    )  # "The study, led by Prof Jo Bell, said": the one who led it speaks for it


def _before_dashes(toks: list[Tok], i: int) -> NP | None:
    """ "Tom Baker — a former mayor — said", "A former mayor -- Tom Baker, who lost --
    said": an aside between dashes before the verb; the name before it speaks, or the
    full name that opens it after a description."""
    j = i
    while j >= 0 and toks[j].text in _ASIDE_DASHES:
        j -= 1
    end = j
    while j >= 0 and toks[j].text not in _ASIDE_DASHES and end - j <= 30:
        if toks[j].text in '.;:“”"':
            return None
        j -= 1
    if j < 1 or toks[j].text not in _ASIDE_DASHES or j == end:
        return None
    opening = j + 1
    while j >= 0 and toks[j].text in _ASIDE_DASHES:
        j -= 1
    outer = np_back(toks, j)
    inner = np_forward(toks, opening)
    named = inner is not None and len(inner.words) > 1 and not inner.common
    if (outer is None or outer.common) and named and inner is not None and not inner.pronoun:
        return inner
    if outer is not None and (outer.pronoun or not outer.common):
        return outer
    return None


def _before_participle(toks: list[Tok], i: int) -> int:
    """ "Another source speaking to Fox News said", "Lane speaking with reporters said": a
    participle and its short prepositional object between a subject and its verb; the
    subject is before the participle (the index of its last token, else i)."""
    k = i
    while k > 1 and i - k < 6 and toks[k].text.isalpha() and toks[k].low not in PREPOSITIONS:
        k -= 1
    if k == i or k < 2 or toks[k].low not in PREPOSITIONS:
        return i
    ing, head = toks[k - 1], toks[k - 2]
    if not (ing.text.islower() and ing.low.endswith("ing")) or ing.low in ING_PREPOSITIONS:
        return i
    if not head.text.isalpha() or head.low in STOPS or head.low in AUX:
        return i
    return k - 2


def _before_occasion(toks: list[Tok], i: int) -> int:
    """ "Baker in his speech called", "Ruiz at a packed rally said": a short lower-case
    phrase of occasion between a name and its verb; the name before it is the subject
    (the index of its last token, else i)."""
    k = i
    while k > 0 and i - k < 5 and toks[k].text[:1].islower() and toks[k].text.isalpha():
        if toks[k].low in OCCASION_PREPOSITIONS:
            prev = toks[k - 1]
            if i - k < 2:
                return i  # "had at last described", "in fact": an idiom, no occasion
            if capitalised(prev) and prev.low not in NOT_NAMES:
                return k - 1
            if prev.low in AUX or prev.low == "who":
                return k - 1  # "Baker, who has in the past described": on to "who"
            return i
        low = toks[k].low
        if low in PREPOSITIONS or low in AUX or low in OCCASION_BREAKERS or low in FINITE_VERBS:
            return i
        if low in REPORTING_VERBS:
            return i
        k -= 1
    return i


def _person_before_body(toks: list[Tok], np: NP | None) -> NP | None:
    """ "Colin Asplin, Blackpool Hotel Association said": a body's name set off by a comma
    after a full name that opens the clause is the person's affiliation; the person
    speaks. So is "Jane Hill, a local councillor said" (the closing comma left out): a
    role after "a" or "an"."""
    if np is None or np.pronoun:
        return None
    # the cheap tests first: the phrase must end in a role or a body's word
    last = np.words[-1].lower()
    if last not in (ROLE_WORDS if np.common else ORG_WORDS):
        return None
    at = index_at(toks, np.start)
    k = at - 1
    if np.common:
        while k >= 0 and k > at - 5 and toks[k].text.isalpha():
            if toks[k].low in ("a", "an"):
                break
            if toks[k].low in STOPS or not toks[k].text.islower():
                return None
            k -= 1
        if k < 0 or toks[k].low not in ("a", "an"):
            return None
        k -= 1
    if k < 2 or toks[k].text != ",":
        return None
    j = k - 1
    while j >= 0 and (capitalised(toks[j]) or toks[j].text == "."):
        j -= 1
    if j >= 0 and toks[j].text not in (",", ":", ";", "“", '"', "”"):
        return None  # the name must open the clause
    person = np_back(toks, k - 1)
    if person is None or person.common or person.pronoun or len(person.words) < 2:
        return None
    if person.words[-1].lower() in ORG_WORDS or person.words[-1].lower() in ROLE_WORDS:
        return None
    person.appositive = " ".join(np.words)
    return person


def _lead_name(toks: list[Tok], v: int) -> NP | None:
    """ "Cory James, 22, of Flint, Mich., said", "Marco Rubio, whose hometown, Miami, is
    …, argues", "Ruiz, meanwhile, who …, said": a name that opens the clause and is
    followed by a chain of asides (three commas or more, no reporting verb among them) is
    the subject of the verb after them."""
    k = 0
    opened = False
    while k < v and not toks[k].text[:1].isalnum():
        k += 1
    if k < v and toks[k].low in PREPOSITIONS:
        # "In a statement, Dr Ann Lee, Acme vice president, Research and Design, said":
        # an opening phrase (no verb in it) and its comma, then the name (not "In
        # October, Mr. Paulson, who …, told": two asides only, left to the caller)
        c = k + 1
        while c < v and toks[c].text != "," and not is_verb(toks[c]):
            c += 1
        if c < v and toks[c].text == "," and c - k <= 6:
            k = c + 1
            opened = True
    if k >= v or toks[k].low in PREPOSITIONS:
        return None
    if toks[k].low in NOT_NAMES and not (toks[k].low in TITLES and k + 1 < v):
        return None  # not "Dr Ann Lee, …, said": a title opens a name
    e = k
    while e < v and toks[e].text != ",":
        if not (capitalised(toks[e]) or toks[e].text == "." or toks[e].low in CONNECTORS):
            return None
        e += 1
    if e == k or e >= v:
        return None
    if opened:
        # not "In his new book, Open Water, Tom Hale, a QC, suggests": a name
        # in the next aside stands in apposition to the phrase's noun
        n = e + 1
        while n < v and toks[n].text != "," and capitalised(toks[n]):
            n += 1
        if n < v and n > e + 1 and toks[n].text == ",":
            return None
    commas = 0
    for n in range(e, v):
        t = toks[n]
        if t.text == ",":
            commas += 1
        elif t.text in ("“", '"', "”", ":", ";") or (is_verb(t) and not _modifying(toks, n)):
            return None
    if commas < 3:
        return None
    np = np_forward(toks, k)
    if np is None or np.common or np.pronoun:
        return None
    return np


def np_forward(toks: list[Tok], i: int) -> NP | None:
    """The noun phrase starting at token i (after an inverted verb: said Mr Lavrov)."""
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.low in PRONOUNS and tok.low != "it":
        return NP([tok.low], tok.start, pronoun=tok.low)
    j = i
    while j < len(toks) and toks[j].low in DETS:
        j += 1
    if j == i + 1 and tok.low == "the" and j < len(toks) and toks[j].low in GROUP_NOUNS:
        return NP(["the", toks[j].low], toks[i].start, common=True)  # wrote the judges
    named = _role_comma_name(toks, j) or _kin_comma_given(toks, i)
    if named is not None:
        return named  # said Opera spokeswoman, Berit Hanson / the firm's spokesman, John Carter
    if j == i + 1 and tok.low == "the" and j < len(toks) and _aged(toks[j].low):
        if j + 1 >= len(toks) or not capitalised(toks[j + 1]):
            return NP(["the", toks[j].low], toks[j].start, common=True)  # said the 29-year-old
        j += 1  # said the 28-year-old Morientes: the name (or "Dubliner": see Cast.mention)
    if (
        j == i + 1
        and tok.low == "the"
        and j + 1 < len(toks)
        and modifier(toks[j])
        and toks[j + 1].text.isalpha()
        and toks[j + 1].text.islower()
    ):
        # said the Newport-based athlete: a place joined to "-based" describes, names no one
        return NP(["the", toks[j].text, toks[j + 1].text], toks[i].start, common=True)
    described = _body_person(toks, i, j)
    if described is not None:
        return described
    if j == i + 1 and tok.low == "the":
        known = _known_as(toks, j)
        if known is not None:
            return known  # said the base chief known as Bob: the name the phrase gives
        role = _lower_role(toks, j)
        if role is not None:
            return role  # said the world indoor champion: a description, no name
    if j < len(toks) and capitalised(toks[j]):
        described = described_name(toks, j)
        if described is not None:
            return described  # said DZ bank economist Bernd Weidensteiner
    elif j < len(toks):
        described = _role_then_name(toks, j)
        if described is not None:
            return described  # added his campaign manager Jeff Weaver
    k = j
    paren = -1
    joined = -1  # where a connector joined the run: "Jo Bell of Acme"
    while k < len(toks):
        t = toks[k]
        if joined >= 0 and t.low in ROLE_WORDS and t.text.islower() and _person_opens(toks, j):
            k = joined  # "Jo Bell of Acme's Belgian partner Keyobs": the partner is a firm,
            break  # the name ends before "of" (not "Bank of Japan chief Jo Bell")
        if joined < 0 and k > j and t.low in CONNECTORS and t.low != "the":
            joined = k
        if (
            capitalised(t)
            or t.low in ROLE_WORDS
            or (t.text == "." and k > j and titled(toks[k - 1]))
            or (
                t.low in CONNECTORS
                and t.low != "the"
                and k + 1 < len(toks)
                and capitalised(toks[k + 1])
            )
            or (t.low in NAME_PARTICLES and k > j and _particles_then_name(toks, k, 1))
            or (t.low in ("and", "&") and k > j and _firm_owner_next(toks, k))
            or _body_noun_before_role(toks, k, j)
            or (
                # "Radio 5 Live", "Channel 4 News": a number inside a capitalised name
                t.text.isdigit()
                and len(t.text) <= 3
                and k > j
                and k + 1 < len(toks)
                and capitalised(toks[k + 1])
                and capitalised(toks[k - 1])
            )
        ):
            k += 1
        elif t.text == "(" and k > j:
            close = next((x for x in range(k, min(k + 8, len(toks))) if toks[x].text == ")"), None)
            if close is None:
                break
            # "Howard Dean (D)", "Harry Reid (D-Nev.)": the party tag is no part of the name
            paren = k
            k = close + 1
            break
        else:
            break
    words = [t.text for t in toks[j : paren if paren >= 0 else k] if t.text != "."]
    if not words:
        return None
    np = NP(words, toks[j].start, common=not any(w[:1].isupper() for w in words))
    if k < len(toks) and toks[k].text == "," and not np.common:
        end = next((x for x in range(k + 1, min(k + 16, len(toks))) if toks[x].text in ",."), None)
        appos = toks[k + 1 : end] if end else toks[k + 1 : k + 12]
        if (appos and appos[0].low in APPOSITION_OPENERS) or any(
            a.low in ROLE_WORDS for a in appos
        ):
            np.appositive = join_tokens([a for a in appos if a.low != "who"])
    return np


def _body_noun_before_role(toks: list[Tok], k: int, j: int) -> bool:
    """ "said the Labour party leader": a body's lower-case noun after its capitalised
    name and before a role noun belongs to the role, not the end of a name ("Labour")."""
    t = toks[k]
    return (
        k > j
        and t.low in BODY_NOUNS
        and t.text.islower()
        and k + 1 < len(toks)
        and toks[k + 1].low in ROLE_WORDS
        and toks[k + 1].text.islower()
        and capitalised(toks[k - 1])
    )


def _body_person(toks: list[Tok], i: int, j: int) -> NP | None:
    """ "says the Waterford man", "said a Labour Party source", "whispered the Tory Party
    person": a place's or a body's name, then a lower-case noun for a person (not a role,
    whose holder speaks for the body), describe someone of it and name no one."""
    if j != i + 1 or toks[i].low not in ARTICLES:
        return None
    k = j
    while k < len(toks) and k - j < 3 and capitalised(toks[k]):
        k += 1
    if k == j or k >= len(toks):
        return None
    # "a Unite union member", "a Leeds council spokesman": the body's own noun after its
    # name; whoever of it "a" means, even by a role, is not named ("the Labour party
    # leader" is the leader the article names)
    of_body = k + 1 < len(toks) and toks[k].low in BODY_NOUNS and toks[k].text.islower()
    k += of_body
    noun = toks[k]
    if noun.low not in PERSON_NOUNS and noun.low not in SOURCE_NOUNS:
        return None
    anyone = of_body and toks[i].low in ("a", "an")
    if (noun.low in ROLE_WORDS and not anyone) or not noun.text.islower():
        return None
    if k + 1 < len(toks) and capitalised(toks[k + 1]):
        return None  # said the Labour Party member Jo Bell: the name
    return NP([toks[i].low] + [t.text for t in toks[j : k + 1]], toks[i].start, common=True)


def _known_as(toks: list[Tok], j: int) -> NP | None:
    """ "the base chief known as Bob", "a driver identified only as Ali": a few lower-case
    words, then "known"/"identified" ("only") "as" and a name: that name."""
    k = j
    while k < len(toks) and k - j < 5 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].low in NAMED_AS and k > j:
            a = k + 1
            if a < len(toks) and toks[a].low == "only":
                a += 1
            if a + 1 < len(toks) and toks[a].low == "as" and capitalised(toks[a + 1]):
                return np_forward(toks, a + 1)
            return None
        k += 1
    return None


def _lower_role(toks: list[Tok], j: int) -> NP | None:
    """ "said the world indoor champion.", "said the former world champion, who …": a few
    lower-case words ending in a role noun after "the", with no name after them, describe
    the speaker (whom the role stands for); None otherwise."""
    k = j
    while k < len(toks) and k - j < 5 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].low in STOPS or toks[k].low in AUX or is_verb(toks[k]):
            return None
        k += 1
    if k == j or toks[k - 1].low not in ROLE_WORDS or k - j < 2:
        return None  # (one role word alone is the common phrase found below)
    if k < len(toks) and (capitalised(toks[k]) or toks[k].text[:1].isalnum()):
        return None  # said the former world champion Maurice Greene: the name speaks
    return NP(["the", *(t.text for t in toks[j:k])], toks[j - 1].start, common=True)


def _kin_comma_given(toks: list[Tok], i: int) -> NP | None:
    """ "said his wife, Jane.", "said Hale's son, Tom, who …": a relation of someone the
    article names (a possessive or a name's, and a kin noun), a comma, then a lone listed
    given name that ends the phrase: the given name speaks (the cast knows it)."""
    k = _owner_end(toks, i) + 1
    if k <= i or k + 2 >= len(toks):
        return None
    if toks[k].low not in KIN_NOUNS and toks[k].text.islower():
        k += 1  # "his late wife", "her younger brother"
    if k + 2 >= len(toks) or toks[k].low not in KIN_NOUNS or toks[k + 1].text != ",":
        return None
    name = toks[k + 2]
    if not capitalised(name) or name.low not in GIVEN_NAMES:
        return None
    if k + 3 < len(toks) and toks[k + 3].text not in (",", ".", ";"):
        return None  # "his wife, Jane and her son": not she alone (Jane Hill: the rule before)
    return NP([name.text], name.start, appositive=join_tokens(toks[i : k + 1]))


def _owner_end(toks: list[Tok], i: int) -> int:
    """The index of the last token of an owner at i ("his", "Tom Hale's", at most three
    capitalised words), or -1 when none stands there ("its", "your": no person's)."""
    if toks[i].low in POSSESSIVES:
        return i if toks[i].low not in ("its", "your") else -1
    for k in range(i, min(i + 3, len(toks))):
        if not capitalised(toks[k]):
            return -1
        if toks[k].low.endswith(("'s", "’s")) and len(toks[k].low) > 2:
            return k
    return -1


def _role_comma_name(toks: list[Tok], j: int) -> NP | None:
    """ "said Opera spokeswoman, Berit Hanson", "said the company's spokesman, John Carter",
    "said a Labour MP, Jo Hale": a short phrase ending in a role word (in capitals too), a
    comma, then a full name that ends the phrase (the tail or an aside): the name speaks,
    the role describes it."""
    office = _office_opens(toks, j)
    k = j
    while (
        k < len(toks)
        and k - j < (_OFFICE_SPAN if office else 6)
        and toks[k].text not in (",", ".", ";", ":")
    ):
        if not toks[k].text.replace("-", "").replace("'", "").replace("’", "").isalnum():
            return None
        k += 1
    if k == j or k + 2 >= len(toks) or toks[k].text != ",":
        return None
    if not office and toks[k - 1].low not in ROLE_WORDS:
        return None
    n = k + 1
    if toks[n].low == "the":
        n += 1
    e = n
    while e < len(toks) and (capitalised(toks[e]) or toks[e].low in NAME_PARTICLES):
        e += 1
    if (
        e - n < 2
        or not capitalised(toks[e - 1])
        or (toks[n].low in NOT_NAMES and toks[n].low not in TITLES)
    ):
        return None
    if e < len(toks) and toks[e].text not in (",", ".", ";", ")", "—", "–", "-"):
        return None
    words = [t.text for t in toks[n:e]]
    if words[-1].lower() in ROLE_WORDS or words[-1].lower() in ORG_WORDS:
        return None  # "the spokesman, Northgate Council": a body, not a name
    return NP(words, toks[n].start, appositive=join_tokens(toks[j:k]))


def _person_opens(toks: list[Tok], j: int) -> bool:
    """Whether the phrase at j opens with a title or a given name ("Jo Bell")."""
    return toks[j].low in TITLES or toks[j].low in GIVEN_NAMES


# the longest "chairman of the Commons education committee" before the comma and name
_OFFICE_SPAN: Final = 10


def _office_opens(toks: list[Tok], j: int) -> bool:
    """ "said the chairman of the Commons education committee, Labour MP Jo Bell": a
    lower-case role word, then "of"/"at" and its object, name an office held by the name
    after the comma."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].low in ROLE_WORDS and toks[k].text.islower():
        k += 1
    return j < k and k + 1 < len(toks) and toks[k].low in ("of", "at")


def _aged(low: str) -> bool:
    """ "29-year-old": an age that describes a person."""
    head, _, rest = low.partition("-")
    return rest == "year-old" and head.isdigit() and len(head) <= 3


def titled(tok: Tok) -> bool:
    return tok.low in ABBREVIATIONS or len(tok.text) == 1


def join_tokens(toks: list[Tok]) -> str:
    out = ""
    for t in toks:
        if out and t.text not in ",.;:)’'s" and not out.endswith(("(", "-")):
            out += " "
        out += t.text
    return out.strip(" ,")


def owner_before_asides(toks: list[Tok], j: int) -> NP | None:
    """ "Andrew Fisher, from Omaha, Nebraska, said", "Jean-Marc Ayrault, the foreign
    minister of France, a member of the Council, said": the name before a chain of
    asides (the comma at j ends one whose last name is a preposition's object)."""
    for _ in range(3):
        k = j - 1
        while k >= 0 and toks[k].text not in (",", "“", '"', "”", ":", ";") and j - k <= 30:
            k -= 1
        if k < 1 or toks[k].text != ",":
            return None
        owner = np_back(toks, before_paren(toks, k - 1))
        if owner is None or owner.pronoun:
            return None
        if not owner.common and not governed_np(toks, owner):
            owner.appositive = join_tokens(toks[k + 1 : j])
            return owner
        j = k
    return None


def who_antecedent(toks: list[Tok], i: int) -> NP | None:
    """The name "who" at token i refers to: "McConnell, now the Senate majority leader,
    who in 2010 said …" (over one appositive), when it is a name, or a role ("they
    wrote to the chairman, who said …": the one who holds it, object or not)."""
    j = i - 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
        k = j
        while k >= 0 and toks[k].text not in (",", ".", ";", ":") and j - k < 10:
            k -= 1
        if (
            k >= 1
            and toks[k].text == ","
            and capitalised(toks[k - 1])
            and not capitalised(toks[k + 1])
        ):
            j = k - 1  # step over the appositive ("now the leader") to the name it describes
    np = np_back(toks, j)
    if np is None or np.pronoun:
        return None
    if np.common:
        # (a definite role, one the article can know; "a candidate who promised …" is
        # someone the sentence describes, no speaker)
        k = index_at(toks, np.start) - 1
        while k >= 0 and toks[k].text.islower() and toks[k].low not in DETS:
            k -= 1  # "the club chairman", "the former chairman": modifiers before the role
        definite = k >= 0 and (toks[k].low == "the" or toks[k].low.endswith(("'s", "’s")))
        # (nor "the touch judge who was criticised by …": the one a passive reports on)
        passive = i + 1 < len(toks) and toks[i + 1].low in PASSIVE_AUX
        return np if definite and not passive and np.words[-1].lower() in ROLE_WORDS else None
    return np


def governed_np(toks: list[Tok], np: NP) -> bool:
    """Whether a preposition comes right before the noun phrase (and its "the")."""
    k = index_at(toks, np.start) - 1
    if k >= 0 and toks[k].low in DETS:
        k -= 1
    return k >= 0 and toks[k].low in PREPOSITIONS


def document_owner(toks: list[Tok], lo: int, hi: int) -> NP | None:
    """ "United's statement to the stock exchange said", "said an agency statement": a
    subject toks[lo:hi] that is a statement (with at most a phrase after it) speaks for
    whoever issued it: the name or the body before the noun (a body written in lower case
    is definite: "the agency")."""
    k = lo
    while k < hi and k - lo < 5 and toks[k].low not in DOCUMENT_NOUNS:
        k += 1
    if k >= hi or k - lo >= 5 or k == lo:
        return None
    if k + 1 < hi and toks[k + 1].low not in PREPOSITIONS and toks[k + 1].low not in ("issued",):
        return None  # "a statement by …" or "issued on …" only; not "… statement which …"
    own = toks[k - 1]
    low = own.low.removesuffix("'s").removesuffix("’s").rstrip("'’")
    j = k - 1
    while j > lo and capitalised(toks[j - 1]) and toks[j - 1].low not in NOT_NAMES:
        j -= 1
    if any(t.low not in DETS for t in toks[lo:j]):
        return None  # "the board said in a statement": the statement is no subject
    if capitalised(own) and low not in DETS and low not in NOT_NAMES:
        words = [t.text for t in toks[j:k]]
        words[-1] = words[-1].removesuffix("'s").removesuffix("’s").rstrip("'’")
        return NP(words, toks[j].start) if words[-1] else None
    if j == k - 1 and (low in BODY_NOUNS or low in GENERIC_BODIES):
        return NP(["the", low], own.start, common=True, the=True)
    return None


def first_np(toks: list[Tok]) -> NP | None:
    for i, t in enumerate(toks[:8]):
        if t.low in PRONOUNS:
            return NP([t.low], t.start, pronoun=t.low)
        if t.low == "the" and i + 1 < len(toks) and _aged(toks[i + 1].low):
            # "The 31-year-old admitted …": a person described, before any name after it
            return NP(["the", toks[i + 1].low], toks[i + 1].start, common=True)
        low = t.low[:-2] if t.low.endswith(("'s", "’s")) else t.low
        if capitalised(t) and low not in NOT_NAMES:
            described = described_name(toks, i)
            if described is not None:
                return described
            j = i
            while j + 1 < len(toks) and (capitalised(toks[j + 1]) or toks[j + 1].text == "."):
                j += 1
            return np_back(toks, j)
    return None


def described_name(toks: list[Tok], i: int) -> NP | None:
    """ "Democratic presidential nominee Hillary Clinton", "Manchester United boss Sir
    Alex Ferguson", "DZ bank economist Bernd Weidensteiner": capitalised words (a party,
    a club, a firm), a few lower-case words naming a role, then the name they describe.
    The role's owner is not the person: the phrase is kept whole for split_name, which
    takes the name from its end."""
    k = i + 1
    while k < len(toks) and k - i <= 4 and capitalised(toks[k]):
        k += 1  # the rest of the owner's name: "Manchester United", "The Libertine's"
    r = k
    while (
        k < len(toks)
        and k - r <= 4
        and toks[k].text.replace("-", "").isalpha()  # "co-chairman"
        and toks[k].text.islower()
        and (toks[k].low not in STOPS or (toks[k].low == "and" and k > r) or _office_of(toks, k, r))
    ):
        k += 1
    role_end = k
    if (
        k > r
        and k + 3 < len(toks)
        and toks[k].text == "("
        and toks[k + 2].text == ")"
        and toks[k + 1].text.isupper()
    ):
        k += 3  # "Internet service provider (ISP) Plus.net": a kind with its acronym
    if k == r or k >= len(toks) or not capitalised(toks[k]):
        return None
    if k == role_end and not _role_ends(toks, r, k):
        return None  # the word right before the name must name a role ("nominee")
    e = k
    while e + 1 < len(toks) and capitalised(toks[e + 1]):
        e += 1
    words = [t.text for t in toks[i:role_end]] + [t.text for t in toks[k : e + 1]]
    return NP(words, toks[i].start)


def _office_of(toks: list[Tok], k: int, lo: int) -> bool:
    """ "chief of staff", "director of communications": "of" after a role word and before
    a lower-case word goes on naming the office."""
    return (
        toks[k].low == "of"
        and k > lo
        and toks[k - 1].low in ROLE_WORDS
        and k + 1 < len(toks)
        and toks[k + 1].text.isalpha()
        and toks[k + 1].text.islower()
    )


def _role_ends(toks: list[Tok], lo: int, k: int) -> bool:
    """Whether the lower-case words toks[lo:k] before a name end in a role word, or in an
    office with "of" ("chief of staff"), or in an occupation ("Double try scorer")."""
    last = toks[k - 1].low.split("-")[-1]
    if last in ROLE_WORDS or last in OCCUPATIONS:
        return True
    return k - 2 > lo and _office_of(toks, k - 2, lo)


def main_clause(toks: list[Tok]) -> list[Tok]:
    """ "During a speech in Denver, Trump attacked …": an opening adverbial phrase or
    clause ends at its comma; the subject of the sentence comes after it."""
    whole = toks
    if len(toks) > 2 and toks[0].low in LEAD_CONJUNCTIONS and toks[1].text != ",":
        toks = toks[1:]  # "But in an interview with the FT, Mr Blair refused …"
    if not toks:
        return whole
    if not _opener(toks):
        k = _pronoun_subject_after(toks)
        return toks[k:] if k > 0 else whole
    for k, t in enumerate(toks[1:20], 1):
        if t.text == ",":
            return toks[_past_openers(toks, _past_place_asides(toks, k + 1)) :]
        if t.text in ("“", '"', ":", ";"):
            break
    return whole


def _pronoun_subject_after(toks: list[Tok]) -> int:
    """ "Back home, he returned to …", "Hours later, she told …": a short opening phrase
    without a verb, then a comma and "he", "she" or "they" before a verb, which open
    the main clause (not "Smith, he said, …": a parenthetical). Its index, else -1."""
    for k in range(1, min(7, len(toks) - 2)):
        t = toks[k]
        if t.text == ",":
            after = toks[k + 2]
            if (
                toks[k + 1].low in SPEAKER_PRONOUNS
                and after.text.isalpha()
                and after.text.islower()
                and (k + 3 >= len(toks) or toks[k + 3].text != ",")
            ):
                return k + 1
            return -1
        if is_verb(t) or t.low in FINITE_VERBS or not t.text.isalpha():
            return -1
    return -1


def _opener(toks: list[Tok]) -> bool:
    """Whether the sentence opens with a phrase that is not its subject: a listed opener,
    a participle with its complement ("Facing mounting criticism, Trump …", "Lashing out,
    …") or an adverb set off by a comma ("Notably, …")."""
    first = toks[0]
    if first.low in OPENERS:
        return True
    if len(toks) < 2 or not first.text[:1].isupper() or not first.text[1:].islower():
        return False
    nxt = toks[1]
    if first.low.endswith("ing") and len(first.low) > 5 and first.low not in ING_PREPOSITIONS:
        # a participle takes a lower-case complement; a surname ("Manning said") a verb
        return nxt.text[:1].islower() and nxt.low not in FINITE_VERBS and not is_verb(nxt)
    return first.low.endswith("ly") and len(first.low) > 5 and nxt.text == ","


def _past_place_asides(toks: list[Tok], i: int) -> int:
    """ "In Salem, New Hampshire, on Sunday, Trump said": the short asides that go on the
    opening phrase (a state, a day) end at commas too; the subject comes after them."""
    for _ in range(3):
        end = next((x for x in range(i, min(i + 5, len(toks))) if toks[x].text == ","), -1)
        if end <= i or end + 1 >= len(toks):
            return i
        part = toks[i:end]
        if not all(capitalised(t) or t.low in WHEN or t.low in DETS for t in part):
            return i
        if toks[end + 1].low in PERSON_RELATIVES or part[0].low.rstrip(".") in TITLES:
            return i  # "On tape, Mr Lomax, who …, is heard": a person, the subject
        i = end + 1
    return i


def _past_openers(toks: list[Tok], i: int) -> int:
    """ "On Thursday, after remaining neutral for months, Warren endorsed …": a second
    opening phrase after the first one's comma ends at its own comma too."""
    for _ in range(2):
        if i >= len(toks) or toks[i].low not in OPENERS:
            return i
        end = next((x for x in range(i + 1, min(i + 14, len(toks))) if toks[x].text == ","), -1)
        if end < 0 or end + 1 >= len(toks):
            return i
        i = end + 1
    return i


_TOK_START: Final = attrgetter("start")


def index_at(toks: list[Tok], pos: int) -> int:
    """The index of the last token that starts at pos, or -1. Tokens come in text order
    (tokenize's, and slices of it), so a binary search finds it: not a walk back over the
    sentence's tokens at each call."""
    k = bisect.bisect_right(toks, pos, key=_TOK_START) - 1
    return k if k >= 0 and toks[k].start == pos else -1


def index_at_by_scan(toks: list[Tok], pos: int) -> int:
    """index_at as first written, a walk back from the end (its definition, for tests)."""
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].start == pos:
            return k
    return -1


def _hyphen_role(low: str) -> bool:
    """ "team-mate", "vice-chairman", "co-ordinator": a hyphenated word that is a role or
    ends in one."""
    return low in ROLE_WORDS or low.split("-")[-1] in ROLE_WORDS


def _role_then_name(toks: list[Tok], j: int) -> NP | None:
    """ "his campaign manager Jeff Weaver", "retired neurosurgeon Ben Carson": a few
    lower-case words describing a person, then the person's full name. The words must
    end in a role word, or be at most two before a name of two or more words (after an
    age: "20-year-old politics student Nick Vaughan")."""
    aged = j < len(toks) and _aged(toks[j].low)
    if aged:
        j += 1
    k = j
    while (
        k < len(toks)
        and k - j < 4
        and (
            toks[k].text.isalpha()
            # "team-mate", "co-ordinator": a hyphenated role
            or (toks[k].text.replace("-", "").isalpha() and _hyphen_role(toks[k].low))
        )
        and toks[k].text.islower()
        and (toks[k].low not in STOPS or _office_of(toks, k, j))
    ):
        k += 1
    if (k == j and not aged) or k >= len(toks) or not capitalised(toks[k]):
        return None
    described = described_name(toks, k)
    if described is not None:  # "former Vermont governor Howard Dean"
        return NP([t.text for t in toks[j:k]] + described.words, toks[j].start)
    e = k
    while e + 1 < len(toks) and capitalised(toks[e + 1]):
        e += 1
    if not _role_ends(toks, j, k) and (k - j > 2 or e == k):
        return None
    return NP([t.text for t in toks[j : e + 1]], toks[j].start)  # without the age
