"""The end of a session: cards seen, right answers, time, the ratings, and when more are due."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.study.queue import SessionSummary
from studyapp.ui.quiz.formatting import due_text, duration_text


def summary_html(summary: SessionSummary, deck: str, now: dt.datetime, finished: bool) -> str:
    title = "Well done: the session is finished" if finished else "Session ended"
    if summary.answers == 0:
        body = "<p>No cards were answered.</p>"
    else:
        share = summary.correct / summary.answers
        rows = [
            ("Cards seen", f"{summary.seen}"),
            ("Right", f"{summary.correct} of {summary.answers} answers ({share:.0%})"),
            ("Time", duration_text(summary.seconds)),
            (
                "Ratings",
                f"Again {summary.again} · Hard {summary.hard} · Good {summary.good} · "
                f"Easy {summary.easy}",
            ),
        ]
        body = (
            "<table cellspacing='0' cellpadding='4'>"
            + "".join(
                f"<tr><td align='right'><b>{name}</b></td><td>{html.escape(value)}</td></tr>"
                for name, value in rows
            )
            + "</table>"
        )
    due = due_text(summary.next_due, now)
    return (
        f"<h2>{title}</h2><p>{html.escape(deck)}</p>{body}"
        f"<p style='font-size:large'>Next card due: <b>{html.escape(due)}</b></p>"
    )


class SummaryPage(QWidget):
    again_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_label = QLabel(self)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.again_button = QPushButton("Study aga&in", self)
        self.again_button.setAccessibleName("Study again")
        self.again_button.setDefault(True)
        self.back_button = QPushButton("Back to the &decks", self)
        self.back_button.setAccessibleName("Back to the decks")
        self.again_button.clicked.connect(self.again_requested)
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.text_label)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(2)
        centred = QHBoxLayout(self)
        centred.addStretch(1)
        centred.addLayout(column, 3)
        centred.addStretch(1)
        self.setFocusProxy(self.again_button)

    def show_summary(self, summary: SessionSummary, deck: str, finished: bool) -> None:
        now = dt.datetime.now(dt.UTC)
        self.text_label.setText(summary_html(summary, deck, now, finished))
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
