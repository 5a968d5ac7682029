"""File → Export cards: the command line's filters and files, from the menu, off the UI thread."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
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
    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    parent = QWidget()
    qtbot.addWidget(parent)
    cards = _every_card()[:5]
    lines: list[str] = []
    run_export(parent, cards, tmp_path / "missing" / "x.apkg", kind=ANKI, report=lines.append)
    qtbot.waitUntil(lambda: bool(lines), timeout=10_000)
    assert "Cannot write" in lines[0] and shown == lines


def test_the_file_menu_export_makes_the_cards_off_the_ui_thread(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole flow: the options, where to save, then the cards made and written in a
    worker (the window is not held while the whole content is read)."""
    from PySide6.QtWidgets import QFileDialog, QWidget

    from studyapp.study import card_table
    from studyapp.ui import export_dialog

    path = tmp_path / "cloze.csv"
    monkeypatch.setattr(ExportOptions, "exec", lambda _self: True)
    monkeypatch.setattr(ExportOptions, "chosen", lambda _self: ("third-1912", ["clause-cloze"]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(path), ""))
    made_on: list[str] = []
    real = card_table.every_card

    def watched(*args: object, **kwargs: object) -> list[Card]:
        made_on.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(card_table, "every_card", watched)
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(services.navigator.message_posted, timeout=20_000) as posted:
        export_dialog.export_cards(parent, services, kind=CSV)
    assert made_on and made_on[0] != threading.main_thread().name
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert rows and posted.args[0] == f"Wrote {len(rows)} cards to {path}"
