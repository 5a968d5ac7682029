"""The Stats view: a friendly word with no reviews yet, painted charts once there are some."""

from __future__ import annotations

import datetime as dt
import random

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.study.card_table import every_card
from studyapp.study.kinds import kind_label
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.study.stats import PHASES
from studyapp.ui.services import Services
from studyapp.ui.stats.heatmap import CalendarHeatmap, heat_level
from studyapp.ui.stats.view import DUE_DAYS, HISTORY_DAYS, StatsView
from studyapp.userdata import reviews


def _colours(widget: QWidget) -> set[int]:
    """The distinct colours of the widget as painted (every third pixel)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return {
        image.pixel(x, y) for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
    }


def _open(qtbot: QtBot, services: Services) -> StatsView:
    view = StatsView(services)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def _study(services: Services, answers: int, seed: int = 4) -> None:
    """`answers` answers to real cards over the last 90 days, scheduled by fsrs."""
    rng = random.Random(seed)
    path = paths.content_db_path()
    cards = every_card(read_content(path), path)
    scheduler = Scheduler(fuzz=False)
    store = services.bookmarks.store
    now = dt.datetime.now(dt.UTC)
    moments = sorted(
        now - dt.timedelta(minutes=rng.randint(0, 90 * 24 * 60)) for _ in range(answers)
    )
    for at in moments:
        card = rng.choice(cards[:60])
        rating = Rating(rng.choice([1, 3, 3, 3, 4]))
        state = scheduler.review(card.key, reviews.get_state(store, card.key), rating, at)
        reviews.record_review(
            store,
            card.key,
            state,
            rating=rating,
            reviewed_at=at,
            duration_ms=2000,
            mode="choice",
            correct=rating > Rating.AGAIN,
        )


def test_with_no_reviews_the_view_says_so(qtbot: QtBot, services: Services) -> None:
    view = _open(qtbot, services)
    assert view.stack.currentWidget() is view.empty_label
    assert "No reviews yet" in view.empty_label.text()
    assert len(_colours(view)) > 2  # the message is painted


def test_reviews_are_drawn_as_charts(qtbot: QtBot, services: Services) -> None:
    _study(services, 300)
    view = _open(qtbot, services)
    stats = view.stats
    assert stats is not None and not stats.is_empty
    assert view.stack.currentIndex() == 1
    assert stats.total_reviews == 300
    assert len(stats.reviews_per_day) == HISTORY_DAYS
    assert sum(stats.reviews_per_day) == 300
    assert view.heatmap.counts == stats.reviews_per_day
    assert [bar.label for bar in view.retention.bars] == [
        kind_label(item.kind) for item in stats.retention
    ]
    path = paths.content_db_path()  # the map's cards are counted with the rest
    cards = every_card(read_content(path), path)
    assert sum(s.count for s in view.states.slices) == len(cards)
    assert [s.phase for s in view.states.slices] == list(PHASES)
    assert len(view.due.counts) == DUE_DAYS
    assert view.due.labels[0].startswith("Today")
    for chart in (view.heatmap, view.retention, view.states, view.due):
        assert chart.isVisible()
        assert chart.accessibleName() and chart.accessibleDescription()
        assert len(_colours(chart)) > 6, chart.accessibleName()
    assert "300" in view.headline.text()


def test_the_view_refreshes_when_shown_again(qtbot: QtBot, services: Services) -> None:
    view = _open(qtbot, services)
    assert view.stack.currentWidget() is view.empty_label
    view.hide()
    _study(services, 5)
    view.show()
    qtbot.waitExposed(view)
    assert view.stats is not None and view.stats.total_reviews == 5


def test_the_charts_read_in_a_dark_palette(qtbot: QtBot, services: Services) -> None:
    _study(services, 120)
    view = _open(qtbot, services)
    dark = QPalette(view.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#181818"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    view.setPalette(dark)
    image = view.heatmap.grab().toImage()
    lightness = [
        QColor(image.pixel(x, y)).lightnessF()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    ]
    assert sum(lightness) / len(lightness) < 0.35  # mostly dark background
    assert max(lightness) > 0.6  # with light labels and cells on it


def test_heatmap_cells_answer_to_the_pointer(qtbot: QtBot) -> None:
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(600, heatmap.sizeHint().height())
    today = dt.date(2026, 3, 20)  # a Friday
    counts = [0] * 60
    counts[-1] = 7
    heatmap.set_counts(today - dt.timedelta(days=59), counts)
    x0, y0 = heatmap._origin()
    cell = heatmap._cell()
    column = heatmap._weeks() - 1
    row = today.weekday()
    centre = QPoint(int(x0 + (column + 0.5) * cell), int(y0 + (row + 0.5) * cell))
    assert heatmap._day_at(centre) == 59
    assert heatmap._day_at(QPoint(0, 0)) is None
    assert "7 reviews on 1 of the last 60 days" in heatmap.accessibleDescription()


def test_heat_levels_grow_with_the_count() -> None:
    assert heat_level(0, 10) == 0
    assert heat_level(1, 10) == 1
    assert heat_level(10, 10) == 4
    assert [heat_level(n, 8) for n in range(9)] == [0, 1, 1, 2, 2, 3, 3, 4, 4]
