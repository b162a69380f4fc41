"""The cast of one article: names split into title, role and name; bodies told from
people; pronouns, bare surnames and roles resolved to the most recent fitting one."""

from __future__ import annotations

import pytest

from bot.articles.cast import (
    Cast,
    business_hints,
    business_intros,
    given_name,
    is_org,
    name_gender,
    split_name,
)
from bot.articles.phrases import NP
from bot.articles.quotes import attribute_article
from tests.support.news import cast_of, quote_with, story


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Mayor", "Tomas", "Berg"], (None, "Mayor", ["Tomas", "Berg"])),
        (["Mr.", "King"], ("Mr.", None, ["King"])),  # a courtesy title, then a surname
        (["Prime", "Minister"], (None, "Prime Minister", [])),  # a role names no one
        (["Ken", "Marsh", "QC"], (None, None, ["Ken", "Marsh"])),  # letters after a name
        (["NBC’s", "Dante", "Chinni"], (None, "NBC’s", ["Dante", "Chinni"])),
        (["Sky", "News’", "Ada", "Quill"], (None, "Sky News’", ["Ada", "Quill"])),  # plural
        (["Bank", "of", "Ireland"], (None, None, ["Bank"])),  # the name before "of"
        # a person noun that is no role word alone ("Wing", "Lock"), before a given name
        (["Wing", "Tomas", "Berg"], (None, "Wing", ["Tomas", "Berg"])),
        (["Lock", "Carly", "Haines"], (None, "Lock", ["Carly", "Haines"])),
        (["Lock", "Haven"], (None, None, ["Lock", "Haven"])),  # no given name: a place
        (["Wing", "Street", "Tomas"], (None, None, ["Wing", "Street", "Tomas"])),
        # one word (split_name's short path): a surname, a role, a possessive
        (["Halvorsen"], (None, None, ["Halvorsen"])),
        (["Minister"], (None, "Minister", [])),
        (["Halvorsen's"], (None, None, ["Halvorsen"])),
        (["'s"], (None, None, [])),
    ],
)
def test_split_name(words: list[str], expected: tuple) -> None:
    assert split_name(words) == expected


def test_bodies_and_people() -> None:
    assert is_org(["Dunmore", "Harbour", "Authority"], None, None)
    assert is_org(["RNLI"], None, None)  # an acronym
    assert is_org(["Downing", "Street"], None, None)  # a street that speaks for a body
    assert not is_org(["Ellen", "Rowe"], None, None)
    assert not is_org(["Rowe"], "Ms", None)  # a title says "a person"


def test_a_web_address_is_a_body() -> None:
    # a domain names a site or a firm, never a person; initials and "Jr." are no domain
    assert is_org(["TicketHound.com"], None, None)
    assert is_org(["Farmfresh.co.uk"], None, None)
    assert is_org(["Petition.org"], None, None)
    assert not is_org(["Alan", "Burke", "Jr."], None, None)
    assert not is_org(["J.R.", "Ewing"], None, None)
    # a stage name with dots ends in no listed top-level domain
    assert not is_org(["mc.kay"], None, None)
    assert not is_org(["Dj.flo"], None, None)


def test_a_web_address_that_speaks_is_listed_as_a_body() -> None:
    people, quotes = attribute_article(
        story(
            "Online ticket seller TicketHound.com said: “We refund every cancelled show.” "
            "It added that complaints had fallen."
        )
    )
    assert [(p.name, p.kind) for p in people if "TicketHound" in p.name] == [
        ("TicketHound.com", "organisation")
    ]
    assert quotes[0].speaker == "TicketHound.com"


TEXT = (
    "Mayor Tomas Berg opened the quay. Harbour master Ellen Rowe thanked the crews. "
    "She said the work was done. Berg said he was proud. "
    "The Dunmore Harbour Authority said it would pay."
)


def at(phrase: str) -> int:
    return TEXT.index(phrase)


