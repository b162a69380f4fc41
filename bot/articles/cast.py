"""The cast of one article: the people and bodies it names, each with its aliases, roles
and gender, and a timeline of their mentions, so that a pronoun, a bare surname or a
role ("the minister") resolves to the most recent compatible one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import Final

from rapidfuzz import fuzz

from bot.articles.lexicon import (
    BODY_NAME_LINKS,
    BODY_NOUNS,
    BODY_POSSESSIVES,
    BODY_VOICES,
    BUSINESS_NAME_LINKS,
    BUSINESS_NOUNS,
    BUSINESS_VOICE_RANKS,
    BUSINESS_VOICES,
    CAMPAIGN_NOUNS,
    CAPITALISED_COUNTRY_CODES,
    COLOURS,
    COMPANY_WORDS,
    CONNECTORS,
    COURTESY_TITLES,
    DANGLING_NAME_WORDS,
    DAYS,
    DEFINITE_DETERMINERS,
    DEMONYMS,
    DETS,
    FEMALE_COURTESY_TITLES,
    FEMALE_NAMES,
    FEMALE_ROLE_WORDS,
    FEMALE_TITLES,
    GENDERED_POSSESSIVES,
    GENDERED_SUBJECT_PRONOUNS,
    GENERIC_BODIES,
    GIVEN_NAMES,
    GROUP_NOUNS,
    INDEFINITES,
    INVERTING_VERBS,
    ISH_ESE_ADJECTIVES,
    ISSUED_BY,
    ISSUED_PAPERS,
    ISSUED_REPORTS,
    LEGAL_FORMS,
    MALE_COURTESY_TITLES,
    MALE_NAMES,
    MALE_ROLE_WORDS,
    MALE_SUBJECT_PRONOUNS,
    MALE_TITLES,
    MODIFIER_ENDINGS,
    NAME_BREAKERS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    OCCUPATIONS,
    ONE_OF_SEVERAL,
    ORG_WORDS,
    OTHER_BODY_MODIFIERS,
    OTHERS_POSSESSIVE_AFTER,
    PARTY_MEMBERS,
    PARTY_NAMES,
    PEOPLE_ADJECTIVE_ENDINGS,
    PEOPLE_ADJECTIVES,
    PERSON_NOUNS,
    PERSON_PRONOUNS_SHORT,
    PERSONAL_PAPERS,
    PLACE_ENDINGS,
    PLACE_HEADS,
    PLACE_NAMES,
    POSSESSIVE_SUBJECTS,
    POSSESSIVES,
    POST_NOMINALS,
    PREPOSITIONS,
    PRONOUNS,
    PUBLICATION_NOUNS,
    QA_DAYS,
    QA_EVENT_WORDS,
    RANK_QUALIFIERS,
    REPORTING_VERBS,
    ROLE_GOVERNING_LINKS,
    ROLE_KINDS,
    ROLE_WORDS,
    ROYAL_TITLES,
    SHARED_BUSINESS_NOUNS,
    SOURCE_NOUNS,
    SPOKES_VOICES,
    STOP_WORDS,
    SUBORDINATORS,
    SURNAME_ORG_WORDS,
    SURNAME_PREFIXES,
    THIRD_POSSESSIVES,
    TITLE_GIVEN,
    TITLES,
    TITLES_AFTER_NAME,
    TOP_LEVEL_DOMAINS,
    TOPICLESS_WORDS,
    UNISEX_NAMES,
    alternation,
)
from bot.articles.phrases import NP, office_seat
from bot.articles.roles import role_noun, title_end, with_field
from bot.articles.textnorm import fold

# Window clamps on the hot paths are conditionals (`a if a > lo else lo`), not max() or
# min(): CPython 3.11 parses the builtins' arguments generically, ~1,000 instructions a
# call against ~270 (valgrind, `python -m bench.instructions extract`).


class Entity:
    """One person or body of the cast. `evidence`: a title, role, given name or full name
    says "a person". A plain class so that mypyc compiles its __init__."""

    __slots__ = ("aliases", "evidence", "first", "gender", "kind", "quotes", "roles", "words")

    def __init__(self, words: list[str], kind: str = "person", first: int = 0) -> None:
        self.words = words
        self.kind = kind
        self.first = first
        self.gender: str | None = None
        self.roles: list[str] = []
        self.aliases: list[str] = []
        self.quotes = 0
        self.evidence = False

    def __repr__(self) -> str:
        return f"Entity({self.words!r}, {self.kind!r}, gender={self.gender!r})"

    @property
    def name(self) -> str:
        return " ".join(self.words)

    @property
    def surname(self) -> str:
        return self.words[-1].lower()


def _given_before(text: str, word: str, pos: int) -> tuple[str, int]:
    """The first "Given Word" before pos (a capitalised word, then word closing the
    run), with its position; plain string search, as most words are never found."""
    i = text.find(" " + word, 0, pos)
    while i > 0:
        end = i + 1 + len(word)
        nxt = text[end : end + 2]
        if not (nxt[:1].isalnum() or (nxt[:1] in " \t" and nxt[1:].isupper())):
            j = i
            while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "’'-"):
                j -= 1
            given = text[j:i]
            before = text[j - 1 : j] if j else ""
            if (
                len(given) > 1
                and given[0].isupper()
                and given[1].islower()
                and before not in (".", "’", "'")
                and not given.endswith(("'s", "’s"))  # "Leeds's Tavo": an owner, no name
            ):
                return given, j
        i = text.find(" " + word, i + 1, pos)
    return "", -1


# a name, "and", the start of the next name: "Ann Lee and ", "Professors Lee and "
_JOINED: Final = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} and ")
# what ends a subordinate clause before a later subject
_CLAUSE_ENDS: Final = (",", ";", ":", "—", "–", " - ", "(", ")", " and ", " but ")
# a word that opens a subordinate clause mid-sentence (" because ", " when ", …)
_SUBORDINATORS_SPACED: Final = tuple(f" {w} " for w in sorted(SUBORDINATORS))
_SUBJECT_REACH: Final = 2  # sentences a subject may lie beyond a nearer object mention


# "he claimed," / "she said." after a comma: a pronoun, an optional adverb, a verb, and
# the clause ends
_ASIDE_CUE: Final = re.compile(r"\w+\s+(?:\w+ly\s+)?[a-z]+\s*[,.;]")
# a publication's name after a noun for one ("US magazine Rolling Stone", "Spanish daily
# ABC"), or between "the" and the noun ("the Mirror newspaper"), found at the noun
_NAME_AFTER: Final = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*")
# "the Mirror newspaper", "the owner of the Sun newspaper"; not "the News of the World
# newspaper" (a capitalised word before "of": the name's last words)
_NAME_BEFORE: Final = re.compile(r"\b[Tt]he ([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*) $")
_NAME_OF: Final = re.compile(r"[A-Z][\w'’-]* of $")
# adjectives that make a newspaper's noun only after a nationality or a place ("Spanish
# daily Marca"; not "Tony Blair's weekly Commons clash", "taken twice daily Dr Lee")
_PRESS_ADJECTIVES: Final = frozenset({"daily", "weekly"})
# press words that stand before a paper's name only after a capitalised word, as those
# adjectives do: "Spanish paper Marca", not "the white paper Ministers had promised"
_PRESS_AFTER_CAPITAL: Final = _PRESS_ADJECTIVES | {"paper"}
_PRESS_WORDS: Final = tuple(sorted(PUBLICATION_NOUNS | _PRESS_ADJECTIVES))
# the press words of a magazine's name: "the magazine" means one, "the paper" any other
_MAGAZINE_NOUNS: Final = frozenset({"magazine", "weekly"})


def _press_noun_at(text: str, i: int, noun: str) -> bool:
    """Whether the press word at text[i:] may stand before a publication's name: a noun
    not after an article ("told the newspaper Mr Blair …"); "daily", "weekly" and "paper"
    only after a capitalised word that is no possessive ("Spanish daily", "French weekly",
    "Greek paper"; not "the white paper", "a research paper")."""
    before = text[max(0, i - 20) : i].split()
    if not before:
        return noun not in _PRESS_AFTER_CAPITAL
    last = before[-1]
    if noun in _PRESS_AFTER_CAPITAL:
        return last[:1].isupper() and last.isalpha()
    return last.lower() not in DETS


def publication_names(text: str) -> list[tuple[int, int, list[str], str]]:
    """Where the text names a publication with a noun for one beside the name, as (end,
    start, words, noun), in order: "magazine Rolling Stone" (see _press_noun_at), "the
    Mirror newspaper" (not "the Sunday paper", nor a name's last words, "the News of the
    World newspaper"). Found at the nouns (a literal's search), each checked where it
    stands."""
    found = []
    for noun in _PRESS_WORDS:
        i = text.find(noun)
        while i >= 0:
            j = i + len(noun)
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                m = _NAME_AFTER.match(text, j + 1) if text[j : j + 1] == " " else None
                if m is not None and _press_noun_at(text, i, noun):
                    found.append((m.end(), m.start(), m.group().split(), noun))
                b = (
                    _NAME_BEFORE.search(text, max(0, i - 80), i)
                    if noun in PUBLICATION_NOUNS
                    else None
                )
                if (
                    b is not None
                    # a day alone is no paper's name ("the Sunday paper"), though it
                    # may start one ("the Sunday Times newspaper")
                    and b.group(1) not in QA_DAYS
                    and _NAME_OF.search(text, max(0, b.start() - 30), b.start()) is None
                ):
                    found.append((j, b.start(1), b.group(1).split(), noun))
            i = text.find(noun, j)
    found.sort()
    return found


def reporting_verb_next(text: str, end: int, hi: int) -> bool:
    """Whether the first word of text[end:hi] is a reporting verb ("said", "reported"):
    what stands before `end` is its subject."""
    after = text[end:hi].split(None, 1)
    return bool(after) and after[0] in REPORTING_VERBS


QUOTED: Final = -1  # the weight of a mention inside a quotation: no referent for pronouns
# what may stand between a quotation's closing mark and the pronoun of its cue
QUOTE_TO_CUE_MARKS: Final = " \t,\"'”’"
# what opens an aside between the halves of a quotation
_ASIDE_OPENERS: Final = ("-", "—", "–", "(")


def aside_between(text: str, close: int, open_: int) -> bool:
    """Whether what lies between a quotation's closing mark and the next one's opening
    mark is an aside set off by a dash or a bracket (“…” - that Grant is … - “…”)."""
    return text[close:open_].lstrip(QUOTE_TO_CUE_MARKS).startswith(_ASIDE_OPENERS)


def owned_campaign_phrase(np: NP) -> bool:
    """ "his campaign", "her camp": a campaign named by the pronoun of its candidate, a
    speaker of its own (Cast.owned_campaign), not a phrase that names no one."""
    return (
        len(np.words) == 2
        and np.words[0].lower() in GENDERED_POSSESSIVES
        and np.words[1].lower() in CAMPAIGN_NOUNS
    )


class Cast:
    """The people and bodies of one article, with a timeline of mentions for pronouns."""

    def __init__(self, starts: list[int], text: str = "") -> None:
        self.starts = starts
        self.text = text
        self.entities: list[Entity] = []
        self.timeline: list[tuple[int, int, int]] = []  # (position, entity, weight)
        self.by_word: dict[str, list[int]] = {}  # lower-case name word -> person indices
        # the first word of a firm's two-word name whose second is a company word ("Brymon
        # Airways", "Vexa Holdings") -> the firm: "Brymon said" later is the firm, no person
        self.firm_short: dict[str, int] = {}
        # the paragraph of each sentence, and who spoke the quotations so far: what the
        # referent scorer weighs beside the timeline
        self.paragraph_of: list[int] = []
        self.said: list[tuple[int, int, int]] = []  # (end, entity, paragraph)
        # chooses the referent of "he"/"she" among the cast (quotes/referents.py), given
        # the pronoun's gender, its verb's position, its own position and the rules' pick
        self.referee: Callable[[Cast, str, int, int, int | None], int | None] | None = None
        # the referents found for "he"/"she" so far: pronoun position -> (gender, entity)
        self.referred: dict[int, tuple[str, int]] = {}
        # where a sentence's subject is a role ("The first minister said …"), with its
        # noun: the "he" or "she" of the next sentence stands for the role's holder
        self.role_subjects: list[tuple[int, str]] = []
        # where a "he" or "she" stands for a role's holder the article does not name
        self.unnamed_referents: set[int] = set()
        # the lower-cased words of the article's headline (Article.title): the person a
        # headline names is the one the article follows
        self.title_words: frozenset[str] = frozenset()
        # how often the article names each entity outside quotations, and the first
        # person it names (count_mentions, after the prescan): salience for the scorer
        self.mention_counts: dict[int, int] = {}
        self.first_person = -1
        # a role noun ("minister") no named person holds, and who it was taken to be
        self.role_holders: dict[str, int] = {}
        # the phrases read as an epithet of another person ("said the Salford Harrier"):
        # no one of their own, not listed among the people
        self.epithets: set[int] = set()
        # the "people" named like a country or state: never "he" or "she"
        self.places: set[int] = set()
        # the papers that speak for a person ("her lawsuit said"), in text order: (noun,
        # owner), for a later "the suit added"
        self.papers: list[tuple[str, int]] = []
        # roles written in lower case before a person's name ("urged London mayor Ken
        # Livingstone"): who "the mayor" is (by_role), though no role of the name itself
        self.roles_before: dict[int, list[str]] = {}
        # where each quotation's marks open and close, in text order: a "he said" after a
        # quotation of several sentences is as far from the people named before it as the
        # quotation's opening is (quotes/referents.py)
        self.quote_opens: list[int] = []
        self.quote_closes: list[int] = []
        # the names the text marks as a business's (business_names), once asked for
        self._businesses: tuple[frozenset[str], frozenset[str]] | None = None
        self._named_businesses: frozenset[str] | None = None
        # publication_names (computed once, when "the paper" is first read)
        self._publications: list[tuple[int, int, list[str], str]] | None = None

    # -- registering
    def mention(self, np: NP, pos: int, weight: int = 1, create: bool = True) -> int | None:
        """Resolve a name run or common phrase to an entity (creating one if it names
        somebody new); returns its index, or None for generic phrases."""
        if np.pronoun:
            return self.pronoun(np.pronoun, pos, np.start)
        if np.start > 0 and self.text[np.start - 1 : np.start] in ("#", "@"):
            return None  # "the hashtag #PrayForParis - “…” - was trending": no one
        # (principal_voice's first test here: no call for the phrases without a voice)
        if np.words and np.words[-1] in BODY_VOICES and self.principal_voice(np):
            return None  # "Mr Blair's spokesman said": the spokesman, not Mr Blair
        if self._description(np):
            return self.described(np.start)
        if (
            not np.common
            and _adjective_role(
                np.words, self.text[np.start - 24 if np.start > 24 else 0 : np.start]
            )
            # not "the Christie supporter": a person's name before the role, someone else
            and not any(w.lower() in self.by_word for w in np.words[:-1])
        ):
            # "the double Olympic champion said"; "… from Charles Kennedy. The Lib Dem
            # leader said": else the person the sentence before named last
            held = self.by_role(np.words, pos)
            return held if held is not None else self._named_before(np.start, np.words[-1])
        if not np.common and self.stray_opener(np.words, np.start):
            np = NP(
                np.words[1:], np.start + len(np.words[0]) + 1, None, False, np.appositive, np.the
            )
        if np.common:
            if 1 < len(np.words) < 5 and np.words[-1].lower() in PERSONAL_PAPERS:
                held = self._paper_owner(np, pos)
                if held is not None:
                    return held
            elif 2 < len(np.words) < 6 and np.words[-1].lower() in ISSUED_REPORTS:
                held = self._issuer(np, pos, weight)
                if held is not None:
                    return held
            if self.unnamed(np) and not np.the:
                return None  # "a campaign spokesman said": someone the article does not name
            held = self._group(np, pos, weight)
            if held is None:
                held = self._campaign(np, pos, weight)
            if (
                held is None
                and np.words[-1].lower() in CAMPAIGN_NOUNS
                and np.words[0].lower() in POSSESSIVES
            ):
                return None  # "his campaign said": not the last campaign the text named
            last = np.words[-1].lower()
            if held is None and last not in SOURCE_NOUNS and not _plural_noun(last):
                # (not "the Tory source said": an informant, no one the role word fits;
                # nor "senior party figures argued": many people, no one office holder)
                held = self.by_role(np.words, pos)
            return held if held is not None else self.by_body(np.words, pos)
        if len(np.words) == 1 and np.words[0].lower() not in self.by_word:
            if self.stray_word(np.words[0], np.start) or self._set_off(np.words[0], np.start):
                return None  # (the second: as before common_opener, for a mention only)
            idx = self._earlier_full(np.words[0], pos)
            if idx is not None:  # "Dean said" after "Howard Dean": the same man
                self.note(pos, idx, weight)
                return idx
        title, role, name = split_name(np.words)
        if not title and len(name) > 2:  # (affiliation's own first test: no call else)
            role, name = self.affiliation(title, role, name)
        if title and not role and len(name) == 1:  # (titled_full's first test)
            self.titled_full(name, title, pos)
        if not name and np.words[-1].lower() in GROUP_NOUNS:
            return self._group(np, pos, weight)  # "Labour strategists said"
        if not name:
            known = self.by_word.get(np.words[0].lower()) if len(np.words) == 1 else None
            if known:  # "Dean, a medical doctor, said": a known surname, not the role
                return self._most_recent(known, pos, None)
            if (
                len(np.words) == 1
                and role
                and role[0].isupper()
                and ((np.the and role.endswith("s")) or role.lower() in PARTY_NAMES)
            ):
                # "the Tories said", "the Democrats called it …", "Labour say": a party,
                # not a role
                idx = self._find([role], "organisation", None, pos)
                return self.add([role], "organisation", None, None, None, pos, weight, idx)
            if role and _indefinite(self.text, np.start):
                return None  # "said one Republican involved in the talks": nobody named
            if role and _party_plural(role.split()[-1]):
                # "Senior Tories believe", "Some Democrats say": many of a party, no one
                # who holds an office; the party speaks, as in "the Tories said"
                party = role.split()[-1]
                idx = self._find([party], "organisation", None, pos)
                return self.add([party], "organisation", None, None, None, pos, weight, idx)
            if role and _possessed(role):
                return self._relation_holder(role, pos, weight)
            if role:
                return self.by_role(role.split(), pos)
            return None
        body = is_org(name, title, role)
        # "The party's Holyrood leader Ann Rhys": "the" goes with the owner of the
        # role, not with the person's name after it (not "the BBC's Network Africa")
        owned = (
            role is not None
            and ("'s " in role or "’s " in role)
            and (role.split()[-1].lower() in ROLE_WORDS or name[0].lower() in GIVEN_NAMES)
        )
        kind = "organisation" if body or (np.the and not owned) else "person"
        if role and not body and np.words[0] == role.split()[0]:
            role = self._role_as_written(role, np.start)
        if np.the and not role and not title:
            name = [w for w in np.words if w.lower() != "the"]
        elif body and not title:
            name = _body_name(np.words) or name  # "Bank of America", "the Home Office"
        idx = self._find(name, kind, title, pos)
        if idx is None and not create:
            return None
        return self.add(name, kind, title, role, np.appositive, pos, weight, idx)

    def voice_named(self, np: NP) -> int | None:
        """ "a spokeswoman for Vexa said" (the phrase, or "Vexa" cut from it), then
        "Vexa spokeswoman Carla Benn" elsewhere in the article: the one person the
        article names as that body's voice, before or after; None when none or several."""
        words = np.words
        if np.pronoun or not words:
            return None
        v = -1
        for k, w in enumerate(words):  # (a plain loop, not next() over a generator)
            if w in _VOICE_WORDS:
                v = k
                break
        if v >= 0:
            lead = self.text[np.start - 8 if np.start > 8 else 0 : np.start].lower().split()
            if lead and lead[-1] in ONE_OF_SEVERAL:
                return None  # "One Clinton spokesman has called it …": one of several
            # "spokeswoman for Vexa", "council spokeswoman", "spokeswoman" and " for the
            # council" after the phrase
            if v + 1 < len(words) and words[v + 1] not in ("for", "at"):
                return None  # "Lib Dem spokesman Vince Cable": the phrase names its person
            voice = words[v]
            body = [w for w in words[:v] if w.lower() not in DETS]
            if v + 1 < len(words):  # "for"/"at" and the body
                body += [w for w in words[v + 2 :] if w.lower() != "the"]
            else:
                end = np.start + len(" ".join(words))
                m = _FOR_BODY.match(self.text, end, end + 40)
                if m is not None:
                    body += m.group(1).split()
            if not body:
                return None
        else:
            before = self.text[np.start - 24 if np.start > 24 else 0 : np.start]
            if "spokes" not in before:
                return None
            m = _VOICE_FOR.search(before)
            if m is None:
                return None
            voice, body = m.group(1).lower(), words
        # every word of the body in the role: "a Foreign Office spokesman" is not "the
        # Liberal Democrats' foreign affairs spokesman"
        owner = {w.lower().removesuffix("'s").removesuffix("’s") for w in body}
        found: int | None = None
        for i, e in enumerate(self.entities):
            if e.kind != "person" or i in self.epithets:
                continue
            for r in e.roles + self.roles_before.get(i, []):
                rw = r.lower().replace("'s", "").replace("’s", "").split()
                if owner <= set(rw) and (
                    voice in rw or (voice == "spokesperson" and any(w in _VOICE_WORDS for w in rw))
                ):
                    if found is not None and found != i:
                        return None  # two voices of the body: no telling which
                    found = i
        return found

    def _relation_holder(self, role: str, pos: int, weight: int) -> int:
        """ "Tom Hale's lawyer said": someone of the possessor's, never the possessor; the
        person before pos the article gave that relation's noun as a role (other than the
        possessor), else the unnamed person the phrase describes, kept whole as one word
        ("Tom Hale's lawyer": no name of a person "Tom Hale lawyer", and none of its
        words a surname)."""
        head = role.split()[-1].lower()
        owner = {w.lower().removesuffix("'s").removesuffix("’s") for w in role.split()[:-1]}
        for p, i, w in reversed(self.timeline):
            if p > pos or w == QUOTED:
                continue
            e = self.entities[i]
            if e.kind != "person" or owner & {x.lower() for x in e.words}:
                continue
            for r in e.roles + self.roles_before.get(i, []):
                if head in r.lower().split():
                    return i
        idx = self._find([role], "person", None, pos)
        # (its noun its role: "the party leader" later is no one's lawyer)
        return self.add([role], "person", None, head, None, pos, weight, idx)

    def _role_as_written(self, role: str, at: int) -> str:
        """A role that opens a phrase at `at`, with what it is of ("communications chief
        Tom Hale" after "Former Downing Street"); without the capitalised end
        of a longer name ("The Lord of the Harbours director Tom Hale": a director)."""
        if role[:1].islower():
            return with_field(self.text, at, role)
        words = role.split()
        # (the two words before: "of the" is seven characters, and a word cut by the
        # window is never "of")
        k = title_end(self.text[at - 8 if at > 8 else 0 : at].split(), words)
        return " ".join(words[k:]) if k else role

    def _paper_owner(self, np: NP, pos: int) -> int | None:
        """ "Her lawsuit said …", then "the suit added": a person's paper speaks for its
        owner, the referent of the possessive (and later the paper's noun, or the end of
        it, with "the")."""
        owner, noun = np.words[-2].lower(), np.words[-1].lower()
        if len(np.words) == 2 and owner == "the":
            return next((i for n, i in reversed(self.papers) if n.endswith(noun)), None)
        if len(np.words) == 2 and owner in GENDERED_POSSESSIVES:
            held = self.pronoun(POSSESSIVE_SUBJECTS[owner], pos, np.start)
        elif len(np.words) == 2 and owner in BODY_POSSESSIVES:
            held = self.pronoun("it", pos, np.start)  # "Its statement said", "their letter"
        elif owner.endswith(("'s", "’s")) and np.words[0][:1].isupper():
            # "Acme's lawsuit said", "Jo Hart's letter said": the named owner's
            held = self._named_owner([w.lower() for w in np.words[:-1]], pos)
        else:
            return None
        if held is not None:
            self.papers.append((noun, held))
        return held

    def _issuer(self, np: NP, pos: int, weight: int) -> int | None:
        """ "the Halifax survey concluded", "The Nationwide report said": the capitalised
        name between "the" and a paper's noun is the body that issued the paper, which
        speaks for it (a person or body the article knows by those words, else a body)."""
        words = np.words[1:-1]
        if np.words[0].lower() != "the" or not all(
            w[:1].isupper() and w.replace("-", "").isalpha() for w in words
        ):
            return None
        before = self.text[np.start - 16 if np.start > 16 else 0 : np.start].split()
        if (
            before
            and before[-1][:1].isupper()
            and before[-1][-1:] not in ',;.:!?"”'
            and before[-1].lower() not in DAYS
            and before[-1].lower() not in STOP_WORDS
            and not before[-1].endswith("ly")
        ):
            return None  # "Oxfam's Paying the Price report", "Closing the Gap report": the
            # end of a title (not "But the Halifax survey", "On Tuesday the …",
            # "Significantly the …")
        low = {w.lower() for w in words}
        if low & PLACE_WORDS_LOW or any(w.lower() in DAYS for w in words):
            return None  # "the Iraq report", "the December survey": what it is about, when
        for p, i, w in reversed(self.timeline):
            if p > pos or w == QUOTED:
                continue
            if low <= {x.lower() for x in self.entities[i].words}:
                return i
        if len(words) > 3 or (len(words) == 1 and words[0].lower() in GIVEN_NAMES):
            return None
        idx = self._find(words, "organisation", None, pos)
        return self.add(words, "organisation", None, None, None, pos, weight, idx)

    def _named_owner(self, words: list[str], pos: int) -> int | None:
        """The entity a possessive name before pos stands for ("Acme's" for "Acme Media",
        "Hart's" for "Jo Hart"): the most recent one named with all its words."""
        words[-1] = words[-1][:-2]
        for p, i, w in reversed(self.timeline):
            if p > pos or w == QUOTED:
                continue
            have = {x.lower() for x in self.entities[i].words}
            if all(x in have for x in words):
                return i
        return None

    def _group(self, np: NP, pos: int, weight: int) -> int | None:
        """ "the judges said", "Labour strategists said": a group that speaks as one, an
        entity named by the phrase (not a member named nearby)."""
        if np.words[-1].lower() not in GROUP_NOUNS:
            return None
        words = [w for w in np.words if w.lower() not in DETS]
        if not words or len(np.words) - len(words) > 1 or len(words) > 3:
            return None
        idx = self._find(words, "organisation", None, pos)
        return self.add(words, "organisation", None, None, None, pos, weight, idx)

    def organisation(self, name: list[str], pos: int) -> int:
        """The body a name names ("CNN/ORC poll"), recorded as mentioned at pos."""
        idx = self._find(name, "organisation", None, pos)
        return self.add(name, "organisation", None, None, None, pos, 1, idx)

    def _campaign(self, np: NP, pos: int, weight: int) -> int | None:
        """ "the Reyes campaign said", "Reyes's camp called": a named candidate's campaign
        speaks as a body of its own, named by the phrase ("Reyes campaign")."""
        words = [w for w in np.words if w.lower() not in DETS]
        if not words or len(words) > 3 or words[-1].lower() not in CAMPAIGN_NOUNS:
            return None
        if len(words) == 1:
            return None
        # "Reyes's camp", "Sanders’ campaign" (a bare apostrophe after an s)
        names = [
            w[:-1] if w.endswith(("s'", "s’")) else w.removesuffix("'s").removesuffix("’s")
            for w in words[:-1]
        ]
        if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in names):
            return None
        if any(w.lower() in NOT_NAMES or w.lower() in DEMONYMS for w in names):
            return None
        return self._campaign_body([*names, words[-1].lower()], pos, weight)

    def _campaign_body(self, name: list[str], pos: int, weight: int) -> int:
        """The campaign called `name` ("Reyes campaign"): found again, else added."""
        idx = self._find(name, "organisation", None, pos)
        return self.add(name, "organisation", None, None, None, pos, weight, idx)

    def owned_campaign(self, np: NP, pos: int, weight: int) -> int | None:
        """ "His campaign said …": the campaign of the person "his" or "her" stands for, a
        body of its own named after the surname ("Reyes campaign", as "the Reyes campaign"
        would be); None when the phrase is no such campaign or the pronoun has no person
        for referent (then the pronoun's reading is not kept: it was no speaker's)."""
        owner = np.words[0].lower()
        if not owned_campaign_phrase(np):
            return None
        before = self.referred.get(np.start)
        held = self.pronoun(POSSESSIVE_SUBJECTS[owner], pos, np.start)
        if held is None or self.entities[held].kind != "person":
            if before is None:
                self.referred.pop(np.start, None)
            else:
                self.referred[np.start] = before
            return None
        words = self.entities[held].words
        # the surname, not a suffix after it ("Robert F. Kennedy Jr.": "Kennedy campaign")
        k = len(words) - 1
        while k > 0 and words[k].lower() in NAME_SUFFIXES:
            k -= 1
        return self._campaign_body([words[k], np.words[1].lower()], pos, weight)

    def unnamed(self, np: NP) -> bool:
        """Whether a phrase names someone without a name: "a campaign spokesman", "one
        senior official"."""
        if np.words and np.words[-1] in BODY_VOICES and self.principal_voice(np):
            return True
        if np.common and _someone_of_body(np.words):
            return True  # "a Unite union member": no name, and no one named before
        if not np.common and np.words[-1].islower() and _possessed(" ".join(np.words)):
            return True  # "Tom Hale's lawyer": someone of his, not named
        # "One trader said", "However, one dealer told …": the phrase may hold its article
        # ("a senior EU politician says" may stand for the person the story names next)
        first = np.words[0]
        opening = first.lower() in INDEFINITES and (first[:1].isupper() or first == "one")
        if not (opening or _indefinite(self.text, np.start)):
            return False
        return np.common or not split_name(np.words)[2]  # "one Republican": a role, no name

    def affiliation(
        self, title: str | None, role: str | None, name: list[str]
    ) -> tuple[str | None, list[str]]:
        """ "For the Lib Dems David Laws said", "SNP Nicola Sturgeon": a known body's name
        (an acronym, a party, a body the article names on its own) glued to a full name
        with a listed given name is the person's affiliation, not part of the name ->
        (role, name)."""
        if title or len(name) < 3:
            return role, name
        for g in range(1, len(name) - 1):
            if name[g].lower() in GIVEN_NAMES and len(name) - g <= 3:
                break
        else:
            return role, name
        prefix, person = name[:g], name[g:]
        if not all(w[:1].isupper() and w.isalpha() for w in person) or any(
            w.lower() in GIVEN_NAMES or w.lower().rstrip(".") in TITLES for w in prefix
        ):
            return role, name
        last = prefix[-1].lower()
        known = (
            # (three letters or more: "CB Richard Ellis", "JP Morgan" open with initials)
            all(len(w) >= 3 and w.isupper() and w.isalpha() for w in prefix)
            or last in PARTY_NAMES
            or last in PARTY_MEMBERS
            or last.removesuffix("s") in PARTY_MEMBERS
            or any(e.words == prefix for e in self.entities)
        )
        if not known:
            return role, name
        return " ".join(([role] if role else []) + prefix), person

    def principal_voice(self, np: NP) -> bool:
        """ "Mr Blair's official spokesman", "the prime minister's spokesman", "his chief
        aide": a voice (BODY_VOICES) owned by a possessive, with no name after it, is
        someone unnamed speaking for the owner: the words are not the owner's."""
        words = np.words
        if np.pronoun or not words or words[-1] not in BODY_VOICES:
            return False
        k = len(words) - 1
        while k > 0 and words[k - 1][:1].islower() and words[k - 1].isalpha():
            k -= 1  # "official", "chief", "senior": lower-case modifiers of the voice
        if k > 0:
            return words[k - 1].endswith(("'s", "’s", "s'", "s’"))
        before = self.text[max(0, np.start - 30) : np.start].split()
        if not before:
            return False
        last = before[-1]
        return last.endswith(("'s", "’s")) or last.lower() in POSSESSIVES

    def stray_word(self, word: str, start: int) -> bool:
        """ "Shortly after the call ended, …", "New rules tackle …": a lone capitalised
        word that opens its sentence and is a common word (see common_opener) names no
        one, unless the article also writes it so inside a sentence. A plural or a body
        speaks for many ("Critics say", "Police said"): a speaker, though no name."""
        low = word.lower()
        return (
            not _speaks_for_many(low)
            and self.common_opener(word, start)
            and not self._inside_sentence(word, start)
        )

    def _set_off(self, word: str, start: int) -> bool:
        """ "First, Duff got round …", "Likewise, …": a word in title case that opens its
        sentence, is set off by a comma, is no listed given name and is written in lower
        case too reads as an adverb, even when it is a role ("first"); a plural or a body
        still speaks ("Analysts, however, say …")."""
        low = word.lower().rstrip(".")
        return (
            self.text[start + len(word) : start + len(word) + 1] == ","
            and word[1:].islower()
            and not (low in MALE_NAMES or low in FEMALE_NAMES)
            and not _speaks_for_many(low)
            and self._opens(start)
            and written_lower(self.text, low)
        )

    def common_opener(self, word: str, start: int) -> bool:
        """Whether `word` at `start` opens its sentence (or the headline), in title case,
        and is a common word there, not a name: no listed given name, title or role, but
        a word the article also writes in lower case, a listed function word, an adverb
        in -ly, a person noun or an occupation ("Said", "Can", "New", "Eventually",
        "Rival", "Farmer"). Its capital is then the sentence's, not a name's."""
        low = word.lower().rstrip(".")
        if not self._plain_opener(word, low, start):
            return False
        return (
            low in TOPICLESS_WORDS
            or (low.endswith("ly") and len(low) > 5)
            or low in PERSON_NOUNS  # "Rival Sony", "Farmer Geoff Brooks": a description
            or low in OCCUPATIONS
            or written_lower(self.text, low)
        )

    def _plain_opener(self, word: str, low: str, start: int) -> bool:
        """A word in title case that opens its sentence and is no listed given name,
        title or role."""
        return (
            (word[1:].islower() or len(word) == 1)  # (and "A", "I")
            and not (low in MALE_NAMES or low in FEMALE_NAMES or low in TITLES)
            and low not in ROLE_WORDS
            and self._opens(start)
        )

    def stray_opener(self, words: list[str], start: int) -> bool:
        """ "Maybe Trump", "Without Bloomberg", "Said Williams: …", "Rival Hillary
        Clinton": the first word of a capitalised run that opens its sentence is no part
        of the name when it is a function word, a preposition or an age; or when it is a
        common word (common_opener) before a name the article knows, a listed given name
        and more, or a name it also writes without the word (not a plural: "Universities
        Scotland" is a body), unless the article writes the whole run inside a sentence
        too ("New Labour")."""
        if len(words) < 2:
            return False
        first, rest = words[0], words[1]
        if len(rest) < 2 or not rest[:1].isupper() or first.lower() in CONNECTORS:
            return False  # (and "De Blasio", "Van Hollen")
        low = first.lower().rstrip(".")
        if (low in NOT_NAMES or low in PREPOSITIONS or low.endswith("-year-old")) and (
            self._plain_opener(first, low, start)
        ):
            return True  # (and "Fifteen-year-old Jo Hart": an age is no part of a name)
        if not self.common_opener(first, start):
            return False
        name = words[1:]
        known = name[-1].lower().removesuffix("'s").removesuffix("’s") in self.by_word
        given = name[0].lower() in MALE_NAMES or name[0].lower() in FEMALE_NAMES
        if not (known or (given and len(name) > 1)) and (
            _plural_noun(low) or not self._written_apart(" ".join(name), start + len(first) + 1)
        ):
            # "Electronic Arts": the article writes "Arts" only after it; "Universities
            # Scotland": a plural before a place it writes alone names a body
            return False
        return not self._inside_sentence(" ".join(words), start)

    def _opens(self, start: int) -> bool:
        """Whether only marks stand between the start of a sentence (or of the headline
        before the first) and `start`."""
        k = bisect.bisect_right(self.starts, start) - 1
        return not self.text[self.starts[k] if k >= 0 else 0 : start].strip(" \"“‘'(`")

    def _elsewhere(self, run: str, at: int) -> Iterator[int]:
        """Where the text holds `run` as whole words, other than at `at`."""
        text = self.text
        i = text.find(run)
        while i >= 0:
            j = i + len(run)
            if i != at and not (i and text[i - 1].isalnum()) and not text[j : j + 1].isalnum():
                yield i
            i = text.find(run, i + 1)

    def _written_apart(self, name: str, at: int) -> bool:
        """Whether the text holds `name` elsewhere than at `at`."""
        return next(self._elsewhere(name, at), -1) >= 0

    def _inside_sentence(self, run: str, at: int) -> bool:
        """Whether the text holds `run` elsewhere inside a sentence, not opening it: the
        first word is then part of the name ("… said New Labour", "New Labour was")."""
        return any(not self._opens(i) for i in self._elsewhere(run, at))

    def _earlier_full(self, word: str, pos: int, gender: str | None = None) -> int | None:
        """A surname whose full name came earlier unregistered (no title, role or listed
        given name: "called on Howard Dean to", "Cherie Blair has been accused"): register
        the full name now. With a title's gender ("Mrs Blair"), a given name listed for
        the other sex is someone else ("Tony Blair")."""
        word = word.rstrip(".")
        if not word[:1].isupper() or not word[1:].islower() or len(word) < 3:
            return None
        given, at = _given_before(self.text, word, pos)
        if not given:
            return None
        if given.lower() in NOT_NAMES or given.lower() in ROLE_WORDS or given.lower() in TITLES:
            return None
        name = [given, word]
        if self.stray_opener(name, at):
            return None  # "Can Yahoo dominate …?" then "Yahoo said": not a given name
        if is_org(name, None, None):
            return None
        named = _given_gender(name)
        if gender and named and named != gender:
            return None
        idx = self._find(name, "person", None, at)
        return self.add(name, "person", None, None, None, at, 0, idx)

    def titled_full(self, name: list[str], title: str, pos: int) -> None:
        """ "Mrs Blair" after an unregistered "Cherie Blair": register the full name now,
        for "Mrs Blair" to be found as her (a given name listed for the other sex is
        someone else: not "Tony Blair")."""
        if len(name) == 1 and name[0].lower() not in self.by_word:
            self._earlier_full(name[0], pos, _title_gender(title))

    def add(
        self,
        name: list[str],
        kind: str,
        title: str | None,
        role: str | None,
        appos: str | None,
        pos: int,
        weight: int,
        idx: int | None,
    ) -> int:
        """Record a mention of a split name whose entity `_find` gave (None: a new one)."""
        new = idx is None
        if idx is None:
            idx = len(self.entities)
            self.entities.append(Entity(list(name), kind=kind, first=pos))
            if kind == "person" and (
                (len(name) <= 2 and " ".join(name).lower() in PLACE_NAMES)
                or (
                    len(name) > 1
                    and name[-1].lower() in PLACE_ENDINGS
                    and not title
                    # Bruce Arena, Graeme Garden (not "Madison Square Garden": more words)
                    and (len(name) > 2 or name[0].lower() not in GIVEN_NAMES)
                )
            ):
                # "Colorado will clarify", "But Wall Street delivered": a place taken for
                # a person
                self.places.add(idx)
            elif kind == "person" and len(name) == 1 and self._in_place(name[0]):
                self.places.add(idx)  # "attacks in Benghazi, Libya": a town of a country
            elif (
                kind == "organisation"
                and len(name) == 2
                and name[1].lower() in COMPANY_WORDS
                and name[0].lower() not in PLACE_WORD_STARTS
                and not people_adjective(name[0])
            ):
                # "Brymon Airways": "Brymon" alone is the firm; not "Qatar Airways" or
                # "British Airways", whose first word names a country or its people
                self.firm_short.setdefault(name[0].lower(), idx)

        ent = self.entities[idx]
        known = ent.words
        if new or title or role or appos or (name != known and " ".join(name) not in ent.aliases):
            self._absorb(ent, name, title, role, appos)  # a plain repeat adds nothing new
        if kind == "person" and (new or ent.words is not known):
            by_word = self.by_word
            for w in ent.words:
                if w == "of" or w in NAME_PARTICLES:
                    continue  # "Rania of Jordan", "van der Berg": no name word
                ids = by_word.get(w.lower())
                if ids is None:
                    by_word[w.lower()] = [idx]
                elif idx not in ids:
                    ids.append(idx)
        timeline = self.timeline
        if not timeline or timeline[-1][0] < pos:
            timeline.append((pos, idx, weight))  # the prescan registers in reading order
        else:
            bisect.insort(timeline, (pos, idx, weight))
        return idx

    def _in_place(self, word: str) -> bool:
        """ "Benghazi, Libya:", "from Omaha, Nebraska,": a lone name (no listed given name)
        that the text follows with a comma and a listed country or state ending the phrase."""
        if word.lower() in GIVEN_NAMES:
            return False
        text = self.text
        at = text.find(word + ", ")
        while at >= 0:
            m = _THEN_PLACE.match(text, at + len(word))
            if (
                m is not None
                and m.group(1).lower() in PLACE_NAMES
                and not text[at - 1 : at].isalpha()
            ):
                return True
            at = text.find(word + ", ", at + 1)
        return False

    def count_mentions(self) -> None:
        """Fill mention_counts and first_person from the prescan's timeline."""
        counts: dict[int, int] = {}
        for _, i, w in self.timeline:
            if w != QUOTED:
                counts[i] = counts.get(i, 0) + 1
                if self.first_person < 0 and self.entities[i].kind == "person":
                    self.first_person = i
        self.mention_counts = counts

    def infer_genders(self) -> None:
        """Give a gender to the people no title, role or given name gave one, from the
        pronouns the article uses of them: the first "he"/"his" or "she"/"herself" after
        a mention as the first subject of its sentence, when no other person, no quotation
        mark and no earlier "he"/"her" of the sentence comes between ("Maddow pressed on,
        and she asked …"; not "Obama backed her up": "her" is mostly someone else; not
        "Along with her husband, Milton Berg, she …"). Each such sentence is a vote; the
        article's majority decides."""
        text, starts, timeline = self.text, self.starts, self.timeline
        n = len(timeline)
        votes: dict[int, list[int]] = {}  # entity -> [male, female] votes
        unknown = {
            i
            for i, e in enumerate(self.entities)
            if e.gender is None
            and e.kind == "person"
            # ("France's Mauresmo routed her opponent. She said": a "she" makes her one)
            and (e.evidence or any(_place_owner(r) for r in e.roles))
        }
        if not unknown:
            return
        for t, (pos, i, w) in enumerate(timeline):
            if w < 1 or i not in unknown:
                continue
            k = bisect.bisect_right(starts, pos) - 1
            lo = starts[k] if k >= 0 else 0
            if t and timeline[t - 1][0] >= lo:
                continue  # not the first mention of its sentence
            hi = starts[k + 1] if k + 1 < len(starts) else len(text)
            # "Obama has proposed … . Nor has he stood idle": the next sentence of the
            # paragraph too, when it names no one before its pronoun
            paras = self.paragraph_of
            if k + 1 < len(starts) and k + 1 < len(paras) and paras[k + 1] == paras[k]:
                hi = starts[k + 2] if k + 2 < len(starts) else len(text)
            nxt = hi  # where the next mention of someone else stands
            for u in range(t + 1, n):
                p, j, _ = timeline[u]
                if p >= hi:
                    break
                if j != i:
                    nxt = p
                    break
            m = _GENDERED.search(text, pos, nxt)
            if m is None:
                continue
            gap = text[pos : m.start()]
            if '"' in gap or "“" in gap or "”" in gap:
                continue
            head = text[lo:pos]
            if '"' in head or "“" in head or "”" in head or _ANY_GENDERED.search(head):
                continue
            if m.group(1).lower() in THIRD_POSSESSIVES and _OTHERS_POSSESSIVE.search(
                text, max(pos, m.start() - 5), m.start()
            ):
                continue  # "Hicks, his spokeswoman", "Randolph was his heir": another's
            v = votes.get(i)
            if v is None:
                v = votes[i] = [0, 0]
            v[m.group(1).lower() not in MALE_SUBJECT_PRONOUNS] += 1
        for i, (male, female) in votes.items():
            if male != female:
                self.entities[i].gender = "m" if male > female else "f"
                self.entities[i].evidence = True

    def note(self, pos: int, idx: int, weight: int) -> None:
        bisect.insort(self.timeline, (pos, idx, weight))

    def _absorb(
        self, ent: Entity, name: list[str], title: str | None, role: str | None, appos: str | None
    ) -> None:
        joined = " ".join(name)
        known = ent.name  # (a property that joins the words)
        if len(name) > len(ent.words) and not _epithet(ent.words, [w.lower() for w in name]):
            ent.aliases.append(known)
            ent.words = list(name)
            known = joined
        elif joined != known:
            ent.aliases.append(joined)
        if title:
            alias = " ".join([title, *name])
            if alias != known:
                ent.aliases.append(alias)
        if title and (ent.gender is None or _middle_gendered(ent)):
            # "Ms James" after "Shani Rhys James": the title says what a given name after
            # an unlisted first name only guessed
            low = title.lower().rstrip(".")
            said = "m" if low in MALE_TITLES else "f" if low in FEMALE_TITLES else None
            ent.gender = said or ent.gender
        if ent.gender is None and (len(name) > 1 or len(ent.words) == 1):
            ent.gender = _given_gender(name)
        for r in (role, appos):
            if r and r not in ent.roles:
                ent.roles.append(r)
            if r and ent.gender is None:
                ent.gender = role_gender(r)
        if title or (role and not _place_owner(role)) or appos or len(name) > 1 or ent.gender:
            ent.evidence = True
        ent.evidence = ent.evidence or ent.gender is not None

    def _find(self, name: list[str], kind: str, title: str | None, pos: int) -> int | None:
        if kind == "organisation":
            joined = " ".join([w.lower() for w in name])
            for i, e in enumerate(self.entities):
                if e.kind == "organisation" and (
                    " ".join(e.words).lower() == joined or joined in (a.lower() for a in e.aliases)
                ):
                    return i
            return None
        last = name[-1].lower()
        surname = last if last not in NAME_SUFFIXES or len(name) == 1 else name[-2].lower()
        same = self.by_word.get(surname, [])
        if not same:
            if len(name) == 1 and not title and self.firm_short:
                return self.firm_short.get(last)  # "Brymon said" after "Brymon Airways"
            if len(name) == 1 and title:
                # "Mr Mukerjee" after "Pranab Mukherjee"
                return self._misspelt(surname, _title_gender(title))
            return None  # (before lowering the other words: most first mentions end here)
        low = [w.lower() for w in name]
        if len(low) == 1 or NAME_PARTICLES.issuperset(low[:-1]):  # (no generator)
            # a bare surname, also with its particles ("Mr van der Berg")
            given = TITLE_GIVEN.get(title.lower().rstrip(".")) if title else None
            if given is not None and surname in given:
                # "Mr Howard" is not "Howard Flight" when the article calls him "Mr
                # Flight" (but "Mr Kim" may be "Kim Yungmin", surname first)
                same = [
                    i
                    for i in same
                    if self.entities[i].words[-1].lower() == surname
                    or f"{title} {self.entities[i].words[-1]}" not in self.text
                ]
                if not same:
                    return None
            gender = _title_gender(title)
            if gender is not None:
                # "Mrs Blair" is not "Tony Blair": a given name listed for the other sex
                same = [i for i in same if _named_gender(self.entities[i].words) in (None, gender)]
                if not same:
                    return None
            if (
                gender is not None
                and all(self.entities[i].gender not in (None, gender) for i in same)
                and self._other_titled(name[-1], gender)
            ):
                # "Ms. Khan" in an article that also has a "Mr. Khan": another Khan
                return None
            return self._most_recent(same, pos, gender)
        for i in same:
            e = self.entities[i]
            if (
                len(e.words) == 1
                or _given_match(e.words, name)
                or _epithet(e.words, low)
                or _epithet(low, [w.lower() for w in e.words])
            ):
                # "Wasserman Schultz" after "Debbie Wasserman Schultz": a compound
                # surname alone is the person named in full
                return i
        return None

    def _misspelt(self, surname: str, gender: str | None) -> int | None:
        """The one person named in full whose surname a titled surname no one bears
        spells another way ("Mr Mukerjee" for Pranab Mukherjee; `_spelling_variant`); a
        long surname only, so that "Mr Brown" is never Ms Browne; and of the title's
        gender."""
        if len(surname) < 7:
            return None
        found = [
            i
            for i, e in enumerate(self.entities)
            if e.kind == "person"
            and len(e.words) > 1
            and not (gender and e.gender and e.gender != gender)
            and _spelling_variant(e.words[-1].lower(), surname)
        ]
        return found[0] if len(found) == 1 else None

    def _other_titled(self, surname: str, gender: str) -> bool:
        """Whether the text gives `surname` a courtesy title of the other gender than
        `gender` ("Mr. Khan" beside "Ms. Khan")."""
        titles = MALE_COURTESY_TITLES if gender == "f" else FEMALE_COURTESY_TITLES
        return any(
            re.search(rf"\b{re.escape(t.capitalize())}\.? {re.escape(surname)}\b", self.text)
            for t in titles
        )  # (not "Mr Khanna" for a "Mr Khan")

    def _most_recent(self, candidates: list[int], pos: int, gender: str | None) -> int:
        ok = [i for i in candidates if gender is None or self.entities[i].gender in (None, gender)]
        ok = ok or candidates
        if len(ok) == 1:
            return ok[0]
        # "Cruz said" after "Ted Cruz" and "his wife, Heidi Cruz": the bare surname is
        # the namesake the article has talked about most, the most recent on a tie
        count = dict.fromkeys(ok, 0)
        last = dict.fromkeys(ok, -1)
        for p, i, w in self.timeline:
            if p > pos:
                break
            if i in count and w != QUOTED:
                count[i] += 1
                last[i] = p
        if any(count.values()):
            return max(ok, key=lambda i: (count[i], last[i]))
        return max(ok, key=lambda i: len(self.entities[i].words))

    def by_role(self, words: list[str], pos: int) -> int | None:
        """ "the minister", "the senator": the most recent person whose role shares the noun."""
        # "Co-Chairman" is a chairman; "the Conservative Party chairman" a chairman, not
        # any Conservative
        lows = [w.lower().split("-")[-1] if "-" in w else w.lower() for w in words]
        heads = [w for w in lows if w in ROLE_WORDS and w != "former"]
        if not heads:
            return None
        if any(h not in PARTY_MEMBERS for h in heads):
            heads = [h for h in heads if h not in PARTY_MEMBERS]
        # the office, with a rank before it: "the shadow chancellor" is not who "the
        # chancellor" was taken to be
        head = " ".join(h for h in heads[:-1] if h in RANK_QUALIFIERS) + " " + heads[-1]
        head = head.strip()
        for p, i, w in reversed(self.timeline):
            e = self.entities[i]
            if w == QUOTED:
                continue  # “… President Obama …,” the former president said: not Obama
            if p <= pos:
                # (a plain loop, not any() over a generator: for speed)
                for r in e.roles + self.roles_before.get(i, []):
                    if _holds(r.lower().split(), heads):
                        return i
        held = self._role_held_later_in_paragraph(heads, pos)
        if held is not None:
            return held
        held = self.role_holders.get(head)
        if held is not None:
            return held
        # "the former secretary of state said": a role standing in for the person just
        # talked about, not someone known to hold another office ("Chancellor Gordon
        # Brown" is not "the prime minister"); else the person the article is about
        pick = self.recent_subject(max(0, pos - 600), pos, head)
        if pick is None:
            pick = self._main_person(head)
        if pick is not None:
            self.role_holders[head] = pick
        return pick

    def _role_held_later_in_paragraph(self, heads: list[str], pos: int) -> int | None:
        """ "“…”, the economy minister said. “…,” said economy minister Kenji Sato": a
        role no one before holds, named with the speaker of a later cue of its paragraph."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0 or k >= len(self.paragraph_of):
            return None
        a = bisect.bisect_left(self.timeline, (self.starts[k], -1, -1))
        b = bisect.bisect_left(self.timeline, (pos, -1, -1))
        for _, i, w in self.timeline[a:b]:
            if w != QUOTED and self.entities[i].kind == "person":
                return None  # "Ann Rhys, Plaid health spokeswoman said": the name before
        para = self.paragraph_of[k]
        end = len(self.text)
        for j in range(k + 1, len(self.starts)):
            if self.paragraph_of[j] != para:
                end = self.starts[j]
                break
        t = self._first_after(pos)
        while t < len(self.timeline) and self.timeline[t][0] < end:
            p, i, w = self.timeline[t]
            t += 1
            roles = self.entities[i].roles
            before = self.roles_before.get(i)
            if not roles and before is None:
                continue  # (most mentions: no role to hold)
            if any(
                _holds(r.lower().split(), heads) for r in (roles + before if before else roles)
            ) and (w >= 2 or self._cue_before(p)):
                return i
        return None

    def role_introduced_in_next_sentences(self, np: NP, pos: int) -> int | None:
        """ "a judge claimed drink was breeding “…”. Judge Ann Rhys made her remarks as
        …": an unnamed role whose holder the next two sentences introduce (a person
        first mentioned there, with that role word), the same person."""
        heads = [w.lower() for w in np.words if w.lower() in ROLE_WORDS]
        if not heads:
            return None
        k = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[k + 3] if k + 3 < len(self.starts) else len(self.text)
        seen = {i for p, i, _ in self.timeline if p < pos}
        t = self._first_after(pos)
        while t < len(self.timeline) and self.timeline[t][0] < end:
            _, i, w = self.timeline[t]
            t += 1
            e = self.entities[i]
            if w == QUOTED or e.kind != "person" or i in seen:
                continue
            if any(_holds(r.lower().split(), heads[-1:]) for r in e.roles):
                return i
            seen.add(i)  # (a person introduced without the role: not later either)
        return None

    def _first_after(self, pos: int) -> int:
        """The timeline index of the first mention after every mention at `pos` (entries
        are (position, entity, weight): past every entity and every weight, at most 2,
        at that position)."""
        return bisect.bisect_right(self.timeline, (pos, len(self.entities), 9))

    def _cue_before(self, pos: int) -> bool:
        """ "said economy minister Kenji Sato": a reporting verb, then at most four
        lower-case words, before the name at pos."""
        words = self.text[pos - 60 if pos > 60 else 0 : pos].split()
        for w in reversed(words[-5:]):
            if w in INVERTING_VERBS:
                return True
            if not w.islower():
                return False
        return False

    def by_body(self, words: list[str], pos: int) -> int | None:
        """ "the alliance", "the commission said": the most recent body whose name holds
        the noun ("the Countryside Alliance"); "the organisation", "the group": the most
        recent body that spoke or acted, when the last few sentences name one."""
        head = words[-1].lower()
        if head not in BODY_NOUNS and head not in GENERIC_BODIES and head not in BUSINESS_NOUNS:
            return None
        if any(w.lower() in OTHER_BODY_MODIFIERS for w in words[:-1]):
            return None  # "the rival firm": another one than the body just named
        held = None
        if (
            head in PUBLICATION_NOUNS
            and words[0].lower() == "the"
            # "the paper", "the Mirror newspaper"; not "the loss-making newspaper"
            and all(w[:1].isupper() for w in words[1:-1])
        ):
            held = self._publication(head, pos)
        k = bisect.bisect_right(self.starts, pos) - 1
        near = self.starts[max(0, k - 3)] if self.starts else 0
        fallback = None
        for p, i, w in reversed(self.timeline):
            if p > pos:
                continue
            e = self.entities[i]
            if e.kind != "organisation" or w == QUOTED:
                continue
            if any(x.lower() == head for x in e.words):
                return i
            if held is not None:
                if p <= held[1]:
                    break
                if self._reports_at(p):
                    return i  # ("The Times reported …" after "daily Marca": the nearer one)
                continue
            if fallback is None and w >= 1 and p >= near and head in GENERIC_BODIES:
                fallback = i
        if held is not None:
            return held[0]
        if fallback is None and head in BODY_NOUNS:
            fallback = self._named_body(head, pos)
        if fallback is None and head in BUSINESS_NOUNS:
            fallback = self._recent_business(pos, near if head in SHARED_BUSINESS_NOUNS else 0)
        return fallback

    def business_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The names the article marks as a business's (computed once): by a noun before
        them ("drugs group Eli Lilly", "shares in Acme"), and, weaker, by a voice after
        them ("Opera spokeswoman", "Acme's chief executive"), in that order."""
        if self._businesses is None:
            named = self.named_businesses()
            hinted = frozenset(_trim(m.group(1), hint=True) for m in business_hints(self.text))
            self._businesses = (named, hinted - named - {""})
        return self._businesses

    def named_businesses(self) -> frozenset[str]:
        """business_names' first: the names a noun before them or a legal form after them
        marks as a business's (computed once, and without the second when only it is
        asked for)."""
        if self._named_businesses is None:
            named = frozenset(_trim(m.group(1)) for m in business_intros(self.text))
            self._named_businesses = named - {""}
        return self._named_businesses

    def _recent_business(self, pos: int, since: int = 0) -> int | None:
        """ "The company said", "the former monopoly said" where no body was just named:
        the business the text named last before pos (and at or after `since`), outside
        quotations: a name the article marks as a business's, or a body it registered
        whose name is no other kind of body's ("the Medical Journal" is no company); a
        one-word name nothing makes a person's only when the text marks no business."""
        named, hinted = self.business_names()
        # a hinted name is a person's when the cast knows it as one ("Blair's spokesman")
        names = set(named) | {
            n for n in hinted if not any(w.lower() in self.by_word for w in n.split())
        }
        # the business named last as a subject or speaker (or in the headline) before one
        # merely mentioned in passing since ("figures gathered by Netcraft")
        best, best_at, best_key = None, -1, (False, -1)
        for name in sorted(names):  # (in one order: a tie goes the same way each run)
            at = self._whole_before(name, pos)
            if at < since:
                continue
            sub = at
            while sub >= since and self._in_passing(sub):
                sub = self._whole_before(name, sub)
            salient = sub >= since or bool(set(name.lower().split()) & self.title_words)
            key = (salient, sub if sub >= since else at)
            if key > best_key:
                best, best_at, best_key = name.split(), key[1], key
        # (a business named only as an object, "Corrow said the stake bought by Acme …",
        # stands in only when no business was a subject or speaker since)
        passing = None
        for p, i, w in reversed(self.timeline):
            if p >= pos:
                continue
            if p <= best_at or p < since:
                break
            if w != QUOTED and self._business_entity(i, best is None):
                if w >= 1:
                    return i
                if passing is None:
                    passing = i
        if passing is not None:
            return passing
        if best is None:
            return None
        # "the statement issued by Lycos" after "Lycos Europe": the business named in full
        short = " ".join(best)
        # (not "Gazprom and India's ONGC": two businesses)
        fuller = [n for n in names if n.startswith(short + " ") and " and " not in n]
        if fuller:
            best = min(fuller, key=len).split()
        idx = self._find(best, "organisation", None, best_at)
        return self.add(best, "organisation", None, None, None, best_at, 0, idx)

    def _business_entity(self, i: int, unmarked: bool) -> bool:
        """Whether entity i may be the business "the company" stands for: a body whose
        name is no other kind of body's ("the House of Lords"), or, when the text marks
        no business (`unmarked`), a one-word name nothing makes a person's."""
        e = self.entities[i]
        last = e.words[-1].lower().rstrip(".")
        if last in GROUP_NOUNS or _no_business(e.words, self.text):
            return False
        if e.kind == "organisation":
            words = {x.lower().rstrip(".") for x in e.words}
            return last in BUSINESS_NOUNS or bool(words & COMPANY_WORDS) or not words & ORG_WORDS
        # "AstraZeneca had hoped …"
        return (
            unmarked
            and len(e.words) == 1
            and e.gender is None
            and not e.roles
            and i not in self.places
            and not written_lower(self.text, last)  # "Sales rose": no name
        )

    def _whole_before(self, name: str, pos: int) -> int:
        """Where the business's name last stands whole before pos, outside quotations."""
        at = self.text.rfind(name, 0, pos)
        while at >= 0 and not self._business_at(at, len(name)):
            at = self.text.rfind(name, 0, at)
        return at

    def _in_passing(self, at: int) -> bool:
        """Whether the name at `at` follows a preposition (past a business noun and its
        modifier: "gathered by research firm Netcraft"): an object, named in passing; not
        the issuer of a paper ("a statement from Acme") nor a source ("according to")."""
        words = self.text[max(0, at - 48) : at].split()[-5:]
        if len(words) > 1 and words[-1] in BUSINESS_NOUNS:
            words.pop()
            if words[-1].islower() and words[-1] not in PREPOSITIONS:
                words.pop()  # "research firm"
        if not words or words[-1] not in PREPOSITIONS or words[-1] == "to":
            return False
        return _ISSUED_BEFORE.search(self.text, max(0, at - 40), at) is None

    def _business_at(self, at: int, n: int) -> bool:
        """Whether a business's name at text[at:at+n] is a whole name, outside quotes."""
        text = self.text
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-&"):
            return False
        if at + n < len(text) and (text[at + n].isalnum() or text[at + n] == "-"):
            return False
        k = bisect.bisect_right(self.quote_opens, at) - 1
        # (a quotation never closed runs on: a name after its opening is inside it)
        return k < 0 or (k < len(self.quote_closes) and self.quote_closes[k] < at)

    def _publication(self, head: str, pos: int) -> tuple[int, int] | None:
        """ "the magazine reported": the publication the text named last before pos with a
        noun of its kind beside its name ("US magazine Rolling Stone", "Spanish daily ABC",
        "the Mirror newspaper"; a magazine is no "paper": "the paper" after "US magazine
        Science Weekly" may be a study), as (entity, where named); the noun after an
        article is no such mark ("told the newspaper Mr Blair …"). (No distance limit: a
        magazine's list story says "the magazine" paragraphs after naming it; by_body
        prefers a nearer body that reported.)"""
        if self._publications is None:
            self._publications = publication_names(self.text)
        k = bisect.bisect_left(self._publications, (pos + 1,))
        magazine = head == "magazine"
        while k > 0 and (self._publications[k - 1][3] in _MAGAZINE_NOUNS) != magazine:
            k -= 1
        if k == 0:
            return None
        _, start, words, _ = self._publications[k - 1]
        words = [*words[:-1], words[-1].removesuffix("'s").removesuffix("’s")]  # "Stone's list"
        joined = " ".join(words).lower()
        # (a scan of every entity: "the paper" is rare, a story names tens at most)
        for i, e in enumerate(self.entities):
            if e.name.lower() == joined:
                return i, start  # (whatever kind the cast gave it: "Marca" may read as a person)
        # (a name seen only as a person's gets an organisation too: the press noun says so)
        idx = self._find(words, "organisation", None, start)
        return self.add(words, "organisation", None, None, None, start, 0, idx), start

    def _reports_at(self, pos: int) -> bool:
        """Whether the name at pos is the subject of a reporting verb ("The Times reported
        that …"): a body the story quotes, nearer than a publication named before."""
        m = _NAME_AFTER.match(self.text, pos)
        return m is not None and reporting_verb_next(self.text, m.end(), m.end() + 20)

    def _named_body(self, head: str, pos: int) -> int | None:
        """ "the agency" after "a spokesman for the International Atomic Energy Agency":
        the last body the text names with the noun, where no mention registered it (a
        name after a preposition is no subject)."""
        word = head.capitalize()
        at = self.text.rfind(" " + word, 0, pos)
        while at >= 0 and self.text[at + 1 + len(word) : at + 2 + len(word)].isalpha():
            at = self.text.rfind(" " + word, 0, at)
        if at < 0:
            return None
        last = None
        pattern = re.compile(_BODY_BEFORE + word + r"\b")  # re caches the compiled form
        for m in pattern.finditer(self.text, max(0, at - 120), at + 2 + len(word)):
            last = m
        if last is None:
            return None
        words = last.group().split()
        if len(words) < 2:
            return None
        idx = self._find(words, "organisation", None, last.start())
        return self.add(words, "organisation", None, None, None, last.start(), 0, idx)

    def _main_person(self, head: str) -> int | None:
        """The person the article follows (named in its headline, else named first),
        when nothing says they hold another office than `head`."""
        for i, e in enumerate(self.entities):
            if (
                e.kind == "person"
                and e.evidence
                and any(len(w) > 2 and w.lower() in self.title_words for w in e.words)
                and not self._other_office(i, head)
            ):
                return i
        i = self.first_person
        if i >= 0 and not self._other_office(i, head):
            return i
        return None

    def is_epithet(self, np: NP) -> bool:
        """Whether a capitalised phrase after "the" is a plain name (of no body, place or
        event a list holds: "the Birchfield Harrier", a member of a club) the article has
        not used for anyone before its sentence: no person's name takes "the" (but a
        title does: "the Reverend Ian Stone", "the Dalai Lama"; a given name does not
        make a name, many are places: "the Chelsea Pensioner")."""
        if self.text[np.start - 4 if np.start > 4 else 0 : np.start].lower() != "the ":
            return False
        if np.words[0].lower().rstrip(".") in TITLES or np.words[-1].lower() in TITLES_AFTER_NAME:
            return False
        sentence = self.starts[bisect.bisect_right(self.starts, np.start) - 1]
        return _plain_name(np.words) and not any(
            self.entities[i].first < sentence
            for w in np.words
            for i in self.by_word.get(w.lower(), ())
        )

    def _named_before(self, pos: int, head: str) -> int | None:
        """The person the sentence before pos named last, not known by another office."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 1:
            return None
        a = bisect.bisect_left(self.timeline, (self.starts[k - 1], -1, -1))
        b = bisect.bisect_left(self.timeline, (self.starts[k], -1, -1))
        for _, i, w in reversed(self.timeline[a:b]):
            if w != QUOTED and self.entities[i].kind == "person":
                return None if self._other_office(i, head.lower()) else i
        return None

    def _other_office(self, i: int, head: str) -> bool:
        """Whether entity i is known by a role whose nouns are not `head` (an office, with
        its rank: "shadow chancellor")."""
        kinds = ROLE_KINDS.get(head, ())
        for r in self.entities[i].roles:
            words = r.lower().split()
            if all(h in words for h in head.split()) or any(w in kinds for w in words):
                return False
            if any(w in ROLE_WORDS and w != "former" for w in words):
                return True
        return False

    def _description(self, np: NP) -> bool:
        """ "the Dutchman", "the 29-year-old": a person described, not named."""
        if len(np.words) == 1 and not np.common and not np.pronoun:
            before = self.text[np.start - 20 if np.start > 20 else 0 : np.start].lower()
            if _AGED_BEFORE.search(before):
                # "the 25-year-old Dubliner": an age makes it a description (not "the
                # 28-year-old Morientes", a name the article knows)
                return np.words[0].lower() not in self.by_word
            return np.words[0].lower() in DEMONYMS and before.endswith("the ")
        return (
            np.common
            and len(np.words) == 2
            and np.words[0].lower() == "the"
            and _AGED.fullmatch(np.words[1]) is not None
        )

    def described(self, pos: int, narrative: bool = False) -> int | None:
        """ "the Dutchman", "the 29-year-old" at pos: a description stands for a person
        named in the last few sentences, not for the subject of its own sentence
        ("Ferguson sold the Dutchman"), and first for one introduced with the same word
        ("American Taylor Dent"). A speaker so described ("“…,” said the American") is
        the most recent subject or speaker; a description in the narrative ("it still
        rankles with the Dutchman", `narrative`) is the person the headline names."""
        k = bisect.bisect_right(self.starts, pos) - 1
        sent_start = self.starts[k] if k >= 0 else 0
        lo = self.starts[max(0, k - _DESCRIBED_REACH)] if self.starts else 0
        a = bisect.bisect_left(self.timeline, (lo, -1, -1))
        b = bisect.bisect_left(self.timeline, (pos, -1, -1))
        near = self.timeline[a:b]
        own = {i for p, i, w in near if p >= sent_start and w >= 1}
        people = [
            (i, w)
            for _, i, w in reversed(near)
            if w != QUOTED and i not in own and self.entities[i].kind == "person"
        ]
        said = self.text[pos : pos + 24].split()
        if said and said[0].lower() == "the":
            said = said[1:]
        word = said[0].strip(".,;:").lower() if said else ""
        for i, _ in people:
            if any(word in r.lower().split() for r in self.entities[i].roles):
                return i  # "the Spaniard" after "Spaniard Carlos Ruiz"
        titled = [
            i
            for i, _ in people
            if any(len(x) > 2 and x.lower() in self.title_words for x in self.entities[i].words)
        ]
        if not narrative:
            # "When Lleyton Hewitt shook his hand, the Australian said": the subject of
            # the sentence's opening clause; else ("Speaking on Sunday, the American
            # said") the most recent subject or speaker before it
            return next(
                (
                    i
                    for p, i, w in near
                    if p >= sent_start and w >= 1 and self.entities[i].kind == "person"
                ),
                next((i for i, w in people if w >= 1), None),
            )
        if titled:
            return titled[0]
        for i, w in people:
            if w >= 1:
                return i
        return None

    def body_just_said(self, pos: int) -> int | None:
        """ "Google said the tool was in trial. It said: “…”": the speaker of the sentence
        before pos, when its one-word name could be a body's (no gender, no role)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 1 or self.paragraph_of[k - 1] != self.paragraph_of[k]:
            return None
        a = bisect.bisect_left(self.timeline, (self.starts[k - 1], -1, -1))
        b = bisect.bisect_left(self.timeline, (self.starts[k], -1, -1))
        for _, i, w in reversed(self.timeline[a:b]):
            if w == QUOTED or w < 2:
                continue
            e = self.entities[i]
            one_word = len(e.words) == 1 and e.gender is None and not e.roles
            if self.is_group(i):
                return None  # "auditors said …. It added": a group is "they", not "it"
            return i if e.kind == "organisation" or one_word else None
        return None

    def recent_subject(self, lo: int, hi: int, head: str = "") -> int | None:
        """The most recent person who was a subject or speaker in text[lo:hi] (given a
        role noun `head`, one not known to hold another office)."""
        a = bisect.bisect_left(self.timeline, (lo, -1, -1))
        b = bisect.bisect_left(self.timeline, (hi, -1, -1))
        for p, i, w in reversed(self.timeline[a:b]):
            e = self.entities[i]
            if w >= 1 and e.kind == "person" and e.evidence:
                if head and (self._other_office(i, head) or self._of_the(head, p)):
                    continue
                return i
        return None

    def _of_the(self, head: str, pos: int) -> bool:
        """ "The actor's friend Budd Schulberg" at pos: named by a relation to "the actor",
        so not the actor himself."""
        before = self.text[max(0, pos - 40) : pos].lower()
        # the last one, a whole word ("the benefactor's friend" is nobody's "actor")
        found = [m.end() for m in re.finditer(rf"\b{re.escape(head)}['’]s ", before)]
        return bool(found) and before[found[-1] :].replace("-", "").replace(" ", "").isalpha()

    def pronoun(self, word: str, pos: int, at: int = -1) -> int | None:
        """The referent of he/she/they/it: the first subject of the same sentence before
        it, else the most recent subject or speaker, else the most recent mention. `at`:
        where the pronoun itself stands, when `pos` is its verb's position."""
        gender = PRONOUNS.get(word)
        if gender is None or gender == "s" or word == "we":
            return None
        if word == "they":
            # "the groups say they …": a body or a group, never one person ("p" is a
            # person of either gender, the speaker of a cue-less quote)
            gender = "g"
        k = bisect.bisect_right(self.starts, pos) - 1
        sent_start = self.starts[k] if k >= 0 else 0
        lo = bisect.bisect_left(self.timeline, (sent_start, -1, -1))
        pick = self._own_subject(gender, pos, at, sent_start, lo)
        if (
            pick is not None
            and gender in ("m", "f")
            and self.entities[pick].gender is None
            and self.entities[pick].evidence  # "Mercedes said she": maybe a body, no gender
        ):
            # "Rush Limbaugh said he …": the subject before a pronoun of its own clause
            # tells the person's gender, which the names lists may not know
            self.entities[pick].gender = gender
        if pick is None:
            pick = self._earlier_subject(gender, lo)
            if gender == "g":
                # "Professors Lee and Hale argue …. In France, they write, “…”": two
                # people a subject joins, nearer than the body, speak as "X and Y said"
                # does (the last of them stands for the pair)
                pick = self._joined_people(lo, k, pick)
            if self.referee is not None and gender in ("m", "f"):
                # beyond its own sentence a pronoun's referent is a judgement of salience
                pick = self.referee(self, gender, pos, at, pick)
            if (
                pick is not None
                and self.role_subjects
                and gender in ("m", "f")
                and self._unheld_role_between(k, pos, pick)
            ):
                self.unnamed_referents.add(at if at >= 0 else pos)
                return None
        if pick is not None and gender in ("m", "f"):
            self.referred[at if at >= 0 else pos] = (gender, pick)
        return pick

    def _unheld_role_between(self, k: int, pos: int, pick: int) -> bool:
        """Whether the subject of sentence k - 1 (or of sentence k, before pos) is a role
        no one named holds, with no person named as a subject or speaker after it, and
        `pick` is not mentioned in the role's paragraph before it: the "he"
        stands for the role's unnamed holder, not for someone named earlier ("Jo Hale
        wrote to the mayor. The first minister said …. He told Ms Hale: “…”")."""
        r = bisect.bisect_left(self.role_subjects, (pos, "")) - 1
        if r < 0 or k < 1 or self.role_subjects[r][0] < self.starts[k - 1]:
            return False
        role_at, noun = self.role_subjects[r]
        a = bisect.bisect_left(self.timeline, (role_at + 1, -1, -1))
        b = bisect.bisect_left(self.timeline, (pos, -1, -1), a)
        for t in range(a, b):  # (a named subject after the role is the referent)
            _, i, w = self.timeline[t]
            if w >= 1 and self.entities[i].kind == "person":
                return False
        saved = self.role_holders.copy()  # (only a question: by_role remembers its answers)
        held = self.by_role([noun], role_at)
        self.role_holders = saved
        if held is not None and self.entities[held].kind == "person":
            return False
        # "Ms Kelly told …. The minister also said …. She denied …", "Chancellor Ann Fry
        # spoke. Economists had expected …. The minister said …. She added": a person
        # the role's own paragraph named before it may hold it under another title
        return not self._named_in_paragraph_before(pick, role_at)

    def _named_in_paragraph_before(self, i: int, pos: int) -> bool:
        """Whether entity i is mentioned in pos's paragraph before pos."""
        s = bisect.bisect_right(self.starts, pos) - 1
        if s < 0 or s >= len(self.paragraph_of):
            return False
        p0 = s
        while p0 > 0 and self.paragraph_of[p0 - 1] == self.paragraph_of[s]:
            p0 -= 1
        a = bisect.bisect_left(self.timeline, (self.starts[p0], -1, -1))
        b = bisect.bisect_left(self.timeline, (pos, -1, -1), a)
        return any(self.timeline[t][1] == i for t in range(a, b))

    def _own_subject(self, gender: str, pos: int, at: int, sent_start: int, lo: int) -> int | None:
        """The first subject of the pronoun's own sentence before it (not when the pronoun
        and its verb are a parenthetical aside)."""
        if self._parenthetical(sent_start, at if at >= 0 else pos):
            return None
        hi = bisect.bisect_left(self.timeline, (pos, -1, -1))
        # “… wisdom” - that Grant is seen as a liberal - “is wrong,” he says: a name in
        # an aside between the halves of the quotation the pronoun attributes is not
        # its referent
        aside_lo = aside_hi = -2  # (found only once a mention fits: most sentences have none)
        for p, i, w in self.timeline[lo:hi]:
            if w >= 1 and self.fits(i, gender, w):
                if aside_lo == -2:
                    aside_lo, aside_hi = self._quote_aside(sent_start, at if at >= 0 else pos)
                if not aside_lo < p < aside_hi:
                    return i
        return None

    def _quote_aside(self, sent_start: int, here: int) -> tuple[int, int]:
        """Where the first halves of a quotation and the asides between them lie (from the
        first half's opening mark to the last half's) when the pronoun at `here` attributes
        the quotation from after its closing mark (“…” - … - “…,” he said) and all halves
        are in the pronoun's sentence and a dash or a bracket opens what follows the
        earlier half; else an empty range (“…,” Tom Smith said, but “…,” he added: Smith's
        is no aside)."""
        closes = self.quote_closes
        q = bisect.bisect_right(closes, here) - 1
        if q < 1 or self.text[closes[q] : here].strip(QUOTE_TO_CUE_MARKS):
            return -1, -1
        first = bisect.bisect_left(self.quote_opens, sent_start)
        if first >= q or not aside_between(self.text, closes[q - 1], self.quote_opens[q]):
            return -1, -1
        return self.quote_opens[first], self.quote_opens[q]

    def _earlier_subject(self, gender: str, lo: int) -> int | None:
        """The rules' referent in earlier sentences (timeline[:lo]): the most recent
        subject or speaker, unless the only compatible mentions of the last few sentences
        are objects ("…, with Hillary Clinton lambasting the plan. “…,” she said"), else
        the most recent mention."""
        fallback = None
        fallback_sentence = 0
        for p, i, w in reversed(self.timeline[:lo]):
            if w == QUOTED or not self.fits(i, gender, w):
                continue
            if w >= 1:
                if fallback is None:
                    return self._main_subject(gender, p, lo, i)
                sentence = bisect.bisect_right(self.starts, p) - 1
                if fallback_sentence - sentence > _SUBJECT_REACH:
                    return fallback
                return self._main_subject(gender, p, lo, i)
            if fallback is None:
                fallback = i
                fallback_sentence = bisect.bisect_right(self.starts, p) - 1
        return fallback

    def _joined_people(self, lo: int, k: int, pick: int | None) -> int | None:
        """The second of two people named side by side with "and" ("Lee and Hale argue")
        in the sentence just before the pronoun's (sentence k, from timeline[lo]), when it
        comes after the last mention of `pick`; else pick. Only that near: a pair named
        sentences before is no longer who "they" are."""
        timeline = self.timeline
        text = self.text
        if not 0 < lo <= len(timeline) or k < 1:
            return pick
        floor = self.starts[k - 1]
        t = lo - 1
        while t > 0 and timeline[t][0] >= floor:
            p, i, w = timeline[t]
            if pick is not None and i == pick and w != QUOTED:
                return pick  # the body is named after any pair
            q, j, v = timeline[t - 1]
            if (
                w >= 1
                and v >= 1
                and i != j
                and self.entities[i].kind == "person"
                and self.entities[j].kind == "person"
                and _JOINED.fullmatch(text, q, p)
            ):
                return i
            t -= 1
        return pick

    def _main_subject(self, gender: str, p: int, lo: int, i: int) -> int:
        """The subject of the main clause when the subject i at p stands in a clause a
        subordinator opens after it ("Nevins said he took the show only because Lynch
        agreed. “…,” he said": Nevins, whom the sentence is about); else i. Not across a
        comma: in "…, if elected, Stovall said" Stovall is the main clause's."""
        k = bisect.bisect_right(self.starts, p) - 1
        sent_start = self.starts[k] if k >= 0 else 0
        # (cheap test first: the main clause's subject is a mention of someone else before
        # p in the sentence; without one there is nothing to look for)
        timeline = self.timeline
        first = bisect.bisect_left(timeline, (sent_start, -1, -1), 0, lo)
        t = first
        while t < lo and timeline[t][0] < p:
            if timeline[t][2] >= 1 and timeline[t][1] != i:
                break
            t += 1
        if t >= lo or timeline[t][0] >= p:
            return i
        text = self.text
        cut = cut_end = -1
        for word in _SUBORDINATORS_SPACED:  # (one rfind each: cheaper than a regex)
            at = text.rfind(word, sent_start, p)
            if at > cut:
                cut, cut_end = at, at + len(word)
        # a comma, a dash, a bracket, "and" or "but" ends the clause
        if cut < 0 or any(mark in text[cut:p] for mark in _CLAUSE_ENDS):
            return i
        # a clause opens with its subject: only a determiner, titles and names before the
        # first mention after the subordinator ("because Mr. Dale agreed", "when the
        # Appeal Court ruled"; in "stepped down after 20 years …", "after" is a preposition)
        opener = bisect.bisect_left(self.timeline, (cut_end, -1, -1), 0, lo)
        q0 = self.timeline[opener][0] if opener < lo else p
        if not all(w[:1].isupper() or w in DETS for w in text[cut_end:q0].split()):
            return i
        for q, j, w in timeline[first:lo]:
            if q >= cut:
                break
            if w >= 1 and j != i and self.fits(j, gender, w):
                return j
        return i

    def _parenthetical(self, sent_start: int, pos: int) -> bool:
        """ "Mr Blair has failed, he claimed, saying …": a pronoun and its verb set off by
        commas after a clause report that clause; its subject is what is said, not who
        says it."""
        text = self.text
        k = pos
        while k > sent_start and text[k - 1] == " ":
            k -= 1
        return k > sent_start and text[k - 1] == "," and bool(_ASIDE_CUE.match(text, pos))

    def is_group(self, i: int) -> bool:
        """Whether entity i is a group named by its noun ("the auditors", "the judges"):
        "they", never "it"."""
        return self.entities[i].words[-1].lower() in GROUP_NOUNS

    def fits(self, i: int, gender: str, weight: int) -> bool:
        """Whether entity i can be "he"/"she"/"they": a person of that gender (a bare
        surname counts once it has spoken), or a body for "they"/"it"."""
        e = self.entities[i]
        if gender == "p":  # a person of either gender: the speaker of a cue-less quote
            return e.kind == "person" and e.evidence and i not in self.places
        if gender in ("m", "f"):
            return (
                e.kind == "person"
                and (e.evidence or weight >= 2)
                and e.gender in (None, gender)
                and i not in self.places
            )
        if e.kind == "organisation":
            # not "it" for "the auditors", "the judges": a group is "they"
            return gender != "o" or not self.is_group(i)
        # "housebuilder George Wimpey … Shares in Wimpey rose. “…,” it added": a name with
        # a given name in it that the text marks as a business's
        return gender == "o" and not e.roles and e.words[-1] in self.named_businesses()


# the pronouns that stand for a sentence's subject ("him", "her" are mostly someone else)
# (lower case or capitalised, without IGNORECASE: the engine scans faster)
# \b(he|she|…)\b with the leading \b moved after each word's first letter, as (?<!\w.):
# a pattern that opens with a letter lets the engine skip to the next h, H, s or S
# instead of trying a match at every character (a test checks the two agree)
_GENDERED: Final = re.compile(
    "("
    + "|".join(
        w[0] + r"(?<!\w.)" + re.escape(w[1:])
        for w in sorted(
            GENDERED_SUBJECT_PRONOUNS | {w.capitalize() for w in GENDERED_SUBJECT_PRONOUNS},
            key=lambda w: (-len(w), w),  # (longest first, as alternation orders them)
        )
    )
    + r")\b"
)
# what stands before a possessive that is another person's: an appositive, a predicate
_OTHERS_POSSESSIVE: Final = re.compile(
    r"(?:,|\b(?:" + alternation(OTHERS_POSSESSIVE_AFTER) + r"))\s+$", re.IGNORECASE
)
# any gendered pronoun, "her" and "him" too: someone is already in play
_ANY_GENDERED: Final = re.compile(
    r"\b(?:" + alternation(GENDERED_SUBJECT_PRONOUNS | PERSON_PRONOUNS_SHORT) + r")\b",
    re.IGNORECASE,
)
# a comma, then a place's name of one or two words that ends the phrase (", Libya:")
_THEN_PLACE: Final = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]|$)")
_DESCRIBED_REACH: Final = 6  # sentences back that a description's person was named
_AGED: Final = re.compile(r"\d{1,3}-year-old")
_AGED_BEFORE: Final = re.compile(r"\bthe \d{1,3}-year-old $")


