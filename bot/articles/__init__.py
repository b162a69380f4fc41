"""The Discord-free article engine.

The quote engine's modules (ENGINE_MODULES) are compiled with mypyc at install time where
the machine can (setup.py). The build records the SHA-256 of each source it compiled;
the compiled modules are used only while every source still has its recorded hash, so
an edited source runs as written, with one warning, until the next install compiles it
again. They share one library, so they are used all together or not at all.
ARTICLE_BOT_PURE=1 forces the source.

The decision is made once per process tree: it is passed to child processes (the
loader's workers) in ENGINE_CHOICE_VARIABLE, so that they analyse with the same engine
as their parent and do not warn again.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

# Module names relative to this package; a dotted name is a module of a subpackage
# (quotes.cues is bot/articles/quotes/cues.py). Package __init__ files are not compiled.
ENGINE_MODULES = (
    "quotes.engine",
    "quotes.found",
    "quotes.verbs",
    "quotes.mentions",
    "quotes.cues",
    "quotes.carry",
    "quotes.reported",
    "quotes.output",
    "cast",
    "phrases",
    "tokens",
    "quote_marks",
    "lexicon",
)
ENGINE_CHOICE_VARIABLE = "ARTICLE_BOT_ENGINE_CHOICE"
_SHARED_LIBRARY = "_engine__mypyc"
_RECORD = "_engine_build.json"
_HERE = Path(__file__).resolve().parent

log = logging.getLogger(__name__)


def _stem(name: str) -> Path:
    """The path of an engine module without its suffix ("quotes.cues" -> quotes/cues)."""
    return _HERE.joinpath(*name.split("."))


def _compiled(name: str) -> Path | None:
    stem = _stem(name)
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = stem.with_name(stem.name + suffix)
        if path.is_file():
            return path
    return None


def _source_hash(name: str) -> str:
    return hashlib.sha256(_stem(name).with_suffix(".py").read_bytes()).hexdigest()


def compiled_engine_problem() -> str | None:
    """Why the compiled engine cannot be used here, or None when it can."""
    missing = [n for n in (*ENGINE_MODULES, _SHARED_LIBRARY) if _compiled(n) is None]
    if len(missing) == len(ENGINE_MODULES) + 1:
        return "not compiled"
    if missing:
        return f"incomplete build, missing {', '.join(missing)}"
    try:
        recorded = json.loads((_HERE / _RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"no readable {_RECORD}"
    edited = [n for n in ENGINE_MODULES if recorded.get(n) != _source_hash(n)]
    if edited:
        return f"source edited since the build: {', '.join(edited)}"
    return None


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports the engine modules from their .py files even where compiled ones exist."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(__name__ + "."):
            return None
        name = fullname[len(__name__) + 1 :]
        if name not in ENGINE_MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, _stem(name).with_suffix(".py"))


def _choose_engine() -> bool:
    """Whether the compiled engine is used; installs the source finder when it is not."""
    inherited = os.environ.get(ENGINE_CHOICE_VARIABLE)
    if os.environ.get("ARTICLE_BOT_PURE") == "1":
        compiled = False
    elif inherited in ("compiled", "source"):
        compiled = inherited == "compiled" and _compiled(ENGINE_MODULES[0]) is not None
    else:
        problem = compiled_engine_problem()
        compiled = problem is None
        if problem is not None and problem != "not compiled":
            log.warning(
                "running the quote engine from source, which is slower (%s); "
                "`pip install -e .` compiles it again",
                problem,
            )
    os.environ[ENGINE_CHOICE_VARIABLE] = "compiled" if compiled else "source"
    if not compiled:
        sys.meta_path.insert(0, _SourceFinder())
    return compiled


ENGINE_COMPILED = _choose_engine()