@pytest.fixture
def cast() -> Cast:
    starts = [0, at("Harbour master"), at("She said"), at("Berg said"), at("The Dunmore")]
    cast = Cast(starts, TEXT)
    cast.mention(NP(["Mayor", "Tomas", "Berg"], at("Mayor")), at("Mayor"))
    cast.mention(NP(["Harbour", "master", "Ellen", "Rowe"], at("Harbour")), at("Harbour"))
    return cast


def test_names_keep_their_roles_and_given_name_gender(cast: Cast) -> None:
    berg, rowe = cast.entities
    assert (berg.name, berg.roles) == ("Tomas Berg", ["Mayor"])
    assert (rowe.name, rowe.roles, rowe.gender) == ("Ellen Rowe", ["Harbour master"], "f")


def test_she_is_the_woman_of_the_sentence_before(cast: Cast) -> None:
    she = cast.mention(NP(["she"], at("She said"), pronoun="she"), at("She said") + 4)
    assert she is not None and cast.entities[she].name == "Ellen Rowe"


def test_a_bare_surname_and_its_pronoun_are_the_person_named_before(cast: Cast) -> None:
    berg = cast.mention(NP(["Berg"], at("Berg said")), at("Berg said"))
    assert berg == 0
    he = cast.mention(NP(["he"], at("he was"), pronoun="he"), at("he was") + 3)
    assert he == berg


def test_it_is_the_body_and_a_role_is_the_person_who_holds_it(cast: Cast) -> None:
    body = cast.mention(
        NP(["Dunmore", "Harbour", "Authority"], at("Dunmore"), the=True), at("Dunmore")
    )
    assert body is not None and cast.entities[body].kind == "organisation"
    it = cast.mention(NP(["it"], at("it would"), pronoun="it"), at("it would") + 3)
    assert it == body
    mayor = cast.mention(NP(["the", "mayor"], len(TEXT), common=True), len(TEXT))
    assert mayor is not None and cast.entities[mayor].name == "Tomas Berg"


def test_we_has_no_single_referent(cast: Cast) -> None:
    assert cast.pronoun("we", at("She said")) is None


def test_a_middle_initial_is_part_of_the_name_not_an_article() -> None:
    assert split_name(["Roberta", "A.", "Kaplan"]) == (None, None, ["Roberta", "A.", "Kaplan"])


def test_a_common_given_name_tells_who_she_is() -> None:
    body = (
        "Judge Carly Haines adjourned the hearing. Prosecutor Marty Fagan spoke to "
        'reporters outside. "We will hear the appeal in May," she said.'
    )
    assert quote_with(body, "hear the appeal").speaker == "Carly Haines"


def test_a_word_that_opens_the_sentence_is_no_part_of_the_name_after_it() -> None:
    from bot.articles.quotes import attribute_article
    from tests.support.news import story

    body = (
        "Senator Dana Whitlow has spent the week in Ohio, where her rival may yet "
        "overtake her, or maybe not.\n\n"
        "Maybe Whitlow knows something the polls do not. Without Whitlow, the party "
        'would have no candidate, one aide said. "We are staying in the race," she '
        "said.\n\n"
        'Rival Harold Beck dismissed her chances. "She has no path left," Beck said.'
    )
    people, _ = attribute_article(story(body))
    names = {p.name for p in people}
    assert "Dana Whitlow" in names and "Harold Beck" in names
    assert not any(n.split()[0] in ("Maybe", "Without", "Rival") for n in names)
    assert quote_with(body, "no path left").speaker == "Harold Beck"


def test_the_next_item_of_a_list_of_people_is_no_role() -> None:
    from bot.articles.quotes import attribute_article
    from tests.support.news import story

    body = (
        "The prize went to young founders like chef Tayo Oyelaran, entrepreneur Paul "
        "Brandt and student Lena Kos, who built a water filter."
    )
    people, _ = attribute_article(story(body))
    roles = {p.name: p.role for p in people}
    assert "Tayo Oyelaran" in roles
    assert "Brandt" not in (roles["Tayo Oyelaran"] or "")


