"""The Stats view: how much was studied, how well, where the cards stand and what is due.

Four painted pictures (no tables): a calendar heatmap of reviews per day over the last six
months, the share of right answers per card kind, the cards by FSRS state, and the cards due
in each of the next 14 days. The figures are aggregated in SQL (studyapp.study.stats) every
time the view is shown, so they are current after a quiz session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.date_text import weekday_name
from studyapp.i18n import QT_TRANSLATE_NOOP
from studyapp.study.content_cards import ContentCards
from studyapp.study.kinds import kind_label
from studyapp.study.stats import PHASES, StudyStats, load_stats
from studyapp.ui.actions import view_action
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.stats.bars import Bar, DayColumns, Donut, HorizontalBars, Slice
from studyapp.ui.stats.heatmap import CalendarHeatmap, date_words

HISTORY_DAYS = 182  # about six months
DUE_DAYS = 14
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "StatsView",
    "<h2>No reviews yet</h2>"
    "<p>Answer a few cards in the Quiz (Ctrl+5) and your progress will show here:<br>"
    "reviews per day, how often you were right, and what is due next.</p>",
)
# The FSRS phases, as the donut names them.
PHASE_NAMES = {
    "new": QT_TRANSLATE_NOOP("StatsView", "New"),
    "learning": QT_TRANSLATE_NOOP("StatsView", "Learning"),
    "review": QT_TRANSLATE_NOOP("StatsView", "Review"),
    "relearning": QT_TRANSLATE_NOOP("StatsView", "Relearning"),
}


def _panel(title: str, chart: QWidget, parent: QWidget) -> tuple[QFrame, QLabel]:
    """A framed box with a bold title, a one-line summary under it, and the chart."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 12)
    heading = QLabel(f"<b>{title}</b>", frame)
    summary = QLabel(frame)  # its text is its accessible name: the sentence itself
    summary.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(summary)
    layout.addSpacing(4)
    layout.addWidget(chart)
    layout.addStretch(1)
    return frame, summary


