"""Mentions: the prescan that registers the people and bodies an article names, with
how strongly each mention stands as a referent for the pronouns after it."""

from __future__ import annotations

import bisect
import re
from itertools import compress
from operator import itemgetter
from typing import Final

from bot.articles.cast import (
    QUOTED,
    Cast,
    given_name,
    is_org,
    name_gender,
    occurrences,
    one_word_company,
    reporting_verb_next,
    role_gender,
    split_name,
    written_lower,
)
from bot.articles.lexicon import (
    ABBREVIATIONS,
    ADDRESSING_VERBS,
    AFFILIATION_LINKS,
    AFTER_DESCRIPTION,
    ARTICLES,
    ASIDE_OPENERS,
    BEFORE_BASE_VERB,
    BODY_NOUNS,
    BUSINESS_NOUNS,
    CASE_LINKS,
    CLAUSE_LINKS,
    CLAUSE_OPENERS,
    CLITIC_S_NEXT,
    CONTRAST_CONJUNCTIONS,
    DAYS,
    DEMONYMS,
    FEMALE_NAMES,
    FINITE_VERBS,
    GIVEN_LIKE,
    GIVEN_NAMES,
    GOVERNING_WORDS,
    GROUP_NOUNS,
    ING_PREPOSITIONS,
    INTRO_LINKS,
    INVERTING_COPULAS,
    KIN_NOUNS,
    LEAD_CONJUNCTIONS,
    MALE_NAMES,
    MODIFIER_ENDINGS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NO_INVERSION,
    NON_VERB_S_WORDS,
    NOT_NAMES,
    NOUN_DETERMINERS,
    NOUNISH,
    OPENER_WORDS,
    ORG_WORDS,
    PASSIVE_AUX,
    PLACE_ENDINGS,
    PLACE_LINKS,
    PLACE_NAMES,
    PLACE_OPENERS,
    PLURAL_LIST_ADVERBS,
    PLURAL_LIST_VERBS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_PREFIXES,
    ROLE_QUALIFIERS,
    ROLE_VERB_LEADS,
    ROLE_VERBS,
    ROLE_WORDS,
    SPEAKER_PRONOUNS,
    SUBJECT_PERSON_PRONOUNS,
    SUBORDINATORS,
    TIME_ADVERBS,
    TITLES,
    WORK_MAKERS,
    alternation,
)
from bot.articles.model import Article
from bot.articles.phrases import NP, modifies_noun
from bot.articles.quote_marks import last_char
from bot.articles.quotes.cues import INVERSION_AFTER
from bot.articles.quotes.verbs import trie_pattern
from bot.articles.tokens import prev_word

# Window clamps on the hot paths are conditionals (`a if a > lo else lo`), not max() or
# min(): CPython 3.11 parses the builtins' arguments generically, ~1,000 instructions a
# call against ~270 (valgrind, `python -m bench.instructions extract`).

# The lookbehinds sit after the first capital so that the engine can skip ahead to
# capitals (a leading lookbehind would make it test every position). A capital after
# O' continues a word; after '' (a quotation mark) it starts one. A hashtag or handle
# ("#PrayForParis", "@Sen") names no one, nor does a capital after a lower-case prefix and
# its hyphen ("anti-Latino remarks", "pro-Brexit"): an adjective, not a name; but after
# "ex-" or "former-" a title or a name goes on ("ex-King Michael", "former-President
# Kuchma"), and after a particle a surname ("al-Sadr"). The links between the words are
# a prefix trie: after most words of a run comes a lower-case word that is none, which
# the trie turns down at its first letter instead of at each of the alternatives.
_CAPRUN: Final = re.compile(
    r"[A-Z](?<![\w’.#@][A-Z])(?<!\w'[A-Z])(?:(?<![a-z]-[A-Z])"
    + "".join(rf"|(?<=\b{p}-[A-Z])" for p in sorted(ROLE_PREFIXES | NAME_PARTICLES))
    + r")[\w’'\-]*\.?"
    r"(?:[ \t]+(?:"
    + trie_pattern(NAME_PARTICLES | {"of", "for"})
    + r"[ \t]+){0,2}[A-Z][\w’'\-]*\.?)*"
)
# "Simon Hart of the Countryside Alliance has questioned": a body after "of" or "from"
_AFFILIATION: Final = (
    r"(?:\s+(?:" + alternation(AFFILIATION_LINKS) + r")\s+(?:the\s+)?(?:[A-Z][\w'’&\-]*\s*){1,5})?"
)
_SUBJECT_NEXT: Final = re.compile(
    _AFFILIATION + r"\s*(?:,[^,]{1,80},\s*|,\s*(?:who\s+)?)?(?:\([^)]{1,20}\)\s*)?"
    r"(?:(?:\w+ly|has|had|have|is|was|will|would|also|"
    r"then|later|again|previously|recently|once|could|may|might|did|does)\s+)*"
    r"(?:" + trie_pattern(REPORTING_VERBS) + r")\b"
)
# "Ham made it clear", "Gen. Norman Ham is seen": a name before a finite verb is the
# subject of its clause, the usual referent of the next "he" or "she"
_FINITE_NEXT: Final = re.compile(
    _AFFILIATION + r"\s*(?:,[^,]{1,80},\s*|,\s*|[—–][^—–]{1,80}[—–]\s*|--[^—–]{1,160}?--\s*)?"
    r"(?:\([^)]{1,20}\)\s*)?"
    r"(?:(?:\w+ly|also|then|still|never|now)\s+)*"
    r"(?!(?:" + trie_pattern(ING_PREPOSITIONS) + r")\b)"
    r"(?:" + trie_pattern(FINITE_VERBS) + r"|[a-z](?:-?[a-z]){1,}ed|[a-z]{3,}ing)\b"
)
# "entrepreneur Maya Penn …" after a name's comma: a role and another full name, the next
# item of a list, not an appositive
_ANOTHER_PERSON: Final = re.compile(r"[a-z][\w\-]* [A-Z][a-z]+ [A-Z]")
_AGE_NEXT: Final = re.compile(r",\s*\d{1,3},")
# "the star of Rain Man and ": a work's title follows, no one's name
# (\b[Tt]he spelt [Tt](?<!\w.)he: a pattern that opens with a letter lets the engine
# skip to the next t or T instead of trying a match at every character)
_WORKS_BEFORE: Final = re.compile(
    rf"[Tt](?<!\w.)he (?:{alternation(WORK_MAKERS)}) of (?:[A-Z][\w'’-]*(?:, | and | & | ))*$"
)
# (not a verb after the comma: "the comments, made to club-mate Ann Lee, were meant to
# motivate the player": the name ends an aside inside the subject)
_INTRO_NEXT: Final = re.compile(
    r",\s+(?!(?:" + trie_pattern(FINITE_VERBS) + r")\b)"
    r"(?:(?:" + alternation(NOUN_DETERMINERS) + r")\s+)?(?:[\w'’\-]+\s+){0,6}?"
    r"(?:" + trie_pattern(frozenset(w for w in ROLE_WORDS if len(w) > 3)) + r")\b"
)
# "Piers Lane is senior benefit officer at …": a full name introduced by a copula and a
# role, the person whose words the next quotation gives
_COPULA_ROLE_NEXT: Final = re.compile(
    r"\s+(?:is|was)\s+(?:(?:" + alternation(NOUN_DETERMINERS) + r")\s+)?(?:[\w'’\-]+\s+){0,4}?"
    r"(?:" + trie_pattern(frozenset(w for w in ROLE_WORDS if len(w) > 3)) + r")\b"
)
_APPOS_NEXT: Final = re.compile(
    r",\s+(?!(?:"
    + alternation(FINITE_VERBS)
    + r")\b)((?:(?:"
    + alternation(NOUN_DETERMINERS)
    + r")\s+)?(?:[\w'’\-]+\s+){0,6}?"
    r"(?:" + trie_pattern(frozenset(w for w in ROLE_WORDS if len(w) > 3)) + r")\b[^,.;]{0,80}),"
)


