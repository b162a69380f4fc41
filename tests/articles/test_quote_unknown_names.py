"""A full name whose given name no list holds: the text's own evidence that it names a
person (the subject before the next "he"/"she", a role with a prefix), and the places and
bodies that evidence must never make people."""

from __future__ import annotations

from tests.support.news import cast_of
from tests.support.news import quote_with as _said


def test_subject_then_she_said_after_the_quotation() -> None:
    body = 'Orlaith Oxtoby nominated Ken. "Ken is a difficult man to live with," she said.'
    assert _said(body, "difficult man").speaker == "Orlaith Oxtoby"


def test_subject_then_she_said_before_the_quotation() -> None:
    body = 'Orlaith Oxtoby nominated Ken.\n\nShe said: "Ken is a difficult man to live with."'
    assert _said(body, "difficult man").speaker == "Orlaith Oxtoby"


def test_subject_with_an_appositive_then_he() -> None:
    body = (
        "Tovin Arrasco, a Vorn, Ohio, native and former miner, opened a second shop in March. "
        'He said: "The queue went round the block on the first morning."'
    )
    assert _said(body, "queue went round").speaker == "Tovin Arrasco"


def test_role_with_a_prefix_is_a_role() -> None:
    body = (
        "The singer's ex-wife Orlaith Oxtoby nominated Ken and Rod for eviction. "
        'She said: "Rod is a difficult man to live with."'
    )
    assert _said(body, "difficult man").speaker == "Orlaith Oxtoby"


def test_a_place_that_opens_a_sentence_is_no_person() -> None:
    body = 'New Orleans flooded overnight. She said: "We lost everything in the water."'
    assert _said(body, "lost everything").speaker is None


def test_a_place_named_after_in_is_no_person() -> None:
    body = (
        "Gorton Vale flooded overnight. Rescue crews worked in Gorton Vale until dawn. "
        'She said: "We lost everything in the water."'
    )
    assert _said(body, "lost everything").speaker is None


def test_a_body_that_opens_a_sentence_is_no_person() -> None:
    body = 'Royal Mail cut 300 jobs on Monday. He said: "This is a sad day for the workers."'
    assert _said(body, "sad day").speaker is None


def test_another_person_between_blocks_the_evidence() -> None:
    body = (
        "Orlaith Oxtoby opened the fair. Mayor Janet Reed cut the ribbon. "
        'She said: "This fair is the best in the county."'
    )
    assert _said(body, "best in the county").speaker == "Janet Reed"


def test_the_spelt_out_pronoun_pattern_agrees_with_the_word_list() -> None:
    import re

    from bot.articles.lexicon import PERSON_PRONOUNS_SHORT, alternation
    from bot.articles.quotes.mentions import _NEXT_PRONOUN

    plain = re.compile(r"\b(?i:" + alternation(PERSON_PRONOUNS_SHORT) + r")\b")
    text = (
        "SHE said the shed was hers; Hers and HIS went to him (she) “He” — the_he her. "
        "Hıs hİm ſhe ſHE hER Ahe shell; ashe he's, his2 HE"
    )
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            want = plain.search(text, a, b)
            got = _NEXT_PRONOUN.search(text, a, b)
            assert (got and got.span()) == (want and want.span()), (a, b)


def test_a_name_after_from_then_a_quotation_cued_by_she() -> None:
    # no list knows "Orlaith": the quotation after the sentence, cued by "she", with no
    # one else in play, makes the name after "from" a woman and the speaker
    body = (
        "Senator Tom Ward voted against the bill on Tuesday. The plan drew a sharp reply, "
        "in a post from Orlaith Oxtoby.\n\n"
        "“We will fight it in every court, and his fellow senators know it,” she wrote."
    )
    assert _said(body, "fight it in every court").speaker == "Orlaith Oxtoby"


def test_a_subject_before_the_name_after_with_is_the_he() -> None:
    # "he" may be Tom Ward: no evidence that Tovin Arrasco is a man, or a person
    body = (
        "Senator Tom Ward met with Tovin Arrasco on Tuesday.\n\n"
        "“We agreed on nothing at all,” he said."
    )
    assert _said(body, "agreed on nothing").speaker == "Tom Ward"
    assert "Tovin Arrasco" not in [e.name for e in cast_of(body).entities]


def test_a_pronoun_before_the_name_after_with_is_someone_in_play() -> None:
    # "she" before the name: the woman of the sentence before, not the name after "with"
    body = (
        "Ellen Rowe won the title in March. Later she played the final with Orlaith "
        "Oxtoby.\n\n“I might play some singles events this season,” she added."
    )
    assert _said(body, "singles events").speaker == "Ellen Rowe"
    assert "Orlaith Oxtoby" not in [e.name for e in cast_of(body).entities]


