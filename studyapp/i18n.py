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

import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

ENGLISH = "en"
JAPANESE = "ja"
LANGUAGES = (ENGLISH, JAPANESE)

# (context, source, disambiguation, n) -> the translation, or "" if there is none.
Backend = Callable[[str, str, str | None, int], str]

_backend: Backend | None = None
_language = ENGLISH
# The backend of a language other than the app's, for a pane showing the content in the
# other language (studyapp.translations loads it on first use); None: the English source.
_other_backend: Callable[[str], Backend | None] | None = None
# The language spoken for a while in this thread only (`speaking`), else None.
_speaking: ContextVar[str | None] = ContextVar("speaking", default=None)


def translate(
    context: str,
    source: str,
    disambiguation: str | None = None,
    n: int = -1,
    *,
    language: str | None = None,
) -> str:
    """`source` in `language` (by default the app's); `%n` is replaced by `n` when given,
    with the language's thousands separators (number_text).

    The English source of a plural names the plural ("%n cards"); the English translation
    file gives the singular, the Japanese one the single form Japanese has.
    """
    backend = _backend_for(language)
    if backend is not None:
        found = backend(context, source, disambiguation, n)
    else:  # the core alone (a test, a script), or English: its plurals read from the .ts
        found = _english_plural(context, source, n) if n >= 0 else ""
    text = found or source
    if n < 0:
        return text
    # %Ln is Qt's locale-aware %n; here both are, as the language writes numbers.
    number = number_text(n, language)
    return text.replace("%Ln", number).replace("%n", number)


def _grouped(number: int, language: str) -> str:
    """English and Japanese both group by thousands with a comma: 54,000."""
    del language
    return f"{number:,}"


# How numbers are written in a language; the app (studyapp/translations.py) plugs in
# QLocale's, the core alone groups thousands as both its languages do.
_number_format: Callable[[int, str], str] = _grouped


def number_text(number: int, language: str | None = None) -> str:
    """`number` as `language` (by default the app's) writes it, thousands grouped: 54,000."""
    return _number_format(number, language or _spoken())


def with_number_text(text: str, number: int, language: str | None = None) -> str:
    """`text` (a translation whose %n Qt filled in as plain digits) with that count written
    as the language writes numbers: "3375 agreements" -> "3,375 agreements"."""
    return text.replace(str(number), number_text(number, language), 1)


def set_number_format(format_number: Callable[[int, str], str]) -> None:
    """Write numbers with `format_number(number, language)` from now on."""
    global _number_format  # noqa: PLW0603 (one way of writing numbers for the app)
    _number_format = format_number


def _backend_for(language: str | None) -> Backend | None:
    language = language or _speaking.get()
    if language is None or language == _language:
        return _backend
    if language not in LANGUAGES or language == ENGLISH or _other_backend is None:
        return None  # English is the source itself
    return _other_backend(language)


def _english_plural(context: str, source: str, n: int) -> str:
    singular, plural = _english_plurals().get((context, source), ("", ""))
    return singular if n == 1 else plural


@functools.cache
def _english_plurals() -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (singular, plural), from resources/i18n/studyapp_en.ts."""
    from xml.etree import ElementTree

    from studyapp import paths

    found: dict[tuple[str, str], tuple[str, str]] = {}
    try:
        root = ElementTree.parse(paths.resources_dir() / "i18n" / "studyapp_en.ts").getroot()
    except (OSError, ElementTree.ParseError):
        return found
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            if len(forms) == 2:
                found[(name, message.findtext("source") or "")] = (forms[0], forms[1])
    return found


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark `source` for translation in `context` without translating it yet."""
    del context
    return source


class Context:
    """A context of the core's messages, for plurals: `Dates = Context("Dates")`, then
    `Dates.tr("%n days", "", n)`, as a widget says `self.tr(...)`.

    lupdate collects `Dates.tr(...)` under the context named by the variable, so name the
    variable as its context; it recognises a plural's `n` only in this form (given to
    `translate()`, only a literal number makes it a plural).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(
        self, source: str, disambiguation: str = "", n: int = -1, *, language: str | None = None
    ) -> str:
        return translate(self.name, source, disambiguation or None, n, language=language)


class InLanguage:
    """The translations of one language, the app's or not: `in_language("en").translate(
    "Context", "Text")` is "Text" in English whatever the app speaks (a pane showing the
    content in the other language writes its headings in it too). lupdate collects the call
    as it collects QCoreApplication.translate; a keyword `language=` it would not see."""

    def __init__(self, language: str | None) -> None:
        self.language = language

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return translate(context, source, disambiguation, n, language=self.language)


def in_language(language: str | None) -> InLanguage:
    """Translations in `language`; None: the app's."""
    return InLanguage(language)


def set_backend(
    backend: Backend | None,
    language: str,
    other: Callable[[str], Backend | None] | None = None,
) -> None:
    """Translate through `backend` from now on, in `language` (one of LANGUAGES); `other`
    gives the backend of another language, for a text asked for in that language."""
    global _backend, _language, _other_backend  # noqa: PLW0603 (the app's one language)
    _backend = backend
    _language = language if language in LANGUAGES else ENGLISH
    _other_backend = other


def language() -> str:
    """The language the app speaks now: "en" or "ja" (in `speaking`, the one spoken)."""
    return _spoken()


def _spoken() -> str:
    return _speaking.get() or _language


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak `language` inside the block, in this thread only: the core's words and dates
    (a card made again, to show it in the other language) follow it; other threads, and
    the app after the block, keep the app's language."""
    token = _speaking.set(language if language in LANGUAGES else ENGLISH)
    try:
        yield
    finally:
        _speaking.reset(token)


def is_japanese(language: str | None = None) -> bool:
    """Whether `language` (by default the one spoken now) is Japanese."""
    return (language or _spoken()) == JAPANESE


def sentences(*parts: str, language: str | None = None) -> str:
    """Sentences one after another: a space between them in English, none in Japanese."""
    return ("" if is_japanese(language) else " ").join(part for part in parts if part)


def join_list(items: Sequence[str], *, language: str | None = None) -> str:
    """ "A", "A and B", "A, B and C" in English; 「A、B、C」 in Japanese."""
    if len(items) <= 1:
        return "".join(items)
    # The separators are translated, so no language's grammar is built in here.
    words = in_language(language)
    comma = words.translate("i18n", ", ", "between the items of a list but the last two")
    last = words.translate("i18n", " and ", "between the last two items of a list")
    return comma.join(items[:-1]) + last + items[-1]