class StatsView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stats: StudyStats | None = None
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Study statistics"))

        self.empty_label = QLabel(self.tr(EMPTY_TEXT), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        # Focusable, so the view has somewhere for the keys to land that reads its text.
        self.empty_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack.addWidget(self.empty_label)

        self.heatmap = CalendarHeatmap()
        self.retention = HorizontalBars(self.tr("Right answers by card kind"))
        self.states = Donut(self.tr("Cards by state"))
        self.due = DayColumns(self.tr("Cards due in the next 14 days"))
        self.stack.addWidget(self._charts_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.refresh_action = view_action(
            self, self.tr("&Refresh statistics"), [QKeySequence.StandardKey.Refresh], self.refresh
        )
        self.setFocusProxy(self.heatmap)

    def _charts_page(self) -> QScrollArea:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 12, 16, 16)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        self.headline = QLabel(page)
        self.headline.setWordWrap(True)
        grid.addWidget(self.headline, 0, 0, 1, 2)
        heat_panel, self.heat_summary = _panel(self.tr("Reviews per day"), self.heatmap, page)
        kind_panel, self.retention_summary = _panel(
            self.tr("Right answers by card kind"), self.retention, page
        )
        state_panel, self.state_summary = _panel(self.tr("Cards by state"), self.states, page)
        due_panel, self.due_summary = _panel(self.tr("Due in the next 14 days"), self.due, page)
        grid.addWidget(heat_panel, 1, 0)
        grid.addWidget(state_panel, 1, 1)
        grid.addWidget(kind_panel, 2, 0)
        grid.addWidget(due_panel, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Statistics charts"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def view_actions(self) -> list[QAction]:
        return [self.refresh_action]

    def open_item(self, kind: ItemKind, key: str) -> None:
        """Nothing to open here: the view's registration names no kinds."""

    def saved_state(self) -> dict[str, str]:
        return {}

    def restore_state(self, state: Mapping[str, str]) -> None:
        """Nothing is saved."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()

    # ---- filling the charts ----------------------------------------------------------------

    def refresh(self) -> None:
        services = self.services
        bookmarked = services.bookmarks.keys()
        self.stats = load_stats(
            services.bookmarks.store,
            ContentCards(services.database, services.index, bookmarked),
            dt.date.today(),
            days=HISTORY_DAYS,
            due_days=DUE_DAYS,
        )
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        if self.stats.is_empty:
            self.stack.setCurrentWidget(self.empty_label)
            self.setFocusProxy(self.empty_label)
        else:
            self.stack.setCurrentIndex(1)
            self.setFocusProxy(self.heatmap)
            self._show_stats(self.stats)
        if had_focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_stats(self, stats: StudyStats) -> None:
        per_day = stats.reviews_per_day
        studied_days = sum(1 for count in per_day if count)
        streak = _streak(per_day)
        self.headline.setText(
            self.tr(
                "<p style='font-size:large'><b>{total}</b> reviews in all · <b>{today}</b> "
                "today · a streak of <b>{streak}</b></p>"
            ).format(
                total=f"{stats.total_reviews:,}",
                today=per_day[-1],
                streak=self.tr("%n days", "", streak),
            )
        )
        self.heatmap.set_counts(stats.first_day, per_day)
        self.heat_summary.setText(
            self.tr(
                "{reviews} on {studied} of the last {days}; {average} a day on the days you "
                "studied."
            ).format(
                reviews=self.tr("%n reviews", "", sum(per_day)),
                studied=studied_days,
                days=self.tr("%n days", "", len(per_day)),
                average=f"{sum(per_day) / max(1, studied_days):.1f}",
            )
        )
        share_of = self.tr("{share} of {total}")
        self.retention.set_bars(
            [
                Bar(
                    kind_label(item.kind),
                    item.share,
                    share_of.format(share=f"{item.share:.0%}", total=f"{item.total:,}"),
                )
                for item in stats.retention
            ]
        )
        passed = sum(item.passed for item in stats.retention)
        answered = sum(item.total for item in stats.retention)
        self.retention_summary.setText(
            self.tr("Right {share} of %n answers.", "", answered).format(
                share=f"{passed / answered:.0%}"
            )
            if answered
            else ""
        )
        self.states.set_slices(
            [
                Slice(self.tr(PHASE_NAMES.get(phase, phase)), stats.by_state[phase], phase)
                for phase in PHASES
            ]
        )
        studied = sum(stats.by_state.values()) - stats.by_state[PHASES[0]]
        self.state_summary.setText(
            self.tr(
                "{studied} of %n cards studied at least once.", "", sum(stats.by_state.values())
            ).format(studied=f"{studied:,}")
        )
        days = [stats.today + dt.timedelta(days=n) for n in range(len(stats.due_per_day))]
        labels = [self.tr("Today") + f"\n{days[0].day}"] + [
            f"{weekday_name(d, short=True)}\n{d.day}" for d in days[1:]
        ]
        spoken = [self.tr("Today, {day}").format(day=date_words(days[0]))] + [
            date_words(d) for d in days[1:]
        ]
        due_total = sum(stats.due_per_day)
        description = self.tr("{today} due today, {total} in the next {days}").format(
            today=stats.due_per_day[0], total=due_total, days=self.tr("%n days", "", len(days))
        )
        self.due.set_columns(labels, stats.due_per_day, description, spoken)
        self.due_summary.setText(
            self.tr("{description}.").format(description=description[:1].upper() + description[1:])
        )


def _streak(per_day: list[int]) -> int:
    """Days in a row with reviews, ending today (or yesterday, if today has none yet)."""
    days = list(reversed(per_day))
    if days and days[0] == 0:
        days = days[1:]
    streak = 0
    for count in days:
        if not count:
            break
        streak += 1
    return streak
