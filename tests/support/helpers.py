"""The one helpers module of the tests: where the seed articles are, settings that
ignore the developer's environment, and writing an article file.

Fixtures (tests/conftest.py) are built on these; a test that needs one of them at
import time (a module-level library, a path in a parametrisation) imports it from here.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from config.settings import PROJECT_ROOT, Settings

SEEDS = PROJECT_ROOT / "seeds"
SEED_FILE = sorted(SEEDS.glob("*.txt"))[0]  # the first seed article, the same every run
_STATE_DIRS = tempfile.TemporaryDirectory(prefix="bot-state-")  # removed at exit


def make_settings(**overrides: Any) -> Settings:
    """Settings that ignore the developer's .env and environment."""
    # Any: pydantic validates each value; `_env_file` is BaseSettings' own argument,
    # which mypy's view of the fields does not include
    values: dict[str, Any] = {
        "_env_file": None,
        "command_cooldown": 0,
        "shard_count": 1,
        "watch_articles": False,
        "data_dir": Path(tempfile.mkdtemp(dir=_STATE_DIRS.name)),  # never the project's data/
        **overrides,
    }
    return Settings(**values)


def write(folder: Path, name: str, text: str | bytes) -> Path:
    """Write an article (or any) file under `folder`, making its folders."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
