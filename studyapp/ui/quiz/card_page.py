"""The card screen: the prompt in large type, then the answer, the explanation and sources.

It only shows what it is told (the QuizView runs the session): a question in one of the three
modes, then the answer side. Every mark of right and wrong is written out (✓ / ✗ and words),
never shown by colour alone.

For a screen reader, every label's text is its accessible name, and what appears is said as
it appears: the question, then the answer and the verdict, each announced before the focus
moves to the buttons that act on it; the focused button also carries it as its description,
in case the screen reader cut the announcement short to read the focus.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studyapp.i18n import QT_TRANSLATE_NOOP, sentences
from studyapp.study.cards import Card
from studyapp.study.vocabulary import AnswerMode
from studyapp.ui.quiz.choice_button import ChoiceButton
from studyapp.ui.shared.announce import announce
from studyapp.ui.shared.chart_colours import ChartColours
from studyapp.ui.shared.content_language import ContentLanguage, ContentLanguageButton
from studyapp.ui.shared.reading_style import readable
from studyapp.ui.shared.wrapped_label import WrappedLabel

# The four ratings (English: translate with rating_name).
RATING_NAMES = (
    QT_TRANSLATE_NOOP("CardPage", "Again"),
    QT_TRANSLATE_NOOP("CardPage", "Hard"),
    QT_TRANSLATE_NOOP("CardPage", "Good"),
    QT_TRANSLATE_NOOP("CardPage", "Easy"),
)


def rating_name(number: int) -> str:
    """The name of rating 1–4 in the language in use."""
    return QCoreApplication.translate("CardPage", RATING_NAMES[number - 1])


# Families with Japanese glyphs, after the app's own font, so kanji never fall back to boxes.
_CJK_FAMILIES = (
    "Noto Sans CJK JP",
    "Hiragino Sans",
    "Yu Gothic UI",
    "Meiryo",
    "Source Han Sans JP",
)


def _large_font(base: QFont, scale: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setFamilies([base.family(), *_CJK_FAMILIES])
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


class CardPage(QWidget):
    choice_clicked = Signal(int)  # 0-based index of the option
    rating_clicked = Signal(int)  # 1…4
    show_clicked = Signal()  # show the answer, or continue after it
    typed_submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.focus_target: QWidget = self  # where the keyboard goes on this card, at this step
        self.content_button: QWidget | None = None  # the answer in the other language
        self.progress_label = QLabel(self)
        self.kind_label = QLabel(self)
        self.prompt_label = self._text_label(1.9, bold=False)
        self.answer_label = self._text_label(1.5, bold=True)
        self.verdict_label = self._text_label(1.1, bold=False)
        self.spoken_answer = ""  # the answer as a screen reader says it
        self._question = ""
        self.choices_box = self._make_choices()
        self.typed_edit = self._make_typed_edit()
        self.note_label = self._text_label(1.0, bold=False)
        self.details_label = self._make_details()
        self.answer_rule = QFrame(self)
        self.answer_rule.setFrameShape(QFrame.Shape.HLine)
        self.answer_rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.keys_label = QLabel(self)
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = self._make_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self._make_card_area(), 1)
        layout.addLayout(buttons)
        layout.addWidget(self.keys_label)

    def _make_choices(self) -> QWidget:
        # The box, not a button, takes the focus when the choices appear: a reflex Space or
        # Enter must not pick one. Keys 1–4 choose; Tab reaches the buttons one by one.
        box = QWidget(self)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.setAccessibleName(self.tr("Choices: press 1 to 4, or Tab to a choice"))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.choice_buttons: list[ChoiceButton] = []
        for number in range(4):
            button = ChoiceButton(_large_font(self.font(), 1.15), box)
            button.setAccessibleName(self.tr("Choice {number}").format(number=number + 1))
            button.clicked.connect(lambda _=False, n=number: self.choice_clicked.emit(n))
            self.choice_buttons.append(button)
            column.addWidget(button)
        return box

    def _make_typed_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(self.tr("Your answer"))
        edit.setPlaceholderText(self.tr("Type the answer, then Enter"))
        edit.setFont(_large_font(self.font(), 1.3))
        edit.returnPressed.connect(lambda: self.typed_submitted.emit(edit.text()))
        return edit

    def _make_details(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _make_buttons(self) -> QHBoxLayout:
        self.show_button = QPushButton(self.tr("Show answer"), self)
        self.show_button.setAccessibleName(self.tr("Show answer"))
        self.show_button.setMinimumWidth(160)
        self.show_button.clicked.connect(self.show_clicked)
        self.rating_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_button)
        for number in range(1, len(RATING_NAMES) + 1):
            name = rating_name(number)
            button = QPushButton(name, self)
            button.setAccessibleName(
                self.tr("{name}, key {number}").format(name=name, number=number)
            )
            button.setMinimumWidth(110)
            button.clicked.connect(lambda _=False, n=number: self.rating_clicked.emit(n))
            self.rating_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _make_card_area(self) -> QScrollArea:
        card = QWidget(self)
        column = QVBoxLayout(card)
        column.setContentsMargins(24, 12, 24, 12)
        header = QHBoxLayout()
        header.addWidget(self.kind_label)
        header.addStretch(1)
        header.addWidget(self.progress_label)
        self.header = header
        column.addLayout(header)
        column.addSpacing(24)
        column.addWidget(self.prompt_label)
        self._panel_at = column.count()  # where add_panel puts a panel (the map)
        self._column = column
        column.addSpacing(12)
        column.addWidget(self.choices_box)
        column.addWidget(self.typed_edit)
        column.addWidget(self.note_label)
        column.addWidget(self.answer_rule)
        column.addWidget(self.answer_label)
        column.addWidget(self.verdict_label)
        column.addSpacing(8)
        column.addWidget(self.details_label)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Card"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The text wraps; a horizontal bar would only come from the vertical one appearing.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(_Centred(card))
        return scroll

    def use_content_language(self, choice: ContentLanguage) -> None:
        """A button in the header that shows the answer side in the other language (only
        there: the question stays as it was asked)."""
        self.content_button = ContentLanguageButton(choice, self)
        self.content_button.hide()
        self.header.addWidget(self.content_button)

    def add_panel(self, panel: QWidget) -> None:
        """A panel under the prompt, shown by the quiz for the cards it goes with."""
        self._column.insertWidget(self._panel_at, panel)
        self._panel_at += 1

    def _text_label(self, scale: float, bold: bool) -> QLabel:
        label = WrappedLabel(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFont(_large_font(self.font(), scale, bold))
        return label

    # ---- the question -------------------------------------------------------------------------

    def show_question(self, card: Card, kind: str, progress: str, mode: AnswerMode) -> None:
        self.kind_label.setText(f"<span>{html.escape(kind)}</span>")
        self.progress_label.setText(progress)
        self.prompt_label.setText(card.prompt)
        self.spoken_answer = ""
        hidden = (
            self.answer_rule,
            self.answer_label,
            self.verdict_label,
            self.details_label,
            self.note_label,
        )
        for widget in hidden:
            widget.hide()
        if self.content_button is not None:
            self.content_button.hide()
        self.choices_box.setVisible(mode == AnswerMode.CHOICE)
        self.typed_edit.setVisible(mode == AnswerMode.TYPED)
        self.typed_edit.setReadOnly(False)
        self.typed_edit.setText("")  # unlike clear(), leaves nothing to undo
        self.show_button.setVisible(mode == AnswerMode.FLIP)
        self.show_button.setText(self.tr("Show answer"))
        self.show_button.setAccessibleName(self.tr("Show answer"))
        self._show_ratings(False)
        question = self.tr("{kind}. {prompt}").format(kind=kind, prompt=card.prompt)
        if mode == AnswerMode.FLIP:
            self.keys_label.setText(
                self.tr("Space or Enter: show the answer · Esc: end the session")
            )
            self._focus(self.show_button, question)
        elif mode == AnswerMode.CHOICE:
            self.keys_label.setText(self.tr("1–4: choose · u: undo the last answer · Esc: end"))
            self._question = question  # said when the choices are in place
        elif mode == AnswerMode.CLICK:
            self.keys_label.setText(
                self.tr(
                    "Click the map, or move it with the arrows and press Space at the cross · "
                    "Esc: end"
                )
            )
        else:
            self.keys_label.setText(self.tr("Enter: check · Esc: end the session"))
            self._focus(self.typed_edit, question)

    def show_note(self, text: str) -> None:
        """A line under the question: why this card is asked another way, or which forms
        of answer are understood (the answer typed is kept, to be corrected)."""
        self.note_label.setText(text)
        self.note_label.setAccessibleDescription(text)
        self.note_label.setVisible(bool(text))

    def set_choices(self, options: list[str]) -> None:
        for number, (button, option) in enumerate(zip(self.choice_buttons, options, strict=False)):
            button.set_label(f"{number + 1}   {option}")
            button.setAccessibleName(
                self.tr("Choice {number}: {option}").format(number=number + 1, option=option)
            )
            button.setEnabled(True)
            button.set_mark(None)
            button.show()
        for button in self.choice_buttons[len(options) :]:
            button.set_mark(None)
            button.hide()
        choices = "; ".join(f"{n}: {option}" for n, option in enumerate(options, start=1))
        self._focus(
            self.choices_box,
            self.tr("{question} Choices {choices}").format(
                question=self._question, choices=choices
            ),
        )

    # ---- the answer side --------------------------------------------------------------------

    def show_answer(self, card: Card, details_html: str) -> None:
        """The answer, the explanation and the sources under the prompt."""
        self.answer_rule.show()
        self.answer_label.setText(card.answer)
        self.answer_label.show()
        self.spoken_answer = self.tr("Answer: {answer}").format(answer=card.answer)
        self.details_label.setText(details_html)
        self.details_label.setVisible(bool(details_html))
        if self.content_button is not None:
            self.content_button.show()

    def show_ratings(self, intervals: list[str] | None = None, *, suggested: int = 3) -> None:
        """The four rating buttons (with the next interval under each, if known), focused."""
        self.show_button.hide()
        self._show_ratings(True)
        for number, button in enumerate(self.rating_buttons, start=1):
            name = rating_name(number)
            interval = intervals[number - 1] if intervals else ""
            button.setText(f"{name}\n{interval}" if interval else name)
            if interval:
                spoken = self.tr("{name}, key {number}, next in {interval}")
            else:
                spoken = self.tr("{name}, key {number}")
            button.setAccessibleName(spoken.format(name=name, number=number, interval=interval))
        self._focus(self.rating_buttons[suggested - 1], self.spoken_answer)
        self.keys_label.setText(
            self.tr(
                "1 Again · 2 Hard · 3 Good · 4 Easy (Space or Enter: Good) · u: undo · Esc: end"
            )
        )

    def show_continue(
        self, verdict_text: str, correct: bool, rating: int, overridable: bool
    ) -> None:
        """After a choice or typed answer: the verdict, the derived rating, and Continue."""
        colours = ChartColours.from_palette(self.palette())
        colour = colours.phases["review" if correct else "relearning"]
        colour = readable(colour, self.palette().color(QPalette.ColorRole.Window))
        palette = QPalette()  # by palette: a style sheet would be re-polished on every card
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.verdict_label.setPalette(palette)
        rated = self.tr("Rated {rating}.").format(rating=rating_name(rating))
        self.verdict_label.setText(f"{verdict_text}\n{rated}")
        self.verdict_label.show()
        verdict = sentences(verdict_text.lstrip("✓✗ "), rated)
        self._show_ratings(False)
        self.show_button.setText(self.tr("Continue"))
        self.show_button.setAccessibleName(self.tr("Continue to the next card"))
        self.show_button.show()
        self._focus(self.show_button, sentences(verdict, self.spoken_answer))
        if overridable:
            keys = self.tr(
                "Space or Enter: next card · 1–4: rate it yourself instead · u: undo · Esc: end"
            )
        else:
            keys = self.tr("Space or Enter: next card · u: undo · Esc: end")
        self.keys_label.setText(keys)

    def mark_choices(self, options: list[str], right: int, chosen: int) -> None:
        colours = ChartColours.from_palette(self.palette())
        window = self.palette().color(QPalette.ColorRole.Button)
        good = readable(colours.phases["review"], window)
        bad = readable(colours.phases["relearning"], window)
        for number, button in enumerate(self.choice_buttons[: len(options)]):
            option = options[number]
            if number == right:
                button.set_label(f"✓  {option}")
                button.setAccessibleName(self.tr("Right answer: {option}").format(option=option))
                button.set_mark(good, bold=True)
            elif number == chosen:
                button.set_label(f"✗  {option}")
                button.setAccessibleName(
                    self.tr("Your answer, wrong: {option}").format(option=option)
                )
                button.set_mark(bad)
            else:
                button.set_label(f"     {option}")

    def _focus(self, widget: QWidget, spoken: str) -> None:
        """Say `spoken`, then give `widget` the focus with `spoken` as its description."""
        if self.focus_target is not widget:
            self.focus_target.setAccessibleDescription("")
        self.focus_target = widget
        widget.setAccessibleDescription(spoken)
        announce(widget, spoken, assertive=True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_ratings(self, visible: bool) -> None:
        for button in self.rating_buttons:
            button.setVisible(visible)


class _Centred(QWidget):
    """Keeps the card to a readable width in the middle of a wide window."""

    MAX_WIDTH = 820

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        inner.setMaximumWidth(self.MAX_WIDTH)
        layout.addWidget(inner, 100)
        layout.addStretch(1)
