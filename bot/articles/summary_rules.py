"""What a summary sentence must not be: a dangling opener, a reader's first-person
aside, or a restatement of a sentence already chosen.

Each test is cheap and local to one sentence (or one pair), so the picker can apply them
to every candidate it looks at.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from bot.articles.lexicon import (
    ANAPHORIC_OPENERS,
    FIRST_PERSON_LOWER,
    INVERTED_SPEAKER_VERBS,
    NAME_HONORIFICS,
    PERSON_PRONOUNS_SHORT,
    PRONOUN_SPEAKER_VERBS,
    SPEAKER_PRONOUNS,
    alternation,
)
from bot.articles.model import Sentence

_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:(?:"
    + alternation(SPEAKER_PRONOUNS)
    + r")\s+(?:"
    + alternation(PRONOUN_SPEAKER_VERBS)
    + r")|(?:"
    + alternation(INVERTED_SPEAKER_VERBS)
    + r")\s+(?:"
    + alternation(SPEAKER_PRONOUNS)
    + r"))\b",
    re.IGNORECASE,
)
# The writer's own first person: "I", "I'm", "my", and the lower-case "i" of informal
# comments ("me"/"my" lower case only, so that abbreviations in capitals never match;
# no "i." so that "i.e." does not).
_FIRST_PERSON = re.compile(
    r"\b[Ii]\b(?:['’](?:m|ve|d|ll))?(?![.\w])|\b(?:" + alternation(FIRST_PERSON_LOWER) + r")\b"
)
# Quoted stretches within one sentence: "...", “...”, and a quote left open to the end.
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)|‘[^’]*’(?=\W|$)")

# Weighted share of the shorter sentence's terms found in the other from which two
# sentences say the same thing (the seed's lead and its "Agencies add:" restatement
# share about 0.6; sentences that merely share the story's names, 0.2 to 0.4).
DUPLICATE = 0.5


def needs_previous(sentence: Sentence) -> bool:
    """True when the sentence leans on the one before: an anaphoric or connective first
    word (He, It, But, However...) or a pronoun for its speaker ("..., he said")."""
    if sentence.index == 0:  # the headline introduces the first sentence
        return False
    first = _FIRST_WORD.match(sentence.text)
    if first and first.group(1).lower() in ANAPHORIC_OPENERS and sentence.text[:1] not in "\"“‘'":
        return True
    return bool(_PRONOUN_SPEAKER.search(sentence.text))


_PERSON_PRONOUN = PERSON_PRONOUNS_SHORT
# A person's name: an honorific and a capitalised word, or two capitalised words.
_NAME = re.compile(
    r"\b(?:" + alternation(NAME_HONORIFICS) + r")\.?\s+[A-Z]|"
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+"
)


def antecedent(sentences: Sequence[Sentence], index: int) -> int | None:
    """The sentence a leaning sentence leans on, or None if it stands on its own.

    A connective (But, However...) or a neuter pronoun (It, They, This...) leans on the
    sentence just before it. "He"/"She" (or "..., he said") leans on the latest earlier
    sentence that names someone: by recency, that is who the pronoun means, so a summary
    that holds that sentence, with no other name in between, reads right without the
    sentences the article put between them."""
    sentence = sentences[index]
    if not needs_previous(sentence):
        return None
    first = _FIRST_WORD.match(sentence.text)
    word = first.group(1).lower() if first else ""
    if word in _PERSON_PRONOUN or (
        word not in ANAPHORIC_OPENERS and _PRONOUN_SPEAKER.search(sentence.text)
    ):
        for j in range(index - 1, -1, -1):
            if names_someone(sentences[j]):
                return j
    return index - 1


def names_someone(sentence: Sentence) -> bool:
    """Whether the sentence names a person (or at least a proper noun of two words) past
    its first word, which is capitalised whatever it is."""
    first = _FIRST_WORD.match(sentence.text)
    return bool(_NAME.search(sentence.text, first.end(1) if first else 0))


def first_person_aside(sentence: Sentence, quoted: float) -> bool:
    """True when the sentence speaks in the first person outside quotation marks ("I
    think I'm obsessed..."): a reader's comment or a writer's aside, not reporting.
    `quoted` is the share of the sentence inside quotation marks (a quote that runs on
    from an earlier sentence has no marks of its own in this one)."""
    if quoted >= 0.5:
        return False
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", sentence.text)))


def containment(a: frozenset[str], b: frozenset[str], weight: Mapping[str, float]) -> float:
    """Weighted share of the smaller term set's weight that the other set holds (0..1)."""
    shared = a & b
    if not shared:
        return 0.0
    smaller = min(math.fsum(map(weight.__getitem__, a)), math.fsum(map(weight.__getitem__, b)))
    return math.fsum(map(weight.__getitem__, shared)) / smaller if smaller else 0.0


def comment_section(paragraph_starts: Sequence[int], asides: Sequence[bool]) -> int | None:
    """Where a readers' comment section begins, if the article ends in one: the first
    paragraph that opens with a first-person aside and after which asides make at least
    half of the sentences. Its other sentences ("These people are pathetic.") are
    readers' voices too, though not in the first person."""
    n = len(asides)
    tail = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        tail[i] = tail[i + 1] + asides[i]
    for start in paragraph_starts:
        if asides[start] and 2 * tail[start] >= n - start:
            return start
    return None
