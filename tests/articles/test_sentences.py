"""Sentence splitting around the usual traps of news prose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.articles.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith went to Washington. He said so.",
            ["Mr. Smith went to Washington.", "He said so."],
        ),
        ("Mrs Jones and Dr. Who met. They talked.", ["Mrs Jones and Dr. Who met.", "They talked."]),
        (
            "The U.S. Army spent $1.13bn. It rose 3.5%.",
            ["The U.S. Army spent $1.13bn.", "It rose 3.5%."],
        ),
        (
            "He lives in the U.S. The weather is fine.",
            ["He lives in the U.S.", "The weather is fine."],
        ),
        ("On Sept. 5 Gen. Smith spoke.", ["On Sept. 5 Gen. Smith spoke."]),
        ("J. K. Rowling wrote it. Then she left.", ["J. K. Rowling wrote it.", "Then she left."]),
        ("George W. Bush spoke. Crowds cheered.", ["George W. Bush spoke.", "Crowds cheered."]),
        ("Wait... Then it ended.", ["Wait...", "Then it ended."]),
        ("It paused... and went on.", ["It paused... and went on."]),
        ("“Go now.” He left.", ["“Go now.”", "He left."]),
        ("“Why?” she asked. “Because.”", ["“Why?” she asked.", "“Because.”"]),
        ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
        ("Profits rose (to $5m.) Shares fell.", ["Profits rose (to $5m.)", "Shares fell."]),
        ("Really? Yes! 2024 was good.", ["Really?", "Yes!", "2024 was good."]),
    ],
)
def test_splits(text, expected):
    assert split(text) == expected


@given(st.text(max_size=300))
def test_spans_are_ordered_non_empty_and_cover_all_non_space(text):
    spans = sentence_spans(text)
    cursor = 0
    for start, end in spans:
        assert cursor <= start < end <= len(text)
        assert not text[cursor:start].strip()
        cursor = end
    assert not text[cursor:].strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a closing mark set off by a stray space still closes its sentence
            '"The pier will reopen in May. " Council leader Ann Price said the cost rose.',
            ['"The pier will reopen in May. "', "Council leader Ann Price said the cost rose."],
        ),
        (  # a long quotation reopened without closing: the nearest mark decides
            'She said: "We are ready. "The fans will see a new side. " Tickets go on sale today.',
            [
                'She said: "We are ready.',
                '"The fans will see a new side. "',
                "Tickets go on sale today.",
            ],
        ),
        (  # closed, then a new quotation: the spaced closing mark ends the first one
            '"It was a long season. " "Next year we go up," he said.',
            ['"It was a long season. "', '"Next year we go up," he said.'],
        ),
        (  # an opening mark set off by a stray space opens the next sentence
            'The vote was close. " We will appeal," the club said.',
            ["The vote was close.", '" We will appeal," the club said.'],
        ),
    ],
)
def test_a_quotation_mark_with_a_stray_space_keeps_its_sentence(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ms Hale said the team had "tried everything... Nothing worked" this year. '
            "She will leave in May.",
            [
                'Ms Hale said the team had "tried everything... Nothing worked" this year.',
                "She will leave in May.",
            ],
        ),
        (
            "“We lost… Next year we go again,” said Hale. The club agreed.",
            ["“We lost… Next year we go again,” said Hale.", "The club agreed."],
        ),
        # an ellipsis outside a quotation, or after one closed, still ends a sentence
        ("Shares fell... Then they rose.", ["Shares fell...", "Then they rose."]),
        ('He said "no"... Then he left.', ['He said "no"...', "Then he left."]),
    ],
)
def test_an_ellipsis_inside_a_quotation_is_a_pause_not_an_end(text, expected):
    assert split(text) == expected
