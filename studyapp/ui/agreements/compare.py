"""Compare by topic: what each agreement said about one region or theme.

One column per agreement, side by side in the order they were signed, shows how the spheres
grew: where an agreement said nothing on the topic its column says so. Columns never get
narrower than a readable measure; when they do not all fit, the page scrolls sideways while
the topic's heading and description stay wrapped to the width on screen.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.records import AgreementHeading, ClauseRecord, TopicRecord
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, in_language, number_text
from studyapp.ui.agreements.reading_html import RenderContext, clause_card
from studyapp.ui.agreements.reading_pane import clause_key_at
from studyapp.ui.shared.link_browser import LinkBrowser
from studyapp.ui.shared.links import AGREEMENT, anchor, linked_text
from studyapp.ui.shared.reading_style import ja
from studyapp.wording import name, prose

NOTHING_ON_THIS = QT_TRANSLATE_NOOP("CompareByTopic", "Nothing on this.")
CompareByTopic = Context("CompareByTopic")  # the module's plurals (studyapp.i18n.Context)
# The narrowest a column gets, in average character widths: a few words to a line.
COLUMN_MIN_CHARS = 26
# The most columns laid out at once: a course of thousands of agreements is compared a page
# at a time, so a page costs the same however many there are.
COLUMNS_PER_PAGE = 24


# The clauses on the topic shown, by agreement key (the agreements that say nothing left out).
ClausesOn = Mapping[str, Sequence[ClauseRecord]]


def compare_html(
    topic: TopicRecord,
    agreements: Sequence[AgreementHeading],
    clauses_on: ClausesOn,
    context: RenderContext,
    header_width: int | None = None,
    *,
    counted: tuple[int, int] | None = None,
) -> str:
    """The topic's heading and description over one column per agreement, each with the
    agreement's clauses on the topic (`clauses_on`, read for this topic alone).

    With `header_width` (pixels), the heading is held to that width: the page is wider than
    the screen and scrolls sideways, but the description should still wrap to what is seen.
    `counted`: (agreements on the topic, agreements) of the whole content, when `agreements`
    are one page of them; else the columns are counted.
    """
    language = context.language
    words = in_language(language)
    columns = []
    covering = 0
    share = f"{100 / max(1, len(agreements)):.4g}%"
    for agreement in agreements:
        clauses = clauses_on.get(agreement.key, ())
        covering += bool(clauses)
        heading = anchor(
            AGREEMENT,
            agreement.key,
            f"{agreement.signed.year}",
            "quiet",
            words.translate("CompareByTopic", "Open the {title}").format(
                title=name(agreement, language=language)
            ),
        )
        cards = "".join(clause_card(clause, context, compact=True) for clause in clauses)
        nothing = html.escape(words.translate("CompareByTopic", NOTHING_ON_THIS))
        cards = cards or f'<p class="nothing">{nothing}</p>'
        columns.append(
            f'<td width="{share}" style="padding-left: 5px; padding-right: 5px;">'
            f"<h2>{heading}</h2>"
            f'<p class="small">{html.escape(agreement.title)}<br>{ja(agreement.title_ja)}</p>'
            f"{cards}</td>"
        )
    covered = counted or (covering, len(agreements))
    described = prose(topic, "description", language)
    description = linked_text(described, context.matcher, language=language) if described else ""
    header = (
        f'<h1>{html.escape(topic.name)} <span class="subtitle">{ja(topic.name_ja)}</span></h1>'
        f"<p>{description}</p>"
        f'<p class="muted">{html.escape(covered_by(*covered, language))}</p>'
    )
    if header_width is not None:
        header = (
            f'<table width="{header_width}" cellspacing="0" cellpadding="0">'
            f"<tr><td>{header}</td></tr></table>"
        )
    return (
        header
        + '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        + "".join(columns)
        + "</tr></table>"
    )


def pages_text(first: int, shown: int, total: int, language: str | None = None) -> str:
    """Which agreements a page of columns shows: "Agreements 41–80 of 3,375"."""
    words = in_language(language)
    return words.translate("CompareByTopic", "Agreements {first}–{last} of {total}").format(
        first=number_text(first + 1, language),
        last=number_text(first + shown, language),
        total=number_text(total, language),
    )


def covered_by(covering: int, total: int, language: str | None = None) -> str:
    """The sentence under the heading ("Covered by 2 of the 4 agreements."), counted."""
    words = in_language(language)
    if total == 1:
        if covering:
            return words.translate("CompareByTopic", "Covered by the one agreement.")
        return words.translate("CompareByTopic", "Not covered by the one agreement.")
    covered = CompareByTopic.tr(
        "Covered by {covering} of the %n agreements.", "", total, language=language
    )
    return covered.format(covering=number_text(covering, language))


def page_width(columns: int, column_px: int, margins: int, available: int) -> int | None:
    """The page's width in pixels if `columns` of at least `column_px` do not fit in
    `available` pixels, else None: the page wraps to the screen."""
    needed = columns * column_px + margins
    return needed if needed > available else None


class ComparePane(QWidget):
    """A topic chooser over a comparison with one column per agreement, a page of
    COLUMNS_PER_PAGE columns at a time when there are more (Earlier / Later)."""

    topic_changed = Signal(str)  # key of the topic now shown
    clause_clicked = Signal(str)  # a click landed on this clause's card: it is current now
    page_changed = Signal()  # another page of agreements is to be shown (first_column)

    def __init__(self, topics: Sequence[TopicRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics = tuple(topics)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Topic to compare"))
        for topic in self.topics:
            self.combo.addItem(f"{topic.name}  ({topic.name_ja})", topic.key)
        label = QLabel(self.tr("&Topic:"), self)
        label.setBuddy(self.combo)
        self.browser = LinkBrowser(self.tr("Agreements compared by topic"), self)
        self.first_column = 0  # the agreement of the first column, by signing order
        self.total = 0  # agreements in all
        self.earlier_button = QPushButton(self.tr("◀ Earlier"), self)
        self.earlier_button.setAccessibleName(self.tr("Earlier agreements"))
        self.earlier_button.setToolTip(self.tr("Compare the agreements signed before these"))
        self.later_button = QPushButton(self.tr("Later ▶"), self)
        self.later_button.setAccessibleName(self.tr("Later agreements"))
        self.later_button.setToolTip(self.tr("Compare the agreements signed after these"))
        self.pages_label = QLabel(self)
        self.earlier_button.clicked.connect(lambda: self._turn(-COLUMNS_PER_PAGE))
        self.later_button.clicked.connect(lambda: self._turn(COLUMNS_PER_PAGE))
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.combo)
        bar.addStretch(1)
        for widget in (self.earlier_button, self.pages_label, self.later_button):
            bar.addWidget(widget)
            widget.hide()  # while every agreement fits on one page
        self.header = bar  # the view adds the content language button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.combo.currentIndexChanged.connect(self._announce)
        self.browser.viewport().installEventFilter(self)
        self.setFocusProxy(self.combo)
        # What is shown, to render again when the width calls for another layout.
        self._shown: tuple[Sequence[AgreementHeading], ClausesOn, RenderContext] | None = None
        self._layout_for: tuple[int | None, int | None] = (None, None)
        self._counted: tuple[int, int] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            if self._shown is not None and self._widths(len(self._shown[0])) != self._layout_for:
                self._render(keep_scroll=True)
        elif (
            watched is self.browser.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            position = event.position().toPoint()
            if not self.browser.anchorAt(position) and not self.browser.textCursor().hasSelection():
                key = clause_key_at(self.browser.cursorForPosition(position))
                if key is not None:
                    self.clause_clicked.emit(key)
        return super().eventFilter(watched, event)

    def current_topic_key(self) -> str | None:
        key = self.combo.currentData()
        return key if isinstance(key, str) else None

    def show_topic(self, key: str) -> bool:
        row = self.combo.findData(key)
        if row < 0:
            return False
        self.combo.setCurrentIndex(row)
        return True

    def set_total(self, total: int) -> None:
        """How many agreements there are: the page buttons show if more than a page."""
        self.total = total
        self.first_column = max(0, min(self.first_column, total - 1))
        paged = total > COLUMNS_PER_PAGE
        for widget in (self.earlier_button, self.pages_label, self.later_button):
            widget.setVisible(paged)
        shown = min(COLUMNS_PER_PAGE, total - self.first_column)
        self.pages_label.setText(pages_text(self.first_column, shown, total) if paged else "")
        self.earlier_button.setEnabled(self.first_column > 0)
        self.later_button.setEnabled(self.first_column + COLUMNS_PER_PAGE < total)

    def _turn(self, step: int) -> None:
        first = self.first_column + step
        if 0 <= first < self.total:
            self.first_column = first
            self.page_changed.emit()

    def _announce(self) -> None:
        key = self.current_topic_key()
        if key is not None:
            self.topic_changed.emit(key)

    def show_comparison(
        self,
        agreements: Sequence[AgreementHeading],
        clauses_on: ClausesOn,
        context: RenderContext,
        keep_scroll: bool = False,
        counted: tuple[int, int] | None = None,
    ) -> None:
        """Show these agreements' columns; `counted` as compare_html takes it."""
        self._shown = (tuple(agreements), clauses_on, context)
        self._counted = counted
        self._render(keep_scroll)

    def _widths(self, columns: int) -> tuple[int | None, int | None]:
        """(page width, heading width) in pixels when the columns need a page wider than the
        browser, else (None, None). Measured as if the vertical scroll bar were always there,
        so that it coming and going cannot flip the layout back and forth."""
        bar = self.browser.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = self.browser.contentsRect().width() - bar
        margins = 2 * round(self.browser.document().documentMargin())
        column_px = COLUMN_MIN_CHARS * self.browser.fontMetrics().averageCharWidth()
        page = page_width(columns, column_px, margins, available)
        return (None, None) if page is None else (page, max(column_px, available - margins))

    def _render(self, keep_scroll: bool) -> None:
        key = self.current_topic_key()
        topic = next((t for t in self.topics if t.key == key), None)
        if topic is None or self._shown is None:
            return
        agreements, clauses_on, context = self._shown
        self._layout_for = page, header = self._widths(len(agreements))
        if page is None:
            self.browser.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        else:
            self.browser.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            self.browser.setLineWrapColumnOrWidth(page)
        html_text = compare_html(
            topic, agreements, clauses_on, context, header, counted=self._counted
        )
        self.browser.set_html(html_text, keep_scroll)
