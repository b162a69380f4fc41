"""Compiles the quote engine with mypyc where this machine can; pyproject.toml holds the
rest of the package's metadata.

The engine modules (ENGINE_MODULES in bot/articles/__init__.py) are plain typed Python.
mypyc turns them into C extension modules that run the same code in about half the
time. Where that cannot happen (ARTICLE_BOT_PURE=1, no mypyc, no C compiler or Python
headers) the package installs as plain Python and behaves the same, only slower. mypyc
compiles only code that type-checks, so a type error in the engine fails the install.

A successful build writes the SHA-256 of each source it compiled to _engine_build.json
beside the compiled modules; bot/articles/__init__.py uses them only while every source
still has its recorded hash.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ARTICLES = Path("bot/articles")
RECORD = "_engine_build.json"
# pip runs this file for metadata (egg_info, dist_info) before it builds; only a build
# needs mypyc, which takes most of a minute
BUILD_COMMANDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def engine_modules() -> list[str]:
    """ENGINE_MODULES as bot/articles/__init__.py spells it (read, not imported)."""
    tree = ast.parse((ARTICLES / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "ENGINE_MODULES" for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise RuntimeError("bot/articles/__init__.py defines no ENGINE_MODULES")


MODULES = engine_modules()


# hashed before mypyc reads the sources, so that an edit saved during the build is seen
# as an edit
def source(name: str) -> Path:
    """The source of an engine module ("quotes.cues" is bot/articles/quotes/cues.py)."""
    return ARTICLES.joinpath(*name.split(".")).with_suffix(".py")


HASHES = {name: hashlib.sha256(source(name).read_bytes()).hexdigest() for name in MODULES}


def engine_extensions() -> list[Extension]:
    if os.environ.get("ARTICLE_BOT_PURE") == "1" or not BUILD_COMMANDS & set(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("mypyc is not available: installing the quote engine as plain Python")
        return []
    paths = [str(source(name)) for name in MODULES]
    return mypycify(paths, opt_level="3", group_name="bot.articles._engine")


class EngineBuild(build_ext):
    """Builds the compiled engine, or none of it when this machine cannot, and records
    the hashes of the sources it was built from."""

    def run(self) -> None:
        target = ARTICLES if self.inplace else Path(self.build_lib) / ARTICLES
        record = target / RECORD
        record.unlink(missing_ok=True)  # a failed rebuild must not vouch for old modules
        try:
            super().run()
        except Exception as error:  # CompileError, LinkError, missing headers …
            print(f"could not compile the quote engine ({error}): installing it as plain Python")
            return
        if self.extensions:
            target.mkdir(parents=True, exist_ok=True)
            record.write_text(json.dumps(HASHES, indent=1) + "\n", encoding="utf-8")


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
