"""Synthetic content at each scale, built once per run into one temporary folder.

Every benchmark module asks `content_db(scale)` for the database at 1× or 1,000× today's
content; the first request builds it (a 1,000× build takes a minute or two), later ones reuse
it. `counts(scale)` says how big each scale is. Nothing is written under resources/.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from benchmarks.synthetic import CONTENT_DIR, ROOT
from studyapp.content.builder import load_content

# Today's review log is empty for a new user; 1× counts a first few weeks of study (100
# answers), so that 1,000× is the issues' 100,000 log rows.
LOG_ROWS_PER_SCALE = 100

_folder: Path | None = None


def _root() -> Path:
    global _folder  # noqa: PLW0603 (one temporary folder per run)
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="bench-scales-"))
        atexit.register(shutil.rmtree, _folder, ignore_errors=True)
    return _folder


@cache
def content_db(scale: int) -> Path:
    """The synthetic content database at `scale` × today's size (built on first request).

    Built in a child process: a process started later inherits its parent's peak memory
    in `ru_maxrss` on Linux, so a parent grown by a 1,000× build would inflate the memory
    that the start-up benchmark reads from the app and from the bare window alike.
    """
    folder = _root() / f"x{scale}"
    folder.mkdir()
    command = [sys.executable, "-m", "benchmarks.synthetic", str(folder), str(scale)]
    built = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    return Path(built.stdout.strip())


@cache
def today_cards() -> int:
    """How many cards today's real content makes."""
    from studyapp import paths
    from studyapp.content.database import read_content
    from studyapp.study.cards import generate_cards

    return len(generate_cards(read_content(paths.content_db_path())))


@cache
def counts(scale: int) -> dict[str, int]:
    """Events, clauses, terms, cards and review-log rows at `scale` × today's content.

    "cards" is today's real count times `scale`: the quiz benchmark's own synthetic cards.
    The synthetic content makes somewhat fewer (the stats benchmark's notes say how many).
    """
    real = load_content(CONTENT_DIR)
    return {
        "events": len(real.of("event")) * scale,
        "clauses": sum(len(a.get("clause", [])) for a in real.of("agreement")) * scale,
        "terms": len(real.of("term")) * scale,
        "quiz cards": today_cards() * scale,
        "log rows": LOG_ROWS_PER_SCALE * scale,
    }


def describe(scale: int) -> str:
    return ", ".join(f"{count:,} {what}" for what, count in counts(scale).items())
