"""The contract between the main window and its views, and the views in the order of their tabs.

A view is a QWidget that also satisfies `View`: it names the actions of its menu, opens the
kinds of item its registration says it owns, and hands the window its state to save and
restore. The window knows nothing else of a view, and mypy checks that each factory returns
something that keeps the contract, so a misspelt method is a type error, not a silent no-op.

Adding a view is one registration in `VIEWS`, with a factory that imports the view's package
only when the view is first shown (so start-up does not pay for it)::

    def _people(services: Services) -> View:
        from studyapp.ui.people.view import PeopleView

        return PeopleView(services)

    ViewSpec("people", "&People", _people, opens=(ItemKind.PERSON,)),

A new kind of item is one member of `ItemKind` (ui/services.py); other views then ask for it
with `services.navigator.open(ItemKind.PERSON, key)`. Each kind has exactly one owner (checked
below, at import). Add the view's package to the independence contract in pyproject.toml
too: views never import each other; what they share lives in studyapp.ui.shared.

The state a view returns from `saved_state()` is kept in the settings under the view's name
(`agreements/selected`) and handed back to `restore_state()` when the view is next built.
Commands of the whole window (the File menu) register the same way in `WINDOW_COMMANDS`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from studyapp.i18n import QT_TRANSLATE_NOOP
from studyapp.ui.services import ItemKind, Services

ViewState = dict[str, str]


class View(Protocol):
    """What the main window asks of every view (which is a QWidget besides)."""

    def view_actions(self) -> Sequence[QAction]:
        """The actions of the view's own menu, in order; their shortcuts are listed by F1."""
        ...

    def open_item(self, kind: ItemKind, key: str) -> None:
        """Show the item; called only with the kinds of the view's `ViewSpec.opens`."""
        ...

    def saved_state(self) -> ViewState:
        """What to restore on the next start (small strings: keys, choices)."""
        ...

    def restore_state(self, state: Mapping[str, str]) -> None:
        """Take back a saved state; unknown or stale values are ignored."""
        ...


@dataclass(frozen=True)
class ViewSpec:
    name: str  # stable id: the settings group of its state, and the last view shown
    title: str  # tab and menu title, with its mnemonic (English: see `view_title`)
    make: Callable[[Services], View]
    opens: tuple[ItemKind, ...] = field(default=())


@dataclass(frozen=True)
class WindowCommand:
    """An item of the File menu: `run(window, services)` when chosen."""

    title: str
    keys: tuple[str, ...]
    run: Callable[[QWidget, Services], None]


def _timeline(services: Services) -> View:
    from studyapp.ui.timeline.view import TimelineView

    return TimelineView(services)


def _agreements(services: Services) -> View:
    from studyapp.ui.agreements.view import AgreementsView

    return AgreementsView(services)


def _glossary(services: Services) -> View:
    from studyapp.ui.glossary.view import GlossaryView

    return GlossaryView(services)


def _people(services: Services) -> View:
    from studyapp.ui.people.view import PeopleView

    return PeopleView(services)


def _bookmarks(services: Services) -> View:
    from studyapp.ui.bookmarks.view import BookmarksView

    return BookmarksView(services)


def _map(services: Services) -> View:
    from studyapp.ui.map.view import MapView

    return MapView(services)


def _quiz(services: Services) -> View:
    from studyapp.ui.map.quiz_panel import MapCardPanel
    from studyapp.ui.quiz.view import QuizView

    return QuizView(services, card_panels=(MapCardPanel,))


def _stats(services: Services) -> View:
    from studyapp.ui.stats.view import StatsView

    return StatsView(services)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "timeline", QT_TRANSLATE_NOOP("ViewSpec", "&Timeline"), _timeline, opens=(ItemKind.EVENT,)
    ),
    ViewSpec(
        "agreements",
        QT_TRANSLATE_NOOP("ViewSpec", "&Agreements"),
        _agreements,
        opens=(ItemKind.AGREEMENT, ItemKind.CLAUSE, ItemKind.TOPIC),
    ),
    ViewSpec(
        "glossary", QT_TRANSLATE_NOOP("ViewSpec", "&Glossary"), _glossary, opens=(ItemKind.TERM,)
    ),
    ViewSpec("bookmarks", QT_TRANSLATE_NOOP("ViewSpec", "&Bookmarks"), _bookmarks),
    ViewSpec("quiz", QT_TRANSLATE_NOOP("ViewSpec", "&Quiz"), _quiz),
    ViewSpec("stats", QT_TRANSLATE_NOOP("ViewSpec", "&Stats"), _stats),
    ViewSpec("people", QT_TRANSLATE_NOOP("ViewSpec", "&People"), _people, opens=(ItemKind.PERSON,)),
    # "Ma&p": Alt+M is the quiz start page's "&Multiple choice".
    ViewSpec("map", QT_TRANSLATE_NOOP("ViewSpec", "Ma&p"), _map, opens=(ItemKind.MAP,)),
)


def _export_cards(kind: str) -> Callable[[QWidget, Services], None]:
    def run(window: QWidget, services: Services) -> None:
        from studyapp.ui.export_dialog import export_cards  # genanki: only when asked for

        export_cards(window, services, kind=kind)

    return run


WINDOW_COMMANDS: tuple[WindowCommand, ...] = (
    WindowCommand(
        QT_TRANSLATE_NOOP("ViewSpec", "Export cards to &Anki…"), (), _export_cards("anki")
    ),
    WindowCommand(QT_TRANSLATE_NOOP("ViewSpec", "Export cards as &CSV…"), (), _export_cards("csv")),
)


def translated(title: str) -> str:
    """A title of this module (a view's, a command's) in the language in use."""
    return QCoreApplication.translate("ViewSpec", title)


def view_title(spec: ViewSpec) -> str:
    return translated(spec.title)


def _owners(views: Sequence[ViewSpec]) -> dict[ItemKind, ViewSpec]:
    owners: dict[ItemKind, ViewSpec] = {}
    for spec in views:
        for kind in spec.opens:
            if kind in owners:
                raise ValueError(f"{kind} is opened by both {owners[kind].name} and {spec.name}")
            owners[kind] = spec
    return owners


OWNERS: dict[ItemKind, ViewSpec] = _owners(VIEWS)


def spec_named(name: str) -> ViewSpec:
    return next(spec for spec in VIEWS if spec.name == name)