def register_mentions(
    article: Article, cast: Cast, quoted: list[tuple[int, int]], verbs: list[int]
) -> None:
    """Register the named people of the article in order, with titles and roles.
    `quoted` holds the quoted stretches: a name inside one is what somebody said, not
    a referent for the pronouns of the narrative around it. `verbs` holds where the
    reporting verbs start: only a name shortly before one can be their subject."""
    text = article.text
    by_word = cast.by_word
    finditer = _CAPRUN.finditer
    quote_starts = [a for a, _ in quoted]
    # Runs come in text order, so the next reporting verb and the quotation a run may
    # sit in are found by moving forward, not by a search per run.
    next_quote = 0
    lede = article.sentences[0].start if article.sentences else -1
    # whether a court case's "v." may stand in the text: most articles hold none
    cases = may_hold_case(text)
    # the runs of two or more words that named no one known when read
    pending: list[tuple[list[str], tuple[int, int], tuple[int, int], bool, bool, bool]] = []
    # which of them open their sentence, which do not
    openers: list[int] = []
    objects: list[int] = []
    # the lone words that named no one known when read
    lone: list[tuple[str, int, int, int, int, bool]] = []
    for sent in article.sentences:
        lo, hi = sent.start, sent.end
        # the sentence's reporting verbs: a name is their subject only a little before one
        k, last_verb = bisect.bisect_left(verbs, lo), bisect.bisect_left(verbs, hi)
        # where the sentence's first reporting verb with its subject before it stands:
        # the names after it are what is reported, not who speaks
        reporting = hi
        for v in range(k, last_verb):
            q = bisect.bisect_right(quote_starts, verbs[v]) - 1
            if q >= 0 and verbs[v] < quoted[q][1]:
                # “shouting from the rooftops” for the campaign, is Wayne Borders: a verb
                # inside quotation marks is what is quoted, not the narrative's verb
                continue
            if _passive(text, lo, verbs[v]) or _office_noun(text, lo, verbs[v]):
                # "the last word to be said about Clinton", "state Sen. Ann Lee": nothing
                # reported after the verb
                continue
            if last_char(text, lo, verbs[v]) not in INVERSION_AFTER or _clause_after(
                text, verbs[v], hi
            ):
                reporting = verbs[v]
                break
        # "When Maddow pointed out that …, Clinton seized on it": the reporting verb of an
        # opening subordinate clause reports only up to the comma that closes the clause
        reported_end = hi
        # (a verb inside that clause: "When the vote ended, Smith said …" reports on)
        if reporting < hi and text.find(",", lo, reporting) < 0 and _opens_subordinate(text, lo):
            comma = text.find(",", reporting, hi)
            if comma >= 0:
                reported_end = comma
        for m in finditer(text, lo, hi):
            run = m.group()
            # the commonest run, a listed non-name alone ("The", "But"): the test below
            # in short, one look-up (it names someone only as a known person's name)
            skip = _LONE_NOT_NAMES.get(run)
            if skip is not None and skip not in by_word:
                continue
            cut = ". " in run
            for start, end in _cut_at_initial(m) if cut else (m.span(),):
                if cut:
                    run = text[start:end]
                if " " not in run and "\t" not in run:
                    low = run.lower().rstrip(".")
                    if low.endswith(("'s", "’s")):
                        low = low[:-2]
                    if low not in by_word:
                        # (most lone words are listed non-names: no need of the verbs)
                        named = False
                        if low not in NOT_NAMES:
                            while k < last_verb and verbs[k] < end:
                                k += 1
                            named = (
                                k < last_verb
                                and verbs[k] < end + _SUBJECT_REACH_CHARS
                                and (
                                    _lone_given(text, low, end, hi)
                                    or _lone_speaker(text, run, low, start, end, hi)
                                    or (
                                        _body_shaped(run)
                                        and _acronym_speaks(text, run, start, end, hi)
                                    )
                                )
                                # "Widely leaked to …": a common word that opens the
                                # sentence, no name
                                and not cast.stray_word(run, start)
                            )
                        if (
                            not named
                            # the cheap tests first: only capitals can be initials, only
                            # a listed given name a relation's
                            and not (
                                _body_shaped(run) and _acronym_acts(text, run, lo, start, end, hi)
                            )
                            and not (
                                low in GIVEN_NAMES
                                and (
                                    _kin_given(text, low, lo, start, end)
                                    or text.endswith(
                                        " named ", start - 7 if start - 7 > lo else lo, start
                                    )
                                )
                            )
                        ):
                            if low not in NOT_NAMES:
                                lone.append(
                                    (low, start, end, lo, hi, reporting < start < reported_end)
                                )
                            continue  # a lone capitalised word only mentions someone named
                    words = [run]
                else:
                    words = run.split()
                # the reporting verbs before this run's end are behind it (runs come in
                # order, so k only moves forward)
                while k < last_verb and verbs[k] < end:
                    k += 1
                verb_next = k < last_verb and verbs[k] < end + _SUBJECT_REACH_CHARS
                last = words[-1]
                if last.endswith("''"):
                    words[-1] = last = last.rstrip("'")
                    end_of_name = end - 2
                else:
                    end_of_name = end
                    if last.endswith(("s'", "s’")) and len(last) > 3:
                        words[-1] = last = last[:-1]  # "Pedro Mendes' shot": the name
                if (
                    start
                    and text[start - 1] in _TITLE_OPENERS
                    and _quoted_title(text, start, end_of_name)
                ):
                    continue  # ''Larry King Now'': a title in quotation marks names no one
                if last.endswith(".") and last[:-1].lower() not in ABBREVIATIONS and len(last) > 2:
                    words[-1] = last[:-1]
                while next_quote < len(quote_starts) and quote_starts[next_quote] <= start:
                    next_quote += 1
                inside = next_quote > 0 and start < quoted[next_quote - 1][1]
                while (
                    len(words) > 1
                    and words[0].lower() in DAYS
                    and words[0].lower() not in FEMALE_NAMES
                    and words[0].lower() not in MALE_NAMES
                ):
                    # "on Wednesday Mr Straw said": the day is no part of the name
                    start += len(words[0]) + 1
                    words = words[1:]
                if len(words) > 1 and (
                    # the cheap test first: only a run that opens its sentence (nothing
                    # but marks before it) can open with a stray word
                    ((start == lo or text[lo] in _STRAY_MARKS) and cast.stray_opener(words, start))
                    or words[0].lower() in _OPENING_PREPOSITIONS
                ):
                    start += len(words[0]) + 1
                    dropped, words = words[0].lower(), words[1:]
                    if dropped in POSSESSIVES and modifies_noun(words):
                        continue  # "Their Grand Slam hopes …": as after "their" (_register)
                last_low = words[-1].lower()
                # (the cheap test first: every MODIFIER_ENDINGS ending opens with "-")
                if "-" in last_low and last_low.endswith(MODIFIER_ENDINGS):
                    continue  # "Occupy Wall Street-style protests": a modifier names no one
                if last_low in DAYS and last_low.endswith("day"):
                    continue  # "ITV1's Saturday morning show": a weekday names no one
                if cases and _in_case(text, start, end):
                    continue  # "Roe v. Wade", "Whole Woman's Health v. Hellerstedt": a case
                if words[-1] == "I" and len(words) <= 2 and words[0].lower() not in GIVEN_NAMES:
                    continue  # "So I asked him": the writer ("Elizabeth I" is a name)
                span = (start, end)
                reported = reporting < start < reported_end
                if (
                    not _register(
                        cast, text, words, span, (lo, hi), inside, verb_next, reported, lo == lede
                    )
                    and not inside
                    and len(words) == 2  # a given name and a surname, not "Teenager Sania Mirza"
                    and words[-1].lower() not in by_word
                ):
                    if start == lo or text[lo] in _STRAY_MARKS:
                        openers.append(len(pending))  # (_pronoun_follows reads only these)
                    else:
                        objects.append(len(pending))  # (_object_pronoun_follows reads these)
                    pending.append((words, span, (lo, hi), inside, verb_next, reported))
    # "Ada Vorn opened the show. She said …": a full name that opens its sentence as the
    # subject, then the next "he" or "she" with no other person between, is a person
    for n in openers:
        args = pending[n]
        if _pronoun_follows(cast, text, args[0], args[1], args[2], pending, n):
            _register(cast, text, *args, evident=True)
    # "… according to a post from Ada Vorn. “…,” she wrote": a full name after "from",
    # "with", "by" or "told", then "she" as the next reference with no one between, is a
    # woman (the pronoun gives the gender no subject position will)
    done: set[int] = set()  # (registered here: not again below)
    for n in objects:
        args = pending[n]
        gender = _object_pronoun_follows(cast, text, quoted, args[0], args[1], args[2], pending, n)
        if gender is not None and _register(cast, text, *args, evident=True):
            done.add(n)
            for e in cast.entities:
                if e.words == args[0] and e.kind == "person" and e.gender is None:
                    e.gender = gender
    # "Berhanu Nega was once …" before any evidence that Nega is a person ("Nega said"
    # later): the full name's mentions before that evidence are his too
    for n, args in enumerate(pending):
        if n not in done and _only_surname_known(cast, args[0]):
            _register(cast, text, *args)
    # "… Nega traveled abroad …": so are the surname's
    earliest: dict[int, int] = {}  # each person's first mention, read at the first need
    # (only the words known by now, tested at C speed as the loop reaches each: a
    # registration in the loop may make a later word known)
    for low, start, end, lo, hi, reported in compress(
        lone, map(by_word.__contains__, map(itemgetter(0), lone))
    ):
        ids = by_word.get(low)
        if not ids or (cases and _in_case(text, start, end)):
            continue
        if not earliest:
            for p, i, _ in cast.timeline:
                earliest.setdefault(i, p)
        if any(cast.entities[i].kind == "person" and earliest.get(i, hi) < start for i in ids):
            q = bisect.bisect_right(quote_starts, start) - 1
            inside = q >= 0 and start < quoted[q][1]
            v = bisect.bisect_left(verbs, end)
            verb_next = v < len(verbs) and verbs[v] < min(hi, end + _SUBJECT_REACH_CHARS)
            run = text[start:end]
            _register(cast, text, [run], (start, end), (lo, hi), inside, verb_next, reported)


# any CASE_LINKS link: one search whose common start (" v") the engine looks for first,
# cheaper than a search for each link
_CASE_LINK: Final = re.compile("|".join(re.escape(link) for link in CASE_LINKS))


def may_hold_case(text: str) -> bool:
    """Whether _in_case can hold anywhere in text: a CASE_LINKS link stands in it."""
    return _CASE_LINK.search(text) is not None


