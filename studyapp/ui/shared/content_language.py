"""The content in the other language, one key away: "English" in the Japanese interface,
"日本語" in the English one, so a learner of either language can compare.

One choice for the whole window, not one per pane: a reader comparing a clause with its
twin goes on comparing in the glossary or on the timeline, and one key (SHORTCUT, in every
pane, from View → Show the content in …) flips every pane back and forth at once. The choice
is relative to the interface ("the other language"), so it survives a change of interface
language as a choice to compare, and it is remembered in the settings across starts.

Each pane shows a ContentLanguageButton in its header (checked while the other language is
shown) and renders its text in `choice.language()`, again whenever `changed` is emitted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QVBoxLayout, QWidget

from studyapp import i18n
from studyapp.content.language import Language
from studyapp.i18n import QT_TRANSLATE_NOOP
from studyapp.translations import LANGUAGE_NAMES

SHORTCUT = "Ctrl+Shift+L"
SETTINGS_KEY = "content/other_language"
# Each language is named in itself on the button (LANGUAGE_NAMES, as the Language menu names
# it), and in the interface's language in the tooltip and the spoken name.
_NAMES = {
    Language.EN: QT_TRANSLATE_NOOP("ContentLanguage", "English"),
    Language.JA: QT_TRANSLATE_NOOP("ContentLanguage", "Japanese"),
}


def _named(language: Language) -> str:
    """ "Japanese", or 日本語, in the interface's language."""
    return QCoreApplication.translate("ContentLanguage", _NAMES[language])


class ContentLanguage(QObject):
    """Whether the panes show the content in the interface's language or in the other."""

    changed = Signal()

    def __init__(self, settings: QSettings) -> None:
        super().__init__(settings)
        self.settings = settings
        self._other = _as_bool(settings.value(SETTINGS_KEY, False))

    @classmethod
    def of(cls, settings: QSettings) -> ContentLanguage:
        """The window's choice, kept with its settings (made on first use): views built
        again in a new language find the same choice."""
        found = settings.findChild(cls)
        return found if isinstance(found, cls) else cls(settings)

    @property
    def other(self) -> bool:
        return self._other

    def set_other(self, other: bool) -> None:
        if other == self._other:
            return
        self._other = other
        self.settings.setValue(SETTINGS_KEY, other)
        self.changed.emit()

    def toggle(self) -> None:
        self.set_other(not self._other)

    def language(self) -> Language:
        """The language the panes show the content in now."""
        interface = Language.of(i18n.language())
        return interface.other if self._other else interface


def _as_bool(value: object) -> bool:
    return value is True or str(value).lower() in {"true", "1"}


def other_language() -> Language:
    return Language.of(i18n.language()).other


def action_text() -> str:
    """ "Show the content in Japanese", in the interface's language."""
    text = QCoreApplication.translate("ContentLanguage", "Show the content in {language}")
    return text.format(language=_named(other_language()))


class ContentLanguageAction(QAction):
    """The View menu's checkable "Show the content in …", on SHORTCUT from every view."""

    def __init__(self, choice: ContentLanguage, parent: QObject) -> None:
        super().__init__(action_text(), parent)
        self.choice = choice
        self.setCheckable(True)
        self.setChecked(choice.other)
        self.setShortcut(QKeySequence(SHORTCUT))
        self.toggled.connect(choice.set_other)
        choice.changed.connect(self._follow)

    def _follow(self) -> None:
        self.setChecked(self.choice.other)


def add_content_language_action(menu: QMenu, choice: ContentLanguage) -> QAction:
    action = ContentLanguageAction(choice, menu)
    menu.addAction(action)
    return action


class ContentLanguageButton(QToolButton):
    """The header control of a pane that shows content prose: checked while the content is
    in the other language. A screen reader hears its name and "pressed" or "not pressed"."""

    def __init__(self, choice: ContentLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        other = other_language()
        self.setText(LANGUAGE_NAMES[other])
        self.setAccessibleName(action_text())
        hint = self.tr("Show this text in {language}, and back ({key})")
        self.setToolTip(hint.format(language=_named(other), key=SHORTCUT))
        self.setChecked(choice.other)
        self.toggled.connect(choice.set_other)
        choice.changed.connect(self._follow)

    def _follow(self) -> None:
        self.setChecked(self.choice.other)


def headed(pane: QWidget, choice: ContentLanguage, parent: QWidget | None = None) -> QWidget:
    """`pane` under a header holding its ContentLanguageButton (at the right), for a pane
    that has no header of its own; the focus goes to the pane."""
    box = QWidget(parent)
    header = QHBoxLayout()
    header.setContentsMargins(6, 2, 6, 2)
    header.addStretch(1)
    header.addWidget(ContentLanguageButton(choice, box))
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addLayout(header)
    layout.addWidget(pane, 1)
    box.setFocusProxy(pane)
    return box
