"""One registry of people and organisations for the whole library.

Each article names its people its own way ("Sergey Lavrov" here, "Sergei Lavrov" there).
The registry merges spelling variants that share a surname and have close given names,
keeps apart different people who share a surname (Hillary and Chelsea Clinton), never
merges a person with an organisation (Tim Warner is not Time Warner), gathers the forms
of one organisation ("US", "the U.S.", "United States"), and answers autocomplete queries
from a sorted word list, so a keystroke costs a bisection rather than a scan of every name.
"""

from __future__ import annotations

import bisect
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.articles.lexicon import (
    NAME_DESCRIPTION_ENDINGS,
    NAME_DESCRIPTION_WORDS,
    PERSON_KEY_HONORIFICS,
    TOPICLESS_WORDS,
)
from bot.articles.model import Person, PersonKind
from bot.articles.organisations import (
    OrganisationKeys,
    body_voice,
    looks_like_organisation,
    org_words,
    voice_of,
)
from bot.articles.roles import holds, same_office
from bot.articles.textnorm import fold

_WORD = re.compile(r"[^\W_][\w'’\-]*")


_NAME_WORDS: dict[str, tuple[str, ...]] = {}


def name_words(name: str) -> list[str]:
    """The folded words of a name without personal titles ("Mr Lavrov" -> ["lavrov"]);
    memoised, since a library repeats the same few thousand names many times."""
    hit = _NAME_WORDS.get(name)
    if hit is None:
        if len(_NAME_WORDS) > 100_000:
            _NAME_WORDS.clear()
        hit = _NAME_WORDS[name] = tuple(_name_words(name))
    return list(hit)


# "Paris-based", "German-born", "Oscar-winning": a description written onto a name,
# never a word of it (a name's own hyphenated words are capitalised: "Kilroy-Silk")
_ENDINGS = "|".join(NAME_DESCRIPTION_ENDINGS)
_DESCRIBED = re.compile(
    rf"[^\W\d_][\w'’]*-(?:[a-z]+(?:{_ENDINGS})|{'|'.join(sorted(NAME_DESCRIPTION_WORDS))})"
)


def described(name: str) -> bool:
    """A name with a description written in front ("Oscar-nominated Owen")."""
    written = name.split()
    return len(written) > 1 and _DESCRIBED.fullmatch(written[0]) is not None


def _name_words(name: str) -> list[str]:
    # the description dropped only when a full name remains: "Oscar-nominated Owen" is
    # not any Owen of the library
    if len(name.split()) > 2 and described(name):
        name = name.split(maxsplit=1)[1]
    words = [w.strip("'.-") for w in _WORD.findall(fold(name))]
    words = [w[:-2] if w.endswith("'s") else w for w in words if w]
    while len(words) > 1 and words[0].rstrip(".") in PERSON_KEY_HONORIFICS:
        words.pop(0)
    return words


def all_common(words: list[str]) -> bool:
    """Whether folded name words are all common English words ("the", "said"): such a
    query means a name only as written, never one a typo or a prefix away."""
    return all(w in TOPICLESS_WORDS for w in words)


def _person_size(name: str) -> tuple[int, int]:
    return len(name_words(name)), 0


def _org_size(name: str) -> tuple[int, int]:
    """Words, then letters: "National Democrats" is fuller than "Nat Dems"."""
    words = org_words(name_words(name))
    return len(words), sum(map(len, words))


# A merge group: ("s", surname) for people, ("o", organisation key) for bodies. People
# are placed only among those of their group, and a bare surname links its group to the
# body of that name, so a group and the groups linked to it merge independently of the
# rest of the library: what lets a reload merge again only the changed articles' groups.
Label = tuple[str, str]
# Registries updated rather than built when at most this many articles changed (or a
# fiftieth of the library): beyond, merging everything again costs about the same.
UPDATE_MAX_ARTICLES = 200


@dataclass(slots=True)
class _Entry:
    """A merged person while the registry is being built."""

    names: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    articles: list[str] = field(default_factory=list)
    given: set[str] = field(default_factory=set)
    # the mention that made it: (1 for the bare-surname pass else 0, article, position
    # in the article), which orders the registry's entries as a whole build makes them
    created: tuple[int, str, int] = (0, "", 0)
    label: Label = ("s", "")

    def person(self) -> Person:
        kind: PersonKind = "person"
        if self.kinds["organisation"] > self.kinds["person"]:
            kind = "organisation"
        # A name some article goes by wins over one only seen as an alias ("Making
        # Michael Howard", cut from a quotation's opening); then the fullest name
        # ("United States" over "U.S."); among equals, the most used spelling, then
        # the shortest.
        size = _org_size if kind == "organisation" else _person_size
        # A body's own name before its voice's ("BBC" over "BBC spokeswoman"), a plain
        # name before a described one ("Alena Kessler" over "German-born Alena Kessler").
        name = max(
            self.names,
            key=lambda n: (
                self.names[n] > 0,
                not voice_of(n),
                not described(n),
                size(n),
                self.names[n],
                -len(n),
            ),
        )
        if kind == "organisation" and voice_of(name):
            name = name.rsplit(maxsplit=1)[0]  # only voices: the body they speak for
        aliases = tuple(sorted((n for n in self.names if n != name), key=str.casefold))
        role = self.roles.most_common(1)[0][0] if self.roles else None
        return Person(name=name, role=role, aliases=aliases, kind=kind)


