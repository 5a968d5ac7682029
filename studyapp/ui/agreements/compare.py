"""Compare by topic: what each of the four agreements said about one region or theme.

Four columns side by side, 1907 to 1916, show how the spheres grew: where an agreement said
nothing on the topic its column says so.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studyapp.content.records import AgreementRecord, TopicRecord
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, translate
from studyapp.ui.agreements.reading_html import RenderContext, clause_card
from studyapp.ui.agreements.reading_pane import clause_key_at
from studyapp.ui.shared.link_browser import LinkBrowser
from studyapp.ui.shared.links import AGREEMENT, anchor, linked_text
from studyapp.ui.shared.reading_style import ja
from studyapp.wording import name, prose

NOTHING_ON_THIS = QT_TRANSLATE_NOOP("CompareByTopic", "Nothing on this.")
CompareByTopic = Context("CompareByTopic")  # the module's plurals (studyapp.i18n.Context)


def compare_html(
    topic: TopicRecord, agreements: Sequence[AgreementRecord], context: RenderContext
) -> str:
    columns = []
    covering = 0
    for agreement in agreements:
        clauses = [clause for clause in agreement.clauses if topic.key in clause.topics]
        covering += bool(clauses)
        heading = anchor(
            AGREEMENT,
            agreement.key,
            f"{agreement.signed.year}",
            "quiet",
            translate("CompareByTopic", "Open the {title}").format(title=name(agreement)),
        )
        cards = "".join(clause_card(clause, context, compact=True) for clause in clauses)
        nothing = html.escape(translate("CompareByTopic", NOTHING_ON_THIS))
        cards = cards or f'<p class="nothing">{nothing}</p>'
        columns.append(
            f'<td width="25%" style="padding-left: 5px; padding-right: 5px;">'
            f"<h2>{heading}</h2>"
            f'<p class="small">{html.escape(agreement.title)}<br>{ja(agreement.title_ja)}</p>'
            f"{cards}</td>"
        )
    described = prose(topic, "description")
    description = linked_text(described, context.matcher) if described else ""
    covered = CompareByTopic.tr("Covered by {covering} of the %n agreements.", "", len(agreements))
    return (
        f'<h1>{html.escape(topic.name)} <span class="subtitle">{ja(topic.name_ja)}</span></h1>'
        f"<p>{description}</p>"
        f'<p class="muted">{html.escape(covered.format(covering=covering))}</p>'
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        + "".join(columns)
        + "</tr></table>"
    )


class ComparePane(QWidget):
    """A topic chooser over a four-column comparison."""

    topic_changed = Signal(str)  # key of the topic now shown
    clause_clicked = Signal(str)  # a click landed on this clause's card: it is current now

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
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.combo)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.combo.currentIndexChanged.connect(self._announce)
        self.browser.viewport().installEventFilter(self)
        self.setFocusProxy(self.combo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
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

    def _announce(self) -> None:
        key = self.current_topic_key()
        if key is not None:
            self.topic_changed.emit(key)

    def show_comparison(
        self,
        agreements: Sequence[AgreementRecord],
        context: RenderContext,
        keep_scroll: bool = False,
    ) -> None:
        key = self.current_topic_key()
        topic = next((t for t in self.topics if t.key == key), None)
        if topic is not None:
            self.browser.set_html(compare_html(topic, agreements, context), keep_scroll)
