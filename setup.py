"""Compiles the quote engine with mypyc when building a wheel; pyproject.toml holds the
rest of the package's metadata.

The engine modules (ENGINE_MODULES in bot/articles/__init__.py) are plain typed Python.
As black and mypy do, a wheel (`pip install .`) carries them compiled beside their
sources, and Python imports a compiled module before its .py; an editable install
(`pip install -e .`, what developers and CI use) compiles nothing, so an edit always
runs as written. Whether a process runs the compiled engine is visible from the module
file (`bot.articles.engine_compiled()`); there is no record, hook or choice at run time.

Where compiling cannot happen (ARTICLE_BOT_PURE=1, no mypyc, no C compiler or Python
headers) the wheel holds plain Python and behaves the same, only slower. mypyc compiles
only code that type-checks, so a type error in the engine fails the build.
"""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ARTICLES = Path("bot/articles")
# Only these build a wheel or an install from it; pip's metadata steps (egg_info,
# dist_info) and editable installs (editable_wheel, develop) never compile.
COMPILING_COMMANDS = frozenset({"build", "build_ext", "bdist_wheel", "install"})


def engine_modules() -> list[str]:
    """ENGINE_MODULES as bot/articles/__init__.py spells it (read, not imported)."""
    tree = ast.parse((ARTICLES / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "ENGINE_MODULES" for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise RuntimeError("bot/articles/__init__.py defines no ENGINE_MODULES")


def source(name: str) -> Path:
    """The source of an engine module ("quotes.cues" is bot/articles/quotes/cues.py)."""
    return ARTICLES.joinpath(*name.split(".")).with_suffix(".py")


def compiles(argv: list[str], environ: dict[str, str] | os._Environ[str]) -> bool:
    """Whether this setup.py run compiles the engine."""
    return environ.get("ARTICLE_BOT_PURE") != "1" and bool(COMPILING_COMMANDS & set(argv))


def engine_extensions() -> list[Extension]:
    if not compiles(sys.argv[1:], os.environ):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("mypyc is not available: the quote engine is built as plain Python")
        return []
    paths = [str(source(name)) for name in engine_modules()]
    return mypycify(paths, opt_level="3", group_name="bot.articles._engine")


class EngineBuild(build_ext):
    """Builds the compiled engine, or none of it when this machine cannot: a failed
    compile removes what it had built, so a wheel never holds half an engine."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # CompileError, LinkError, missing headers …
            print(f"could not compile the quote engine ({error}): building plain Python")
            target = ARTICLES if self.inplace else Path(self.build_lib) / ARTICLES
            for suffix in (".so", ".pyd"):
                for built in target.rglob(f"*{suffix}"):
                    built.unlink()


class BuildWithSeeds(build_py):
    """Ships the default articles (seeds/) inside the package as bot/bundled_seeds, so a
    non-editable install serves them too; config/settings.py looks there first."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "bot" / "bundled_seeds"
        target.mkdir(parents=True, exist_ok=True)
        for seed in sorted(Path("seeds").iterdir()):
            if seed.is_file() and not seed.name.startswith("."):
                self.copy_file(str(seed), str(target / seed.name))


setup(
    ext_modules=engine_extensions(),
    cmdclass={"build_ext": EngineBuild, "build_py": BuildWithSeeds},
)
