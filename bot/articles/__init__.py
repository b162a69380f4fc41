"""The Discord-free article engine.

The quote engine's modules (ENGINE_MODULES) are compiled with mypyc at install time where
the machine can (setup.py). In a source checkout a compiled module older than its .py file
would run stale code after an edit, so the engine is then imported from source, with a
warning, until the next install recompiles it. The compiled modules share one library, so
they are used all together or not at all. ARTICLE_BOT_PURE=1 forces the source.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import logging
import os
import sys
from pathlib import Path

ENGINE_MODULES = ("quotes", "cast", "phrases", "tokens", "quote_marks", "speech")
_HERE = Path(__file__).resolve().parent
_IN_CHECKOUT = (_HERE.parent.parent / "pyproject.toml").is_file()

log = logging.getLogger(__name__)


def _compiled(name: str) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = _HERE / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def _stale_modules() -> list[str]:
    """Engine modules whose compiled file is missing or older than the source."""
    stale = []
    for name in ENGINE_MODULES:
        built = _compiled(name)
        if built is None or built.stat().st_mtime < (_HERE / f"{name}.py").stat().st_mtime:
            stale.append(name)
    return stale


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports the engine modules from their .py files even where compiled ones exist."""

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        package, _, name = fullname.rpartition(".")
        if package != __name__ or name not in ENGINE_MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, _HERE / f"{name}.py")


def _choose_engine() -> bool:
    """Whether the compiled engine is used; installs the source finder when it is not."""
    if not any(_compiled(name) for name in ENGINE_MODULES):
        return False
    if os.environ.get("ARTICLE_BOT_PURE"):
        reason = None
    elif _IN_CHECKOUT and (stale := _stale_modules()):
        reason = ", ".join(stale)
    else:
        return True
    if reason:
        log.warning(
            "the compiled quote engine is older than its source (%s): running the source, "
            "which is slower; `pip install -e .` compiles it again",
            reason,
        )
    sys.meta_path.insert(0, _SourceFinder())
    return False


ENGINE_COMPILED = _choose_engine()
