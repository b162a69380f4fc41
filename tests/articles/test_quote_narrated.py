"""A name inside a quotation is what somebody said: it is never the subject that a later
quotation's speaker is taken from."""

from __future__ import annotations

from bot.articles.quote_marks import Quoted, quote_spans
from bot.articles.quotes.carry import narrated
from bot.articles.tokens import tokenize
from tests.support.news import quote_with, quotes_in, story


def _words(text: str, lo: int = 0) -> list[str]:
    """The narrated words of the story's paragraph `text` from its character lo on."""
    article = story(text)
    at = article.text.index(text)
    quoted = Quoted(article.text, quote_spans(article))
    toks = tokenize(article.text, at + lo, at + len(text))
    marks = ("“", "”", '"', "'", "‘", "’")
    return [t.text for t in narrated(toks, quoted) if t.text not in marks]


def test_narrated_drops_the_words_between_marks_of_every_style() -> None:
    # the marks themselves stay, so that a clause keeps its shape
    text = "“Ada Lane scares me,” Pat said. ''Royce too,'' he said. \"Both,\" she said."
    assert _words(text) == ["Pat", "said", ".", "he", "said", ".", "she", "said", "."]


def test_narrated_drops_a_quotation_that_opened_before_the_tokens() -> None:
    text = "“Both Ada Lane and Tom Royce scare me,” Pat Green said."
    assert _words(text, text.index("Tom")) == ["Pat", "Green", "said", "."]


def test_narrated_drops_a_quotation_in_single_marks() -> None:
    text = "‘Ada Lane won’t scare me,’ Pat said."
    assert _words(text) == ["Pat", "said", "."]


def _speaker(body: str, words: str) -> str | None:
    return next(q for q in quotes_in(body) if words in q.text and q.kind != "indirect").speaker


def test_a_split_inside_a_quotation_does_not_hand_the_next_quote_to_a_quoted_name() -> None:
    body = (
        "A new poll shows voters are split.\n\n"
        '"Both Ada Lane and (Ohio Sen.) Tom Royce scare me," Pat Green, 41, of Dayton, '
        "Ohio, who was among those polled, said in a follow-up interview. "
        '"We need people who will bring people together rather than divide them."'
    )
    assert _speaker(body, "bring people together") == "Pat Green"


def test_a_title_in_quotes_is_not_the_subject_of_its_sentence() -> None:
    body = (
        "The rally was held in Dayton on Monday.\n\n"
        "The “Tom Reyes” row deepened after Ann Kohl refused to say in an interview on "
        "WXRT’s “Morning Call” that the deal was legal."
    )
    assert _speaker(body, "Morning Call") == "Ann Kohl"


def test_a_quotation_left_out_keeps_the_shape_of_its_clause() -> None:
    body = (
        "Senator Paul Grant has praised the Russian leader.\n\n"
        "At the convention in Ohio his aides forced a change in the party platform, "
        "stripping out a call for “providing lethal defensive weapons” to Ukraine and "
        "replacing it with softer language calling for “appropriate assistance.” Grant has "
        "dismissed the reports."
    )
    assert _speaker(body, "appropriate assistance") != "Ukraine"


def test_a_quotation_naming_the_person_a_narrative_sentence_is_about_is_not_his() -> None:
    body = (
        "Veteran producer Ann Price has worked with many singers over forty years.\n\n"
        "Mr Lomax, a shy man, rarely gave interviews. Bert Lomax later became a star in "
        'America. "We watched America take Bert Lomax to its heart almost overnight."'
    )
    q = next(q for q in quotes_in(body) if "take Bert Lomax" in q.text)
    assert q.speaker is None  # someone's words about him, which the text does not attribute


def test_a_quotation_about_the_narrated_person_goes_on_with_the_last_speaker() -> None:
    body = (
        'Producer Ann Price met the singer in 1975. "I booked his first tour of Europe '
        'and we sold out every night," she said.\n\n'
        "The early years were hard for Lomax. But Bert Lomax in the 1980s became a star "
        'in America. "By 1986 he was selling more records than anyone on the label."\n\n'
        '"Nobody had ever seen crowds like that for a folk singer."'
    )
    assert _speaker(body, "By 1986 he was selling") == "Ann Price"
    assert _speaker(body, "Nobody had ever seen") == "Ann Price"