def test_a_pronoun_that_opens_a_new_sentence_after_a_quotation_is_no_cue() -> None:
    # "She later resigned" reports nothing: no evidence that Orlaith Oxtoby is a woman,
    # or a person at all
    body = (
        "Senator Tom Ward voted against the bill on Tuesday. The plan drew a sharp reply, "
        "in a post from Orlaith Oxtoby.\n\n"
        "“We will fight it in every court.” She later resigned from the committee."
    )
    assert "Orlaith Oxtoby" not in [e.name for e in cast_of(body).entities]


def test_the_spelt_out_gendered_pattern_agrees_with_the_word_list() -> None:
    import re

    from bot.articles.cast import _GENDERED
    from bot.articles.lexicon import GENDERED_SUBJECT_PRONOUNS, alternation

    words = GENDERED_SUBJECT_PRONOUNS | {w.capitalize() for w in GENDERED_SUBJECT_PRONOUNS}
    plain = re.compile(r"\b(" + alternation(words) + r")\b")
    text = (
        "She said he saw himself; Hers, his and HERSELF (he) “She” — the_he ashe Ahis "
        "his2 herselfish shed hers' she's Himself. He_ é he hé shell HIS he"
    )
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            want = plain.search(text, a, b)
            got = _GENDERED.search(text, a, b)
            assert (got and (got.span(), got.group(1))) == (
                want and (want.span(), want.group(1))
            ), (a, b)


def test_the_affiliation_aside_test_agrees_with_a_search_of_the_whole_window() -> None:
    import random

    from bot.articles.quotes.mentions import _AFFILIATION_ASIDE, _closes_affiliation

    words = ["Ann", "Lee", "head", "chief", "of", "at", "from", "the", "US", "firm"]
    words += ["Vorn", "Labs", "Co.", ",", ", ", "said", "x-ray", "\n"]
    rng = random.Random(5)
    found = 0
    for _ in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(3, 30))).replace(" ,", ",")
        for pos in range(len(text) + 1):
            for lo in (0, pos - 30 if pos > 30 else 0):
                want = _AFFILIATION_ASIDE.search(text, pos - 80 if pos - 80 > lo else lo, pos)
                assert _closes_affiliation(text, lo, pos) == (want is not None), (text, lo, pos)
                found += want is not None
    assert found  # (the texts hold such asides)


def test_the_spelt_out_works_pattern_agrees_with_the_plain_one() -> None:
    import re

    from bot.articles.lexicon import WORK_MAKERS, alternation
    from bot.articles.quotes.mentions import _WORKS_BEFORE

    plain = re.compile(
        rf"\b[Tt]he (?:{alternation(WORK_MAKERS)}) of (?:[A-Z][\w'’-]*(?:, | and | & | ))*$"
    )
    text = "xthe star of Dune and Rye, said The author of A, B & C_the star of X and the star of "
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            want = plain.search(text, a, b)
            got = _WORKS_BEFORE.search(text, a, b)
            assert (got and got.span()) == (want and want.span()), (a, b)


def test_the_spelt_out_passive_by_pattern_agrees_with_the_plain_one() -> None:
    import re

    from bot.articles.lexicon import PASSIVE_AUX, alternation
    from bot.articles.quotes.mentions import _PASSIVE_BY

    plain = re.compile(
        r"\b(?:" + alternation(PASSIVE_AUX - {"be", "being"}) + r")\s+(?:\w+ly\s+)?"
        r"[a-z]+(?:ed|en|wn)\s+by\s+(?:[\w'’\-]+\s+){0,5}$"
    )
    text = "It was praised by chief Ann Lee, this was hidden by a_was known by the\nwas shown by "
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            want = plain.search(text, a, b)
            got = _PASSIVE_BY.search(text, a, b)
            assert (got and got.span()) == (want and want.span()), (a, b)


def test_a_hyphenated_pair_of_given_names_names_a_person() -> None:
    body = (
        "Veteran Carla Ruiz beat Marie-Claire Vogt in the final in Doha on Sunday.\n\n"
        "Vogt served well but could not break her opponent's rhythm. "
        '"It was a big day for me, and I learned a lot," said the Austrian.'
    )
    assert _said(body, "a big day for me").speaker == "Marie-Claire Vogt"


def test_a_hyphenated_given_name_then_the_youngster_said() -> None:
    body = (
        "Coach Paul Dreyer named his squad for the Six Nations on Tuesday. "
        '"We are ready," said the coach.\n\n'
        "Meanwhile, Toulon wing Jean-Marc Delorme is thrilled to be called up. "
        '"I did not see it coming," the youngster said.'
    )
    assert _said(body, "did not see it coming").speaker == "Jean-Marc Delorme"
