"""Notes the user typed that could not be saved yet, kept on disk until they are.

When a note cannot be written to the store (read-only, disk full, busy...), the words are
kept in a small JSON file beside it, or, if that folder cannot be written either, in the
system's temporary folder, and offered again at the next start. No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import tempfile

# hashlib's own blake2b, without hashlib: importing hashlib loads OpenSSL, 3.5 MiB of the
# window's memory for this one name.
from _blake2 import blake2b
from pathlib import Path

from studyapp.errors import StudyAppError
from studyapp.files import write_text_atomically

DRAFTS_NAME = "unsaved-notes.json"


def draft_paths(folder: Path) -> list[Path]:
    """Where drafts may be kept, the data folder first."""
    tag = blake2b(str(folder).encode("utf-8", "surrogateescape"), digest_size=6)
    spare = Path(tempfile.gettempdir()) / f"studyapp-{tag.hexdigest()}-{DRAFTS_NAME}"
    return [folder / DRAFTS_NAME, spare]


def load_drafts(folder: Path) -> dict[str, str]:
    """Every kept draft, clause key to note.

    A spare file exists only when the data folder could not be written, so it is the newer.
    """
    drafts: dict[str, str] = {}
    for path in draft_paths(folder):
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                drafts.update({k: v for k, v in data.items() if isinstance(v, str)})
    return drafts


def keep_drafts(folder: Path, drafts: dict[str, str]) -> Path | None:
    """Write `drafts` (all of them; empty forgets them); where they went, None if nowhere."""
    paths = draft_paths(folder)
    if not drafts:
        for path in paths:
            with contextlib.suppress(OSError):
                path.unlink()
        return None
    text = json.dumps(drafts, ensure_ascii=False, indent=1)
    for path in paths:
        try:
            write_text_atomically(path, text)
        except StudyAppError:
            continue
        for other in paths:
            if other != path:
                with contextlib.suppress(OSError):
                    other.unlink()
        return path
    return None