# a capitalised name of up to four words ("Eli Lilly", "Bank of Scotland", "Marks & Spencer")
_CAP_NAME: Final = (
    rf"[A-Z][\w&.’'-]*(?: (?:(?:{alternation(BUSINESS_NAME_LINKS)}) )?[A-Z][\w&.’'-]*){{0,3}}"
)
_LEGAL_FORM: Final = alternation(
    LEGAL_FORMS | {w.capitalize() for w in LEGAL_FORMS} | {w.upper() for w in LEGAL_FORMS}
)
# a business noun before a name ("drugs group Eli Lilly"), "shares in" a name, or a legal
# form after it ("Northgate plc said", "Acme Inc."): _BUSINESS_INTRO, whose matches
# business_intros finds branch by branch, each from the words it needs
_INTRO_BY_NOUN: Final = re.compile(rf"\b(?:{alternation(BUSINESS_NOUNS)}) ({_CAP_NAME})")
_INTRO_BY_SHARES: Final = re.compile(rf"\b[Ss]hares in ({_CAP_NAME})")
_INTRO_BY_FORM: Final = re.compile(rf"\b({_CAP_NAME}),? (?:{_LEGAL_FORM})\b")
_BUSINESS_INTRO: Final = re.compile(
    "|".join(p.pattern for p in (_INTRO_BY_NOUN, _INTRO_BY_SHARES, _INTRO_BY_FORM))
)
# a legal form as _INTRO_BY_FORM needs it: after a space, a whole word (a literal opens
# the pattern: the engine skips ahead to each space)
_SPACED_LEGAL_FORM: Final = re.compile(rf" (?:{_LEGAL_FORM})\b")
_NOUNS_SPACED: Final = tuple(sorted(noun + " " for noun in BUSINESS_NOUNS))


