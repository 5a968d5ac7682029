"""The end of a session: cards seen, right answers, time, the ratings, and when more are due."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.study.queue import SessionSummary
from studyapp.ui.quiz.formatting import due_text, duration_text
from studyapp.ui.shared.announce import announce


def _title(finished: bool) -> str:
    return "Well done: the session is finished" if finished else "Session ended"


def _rows(summary: SessionSummary) -> list[tuple[str, str]]:
    if summary.answers == 0:
        return []
    share = summary.correct / summary.answers
    return [
        ("Cards seen", f"{summary.seen}"),
        ("Right", f"{summary.correct} of {summary.answers} answers ({share:.0%})"),
        ("Time", duration_text(summary.seconds)),
        (
            "Ratings",
            f"Again {summary.again} · Hard {summary.hard} · Good {summary.good} · "
            f"Easy {summary.easy}",
        ),
    ]


def summary_html(summary: SessionSummary, deck: str, now: dt.datetime, finished: bool) -> str:
    rows = _rows(summary)
    if not rows:
        body = "<p>No cards were answered.</p>"
    else:
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
        f"<h2>{_title(finished)}</h2><p>{html.escape(deck)}</p>{body}"
        f"<p style='font-size:large'>Next card due: <b>{html.escape(due)}</b></p>"
    )


def summary_words(summary: SessionSummary, deck: str, now: dt.datetime, finished: bool) -> str:
    """The summary as a screen reader should say it: the table's rows as sentences."""
    rows = _rows(summary)
    facts = [f"{name}: {value}." for name, value in rows] or ["No cards were answered."]
    due = due_text(summary.next_due, now)
    return " ".join([f"{_title(finished)}.", f"{deck}.", *facts, f"Next card due: {due}."])


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
        # Said as the page appears, and kept on the focused button: the focus lands there,
        # and a screen reader reading only the focus would otherwise miss the whole summary.
        spoken = summary_words(summary, deck, now, finished)
        self.again_button.setAccessibleDescription(spoken)
        announce(self.text_label, spoken, assertive=True)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
