"""Where unsaved notes are kept: the data folder, else a spare file named for that folder."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from studyapp.userdata.drafts import DRAFTS_NAME, draft_paths, keep_drafts, load_drafts


def test_the_spare_file_keeps_the_name_earlier_versions_gave_it(tmp_path: Path) -> None:
    """Named by the same blake2b digest of the folder as when drafts.py used hashlib, so a
    draft kept there before an upgrade is found after it."""
    folder = tmp_path / "データ"
    digest = hashlib.blake2b(str(folder).encode("utf-8", "surrogateescape"), digest_size=6)
    spare = Path(tempfile.gettempdir()) / f"studyapp-{digest.hexdigest()}-{DRAFTS_NAME}"
    assert draft_paths(folder) == [folder / DRAFTS_NAME, spare]


def test_a_saved_draft_is_loaded_again(tmp_path: Path) -> None:
    assert (
        keep_drafts(tmp_path, {"first-1907:1": "secret article: the line"})
        == tmp_path / DRAFTS_NAME
    )
    assert load_drafts(tmp_path) == {"first-1907:1": "secret article: the line"}
