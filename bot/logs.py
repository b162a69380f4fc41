"""Logging set-up: one format, to standard error, so standard output stays for replies."""

from __future__ import annotations

import logging
import sys


class _NoVoiceWarnings(logging.Filter):
    """discord.py warns at every start that voice libraries are missing; this bot has no
    voice features, so the warning only alarms the person running it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in record.getMessage()


_VOICE_FILTER = _NoVoiceWarnings()


def quiet_voice_warnings() -> None:
    """Attach the filter (idempotent); call it before the first discord.Client exists."""
    logging.getLogger("discord.client").addFilter(_VOICE_FILTER)


def configure_logging(level: str, *, quiet: bool = False) -> None:
    """`quiet` (one-shot `ask`) keeps only warnings, so scripts see just their replies."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING if quiet else level)
    logging.getLogger("discord").setLevel(max(logging.INFO, root.level))