def _in_case(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a party of a court case ("Roe v. Wade")."""
    return text.startswith(CASE_LINKS, end) or text.endswith(
        CASE_LINKS, start - 5 if start > 5 else 0, start
    )


def _only_surname_known(cast: Cast, words: list[str]) -> bool:
    """Whether a full name read before any evidence it is a person's ("Berhanu Nega was
    once …") has that evidence now: its surname names a person by itself ("Nega said")
    or in this same name, not only in another person's full name ("Organiser Maria
    Hill" says nothing of "Notting Hill")."""
    ids = cast.by_word.get(words[-1].lower(), ())
    given = words[0].lower()
    for i in ids:  # (a plain loop, not any() over a generator: for speed)
        if len(cast.entities[i].words) == 1 or cast.entities[i].words[0].lower() == given:
            return True
    return False


# a lower-case role and a full name after a capitalised run ("Final Wars producer Shogo
# Tomiyama", "Hanover bank economist Klaus Brenner" is longer and not matched)
_ROLE_AND_NAME: Final = re.compile(r" ([a-z]+) [A-Z][\w'’\-]+ [A-Z]")
# "minister of sport " before a name: a role and its field, one lower-case word
_ROLE_OF_FIELD: Final = re.compile(r"\b([a-z]+) (?:of|for) ([a-z]+) $")
# what a field is not: "president of manufacturer Vostra Lifts", "spokesman for
# organisers Arden Promoters", "in the running for eight Roxby Awards" (the name after
# them is no person's)
_NOT_FIELDS: Final = ROLE_WORDS | BUSINESS_NOUNS | GROUP_NOUNS | ORG_WORDS | BODY_NOUNS | NOT_NAMES


def _role_of_field(text: str, lo: int, pos: int) -> bool:
    """ "Portugal's minister of culture Anselmo Vidigal", "director of rugby Tom Reed":
    a role word with its field, one lower-case word, right before a name, as "sports
    minister" would be."""
    a = pos - 40 if pos - 40 > lo else lo
    if text.find(" of ", a, pos) < 0 and text.find(" for ", a, pos) < 0:
        return False  # the cheap test first
    m = _ROLE_OF_FIELD.search(text, a, pos)
    if m is None or m.group(1) not in ROLE_WORDS or m.group(1) in ROLE_QUALIFIERS:
        return False
    field = m.group(2)
    # (a plural is whom the role serves, "spokesman for organisers"; "economics",
    # "business" and "status" are fields, no plurals)
    plural = field.endswith("s") and not field.endswith(("ics", "ss", "us"))
    return not plural and field not in _NOT_FIELDS


_NOT_INVERTED: Final = re.compile(
    r"[a-z]+\s+(?!(?:" + alternation(NOUN_DETERMINERS | {"one"}) + r")\b)[a-z]"
)


_PASSIVE_WORDS: Final = tuple(sorted(PASSIVE_AUX))  # (for str.endswith)


def _opens_subordinate(text: str, lo: int) -> bool:
    """Whether the sentence at lo opens with a subordinating conjunction ("When …")."""
    first = text[lo : lo + 12].lstrip(" \"“‘'(").split(" ", 1)[0]
    return first.lower() in SUBORDINATORS


def _passive(text: str, lo: int, verb: int) -> bool:
    """Whether the reporting verb at `verb` is a passive ("to be said", "was told"): its
    subject is what is said or who is told, not a speaker whose words follow."""
    start = verb - 12 if verb - 12 > lo else lo
    if verb - 2 >= start and text[verb - 1] == " ":
        last = text[verb - 2]
        if last != " " and last != "\t" and not text.endswith(_PASSIVE_WORDS, start, verb - 1):
            return False  # the cheap test first: the word before is no PASSIVE_AUX
    return prev_word(text, start, verb) in PASSIVE_AUX


def _passive_aux_at(text: str, lo: int, pos: int) -> int:
    """Where the passive verb stands (its auxiliary) when the name at `pos` is the agent
    of a passive verb of the main clause ("The report was welcomed by shadow pensions
    secretary David Willetts"), the sentence's doer (not "as to why his try had been
    disallowed by Kaplan"); -1 when it is none."""
    by = text.rfind(" by ", pos - 80 if pos - 80 > lo else lo, pos)
    if by < 0:
        return -1
    m = _PASSIVE_BY.search(text, by - 40 if by - 40 > lo else lo, pos)
    if m is None or any(w in CLAUSE_LINKS for w in text[lo : m.start()].lower().split()):
        return -1
    return m.start()


def _passive_subject_gender(cast: Cast, text: str, lo: int, aux: int) -> str | None:
    """The gender of the person who is the whole subject of a passive before its
    auxiliary at `aux` ("Ann Rhys was beaten by …", "He was beaten by …"), "" when no
    list gives it; None for a subject that is no registered person ("Aston Villa were
    beaten", "The plan he drew up was rejected", "The Prime Minister was booed": a role
    no one is known to hold)."""
    words = [w.strip(",.;:").lower() for w in text[lo:aux].split()]
    while words and words[0] in LEAD_CONJUNCTIONS:
        words = words[1:]
    if len(words) == 1 and words[0] in SUBJECT_PERSON_PRONOUNS:
        return PRONOUNS[words[0]]
    timeline = cast.timeline
    k = bisect.bisect_left(timeline, (lo, -1, -1))
    if k < len(timeline) and timeline[k][0] < aux and timeline[k][2] >= 1:
        p, i, _ = timeline[k]
        e = cast.entities[i]
        opens = all(w in LEAD_CONJUNCTIONS for w in text[lo:p].lower().split())
        # the name runs up to the auxiliary (an age or an aside between commas aside,
        # and where the person is from: "Tom Hale of Leeds was beaten")
        own = _name_run(text[p:aux].split(",")[0].split())
        if opens and own and e.kind == "person":
            return e.gender or ""
    return _described_subject_gender(cast, words, lo)


def _described_subject_gender(cast: Cast, words: list[str], lo: int) -> str | None:
    """ "Tim Hale lost on Tuesday. The defending champion was beaten by Luca Ferri":
    "the" and lower-case words ending in a role, the passive's whole subject, stand for
    the person the sentence before was about (not known by another office): that
    person's gender ("" when none is known); None when there is none."""
    if (
        len(words) < 2
        or len(words) > 5
        or words[0] != "the"
        or words[-1] not in ROLE_WORDS
        or not all(w.replace("-", "").isalnum() for w in words)
    ):
        return None
    k = bisect.bisect_right(cast.starts, lo) - 1
    if k < 1:
        return None
    about = cast.recent_subject(cast.starts[k - 1], lo, words[-1])
    if about is None:
        return None
    return cast.entities[about].gender or ""


def _name_run(words: list[str]) -> bool:
    """Whether words are capitalised, but for a link of affiliation before a capitalised
    word ("Tom Hale of Leeds", "Ann Rhys from Cardiff")."""
    for k, w in enumerate(words):
        if w[:1].islower() and not (
            w in AFFILIATION_LINKS and k + 1 < len(words) and words[k + 1][:1].isupper()
        ):
            return False
    return True


# a passive auxiliary, a participle, "by", then a role's words up to the name
# (\b(?:was|were|…) spelt w(?<!\w.)as|…: a pattern whose branches open with a letter
# lets the engine skip to the next w, b, a or i instead of trying every character)
_PASSIVE_BY: Final = re.compile(
    "(?:"
    + "|".join(
        w[0] + r"(?<!\w.)" + w[1:]
        for w in sorted(PASSIVE_AUX - {"be", "being"}, key=lambda w: (-len(w), w))
    )
    + r")\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+"
    r"(?:[\w'’\-]+\s+){0,5}$"
)


def _clause_after(text: str, verb: int, hi: int) -> bool:
    """ "Daniel Sandford, the correspondent, said it appeared …": a reporting verb after
    an aside's comma with a lower-case word after it (not "the", "a": "…, said the
    minister") reports what follows; it is no inversion."""
    return bool(_NOT_INVERTED.match(text, verb, hi))


# "Jr", "Sr", "II", "III", "IV" as written after a name
_GENERATIONS: Final = frozenset(
    w.upper() if set(w) <= set("iv") else w.capitalize() for w in NAME_SUFFIXES if "." not in w
)
_INITIAL: Final = re.compile(
    r"[ \t][A-Z]\.[ \t]+(?=[A-Z][a-z][\w’'\-]*\.?[ \t]+(?!(?:"
    + alternation(_GENERATIONS)
    + r")\b)[A-Z])"
)


def _cut_at_initial(m: re.Match) -> tuple[tuple[int, int], ...]:
    """The spans of a capitalised run. "… and Malcolm X. Attallah Shabazz, the daughter
    of …": an initial followed by two or more capitalised words ends a sentence the
    splitter kept whole (a middle initial has one surname after it: "George W. Bush"),
    so the run is cut after it."""
    start, end = m.span()
    cut = _INITIAL.search(m.group())
    if cut is None or cut.start() == 0:
        return ((start, end),)
    return ((start, start + cut.start() + 2), (start + cut.end(), end))


_RELATIVE_ASIDE: Final = re.compile(r"\b(?:" + alternation(ASIDE_OPENERS) + r")\b")
_SUBJECT_REACH_CHARS: Final = 200  # _SUBJECT_NEXT spans at most ~180 characters


# a listed non-name as a capitalised run ("The" -> "the"): a lone one names no one
# unless a person of the article has it as a name word (register_mentions' fast path;
# no given name, nothing all in capitals, which the full test weighs)
_LONE_NOT_NAMES: Final = {
    w.capitalize(): w
    for w in NOT_NAMES
    if w not in GIVEN_NAMES
    and not w.capitalize().isupper()
    and w.capitalize().lower() == w
    and not w.endswith((".", "'s", "’s"))
}
_TITLE_OPENERS: Final = frozenset("\"“‘'`")
_OPENING_MARKS: Final = frozenset(" \"“‘'(")
_STRAY_MARKS: Final = frozenset(" \"“‘'(`")  # what Cast.stray_opener allows before a run


def _quoted_title(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is wrapped whole in quotation marks."""
    before = text[a - 2 if a > 2 else 0 : a]
    if text[b : b + 1] in (",", "."):
        b += 1  # ''Larry King Now,''
    after = text[b : b + 2]
    opened = before[-1:] in ('"', "“", "‘") or before == "''" or before == "``"
    closed = after[:1] in ('"', "”", "’") or after == "''"
    return opened and closed


def _lone_given(text: str, low: str, end: int, hi: int) -> bool:
    """A lone listed given name as a subject ("Melanie said", "Melanie thought"): in
    feature writing a first name alone names a person, often the one who speaks next."""
    return low in GIVEN_NAMES and low not in NOT_NAMES and bool(_SUBJECT_NEXT.match(text, end, hi))


# "his wife, Jane,", "her late son, Beau,": a relation of someone's, set off by commas
_KIN_BEFORE: Final = re.compile(
    r"\b(?:"
    + alternation(POSSESSIVES - {"its", "your"})
    + r")[ \t]+(?:[a-z\-]+[ \t]+)?(?:"
    + trie_pattern(KIN_NOUNS)
    + r"),[ \t]*$"
)


def _kin_given(text: str, low: str, lo: int, start: int, end: int) -> bool:
    """A lone listed given name set off by commas after a relation ("But his wife, Jane,
    offered a preview"): a person of the article, the subject of what follows."""
    return (
        low in GIVEN_NAMES
        and text.startswith(",", end)
        and _KIN_BEFORE.search(text, max(lo, start - 40), start) is not None
    )


# ", head of US firm ": an aside that opens after a name's comma with lower-case words and
# an affiliation link, up to the name at the end of the match
_AFFILIATION_ASIDE: Final = re.compile(
    r"[A-Za-z]\.?, (?:[a-z][\w\-]*\s+){1,4}(?:" + alternation(AFFILIATION_LINKS) + r")\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,3}$"
)


# "were put to ", "was later put to ": a question or a claim put to the name after it
_PUT_TO: Final = re.compile(r"\b(?:" + alternation(PASSIVE_AUX) + r")\s+(?:\w+ly\s+)?put\s+to\s+$")


def _closes_affiliation(text: str, lo: int, pos: int) -> bool:
    """Whether the name at pos ends an aside that gives someone's post ("Ann Lee, chief
    executive of US firm Acme Labs, said"): the body the person works for, no subject."""
    a = pos - 80 if pos - 80 > lo else lo
    # (for speed: no comma follows the aside's ", ", so it is the window's last one, and
    # the match opens one or two characters before it: searched from there, not from a)
    comma = text.rfind(", ", a, pos)
    if comma < 0:
        return False
    return _AFFILIATION_ASIDE.search(text, comma - 2 if comma - 2 > a else a, pos) is not None


def _object_of(prev: str | None, text: str, end: int, hi: int) -> bool:
    """Whether a name after `prev` is its object: "by West Virginia", but not "with
    Hillary Clinton lambasting the plan" (the subject of an absolute clause)."""
    if prev not in GOVERNING_WORDS:
        return False
    if prev == "with":
        nxt = _FINITE_NEXT.match(text, end, hi)
        return not (nxt and nxt.group().endswith("ing"))
    if prev in SUBORDINATORS:
        # "came after Sir Digby Jones said …": a preposition that also opens a clause
        # ("after", "since", "until"), before the clause's subject
        if _SUBJECT_NEXT.match(text, end, hi):
            return False
        nxt = _FINITE_NEXT.match(text, end, hi)
        return nxt is None or nxt.group().endswith("ing")
    return True


def _lone_speaker(text: str, run: str, low: str, start: int, end: int, hi: int) -> bool:
    """ "McLenney said …": a lone capitalised word that speaks is a surname, unless it is
    a known non-name, a plural ("Democrats said"), a word the article also writes in lower
    case ("Police said" beside "the police"), or the tail of a phrase that an aside ends
    ("… of mobile content firm Zed, said", "from Omaha, Nebraska, said")."""
    if (
        len(low) < 3
        or low.endswith("s")
        or low in ORG_WORDS
        or low in ROLE_WORDS
        or low in TITLES
        or run.isupper()
        or not run.rstrip(".").isalpha()
    ):
        return False  # (the cheap tests first, before the word before is read)
    prev = prev_word(text, start - 30 if start > 30 else 0, start)
    if prev is not None and prev not in CLAUSE_OPENERS:
        return False
    verb = _SUBJECT_NEXT.match(text, end, hi)
    if verb is None or verb.group().lstrip()[:1] == "," or verb.group().split()[-1] in NOUNISH:
        return False  # "Any rate rise …": a noun after all
    return not written_lower(text, low)


# "For Richard Tate, who …": a capitalised preposition that opens a run (the sentence) is
# no part of the name after it ("de", "van" may open a surname)
_OPENING_PREPOSITIONS: Final = PREPOSITIONS - NAME_PARTICLES


def _acronym(word: str) -> bool:
    """ "EMI", "TUC": a word of two to six capitals, a body's initials."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _body_shaped(run: str) -> bool:
    """The cheap test before _one_word_body: capitals only or an inner capital."""
    return run.isupper() or not run[1:].islower()


def _one_word_body(word: str) -> bool:
    """ "EMI", "DaimlerChrysler": one word that names a body, no person."""
    return _acronym(word) or one_word_company(word)


def _acronym_speaks(text: str, run: str, start: int, end: int, hi: int) -> bool:
    """ "EMI said …", "the TUC has said …": a body's initials (or one-word name) as the
    subject of a reporting verb, the referent of a later "it said" or "the company said"."""
    if not _one_word_body(run):
        return False
    prev = prev_word(text, start - 30 if start > 30 else 0, start)
    if prev == "the":  # "the TUC said": the word before "the" governs
        prev = prev_word(text, start - 34 if start > 34 else 0, start - 4)
    if _object_of(prev, text, end, hi) or prev in REPORTING_VERBS:
        return False  # "according to the BBC", "told the BBC"
    verb = _SUBJECT_NEXT.match(text, end, hi)
    if verb is None or verb.group().lstrip()[:1] == ",":
        return False
    return not _product_subject([run], text, verb)


def _acronym_acts(text: str, run: str, lo: int, start: int, end: int, hi: int) -> bool:
    """ "BT wants lighter regulation": a body's initials (or one-word name) that open their
    sentence as the subject of a finite verb, the referent of a later "it added"."""
    if not _one_word_body(run) or text[lo:start].strip(" \"“‘'(`"):
        return False
    verb = _FINITE_NEXT.match(text, end, hi)
    if verb is None or verb.group().endswith("ing"):  # not "UK advertising"
        return False
    return not _product_subject([run], text, verb)


def _product_subject(words: list[str], text: str, verb: re.Match[str]) -> bool:
    """ "RipGuard is expected to …": a one-word name, no initials, that undergoes its verb
    may be a product's, no body that speaks or acts."""
    return len(words) == 1 and not _acronym(words[0]) and _undergoes(text, verb)


def _undergoes(text: str, verb: re.Match[str]) -> bool:
    """ "RipGuard is expected to be rolled out": a one-word name that is not initials and
    undergoes what its verb says (a passive) may be a product, no body that acts."""
    said = verb.group().split()
    if len(said) > 1 and said[-2] in PASSIVE_AUX and said[-1].endswith("ed"):
        return True  # (_SUBJECT_NEXT's match holds the participle: "is expected")
    return said[-1] in PASSIVE_AUX and _PASSIVE_NEXT.match(text, verb.end()) is not None


def _relative(cast: Cast, name: list[str]) -> bool:
    """ "Rakeyia Scott" after "Keith Lamont Scott": a known surname with a different,
    capitalised given name is a relative, a person in their own right."""
    if len(name) not in (2, 3) or name[-1].lower() not in cast.by_word:
        return False
    first = name[0]
    low = first.lower().rstrip(".")
    return (
        len(first) > 2
        and first[1:].islower()
        and low not in NOT_NAMES
        and low not in ROLE_WORDS
        and low not in TITLES
        and low not in cast.by_word
    )


def _register(
    cast: Cast,
    text: str,
    words: list[str],
    span: tuple[int, int],
    bounds: tuple[int, int],
    inside: bool,
    verb_next: bool,
    reported: bool,
    in_lede: bool = False,
    evident: bool = False,
) -> bool:
    """Register one capitalised run of the prescan: a person, with how strongly this
    mention stands as a referent, or a body that speaks or acts ("it said" later).
    False when the run may name a person the article has given no evidence of yet.
    `bounds`: its sentence; `in_lede`: the sentence opens the article; `evident`: the
    text around has shown the run to name a person (_pronoun_follows)."""
    lo, hi = bounds
    pos, end = span
    modifier = (
        _ROLE_AND_NAME.match(text, end, hi) if end + 1 < hi and text[end + 1].islower() else None
    )
    if modifier is not None and modifier.group(1) in ROLE_WORDS:
        return True  # "said Final Wars producer Shogo Tomiyama": the run describes the role
    title, role, name = split_name(words)
    if not title and len(name) > 2:  # (affiliation's own first test: no call else)
        role, name = cast.affiliation(title, role, name)
    # "The Huffington Post’s Scott Conroy": a person with the body he writes for
    of_body = role is not None and role.endswith(("’s", "'s")) and len(name) > 1
    if (words[0] == "The" and not title and not of_body) or (name and is_org(name, title, role)):
        if (len(words) > 1 or _one_word_body(words[0])) and not inside:
            # (the word before only matters to a body that may be a subject)
            prev = prev_word(text, pos - 30 if pos - 30 > lo else lo, pos)
            if prev == "the":  # "the Countryside Alliance said": the word before "the" governs
                prev = prev_word(text, pos - 34 if pos - 34 > lo else lo, pos - 4)
            if not _object_of(prev, text, end, hi):
                verb = _SUBJECT_NEXT.match(text, end, hi) if verb_next else None
                if verb is not None and not _product_subject(words, text, verb):
                    _register_body(cast, words, pos, 2)
                    return True
                verb = _FINITE_NEXT.match(text, end, hi) if _clause_next(text, end) else None
                if verb is not None and not _product_subject(words, text, verb):
                    _register_body(cast, words, pos, 1)
                    return True
        if (
            in_lede
            and len([w for w in words if w.lower() not in ARTICLES]) > 1
            and not inside
            and name
            and is_org(name, title, role)
        ):
            # "Shares in Multiplex Group fell …": a body the opening sentence is about,
            # though no subject, which a later "it said" may stand for
            _register_body(cast, words, pos, 0)
        return True
    if not name:
        return True
    if len(name) == 1 and name[0].lower() in DAYS and name[0].lower() not in GIVEN_LIKE:
        return True  # "the Bank of Korea's December survey": a day or month, no one's name
    # (from the last comma's end, else lo: rfind gives -1)
    if verb_next and _RELATIVE_ASIDE.search(text, text.rfind(",", lo, pos) + 1 or lo, pos):
        # "Paul Jones, who sang hits such as Sha La La, said": the last name of a
        # relative aside is no subject of the verb after the aside
        verb_next = False
    # (a sentence that opens with none of these characters has something before pos)
    initial = (
        pos == lo
        or (text[lo] in _OPENING_MARKS and not text[lo:pos].strip(" \"“‘'("))
        # "And Obama, for all the progress he helped wrangle, seems to agree"
        or (pos - lo < 6 and text[lo:pos].strip(" \"“‘'(").lower() in LEAD_CONJUNCTIONS)
        # "Earlier Mr Kennedy, whose party …, said": a time adverb before the subject
        or (pos - lo < 12 and text[lo:pos].strip(" \"“‘'(,").lower() in TIME_ADVERBS)
        # (the cheap tests first: the phrase ends with a comma)
        or (
            pos - lo < _OPENER_MAX and text.find(",", lo, pos) >= 0 and _after_opener(text, lo, pos)
        )
    )
    appos_text = None
    if title and not role and len(name) == 1:  # (titled_full's first test)
        cast.titled_full(name, title, pos)
    prev = prev_word(text, pos - 30 if pos - 30 > lo else lo, pos)
    if len(name) > 1 and prev in POSSESSIVES and not title and not role:
        return True  # "to keep alive their Grand Slam hopes": it modifies the noun after
    idx: int | None = cast._find(name, "person", title, pos)
    written_prev = prev
    if prev in _PREFIXED_ROLES:  # (one set lookup: every run reaches this)
        # "ex-wife Ann Lee", "ex-minister Tom Eld": the role with its prefix is a role
        prev = _PREFIXED_ROLES[prev]
    speaks = None  # _SUBJECT_NEXT's match, computed once when needed
    # "Leeds's league lead", "Hale's Welsh side": an owner before one word says
    # whose the word is, not that it is someone's name (unless a verb follows, below)
    owned = role is not None and len(name) == 1 and role.endswith(("'s", "’s"))
    if not (title or (role and not owned and (not initial or len(name) > 1))):
        given = given_name(name[0].lower()) and (len(name) > 1 or idx is None)
        if not (idx is not None or given or evident or _relative(cast, name)):
            # a lower-case role or a reporting verb before a full name ("noted NBC's
            # Dante Chinni"), an age or role after it, or a reporting verb: a person
            # (or an age: "83-year-old Yuji Sato": a person)
            cue_before = (
                prev in ROLE_WORDS
                or prev == "year-old"
                or _inverted_cue(text, lo, pos, prev)
                or (
                    prev is not None
                    and prev not in PREPOSITIONS
                    and prev not in NOUN_DETERMINERS
                    and _role_of_field(text, lo, pos)
                )
            )
            comma = text.startswith(",", end)
            appos = comma and len(name) > 1 and _APPOS_NEXT.match(text, end, hi)
            if verb_next and (len(name) > 1 or idx is None) and not _object_of(prev, text, end, hi):
                speaks = _SUBJECT_NEXT.match(text, end, hi)
            aged = comma and len(name) > 1 and _AGE_NEXT.match(text, end, hi)
            # "President Obama backed her up": a role and a name that open the sentence
            # before a verb
            # "Shami Chakrabarti, from Liberty, joined calls": a two-word name that opens
            # the sentence, an aside after it, then a finite verb
            acts = (
                bool(role)
                or (
                    initial
                    and len(name) == 2
                    and comma
                    and len(words) == 2
                    and not name[0].lower().endswith("ly")  # not "Interestingly Blocher,"
                )
            ) and bool(_clause_next(text, end) and _FINITE_NEXT.match(text, end, hi))
            introduced = len(name) > 1 and _COPULA_ROLE_NEXT.match(text, end, hi)
            if not (
                (cue_before and len(name) > 1) or appos or speaks or aged or acts or introduced
            ):
                return False  # no evidence yet: a later pass may know the name
            if appos and not _ANOTHER_PERSON.match(appos.group(1)):
                # not "chef Ann Lee, entrepreneur Maya Penn and …": a list of people
                appos_text = appos.group(1).strip()
    written = None
    if role is None and written_prev is not None and prev in ROLE_WORDS:
        written = _role_before(text, lo, pos, written_prev)
    held = cast.add(
        name,
        "person",
        title,
        role,
        appos_text,
        pos,
        _weight(
            cast,
            text,
            span,
            (lo, hi),
            prev,
            speaks,
            idx is None and len(name) > 1,
            initial,
            inside,
            verb_next,
            reported,
            (title, name),
        ),
        idx,
    )
    if written is not None:
        cast.roles_before.setdefault(held, []).append(written)
    if (
        pos > lo + 1
        and text[pos - 2] == ","
        and text.startswith(",", span[1])
        and cast.entities[held].gender is None
    ):
        # "her husband, Milton Berg, …": the relation before the comma says the gender of
        # the name set off after it (not "Asked about his wife, Quill Tamsin said")
        relation = text[pos - 24 if pos - 24 > lo else lo : pos - 2].rsplit(None, 1)[-1:]
        if relation:
            cast.entities[held].gender = role_gender(relation[0])
    return True


# "ex-wife", "former-minister": a role with a prefix before a name, and the role
_PREFIXED_ROLES: Final[dict[str | None, str]] = {
    f"{p}-{w}": w for p in ROLE_PREFIXES for w in ROLE_WORDS
}
# the next "he" or "she" after a name: as a subject (opening its sentence or a clause
# after a quotation, or before a reporting verb), or not
# \b(?i:he|she|his|her|him)\b (lexicon.PERSON_PRONOUNS_SHORT) spelt out so that the first
# letter opens the pattern: the search then skips to the next h or s instead of trying a
# match at every character (a test checks the two agree; ſ, İ and ı are what (?i) adds)
_NEXT_PRONOUN: Final = re.compile(
    "[HhSs\u017f](?<!\\w.)(?:(?<=[Hh])(?:[Ee][Rr]?|[Ii\u0130\u0131][SsMm])|(?<=[Ss\u017f])[Hh][Ee])\\b"
)
# how far after a name its pronoun may stand
_PRONOUN_REACH_CHARS: Final = 300
# ", a …", ", an …" after a name: an appositive describes it
_APPOSITIVE_OPENS: Final = re.compile(r", an? \w")
# a participle after an auxiliary: the passive
_PASSIVE_NEXT: Final = re.compile(r" (?:\w+ly )?[a-z]{2,}ed\b")
# the words before a place or a body ("in Lake Vorn", "Ann Lee, of Vorn Labs")
_PLACE_LINKS: Final = (*(f" {w}" for w in sorted(PLACE_LINKS)), ", of")
_NAME_WORD: Final = re.compile(r"[A-Z][a-z][a-z'’\-]*")
# the words after which a name is an object, a person's mostly when a "he" or "she"
# follows ("a post from Ada Vorn", "I told Ada Vorn")
_OBJECT_LINKS: Final = frozenset(("from", "with", "by", *ADDRESSING_VERBS))
# what may stand between a sentence's end and the quotation that opens the next
_QUOTE_GAP: Final = " \t\n\"“‘'`"
# the pronoun cue right after a quotation's close: “…,” she wrote
# (a reporting verb after it: “…” She later resigned." is a new sentence's subject)
_CUE_PRONOUN: Final = re.compile(
    r"[\s\"”’',.]*([Hh]e|[Ss]he)\s+(?:(?:\w+ly|has|had|also|later|then)\s+)*"
    r"(?:" + trie_pattern(REPORTING_VERBS) + r")\b"
)


def _pronoun_follows(
    cast: Cast,
    text: str,
    words: list[str],
    span: tuple[int, int],
    bounds: tuple[int, int],
    pending: list[tuple[list[str], tuple[int, int], tuple[int, int], bool, bool, bool]],
    n: int,
) -> bool:
    """ "Ada Vorn opened the show. She said …": a two-word name no list knows is a person
    when it opens its sentence as the subject of a verb and the next reference, before
    any other person or unknown name, is "he" or "she" as a subject. Places and bodies
    ("New Orleans flooded", "Royal Mail cut jobs", "The …") never are."""
    lo, hi = bounds
    pos, end = span
    # (the cheap tests first: most runs do not open their sentence)
    if len(words) != 2 or words[0] == "The" or (pos != lo and text[lo:pos].strip(" \"“‘'(`")):
        return False
    if not _may_name_person(words):
        return False
    verb = _FINITE_NEXT.match(text, end, hi) if _clause_next(text, end) else None
    if verb is None:
        if not _APPOSITIVE_OPENS.match(text, end, hi):
            return False  # "Ada Vorn, a nurse from …,": the subject, described
    elif verb.group().rsplit(None, 1)[-1] in PLURAL_LIST_VERBS:
        return False  # "Southern Dems are …": many, no one person
    elif _PASSIVE_NEXT.match(text, verb.end()) and verb.group().rsplit(None, 1)[-1] in PASSIVE_AUX:
        return False  # "Vorn Hill was packed …": what is done to it, a place as well
    # (a regex search over the next 300 characters: after the tests above)
    m = _NEXT_PRONOUN.search(text, end, end + _PRONOUN_REACH_CHARS)
    if m is None or m.group().lower() not in SPEAKER_PRONOUNS:
        return False  # "him", "his", "her" first: an object or a possessive
    at = m.start()
    gender = "m" if m.group().lower() == "he" else "f"
    # no other person (of the pronoun's gender or none) and no other unknown name between
    timeline = cast.timeline
    k = bisect.bisect_right(timeline, (end, len(cast.entities), 99))
    while k < len(timeline) and timeline[k][0] < at:
        _, i, w = timeline[k]
        e = cast.entities[i]
        if w != QUOTED and e.kind == "person" and e.gender in (None, gender):
            return False
        k += 1
    for other in pending[n + 1 :]:
        o = other[1][0]
        if o >= at:
            break
        if o > end and other[0] != words:
            return False
    # (the dearest test last: it reads the whole text)
    name = " ".join(words)
    return not any(
        f"{link} {name}" in text or f"{link} the {name}" in text for link in _PLACE_LINKS
    )


def _may_name_person(words: list[str]) -> bool:
    """Whether two capitalised words may be a given name and a surname: no place, body,
    role, verb or listed non-name ("New Orleans", "Royal Mail", "Southern Dems")."""
    first, last = words[0].lower(), words[-1].lower()
    return all(_NAME_WORD.fullmatch(w) for w in words) and not (
        f"{first} {last}" in PLACE_NAMES
        or first in PLACE_NAMES
        or last in PLACE_NAMES
        or first in ORG_WORDS
        or last in ORG_WORDS
        or last in PLACE_ENDINGS
        or first in DEMONYMS
        or first.endswith("ly")
        or last.endswith(("'s", "’s"))  # "Al Gore's exile …": the subject is the exile
        or first in ROLE_WORDS
        or last in ROLE_WORDS
        or last.rstrip("s") in ROLE_WORDS
        or first in FINITE_VERBS
        or first in REPORTING_VERBS
        or first in PLACE_OPENERS
        or first in NOT_NAMES
        or last in NOT_NAMES
    )


def _object_pronoun_follows(
    cast: Cast,
    text: str,
    quoted: list[tuple[int, int]],
    words: list[str],
    span: tuple[int, int],
    bounds: tuple[int, int],
    pending: list[tuple[list[str], tuple[int, int], tuple[int, int], bool, bool, bool]],
    n: int,
) -> str | None:
    """ "a post from Ada Vorn. “…,” she wrote": the gender ("m" or "f") of a two-word
    name no list knows after "from", "with", "by" or "told" when a quotation opens the
    next sentence with "he" or "she" as its cue, no other person between, and no person
    who may be that pronoun comes before the name in its sentence ("Tom Ward met with
    Ada Vorn. “…,” he said": Ward; "She played with Ada Vorn"); None else."""
    lo, hi = bounds
    pos, end = span
    # a quotation opens the next sentence and "he" or "she" is its cue: a pronoun further
    # off, or in the name's own sentence ("At a talk with Vorn Media, he said"), is
    # mostly the subject's (the cheap tests first: most sentences have no quotation next)
    q = bisect.bisect_left(quoted, (hi, hi))
    if q == len(quoted) or text[hi : quoted[q][0]].strip(_QUOTE_GAP):
        return None
    m = _CUE_PRONOUN.match(text, quoted[q][1])
    if (
        m is None
        or len(words) != 2
        or prev_word(text, pos - 30 if pos - 30 > lo else lo, pos) not in _OBJECT_LINKS
        or not _may_name_person(words)
    ):
        return None
    if _NEXT_PRONOUN.search(text, lo, pos):
        return None  # "She will play with Ada Vorn": someone is in play before the name
    at = m.start(1)
    gender = "m" if m.group(1).lower() == "he" else "f"
    timeline = cast.timeline
    k = bisect.bisect_left(timeline, (lo, -1, -1))
    while k < len(timeline) and timeline[k][0] < at:
        p, i, w = timeline[k]
        e = cast.entities[i]
        if (
            w != QUOTED
            and e.kind == "person"
            and e.gender in (None, gender)
            and (p > end or (p < pos and w >= 1))
        ):
            return None
        k += 1
    for other in pending[n + 1 :]:
        o = other[1][0]
        if o >= at:
            break
        if o > end and other[0] != words:
            return None
    name = " ".join(words)
    for link in _PLACE_LINKS:
        # ("from Ada Vorn" here is no evidence of a place: only another such phrase is)
        needle = f"{link} {name}"
        here = 1 if text.startswith(needle, pos - len(link) - 1) else 0
        if text.count(needle) > here or f"{link} the {name}" in text:
            return None
    return gender


# how far before a name (in characters) its lower-case role is looked for
_ROLE_REACH: Final = 48


def _role_before(text: str, lo: int, pos: int, prev: str) -> str | None:
    """The role written in lower case right before a name, with the words of the office
    and the place or body it is held for ("London mayor" in "urged London mayor Ken
    Livingstone", "shadow chancellor" in "said shadow chancellor Oliver Letwin"): later
    "the mayor" is that person (Cast.by_role)."""
    words = text[max(lo, pos - _ROLE_REACH) : pos].split()
    if not words or words[-1] != prev:
        return None
    k = len(words) - 1
    while k > 0 and len(words) - k < 4:
        w = words[k - 1]
        if (
            not (w[:1].isupper() or w in ROLE_WORDS)
            or not w.replace("-", "").isalpha()
            or w.lower() in NOUN_DETERMINERS
        ):
            break
        k -= 1
    return " ".join(words[k:])


def _register_body(cast: Cast, words: list[str], pos: int, weight: int) -> None:
    """ "The Times reported …", "the Cabinet Office said …": a body that speaks, the
    referent of a later "it said" or "they said"."""
    name = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words if w.lower() != "the"]
    if name:
        idx = cast._find(name, "organisation", None, pos)
        cast.add(name, "organisation", None, None, None, pos, weight, idx)


def _weight(
    cast: Cast,
    text: str,
    span: tuple[int, int],
    bounds: tuple[int, int],
    prev: str | None,
    speaks: re.Match | None,
    new_full_name: bool,
    initial: bool,
    inside: bool,
    verb_next: bool,
    reported: bool,
    agent: tuple[str | None, list[str]],
) -> int:
    """How strongly a mention stands as a referent for the pronouns after it: 2 for a
    speaker, 1 for the subject of a clause, 0 for an object or a name inside what the
    sentence reports ("X warned the plan was not as rosy as Mr Brown claims": the "he"
    of the next quotation is X), QUOTED inside a quotation. `agent` is the mention's
    title and name words, whose gender is read only for a passive's agent."""
    lo, hi = bounds
    pos, end = span
    if inside:
        return QUOTED
    if speaks is None and _plural_member(text, end, hi, prev):
        return 0
    if prev in ("of", "and") and _WORKS_BEFORE.search(text, pos - 80 if pos - 80 > lo else lo, pos):
        return QUOTED  # "The star of Rain Man and Tootsie said": titles, no referent
    if (
        prev == "where"
        and speaks is None
        and text[pos - 8 if pos - 8 > lo else lo : pos].startswith(", ")
    ):
        return 0  # "…, where George Bush opposed it. But the Tory leader …": an aside's
    if prev == "to" and text[pos - 13 if pos - 13 > lo else lo : pos].rstrip().lower().endswith(
        "according to"
    ):
        return 2  # "according to John Houlihan, editor of …": the source of what follows
    if text.endswith(("'s", "’s"), pos, end) and not _clitic_s(text, end, hi):
        return 0
    aux = _passive_aux_at(text, lo, pos)
    if aux >= 0:
        # "The report was welcomed by shadow secretary David Willetts": who acts; but
        # "Reed was beaten by Tom Cole": the person the sentence is about stays its topic
        # when a later "he" cannot tell the two apart (not "Ann Rhys was beaten by Tom
        # Cole. He said": the only man)
        subject = _passive_subject_gender(cast, text, lo, aux)
        if subject is None:
            return 1
        if subject:
            agent_gender = name_gender(*agent)
            if agent_gender and subject != agent_gender:
                return 1
        return 0
    if prev == "to" and _PUT_TO.search(text, pos - 24 if pos - 24 > lo else lo, pos):
        return 1  # "The claims were put to Hale. He said": the one who answers them
    if _object_of(prev, text, end, hi):
        if (
            prev in INTRO_LINKS
            and new_full_name
            and text.startswith(",", end)
            and _INTRO_NEXT.match(text, end, hi)
        ):
            # "the choice of Steven Gale, executive editor of Variety. But he …": a person
            # introduced with a role, whom the next "he" is about
            return 1
        return 0  # "led by West Virginia, will", "on the Mall, said": no subject
    if prev is not None and prev in ROLE_WORDS and _role_object(text, lo, pos, prev):
        # "patched things up with actress Brigitte Nielsen, her …": an object
        return QUOTED if reported else 0
    if _in_opener(text, lo, pos):
        return 0  # "Asked if Mr Blunkett could return, he replied": not the "he"
    if text.startswith(",", end) and _closes_affiliation(text, lo, pos):
        return 0  # "Ann Lee, head of US firm Acme Labs, said": the aside's body is no speaker
    if new_full_name and text.startswith(",", end) and _INTRO_NEXT.match(text, end, hi):
        return 2  # introduced with a role: the person the next quotes are about to be from
    if new_full_name and _COPULA_ROLE_NEXT.match(text, end, hi):
        return 2  # "Piers Lane is senior benefit officer at …": introduced with a role
    if new_full_name and prev in INVERTING_COPULAS and text.startswith(",", end):
        return 1  # "Across town, knocking on doors, is Wayne Borders, a …": the subject
    inverted = (
        (prev in REPORTING_VERBS and _inverted_cue(text, lo, pos, prev))
        or (prev in ROLE_WORDS and _cue_before_role(text, lo, pos, prev))
    ) and not (
        # "Paul Jones, who sang …, said Charles was one of his heroes": a name with its
        # own verb after the cue is the subject of what is reported, not the speaker
        text.startswith(" ", end) and _FINITE_NEXT.match(text, end, hi)
    )
    if prev in ADDRESSING_VERBS and not inverted:
        return 0  # "I told Sanders later", "I asked Sanders if": the one addressed, an object
    if (prev == "that" or prev in REPORTING_VERBS) and not (
        inverted or (prev != "that" and _office_noun(text, lo, text.rfind(prev, lo, pos)))
    ):
        return QUOTED  # "he does believe McConnell is correct": the subject of a reported clause
    if inverted:
        return 2  # "…, noted NBC’s Dante Chinni": a speaker
    said = speaks or (_SUBJECT_NEXT.match(text, end, hi) if verb_next else None)
    if said is not None and not _participle_after_object(said.group(), initial, prev):
        return 2  # "Tompkins said …": a speaker
    if reported:
        return QUOTED  # what is reported, like what is quoted, is no referent
    if initial:
        return 1
    acts = _FINITE_NEXT.match(text, end, hi) if _clause_next(text, end) else None
    if acts is not None and not _participle_after_object(acts.group(), initial, prev):
        verb = acts.group()
        if verb.endswith("ing") and "," in verb and _object_appositive(text, lo, pos, prev):
            return 0  # "hired a new aide, retired judge Tom Ward, last month, ending …"
        return 1
    # (the cheap test first: a lower-case word after the name)
    if (
        end + 4 < hi
        and text[end] == " "
        and text[end + 1].islower()
        and _conjoined_subject(text, lo, pos, end, hi)
    ):
        return 1
    return 0


# "… but captain ": a conjunction, at most three lower-case words (the last a role), then
# the name; " sees": a present-tense verb after it
_CONJOINED_BEFORE: Final = re.compile(
    r"\b(?:" + alternation(LEAD_CONJUNCTIONS | CONTRAST_CONJUNCTIONS) + r")\s+"
    r"((?:[a-z][\w'’\-]*\s+){0,3})$"
)
_PRESENT_NEXT: Final = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]{2,}[^\Wsu]s)\b")


