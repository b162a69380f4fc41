"""`python -m bot check`: is this installation able to run? For a container's start-up
or health check, and for an operator after a crash.

It validates the settings, the articles folder (exists, readable, how many articles),
the data folder (creatable, writable) and every SQLite database in it (opened
read-only: `PRAGMA integrity_check` and the schema version), without starting the bot
or changing anything. Each finding is one line; the exit status is 1 when any is a
failure, else 0. Warnings (an empty folder, leftovers of an interrupted write, a cache
that will be rebuilt) do not fail the check.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

from config.settings import Settings, SettingsError, load_settings

Status = Literal["ok", "warn", "fail"]
DATABASE_SUFFIXES = frozenset({".sqlite3", ".sqlite", ".db"})


@dataclass(frozen=True, slots=True)
class Finding:
    status: Status
    subject: str
    detail: str

    def line(self) -> str:
        return f"{self.status:<5} {self.subject}: {self.detail}"


@dataclass(frozen=True, slots=True)
class KnownDatabase:
    """A database the bot itself keeps under DATA_DIR, and where its code says which
    schema version it expects. A `disposable` one (a cache) is rebuilt by the bot when
    damaged or outdated, so problems with it are warnings, not failures."""

    file: str
    what: str
    module: str
    version_attribute: str
    disposable: bool


KNOWN_DATABASES = (
    KnownDatabase("state.sqlite3", "feed state", "bot.state.db", "SCHEMA_VERSION", False),
    KnownDatabase("analysis-cache.sqlite3", "analysis cache", "bot.articles.cache", "FORMAT", True),
)

# More checks (a service's own files, say) plug in here: each takes the settings and
# yields findings.
EXTRA_CHECKS: list[Callable[[Settings], Iterable[Finding]]] = []


def run_check(*, offline: bool = False, out: TextIO = sys.stdout) -> int:
    """Print every finding; 1 when any failed. `offline`: a missing token is fine."""
    findings = list(check_all(offline=offline))
    for finding in findings:
        print(finding.line(), file=out)
    failed = [f for f in findings if f.status == "fail"]
    warned = sum(1 for f in findings if f.status == "warn")
    if failed:
        print(f"check failed: {len(failed)} problem(s), {warned} warning(s)", file=out)
        return 1
    print(f"check passed ({warned} warning(s))" if warned else "check passed", file=out)
    return 0


def check_all(*, offline: bool = False) -> Iterator[Finding]:
    try:
        settings = load_settings()
    except SettingsError as exc:
        yield Finding("fail", "settings", str(exc))
        return
    yield from check_settings(settings, offline=offline)
    yield from check_articles(settings)
    data_ok = yield from check_data_dir(settings)
    if data_ok:
        yield from check_databases(settings)
    for extra in EXTRA_CHECKS:
        try:
            yield from extra(settings)
        except Exception as exc:  # a broken check is a finding, not a crash
            yield Finding("fail", getattr(extra, "__name__", "check"), f"crashed: {exc!r}")


def check_settings(settings: Settings, *, offline: bool) -> Iterator[Finding]:
    token = settings.discord_token.get_secret_value() if settings.discord_token else ""
    if not token and not offline:
        yield Finding(
            "fail",
            "settings",
            "DISCORD_TOKEN is not set, so the bot cannot connect "
            "(`python -m bot check --offline` checks the rest)",
        )
    elif token and (token != token.strip() or any(c.isspace() for c in token)):
        yield Finding("fail", "settings", "DISCORD_TOKEN contains spaces or line breaks")
    else:
        state = "token set" if token else "no token (offline)"
        yield Finding("ok", "settings", f"valid; {state}, log level {settings.log_level}")


def check_articles(settings: Settings) -> Iterator[Finding]:
    from bot.articles.loader import find_article_files

    folder = settings.articles_dir.resolve()
    if not folder.exists():
        yield Finding("fail", "articles", f"ARTICLES_DIR {folder} does not exist")
        return
    if not folder.is_dir():
        yield Finding("fail", "articles", f"ARTICLES_DIR {folder} is not a folder")
        return
    try:
        with os.scandir(folder):
            pass
    except OSError as exc:
        yield Finding("fail", "articles", f"cannot read {folder} ({exc.strerror or exc})")
        return
    files = [path for path, _ in find_article_files(folder)]
    unreadable = [path for path in files if not os.access(path, os.R_OK)]
    too_large = [path for path in files if _size(path) > settings.max_article_bytes]
    if not files:
        yield Finding("warn", "articles", f"{folder} has no .txt or .md files yet")
    else:
        yield Finding("ok", "articles", f"{folder}: {len(files)} article file(s)")
    if unreadable:
        example = unreadable[0].relative_to(folder)
        yield Finding("warn", "articles", f"{len(unreadable)} file(s) not readable, e.g. {example}")
    if too_large:
        limit = f"MAX_ARTICLE_BYTES ({settings.max_article_bytes:,})"
        yield Finding("warn", "articles", f"{len(too_large)} file(s) over {limit} are skipped")
    leftovers = list(leftover_temporaries(folder))
    if leftovers:
        yield Finding(
            "warn",
            "articles",
            f"{len(leftovers)} temporary file(s) left by interrupted writes, e.g. "
            f"{leftovers[0].name} (ignored by the bot; safe to delete)",
        )


def leftover_temporaries(folder: Path) -> Iterator[Path]:
    """`.name.xxxx.tmp` files: what bot/files.write_atomic leaves when killed mid-write."""
    for root, _dirs, names in os.walk(folder):
        for name in names:
            if name.startswith(".") and name.endswith(".tmp"):
                yield Path(root) / name


def check_data_dir(settings: Settings) -> Generator[Finding, None, bool]:
    """Writable if it exists (a probe file, removed again); else creatable: the nearest
    existing parent is a writable folder. Nothing is created. Returns whether it exists
    and is usable (the databases are checked only then)."""
    folder = settings.data_dir.resolve()
    if folder.exists():
        if not folder.is_dir():
            yield Finding("fail", "data", f"DATA_DIR {folder} is not a folder")
            return False
        try:
            fd, probe = tempfile.mkstemp(prefix=".check.", suffix=".tmp", dir=folder)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            yield Finding("fail", "data", f"DATA_DIR {folder} is not writable ({exc.strerror})")
            return False
        yield Finding("ok", "data", f"{folder} is writable")
        return True
    parent = folder.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if parent.is_dir() and os.access(parent, os.W_OK | os.X_OK):
        yield Finding("ok", "data", f"{folder} does not exist yet; it will be created")
    else:
        yield Finding("fail", "data", f"DATA_DIR {folder} cannot be created in {parent}")
    return False


def check_databases(settings: Settings) -> Iterator[Finding]:
    folder = settings.data_dir.resolve()
    paths = sorted(
        path
        for path in [*folder.glob("*"), *folder.glob("*/*")]
        if path.suffix.lower() in DATABASE_SUFFIXES and path.is_file()
    )
    if not paths:
        yield Finding("ok", "database", "none yet (created when the bot first needs one)")
    for path in paths:
        yield check_database(path, folder)


def check_database(path: Path, data_dir: Path) -> Finding:
    """Open read-only, run `PRAGMA integrity_check`, read the schema version
    (`PRAGMA user_version`) and compare it with what this code expects."""
    name = path.relative_to(data_dir).as_posix()
    known = next((k for k in KNOWN_DATABASES if k.file == name), None)
    bad: Status = "warn" if known and known.disposable else "fail"
    label = f"{name} ({known.what})" if known else name
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error as exc:
        return Finding(bad, "database", f"{label}: cannot open ({exc})")
    try:
        result = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as exc:
        return Finding(bad, "database", f"{label}: unreadable ({exc})")
    finally:
        db.close()
    if result != ["ok"]:
        problems = "; ".join(str(r) for r in result[:3])
        return Finding(bad, "database", f"{label}: integrity check failed: {problems}")
    expected = _expected_version(known)
    if expected is None:
        return Finding("ok", "database", f"{label}: integrity ok, schema version {version}")
    if version > expected:
        return Finding(
            bad,
            "database",
            f"{label}: schema version {version} is newer than this code's {expected} "
            "(written by a newer version of the bot?)",
        )
    if version < expected and known is not None and known.disposable:
        return Finding("warn", "database", f"{label}: format {version}, will be rebuilt")
    upgrade = f", will be upgraded to {expected}" if version < expected else ""
    return Finding("ok", "database", f"{label}: integrity ok, schema version {version}{upgrade}")


def _expected_version(known: KnownDatabase | None) -> int | None:
    """The version the code for this database expects, when that code is installed."""
    if known is None:
        return None
    try:
        module = importlib.import_module(known.module)
    except ImportError:
        return None
    value = getattr(module, known.version_attribute, None)
    return value if isinstance(value, int) else None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
