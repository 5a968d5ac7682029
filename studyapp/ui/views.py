"""The app's views, in the order of their tabs, each one keystroke (Ctrl+1…Ctrl+6) away."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from studyapp.ui.services import Services


@dataclass(frozen=True)
class ViewSpec:
    name: str  # stable id, saved in the settings as the last view
    title: str
    make: Callable[[Services], QWidget]


def _timeline(services: Services) -> QWidget:
    from studyapp.ui.timeline.view import TimelineView

    return TimelineView(services)


def _agreements(services: Services) -> QWidget:
    from studyapp.ui.agreements.view import AgreementsView

    return AgreementsView(services)


def _glossary(services: Services) -> QWidget:
    from studyapp.ui.glossary.view import GlossaryView

    return GlossaryView(services)


def _bookmarks(services: Services) -> QWidget:
    from studyapp.ui.bookmarks.view import BookmarksView

    return BookmarksView(services)


def _quiz(services: Services) -> QWidget:
    from studyapp.ui.quiz.view import QuizView

    return QuizView(services)


def _stats(services: Services) -> QWidget:
    from studyapp.ui.stats.view import StatsView

    return StatsView(services)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("timeline", "&Timeline", _timeline),
    ViewSpec("agreements", "&Agreements", _agreements),
    ViewSpec("glossary", "&Glossary", _glossary),
    ViewSpec("bookmarks", "&Bookmarks", _bookmarks),
    ViewSpec("quiz", "&Quiz", _quiz),
    ViewSpec("stats", "&Stats", _stats),
)
