"""The command line's parser (`python -m bot …`) and the console's reading of a typed
line, directly: modes, their options, and what a wrong line answers."""

from __future__ import annotations

import pytest

from bot.cli import build_parser
from bot.console import answer
from bot.library import Library


def test_no_mode_is_run() -> None:
    assert build_parser().parse_args([]).mode is None  # main() runs the bot


def test_ask_takes_the_command_as_words_or_none_for_stdin() -> None:
    args = build_parser().parse_args(["ask", "--json", "/article", "harbour"])
    assert (args.mode, args.json, args.command) == ("ask", True, ["/article", "harbour"])
    assert build_parser().parse_args(["ask"]).command == []


def test_inspect_and_fetch_take_paths_and_a_summary_length() -> None:
    args = build_parser().parse_args(["inspect", "a.txt", "b.txt"])
    assert (args.paths, args.summary_sentences) == (["a.txt", "b.txt"], 3)
    args = build_parser().parse_args(["fetch", "--summary-sentences", "5", "http://x.test/a"])
    assert (args.urls, args.summary_sentences) == (["http://x.test/a"], 5)


def test_check_offline() -> None:
    assert build_parser().parse_args(["check", "--offline"]).offline is True
    assert build_parser().parse_args(["check"]).offline is False


@pytest.mark.parametrize(
    "argv",
    [
        ["inspect"],  # no path
        ["inspect", "--summary-sentences", "many", "a.txt"],
        ["fetch"],
        ["serve"],  # no such mode
    ],
)
def test_a_wrong_command_line_exits_2_and_says_why(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_plain_words_in_the_console_are_a_question(seed_library: Library) -> None:
    reply = answer(seed_library, "who said anything at all about the weather")
    assert reply.error != "bad_command"  # run as /ask, whatever it finds


def test_a_line_the_console_cannot_run_gets_a_reason(seed_library: Library) -> None:
    reply = answer(seed_library, "/nosuchcommand now")
    assert reply.error == "bad_command" and reply.ephemeral
    assert reply.first is not None and "/nosuchcommand" in (reply.first.description or "")
    reply = answer(seed_library, "/summary length:forever")
    assert reply.error == "bad_command"
    assert reply.first is not None and "length" in (reply.first.description or "")


def test_help_typed_in_the_console_lists_the_commands(seed_library: Library) -> None:
    reply = answer(seed_library, "help")
    assert reply.first is not None and reply.first.title == "What I can do"
