"""The typed command line that the console and `ask` read: /name free text option:value."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.handlers import CommandLineError, parse_command_line
from bot.handlers.registry import MAX_NAME_CHARS, MAX_OPTION_CHARS


def test_free_text_fills_the_first_string_option() -> None:
    assert parse_command_line("/article russia talks") == ("article", {"title": "russia talks"})


def test_a_value_is_cut_at_its_option_s_limit_as_discord_would() -> None:
    _, options = parse_command_line("/quotes " + "x" * 1000 + " article: " + "y" * 1000)
    assert options == {"speaker": "x" * MAX_NAME_CHARS, "article": "y" * MAX_NAME_CHARS}
    _, options = parse_command_line("/whosaid " + "z" * (MAX_OPTION_CHARS + 50))
    assert options == {"quote": "z" * MAX_OPTION_CHARS}


def test_named_options_run_to_the_next_name() -> None:
    name, options = parse_command_line("/summary article: geneva talks length: short")
    assert name == "summary"
    assert options == {"article": "geneva talks", "length": "short"}


def test_whole_numbers_are_typed_and_checked() -> None:
    assert parse_command_line("/summary sentences: 4")[1] == {"sentences": 4}
    with pytest.raises(CommandLineError, match="whole number"):
        parse_command_line("/summary sentences: four")


@pytest.mark.parametrize("typed", ["keypoints", "Key Points", "key-points", "KEY_POINTS"])
def test_choices_are_matched_loosely(typed: str) -> None:
    assert parse_command_line(f"/summary length:{typed}")[1] == {"length": "key points"}


def test_bad_lines_say_why() -> None:
    with pytest.raises(CommandLineError, match="start with"):
        parse_command_line("article russia")
    with pytest.raises(CommandLineError, match="no `/nope` command"):
        parse_command_line("/nope")
    with pytest.raises(CommandLineError, match="one of"):
        parse_command_line("/summary length: enormous")
    with pytest.raises(CommandLineError, match=r"needs a `quote`, for example `/whosaid <quote>`"):
        parse_command_line("/whosaid")
    with pytest.raises(CommandLineError, match="takes no free text"):
        parse_command_line("/articles everything")


def test_an_empty_value_is_the_option_left_out() -> None:
    assert parse_command_line("/search query: troops article:") == (
        "search",
        {"query": "troops"},
    )


@given(st.text(max_size=300))
def test_any_line_parses_or_says_why(line: str) -> None:
    try:
        name, options = parse_command_line("/" + line)
    except CommandLineError as exc:
        assert str(exc)
    else:
        assert name and all(isinstance(v, str | int) for v in options.values())


@pytest.mark.parametrize(
    ("line", "unknown"),
    [
        ("/quotes speaker:Lavrov topic:iraq", "topic"),
        ("/summary lenght:short", "lenght"),
        ("/search budget cuts artcle:geneva", "artcle"),
        ("/quotes Lavrov Topic:Iraq", "Topic"),
    ],
)
def test_an_option_the_command_lacks_is_named_not_folded_into_another(
    line: str, unknown: str
) -> None:
    with pytest.raises(CommandLineError, match=f"no option `{unknown}`"):
        parse_command_line(line)


def test_colons_in_plain_text_are_not_options() -> None:
    assert parse_command_line("/quotes Lavrov Article:geneva")[1] == {
        "speaker": "Lavrov",
        "article": "geneva",
    }
    assert parse_command_line("/search Star Wars: Battlefront")[1] == {
        "query": "Star Wars: Battlefront"
    }
    assert parse_command_line("/search covid:19 lockdown")[1] == {"query": "covid:19 lockdown"}
    assert parse_command_line("/search http://example.com/a")[1] == {
        "query": "http://example.com/a"
    }
    # A command with a single option reads any text as that option.
    assert parse_command_line("/ask what does ratio:high mean")[1] == {
        "question": "what does ratio:high mean"
    }