@dataclass(frozen=True, slots=True)
class _Made:
    """One merged entry of a registry, as an update needs it again."""

    person: Person
    articles: tuple[str, ...]
    created: tuple[int, str, int]
    label: Label


def _made(entry: _Entry) -> _Made:
    return _Made(entry.person(), tuple(dict.fromkeys(entry.articles)), entry.created, entry.label)


@dataclass(frozen=True, slots=True)
class _State:
    """What a registry keeps to be updated after a reload instead of built again: the
    kinds each full name was given ((person, organisation, titled) mentions; the kind
    of a tie, which depends on the order of the articles), and the groups linked by
    bare surnames (a group's articles are those of its entries)."""

    tallies: dict[str, tuple[int, int, int]]
    ties: dict[str, PersonKind]
    links: dict[Label, frozenset[Label]]
    variants: Mapping[str, str] = field(default_factory=dict)


def kind_of(person: Person) -> PersonKind:
    """The engine's kind, corrected when the name itself says it is a body ("Acme Corp",
    "Bank of Scotland") or one's voice ("IMF official"): a misfiled company must not
    merge with a person."""
    if person.kind == "person" and (
        looks_like_organisation(person.name) or body_voice(person.name)
    ):
        return "organisation"
    return person.kind


def _tally(
    articles: Iterable[tuple[str, list[Person]]],
    into: dict[str, list[int]],
    first: dict[str, PersonKind] | None = None,
    sign: int = 1,
) -> None:
    """Count each full name's kinds (people given their corrected kind) into `into`:
    [as a person, as an organisation, with a personal title]; `first`: the kind each
    name is first given, in library order (a tie goes to it)."""
    for _, people in articles:
        for person in people:
            words = name_words(person.name)
            if len(words) < 2:
                continue
            name = " ".join(words)
            counts = into.get(name)
            if counts is None:
                counts = into[name] = [0, 0, 0]
                if first is not None:
                    first[name] = person.kind
            counts[person.kind == "organisation"] += sign
            if any(_titled(a) for a in (person.name, *person.aliases)):
                counts[2] += sign


def _agreed_kind(
    name: str, tallies: Mapping[str, tuple[int, int, int]], ties: Mapping[str, PersonKind]
) -> PersonKind | None:
    """The one kind every mention of a full name gets: the kind most articles give it (the
    engine may call "Charles Kennedy" an organisation once in twenty articles); a
    person's if any article gives it a personal title ("Dr Fox"); a tie, the kind of the
    first article. None for a name no article names in full."""
    counts = tallies.get(name)
    if counts is None:
        return None
    person, organisation, titled = counts
    if titled or person > organisation:
        return "person"
    if organisation > person:
        return "organisation"
    return ties.get(name, "person")


def _agreed(
    people: Iterable[Person],
    tallies: Mapping[str, tuple[int, int, int]],
    ties: Mapping[str, PersonKind],
) -> list[Person]:
    """One article's people (kinds already corrected by `_with_kinds`), each given its
    name's agreed kind."""
    out = []
    for person in people:  # kinds already corrected (`_with_kinds`)
        kind = _agreed_kind(" ".join(name_words(person.name)), tallies, ties)
        out.append(person if kind is None or kind == person.kind else replace(person, kind=kind))
    return out


def _agreed_kinds(
    articles: list[tuple[str, list[Person]]],
) -> tuple[list[tuple[str, list[Person]]], _State]:
    """Each article's people with one kind per full name across the library (see
    `_agreed_kind`), so that one name is one entry; with the tallies behind it."""
    fixed = [(key, _with_kinds(people)) for key, people in articles]
    counts: dict[str, list[int]] = {}
    first: dict[str, PersonKind] = {}
    _tally(fixed, counts, first)
    tallies = {name: (c[0], c[1], c[2]) for name, c in counts.items()}
    ties = {n: first[n] for n, (p, o, t) in tallies.items() if p == o and not t}
    agreed = [(key, _agreed(people, tallies, ties)) for key, people in fixed]
    return agreed, _State(tallies, ties, {})


def surname_typo(rare: str, common: str) -> bool:
    """Two spellings of a long surname a slip of the keyboard apart: two letters swapped
    (Beauvillian/Beauvillain) or a letter doubled or not (Wagoner/Waggoner); a surname of
    ten letters or more, any two slips (Khordokovsky/Khodorkovsky). A letter added or
    changed in a shorter one is often another family (Thomson/Thompson,
    Johnston/Johnson, Davis/Davies)."""
    if rare[:2] != common[:2] or min(len(rare), len(common)) < 7:
        return False
    if min(len(rare), len(common)) >= 10:
        return OSA.distance(rare, common, score_cutoff=2) <= 2
    return _swapped(rare, common) or _doubled(rare, common) or _doubled(common, rare)


