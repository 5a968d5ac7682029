"""The command line's help and argparse's own words (usage:, options:, error:) in our language.

argparse words its usage line, headings and errors through gettext: its module calls `_()`
(gettext.gettext, domain "messages") and `ngettext()`. While the command line is parsed,
`speaking(argv)` puts the app's translation in their place (context "argparse" of the .ts
files) and the help formatter translates our own help texts (context "CliHelp"), so
`studyapp --help` and an error line read in Japanese when the language is Japanese (--lang ja,
the saved setting or the system's locale), and in English exactly as argparse words them.

The language is looked up only when argparse has something to say: parsing the command line
of a start of the app imports neither Qt nor a translation (see cli.py and content/preload.py).
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from studyapp.i18n import QT_TRANSLATE_NOOP, is_japanese, translate

ARGPARSE = "argparse"  # the context of argparse's own words
HELP = "CliHelp"  # the context of our help texts (marked where the parser is made)

# argparse's words a user can meet (Python 3.11 to 3.13); others stay in English.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)

# Characters a Japanese line may not start with, and may not end with (kinsoku).
_NO_START = frozenset(
    "、。，．・：；？！ー」』）］｝〕〉》】)]}ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々"
)
_NO_END = frozenset("「『（［｛〔〈《【([{")

_flag: list[str | None] = [None]  # the --lang given, read before argparse parses
_spoken = [False]  # whether the language has been put in use for this command line


def lang_flag(argv: Sequence[str]) -> str | None:
    """The value of --lang in `argv` (`--lang ja` or `--lang=ja`), or None."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None


def speak() -> None:
    """Put the command line's language in use, once (imports Qt's core for the translators)."""
    if _spoken[0]:
        return
    _spoken[0] = True
    from studyapp.translations import chosen_language, use_language

    use_language(chosen_language(_flag[0]))


def _gettext(message: str) -> str:
    speak()
    return translate(ARGPARSE, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def speaking(argv: Sequence[str]) -> Iterator[None]:
    """argparse's words in the app's language while the block parses `argv`."""
    module = vars(argparse)
    ours = {"_": _gettext, "ngettext": _ngettext}
    saved = {name: module[name] for name in ours if name in module}  # absent: English stays
    _flag[0], _spoken[0] = lang_flag(argv), False
    module.update({name: ours[name] for name in saved})
    try:
        yield
    finally:
        module.update(saved)


def shown(text: str) -> str:
    """A help text in the app's language: ours (CliHelp), else argparse's own."""
    found = translate(HELP, text)
    return found if found != text else translate(ARGPARSE, text)


class Parser(argparse.ArgumentParser):
    """argparse's parser, which puts the language in use when it is to print a usage or a
    help (argparse formats a usage as it is built, too: that one is not printed)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def format_usage(self) -> str:
        speak()
        return super().format_usage()

    def format_help(self) -> str:
        speak()
        return super().format_help()


class Formatter(argparse.HelpFormatter):
    """argparse's formatter, saying our help texts in the app's language and wrapping Japanese
    by its width on a terminal (a kanji takes two columns), never breaking before 。、」."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(shown(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(shown(text) if text and text != argparse.SUPPRESS else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        help_text = super()._get_help_string(action)
        return shown(help_text) if help_text else help_text

    def _split_lines(self, text: str, width: int) -> list[str]:
        if not is_japanese():
            return super()._split_lines(text, width)
        return wrap_japanese(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not is_japanese():
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap_japanese(" ".join(text.split()), width))


def _columns(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _width(text: str) -> int:
    return sum(map(_columns, text))


def wrap_japanese(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` terminal columns, broken between any two characters
    but never inside a Latin or katakana word, before a closing mark or after an opening one."""
    lines: list[str] = []
    line = ""
    for word in _tokens(text):
        token = word
        if line and _width(line + token) > width:
            carried = ""
            if token[0] in _NO_START:  # 。 may not start a line: what is before it goes down
                kind, cut = _word_kind(line[-1]), len(line) - 1
                while kind and cut > 0 and _word_kind(line[cut - 1]) == kind:
                    cut -= 1  # with it, the whole word if a word
                if not line[:cut].strip():  # nothing would be left: it hangs past the end
                    line += token
                    continue
                carried, line = line[cut:], line[:cut]
            while line and line[-1] in _NO_END:  # an opening bracket goes down with its word
                carried, line = line[-1] + carried, line[:-1]
            if line.strip():
                lines.append(line.rstrip())
                token = token if carried else token.lstrip()
            line = carried
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _word_kind(char: str) -> str:
    """What kind of word `char` can be part of: "latin", "katakana" or "" (stands alone)."""
    if char.isascii() and not char.isspace() and char not in "()":
        return "latin"
    if "\u30a1" <= char <= "\u30fa" or char == "ー":
        return "katakana"
    return ""


def _tokens(text: str) -> Iterator[str]:
    """A Latin word, a katakana word (バックアップ) or one other character at a time."""
    word = ""
    for char in text:
        kind = _word_kind(char)
        if kind and (not word or _word_kind(word[-1]) == kind):
            word += char
            continue
        if word:
            yield word
            word = ""
        if kind:
            word = char
        else:
            yield char
    if word:
        yield word
