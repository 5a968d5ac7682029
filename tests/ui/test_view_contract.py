"""The one contract between the window and its views: registration, opening, saved state."""

from __future__ import annotations

import tomllib

import pytest
from pytestqt.qtbot import QtBot

from studyapp.ui.services import ItemKind
from studyapp.ui.views import OWNERS, VIEWS, ViewSpec, _owners
from tests.conftest import ROOT
from tests.ui.helpers import started_window

SAMPLE_KEYS = {
    ItemKind.AGREEMENT: "third-1912",
    ItemKind.CLAUSE: "second-1910-secret-1",
    ItemKind.EVENT: "korea-annexation-1910",
    ItemKind.TERM: "open-door",
    ItemKind.TOPIC: "korea",
}


def test_every_kind_of_item_has_exactly_one_view_that_opens_it() -> None:
    assert set(OWNERS) == set(ItemKind)
    with pytest.raises(ValueError, match="opened by both"):
        _owners([*VIEWS, ViewSpec("copy", "Copy", VIEWS[0].make, opens=VIEWS[0].opens)])


def test_every_view_package_is_in_the_independence_contract() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    independent = next(c for c in contracts if c["type"] == "independence")["modules"]
    packages = {
        f"studyapp.ui.{path.name}"
        for path in (ROOT / "studyapp" / "ui").iterdir()
        if (path / "__init__.py").exists() and path.name != "shared"
    }
    assert packages <= set(independent)


def test_the_navigator_opens_each_kind_in_its_own_view(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    assert window.services is not None
    for kind, key in SAMPLE_KEYS.items():
        window.show_view("stats")
        window.services.navigator.open(kind, key)
        assert window.current_view_name() == OWNERS[kind].name
    agreements = window.views["agreements"]
    assert agreements.current_agreement_key() == "second-1910"  # type: ignore[attr-defined]
    window.close_stores()


def test_an_unknown_kind_is_said_in_the_status_bar(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    window.open_item("battleship", "mikasa")
    assert "battleship" in window.statusBar().currentMessage()
    window.close_stores()


def test_each_view_keeps_its_state_under_its_own_name(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    window.contract("agreements").open_item(ItemKind.AGREEMENT, "fourth-1916")
    timeline = window.view("timeline")
    box = timeline.calendar_box  # type: ignore[attr-defined]
    box.setCurrentIndex(box.findData("japanese"))
    window.close()
    assert window.services is not None
    settings = window.services.settings
    assert settings.value("agreements/selected") == "fourth-1916"
    assert settings.value("timeline/calendar") == "japanese"
    window.close_stores()
    again = started_window(qtbot)
    assert again.view("timeline").calendar() == "japanese"  # type: ignore[attr-defined]
    assert again.view("agreements").current_agreement_key() == "fourth-1916"  # type: ignore[attr-defined]
    again.close_stores()