def business_intros(text: str) -> list[re.Match[str]]:
    """The matches of _BUSINESS_INTRO.finditer(text), the name in group 1 of each (the
    branch's): a pass of _BUSINESS_INTRO tries every position of the text, so each branch
    is looked for only where it can match (after a business noun found by str.find, at
    "hares in ", or anywhere when the text has a legal form at all), and the matches are
    taken as the alternation takes them: leftmost first, the earlier branch on a tie, the
    next from the end of the last."""
    nouns = sorted(i for spaced in _NOUNS_SPACED for i in occurrences(text, spaced))
    shares = [i - 1 for i in occurrences(text, "hares in ") if i > 0]
    formed = _SPACED_LEGAL_FORM.search(text) is not None

    by_noun = _matching_at(_INTRO_BY_NOUN, text, nouns)
    by_shares = _matching_at(_INTRO_BY_SHARES, text, shares)

    def by_form(pos: int) -> re.Match[str] | None:
        return _INTRO_BY_FORM.search(text, pos) if formed else None

    return _leftmost(by_noun, by_shares, by_form)


def _matching_at(
    pattern: re.Pattern[str], text: str, starts: list[int]
) -> Callable[[int], re.Match[str] | None]:
    """A branch for _leftmost: the first match of `pattern` at one of the sorted `starts`
    from a position on (the places where the branch can match, found by str.find)."""

    def first(pos: int) -> re.Match[str] | None:
        for i in starts[bisect.bisect_left(starts, pos) :]:
            m = pattern.match(text, i)
            if m is not None:
                return m
        return None

    return first


