"""Notices kept on disk for the next start of the window, e.g. that a damaged file was moved.

A command-line run that moves a damaged file aside says so on stderr, and leaves the same
words here so the next GUI start tells the user too. Best effort: a folder that cannot be
written loses the remembered notice, never the data.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from studyapp.files import write_text_atomically

NOTICES_NAME = "notices.txt"


def remember(folder: Path, text: str) -> None:
    """Keep `text` (one paragraph) for the next start of the window."""
    path = folder / NOTICES_NAME
    with contextlib.suppress(OSError, UnicodeError):
        earlier = path.read_text(encoding="utf-8") if path.exists() else ""
        with contextlib.suppress(Exception):
            write_text_atomically(path, earlier + " ".join(text.split()) + "\n")


def take(folder: Path) -> list[str]:
    """The notices kept so far, oldest first; they are forgotten once taken."""
    path = folder / NOTICES_NAME
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    with contextlib.suppress(OSError):
        path.unlink()
    return [line for line in text.splitlines() if line.strip()]
