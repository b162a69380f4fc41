"""The library-wide people registry: merging spelling variants, keeping namesakes apart,
and autocomplete."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.articles.model import Person
from bot.articles.people import PeopleRegistry


def _registry() -> PeopleRegistry:
    return PeopleRegistry.build(
        [
            (
                "geneva.txt",
                [
                    Person("Sergey Lavrov", "Russian Foreign Minister", ("Lavrov", "Mr Lavrov")),
                    Person("Antony Blinken", "US Secretary of State", ("Blinken",)),
                    Person("Moscow", kind="organisation"),
                ],
            ),
            ("talks.txt", [Person("Sergei Lavrov", None, ("Lavrov",)), Person("Hillary Clinton")]),
            ("wedding.txt", [Person("Chelsea Clinton", "daughter"), Person("Hillary Clinton")]),
            ("kremlin.txt", [Person("Sergey Lavrov"), Person("the Moscow", kind="organisation")]),
        ]
    )


def test_spelling_variants_merge() -> None:
    registry = _registry()
    lavrov = registry.canonical("Sergei Lavrov")
    assert lavrov is not None
    assert lavrov.name == "Sergey Lavrov"
    assert {"Sergei Lavrov", "Mr Lavrov", "Lavrov"} <= set(lavrov.aliases)
    assert lavrov.role == "Russian Foreign Minister"
    assert registry.canonical("Mr Lavrov") == lavrov
    assert registry.canonical("lavrov") == lavrov


def test_namesakes_stay_apart() -> None:
    registry = _registry()
    hillary = registry.canonical("Hillary Clinton")
    chelsea = registry.canonical("Chelsea Clinton")
    assert hillary is not None and chelsea is not None
    assert hillary != chelsea
    assert chelsea.role == "daughter"


def test_organisations_are_kept_apart_from_people() -> None:
    registry = _registry()
    moscow = registry.canonical("Moscow")
    assert moscow is not None and moscow.kind == "organisation"
    assert registry.articles_of("Moscow") == ["geneva.txt", "kremlin.txt"]


def test_articles_of_a_person() -> None:
    registry = _registry()
    assert registry.articles_of("Sergei Lavrov") == ["geneva.txt", "talks.txt", "kremlin.txt"]
    assert registry.articles_of("Nobody Atall") == []


def test_find_by_surname_prefix_and_typo() -> None:
    registry = _registry()
    assert registry.find("lavrov")[0].name == "Sergey Lavrov"
    assert registry.find("lav")[0].name == "Sergey Lavrov"
    assert registry.find("lavorv")[0].name == "Sergey Lavrov"
    assert registry.find("Sergei La")[0].name == "Sergey Lavrov"
    assert {p.name for p in registry.find("clinton")} == {"Hillary Clinton", "Chelsea Clinton"}


def test_empty_query_lists_most_mentioned_first() -> None:
    registry = _registry()
    names = [p.name for p in registry.find("")]
    assert names[0] == "Sergey Lavrov"
    assert len(registry.find("", limit=2)) == 2


def test_unknown_names() -> None:
    registry = _registry()
    assert registry.canonical("") is None
    assert registry.canonical("Zebedee Quux") is None
    assert registry.find("zzzzzz") == []


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_find_never_raises(query: str) -> None:
    registry = _registry()
    assert len(registry.find(query)) <= 25
    registry.canonical(query)
    registry.lookup(query)
    registry.articles_of(query)


def test_bad_input_to_find() -> None:
    registry = _registry()
    for query in ["", " ", "x" * 6000, "!!!???", "🙂🙂", "**bold** _x_", "@everyone", "<@123>"]:
        assert isinstance(registry.find(query), list)


def test_autocomplete_lists_the_most_quoted_first() -> None:
    registry = _registry()
    clinton = registry.canonical("Clinton")
    # before any quotes are counted, the most mentioned come first
    assert registry.find("")[0].name in ("Sergey Lavrov", "Hillary Clinton")
    registry.rank_by_quotes({"Antony Blinken": 4, "Chelsea Clinton": 1, "Nobody Known": 9})
    names = [p.name for p in registry.find("")]
    assert names[:2] == ["Antony Blinken", "Chelsea Clinton"]
    assert registry.find("clinton")[0].name == "Chelsea Clinton"
    # resolving a name does not depend on the autocomplete order
    assert registry.canonical("Clinton") == clinton


def test_bare_surname_joins_the_most_mentioned_namesake() -> None:
    registry = PeopleRegistry.build(
        [
            ("brief.txt", [Person("Clinton", "former secretary of state")]),
            ("wedding.txt", [Person("Chelsea Clinton", "daughter")]),
            ("rally.txt", [Person("Hillary Clinton")]),
            ("debate.txt", [Person("Hillary Clinton"), Person("Lavrov")]),
            ("geneva.txt", [Person("Sergey Lavrov")]),
            ("talks.txt", [Person("Sergei Lavrov")]),
        ]
    )
    hillary = registry.canonical("Hillary Clinton")
    assert hillary is not None and hillary.name == "Hillary Clinton"
    assert registry.articles_of("Hillary Clinton") == ["brief.txt", "rally.txt", "debate.txt"]
    assert registry.articles_of("Chelsea Clinton") == ["wedding.txt"]
    # spelling variants of the given name do not keep a bare surname apart
    assert registry.articles_of("Sergei Lavrov") == ["debate.txt", "geneva.txt", "talks.txt"]
    assert registry.canonical("Lavrov") == registry.canonical("Sergey Lavrov")


# ------------------------------------------------------------ same entity or not


def _org(name: str) -> Person:
    return Person(name, kind="organisation")


def test_the_forms_of_one_country_are_one_organisation() -> None:
    registry = PeopleRegistry.build(
        [
            ("talks.txt", [_org("United States"), _org("US")]),
            ("trade.txt", [_org("the U.S.")]),
            ("visit.txt", [_org("the US"), _org("USA")]),
            ("london.txt", [_org("UK"), _org("Britain")]),
        ]
    )
    names = [p.name for p in registry.people]
    assert names.count("United States") == 1
    assert len(registry.people) == 2
    us = registry.canonical("US")
    assert us is not None and us.name == "United States"
    assert {"US", "the U.S.", "the US", "USA"} <= set(us.aliases)
    for form in ("U.S.", "the United States", "usa", "the us"):
        assert registry.canonical(form) == us, form
    assert registry.articles_of("U.S.") == ["talks.txt", "trade.txt", "visit.txt"]
    assert registry.canonical("Britain") == registry.canonical("UK")


def test_a_title_case_word_is_not_taken_for_initials() -> None:
    registry = PeopleRegistry.build(
        [("talks.txt", [_org("United States")]), ("gossip.txt", [_org("Us")])]
    )
    assert len(registry.people) == 2
    assert registry.canonical("US") == registry.canonical("United States")


def test_an_acronym_joins_the_full_name_an_article_gives_it() -> None:
    registry = PeopleRegistry.build(
        [
            ("loans.txt", [_org("International Monetary Fund"), _org("IMF")]),
            ("alliance.txt", [_org("North Atlantic Treaty Organisation"), _org("Nato")]),
            ("summit.txt", [_org("Nato")]),  # the definition holds across the library
            ("gig.txt", [_org("Bloc Party")]),
            ("oil.txt", [_org("BP")]),  # no article spells BP out as Bloc Party
            ("flights.txt", [_org("British Airways"), _org("Bank of America"), _org("BA")]),
        ]
    )
    imf = registry.canonical("IMF")
    assert imf is not None and imf.name == "International Monetary Fund"
    nato = registry.canonical("Nato")
    assert nato is not None and nato.name == "North Atlantic Treaty Organisation"
    assert registry.articles_of("Nato") == ["alliance.txt", "summit.txt"]
    assert registry.canonical("BP") != registry.canonical("Bloc Party")
    # "BA" fits two bodies of its article: it is left alone, not guessed
    ba = registry.canonical("BA")
    assert ba is not None and ba.name == "BA"
    assert registry.canonical("British Airways") != ba


def test_a_company_and_a_person_never_merge() -> None:
    registry = PeopleRegistry.build(
        [
            ("virus.txt", [Person("Tim Warner", "spokesman for Finjan", ("Warner", "Mr Warner"))]),
            # the engine may file a company under "person": the names still stay apart
            ("profits.txt", [Person("Time Warner"), _org("Acme Holdings")]),
            ("results.txt", [Person("Acme Holdings Group")]),
        ]
    )
    tim = registry.canonical("Tim Warner")
    time = registry.canonical("Time Warner")
    assert tim is not None and time is not None and tim != time
    assert tim.role == "spokesman for Finjan"
    assert registry.articles_of("Tim Warner") == ["virus.txt"]
    assert registry.articles_of("Time Warner") == ["profits.txt"]
    group = registry.canonical("Acme Holdings Group")
    assert group is not None and group.kind == "organisation"


def test_a_given_name_with_a_vowel_added_is_another_person() -> None:
    registry = PeopleRegistry.build(
        [
            ("a.txt", [Person("Eric Moreau"), Person("Dan Whitley"), Person("Steve Garrard")]),
            ("b.txt", [Person("Erica Moreau"), Person("Dana Whitley")]),
            ("c.txt", [Person("Mohammed Rahimi"), Person("Steven Garrard")]),
            ("d.txt", [Person("Mohamed Rahimi"), Person("Vince Coble")]),
            ("e.txt", [Person("Vincent Coble")]),
        ]
    )
    assert registry.canonical("Eric Moreau") != registry.canonical("Erica Moreau")
    assert registry.canonical("Dan Whitley") != registry.canonical("Dana Whitley")
    # spelling variants and short forms of one given name are one person
    assert registry.canonical("Mohamed Rahimi") == registry.canonical("Mohammed Rahimi")
    assert registry.canonical("Steve Garrard") == registry.canonical("Steven Garrard")
    assert registry.canonical("Vince Coble") == registry.canonical("Vincent Coble")


def test_lookup_prefers_the_name_as_written_and_never_guesses_across_names() -> None:
    registry = PeopleRegistry.build(
        [
            ("virus.txt", [Person("Tim Warner", "spokesman", ("Warner",))]),
            ("geneva.txt", [Person("Sergey Lavrov"), _org("Moscow")]),
        ]
    )
    tim = registry.lookup("Tim Warner")
    assert tim is not None and tim.name == "Tim Warner"
    # another given name with a known surname is someone else, not a typo
    assert registry.lookup("Time Warner") is None
    assert registry.lookup("Erica Warner") is None
    # typos and unfinished names still find the person
    assert registry.lookup("Tim Warmer") == tim
    assert registry.lookup("Sergei Lavorv") == registry.canonical("Sergey Lavrov")
    assert registry.lookup("lav") == registry.canonical("Sergey Lavrov")
    assert registry.lookup("Moscw") == registry.canonical("Moscow")
    assert registry.lookup("Tim Warners Inc") is None


def test_one_name_is_one_entry_whatever_kind_one_article_gave_it() -> None:
    registry = PeopleRegistry.build(
        [
            ("budget.txt", [Person("Charles Kennedy", "Liberal Democrat leader")]),
            ("rally.txt", [Person("Charles Kennedy")]),
            ("poll.txt", [_org("Charles Kennedy"), _org("Microsoft")]),  # misfiled once
            ("games.txt", [Person("Microsoft"), _org("Federal Reserve")]),
            ("rates.txt", [Person("Federal Reserve")]),
        ]
    )
    names = [p.name for p in registry.people]
    assert sorted(names) == ["Charles Kennedy", "Federal Reserve", "Microsoft"]
    kennedy = registry.canonical("Charles Kennedy")
    assert kennedy is not None and kennedy.kind == "person"
    assert registry.articles_of("Kennedy") == ["budget.txt", "rally.txt", "poll.txt"]
    microsoft = registry.canonical("Microsoft")
    assert microsoft is not None and microsoft.kind == "organisation"
    assert registry.articles_of("Microsoft") == ["poll.txt", "games.txt"]


def test_a_name_with_a_personal_title_is_a_person_whatever_the_votes() -> None:
    registry = PeopleRegistry.build(
        [
            ("a.txt", [_org("Liam Fox")]),
            ("b.txt", [_org("Liam Fox")]),
            ("c.txt", [Person("Liam Fox", "defence secretary", ("Dr Fox", "Fox"))]),
        ]
    )
    (fox,) = registry.people
    assert fox.kind == "person" and fox.role == "defence secretary"
    assert registry.articles_of("Dr Fox") == ["a.txt", "b.txt", "c.txt"]


def test_a_name_only_seen_as_an_alias_never_becomes_the_name() -> None:
    # "Making Michael Howard leader …": a quotation's first word stuck to a name is an
    # alias of one article; the name the articles go by stays the name shown
    registry = PeopleRegistry.build(
        [
            ("campaign.txt", [Person("Michael Howard", None, ("Making Michael Howard",))]),
            ("tax.txt", [Person("Michael Howard", "Tory leader", ("Mr Howard",))]),
        ]
    )
    (howard,) = registry.people
    assert howard.name == "Michael Howard" and howard.role == "Tory leader"
    assert "Making Michael Howard" in howard.aliases


def test_a_titled_bare_name_stays_a_person_beside_a_body_of_that_name() -> None:
    # one article takes "Falconer" for a body; a "Lord Falconer" elsewhere is the peer
    registry = PeopleRegistry.build(
        [
            ("courts.txt", [_org("Falconer")]),
            ("reform.txt", [Person("Falconer", "Lord Chancellor", ("Lord Falconer",))]),
            ("peers.txt", [Person("Falconer", None, ("Lord Falconer",))]),
        ]
    )
    peer = registry.canonical("Lord Falconer")
    assert peer is not None and peer.kind == "person" and peer.role == "Lord Chancellor"
    assert registry.articles_of("Lord Falconer") == ["courts.txt", "reform.txt", "peers.txt"]


def test_holders_of_an_office_are_who_holds_it_now() -> None:
    registry = PeopleRegistry.build(
        [
            (
                "budget.txt",
                [
                    Person("Gordon Brown", "Chancellor"),
                    Person("Ed Balls", "adviser to the chancellor"),
                ],
            ),
            ("history.txt", [Person("John Major", "former prime minister")]),
            (
                "poll.txt",
                [
                    Person("Tony Blair", "Prime Minister"),
                    Person("Oliver Letwin", "shadow chancellor"),
                ],
            ),
        ]
    )
    assert [p.name for p in registry.holders("chancellor")] == ["Gordon Brown"]
    assert [p.name for p in registry.holders("prime minister")] == ["Tony Blair"]
    assert [p.name for p in registry.holders("shadow chancellor")] == ["Oliver Letwin"]
    assert registry.holders("") == [] and registry.holders("@everyone " * 600) == []


def _fox_registry() -> PeopleRegistry:
    return PeopleRegistry.build(
        [
            ("defence.txt", [Person("Liam Fox", "shadow defence secretary", ("Fox", "Dr Fox"))]),
            ("ratings.txt", [Person("Fox", kind="organisation"), Person("Gail Berman")]),
            ("budget.txt", [Person("Liam Fox", None, ("Fox",))]),
            ("paint.txt", [Person("Helmut Panke", "chief executive")]),
        ]
    )


def test_a_name_is_read_as_the_article_that_uses_it_means_it() -> None:
    registry = _fox_registry()
    assert registry.canonical("Fox", "ratings.txt") == Person("Fox", kind="organisation")
    liam = registry.canonical("Fox", "defence.txt")
    assert liam is not None and liam.name == "Liam Fox"
    assert registry.canonical("Fox", "budget.txt") == liam
    assert registry.articles_of("Fox", "ratings.txt") == ["ratings.txt"]
    # an article that names no Fox: none of its own, whoever "Fox" is elsewhere
    assert registry.canonical("Fox", "paint.txt") is None
    assert registry.canonical("Fox") is not None


def test_a_surname_is_read_as_the_person_of_that_article() -> None:
    registry = PeopleRegistry.build(
        [
            ("match.txt", [Person("Tim Howard", "goalkeeper")]),
            ("poll.txt", [Person("Michael Howard", "Tory leader")]),
            ("rally.txt", [Person("Michael Howard", "Tory leader", ("Howard",))]),
        ]
    )
    found = registry.canonical("Howard", "match.txt")
    assert found is not None and found.name == "Tim Howard"
    found = registry.canonical("Howard", "poll.txt")
    assert found is not None and found.name == "Michael Howard"


def test_a_body_is_never_read_as_the_person_whose_surname_is_its_short_name() -> None:
    """ "the Church" (key "church") in a story that also quotes the singer Charlotte
    Church is the body: a person's name and a body's key are two kinds of key, though
    both read "church"."""
    registry = PeopleRegistry.build(
        [
            ("concert.txt", [Person("Charlotte Church", "singer", ("Church",))]),
            ("album.txt", [Person("Charlote Church", None, ("Ms Church",))]),  # a typo
            ("cathedral.txt", [Person("Charlotte Church", None, ("Church",)), _org("the Church")]),
            ("synod.txt", [_org("Church"), _org("US")]),
            ("visit.txt", [_org("United States"), _org("the U.S.")]),
        ]
    )
    singer = registry.canonical("Charlotte Church")
    body = registry.canonical("the Church", "cathedral.txt")
    assert singer is not None and singer.kind == "person"
    assert body is not None and body.kind == "organisation" and body != singer
    assert registry.articles_of("the Church", "cathedral.txt") == ["cathedral.txt", "synod.txt"]
    assert registry.canonical("Church", "concert.txt") == singer
    assert registry.canonical("Charlote Church") == singer  # spelling variants still merge
    assert registry.articles_of("Charlotte Church") == ["concert.txt", "album.txt", "cathedral.txt"]
    us = registry.canonical("US", "synod.txt")
    assert us is not None and us.name == "United States"
    assert registry.canonical("the U.S.", "visit.txt") == us


def test_a_short_name_two_bodies_share_is_read_as_the_articles_body() -> None:
    """ "the Church" in a story about the Church in Wales is that body, not the Church of
    a synod story elsewhere: a key several bodies share is looked up among them."""
    registry = PeopleRegistry.build(
        [
            ("synod.txt", [_org("Church")]),
            (
                "wales.txt",
                [Person("Church in Wales", kind="organisation", aliases=("the Church",))],
            ),
        ]
    )
    found = registry.canonical("Church", "wales.txt")
    assert found is not None and found.name == "Church in Wales"
    found = registry.canonical("Church", "synod.txt")
    assert found is not None and found.name == "Church"


def test_an_articles_own_word_is_no_typo_of_a_name_elsewhere() -> None:
    registry = _fox_registry()
    assert registry.canonical("panel", "ratings.txt") is None
    found = registry.canonical("Helmut Panek")  # a user's typo still finds him
    assert found is not None and found.name == "Helmut Panke"


def test_a_common_word_is_no_typo_nor_the_start_of_a_name() -> None:
    registry = PeopleRegistry.build(
        [("council.txt", [Person("Shahid Malik", "MP", ("Malik",)), Person("Andy Robinson")])]
    )
    shahid = registry.canonical("Shahid Malik")
    # "said" is a letter from "Shahid", "and" begins "Andy": a user typing them means no one
    assert registry.lookup("said") is None
    assert registry.lookup("and") is None
    assert registry.lookup("Shahid") == shahid
    assert registry.lookup("Shahd Malik") == shahid  # a typo of a name still finds it


def test_a_voice_joins_its_body_but_a_surname_s_voice_stays_apart() -> None:
    registry = PeopleRegistry.build(
        [
            ("fares.txt", [_org("Transport Department"), Person("Transport Department official")]),
            ("loans.txt", [Person("IMF spokeswoman")]),
            ("imf.txt", [_org("IMF")]),
            # "a Howard spokesman": the voice of Michael Howard, no body called Howard
            ("tories.txt", [Person("Michael Howard", "Tory leader"), Person("Howard spokesman")]),
        ]
    )
    department = registry.canonical("Transport Department official")
    assert department is not None and department.name == "Transport Department"
    assert department.kind == "organisation"
    imf = registry.canonical("IMF spokeswoman")
    assert imf is not None and imf.name == "IMF" and imf.kind == "organisation"
    assert registry.articles_of("IMF") == ["loans.txt", "imf.txt"]
    voice = registry.canonical("Howard spokesman")
    assert voice is not None and voice.kind == "person"
    assert voice != registry.canonical("Michael Howard")


def test_a_hyphenated_description_is_dropped_but_a_double_barrelled_name_kept() -> None:
    registry = PeopleRegistry.build(
        [
            ("final.txt", [Person("German-born Alena Kessler")]),
            ("draw.txt", [Person("Alena Kessler", "tennis player")]),
            ("vote.txt", [Person("Robert Kilroy-Silk"), Person("Anne-Marie Duff")]),
        ]
    )
    kessler = registry.canonical("German-born Alena Kessler")
    assert kessler is not None and kessler.name == "Alena Kessler"
    assert registry.articles_of("Alena Kessler") == ["final.txt", "draw.txt"]
    assert registry.canonical("Kilroy-Silk") == registry.canonical("Robert Kilroy-Silk")
    assert registry.canonical("Silk") is None
    duff = registry.canonical("Anne-Marie Duff")
    assert duff is not None and duff.name == "Anne-Marie Duff"


def test_a_shortened_name_joins_the_body_only_where_an_article_ties_them() -> None:
    registry = PeopleRegistry.build(
        [
            ("vote.txt", [_org("National Democrats"), _org("Nat Dems")]),
            ("poll.txt", [_org("Nat Dems")]),
            # words that merely begin alike, never named together: two bodies
            ("tv.txt", [_org("Sky Sports"), _org("Sky Sport Enterprises")]),
            ("sport.txt", [_org("Sky Sports")]),
        ]
    )
    party = registry.canonical("Nat Dems")
    assert party is not None and party.name == "National Democrats"
    assert registry.articles_of("Nat Dems") == ["vote.txt", "poll.txt"]
    assert registry.canonical("Sky Sports") != registry.canonical("Sky Sport Enterprises")
    assert registry.articles_of("Sky Sports") == ["tv.txt", "sport.txt"]


def test_a_shortened_name_in_one_article_only_stays_its_own_body() -> None:
    # the short form and the full name never appear in one article: nothing ties them
    registry = PeopleRegistry.build(
        [
            ("vote.txt", [_org("Nat Dems")]),
            ("poll.txt", [_org("National Democrats")]),
        ]
    )
    short, full = registry.canonical("Nat Dems"), registry.canonical("National Democrats")
    assert short is not None and full is not None and short != full
    assert registry.articles_of("Nat Dems") == ["vote.txt"]


def test_a_name_filed_both_ways_in_one_article_stays_the_person_others_name() -> None:
    registry = PeopleRegistry.build(
        [
            # the engine files the MP once as a person, once as a body: no name written
            # two ways, only a slip of the engine's
            ("budget.txt", [Person("Dora Lindqvist", "shadow minister"), _org("Dora Lindqvist")]),
            ("schools.txt", [Person("Dora Lindqvist", "Labour MP")]),
            # a company written as one word and as two: still the company
            ("merger.txt", [Person("Acme Vision"), _org("AcmeVision")]),
        ]
    )
    mp = registry.canonical("Dora Lindqvist")
    assert mp is not None and mp.kind == "person"
    assert registry.articles_of("Dora Lindqvist") == ["budget.txt", "schools.txt"]
    company = registry.canonical("Acme Vision")
    assert company is not None and company.kind == "organisation"


def test_a_slip_of_the_keyboard_merges_but_a_similar_family_name_does_not() -> None:
    registry = PeopleRegistry.build(
        [
            ("tour.txt", [Person("Richard Thompson", "guitarist")]),
            ("award.txt", [Person("Richard Thompson", "guitarist")]),
            ("rates.txt", [Person("Richard Thomson", "chief economist")]),
            ("relay.txt", [Person("Michael Johnson", "sprinter")]),
            ("coach.txt", [Person("Michael Johnson", "sprinter")]),
            ("ferry.txt", [Person("Michael Johnston", "council leader")]),
            ("film.txt", [Person("Anna Phillips", "actress")]),
            ("stage.txt", [Person("Anna Phillips", "actress")]),
            ("bank.txt", [Person("Anna Philips", "bank chairwoman")]),
            ("farm.txt", [Person("Carol Waggoner", "farmer")]),
            ("milk.txt", [Person("Carol Waggoner", "farmer")]),
            ("price.txt", [Person("Carol Wagoner", "farmer")]),
        ]
    )
    for name, other in [
        ("Richard Thomson", "Richard Thompson"),
        ("Michael Johnston", "Michael Johnson"),
        ("Anna Philips", "Anna Phillips"),
    ]:
        one, two = registry.canonical(name), registry.canonical(other)
        assert one is not None and two is not None and one != two, name
    farmer = registry.canonical("Carol Wagoner")
    assert farmer is not None and farmer == registry.canonical("Carol Waggoner")
    assert farmer.name == "Carol Waggoner"


def test_a_description_before_a_bare_surname_is_kept_and_ranked_below_a_plain_name() -> None:
    registry = PeopleRegistry.build(
        [
            ("awards.txt", [Person("Oscar-nominated Brannigan")]),
            ("cinema.txt", [Person("Liam Brannigan", "director")]),
            ("cinema2.txt", [Person("Liam Brannigan", "director")]),
            ("gala.txt", [Person("Oscar-winning Nadia Kessel"), Person("Nadia Kessel")]),
            ("prize.txt", [Person("award-winning Nadia Kessel", "actress")]),
        ]
    )
    described = registry.canonical("Oscar-nominated Brannigan")
    assert described is not None and described != registry.canonical("Liam Brannigan")
    kessel = registry.canonical("Oscar-winning Nadia Kessel")
    assert kessel is not None and kessel.name == "Nadia Kessel"
    assert registry.articles_of("award-winning Nadia Kessel") == ["gala.txt", "prize.txt"]


def test_a_body_named_only_by_its_voice_is_shown_by_the_body_s_name() -> None:
    registry = PeopleRegistry.build([("loans.txt", [Person("IMF official")])])
    imf = registry.canonical("IMF official")
    assert imf is not None and imf.name == "IMF" and imf.kind == "organisation"
    assert registry.canonical("IMF") == imf


def test_a_voice_joins_the_full_name_its_article_spells_out() -> None:
    registry = PeopleRegistry.build(
        [
            ("debt.txt", [Person("WHO official"), _org("World Health Organization")]),
            ("flu.txt", [_org("World Health Organization")]),
        ]
    )
    who = registry.canonical("WHO official")
    assert who is not None and who.name == "World Health Organization"
    assert registry.articles_of("WHO official") == ["debt.txt", "flu.txt"]