def _conjoined_subject(text: str, lo: int, pos: int, end: int, hi: int) -> bool:
    """ "Leeds have been dull, but captain Mark Bright sees hope": a name after a
    conjunction (and its role) before a present-tense verb is the subject of that clause
    (_FINITE_NEXT knows only past and irregular forms)."""
    verb = _PRESENT_NEXT.match(text, end, hi)
    if verb is None or verb.group(1) in NON_VERB_S_WORDS:
        return False
    m = _CONJOINED_BEFORE.search(text, pos - 60 if pos - 60 > lo else lo, pos)
    if m is None:
        return False
    words = m.group(1).split()
    return not words or words[-1] in ROLE_WORDS


# the rest of a list of names that a plural verb follows: "(Gardener)[, Campbell] and
# Lewis-Francis have", "(Jackson) and Stiller are"
_PLURAL_VERB_NEXT: Final = (
    r",?[ \t]+(?:(?:"
    + alternation(PLURAL_LIST_ADVERBS)
    + r")[ \t]+)?(?:"
    + alternation(PLURAL_LIST_VERBS)
    + r")\b"
)
_NAME_ITEM: Final = r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}"
_LIST_REST: Final = re.compile(
    r"(?:,[ \t]*" + _NAME_ITEM + r")*,?[ \t]+and[ \t]+" + _NAME_ITEM + _PLURAL_VERB_NEXT
)
_PLURAL_NEXT: Final = re.compile(_PLURAL_VERB_NEXT)