def _swapped(a: str, b: str) -> bool:
    """b is a with two neighbouring letters swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _doubled(short: str, long: str) -> bool:
    """long is short with one of its letters written twice."""
    if len(long) != len(short) + 1:
        return False
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return long[:i] + long[i + 1 :] == short and i > 0 and long[i] == long[i - 1]


def _surname_variants(
    tallies: Mapping[str, tuple[int, int, int]], ties: Mapping[str, PersonKind]
) -> dict[str, str]:
    """Misspelt surname -> the spelling the library uses: a surname mentioned once (with
    a given name) that other full names, mentioned at least twice, spell a typo away
    with the same given name. The surname's group then is its spelling's, so the
    misspelt person merges with the right one (whose given names must still fit)."""
    mentions: Counter[str] = Counter()  # surname -> mentions of all its full names
    # (given name, surname's first two letters) -> surname -> mentions of that full name
    by_given: dict[tuple[str, str], dict[str, int]] = {}
    for name, counts in tallies.items():
        words = name.split()
        if _agreed_kind(name, tallies, ties) != "person":
            continue
        mentions[words[-1]] += counts[0] + counts[1]
        by_given.setdefault((words[0], words[-1][:2]), {})[words[-1]] = counts[0] + counts[1]
    out: dict[str, str] = {}
    for surnames in by_given.values():
        if len(surnames) < 2:
            continue
        for rare in surnames:
            if mentions[rare] != 1 or rare in out:
                continue  # a spelling written more than once is no slip
            fits = [c for c, n in surnames.items() if n >= 2 and surname_typo(rare, c)]
            if len(fits) == 1:
                out[rare] = fits[0]
    return out


def _organisation_names(people: Iterable[Person]) -> list[tuple[str, list[str]]]:
    """An article's names of bodies, a voice's as its body's ("IMF" of "IMF official"):
    an acronym it defines may be spoken for by a voice only."""
    return [
        (name, name_words(name))
        for p in people
        if p.kind == "organisation"
        for written in (p.name, *p.aliases)
        for name in (written.rsplit(maxsplit=1)[0] if voice_of(written) else written,)
    ]


def _acronyms(articles: Iterable[tuple[str, list[Person]]]) -> dict[str, set[str]]:
    """The acronyms these articles define (kinds agreed): what they add to the keys."""
    return OrganisationKeys([_organisation_names(p) for _, p in articles]).expansions


def _titled(name: str) -> bool:
    """ "Dr Fox", "Mr. Kennedy": a name with a personal title in front."""
    words = _WORD.findall(fold(name))
    return len(words) > 1 and words[0].rstrip(".") in PERSON_KEY_HONORIFICS


def _with_kind(person: Person) -> Person:
    kind = kind_of(person)
    return person if kind == person.kind else replace(person, kind=kind)


def _with_kinds(people: Iterable[Person]) -> list[Person]:
    """One article's people, kinds corrected (`kind_of`); a "person" whose words run
    together are a body the same article names ("Time Warner" beside "TimeWarner"): a
    company written two ways, not a man called Warner; and the unnamed voice of such a
    body ("Home Office spokesman" beside "Home Office"): the body speaking. A name the
    article also files as a body exactly as written ("David Laws" both ways) is no name
    written two ways: the library's agreed kind decides it."""
    fixed = [_with_kind(p) for p in people]
    joined: dict[str, set[str]] = {}  # run-together key -> the spaced forms written
    for p in fixed:
        if p.kind == "organisation":
            for name in (p.name, *p.aliases):
                words = org_words(name_words(name))
                joined.setdefault("".join(words), set()).add(" ".join(words))
    if not joined:
        return fixed
    return [replace(p, kind="organisation") if _runs_into(p, joined) else p for p in fixed]


def _runs_into(person: Person, joined: Mapping[str, set[str]]) -> bool:
    """A person's untitled name of several words that, run together, is one of `joined`
    but written otherwise there; or the voice of one of them ("BBC spokesman")."""
    if person.kind != "person" or _titled(person.name):
        return False
    words = name_words(person.name)
    if voice_of(person.name):
        return "".join(org_words(words[:-1])) in joined
    forms = joined.get("".join(words)) if len(words) > 1 else None
    return forms is not None and " ".join(org_words(words)) not in forms


def _other_spelling_other_role(person: Person, surname: str, entry: _Entry) -> bool:
    """A surname spelt otherwise than the entry's, with another role (Richard Philips the
    banker, Richard Phillips the actor): two people, not a slip of the keyboard."""
    role = person.role
    if not role or not entry.roles or any(_same_role(role, r) for r in entry.roles):
        return False
    return all(name_words(n)[-1:] != [surname] for n in entry.names)