def test_a_brand_that_is_also_a_census_given_name_is_no_person() -> None:
    """ "Mercedes said": the census lists of given names hold brands, places and words
    ("Mercedes", "Darwin", "Basil"); listed, each would make its maker a person."""
    body = "Mercedes said on Monday that sales rose by 5%. Darwin council said it would pay."
    people, _ = attribute_article(story(body))
    kinds = {p.name: p.kind for p in people}
    assert kinds.get("Mercedes") == "organisation"
    assert kinds.get("Darwin") != "person"


def test_a_place_named_with_particles_is_no_person() -> None:
    assert split_name(["Place", "de", "la", "Concorde"])[2] != ["Place", "de", "la", "Concorde"]
    assert split_name(["Ursula", "von", "der", "Leyen"])[2] == ["Ursula", "von", "der", "Leyen"]


def test_a_group_noun_speaks_but_is_no_one_the_article_names() -> None:
    body = 'Critics said the plan was flawed. "It will fail," the critics said.'
    people, quotes = attribute_article(story(body))
    assert all(q.speaker and q.speaker.lower() == "critics" for q in quotes)
    assert not [p for p in people if p.name.lower() == "critics"]


def test_a_plural_occupation_opening_a_sentence_is_no_one_the_article_names() -> None:
    """ "Analysts said …" where the article never writes "analysts" in lower case: still
    a group, not an organisation for the people list; "the Chiefs" stays a team."""
    body = 'Analysts said the bid was too low. "It is a fair price," said Jo Hart of Evolve.'
    people, quotes = attribute_article(story(body))
    assert quotes[0].speaker == "Analysts"
    assert [p.name for p in people] == ["Jo Hart"]
    people, _ = attribute_article(story("The Chiefs said the match would go ahead."))
    assert [p.name for p in people] == ["Chiefs"]


def test_a_pronoun_gives_no_gender_to_a_word_not_known_as_a_person() -> None:
    """ "Kingfisher said she …": a lone unknown word may be a body (it is listed as one),
    so the pronoun after it does not make it a woman; a full name is given one."""
    text = "Kingfisher said she would cut jobs. Anna Lind said she agreed."
    cast = Cast([0, text.index("Anna")], text)
    brand = cast.mention(NP(["Kingfisher"], 0), 0, 2)
    cast.pronoun("she", text.index("would"), text.index("she"))
    start = text.index("Anna")
    person = cast.mention(NP(["Anna", "Lind"], start), start, 2)
    assert brand is not None and person is not None
    cast.pronoun("she", text.index("agreed"), text.rindex("she"))
    assert cast.entities[brand].gender is None
    assert cast.entities[person].gender == "f"


def test_a_role_says_the_gender_its_holder_has() -> None:
    # "chairwoman" says a woman: the "he" after her is the man she met
    body = (
        "Party Chairwoman Arden Vale met the farmer Pat Rourke on Monday.\n\n"
        "“We agreed on nothing at all,” he said."
    )
    assert quote_with(body, "agreed on nothing").speaker == "Pat Rourke"


def test_a_compound_surname_alone_is_the_person_named_in_full() -> None:
    body = (
        "Party chair Lucia Mendes Ortega opened the convention on Monday.\n\n"
        "“We leave this hall united,” Mendes Ortega said."
    )
    assert quote_with(body, "leave this hall").speaker == "Lucia Mendes Ortega"


def test_a_subject_takes_the_gender_of_the_she_that_follows_it() -> None:
    # no title or listed given name says who Morgan Lisle is; "she" in her own sentence
    # does, so the "he" of the quote is the other member
    body = (
        "Rory Tamsin asked about the budget.\n\n"
        "Morgan Lisle answered first, and she closed the meeting early.\n\n"
        "“We will not publish the accounts,” he said."
    )
    assert quote_with(body, "publish the accounts").speaker == "Rory Tamsin"


def test_a_subject_takes_the_gender_of_the_he_of_the_next_sentence() -> None:
    # no given name says who President Okafor is; the "he" of the next sentence of the
    # paragraph, with no one named before it, does: the "she" later is not Okafor
    body = (
        "At the same time, President Okafor has proposed new duties on imported steel. "
        "Nor has he ruled out a ban on cheap tyres.\n\n"
        "If Senator Joan Hale is wavering on the pact, she is Okafor's equal in plans "
        "to help factory towns.\n\n"
        'She has proposed "a trade court that sits every week to hear workers."'
    )
    cast = cast_of(body)
    okafor = next(e for e in cast.entities if e.name == "Okafor")
    assert okafor.gender == "m"