def _plural_member(text: str, end: int, hi: int, prev: str | None) -> bool:
    """ "Gardener, Campbell and Lewis-Francis have all won MBEs": a name in a list of names
    that a plural verb follows is one of many, the "he" of no later sentence."""
    if prev == "and" and _PLURAL_NEXT.match(text, end, hi):
        return True
    return text.startswith((",", " and "), end) and bool(_LIST_REST.match(text, end, hi))


def _role_object(text: str, lo: int, pos: int, role: str) -> bool:
    """ "with actress Brigitte Nielsen": a lower-case role right after a preposition makes
    the name after it the preposition's object ("said campaign manager Jo Lee" is no
    object, nor "secretary of state Madeleine Albright")."""
    at = pos
    while at > lo and text[at - 1] in " \t":
        at -= 1
    at -= len(role)
    if at < lo or text[at : at + len(role)].lower() != role or not text[at].islower():
        return False
    k = at
    while k > lo and text[k - 1] in " \t":
        k -= 1
    prep = prev_word(text, at - 12 if at - 12 > lo else lo, at)
    if prep not in PREPOSITIONS:
        return False
    # "secretary of state Madeleine Albright": the preposition inside a role
    return prev_word(text, max(lo, k - len(prep) - 20), k - len(prep)) not in ROLE_WORDS


