"""The main window. For now an overview of the four agreements; the views grow from here."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QTextBrowser

from studyapp import calendars

if TYPE_CHECKING:
    from studyapp.content.records import AgreementRecord, Content
    from studyapp.userdata.store import UserStore


class MainWindow(QMainWindow):
    first_painted = Signal()
    content_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Russo-Japanese Agreements — 日露協約")
        self.resize(1000, 720)
        self.content: Content | None = None
        self.user_store: UserStore | None = None
        self.notice: str | None = None
        self._painted_once = False
        self.overview = QTextBrowser(self)
        self.overview.setOpenExternalLinks(True)
        self.overview.setAccessibleName("Agreements overview")
        self.overview.setHtml("<p>Loading the agreements…</p>")
        self.overview.viewport().installEventFilter(self)
        self.setCentralWidget(self.overview)
        self.status_label = QLabel("Loading…")
        self.statusBar().addWidget(self.status_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.overview.viewport() and event.type() == QEvent.Type.Paint:
            if not self._painted_once:
                self._painted_once = True
                self.first_painted.emit()
            elif self.content is not None:
                self.content_painted.emit()
        return super().eventFilter(watched, event)

    def load(self) -> None:
        """Read the content and open the user's data; raises StudyAppError if either fails."""
        from studyapp import paths
        from studyapp.content.database import ContentDatabase
        from studyapp.content.queries import all_content
        from studyapp.userdata.store import UserStore

        database = ContentDatabase(paths.content_db_path())
        try:
            self.content = database.read(all_content)
        finally:
            database.close()
        self.user_store = UserStore.open(paths.user_db_path())
        self.notice = self.user_store.notice
        self.overview.setHtml(overview_html(self.content.agreements))
        counts = (
            f"{len(self.content.agreements)} agreements, {len(self.content.events)} events, "
            f"{len(self.content.terms)} terms"
        )
        self.status_label.setText(self.notice or counts)

    def summary(self) -> str:
        if self.content is None:
            return "no content"
        clauses = sum(len(a.clauses) for a in self.content.agreements)
        return f"{len(self.content.agreements)} agreements, {clauses} clauses shown"

    def close_stores(self) -> None:
        if self.user_store is not None:
            self.user_store.close()
            self.user_store = None


def overview_html(agreements: tuple[AgreementRecord, ...]) -> str:
    parts = ["<h1>The Russo-Japanese Agreements <small>日露協約</small></h1>"]
    for agreement in agreements:
        era = calendars.to_era_year(agreement.signed)
        julian = calendars.to_julian(agreement.signed)
        signers = "; ".join(
            f"{html.escape(s.name)} ({html.escape(s.office)}, {html.escape(s.country)})"
            for s in agreement.signatories
        )
        public = len(agreement.clauses_in("public"))
        secret = len(agreement.clauses_in("secret"))
        parts.append(
            f"<h2>{html.escape(agreement.title)} <small>{html.escape(agreement.title_ja)}</small>"
            "</h2>"
            f"<p><b>Signed</b> {agreement.signed:%d %B %Y} (Julian {julian.isoformat()}; "
            f"{era.english}, {era.japanese}) at {html.escape(agreement.place)}<br>"
            f"<b>Signed by</b> {signers}<br>"
            f"<b>Articles</b> {public} public, {secret} secret</p>"
            f"<p>{html.escape(agreement.summary)}</p>"
        )
    return "".join(parts)
