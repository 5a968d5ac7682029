"""The end of a session: cards seen, right answers, time, the ratings, and when more are due."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.i18n import Context, sentences
from studyapp.study.queue import SessionSummary
from studyapp.ui.quiz.formatting import due_text, duration_text
from studyapp.ui.shared.announce import announce

SummaryText = Context("SummaryText")  # the plurals (studyapp.i18n.Context)


def _title(finished: bool) -> str:
    if finished:
        return QCoreApplication.translate("SummaryText", "Well done: the session is finished")
    return QCoreApplication.translate("SummaryText", "Session ended")


def _rows(summary: SessionSummary) -> list[tuple[str, str]]:
    if summary.answers == 0:
        return []
    share = summary.correct / summary.answers
    right = SummaryText.tr("{right} of %n answers ({share})", "", summary.answers)
    return [
        (QCoreApplication.translate("SummaryText", "Cards seen"), f"{summary.seen}"),
        (
            QCoreApplication.translate("SummaryText", "Right"),
            right.format(right=summary.correct, share=f"{share:.0%}"),
        ),
        (QCoreApplication.translate("SummaryText", "Time"), duration_text(summary.seconds)),
        (
            QCoreApplication.translate("SummaryText", "Ratings"),
            QCoreApplication.translate(
                "SummaryText", "Again {again} · Hard {hard} · Good {good} · Easy {easy}"
            ).format(again=summary.again, hard=summary.hard, good=summary.good, easy=summary.easy),
        ),
    ]


def _nothing_answered() -> str:
    return QCoreApplication.translate("SummaryText", "No cards were answered.")


def _next_due(due: str) -> str:
    return QCoreApplication.translate("SummaryText", "Next card due: {due}").format(due=due)


def summary_html(summary: SessionSummary, deck: str, now: dt.datetime, finished: bool) -> str:
    rows = _rows(summary)
    if not rows:
        body = f"<p>{html.escape(_nothing_answered())}</p>"
    else:
        body = (
            "<table cellspacing='0' cellpadding='4'>"
            + "".join(
                f"<tr><td align='right'><b>{html.escape(name)}</b></td>"
                f"<td>{html.escape(value)}</td></tr>"
                for name, value in rows
            )
            + "</table>"
        )
    due = f"<b>{html.escape(due_text(summary.next_due, now))}</b>"
    return (
        f"<h2>{html.escape(_title(finished))}</h2><p>{html.escape(deck)}</p>{body}"
        f"<p style='font-size:large'>{_next_due(due)}</p>"
    )


def summary_words(summary: SessionSummary, deck: str, now: dt.datetime, finished: bool) -> str:
    """The summary as a screen reader should say it: the table's rows as sentences."""
    rows = _rows(summary)
    fact = QCoreApplication.translate("SummaryText", "{name}: {value}.")
    facts = [fact.format(name=name, value=value) for name, value in rows]
    due = due_text(summary.next_due, now)
    sentence = QCoreApplication.translate("SummaryText", "{text}.")
    return sentences(
        sentence.format(text=_title(finished)),
        sentence.format(text=deck),
        *(facts or [_nothing_answered()]),
        sentence.format(text=_next_due(due)),
    )


class SummaryPage(QWidget):
    again_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_label = QLabel(self)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Study aga&in"), self)
        self.again_button.setAccessibleName(self.tr("Study again"))
        self.again_button.setDefault(True)
        self.back_button = QPushButton(self.tr("Back to the &decks"), self)
        self.back_button.setAccessibleName(self.tr("Back to the decks"))
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
