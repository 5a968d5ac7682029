"""Help dialogs: the keyboard shortcuts and the About box with the sources."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from studyapp import __version__

if TYPE_CHECKING:
    from studyapp.ui.main_window import MainWindow


def _text_dialog(parent: QWidget, title: str, body: str, name: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(640, 520)
    browser = QTextBrowser(dialog)
    browser.setOpenExternalLinks(True)
    browser.setHtml(body)
    browser.setAccessibleName(name)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    return dialog


def shortcuts_html(window: MainWindow) -> str:
    rows = []
    for action in window.all_actions():
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        if keys:
            title = action.text().replace("&", "")
            rows.append(
                f"<tr><td>{html.escape(title)}</td><td><b>{html.escape(keys)}</b></td></tr>"
            )
    return "<h2>Keyboard shortcuts</h2><table cellpadding='4'>" + "".join(rows) + "</table>"


def show_shortcuts(window: MainWindow) -> None:
    _text_dialog(window, "Keyboard shortcuts", shortcuts_html(window), "Keyboard shortcuts").open()


def about_html(window: MainWindow) -> str:
    index = window.content_index
    sources = []
    if index is not None:
        seen: dict[str, tuple[str, str]] = {}
        for agreement in index.content.agreements:
            for source in agreement.sources:
                seen[source.key] = (source.citation, source.url)
        for citation, url in sorted(seen.values()):
            link = f" <a href='{html.escape(url)}'>{html.escape(url)}</a>" if url else ""
            sources.append(f"<li>{html.escape(citation)}{link}</li>")
    return (
        f"<h2>Russo-Japanese Agreements <small>日露協約</small></h2><p>Version {__version__}. "
        "A study app for the four agreements of 1907, 1910, 1912 and 1916 between Japan and "
        "the Russian Empire. Every agreement, clause, event and term carries its sources; "
        "Julian and Japanese-era dates are computed.</p><h3>Main sources</h3><ul>"
        + "".join(sources)
        + "</ul>"
    )


def show_about(window: MainWindow) -> None:
    _text_dialog(window, "About", about_html(window), "About").open()