def test_a_quotation_speaking_of_another_he_is_the_narrated_persons_when_none_spoke_before() -> (
    None
):
    body = (
        "Striker Alan Brook paid tribute to his former coach, who died on Monday. "
        '"He was like a father to me."'
    )
    assert _speaker(body, "like a father") == "Alan Brook"
    jailed = 'Alan Brook was jailed for six years. "He showed no remorse at any point."'
    assert _speaker(jailed, "no remorse") is None  # (no first person: words about him)


def test_the_parties_of_a_court_case_are_no_speaker() -> None:
    body = (
        '"The ruling matters to every clinic in the state," the group said in May.\n\n'
        "Lawyers also spoke about Mothers First Health v. Dawson, the case the court hears "
        "next month.\n\n"
        '"Access is a right only if women can use it in practice."'
    )
    q = next(q for q in quotes_in(body) if "Access is a right" in q.text)
    assert q.speaker is None  # not "Health" nor "Dawson": a case's parties say nothing


def test_a_modal_before_a_reporting_verbs_past_is_a_surname() -> None:
    body = (
        "Columnist Henry Will has renewed his feud with Senator Ray Dunn.\n\n"
        "Dunn launched his campaign in May. "
        '"This race should hasten the end of outsider candidates," Will wrote. Dunn '
        'spoke in Ohio. Will described him as "a danger to the party".'
    )
    assert quote_with(body, "hasten the end").speaker == "Henry Will"
    assert quote_with(body, "a danger to").speaker == "Henry Will"


def test_a_quotation_inside_its_sentence_goes_to_the_person_the_sentence_opens_with() -> None:
    # "He then shared a survey …, “…”": the councillor the sentence opens with, not the
    # engineer who told the hearing something in the sentence before
    body = (
        "Councillor Derek Alsop has campaigned for a year against the new bypass. The "
        "county's chief engineer, Harriet Vane, told a hearing last week that the meadow was "
        "safe to build on. He then shared a survey from a ramblers' group that found the "
        "meadow flooded most winters, “a wetland in all but name.”"
    )
    quote = quote_with(body, "wetland in all")
    assert (quote.speaker, quote.how) == ("Derek Alsop", "carried")


def test_a_possessor_that_opens_the_sentence_is_not_the_voice_of_its_quotation() -> None:
    # "Marrow’s tasting menu was hailed … as “…”": the guide's words, not the chef's
    body = (
        "The chef Ilse Marrow opened her third restaurant in Leith this spring. Marrow’s "
        "tasting menu was hailed in the festival guide as “the boldest cooking in Scotland "
        "this year”."
    )
    assert quote_with(body, "boldest cooking").speaker is None


def test_a_quotation_in_a_sentence_that_reports_nothing_is_not_its_opener_s() -> None:
    # no reporting verb between the chairman and the banner: the fans' words, not his
    body = (
        "The club's members met on Thursday, their secretary said.\n\nChairman Owen Fairlie "
        "has signed Pablo Serra from Rovers, a side whose stands were hung all season with "
        "banners like “Our best players are never for sale”."
    )
    assert quote_with(body, "never for sale").speaker is None


def test_shared_tokens_are_the_windows_tokens_of_the_text_read() -> None:
    from bot.articles.tokens import shared_tokens, tokenize

    first = "The mayor, Ann Vale, said the depot would close. She's not sure."
    again = "The mayor, Ann Vale, said the depot would close. She's not sure."[:-1] + "."
    assert again == first and again is not first
    toks = shared_tokens(first, 0, 48)
    assert toks == tokenize(first, 0, 48)
    assert shared_tokens(first, 0, 48) is toks  # read again: the same list
    assert shared_tokens(first, 49, len(first)) == tokenize(first, 49, len(first))
    other = "Mr Bell said the depot would stay open."
    assert shared_tokens(other, 0, 48) == tokenize(other, 0, 48)  # a new text: its own
    assert shared_tokens(again, 0, 48) is not toks  # (another text object: read afresh)


def test_a_quotation_whose_opening_mark_was_left_out_is_quoted_from_its_first_word() -> None:
    # (no mark to skip: the quoted words start where the sentence does)
    text = 'The mayor spoke on Monday. Ada Lane ran the quay well," he said.'
    assert _words(text) == ["The", "mayor", "spoke", "on", "Monday", ".", "he", "said", "."]
