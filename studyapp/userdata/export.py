"""Bookmarks grouped by agreement, and written out as Markdown a student can keep.

A bookmark whose clause is no longer in the content (after a content update) is never
dropped: it goes in a last group of its own, with its key and note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyapp.i18n import QT_TRANSLATE_NOOP, Context, translate
from studyapp.userdata.bookmarks import Bookmark
from studyapp.wording import clause_label, prose

BookmarkExport = Context("BookmarkExport")  # the plurals (studyapp.i18n.Context)

if TYPE_CHECKING:
    from studyapp.content.catalogue import ContentCatalogue
    from studyapp.content.records import AgreementHeading, AgreementRecord, ClauseRecord

ORPHAN_GROUP_TITLE = QT_TRANSLATE_NOOP("BookmarkExport", "Not in the current content")
_MARKDOWN_SPECIALS = "\\`*_[]<>"


@dataclass(frozen=True, slots=True)
class BookmarkEntry:
    bookmark: Bookmark
    clause: ClauseRecord | None  # None when the key is not in the current content

    @property
    def key(self) -> str:
        return self.bookmark.clause_key


@dataclass(frozen=True, slots=True)
class BookmarkGroup:
    # The agreement (its heading is enough to show the group); None for the bookmarks not
    # in the current content.
    agreement: AgreementRecord | AgreementHeading | None
    entries: tuple[BookmarkEntry, ...]

    @property
    def title(self) -> str:
        if self.agreement is None:
            return translate("BookmarkExport", ORPHAN_GROUP_TITLE)
        return f"{self.agreement.title} {self.agreement.title_ja}"


def group_bookmarks(bookmarks: Iterable[Bookmark], index: ContentCatalogue) -> list[BookmarkGroup]:
    """Bookmarks under their agreements, in agreement order and clause order; orphans last."""
    by_key = {bookmark.clause_key: bookmark for bookmark in bookmarks}
    groups: list[BookmarkGroup] = []
    clauses = index.clauses.many(list(by_key))
    owners = index.agreements.many(list(dict.fromkeys(c.agreement_key for c in clauses)))
    for agreement in sorted(owners, key=lambda a: a.ordinal):
        entries = tuple(
            BookmarkEntry(by_key.pop(clause.key), clause)
            for clause in agreement.clauses
            if clause.key in by_key
        )
        if entries:
            groups.append(BookmarkGroup(agreement, entries))
    if by_key:
        orphans = tuple(BookmarkEntry(by_key[key], None) for key in sorted(by_key))
        groups.append(BookmarkGroup(None, orphans))
    return groups


def local_date(timestamp: str) -> str:
    """The day of an ISO 8601 timestamp in the user's time zone; the text itself if unreadable."""
    try:
        moment = dt.datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date().isoformat()


def markdown_escape(text: str) -> str:
    """`text` with the characters Markdown would read as formatting backslash-escaped."""
    return "".join("\\" + char if char in _MARKDOWN_SPECIALS else char for char in text)


def _quote(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in text.splitlines() or [""]]


def _entry_markdown(entry: BookmarkEntry) -> list[str]:
    bookmark, clause = entry.bookmark, entry.clause
    created, updated = local_date(bookmark.created_at), local_date(bookmark.updated_at)
    if updated != created:
        dates = translate("BookmarkExport", "bookmarked {created}, note edited {updated}")
    else:
        dates = translate("BookmarkExport", "bookmarked {created}")
    dates = dates.format(created=created, updated=updated)
    if clause is None:
        lines = [f"### `{bookmark.clause_key}`", "", f"*{dates[:1].upper()}{dates[1:]}*"]
    else:
        if clause.is_secret:
            part = "**" + translate("BookmarkExport", "Secret") + "**"
        else:
            part = translate("BookmarkExport", "Public")
        lines = [
            f"### {markdown_escape(clause_label(clause.label))}: "
            f"{markdown_escape(prose(clause, 'title'))}",
            "",
            f"{part} · `{clause.key}` · {dates}",
            "",
            *_quote(prose(clause, "summary")),
        ]
    if bookmark.note.strip():
        # The note is the user's own text, kept as written (it may be Markdown already).
        lines += ["", translate("BookmarkExport", "Note:"), "", bookmark.note.strip("\n")]
    return [*lines, ""]


def bookmarks_markdown(
    bookmarks: Iterable[Bookmark], index: ContentCatalogue, exported_on: dt.date | None = None
) -> str:
    """All bookmarks with their notes as one Markdown document, grouped by agreement."""
    groups = group_bookmarks(bookmarks, index)
    count = sum(len(group.entries) for group in groups)
    day = (exported_on or dt.date.today()).isoformat()
    lines = [
        translate("BookmarkExport", "# Bookmarks: the Russo-Japanese Agreements"),
        "",
        BookmarkExport.tr("%n bookmarks, exported {day}.", "", count).format(day=day),
        "",
    ]
    if not groups:
        lines += [translate("BookmarkExport", "No clauses are bookmarked yet."), ""]
    for group in groups:
        agreement = group.agreement
        if agreement is None:
            orphans = translate("BookmarkExport", ORPHAN_GROUP_TITLE)
            lines += [f"## {orphans}", ""]
            lines += [
                translate(
                    "BookmarkExport", "These clauses are not in this version of the content."
                ),
                "",
            ]
        else:
            heading = f"{markdown_escape(agreement.title)} ({agreement.title_ja})"
            signed = translate("BookmarkExport", "Signed {date}.").format(
                date=agreement.signed.isoformat()
            )
            lines += [f"## {heading}", "", signed, ""]
        for entry in group.entries:
            lines += _entry_markdown(entry)
    return "\n".join(lines).rstrip("\n") + "\n"
