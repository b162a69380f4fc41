"""A relation noun before a comma ("her husband, …") gives its gender only to a name set
off by commas after it, not to the subject after an opening phrase that mentions one."""

from __future__ import annotations

from tests.support.news import quote_with


def test_an_opening_phrase_about_someone_s_relation_gives_the_subject_no_gender() -> None:
    body = (
        "The bakery in Hexford will keep its Sunday hours.\n\n"
        "Asked about his wife, Quill Tamsin said the shop would stay open on Sundays.\n\n"
        '"We will not close while I can still bake," he said.'
    )
    assert quote_with(body, "still bake").speaker == "Quill Tamsin"
