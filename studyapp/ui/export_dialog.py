"""File → Export cards: the command line's export, with its filters, from the menu.

The same choices as `studyapp export-anki/export-csv PATH [--agreement KEY] [--kind KIND]`
(studyapp.study.export.select_cards makes the selection for both). The cards are made and
the file written off the UI thread (at 1,000x content that is a quarter of a million cards);
a progress bar appears if that takes longer than a moment, and the result (or the one-line
reason it failed) is said on the status bar, and in a message box if it failed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.card_sources import AgreementRow, agreement_rows
from studyapp.errors import StudyAppError
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, translate
from studyapp.study.cards import Card
from studyapp.study.export import export_apkg, export_csv, select_cards
from studyapp.study.kinds import kind_label
from studyapp.study.vocabulary import CardKind
from studyapp.ui.services import Services
from studyapp.ui.shared.busy import busy_bar
from studyapp.ui.shared.operation import Operation, Progress
from studyapp.wording import name

ANKI, CSV = "anki", "csv"
_FORMATS = {
    ANKI: (
        QT_TRANSLATE_NOOP("ExportOptions", "Export cards to Anki"),
        QT_TRANSLATE_NOOP("ExportOptions", "Anki package (*.apkg)"),
        ".apkg",
    ),
    CSV: (
        QT_TRANSLATE_NOOP("ExportOptions", "Export cards as CSV"),
        QT_TRANSLATE_NOOP("ExportOptions", "CSV (*.csv)"),
        ".csv",
    ),
}


def _format(kind: str) -> tuple[str, str, str]:
    """The export's title, file pattern and suffix, in the language in use."""
    title, pattern, suffix = _FORMATS[kind]
    return (
        QCoreApplication.translate("ExportOptions", title),
        QCoreApplication.translate("ExportOptions", pattern),
        suffix,
    )


# The plurals of the module's functions (a widget would say self.tr; see studyapp.i18n.Context).
ExportDialog = Context("ExportDialog")
_FOLDER_KEY = "export/folder"


class ExportOptions(QDialog):
    """Which cards: one agreement or all, and any number of kinds (none ticked: every kind)."""

    def __init__(
        self, agreements: Sequence[AgreementRow], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.agreement = QComboBox(self)
        self.agreement.setAccessibleName(self.tr("Agreement"))
        self.agreement.addItem(self.tr("Every agreement"), None)
        for record in sorted(agreements, key=lambda a: a.ordinal):
            label = self.tr("{title} ({year})").format(title=name(record), year=record.signed.year)
            self.agreement.addItem(label, record.key)
        self.kinds = QListWidget(self)
        self.kinds.setAccessibleName(self.tr("Kinds of card (none ticked: every kind)"))
        for kind in CardKind:
            item = QListWidgetItem(kind_label(kind), self.kinds)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setCheckState(Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Agreement:"), self.agreement)
        form.addRow(self.tr("&Kinds (none: all):"), self.kinds)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)

    def chosen(self) -> tuple[str | None, list[str]]:
        items = [self.kinds.item(row) for row in range(self.kinds.count())]
        ticked = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]
        return self.agreement.currentData(), ticked


def export_cards(parent: QWidget, services: Services, *, kind: str) -> None:
    """Ask which cards and where, then write them; the result goes to the message line."""
    from studyapp.study.card_table import every_card

    marks = services.bookmarks.keys()
    title, pattern, suffix = _format(kind)
    try:
        agreements = services.database.read(agreement_rows)
    except StudyAppError as error:
        QMessageBox.warning(parent, title, str(error))
        return
    options = ExportOptions(agreements, title, parent)
    if not options.exec():
        return
    agreement, kinds = options.chosen()
    settings = services.settings
    folder = str(settings.value(_FOLDER_KEY, str(Path.home())) or Path.home())
    default = str(Path(folder) / f"russo-japanese-agreements{suffix}")
    name, _ = QFileDialog.getSaveFileName(parent, title, default, pattern)
    if not name:
        return
    path = Path(name)
    settings.setValue(_FOLDER_KEY, str(path.parent))
    index, database, known = services.index, services.database, [a.key for a in agreements]

    def chosen() -> list[Card]:  # in the worker: the whole content, read for the export alone
        every = partial(every_card, index.whole(), database.path, marks)
        return select_cards(every, known, agreement, kinds)

    run_export(parent, chosen, path, kind=kind, report=services.navigator.message_posted.emit)


def run_export(
    parent: QWidget,
    chosen: Sequence[Card] | Callable[[], Sequence[Card]],
    path: Path,
    *,
    kind: str,
    report: Callable[[str], None],
) -> Operation[tuple[int, str | None]]:
    """Write `chosen` to `path` off the UI thread (choosing the cards there too, when given
    how: that reads the whole content), with a progress bar if it is slow; the outcome is
    said in a message box if it failed, and by `report` either way."""
    title = _format(kind)[0]
    writer = export_apkg if kind == ANKI else export_csv
    if isinstance(chosen, Sequence):
        cards = chosen
        choose: Callable[[], Sequence[Card]] = lambda: cards  # noqa: E731
        text = ExportDialog.tr("Writing %n cards…", "", len(cards))
    else:
        choose, text = chosen, translate("ExportDialog", "Making the cards and writing them…")
    bar = busy_bar(parent, text, title)

    def work(_progress: Progress) -> tuple[int, str | None]:
        try:
            written = choose()
            writer(written, path)
        except (StudyAppError, OSError, ValueError) as error:
            return 0, str(error)
        return len(written), None

    def failed(problem: str) -> None:
        bar.reset()
        QMessageBox.warning(parent, title, problem)
        report(problem)

    def done(outcome: tuple[int, str | None]) -> None:
        count, problem = outcome
        if problem is not None:
            failed(problem)
            return
        bar.reset()
        report(ExportDialog.tr("Wrote %n cards to {path}", "", count).format(path=path))

    return Operation(parent, work, on_success=done, on_failure=failed, what=title).start()