def _leftmost(*branches: Callable[[int], re.Match[str] | None]) -> list[re.Match[str]]:
    """The matches an alternation of the branches finds in turn, given each branch's
    leftmost match from a position on: leftmost first, the earlier branch on a tie, the
    next from the end of the last (no branch matches the empty string)."""
    ahead = [find(0) for find in branches]  # each branch's leftmost match from pos on
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        best = None
        for k, find in enumerate(branches):
            m = ahead[k]
            if m is not None and m.start() < pos:
                ahead[k] = m = find(pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        out.append(best)
        pos = best.end()


def occurrences(text: str, needle: str) -> list[int]:
    """Where needle starts in text, every time."""
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


# a voice after a name ("Opera spokeswoman"), or a paper it issues ("a statement from
# Acme", "the statement issued by Acme")
_HINT_BY_VOICE: Final = re.compile(
    rf"\b({_CAP_NAME}) (?:(?:{alternation(BUSINESS_VOICE_RANKS)}) )?"
    rf"(?:{alternation(BUSINESS_VOICES)})\b"
)
_HINT_BY_PAPER: Final = re.compile(
    rf"\b(?:{alternation(ISSUED_PAPERS)}) (?:{alternation(ISSUED_BY)}) ({_CAP_NAME})"
)
_BUSINESS_HINT: Final = re.compile(_HINT_BY_VOICE.pattern + "|" + _HINT_BY_PAPER.pattern)
# the characters of a name, its links and "chief " before a voice (_HINT_BY_VOICE)
_NAME_CHARS: Final = frozenset("&.’'- ")
_SPACED_VOICES: Final = tuple(sorted(" " + v for v in BUSINESS_VOICES))
_PAPERS_SPACED: Final = tuple(sorted(p + " " for p in ISSUED_PAPERS))


def business_hints(text: str) -> list[re.Match[str]]:
    """The matches of _BUSINESS_HINT.finditer(text), the name in group 1 of each (the
    branch's), found as business_intros finds its: a voice's branch only between the
    name characters before a " VOICE" and the character after it (a match holds a
    lower-case voice, which no name holds: matches open in the order of their voices),
    a paper's at each "statement " or "announcement "."""
    voices = sorted((i, i + len(v) + 1) for v in _SPACED_VOICES for i in occurrences(text, v))
    papers = sorted(i for p in _PAPERS_SPACED for i in occurrences(text, p))

    def by_voice(pos: int) -> re.Match[str] | None:
        for v, end in voices:
            if v <= pos:
                continue
            start = v
            while start > 0 and (text[start - 1] in _NAME_CHARS or _word_char(text[start - 1])):
                start -= 1
            m = _HINT_BY_VOICE.search(text, max(pos, start), min(len(text), end))
            if m is not None:
                return m
        return None

    return _leftmost(by_voice, _matching_at(_HINT_BY_PAPER, text, papers))


def _word_char(ch: str) -> bool:
    """Whether ch is a regex word character (\\w): a letter, a digit or "_"."""
    return ch.isalnum() or ch == "_"


# a paper and its issuer's preposition right before a name ("a statement from Acme")
_ISSUED_BEFORE: Final = re.compile(
    rf"\b(?:{alternation(ISSUED_PAPERS)}) (?:{alternation(ISSUED_BY)}) $"
)


def _no_business(words: list[str], text: str) -> bool:
    """ "the US", "Analysts", "MPs": a place, or the members of a trade or body, no
    business."""
    name = " ".join(words).lower()
    if name in PLACE_NAMES or name in CAPITALISED_COUNTRY_CODES:
        return True
    if len(words) != 1 or not name.endswith("s"):
        return False
    # "Analysts said", "Unions accuse …": the plural of a role, or of a word the text
    # also writes in lower case
    return name[:-1] in ROLE_WORDS or name[:-1] in PERSON_NOUNS or written_lower(text, name)


def _trim(name: str, hint: bool = False) -> str:
    """A captured name without its possessive, a full stop after it or a word that opens
    its clause ("But BT chief executive …"); none for a person's ("Mr Blair's spokesman",
    and after a voice also "Alan Smith's spokesman")."""
    words = name.split()
    # "Gazprom. The …": the name ends at a full stop (not an initial's, "J. Sainsbury")
    end = next((k for k, w in enumerate(words) if w.endswith(".") and len(w) > 2), len(words))
    words = words[: end + 1]
    if words:
        words[-1] = words[-1].rstrip(".").removesuffix("'s").removesuffix("’s")
    if words and (words[0].lower().rstrip(".") in TITLES or words[0].lower() in COURTESY_TITLES):
        return ""
    while words and words[0].lower() in NOT_NAMES:
        words.pop(0)
    if words and any(
        part.lower() in DEMONYMS or part.endswith(PEOPLE_ADJECTIVE_ENDINGS)
        for part in words[-1].split("-")
    ):
        return ""  # "shares in Anglo-Swedish drug firms": a description, no name
    if hint and words and words[0].lower() in GIVEN_NAMES:
        return ""
    if words and words[-1].lower() in ROLE_WORDS:
        return ""  # "Chief executive Jo Bell": a role opening its sentence, no name
    return " ".join(words)


# the capitalised words of a body's name before its head noun ("International Atomic
# Energy Agency", "Commission for Racial Equality" has its head first and is not found)
_BODY_BEFORE: Final = (
    r"(?:[A-Z][\w&'’\-]*[ \t]+(?:(?:" + alternation(BODY_NAME_LINKS) + r")[ \t]+)?){1,5}"
)


# the words of one voice of a body, and such a word before "for" or "at" ("a spokeswoman
# for Vexa"): Cast.voice_named
_VOICE_WORDS: Final = SPOKES_VOICES
_FOR_BODY: Final = re.compile(r" (?:for|at) (?:the )?([A-Za-z]+(?: [A-Z][a-z]+){0,3})")
_VOICE_FOR: Final = re.compile(rf"\b({alternation(SPOKES_VOICES)}) (?:for|at) (?:the )?$")


def _possessed(role: str) -> bool:
    """Whether a role is written as someone's relation: a possessive, then a lower-case
    role noun ("Tom Hale's lawyer")."""
    words = role.split()
    return (
        len(words) > 1
        and words[-2].endswith(("'s", "’s"))
        and words[-1].islower()
        and words[-1] in ROLE_WORDS
    )


def _spelling_variant(a: str, b: str) -> bool:
    """Whether two different words are one name spelt two ways, as transliteration and
    typing spell it: an "h" or a doubled letter dropped ("Mukerjee", "Mukherjee";
    "Philips", "Phillips"), or "i" for "y" ("Sergei", "Sergey"). A letter any other way
    makes another name: "Johnston" is not "Johnson", nor "Thomson" "Thompson"."""
    if len(a) > len(b):
        a, b = b, a
    if a == b or len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] and {a[i], b[i]} == {"i", "y"}
    extra = b[i]
    doubled = (i > 0 and b[i - 1] == extra) or (i + 1 < len(b) and b[i + 1] == extra)
    return a[i:] == b[i + 1 :] and (extra == "h" or doubled)