def test_a_he_in_the_next_paragraph_gives_no_gender() -> None:
    # a new paragraph may be about someone else: no vote from its pronoun
    body = (
        "President Okafor has proposed new duties on imported steel.\n\n"
        "Nor has she ruled out a ban on cheap tyres."
    )
    okafor = next(e for e in cast_of(body).entities if e.name == "Okafor")
    assert okafor.gender is None


def test_a_preposition_that_opens_the_sentence_is_no_part_of_the_name() -> None:
    text = "Outside Hartwell's plant, workers waited. Amid Brexit, traders sold."
    cast = Cast([0, 42], text)
    assert cast.stray_opener(["Outside", "Hartwell's"], 0)
    assert cast.stray_opener(["Amid", "Brexit"], 42)


def test_split_name_leaves_its_words_alone() -> None:
    """The short paths share no list with the caller: the words stay as they were."""
    for words in (
        ["Halvorsen"],
        ["Tomas", "Berg"],
        ["Mayor", "Tomas", "Berg"],
        ["Ken", "Marsh", "QC"],
    ):
        kept = list(words)
        _, _, name = split_name(words)
        name.append("x")
        assert words == kept


_PAIR_WORDS = [
    *(
        "Tomas Berg Mayor Mr Mr. Dr Sir President Minister Chief Prime The the Of of de De van "
        "A. J. UK BBC Lewis-Francis Man-of-the-match Co-Chairman Berg's Sky News’ O'Neill "
        "Police Monday Former former And When Rival St Saint Jr QC MP Home Office spokesman"
    ).split(),
    "",
]


def test_a_plain_pair_splits_as_the_general_path_splits_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """split_name's short path for two words ("Tomas Berg") gives what its general walk
    gives, over pairs of names, titles, roles, particles, initials and possessives."""
    import bot.articles.cast as cast_module

    short = {}
    for first in _PAIR_WORDS:
        for last in _PAIR_WORDS:
            short[first, last] = (split_name([first, last]), cast_module._plain_pair([first, last]))
    monkeypatch.setattr(cast_module, "_plain_pair", lambda words: False)
    for (first, last), (got, _) in short.items():
        assert got == split_name([first, last]), (first, last)
    assert short["Tomas", "Berg"] == ((None, None, ["Tomas", "Berg"]), True)
    assert not short["Mayor", "Berg"][1] and not short["Berg's", "Berg"][1]


@pytest.mark.parametrize(
    ("sentence", "passive"),
    [
        ("The last word to be said about the plan", True),
        ("Nothing was said about the bridge", True),
        ("The mayor has been told twice", True),
        ("The mayor  said it twice", False),  # two spaces: the slow path
        ("The mayor said it twice", False),  # "mayor" ends as no auxiliary: the cheap test
        ("The mayors said it twice", False),  # ends in "s": prev_word decides
    ],
)
def test_passive_reporting_verb(sentence: str, passive: bool) -> None:
    from bot.articles.quotes.mentions import _passive

    verb = next(sentence.find(v) for v in ("said", "told") if v in sentence)
    assert _passive(sentence, 0, verb) is passive


def test_the_passive_cheap_test_never_says_no_where_the_word_before_says_yes() -> None:
    """_passive's cheap test (the text before the space ends with an auxiliary) against
    its definition, the word before the verb, over random strings of auxiliaries, their
    pieces and other words, spaces and tabs, at every position and window start."""
    import random

    from bot.articles.lexicon import PASSIVE_AUX
    from bot.articles.quotes.mentions import _passive
    from bot.articles.tokens import prev_word

    rng = random.Random(7)
    pieces = [*PASSIVE_AUX, "has", "he", "Was", "thebe", "were-", "x", "é", " ", "  ", "\t", "."]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) + " said"
        verb = len(text) - 4
        for lo in range(verb + 1):
            assert _passive(text, lo, verb) is (
                prev_word(text, max(lo, verb - 12), verb) in PASSIVE_AUX
            )