def _clitic_s(text: str, end: int, hi: int) -> bool:
    """ "Christie's been making the case": an "'s" that is "is" or "has" (the word after
    it a participle, an adverb or an article), not a possessive."""
    nxt = (
        text[end + 1 : end + 10 if end + 10 < hi else hi].split(" ", 1)[0]
        if text.startswith(" ", end)
        else ""
    )
    return nxt in CLITIC_S_NEXT


_WORD_AFTER: Final = re.compile(r"([a-z]+)[ \t]+([A-Z][a-z]*)\b")


def _office_noun(text: str, lo: int, verb: int) -> bool:
    """ "the last thing state Representative Karlee Macer wants": a reporting verb's base
    form right before a capitalised title or role ("state Sen.", "state Rep.") is a noun
    naming the office, not a verb whose reported clause the name after it opens."""
    if text.startswith(("said ", "says "), verb):
        return False  # the cheap test first: the usual verb forms end in "s" or "d"
    m = _WORD_AFTER.match(text, verb)
    if m is None or m.group(1).endswith(("s", "d")):
        return False  # "said Sen. Smith was wrong"
    nxt = m.group(2).lower()
    if nxt not in ROLE_WORDS and nxt not in TITLES:
        return False
    return prev_word(text, verb - 30 if verb - 30 > lo else lo, verb) not in BEFORE_BASE_VERB


