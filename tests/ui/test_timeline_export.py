"""Exporting the timeline as it would print: every lane, no scroll bar or selection, the
range and resolution chosen, SVG labels in one piece, the folder remembered."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from studyapp.ui.services import Services
from studyapp.ui.shared.image_file import ExportError
from studyapp.ui.timeline.export import (
    ExportOptions,
    ExportStoppedError,
    export_image,
    printable_copy,
)
from studyapp.ui.timeline.export_dialog import ExportDialog
from studyapp.ui.timeline.view import TimelineView


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> TimelineView:
    """A view too short for its lanes even packed by marker: on screen they scroll."""
    view = TimelineView(services)
    qtbot.addWidget(view)
    view.resize(1000, 340)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.canvas.scrollbar.isHidden())
    return view


def test_the_page_holds_every_lane_and_no_scroll_bar(view: TimelineView) -> None:
    canvas = view.canvas
    page = printable_copy(canvas, ExportOptions(whole=True))
    assert page.scrollbar.isHidden()
    assert page.height() == page.needed_height() > canvas.height()
    lanes = page.model.layouts[1].best(page.view.scale).lane_count()
    assert page.bands().events_top + lanes * page.sizes.lane <= page.height()
    page.deleteLater()


def test_the_whole_timeline_or_the_dates_on_screen(view: TimelineView) -> None:
    canvas = view.canvas
    canvas.show_stretch(dt.date(1910, 1, 1).toordinal(), dt.date(1910, 12, 31).toordinal())
    shown = printable_copy(canvas, ExportOptions(whole=False))
    assert shown.visible_range() == pytest.approx(canvas.visible_range(), abs=1)
    whole = printable_copy(canvas, ExportOptions(whole=True))
    first, last = whole.visible_range()
    assert first <= canvas.model.first_day and last >= canvas.model.last_day - 1
    shown.deleteLater()
    whole.deleteLater()


def test_the_selection_is_not_exported(view: TimelineView, tmp_path: Path) -> None:
    view.export_to(tmp_path / "plain.png")
    view.show_event("portsmouth-treaty-1905")
    view.canvas.hovered = "third-1912"
    view.export_to(tmp_path / "selected.png")
    assert QImage(str(tmp_path / "plain.png")) == QImage(str(tmp_path / "selected.png"))


def test_a_png_at_print_resolution(view: TimelineView, tmp_path: Path) -> None:
    screen = export_image(view.canvas, tmp_path / "screen.png", ExportOptions(dpi=96))
    export_image(view.canvas, tmp_path / "print.png", ExportOptions(dpi=300))
    image = QImage(str(tmp_path / "print.png"))
    assert image.width() == round(screen.width() * 300 / 96)
    assert image.height() == round(screen.height() * 300 / 96)
    assert round(image.dotsPerMeterX() * 0.0254) == 300


def test_each_svg_label_is_one_text_naming_its_fonts(view: TimelineView, tmp_path: Path) -> None:
    target = tmp_path / "timeline.svg"
    assert view.export_to(target, ExportOptions(whole=True))
    svg = target.read_text(encoding="utf-8")
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg)
    assert any(
        "First Russo-Japanese Agreement" in text and "第一次日露協約" in text for text in texts
    )
    assert "Russo-Japanese War begins with the attack on Port Arthur" in texts  # whole
    assert "Noto Sans CJK JP" in svg and "sans-serif" in svg


def test_the_export_reports_progress_and_can_be_stopped(view: TimelineView, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    export_image(view.canvas, tmp_path / "a.svg", ExportOptions(whole=True), keep_going)
    assert seen and seen[0][1] == len(view.canvas.model.group_entries[1])
    with pytest.raises(ExportStoppedError):
        export_image(view.canvas, tmp_path / "b.svg", ExportOptions(), lambda _d, _t: False)
    assert not (tmp_path / "b.svg").exists()


def test_a_png_too_large_to_paint_is_refused_with_advice(
    view: TimelineView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("studyapp.ui.timeline.export.MOST_PIXELS", 10_000)
    with pytest.raises(ExportError, match="SVG"):
        export_image(view.canvas, tmp_path / "big.png", ExportOptions())
    assert not (tmp_path / "big.png").exists()


def test_the_export_dialog_opens_in_the_last_folder(
    view: TimelineView, services: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert view.export_to(folder / "first.png")
    dialog = ExportDialog(services.settings, view)
    assert Path(dialog.path_edit.text()).parent == folder
    dialog.path_edit.setText(str(folder / "again"))
    dialog.whole_choice.setChecked(True)
    dialog.resolution.setCurrentIndex(2)
    assert dialog.path() == folder / "again.png"
    assert dialog.options() == ExportOptions(whole=True, dpi=300)