def test_every_modifier_ending_opens_with_a_hyphen() -> None:
    """register_mentions, phrases.modifier and np_back look for a "-" before the
    MODIFIER_ENDINGS (their cheap test)."""
    from bot.articles.lexicon import MODIFIER_ENDINGS

    assert all(ending.startswith("-") for ending in MODIFIER_ENDINGS)


def test_a_relation_of_the_role_is_read_as_a_whole_word() -> None:
    """ "The actor's friend X" names X by a relation to "the actor"; "the benefactor's
    friend X" does not, though it holds the letters "actor's"."""
    for text, related in (
        ("The actor's friend Paul Kemp told a magazine.", True),
        ("The benefactor's friend Paul Kemp told a magazine.", False),
        ("The actor’s old friend Paul Kemp told a magazine.", True),
    ):
        cast = Cast([0], text)
        assert cast._of_the("actor", text.index("Paul")) is related, text


def test_a_town_the_text_names_with_its_country_is_a_place_no_he_can_stand_for() -> None:
    text = "Tarsk was quiet. The raid on Tarsk, Libya, lasted an hour. He said it was over."
    cast = Cast([0, text.index("The"), text.index("He")], text)
    town = cast.mention(NP(["Tarsk"], 0), 0, 2)
    assert town is not None and town in cast.places
    assert cast.pronoun("he", text.index("said"), text.index("He")) is None


def test_a_venue_of_three_words_ending_in_a_place_word_is_a_place_after_a_given_name() -> None:
    text = "She fought at Madison Square Garden in 1971. Graeme Garden said he was there."
    cast = Cast([0, text.index("Graeme")], text)
    venue = cast.mention(NP(["Madison", "Square", "Garden"], 14), 14, 0)
    person = cast.mention(NP(["Graeme", "Garden"], text.index("Graeme")), text.index("Graeme"), 2)
    assert venue in cast.places and person not in cast.places


def test_a_rugby_position_before_a_name_is_no_part_of_it() -> None:
    # "Wing Tomas Berg": the position describes the player, it is no given name
    body = (
        "Wing Tomas Berg says the side can still win the title.\n\n"
        '"We have three home games left and nobody fears us more than ourselves," said Berg.'
    )
    people, _ = attribute_article(story(body))
    names = {p.name for p in people}
    assert "Tomas Berg" in names
    assert not any(name.startswith("Wing") for name in names)
    assert quote_with(body, "three home games").speaker == "Tomas Berg"


def test_a_possessive_in_an_appositive_is_not_the_gender_of_the_name() -> None:
    # "Quinlan Ashby, his longtime aide": "his" is Tamsin's, so the "she" is Ashby
    body = (
        "Rory Tamsin opened the meeting.\n\n"
        "Quinlan Ashby, his longtime aide, handed out the papers.\n\n"
        "“We will publish the accounts next week,” she said."
    )
    assert quote_with(body, "publish the accounts").speaker == "Quinlan Ashby"


def test_a_first_subject_after_an_opening_phrase_takes_the_gender_of_the_she_after_it() -> None:
    # no title or listed given name says who Quinlan Ashby is; the "she" after her, the
    # first person of her sentence, does: the "he" of the quote is the other member
    body = (
        "Rory Tamsin asked about the budget on Monday.\n\n"
        "At the plant, Senator Quinlan Ashby spoke for an hour before she left.\n\n"
        "“We will not publish the accounts,” he said."
    )
    assert quote_with(body, "publish the accounts").speaker == "Rory Tamsin"


def test_a_relation_before_a_comma_and_a_name_says_its_gender() -> None:
    # "her brother, Dace Morwen": no listed given name says who Dace Morwen is; the
    # relation before the comma does, so the "she" of the quote is the baker
    body = (
        "The bakery on Quay Street will close in March after forty years. Its owner is "
        "Margaret Morwen, who took it over in 1998 with her brother, Dace Morwen, now retired "
        "to Cornwall.\n\n"
        "“The rent doubled and the ovens are older than I am,” she said."
    )
    assert quote_with(body, "ovens are older").speaker == "Margaret Morwen"


