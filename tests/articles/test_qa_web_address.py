"""A web address is a name written in lower case: "a bogus hmrc.gov.uk address" names
the sender a question about an address asks for, and a whole e-mail or a page path is
no site's name."""

from __future__ import annotations

from bot.articles.parse import parse_article
from bot.articles.qa import find_answers, read_question
from bot.articles.qa.extract import candidates
from bot.articles.search_index import SearchIndex

SCAM = """Fake tax e-mails target savers

Savers are being warned about e-mails that claim to offer a tax rebate.

The messages are signed by the Revenue's Customer Support Unit and promise a refund within days.

They appear to come from a bogus hmrc.gov.uk address and ask readers for bank details.
"""


def _texts(question: str, sentence: str) -> list[str]:
    return [c.text for c in candidates(read_question(question), sentence)]


def test_a_web_address_is_a_name() -> None:
    sentence = "They appear to come from a bogus hmrc.gov.uk address and ask for details."
    assert "hmrc.gov.uk" in _texts("What address do the tax e-mails come from?", sentence)


def test_an_e_mail_or_a_page_path_is_no_site_name() -> None:
    sentence = "Readers can write to help@taxline.com or see www.taxline.com/news for details."
    texts = _texts("What address can readers write to?", sentence)
    assert "taxline.com" not in texts
    assert "www.taxline.com" not in texts


def test_the_sender_address_is_found() -> None:
    article = parse_article(SCAM, key="business/scam.txt")
    index = SearchIndex.build([article])
    found = find_answers(
        "What address do the fake tax e-mails come from?", index, {article.key: article}
    )
    assert found and found[0].candidate is not None
    assert found[0].candidate.text == "hmrc.gov.uk"
