"""The Agreements view read like a student reads it: dates, signatories, public and secret."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.reading_html import NO_PUBLIC_ARTICLES
from studyapp.ui.services import Services
from tests.ui.helpers import (
    card_of,
    click_row,
    click_text_at,
    hrefs,
    open_view,
    plain,
)


def test_the_first_agreement_shows_its_dates_in_three_calendars_and_its_signatories(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    assert view.current_agreement_key() == "first-1907"
    text = plain(view.reading.browser)
    assert "First Russo-Japanese Agreement" in text
    assert "第一次日露協約" in text
    assert "30 July 1907" in text  # Gregorian
    assert "17 July 1907 O.S." in text  # Julian, 13 days behind in 1907
    assert "Meiji 40" in text
    assert "明治40年7月30日" in text
    assert "St. Petersburg" in text
    assert "Motono Ichirō 本野一郎 — Envoy to Russia, Japan" in text
    assert "Alexander Izvolsky" in text
    assert "Occasion" in text
    assert "Consequences" in text


def test_secret_clauses_carry_the_word_and_a_border_of_their_own(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    agreement = services.index.agreements["first-1907"]
    text = plain(view.reading.browser)
    document = view.reading.browser.document()
    colours = view.reading.browser.colours
    for clause in agreement.clauses:
        heading = f"{clause.label} · {clause.title}"
        border = card_of(document, clause.key).format().borderBrush().color().name()
        assert heading in text
        assert f"Secret {heading}" not in text  # said once, by the label
        assert (f"SECRET {heading}" in text) == clause.is_secret
        assert border == (colours.secret if clause.is_secret else colours.card_border)
    assert colours.secret != colours.card_border


def test_the_third_agreement_says_it_had_no_public_articles(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    click_row(qtbot, view.agreement_list, 2)
    assert view.current_agreement_key() == "third-1912"
    text = plain(view.reading.browser)
    assert NO_PUBLIC_ARTICLES in text
    assert "Third Russo-Japanese Agreement" in text
    assert "明治45年7月8日" in text
    click_row(qtbot, view.agreement_list, 1)
    assert NO_PUBLIC_ARTICLES not in plain(view.reading.browser)


def test_public_and_secret_articles_sit_side_by_side_only_when_there_is_room(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services, width=1400)
    assert view.reading.two_columns
    view.resize(560, 800)
    qtbot.waitUntil(lambda: not view.reading.two_columns)
    assert "Secret articles" in plain(view.reading.browser)
    view.resize(1400, 800)
    qtbot.waitUntil(lambda: view.reading.two_columns)


def test_clicking_a_clause_card_makes_it_the_current_clause(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    clause = services.index.clauses["first-1907-secret-2"]
    browser = view.reading.browser
    position = browser.document().find(clause.summary[:40]).position()
    click_text_at(qtbot, browser, position)
    assert view.current_clause_key() == clause.key
    assert view.clause_tree.currentIndex().data() == f"{clause.label}: {clause.title}"
    card = card_of(browser.document(), clause.key)
    assert card.format().borderBrush().color().name() == browser.colours.current
    assert clause.title in view.reading.current_label.text()


def test_show_clause_opens_its_agreement_and_scrolls_to_it(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services, width=700)
    view.show_clause("fourth-1916-secret-6")
    assert view.current_agreement_key() == "fourth-1916"
    assert view.current_clause_key() == "fourth-1916-secret-6"
    assert view.reading.browser.verticalScrollBar().value() > 0
    view.show_clause("no-such-clause")
    assert view.current_clause_key() == "fourth-1916-secret-6"


def test_clicking_a_glossary_term_asks_for_it_in_the_glossary(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    browser = view.reading.browser
    position, href = hrefs(browser.document(), "studyapp://term/")[0]
    term_key = href.removeprefix("studyapp://term/")
    assert term_key in services.index.terms
    with qtbot.waitSignal(services.navigator.open_requested) as asked:
        click_text_at(qtbot, browser, position)
    assert asked.args == ["term", term_key]


def test_every_term_link_names_a_real_term(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    links = hrefs(view.reading.browser.document(), "studyapp://term/")
    assert {"manchuria", "treaty-of-portsmouth", "demarcation-line"} <= {
        href.removeprefix("studyapp://term/") for _, href in links
    }


def test_sources_open_in_the_browser(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    browser = view.reading.browser
    opened: list[QUrl] = []
    browser.open_external = opened.append
    position, href = hrefs(browser.document(), "https://")[0]
    click_text_at(qtbot, browser, position)
    assert [url.toString() for url in opened] == [href]
    assert href.startswith("https://history.state.gov/")


def test_a_dark_palette_renders_readable_secret_marks(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    light = view.reading.browser.colours
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(palette)
    dark = view.reading.browser.colours
    assert dark.dark and not light.dark
    assert dark.secret != light.secret
    card = card_of(view.reading.browser.document(), "first-1907-secret-1")
    assert card.format().borderBrush().color().name() == dark.secret
    assert card.format().background().color().name() == dark.secret_card
