"""Compiled modules kept for the test run's Python processes.

With PYTHONDONTWRITEBYTECODE set (as on this project's machines and CI), no process
keeps the bytecode of the project's own modules (installed packages come with theirs),
so every `python -m bot ...` a test starts compiles the engine and the rest of the bot
again from source: about 0.6 s of CPU of each start's 1.5 s. Imported by
tests/conftest.py before anything of the project, this lets the test process and every
process started from it keep bytecode the usual way, in __pycache__ beside each source
(ignored by git), so the project is compiled once per run, or once after an edit.
Python checks each cached file against its source's time and size before using it, and
writes it whole (a new file renamed into place), so processes running at once are safe.

(PYTHONPYCACHEPREFIX would keep the tree clean but moves every module's cache, the
installed packages' too: each process would compile discord.py, aiohttp and numpy.)
"""

from __future__ import annotations

import os
import sys


def keep_bytecode() -> None:
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # processes started from here on
    sys.dont_write_bytecode = False  # this one


keep_bytecode()