def _same_role(a: str, b: str) -> bool:
    """One office however worded ("chairman", "the firm's chairman")."""
    return _WORD.findall(fold(a))[-1:] == _WORD.findall(fold(b))[-1:] or same_office(a, b)


def extends(a: str, b: str) -> bool:
    """One word is the other with one vowel added at the end (Tim/Time, Eric/Erica,
    Paul/Paula, Louis/Louise): another name, often of another sex, or a common word,
    not a spelling variant however close the ratio. Longer endings are usually the same
    person's full name (Steve/Steven, Vince/Vincent, Rafa/Rafael)."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 2:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return long.startswith(short) and long[-1] in "aeiouy"


def _given_close(a: str, b: str) -> bool:
    """Sergey ~ Sergei, J. ~ John, Steve ~ Steven; Hillary !~ Chelsea, Eric !~ Erica."""
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if extends(a, b):
        return False
    return a[0] == b[0] and fuzz.ratio(a, b) >= 75


def _word_close(a: str, b: str) -> bool:
    """Two name words a typo apart (Lavorv ~ Lavrov), never one extending the other
    (Tim/Time, Warner/Warners): a typo changes letters, it does not make a new word."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a.startswith(b) or b.startswith(a):
        return False
    return fuzz.ratio(a, b) >= 80


@dataclass(slots=True)
class _Merged:
    """What merging a sequence of articles' people made: the entries in the order they
    were made, and the groups bare surnames linked."""

    entries: list[_Entry]
    links: dict[Label, set[Label]]


def _merge(
    articles: list[tuple[str, list[Person]]],
    keys: OrganisationKeys,
    only: set[Label] | None,
    variants: Mapping[str, str],
) -> _Merged:
    """Merge the people of `articles` (kinds agreed), in their order; with `only`, just
    the people of those groups (a set closed under links: the rest merges apart).
    A bare surname ("Clinton", from an article that never gives the full name) is
    placed last, once every full name is known, with the most mentioned namesake;
    placed as it came, it would join whichever namesake happened to come first."""
    entries: list[_Entry] = []
    orgs: dict[str, int] = {}
    surnames: dict[str, list[int]] = {}
    order: dict[str, int] = {}
    bare: list[tuple[str, int, Person, str, str, list[str]]] = []
    links: dict[Label, set[Label]] = {}
    for key, people in articles:
        order.setdefault(key, len(order))
        for position, person in enumerate(people):
            words = name_words(person.name)
            one = _one_word(person, words)
            if one is not None:
                label: Label = ("s", variants.get(one[1][0], one[1][0]))
                org_key = keys.key(*one)
                if only is not None and label not in only:
                    continue
                bare.append((key, position, person, label[1], org_key, words))
                links.setdefault(label, set()).add(("o", org_key))
                links.setdefault(("o", org_key), set()).add(label)
            else:
                if not words:
                    words = [fold(person.name)]
                if person.kind == "organisation":
                    label = ("o", keys.key(person.name, words))
                else:
                    label = ("s", variants.get(words[-1], words[-1]))
                if only is not None and label not in only:
                    continue
                made = len(entries)
                index = PeopleRegistry._place(person, words, label[1], entries, orgs, surnames)
                if index == made:
                    entries[index].created = (0, key, position)
                    entries[index].label = label
                PeopleRegistry._add(entries[index], key, person)
    touched: set[int] = set()
    for key, position, person, surname, org_key, words in bare:
        org = orgs.get(org_key)
        made = len(entries)
        if len(words) == 1:
            index = PeopleRegistry._place_bare(surname, entries, surnames, org)
        elif org is None:  # described: no body of that name, a person of its own name
            index = PeopleRegistry._place(person, words, surname, entries, orgs, surnames)
        else:
            index = org
        if index == made:
            entries[index].created = (1, key, position)
            entries[index].label = ("s", surname)
        # "Microsoft" taken for a person joins the company as one; "Lord Falconer" stays
        # a person (and outvotes the one article that took "Falconer" for a body)
        if index == org and not any(_titled(a) for a in (person.name, *person.aliases)):
            person = replace(person, kind="organisation")
        PeopleRegistry._add(entries[index], key, person)
        touched.add(index)
    for index in touched:
        entries[index].articles.sort(key=order.__getitem__)  # library order, as given
    return _Merged(entries, links)


def _one_word(person: Person, words: list[str]) -> tuple[str, list[str]] | None:
    """A person named by one word, placed once every full name is known: as written and
    its words; "Paris-based Ardelle" by "Ardelle", though only to join a body of that
    name (a description before a bare surname names no namesake of the library)."""
    if person.kind != "person":
        return None
    if len(words) == 1:
        return person.name, words
    if len(words) == 2 and described(person.name):
        return person.name.split(maxsplit=1)[1], words[1:]
    return None


