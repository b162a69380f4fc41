"""write_atomic: the file is whole or absent, never torn, even when the writer dies."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from bot.files import write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "guilds" / "1" / "a.md"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["a.md"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    write_atomic(target, b"old")

    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_writer_killed_mid_write_leaves_old_or_new(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    write_atomic(target, b"old")
    big = b"x" * 50_000_000
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child is killed while writing
        try:
            write_atomic(target, big)
        finally:
            os._exit(0)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert target.read_bytes() in (b"old", big)