def _participle_after_object(verb: str, initial: bool, prev: str | None) -> bool:
    """ "Mr Campbell then e-mailed Mr McFadyen pointing out the mistake": a participle
    right after a name that does not open its sentence (nor follows "with") belongs to
    the sentence's subject; the name is an object, not a speaker."""
    return not initial and prev != "with" and verb.endswith("ing") and "," not in verb


# "…, hired a new aide, retired judge ": a lower-case noun, a comma and a role before a name
_APPOSITIVE_BEFORE: Final = re.compile(r"\b[a-z]+,[ \t]+(?:[\w.-]+[ \t]+){0,3}$")


def _object_appositive(text: str, lo: int, pos: int, prev: str | None) -> bool:
    """Whether the name at pos is set off by a comma after a lower-case noun, with its role
    ("brought in a new chief of staff, retired judge Tom Ward, last month, ending …"): an
    appositive of an object, and the participle after its aside is the subject's."""
    if prev is None or prev not in ROLE_WORDS:
        return False
    return _APPOSITIVE_BEFORE.search(text, max(lo, pos - _ROLE_REACH), pos) is not None


_OPENER: Final = re.compile(r"[\"“‘'(]?[A-Z][a-z]{2,}(?:ed|ing)\b[^,.;:“”\"]{0,120},")


def _in_opener(text: str, lo: int, pos: int) -> bool:
    """Whether pos lies in a participle phrase that opens the sentence ("Asked if Mr
    Blunkett could return, …", "Speaking to Radio 4, …"): a name there is no subject."""
    m = _OPENER.match(text, lo)
    return m is not None and pos < m.end()


# the longest stretch before a name that _after_opener reads
_OPENER_MAX: Final = 72
# a short opening phrase and its comma: "On Monday, ", "In Dayton, Ohio, ", "Speaking to
# reporters, " (no quotation, no clause of its own after a semicolon or colon)
_OPENING_PHRASE: Final = re.compile(
    r"([A-Z][a-z]+)\b[^,;:\"“”‘’()]{0,48},(?:[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?,)?[ \t]+$"
)


def _after_opener(text: str, lo: int, pos: int) -> bool:
    """Whether a name stands where its sentence's subject does after a short opening
    phrase: "On Monday, Simon Webb said", "In Dayton, Ohio, Simon Webb plans", "Speaking
    to reporters, Webb said", "Last week, Webb sought" (a preposition's, a time's or a
    participle's phrase). A name inside the phrase is none ("Asked if Mr Blunkett could
    return, he replied")."""
    head = text[lo:pos].lstrip(" \"“‘'(")
    m = _OPENING_PHRASE.match(head)
    if m is None or m.end() != len(head):
        return False
    first = m.group(1).lower()
    return (
        first in PREPOSITIONS
        or first in OPENER_WORDS
        or (first.endswith("ing") and first != "according")
    )


def _clause_next(text: str, end: int) -> bool:
    """The cheap test before _FINITE_NEXT: a verb, an aside or a dash can follow."""
    ch = text[end : end + 1]
    if ch == " ":
        ch = text[end + 1 : end + 2]
    return ch.islower() or ch in ",(—–-"


def _inverted_cue(text: str, lo: int, pos: int, prev: str | None) -> bool:
    """ "…,” said X" / "…, noted X": a reporting verb after a comma or closing mark has
    its subject after it."""
    if prev not in REPORTING_VERBS or prev in NO_INVERSION or prev.endswith("ing"):
        # "…, told Agence France Presse": the addressee, not the speaker; "…, rebuking
        # Mr. Smith": a participle's name is its object, never an inverted speaker
        return False
    k = text.rfind(prev, lo, pos) - 1
    while k >= lo and text[k] in " \t":
        k -= 1
    return k >= lo and text[k] in INVERSION_AFTER


# "said Sun's chief operating officer ": a reporting verb, the owner's capitalised words
# and lower-case role words before a name
_CUE_ROLE_BEFORE: Final = re.compile(
    r"([a-z]+)[ \t]+(?:[A-Z][\w&\-]*[ \t]+){0,3}[A-Z][\w&\-]*(?:'s|’s)[ \t]+"
    r"(?:[a-z][\w\-]*[ \t]+){1,4}$"
)


def _cue_before_role(text: str, lo: int, pos: int, prev: str | None) -> bool:
    """ "…, said Sun's chief operating officer Jonathan Schwartz": the inverted cue's
    subject is the name after the owner and the role, not the owner."""
    if prev not in ROLE_WORDS:
        return False
    a = pos - 90 if pos - 90 > lo else lo
    if text.find("'s", a, pos) < 0 and text.find("’s", a, pos) < 0:
        return False  # the cheap test first: the pattern needs the owner's "'s"
    m = _CUE_ROLE_BEFORE.search(text, a, pos)
    return m is not None and _inverted_cue(text, lo, m.end(1), m.group(1))


# "The prime minister used his speech …", "The former senator has said …": a sentence
# that opens with "the", at most four lower-case words ending in a role noun, and a verb
_THE_WORDS: Final = re.compile(r"[Tt]he((?: [a-z][\w'’\-]*){1,4})")
_ROLE_HEADS: Final = frozenset(w for w in ROLE_WORDS if len(w) > 3 and w.isalpha())


# the forms of the verbs of a role -> the verb ("coaches", "directed" -> coach, direct)
_ROLE_VERB_FORMS: Final = {
    form: verb
    for verb in ROLE_VERBS
    for form in (
        verb,
        verb + ("es" if verb.endswith("ch") else "s"),
        verb + ("d" if verb.endswith("e") else "ed"),
    )
}
_PAST_FORMS: Final = frozenset(f for f in _ROLE_VERB_FORMS if f.endswith("d"))
_PAST_ENDS: Final = tuple(sorted(_PAST_FORMS))  # (for str.endswith)
# "with Jo Hart set to direct", "Sam Reid, who will coach the side", "directed by Jo
# Hart": a verb form a noun cannot take ("to direct", "who coaches", "directed by")
_NAME_RUN: Final = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,4})"  # (a name of 2-5 words)
# a role verb as _ROLE_VERB reads it, without the name: a test that it may match. The
# prescan decides it with role_verb_used (the same answer, by str.find: a regex pass
# that tries every position costs more than the rest of the test); kept as its definition
_ROLE_VERB_USED: Final = re.compile(
    r"\b(?:to|who(?: [a-z]+)?) (?:"
    + alternation(frozenset(_ROLE_VERB_FORMS))
    + r")\b|\b(?:"
    + alternation(_PAST_FORMS)
    + r") by "
)
_ROLE_VERB: Final = re.compile(
    r"\b"
    + _NAME_RUN
    + r",? (?:who (?:[a-z]+ )?|(?:[a-z]+ ){0,2}(?:"
    + alternation(ROLE_VERB_LEADS)
    + r") to )("
    + alternation(frozenset(_ROLE_VERB_FORMS))
    + r")\b|\b("
    + alternation(_PAST_FORMS)
    + r") by "
    + _NAME_RUN
)


