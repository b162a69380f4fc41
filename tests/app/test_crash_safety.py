"""After a kill -9 the next start finds whole article files: a writer killed mid-write
leaves the old or the new version, and the temporary files it leaves behind (hidden,
`.name.xxx.tmp`) are ignored by the loader and by the folder watcher."""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

import pytest
from watchfiles import Change

from bot.articles.loader import find_article_files
from bot.files import write_atomic
from bot.library import Library
from bot.live import is_article_change
from tests.support.helpers import write

STORY = (
    "Harbour {version} reopens after storm\n\n{body}\n"
    "The harbour master said: end of version {version}.\n"
)


def version(number: int, paragraphs: int = 1500) -> bytes:
    body = "\n".join(
        f"Crews cleared debris from berth {i} on Monday, the port authority said."
        for i in range(paragraphs)
    )
    return STORY.format(version=number, body=body).encode()


def test_leftover_temporary_and_hidden_files_are_not_articles(tmp_path: Path) -> None:
    write(tmp_path, "harbour.md", "Harbour reopens\n\nThe harbour reopened on Monday.\n")
    write(tmp_path, ".harbour.md.k3j2x9.tmp", "Harbour reop")  # a torn write_atomic
    write(tmp_path, ".draft.md", "A hidden draft\n\nNot for readers.\n")
    write(tmp_path, "harbour.md.tmp", "Harbour reop")
    write(tmp_path, "harbour.md~", "An editor's backup\n\nOld text.\n")
    write(tmp_path, ".partial/story.md", "Inside a hidden folder\n\nNot loaded.\n")

    assert [key for _, key in find_article_files(tmp_path)] == ["harbour.md"]
    library = Library.load(tmp_path)
    assert [article.key for article in library.articles] == ["harbour.md"]
    assert library.skipped == ()  # ignored, not even listed as skipped


def test_the_watcher_ignores_temporary_files(tmp_path: Path) -> None:
    temporary = str(tmp_path / ".harbour.md.k3j2x9.tmp")
    assert not is_article_change(Change.added, temporary)
    assert not is_article_change(Change.deleted, temporary)
    assert is_article_change(Change.modified, str(tmp_path / "harbour.md"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("after", [0.02, 0.15])
def test_an_article_writer_killed_mid_write_leaves_a_whole_article(
    tmp_path: Path, after: float
) -> None:
    target = tmp_path / "harbour.md"
    write_atomic(target, version(0))
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child writes until it is killed
        try:
            for number in range(1, 10_000):
                write_atomic(target, version(number))
        finally:
            os._exit(0)
    time.sleep(after)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)

    text = target.read_text(encoding="utf-8")
    opening = re.match(r"Harbour (\d+) reopens", text)
    assert opening is not None
    assert text.endswith(f"end of version {opening.group(1)}.\n")  # whole: one version
    assert text.encode() == version(int(opening.group(1)))

    library = Library.load(tmp_path)  # the next start
    assert [article.key for article in library.articles] == ["harbour.md"]
    assert library.articles[0].title == f"Harbour {opening.group(1)} reopens after storm"
    assert library.skipped == ()
