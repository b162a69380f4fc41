"""A non-editable install serves the bundled seeds, wherever it is run from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from config.settings import PROJECT_ROOT


def test_a_built_package_carries_and_serves_the_seeds(tmp_path: Path, seed_dir: Path) -> None:
    build = tmp_path / "build"
    env = {**os.environ, "ARTICLE_BOT_PURE": "1"}
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "-d", str(build)],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    seeds = sorted(p.name for p in seed_dir.iterdir() if p.is_file())
    assert sorted(p.name for p in (build / "bot" / "bundled_seeds").iterdir()) == seeds
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    clean = {k: v for k, v in env.items() if k not in {"ARTICLES_DIR", "DISCORD_TOKEN"}}
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "/articles"],
        cwd=elsewhere,
        env={**clean, "PYTHONPATH": str(build)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Russia, US voice hope for diplomacy over Ukraine" in proc.stdout