def _closure(seeds: Iterable[Label], *link_maps: Mapping[Label, Iterable[Label]]) -> set[Label]:
    """The groups reachable from `seeds` through bare-surname links."""
    found: set[Label] = set()
    frontier = list(seeds)
    while frontier:
        label = frontier.pop()
        if label in found:
            continue
        found.add(label)
        for links in link_maps:
            frontier.extend(links.get(label, ()))
    return found


def _groups(
    people: Iterable[Person], keys: OrganisationKeys, variants: Mapping[str, str]
) -> set[Label]:
    """The groups of one article's people (kinds agreed), bare surnames' bodies too."""
    out: set[Label] = set()
    for person in people:
        words = name_words(person.name)
        one = _one_word(person, words)
        if one is not None:
            out.add(("s", variants.get(one[1][0], one[1][0])))
            out.add(("o", keys.key(*one)))
            continue
        if not words:
            words = [fold(person.name)]
        if person.kind == "organisation":
            out.add(("o", keys.key(person.name, words)))
        else:
            out.add(("s", variants.get(words[-1], words[-1])))
    return out


class PeopleRegistry:
    """People and organisations of every article, merged; fast lookup and autocomplete."""

    # The articles whose people `updated` merged again to make this registry: only their
    # names may stand for other entries than in the registry it was made from (None when
    # built: any article's may), and that registry's `_serial` (`remerged_since` checks
    # it). Class defaults: __init__ need not set them.
    remerged: frozenset[str] | None = None
    _source: str | None = None

    def __init__(
        self, made: list[_Made], orgs: OrganisationKeys | None = None, state: _State | None = None
    ) -> None:
        self._made = made
        self._state = state
        # what tells this registry apart, even as a copy read from the cache: an update
        # made from it records it, so that an index can ask what changed since its own
        self._serial = uuid.uuid4().hex
        self._people: tuple[Person, ...] = tuple(m.person for m in made)
        self._org_keys = orgs or OrganisationKeys(())
        self._articles: tuple[tuple[str, ...], ...] = tuple(m.articles for m in made)
        # rank: most mentioned first, for telling bare surnames apart
        order = sorted(range(len(made)), key=lambda i: (-len(self._articles[i]), i))
        self._rank = {i: r for r, i in enumerate(order)}
        # autocomplete order: the same until rank_by_quotes puts the most quoted first
        self._find_rank = self._rank
        self._by_find_rank = order
        self._alias: dict[str, int] = {}
        self._org: dict[str, int] = {}
        self._surname: dict[str, list[int]] = {}
        self._given: list[set[str]] = []
        words: set[tuple[str, int]] = set()
        # every entry a name is one of, and every body an organisation key is, where
        # there are several: what an article's own entry is told apart by (see `_local`).
        # Two key spaces, as `_alias` and `_org`: the body "the Church" (key "church")
        # is not the singer whose surname "Church" is
        shared_names: dict[str, list[int]] = {}
        shared_bodies: dict[str, list[int]] = {}
        for i, person in enumerate(self._people):
            given: set[str] = set()
            for name in (person.name, *person.aliases):
                folded = name_words(name)
                key = " ".join(folded)
                if self._alias.setdefault(key, i) != i:
                    shared_names.setdefault(key, [self._alias[key]]).append(i)
                for w in folded:
                    words.add((w, i))
                if person.kind == "organisation":
                    key = self._org_keys.key(name, folded)
                    if self._org.setdefault(key, i) != i:
                        shared_bodies.setdefault(key, [self._org[key]]).append(i)
                elif len(folded) > 1:
                    given.add(folded[0])
            self._given.append(given)
            surname = name_words(person.name)[-1:] if person.kind == "person" else []
            for s in surname:
                self._surname.setdefault(s, []).append(i)
        self._shared_names = {key: tuple(dict.fromkeys(ids)) for key, ids in shared_names.items()}
        self._shared_bodies = {key: tuple(dict.fromkeys(ids)) for key, ids in shared_bodies.items()}
        self._sets: dict[int, frozenset[str]] = {}
        self._words = sorted(words)
        self._vocab = sorted({w for w, _ in words})
        self._alias_keys = list(self._alias)

    # ------------------------------------------------------------ building
    @classmethod
    def build(cls, per_article: Iterable[tuple[str, list[Person]]]) -> PeopleRegistry:
        """Merge the people of every article (article key, that article's people)."""
        articles, state = _agreed_kinds([(key, list(people)) for key, people in per_article])
        keys = OrganisationKeys(_organisation_names(people) for _, people in articles)
        variants = _surname_variants(state.tallies, state.ties)
        merged = _merge(articles, keys, None, variants)
        state = _State(
            state.tallies,
            state.ties,
            {label: frozenset(linked) for label, linked in merged.links.items()},
            variants,
        )
        return cls([_made(e) for e in merged.entries], keys, state)

    @classmethod
    def updated(
        cls,
        old: PeopleRegistry,
        per_article: Sequence[tuple[str, Sequence[Person]]],
        changed: Mapping[str, Sequence[Person] | None],
    ) -> PeopleRegistry | None:
        """The registry `build(per_article)` makes, from `old` (built from the same
        articles except those in `changed`, article key -> its people in `old`, None if
        new; keys `per_article` lacks were removed; the others in the same relative
        order): only the groups of the changed articles' people are merged again.
        None when a change reaches further (a name's agreed kind or an organisation's
        acronym changes everywhere, or too many articles changed): then build."""
        state = old._state
        if state is None or len(changed) > max(UPDATE_MAX_ARTICLES, len(per_article) // 50):
            return None
        fresh = {key: people for key, people in per_article if key in changed}
        before = [(key, _with_kinds(people or ())) for key, people in changed.items()]
        after = [(key, _with_kinds(fresh[key])) for key in changed if key in fresh]
        counts: dict[str, list[int]] = {}
        _tally(before, counts, sign=-1)
        _tally(after, counts)
        tallies = dict(state.tallies)
        for name, delta in counts.items():
            now = tallies.get(name, (0, 0, 0))
            total = (now[0] + delta[0], now[1] + delta[1], now[2] + delta[2])
            if total == (0, 0, 0):
                tallies.pop(name, None)
                continue
            if total[0] == total[1] and not total[2]:
                return None  # a tie: decided by which article comes first
            tallies[name] = total
            if name in state.tallies and name in tallies:
                was = _agreed_kind(name, state.tallies, state.ties)
                if was != _agreed_kind(name, tallies, state.ties):
                    return None  # every article naming it changes
        ties = state.ties
        before = [(key, _agreed(people, state.tallies, ties)) for key, people in before]
        after = [(key, _agreed(people, tallies, ties)) for key, people in after]
        keys = old._org_keys
        if _acronyms(before) != _acronyms(after):
            return None  # an acronym defined or undefined: keys may change library-wide
        variants = state.variants
        if _surname_variants(tallies, ties) != variants:
            return None  # a misspelling found or gone: its groups merge otherwise
        seeds: set[Label] = set()
        for _, people in (*before, *after):
            seeds |= _groups(people, keys, variants)
        fresh_links: dict[Label, set[Label]] = {}
        for _, people in after:
            for person in people:
                one = _one_word(person, name_words(person.name))
                if one is not None:
                    org_label = ("o", keys.key(*one))
                    label: Label = ("s", variants.get(one[1][0], one[1][0]))
                    fresh_links.setdefault(label, set()).add(org_label)
                    fresh_links.setdefault(org_label, set()).add(label)
        groups = _closure(seeds, state.links, fresh_links)
        position = {key: n for n, (key, _) in enumerate(per_article)}
        # the articles of these groups: those of their entries (a bare surname's article
        # is its entry's, and that entry's group is linked to the surname's)
        involved = {k for m in old._made if m.label in groups for k in m.articles}
        involved = {k for k in involved if k in position} | set(fresh)
        people_of = dict(per_article)
        redo = [
            (key, _agreed(_with_kinds(people_of[key]), tallies, ties))
            for key in sorted(involved, key=position.__getitem__)
        ]
        merged = _merge(redo, keys, groups, variants)

        def rank(made: _Made) -> tuple[int, int, int]:
            phase, key, at = made.created
            return phase, position[key], at

        kept = [m for m in old._made if m.label not in groups]
        for item in sorted(map(_made, merged.entries), key=rank):
            kept.insert(bisect.bisect_right(kept, rank(item), key=rank), item)
        links = {g: linked for g, linked in state.links.items() if g not in groups}
        links.update((g, frozenset(linked)) for g, linked in merged.links.items())
        registry = cls(kept, keys, _State(tallies, ties, links, variants))
        # every entry that lists another article is one of `old`'s, as it was, in the
        # same relative order: that article's names are the entries they were
        registry.remerged = frozenset(involved)
        registry._source = old._serial
        return registry

    def remerged_since(self, other: PeopleRegistry | None) -> frozenset[str] | None:
        """The articles whose names may stand for other entries here than in `other`:
        `remerged` when `updated` made this registry from `other` (or a copy of it read
        from the cache); None, any article's, otherwise."""
        if other is None or self._source != other._serial:
            return None
        return self.remerged

    @staticmethod
    def _add(entry: _Entry, key: str, person: Person) -> None:
        entry.names[person.name] += 1
        for alias in person.aliases:
            entry.names[alias] += 0
        if person.role:
            entry.roles[person.role] += 1
        entry.kinds[person.kind] += 1
        entry.articles.append(key)

    @staticmethod
    def _place_bare(
        surname: str, entries: list[_Entry], surnames: dict[str, list[int]], org: int | None
    ) -> int:
        """The entry of a one-word person name: the most mentioned namesake; else the
        organisation of exactly that name ("Microsoft" taken for a person in one article);
        else a new entry."""
        candidates = surnames.setdefault(surname, [])
        if candidates:
            return max(candidates, key=lambda i: (len(entries[i].articles), -i))
        if org is not None:
            candidates.append(org)
            return org
        entries.append(_Entry())
        candidates.append(len(entries) - 1)
        return len(entries) - 1

    @staticmethod
    def _place(
        person: Person,
        words: list[str],
        key: str,
        entries: list[_Entry],
        orgs: dict[str, int],
        surnames: dict[str, list[int]],
    ) -> int:
        """The entry of a named person (`key`: the surname) or body (`key`: its key)."""
        if person.kind == "organisation":
            if key not in orgs:
                orgs[key] = len(entries)
                entries.append(_Entry())
            return orgs[key]
        surname, given = key, words[0] if len(words) > 1 else ""
        candidates = surnames.setdefault(surname, [])
        for index in candidates:
            entry = entries[index]
            if given and entry.given and not any(_given_close(given, g) for g in entry.given):
                continue
            if not given and len(entry.given) > 1:
                continue  # a bare surname stays apart when it could be several people
            if _other_spelling_other_role(person, words[-1], entry):
                continue
            if given:
                entry.given.add(given)
            return index
        entries.append(_Entry(given={given} if given else set()))
        candidates.append(len(entries) - 1)
        return len(entries) - 1

    def rank_by_quotes(self, counts: Mapping[str, int]) -> None:
        """Order autocomplete (and the empty query) by how many statements each person has
        (canonical name -> count), then by articles: someone looking for a speaker wants
        the people who are quoted, not the ones merely named. Resolving names keeps the
        article order, so canonical() answers the same before and after."""
        by_name: dict[str, int] = {}
        for i, person in enumerate(self._people):
            by_name.setdefault(person.name, i)
        quoted = [0] * len(self._people)
        for name, n in counts.items():
            at = by_name.get(name)
            if at is not None:
                quoted[at] += n
        order = sorted(
            range(len(self._people)), key=lambda i: (-quoted[i], -len(self._articles[i]), i)
        )
        # two assignments of fresh objects: a concurrent find sees one order or the other
        self._by_find_rank = order
        self._find_rank = {i: r for r, i in enumerate(order)}

    # ------------------------------------------------------------ queries
    @property
    def people(self) -> tuple[Person, ...]:
        return self._people

    def holders(self, office: str) -> list[Person]:
        """The people the articles give an office ("chancellor", "England coach"): those
        whose role is exactly it; when nobody's is, those whose role is it loosely (see
        roles.holds: a "shadow chancellor" or a "former prime minister" is not it)."""
        people = [p for p in self._people if p.kind == "person" and p.role]
        exact = [p for p in people if same_office(p.role or "", office)]
        return exact or [p for p in people if holds(p.role or "", office)]

    def canonical(self, name: str, article: str | None = None) -> Person | None:
        """The merged Person for any name, alias or spelling variant, or None; with
        `article` (its key), as that article means the name: the entry its mention was
        merged into ("Fox" in a story about Fox TV is the network there, whoever "Fox"
        is elsewhere), None when no entry of that article holds it."""
        index = self._index_of(name, article)
        return None if index is None else self._people[index]

    def _index_of(self, name: str | None, article: str | None = None) -> int | None:
        """Surest first: a name or alias as written, an organisation's other form, a
        person's surname with a fitting given name, and only then a typo; a typo never
        turns one name into another that merely extends it (Tim Warner -> Time Warner).
        With `article`, only an entry that lists the article, and no typo: a name the
        article gives that no entry of it holds (a "panel") is no one a letter away in
        another article."""
        if not name:
            return None
        words = name_words(name)
        if not words:
            return None
        key = " ".join(words)
        org_key = self._org_keys.key(name, words)
        if article is not None:
            # an article's name is its own entry or none: a speaker it does not list
            # ("Analysts", "the French") is nobody another article names
            return self._local(words, key, org_key, article)
        # "US" is the United States, "Us" not (org keys are written without spaces)
        if org_key != key.replace(" ", "") and org_key in self._org:
            return self._org[org_key]
        if key in self._alias:
            return self._alias[key]
        org = self._org.get(org_key)
        if org is not None:
            return org
        fits = self._fitting(words)
        if fits:
            return min(fits, key=self._rank.__getitem__)
        if len(words) > 1 and words[-1] in self._surname:
            return None  # a known surname with another given name: someone else
        if all_common(words):
            return None  # "said" is no "Shahid" a letter away: a common word is no typo
        return self._typo(words)

    def _fitting(self, words: list[str]) -> list[int]:
        """The entries whose surname is the name's last word and whose given names fit its
        first (any of them, for a bare surname)."""
        given = words[0] if len(words) > 1 else ""
        return [i for i in self._surname.get(words[-1], ()) if self._given_fits(given, i)]

    def _local(self, words: list[str], key: str, org_key: str, article: str) -> int | None:
        """The entry that holds `article`'s mention of a name: of the entries the name
        is (by a name or alias, or as a body by its organisation key: two key spaces,
        several entries may share a key of either), else of those whose surname and
        given name it fits, the one that lists the article. None when none does."""
        exact = {*self._shared_names.get(key, ()), *self._shared_bodies.get(org_key, ())}
        exact.update(i for i in (self._alias.get(key), self._org.get(org_key)) if i is not None)
        for ids in (exact, self._fitting(words)):
            listing = [i for i in ids if article in self._article_set(i)]
            if listing:
                return min(listing, key=self._rank.__getitem__)
        return None

    def _article_set(self, index: int) -> frozenset[str] | tuple[str, ...]:
        """An entry's articles, as a set once it lists many (memoised)."""
        articles = self._articles[index]
        if len(articles) < 16:
            return articles
        found = self._sets.get(index)
        if found is None:
            found = self._sets[index] = frozenset(articles)
        return found

    def _given_fits(self, given: str, index: int) -> bool:
        names = self._given[index]
        if not given:
            return True
        return not names or any(_given_close(given, g) for g in names)

    def _typo(self, words: list[str]) -> int | None:
        """The name a typo away: as many words, each close to its counterpart."""
        key = " ".join(words)
        if len(key) < 4 or not self._alias_keys:
            return None
        for candidate, _, _ in process.extract(
            key, self._alias_keys, scorer=fuzz.ratio, score_cutoff=75, limit=5
        ):
            other = candidate.split()
            if len(other) == len(words) and all(map(_word_close, words, other)):
                return self._alias[candidate]
        return None

    def lookup(self, query: str) -> Person | None:
        """The person a user means: canonical(), else an unfinished name ("lav", "Sergei
        La") completed by autocomplete, provided every typed word begins a word of the
        person's names; a guess across different names is no answer."""
        found = self.canonical(query)
        if found is not None:
            return found
        words = name_words(query[:200])[:6]
        if all_common(words):  # (no words at all too)
            return None  # "the", "of": the start of too many names to mean one of them
        for person in self.find(query, limit=5):
            names = {w for n in (person.name, *person.aliases) for w in name_words(n)}
            if all(any(n.startswith(w) for n in names) for w in words):
                return person
        return None

    def namesakes(self, name: str) -> list[Person]:
        """The people who share the surname of `name` (its last word) and whose given
        names fit it: the ones a bare "Hayes" may mean, most mentioned first."""
        words = name_words(name)
        if not words:
            return []
        fits = sorted(self._fitting(words), key=self._rank.__getitem__)
        return [self._people[i] for i in fits]

    def articles_of(self, name: str, article: str | None = None) -> list[str]:
        """Keys of the articles that mention the person (named as `article` means it)."""
        index = self._index_of(name, article)
        return [] if index is None else list(self._articles[index])

    def mentions(self, name: str) -> int:
        index = self._index_of(name)
        return 0 if index is None else len(self._articles[index])

    def find(self, query: str, limit: int = 25) -> list[Person]:
        """Autocomplete: people whose names or aliases start with the query's words,
        tolerating typos; an empty query lists the most quoted (else most mentioned) first."""
        limit = max(0, min(limit, 100))
        words = name_words(query[:200])[:6]
        if not words:
            return [self._people[i] for i in self._by_find_rank[:limit]]
        found: set[int] | None = None
        for n, word in enumerate(words):
            hits = self._prefix(word) if n == len(words) - 1 else self._exact(word)
            if not hits:
                hits = self._fuzzy(word)
            found = hits if found is None else found & hits
            if not found:
                break
        if not found:
            return []
        ranked = sorted(found, key=self._find_rank.__getitem__)
        return [self._people[i] for i in ranked[:limit]]

    def _prefix(self, word: str, cap: int = 2000) -> set[int]:
        lo = bisect.bisect_left(self._words, (word, -1))
        out: set[int] = set()
        for w, i in self._words[lo : lo + cap]:
            if not w.startswith(word):
                break
            out.add(i)
        return out

    def _exact(self, word: str) -> set[int]:
        lo = bisect.bisect_left(self._words, (word, -1))
        out: set[int] = set()
        for w, i in self._words[lo:]:
            if w != word:
                break
            out.add(i)
        return out or self._prefix(word)

    def _fuzzy(self, word: str) -> set[int]:
        """Words within a typo or two of `word` (same first letter keeps it fast)."""
        if len(word) < 3:
            return set()
        lo = bisect.bisect_left(self._vocab, word[0])
        hi = bisect.bisect_left(self._vocab, word[0] + "\U0010ffff")
        bucket = self._vocab[lo:hi]
        cutoff = 75 if len(word) >= 5 else 70
        cut = len(word) + 1
        heads = [w[:cut] for w in bucket]
        out: set[int] = set()
        for choices in (bucket, heads):
            for _, _, pos in process.extract(
                word, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=20
            ):
                out |= self._exact(bucket[pos])
        return out
