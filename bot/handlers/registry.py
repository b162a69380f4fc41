"""The one registry of the bot's commands.

Each command is a name, its options and a handler: Library + options -> Reply. Cogs,
the console and `ask` all run commands through here, so a command's behaviour is
written once and a test can check that every cog matches its entry.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.library import Library
from bot.replies import Reply, apology, problem

log = logging.getLogger(__name__)
Handler = Callable[..., Reply]
# The longest value of a string option, written once: Option.max_chars, which the console
# cuts at and the cogs declare to Discord (tests/cogs/test_extensions.py checks they match)
MAX_OPTION_CHARS = 6000  # free text (a quote, a query, a question): Discord's longest
MAX_NAME_CHARS = 300  # a title or a person's name
MAX_QUERY_CHARS = 1000  # of free text that is looked at; the rest cannot change a match


def has_words(text: str) -> bool:
    """Something to look for: at least one letter or digit."""
    return any(ch.isalnum() for ch in text)


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    description: str
    kind: type = str
    required: bool = False
    choices: tuple[str, ...] = ()
    max_chars: int = MAX_OPTION_CHARS  # of a string option


@dataclass(frozen=True, slots=True)
class CommandSpec:
    name: str
    description: str
    options: tuple[Option, ...]
    handler: Handler

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)


REGISTRY: dict[str, CommandSpec] = {}


def command(name: str, description: str, *options: Option) -> Callable[[Handler], Handler]:
    """Register a handler under a slash-command name."""

    def register(handler: Handler) -> Handler:
        if name in REGISTRY:
            raise ValueError(f"command /{name} registered twice")
        REGISTRY[name] = CommandSpec(name, description, options, handler)
        return handler

    return register


def run(name: str, library: Library, **options: object) -> Reply:
    """Run a registered command with already-typed options."""
    spec = REGISTRY.get(name)
    if spec is None:
        return unknown_command(name)
    return spec.handler(library, **{k: v for k, v in options.items() if v is not None})


def run_safely(name: str, library: Library, **options: object) -> Reply:
    """`run`, but a failure is logged and answered with an apology instead of raised."""
    try:
        return run(name, library, **options)
    except Exception:
        log.exception("command /%s failed", name)
        return apology()


def unknown_command(name: str) -> Reply:
    known = ", ".join(f"/{n}" for n in sorted(REGISTRY))
    return problem(
        "Unknown command",
        f"There is no `/{name[:60]}` command. Try one of: {known}.",
        error="unknown_command",
    )


class CommandLineError(ValueError):
    """A typed command line that cannot be run; the message is for the user."""


def parse_command_line(line: str) -> tuple[str, dict[str, object]]:
    """ "/article title:russia" or "/article russia" -> ("article", {"title": "russia"}).

    Free text before any `name:` fills the first string option; `name:value` pairs
    fill named options (a value runs to the next known `name:`).
    """
    line = line.strip()
    if not line.startswith("/"):
        raise CommandLineError("Commands start with `/`, for example `/articles`.")
    name, _, rest = line[1:].partition(" ")
    name = name.lower()
    spec = REGISTRY.get(name)
    if spec is None:
        first = unknown_command(name).first
        described = first.description if first is not None else None
        raise CommandLineError(described or "Unknown command.")
    names = "|".join(re.escape(o.name) for o in spec.options)
    raw: dict[str, str] = {}
    free = rest
    if names:
        pattern = re.compile(rf"(?:^|\s)({names}):", re.I)
        matches = list(pattern.finditer(rest))
        free = rest[: matches[0].start()] if matches else rest
        for match, following in zip(matches, [*matches[1:], None], strict=False):
            end = following.start() if following else len(rest)
            raw[match.group(1).lower()] = rest[match.end() : end].strip()
    free = free.strip()
    if len(spec.options) > 1:  # (a command of one option takes any text as that option)
        for text in (free, *raw.values()):
            _refuse_unknown_option(spec, text)
    if free:
        target = next((o for o in spec.options if o.kind is str and o.name not in raw), None)
        if target is None:
            raise CommandLineError(f"/{name} takes no free text; use option:value.")
        raw[target.name] = free
    return name, _typed(spec, raw)


# "topic:iraq" or "Lenght:short": a word glued by a colon to a value that opens with a
# letter, as Discord's option syntax is typed; "Star Wars: Battlefront" (a space after the
# colon), "covid:19" and "http://" are text.
_OPTION_LIKE = re.compile(r"(?:^|\s)([a-z][a-z_]+):(?=[a-z])", re.I)


def _refuse_unknown_option(spec: CommandSpec, text: str) -> None:
    """Name an option the command does not have, instead of folding "topic:iraq" into the
    value of another option."""
    match = _OPTION_LIKE.search(text)
    if match is None:
        return
    known = ", ".join(f"`{o.name}`" for o in spec.options)
    raise CommandLineError(
        f"/{spec.name} has no option `{match.group(1)}`; its options are {known}."
    )


def _choice(value: str, choices: tuple[str, ...]) -> str | None:
    """The choice a typed value means, ignoring case, spaces, hyphens and underscores:
    `length:keypoints` and `length:Key-Points` are "key points"."""
    wanted = re.sub(r"[\s_-]+", "", value.lower())
    return next((c for c in choices if re.sub(r"[\s_-]+", "", c.lower()) == wanted), None)


def _typed(spec: CommandSpec, raw: dict[str, str]) -> dict[str, object]:
    options: dict[str, object] = {}
    for key, value in raw.items():
        option = spec.option(key)
        if not value:
            continue  # "title:" with nothing after it is the option left out
        if option is None:  # pragma: no cover - the pattern only matches known names
            continue
        if option.kind is int:
            try:
                options[key] = int(value)
            except ValueError:
                raise CommandLineError(f"`{key}` must be a whole number.") from None
        else:
            options[key] = value[: option.max_chars]
        if option.choices:
            choice = _choice(str(options[key]), option.choices)
            if choice is None:
                allowed = ", ".join(option.choices)
                raise CommandLineError(f"`{key}` must be one of: {allowed}.")
            options[key] = choice
    missing = [o.name for o in spec.options if o.required and o.name not in options]
    if missing:
        named = ", ".join(f"`{name}`" for name in missing)
        example = f"/{spec.name} <{missing[0]}>"
        raise CommandLineError(f"/{spec.name} needs a {named}, for example `{example}`.")
    return options