def _holds(role: list[str], heads: list[str]) -> bool:
    """Whether a role ("deputy prime minister") is the office the role words name ("the
    prime minister": not a deputy's, nor a vice or shadow office)."""
    for h in heads:  # (plain loops, not all()/any() over generators: for speed)
        if h not in role:
            return False
    for w in role:  # noqa: SIM110 (as above)
        if w in RANK_QUALIFIERS and w not in heads:
            return False
    return True


_THE_BEFORE: Final = re.compile(r"\b[Tt]he (?:[a-z-]+ )?$")


def _adjective_role(words: list[str], before: str) -> bool:
    """ "the double Olympic champion", "the Australian captain", "the Black Sabbath
    singer": "the", a role noun in lower case after capitalised adjectives (of a people or
    an event) or the name of a band or a firm, no name (`before`: the text before it). Not
    after a place or a body ("the Florida senator", "the GOP front-runner", "the Treasury
    secretary"): an office, which a source keeps as written; nor a body's voice ("the
    Ofcom spokesman": someone unnamed)."""
    last = words[-1]
    if len(words) < 2 or not last[:1].islower() or last.lower() not in ROLE_WORDS:
        return False
    the = _THE_BEFORE.search(before)
    if the is None:
        return False
    prior = before[: the.start()].split()[-2:]
    if len(prior) == 2 and prior[1] in CONNECTORS and prior[0][:1].isupper():
        return False  # "a Top of the Pops spokesperson": "the" inside a name, no article
    caps = [w for w in words[:-1] if w[:1].isupper() and w.lower() != "the"]
    if not caps:
        return False
    if all(w.lower() in DEMONYMS or w.endswith(PEOPLE_ADJECTIVE_ENDINGS) for w in caps):
        return True
    return (
        last.lower() not in BODY_VOICES
        and " ".join(caps).lower() not in PLACE_NAMES
        and not any(w.isupper() or w.lower() in PLACE_NAMES or w.lower() in ORG_WORDS for w in caps)
    )


