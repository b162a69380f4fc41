"""A name written inside the quotation that a "she said:" cue opens is not the pronoun's
referent, as a name inside a quotation before its cue is not ("“… Smith …,” he said")."""

from __future__ import annotations

from tests.support.news import quote_with


def test_a_name_inside_the_quotation_after_the_cue_is_not_the_referent() -> None:
    body = (
        "Mayor Janet Reed spoke at the dinner. Rosa Whitfield won the award, and the crowd "
        'cheered. She said: "Rosa Whitfield deserves every bit of it."'
    )
    assert quote_with(body, "deserves every bit").speaker == "Janet Reed"