def test_a_unisex_given_name_takes_the_gender_of_the_pronouns_after_it() -> None:
    # "Pat" is no man's name alone: the "she" after Corrigan, the first subject of her
    # sentence, says who she is, and the quote is hers, not the man's named before
    body = (
        "The delegates include businessman Jefferson Shreve and state Sen. Pat Corrigan.\n\n"
        "Reached by phone, Corrigan agreed that she was not in the governor's camp.\n\n"
        "“I am supporting the mayor,” she said, and hung up."
    )
    assert quote_with(body, "supporting the mayor").speaker == "Pat Corrigan"


def test_a_unisex_given_name_alone_says_no_gender() -> None:
    corrigan = next(
        e
        for e in cast_of("State Sen. Pat Corrigan opened the session.").entities
        if e.name == "Pat Corrigan"
    )
    assert corrigan.gender is None


@pytest.mark.parametrize(
    ("text", "gender", "expected"),
    [
        ("Mr. Khan opened the shop. Ms. Khan ran the books.", "f", True),
        ("Mr Khan opened the shop. Ms Khan ran the books.", "f", True),
        ("Mrs Khan ran the books.", "m", True),
        ("Ms. Khan ran the books.", "m", True),
        ("Mr Khanna opened the shop. Ms Khan ran the books.", "f", False),  # whole surname
        ("Miss Khan served tea.", "m", False),  # (only "Mrs" and "Ms")
        ("Dr Khan opened the shop.", "f", False),  # a title of no gender
    ],
)
def test_a_courtesy_title_of_the_other_gender(text: str, gender: str, expected: bool) -> None:
    """The titles are lexicon lists (MALE_COURTESY_TITLES, FEMALE_COURTESY_TITLES)."""
    assert Cast([0], text)._other_titled("Khan", gender) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares in Harbour & Quay rose on Monday.", "Harbour & Quay"),
        ("Shares in Bank of Eastfield fell.", "Bank of Eastfield"),
        ("Shares in Millbrook and Sons fell.", "Millbrook and Sons"),
    ],
)
def test_a_business_name_holds_its_small_linking_words(text: str, name: str) -> None:
    """The links are a lexicon list (BUSINESS_NAME_LINKS)."""
    assert [m.group(1) for m in business_intros(text)] == [name]


@pytest.mark.parametrize(
    "text", ["Harbour Light chief spokesman", "Harbour Light managing executive"]
)
def test_a_business_voice_may_open_with_its_rank(text: str) -> None:
    """The ranks are a lexicon list (BUSINESS_VOICE_RANKS)."""
    assert [m.group(1) for m in business_hints(text)] == ["Harbour Light"]


def test_is_org_reads_inner_capitals_and_capitalised_links() -> None:
    # one word with an inner capital after no surname's prefix, and a run with a
    # capitalised preposition or "And" inside, name bodies; "McKenna", "DeLay" are surnames
    assert is_org(["VeldtMotor"], None, None)
    assert is_org(["Writers", "Against", "Censorship"], None, None)
    assert is_org(["Friends", "And", "Neighbours"], None, None)
    assert not is_org(["McKenna"], None, None)
    assert not is_org(["DeLay"], None, None)
    assert not is_org(["Ludwig", "Van", "Stam"], None, None)


@pytest.mark.parametrize(
    ("word", "given"),
    [("jean-marc", True), ("marie-claire", True), ("coca-cola", False), ("anglo-french", False)],
)
def test_a_hyphenated_pair_of_given_names_is_a_given_name(word: str, given: bool) -> None:
    assert given_name(word) is given


def test_the_second_half_of_a_hyphenated_given_name_says_the_gender() -> None:
    assert name_gender(None, ["Marie-Claire", "Vogt"]) == "f"
    assert name_gender(None, ["Jean-Marc", "Delorme"]) == "m"