def _someone_of_body(words: list[str]) -> bool:
    """ "a Unite union member", "a Harlow council spokesman": "a", a body's name and its
    noun, then the person: someone of the body, whom no role of another names."""
    return (
        len(words) > 3
        and words[0].lower() in ("a", "an")
        and words[1][:1].isupper()
        and words[-2] in BODY_NOUNS
    )


def _indefinite(text: str, start: int) -> bool:
    """Whether the phrase at `start` opens with an indefinite article within its last few
    words ("a longtime Clinton adviser", "one senior official")."""
    words = text[start - 40 if start > 40 else 0 : start].split()[-4:]
    for w in reversed(words):
        low = w.lower()
        if low in INDEFINITES:
            return True
        if not w[:1].isalnum() or not w[-1:].isalnum() or low in DEFINITE_DETERMINERS:
            return False
    return False


def written_lower(text: str, low: str) -> bool:
    """Whether the word occurs in lower case anywhere in the text."""
    i = text.find(low)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + len(low) : i + len(low) + 1]
        if not before.isalpha() and not after.isalpha():
            return True
        i = text.find(low, i + 1)
    return False


def _body_name(words: list[str]) -> list[str]:
    """The whole name of a body: the capitalised words at the end of the phrase with the
    connectors between them ("independent Institute for Fiscal Studies" -> "Institute
    for Fiscal Studies")."""
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or (k < len(words) and words[k - 1] in CONNECTORS)):
        k -= 1
    while k < len(words) and not words[k][:1].isupper():
        k += 1
    return words[k:]


