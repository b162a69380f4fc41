"""The user's guide stays in step with the settings: every field of `Settings` has a row
in the README's settings table and an entry in `.env.example`."""

from __future__ import annotations

import re

from config.settings import PROJECT_ROOT, Settings

ROOT = PROJECT_ROOT


def _variables() -> list[str]:
    return [name.upper() for name in Settings.model_fields]


def test_every_setting_has_a_row_in_the_readme_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    rows = {m.group(1) for m in re.finditer(r"^\| `([A-Z_]+)` \|", section, re.MULTILINE)}
    assert rows == set(_variables())


def test_every_setting_is_in_the_env_example() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    named = set(re.findall(r"^(?:# )?([A-Z_]+)=", example, re.MULTILINE))
    assert named == set(_variables())