# each verb of a role -> its forms (every form opens with the verb: "direct", "directs")
_FORMS_OF: Final = {
    verb: tuple(sorted((f for f, v in _ROLE_VERB_FORMS.items() if v == verb), key=len))
    for verb in ROLE_VERBS
}


# a verb of a role after a space (any form opens so: "direct", "directs", "directed"),
# with its forms
_SPACED_FORMS: Final = tuple((" " + verb, forms) for verb, forms in _FORMS_OF.items())


def _word_char(ch: str) -> bool:
    """Whether ch is a regex word character (\\w): a letter, a digit or "_"."""
    return ch.isalnum() or ch == "_"


def _led_to_role_verb(text: str, i: int) -> bool:
    """Whether the space at text[i] follows "to", "who" or "who" and a lower-case word,
    each a whole word (_ROLE_VERB_USED's "\\b(?:to|who(?: [a-z]+)?) ")."""
    if text.endswith("to", 0, i) and (i == 2 or not _word_char(text[i - 3])):
        return True
    if text.endswith("who", 0, i) and (i == 3 or not _word_char(text[i - 4])):
        return True
    r = i
    while r > 0 and "a" <= text[r - 1] <= "z":
        r -= 1  # the lower-case word before the space: "who will coach"
    if r == i or r < 4 or text[r - 1] != " " or not text.endswith("who", 0, r - 1):
        return False
    return r == 4 or not _word_char(text[r - 5])


def role_verb_used(text: str) -> bool:
    """Whether _ROLE_VERB_USED matches somewhere in text: a verb of a role after "to" or
    "who" ("set to direct", "who will coach"), or its participle before "by" ("directed
    by"): the verbs after a space and the "by"s found at C speed (a literal's search),
    each checked where it stands."""
    n = len(text)
    for spaced, forms in _SPACED_FORMS:
        i = text.find(spaced)
        while i >= 0:
            for form in forms:
                j = i + 1 + len(form)
                if (
                    text.startswith(form, i + 1)
                    and (j == n or not _word_char(text[j]))
                    and _led_to_role_verb(text, i)
                ):
                    return True
            i = text.find(spaced, i + 1)
    i = text.find(" by ")
    while i >= 0:
        if not text.endswith(_PAST_ENDS, 0, i):  # (the cheap test first: one at C speed)
            i = text.find(" by ", i + 1)
            continue
        k = i
        while k > 0 and "a" <= text[k - 1] <= "z":
            k -= 1  # the lower-case word before "by", whole: "directed", not "undirected"
        if text[k:i] in _PAST_FORMS and (k == 0 or not _word_char(text[k - 1])):
            return True
        i = text.find(" by ", i + 1)
    return False


# what lies between a name and its role verb (_ROLE_VERB): the name's characters, a comma,
# lower-case words and spaces
_LEAD_CHARS: Final = frozenset("'’-, ")
_LONGEST_FORM: Final = max(len(f) for f in _ROLE_VERB_FORMS)


def _role_verb_window(text: str) -> tuple[int, int]:
    """Where _ROLE_VERB's matches can lie: from the name before the first " VERB" or
    "PAST by " (a match holds one) to the form after the last " VERB" (and the character
    that closes it) or the name after the last "PAST by "."""
    starts = [i for spaced, _ in _SPACED_FORMS for i in occurrences(text, spaced)]
    ends = [i + 1 + _LONGEST_FORM + 1 for i in starts]
    for past in _PAST_FORMS:
        found = occurrences(text, past + " by ")
        starts += found
        ends += [i + len(past) + 4 for i in found]
    if not starts:
        return 0, 0
    a, b, n = min(starts), max(ends), len(text)
    while a > 0 and (text[a - 1] in _LEAD_CHARS or _word_char(text[a - 1])):
        a -= 1
    while b < n and (text[b] in _LEAD_CHARS or _word_char(text[b])):
        b += 1  # (the name after "by": its words, and spaces)
    return a, min(n, b + 1)


def register_role_verbs(article: Article, cast: Cast) -> None:
    """ "…, with Jo Hart set to direct. The director said …": a person named with a verb
    of a role (ROLE_VERBS) holds the role's noun, which a later "the director" stands for.
    After register_mentions: the name may be an entity of the cast already."""
    text = article.text
    if not role_verb_used(text):
        return  # (most articles: no pass of _ROLE_VERB, which tries every capital)
    for m in _ROLE_VERB.finditer(text, *_role_verb_window(text)):
        if m.group(1):
            a, b, verb = m.start(1), m.end(1), m.group(2)
        else:
            a, b, verb = m.start(4), m.end(4), m.group(3)
        k = bisect.bisect_left(cast.timeline, (a, -1, -1))
        # the first mention from a on, if it lies within the name (the timeline is sorted)
        idx = cast.timeline[k][1] if k < len(cast.timeline) and cast.timeline[k][0] < b else None
        if idx is None and m.group(1):
            # "…, with Jo Hart set to direct": the subject of an absolute clause, which
            # the prescan did not take for a referent (a person's name, no body's)
            title, role, name = split_name(text[a:b].split())
            if len(name) > 1 and not is_org(name, title, role):
                idx = cast.mention(NP(text[a:b].split(), a), a, 1)
        if idx is None or cast.entities[idx].kind != "person":
            continue
        noun = ROLE_VERBS[_ROLE_VERB_FORMS[verb]]
        held = cast.roles_before.setdefault(idx, [])
        if noun not in held:
            held.append(noun)


def register_role_subjects(article: Article, cast: Cast) -> None:
    """Register the sentences that open with a role and a verb ("The prime minister
    visited …") as mentions of the person holding it (Cast.by_role, which falls back to
    the person the article is about), as a subject: the referent of the "he" or "she"
    that follows. A role whose holder is not found, and one a reporting verb follows
    ("the first minister said": its cue finds its own speaker), go to cast.role_subjects,
    where the "he" after them is decided once the cast knows more. After
    count_mentions: the article's first person is known."""
    text = article.text
    # where ", the " stands, found once for the article (few sentences hold one), and
    # the next of them at or after the sentence read (sentences come in order)
    commas = occurrences(text, ", the ")
    k = 0
    for sent in article.sentences:
        lo = sent.start
        # (the cheap test first: most sentences open with no "T")
        if text[lo : lo + 1] == "T" and text.startswith("The ", lo):
            at = lo
        else:
            # "In a talk with Jo Bell about his film, the actor discussed …": a role after
            # the comma that closes an opening phrase
            while k < len(commas) and commas[k] < lo:
                k += 1
            if k == len(commas) or commas[k] + 6 > sent.end:
                continue  # no ", the " in the sentence
            comma = commas[k]
            if text.find(",", lo, comma) >= 0:
                continue
            first = text[lo : lo + 14].split(" ", 1)[0].lower()
            if first not in PREPOSITIONS and first not in SUBORDINATORS:
                continue
            at = comma + 2
        m = _THE_WORDS.match(text, at, sent.end)
        if m is None:
            continue
        words = m.group(1).split()
        end = at + 3
        for n, word in enumerate(words):
            end = text.index(word, end) + len(word)
            if word not in _ROLE_HEADS or (n + 1 < len(words) and words[n + 1] in _ROLE_HEADS):
                continue
            if _FINITE_NEXT.match(text, end, sent.end):
                idx = cast.by_role([word], at)
                if idx is not None and cast.entities[idx].kind == "person":
                    cast.note(at, idx, 1)
                    cast.mention_counts[idx] = cast.mention_counts.get(idx, 0) + 1
                else:
                    cast.role_subjects.append((at, word))  # a subject no one named holds
            elif reporting_verb_next(text, end, min(sent.end, end + 16)):
                # "the first minister said …": the cue finds its speaker itself; who holds
                # the role is decided for the "he" after it, once the cast knows more
                cast.role_subjects.append((at, word))
            break


_DEMONYMS_CAPITALISED: Final = frozenset(w.capitalize() for w in DEMONYMS)
# "the Dutchman", "the 29-year-old": the listed nationalities, capitalised, or an age
# (from "he ", a literal the regex engine finds fast; the "T" or "t" is checked after;
# the lookahead after "he ": most "the " are followed by a lower-case word, which then
# fails at one character, not at each first letter of the demonyms' alternation)
_DESCRIPTION: Final = re.compile(
    r"he (?=[\d"
    + "".join(sorted({re.escape(w[0]) for w in _DEMONYMS_CAPITALISED}))
    + r"])(?:\d{1,3}-year-old|"
    + trie_pattern(_DEMONYMS_CAPITALISED)
    + r")\b(?![ \t]+[A-Z])"
)


def register_descriptions(article: Article, cast: Cast, quoted: list[tuple[int, int]]) -> None:
    """Register "the Dutchman", "the 29-year-old" (outside quotations, not before another
    noun: "the American government") as mentions of the person they describe
    (Cast.described), weighed as a subject wherever they stand: a writer describes the
    person a passage is about. "The affair still rankles with the Dutchman. “…,” he
    said": the "he" is the Dutchman."""
    text = article.text
    found = []
    starts = [a for a, _ in quoted]
    for m in _DESCRIPTION.finditer(text):
        at = m.start() - 1
        if at < 0 or text[at] not in "Tt" or (at > 0 and text[at - 1].isalnum()):
            continue
        nxt = text[m.end() : m.end() + 16].split(None, 1)
        after = nxt[0].strip(".,;:!?\"”’'") if nxt else ""
        if after and text[m.end() : m.end() + 1] == " " and after.lower() not in AFTER_DESCRIPTION:
            continue  # "the 29-year-old striker", "the Russian economy": a modifier
        q = bisect.bisect_right(starts, at) - 1
        if q >= 0 and at < quoted[q][1]:
            continue
        before = text[max(0, at - 12) : at].split()
        if (before and before[-1].lower() in REPORTING_VERBS) or after.lower() in REPORTING_VERBS:
            continue  # "said the American", "the Dutchman said": the cue names the speaker
        found.append(at)
    for pos in found:
        idx = cast.described(pos, narrative=True)
        if idx is None:
            continue
        cast.note(pos, idx, 1)