def _epithet(have: list[str], new_low: list[str]) -> bool:
    """ "Crooked Hillary Clinton" after "Hillary Clinton": a full name with words in
    front is the same person under an epithet, not a longer name."""
    n = len(have)
    return 1 < n < len(new_low) and new_low[-n:] == [w.lower() for w in have]


def _middle_gendered(ent: Entity) -> bool:
    """Whether a person's gender rests on a listed given name that is not the first word
    of the name ("Shani Rhys James": maybe a middle name)."""
    words = ent.words
    return (
        ent.gender is not None
        and len(words) > 2
        and words[0].lower() not in MALE_NAMES
        and words[0].lower() not in FEMALE_NAMES
    )


def name_gender(title: str | None, name: list[str]) -> str | None:
    """The gender a title or a listed given name says ("Mrs Ann Rhys", "Tom Hale")."""
    return _title_gender(title) or (_given_gender(name) if len(name) > 1 else None)


def given_name(low: str) -> bool:
    """Whether a lower-case word is a given name: a listed one, or a hyphenated pair of
    listed ones ("Jean-Philippe", "Anna-Lena")."""
    if low in GIVEN_NAMES:
        return True
    if "-" not in low:
        return False
    parts = low.split("-")
    return len(parts) == 2 and parts[0] in GIVEN_NAMES and parts[1] in GIVEN_NAMES


def _given_gender(name: list[str]) -> str | None:
    """The gender of the first listed given name before the surname ("Crooked Hillary
    Clinton" is a woman, whatever the epithet in front)."""
    for word in name[:-1] or name:
        low = word.lower()
        if "-" in low and low not in GIVEN_NAMES and given_name(low):
            low = low.split("-")[-1]  # "Anna-Lena", "Jean-Philippe": the second says it
        if low in UNISEX_NAMES:
            return None  # "Pat Miller": either
        if low in FEMALE_NAMES:
            return "f"
        if low in MALE_NAMES:
            return "m"
    return None


def _named_gender(words: list[str]) -> str | None:
    """The gender a full name's first word says when it is a listed given name (not a
    middle one: "Shani Rhys James" is Ms James); None for a bare surname."""
    return _given_gender(words[:2]) if len(words) > 1 else None


def role_gender(role: str) -> str | None:
    """The gender a role says ("his wife", "a party spokeswoman"), if any: the role's
    own words, not those of the phrase it governs ("the wife of a congressman")."""
    for word in role.lower().replace("’s", " ").replace("'s", " ").split():
        if word in ROLE_GOVERNING_LINKS:
            break
        if word in FEMALE_ROLE_WORDS:
            return "f"
        if word in MALE_ROLE_WORDS:
            return "m"
    return None


def _given_match(have: list[str], new: list[str]) -> bool:
    a, b = have[0].lower().rstrip("."), new[0].lower().rstrip(".")
    if len(have) == 1 or len(new) == 1:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a[0] == b[0] and fuzz.ratio(a, b) >= 75


def _title_gender(title: str | None) -> str | None:
    if not title:
        return None
    low = title.lower().rstrip(".")
    return "m" if low in MALE_TITLES else "f" if low in FEMALE_TITLES else None


_ROLE_OR_TITLE: Final = ROLE_WORDS | TITLES


_DANGLING_WORDS: Final = frozenset(w.capitalize() for w in DANGLING_NAME_WORDS)


