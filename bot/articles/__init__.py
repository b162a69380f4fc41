"""The Discord-free article engine.

The quote engine's modules (ENGINE_MODULES) are plain typed Python. A wheel built from
this project (`pip install .`) carries them compiled with mypyc beside their sources,
and Python imports a compiled module before its .py file; an editable install
(`pip install -e .`) compiles nothing, so what you edit is what runs (setup.py). Which
one a process runs is visible from the module file: `engine_compiled()`.
"""

from __future__ import annotations

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
    "quotes.referents",
    "quotes.referent_weights",
    "cast",
    "phrases",
    "tokens",
    "quote_marks",
    "lexicon",
)


def engine_compiled() -> bool:
    """Whether this process runs the compiled quote engine (imports it)."""
    from bot.articles.quotes import engine

    return not engine.__file__.endswith(".py")
