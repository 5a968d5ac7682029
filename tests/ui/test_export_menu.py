"""File → Export cards: the command line's filters and files, from the menu, off the UI thread."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.content.card_sources import agreement_rows
from studyapp.content.database import read_content
from studyapp.study.card_table import every_card
from studyapp.study.cards import Card
from studyapp.study.export import select_cards
from studyapp.ui.export_dialog import ANKI, CSV, ExportOptions, run_export
from studyapp.ui.services import Services


def _every_card() -> list[Card]:
    path = paths.content_db_path()
    return every_card(read_content(path), path)


def test_the_options_give_the_command_line_filters(qtbot: QtBot, services: Services) -> None:
    agreements = services.database.read(agreement_rows)
    options = ExportOptions(agreements, "Export")
    qtbot.addWidget(options)
    assert options.chosen() == (None, [])
    options.agreement.setCurrentIndex(options.agreement.findData("third-1912"))
    row = next(
        r
        for r in range(options.kinds.count())
        if options.kinds.item(r).data(Qt.ItemDataRole.UserRole) == "clause-cloze"
    )
    options.kinds.item(row).setCheckState(Qt.CheckState.Checked)
    agreement, kinds = options.chosen()
    assert (agreement, kinds) == ("third-1912", ["clause-cloze"])
    keys = [a.key for a in agreements]
    chosen = select_cards(_every_card, keys, agreement, kinds)
    assert chosen and all(
        c.kind == "clause-cloze" and c.agreement_key == "third-1912" for c in chosen
    )


def test_the_menu_export_writes_the_file_and_reports_it(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    cards = _every_card()[:50]
    lines: list[str] = []
    path = tmp_path / "cards.csv"
    run_export(parent, cards, path, kind=CSV, report=lines.append)
    qtbot.waitUntil(lambda: bool(lines), timeout=10_000)  # said when the thread is done
    assert lines == [f"Wrote 50 cards to {path}"]
    with path.open(encoding="utf-8-sig", newline="") as file:
        assert len(list(csv.DictReader(file))) == 50


def test_a_failed_menu_export_says_why(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    shown: list[str] = []
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    parent = QWidget()
    qtbot.addWidget(parent)
    cards = _every_card()[:5]
    lines: list[str] = []
    run_export(parent, cards, tmp_path / "missing" / "x.apkg", kind=ANKI, report=lines.append)
    qtbot.waitUntil(lambda: bool(lines), timeout=10_000)
    assert "Cannot write" in lines[0] and shown == lines
