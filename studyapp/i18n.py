"""The one translation function of the Qt-free core, and the language the app speaks.

The core (study/, userdata/, content/, calendars, cli) never builds an English sentence
itself: it asks `translate(context, source)` as Qt's widgets ask `self.tr(source)`, and
pyside6-lupdate collects both into resources/i18n/*.ts (see docs/translating.md). The app
(studyapp/translations.py) plugs Qt's translators in with `set_backend`; without one, as in
a test of the core alone, the English source comes back with %n filled in.

`QT_TRANSLATE_NOOP` marks a module-level constant for lupdate and returns it unchanged; the
code translates it where it is shown, with `translate(context, constant)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

ENGLISH = "en"
JAPANESE = "ja"
LANGUAGES = (ENGLISH, JAPANESE)

# (context, source, disambiguation, n) -> the translation, or "" if there is none.
Backend = Callable[[str, str, str | None, int], str]

_backend: Backend | None = None
_language = ENGLISH


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the app's language; `%n` is replaced by `n` when `n` is given.

    The English source of a plural names the plural ("%n cards"); the English translation
    file gives the singular, the Japanese one the single form Japanese has.
    """
    found = _backend(context, source, disambiguation, n) if _backend is not None else ""
    text = found or source
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark `source` for translation in `context` without translating it yet."""
    del context
    return source


def set_backend(backend: Backend | None, language: str) -> None:
    """Translate through `backend` from now on, in `language` (one of LANGUAGES)."""
    global _backend, _language  # noqa: PLW0603 (the app's one language, set at start)
    _backend = backend
    _language = language if language in LANGUAGES else ENGLISH


def language() -> str:
    """The language the app speaks now: "en" or "ja"."""
    return _language


def is_japanese() -> bool:
    return _language == JAPANESE


def join_list(items: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C" in English; 「A、B、C」 in Japanese."""
    if len(items) <= 1:
        return "".join(items)
    # The separators are translated, so no language's grammar is built in here.
    comma = translate("i18n", ", ", "between the items of a list but the last two")
    last = translate("i18n", " and ", "between the last two items of a list")
    return comma.join(items[:-1]) + last + items[-1]
