"""Bookmarks grouped and exported as Markdown, and files written all or nothing (Qt-free)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.database import ContentDatabase
from studyapp.errors import UserDataError
from studyapp.files import write_text_atomically
from studyapp.userdata.bookmarks import Bookmark
from studyapp.userdata.export import (
    ORPHAN_GROUP_TITLE,
    bookmarks_markdown,
    group_bookmarks,
    local_date,
    markdown_escape,
)
from tests.faults.ordinary_user import as_ordinary_user, give_to_user, shared_folder

NOON = "2024-05-01T12:00:00+00:00"
LATER = "2024-06-02T12:00:00+00:00"


@pytest.fixture(scope="module")
def index() -> ContentCatalogue:
    return ContentCatalogue(ContentDatabase(paths.content_db_path()).read)


def _bookmark(key: str, note: str = "", created: str = NOON, updated: str = NOON) -> Bookmark:
    return Bookmark(key, note, created, updated)


def _local(timestamp: str) -> str:
    return dt.datetime.fromisoformat(timestamp).astimezone().date().isoformat()


def test_bookmarks_are_grouped_in_agreement_order_then_clause_order(
    index: ContentCatalogue,
) -> None:
    marks = [
        _bookmark("third-1912-secret-2"),
        _bookmark("first-1907-secret-2"),
        _bookmark("first-1907-public-1"),
    ]
    groups = group_bookmarks(marks, index)
    assert [g.agreement.key if g.agreement else None for g in groups] == [
        "first-1907",
        "third-1912",
    ]
    assert [e.key for e in groups[0].entries] == ["first-1907-public-1", "first-1907-secret-2"]
    assert groups[0].title == "First Russo-Japanese Agreement 第一次日露協約"


def test_a_bookmark_missing_from_the_content_is_kept_in_a_last_group(
    index: ContentCatalogue,
) -> None:
    groups = group_bookmarks([_bookmark("gone-1"), _bookmark("first-1907-secret-1")], index)
    assert groups[-1].agreement is None
    assert groups[-1].title == ORPHAN_GROUP_TITLE
    assert [(e.key, e.clause) for e in groups[-1].entries] == [("gone-1", None)]


def test_the_markdown_has_headings_parts_summaries_notes_and_dates(index: ContentCatalogue) -> None:
    marks = [
        _bookmark("third-1912-secret-2", "Compare with 1907.\nSee the map.", NOON, LATER),
        _bookmark("first-1907-public-1"),
        _bookmark("gone-clause", "an old note"),
    ]
    text = bookmarks_markdown(marks, index, exported_on=dt.date(2024, 7, 1))
    lines = text.splitlines()
    assert lines[0] == "# Bookmarks: the Russo-Japanese Agreements"
    assert "3 bookmarks, exported 2024-07-01." in lines
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## First Russo-Japanese Agreement (第一次日露協約)",
        "## Third Russo-Japanese Agreement (第三次日露協約)",
        f"## {ORPHAN_GROUP_TITLE}",
    ]
    clause = index.clauses["third-1912-secret-2"]
    assert f"### Article II: {clause.title}" in lines
    position = lines.index(f"### Article II: {clause.title}")
    assert lines[position + 2] == (
        f"**Secret** · `third-1912-secret-2` · bookmarked {_local(NOON)}, "
        f"note edited {_local(LATER)}"
    )
    assert lines[position + 4] == f"> {clause.summary}"
    assert "Compare with 1907.\nSee the map." in text
    public = lines.index(f"### Article I: {index.clauses['first-1907-public-1'].title}")
    assert lines[public + 2].startswith("Public · `first-1907-public-1`")
    assert "Note:" not in lines[public : public + 6]  # no empty note section
    assert "### `gone-clause`" in lines
    assert "an old note" in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_an_empty_export_says_so(index: ContentCatalogue) -> None:
    text = bookmarks_markdown([], index, exported_on=dt.date(2024, 7, 1))
    assert "0 bookmarks" in text
    assert "No clauses are bookmarked yet." in text


def test_markdown_specials_in_titles_are_escaped() -> None:
    assert markdown_escape("a*b_c [d] <e> `f` \\") == "a\\*b\\_c \\[d\\] \\<e\\> \\`f\\` \\\\"


def test_dates_are_shown_as_local_days_and_odd_ones_as_they_are() -> None:
    assert local_date("2024-05-01T12:00:00") == "2024-05-01"
    assert local_date(NOON) == _local(NOON)
    assert local_date("yesterday") == "yesterday"


def test_a_file_is_written_whole_and_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "bookmarks.md"
    target.write_text("old", encoding="utf-8")
    write_text_atomically(target, "# 日露協約\n")
    assert target.read_text(encoding="utf-8") == "# 日露協約\n"
    assert [p.name for p in tmp_path.iterdir()] == ["bookmarks.md"]  # no temporary file left


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "bookmarks.md"
    write_text_atomically(target, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_path_under_a_regular_file_gives_a_clear_user_data_error(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    target = blocker / "bookmarks.md"
    with pytest.raises(UserDataError) as caught:
        write_text_atomically(target, "x")
    message = str(caught.value)
    assert str(target) in message
    assert "Not a directory" in message
    assert "\n" not in message and "Traceback" not in message


def test_writing_over_a_folder_fails_and_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "bookmarks.md"
    folder.mkdir()
    with pytest.raises(UserDataError, match="Cannot write"):
        write_text_atomically(folder, "x")
    assert folder.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["bookmarks.md"]


def test_a_read_only_folder_gives_a_user_data_error() -> None:
    # As an ordinary user: root writes to read-only folders regardless.
    with shared_folder() as shared:
        folder = shared / "locked"
        folder.mkdir()
        give_to_user(folder)
        folder.chmod(0o500)
        with pytest.raises(UserDataError, match="is read-only"):
            as_ordinary_user(lambda: write_text_atomically(folder / "bookmarks.md", "x"))
        assert list(folder.iterdir()) == []