def split_name(words: list[str]) -> tuple[str | None, str | None, list[str]]:
    """A capitalised run -> (personal title, role, name words). Not memoised: over the
    2,225 BBC articles a cache cost more instructions than it saved."""
    if len(words) == 1:
        # one word (the common case, a surname): the general path below in short
        word = words[0]
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if not word or word in _DANGLING_WORDS:  # "Of" from a headline's capitals
            return None, None, []
        if word.lower().rstrip(".") in ROLE_WORDS:
            return None, word, []
        return None, None, [word]
    if words and words[-1] in _DANGLING_WORDS:
        # "Ruth Okoro The dispute …" (a full stop left out), "The Lord Of the Rings": a
        # small word in title case ends no name
        return split_name(words[:-1])
    if len(words) == 2 and _plain_pair(words):
        return None, None, words[:]  # the general path's answer for such a pair, in short
    joined = " ".join(words)
    if (
        len(words) > 2
        and words[-1] in BODY_VOICES
        and all(w[:1].isupper() for w in words[:-1])
        and words[0].lower() != "the"
        and "'" not in joined
        and "’" not in joined
    ):
        # "Home Office spokesman": a body's unnamed voice goes by the whole run, not by
        # "Office spokesman" (the Home Office's and the Foreign Office's as one); not "a
        # senior Labour spokesman", whose run is no body's name
        return None, None, words
    if "'" in joined or "’" in joined:
        for k in range(len(words) - 2, -1, -1):
            if words[k].endswith(("'s", "’s")) or (
                len(words[k]) > 3 and words[k].endswith(("s'", "s’"))
            ):
                # "NBC’s Dante Chinni", "Apple's Tim Cook", "Fox News’ Bret Baier": the
                # possessive is an affiliation
                title, role, name = split_name(words[k + 1 :])
                if name:
                    return title, " ".join(words[: k + 1] + ([role] if role else [])), name
                # "Gary Johnson’s doctor", "Tom Hale's lawyer": a relation of the
                # possessor's, no name (the possessor is someone else)
                return None, joined, []
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        words = [w for w in words if w]
    elif "" in words:
        words = [w for w in words if w]
    # (without an apostrophe no word is a possessive; the list is only read below)
    while len(words) > 2 and words[-1].lower().rstrip(".") in POST_NOMINALS:
        words = words[:-1]  # "Ken Marsh QC", "Sir John Smith MP": letters after a name
    if not words:
        return None, None, []
    name_start = len(words) - 1
    while name_start - 1 >= 0:
        prev = words[name_start - 1]
        if len(prev) == 2 and prev[1] == "." and prev[0].isupper():
            name_start -= 1  # a middle initial, "Roberta A. Kaplan": not the article "a"
            continue
        low = prev.lower().rstrip(".")
        if low in NAME_PARTICLES and prev.islower():
            # "Pieter van der Berg", "Mr van der Berg": particles between capitalised words
            # (or after a title) belong to the surname
            m = name_start - 1
            while m > 0 and words[m - 1] in NAME_PARTICLES:
                m -= 1
            first = words[m - 1].lower().rstrip(".") if m > 0 else ""
            if (
                first
                and words[m - 1][:1].isupper()
                and first not in PLACE_HEADS
                and (
                    name_start - m > 1  # "van der", "de la"
                    or first in TITLES
                    or first in MALE_NAMES
                    or first in FEMALE_NAMES
                    or any(w.lower() in MALE_NAMES or w.lower() in FEMALE_NAMES for w in words[:m])
                )
            ):
                # not "Stade de France", "Bank of England": a given name or title before
                name_start = m
                continue
        if prev.isdigit() and name_start >= 2 and words[name_start - 2][:1].isupper():
            name_start -= 1  # "Radio 5 Live", "Channel 4 News": a number inside a name
            continue
        if (
            low in ROLE_WORDS
            or low in TITLES
            or (name_start == 1 and low in PERSON_NOUNS and _given_then_surname(words[1:]))
            or (name_start == 1 and low in DEMONYMS and _plain_name(words[1:]))
            or (low in CONNECTORS and not prev[:1].isupper())
            or low in NAME_BREAKERS
            or not prev[:1].isupper()
            or _lower_compound(prev)
        ):
            break
        name_start -= 1
    # A run that is all role words ("Prime Minister") names no one.
    all_role = words[-1].lower().rstrip(".") in ROLE_WORDS and name_start == len(words) - 1
    word_before = words[-2].lower().rstrip(".") if len(words) > 1 else ""
    if all_role and word_before in COURTESY_TITLES:
        # "Mr. King", "Mrs. Bishop": a courtesy title is always followed by a surname
        return words[-2], None, words[-1:]
    if all_role and (len(words) == 1 or word_before in _ROLE_OR_TITLE):
        return None, " ".join(words), []
    if name_start > 2 and name_start == len(words) - 1 and words[name_start - 1] == "and":
        # "MP for Sittingbourne and Sheppey" (phrases.np_back): two places of one seat
        seat = office_seat(words, name_start - 1)
        if seat >= 0:
            name_start = seat
    if name_start > 0 and words[name_start - 1].lower() in CONNECTORS:
        # "Gov. Earl Ray Tomblin of West Virginia", "University of Michigan": the name
        # (or body) comes before "of"
        head = words[: name_start - 1]
        while head and head[-1] in CONNECTORS:
            head = head[:-1]  # "Wendy Ide of The Times": not "Wendy Ide of"
        title, role, name = split_name(head)
        if (
            name
            and role
            and role.split()[-1].lower() in ROYAL_TITLES
            and words[name_start - 1] == "of"
            and len(head) == name_start - 1
        ):
            # "Princess Marguerite of Romania", "King Abdullah of Jordan": a royal's
            # country is part of the name
            return title, role, name + words[name_start - 1 :]
        return title, role, name
    if all_role and words[-1].islower():
        # "Labour party leader": a role written in lower case ends the run, no name
        return None, " ".join(w for w in words if w.lower() not in NOT_NAMES), []
    name = words[name_start:]
    before = words[:name_start]
    if (
        name_start > 0
        and len(name) > 1
        and "'" not in joined
        and "’" not in joined  # "Blair's spokesman": the possessor's, named apart
        and name[-1][:1].isupper()
        and name[-1].lower().split("-")[-1].rstrip(".") in ROLE_WORDS
        and name[0].lower() not in MALE_NAMES
        and name[0].lower() not in FEMALE_NAMES
    ):
        # "The Conservative Party Co-Chairman": capitalised words that end in a role
        # after a role or "the" make an office, no name
        return None, " ".join(w for w in words if w.lower() not in NOT_NAMES), []
    title = None
    if before and before[-1].lower().rstrip(".") in TITLES:
        title = before.pop()
    # "the", and a sentence-opening "As"/"When"/"After" before a title, are no role
    while before and before[0].lower().rstrip(".,") in NOT_NAMES:
        before.pop(0)
    role = " ".join(before) or None
    return title, role, name


def _plain_name(words: list[str]) -> bool:
    """ "Karim El Idrissi" after "Moroccan", "Dwayne Okoro" after "American": two or
    three capitalised words that name no body, place or thing a list holds, so that a
    people's noun opening the run describes the person named after it."""
    last = words[-1]
    if last.endswith("s") and not last.endswith("ss"):
        return False  # "Music Awards", "Harbour Outfitters": a plural names a body or event
    if words[0].lower() in COLOURS:
        return False  # "Red Cross": a colour opens a body's name, not a person's
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper()
        and w[1:].isalpha()
        and (low := w.lower()) not in ORG_WORDS
        and low not in PLACE_HEADS
        and low not in PLACE_NAMES
        and low not in NOT_NAMES
        and low not in DEMONYMS
        and low not in QA_EVENT_WORDS
        for w in words
    )


def _given_then_surname(words: list[str]) -> bool:
    """ "Christophe Dominici" after "Wing", "Phil Vickery" after "Prop": a known given name
    and one more capitalised word, so that a person noun opening the run ("Wing", "Lock",
    "Centre", ambiguous as role words on their own) describes the person named after it."""
    return (
        len(words) == 2
        and (words[0].lower() in MALE_NAMES or words[0].lower() in FEMALE_NAMES)
        and words[1][:1].isupper()
    )


def _plain_pair(words: list[str]) -> bool:
    """Whether split_name takes two words for a name of two words, nothing cut (the
    commonest run, "Tony Blair"): no possessive, the first word capitalised and none that
    ends a title or role before a name (a cheaper test than the general path's walk)."""
    first, last = words
    if not last or "'" in first or "’" in first or "'" in last or "’" in last:
        return False
    low = first.lower().rstrip(".")
    return (
        first[:1].isupper()
        and low not in ROLE_WORDS
        and low not in TITLES
        and low not in CONNECTORS
        and low not in NAME_BREAKERS
        and not _lower_compound(first)
    )


def _lower_compound(word: str) -> bool:
    """ "Man-of-the-match", "World-record": a capitalised compound with a part in lower
    case describes the name after it ("Lewis-Francis", "Ross-van Dorp" are names; "Chennai-
    based" may open a body's name and stays in the run)."""
    return (
        "-" in word
        and any(part[:1].islower() and part not in NAME_PARTICLES for part in word.split("-")[1:])
        and not word.endswith(MODIFIER_ENDINGS)
    )


_PLACE_WORDS: Final = tuple(sorted(p for p in PLACE_NAMES if " " not in p))


PLACE_WORDS_LOW: Final = frozenset(PLACE_NAMES) | CAPITALISED_COUNTRY_CODES
# the first words of place names ("qatar", "united" of "united states"): a firm named
# "<place> Airways" is not that place when the place's name stands alone
PLACE_WORD_STARTS: Final = PLACE_WORDS_LOW | frozenset(p.split()[0] for p in PLACE_NAMES)


def _speaks_for_many(low: str) -> bool:
    """A plural, a body's or a group's noun ("critics", "police", "analysts"): a word
    that opens a sentence as a speaker, though no name."""
    return _plural_noun(low) or low in BODY_NOUNS or low in GROUP_NOUNS


def _plural_noun(low: str) -> bool:
    """ "figures", "officials", "sources": a lower-case plural (not "boss", "census",
    "analysis", nor a role word that ends so: "actress")."""
    return (
        low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))
        and low not in ROLE_WORDS
    )


def _party_plural(word: str) -> bool:
    """ "Tories", "Democrats": a capitalised plural of a party's member, many people."""
    if not word[:1].isupper() or not word.endswith("s"):
        return False
    low = word.lower()
    one = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return one in PARTY_MEMBERS


def _place_owner(role: str) -> bool:
    """ "France's", "Japan's": a country's possessive before a one-word name says whose the
    name is ("France's Total", "Germany's Siemens": a firm as often as a person), no
    evidence of a person by itself (a given name, a title or a "he" is)."""
    if not role.endswith(("'s", "’s", "'", "’")) or " " in role:
        return False
    # "France's" less its "'s"; "Wales'", "Texas'" less only the apostrophe
    cut = role[:-2] if role.endswith(("'s", "’s")) else role[:-1]
    owner = fold(cut)
    return owner in PLACE_NAMES or owner in CAPITALISED_COUNTRY_CODES


def people_adjective(word: str) -> bool:
    """An adjective of a people or a region ("Swedish", "Japanese", "Kenyan", "Brazilian",
    "Icelandic", "European"): a known one, an -ese or -ish one of a country's stem, or one
    of a known country less its ending ("Kenya-n", "Brazil-ian", "Ital-ian" for "Italy").
    Not a name that only ends as one does: "Celtic", "the Guardian", "Morgan", "Brian",
    "Reese", "Parrish"."""
    low = fold(word)
    if low in DEMONYMS or low in PEOPLE_ADJECTIVES or low in ISH_ESE_ADJECTIVES:
        return True
    if low.endswith(("ese", "ish")):
        # "Polish", "Taiwanese": the stem starts a country's name ("Reese", "Parrish" no)
        stem = low[:-3]
        return len(stem) >= 3 and any(place.startswith(stem) for place in _PLACE_WORDS)
    if not low.endswith((*PEOPLE_ADJECTIVE_ENDINGS, "an")):
        return False
    stems = {low[:-1], low[:-2], low[:-3], low[:-3] + "y", low[:-2] + "a"}
    return not stems.isdisjoint(PLACE_NAMES)


def is_org(name: list[str], title: str | None, role: str | None) -> bool:
    if title or (name and name[-1] in BODY_VOICES):
        return False  # (not "Labour Party spokesman": a body's voice is a person)
    if len(name) == 1 and name[0].endswith("s") and _party_plural(name[0]):
        return True  # "Senior Democrats say": a party's members, the party
    if role:  # "Democratic Party": a role word before a body's name
        last = name[-1]
        # "the USA TODAY NETWORK": a lone word in capitals is a body's name or acronym
        return last.lower().rstrip(".") in BODY_NOUNS or (
            len(name) == 1 and len(last) > 2 and last.isupper()
        )
    if _given_initials_surname(name):
        return False  # "Jane Fox of Salon said", "Michael J Fox": a given name, a surname
    return _org_name(name)


def _given_initials_surname(name: list[str]) -> bool:
    """A given name, any middle initials ("J", "J."), then a word that is also a body's
    name but a surname as well ("Fox", "Post"): a person."""
    return (
        len(name) >= 2
        and name[0].lower() in GIVEN_NAMES
        and name[-1].lower() in SURNAME_ORG_WORDS
        and all(len(w.rstrip(".")) == 1 and w[:1].isupper() for w in name[1:-1])
    )


# a web domain's end: "GunBroker.com", "Amazon.co.uk" (a letter or digit, a dot, and a
# listed top-level domain; not "Jr.", "J.R.", "St.Louis" nor "will.i.am")
_DOMAIN: Final = re.compile(r"[A-Za-z0-9]\.(?:" + alternation(TOP_LEVEL_DOMAINS) + ")$")


# a capitalised preposition or "And" inside a run: a body's name's link, never a person's
# ("Van", "De" are the particles of surnames)
_CAPITAL_LINKS: Final = frozenset(w.capitalize() for w in (PREPOSITIONS - NAME_PARTICLES) | {"and"})
# a lower-case letter then a capital inside a word: "DaimlerChrysler", "OptInRealBig"
_INNER_CAPITAL: Final = re.compile(r"[a-z][A-Z]")


def one_word_company(word: str) -> bool:
    """ "DaimlerChrysler", "OptInRealBig": a word with an inner capital after no surname's
    prefix ("McDonald", "DeLay") is a company's name, never a person's."""
    if not word.isalpha():
        return False
    inner = _INNER_CAPITAL.search(word, 1)
    if inner is None:
        return False
    # (the prefix must end where the first inner capital stands: "Daimler" is no "Da")
    return word[: inner.start() + 1] not in SURNAME_PREFIXES


def _org_name(name: list[str]) -> bool:
    if not name:
        return False
    if len(name) > 2 and name[-1].endswith("s") and role_noun(name[-1]):
        return True  # "Korea Film Producers": many people, a body
    last = name[-1].lower().rstrip(".")
    # (ORG_WORDS are plain words: the last word is tested once, without its dot; only a
    # name of three words or more has words between its first and its last)
    if last in ORG_WORDS or (len(name) > 2 and any(w.lower() in ORG_WORDS for w in name[1:-1])):
        return True
    last = name[-1]
    if len(last) >= 2 and last.isupper():
        return True
    if "." in last and _DOMAIN.search(last):
        return True  # "GunBroker.com", "Change.org": a web address names a body, no one
    if len(name) == 1:
        if one_word_company(last):
            return True
    elif len(name) > 2 and any(w in _CAPITAL_LINKS for w in name[1:-1]):
        return True  # "Doctors Without Borders", "Friends Of The Earth": no person's name
    if len(last) > 6 or last.istitle():
        return False
    # "DrKW", "PwC": a short name mostly in capitals is an abbreviation, a body's
    upper = sum(ch.isupper() for ch in last)
    return upper >= 2 and upper > sum(ch.islower() for ch in last) and last.isalpha()
