"""Finding user-visible strings that skip the translation system, by reading the source (AST).

A string literal, f-string or `"...".format()` given straight to a Qt call that shows text
(QLabel, setText, addAction, setToolTip, QMessageBox.warning, showMessage...) is not marked;
nor is a message of the core's errors and output built in English (raise SomeError(f"..."),
print(f"...")). Text inside tr() / translate() / QT_TRANSLATE_NOOP is marked, and so is a
string without a letter of the Latin alphabet ("—", "日本語", "1–4"). Also caught: an
f-string given to tr() (lupdate cannot collect it) and `other.tr(...)` (lupdate files it
under the context "other", while Qt looks it up under the class of `other`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Calls whose string arguments the user sees.
SHOWN_BY_METHOD = frozenset(
    {
        "setText",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setWindowTitle",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setTabText",
        "addTab",
        "insertTab",
        "addAction",
        "addMenu",
        "showMessage",
        "setLabelText",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "addItem",
        "addItems",
        "show_problem",
        "show_notice",
        "view_action",
        "setWindowIconText",
        "setButtonText",
        "addButton",
        "setInformativeText",
        "setDetailedText",
        "setFormat",
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
        "critical",
        "warning",
        "information",
        "question",
        "addRow",
        "announce",
        "drawText",
    }
)
SHOWN_BY_CONSTRUCTOR = frozenset(
    {
        "QLabel",
        "QAction",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QToolButton",
        "QDockWidget",
        "QCommandLinkButton",
        "QMessageBox",
    }
)
# The errors whose message is shown to the user (the others are the program's own).
USER_ERRORS = frozenset(
    {"StudyAppError", "ContentError", "UserDataError", "WriteError", "ExportError"}
)
MARKING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
_LETTER = re.compile(r"[A-Za-z]{2}")
# Not words but the names of keys, formats and objects ("Ctrl+F", "PNG", "search-dock").
_TAG = re.compile(r"<[^>]*>")
_NOT_PROSE = re.compile(r"^(?:[A-Z][a-z]*\+)+\S*$|^[A-Z]{2,5}$|^[\w.-]*:?$|^%[\w.]*$")


@dataclass(frozen=True)
class Unmarked:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _english(node: ast.expr) -> str | None:  # noqa: PLR0911 (one return per kind of node)
    """The English text `node` builds without the translation system, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        if _LETTER.search(text) and not _NOT_PROSE.match(text.strip()):
            return text
        return None
    if isinstance(node, ast.JoinedStr):
        pieces = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = _TAG.sub("", "".join(str(piece) for piece in pieces))
        return text if _LETTER.search(text) and not _NOT_PROSE.match(text.strip()) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _english(node.left) or _english(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _english(node.func.value) if node.func.attr == "format" else None
    if isinstance(node, ast.IfExp):
        return _english(node.body) or _english(node.orelse)
    return None


def _marked_calls(tree: ast.AST) -> set[int]:
    """The ids of every node inside a marking call (tr, translate...)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in MARKING:
            inside.update(id(child) for child in ast.walk(node))
    return inside


def _bad_marking(node: ast.Call) -> str | None:
    name = _name(node.func)
    if name in ("_tr", "_", "tr_") and node.args and isinstance(node.args[0], ast.Constant):
        return "a literal given to a wrapper of translate(): lupdate cannot see it"
    if name not in MARKING:
        return None
    text_index = 0 if name in ("tr", "QT_TR_NOOP") else 1
    if len(node.args) > text_index and isinstance(node.args[text_index], ast.JoinedStr):
        return "an f-string given to tr(): lupdate cannot collect it"
    func = node.func
    # self.tr(), cls.tr() and a core Context named as its context (Dates.tr()) are right.
    if (
        name == "tr"
        and isinstance(func, ast.Attribute)
        and not (
            isinstance(func.value, ast.Name)
            and (func.value.id in ("self", "cls") or func.value.id[:1].isupper())
        )
    ):
        return "tr() called on another object: use QCoreApplication.translate(context, ...)"
    return None


def _marked_in_f_strings(path: Path, tree: ast.AST) -> Iterator[Unmarked]:
    """tr() or translate() inside an f-string: lupdate does not look in there."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for child in ast.walk(node):
                if not isinstance(child, ast.Call) or _name(child.func) not in MARKING:
                    continue
                if any(
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    for arg in child.args
                ):
                    yield Unmarked(path, child.lineno, "tr() inside an f-string: lupdate misses it")


def unmarked_in_ui(path: Path) -> Iterator[Unmarked]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    yield from _marked_in_f_strings(path, tree)
    inside = _marked_calls(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        problem = _bad_marking(node)
        if problem:
            yield Unmarked(path, node.lineno, problem)
            continue
        name = _name(node.func)
        if name not in SHOWN_BY_METHOD and name not in SHOWN_BY_CONSTRUCTOR:
            continue
        arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        for argument in arguments:
            if id(argument) in inside:
                continue
            for part in _parts(argument):
                text = _english(part)
                if text is not None and id(part) not in inside:
                    yield Unmarked(path, part.lineno, text)


def _parts(node: ast.expr) -> Iterator[ast.expr]:
    """The node, or each item of a list or tuple of texts (setHeaderLabels([...]))."""
    if isinstance(node, ast.List | ast.Tuple):
        yield from node.elts
    else:
        yield node


def unmarked_in_core(path: Path) -> Iterator[Unmarked]:
    """Errors raised and lines printed with English built in, in a Qt-free module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    yield from _marked_in_f_strings(path, tree)
    inside = _marked_calls(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            problem = _bad_marking(node)
            if problem:
                yield Unmarked(path, node.lineno, problem)
                continue
        told = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            if _name(node.exc.func) in USER_ERRORS and node.exc.args:
                told = node.exc.args[0]
        elif isinstance(node, ast.Call) and _name(node.func) == "print" and node.args:
            told = node.args[0]
        if told is None or id(told) in inside:
            continue
        text = _english(told)
        if text is not None:
            yield Unmarked(path, told.lineno, text)
