"""Logging set-up: one format, to standard error, so standard output stays for replies."""

from __future__ import annotations

import logging
import sys


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
