"""The cards as an Anki package (.apkg) and as CSV, each written all or nothing.

Cloze cards become real Anki cloze notes, of genanki's copy of Anki's built-in Cloze note type
("Text" with the gap as {{c1::…}}, and "Back Extra"), one note per card.

The Anki note type and deck have fixed ids, and each note's GUID comes from its card's stable
key, so importing an updated package into Anki updates the notes already there instead of
adding copies. Never change MODEL_ID, DECK_ID or the field names: Anki matches on them.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import json
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import genanki  # type: ignore[import-untyped]  # it ships no type hints

from studyapp.errors import StudyAppError
from studyapp.files import write_atomically
from studyapp.i18n import translate
from studyapp.study.cards import Card
from studyapp.study.queue import DeckFilter
from studyapp.study.vocabulary import CardKind

MODEL_ID = 1_607_392_319
DECK_ID = 2_059_400_111
MODEL_NAME = "Russo-Japanese Agreements card (studyapp)"
DECK_NAME = "Russo-Japanese Agreements 日露協約"
FIELDS = ("Front", "Back", "Key", "Kind", "Sources")
# "cloze" holds a cloze card's text in Anki's markup, for importing it as a Cloze note.
CSV_COLUMNS = ("key", "kind", "prompt", "answer", "accepted", "agreement", "sources", "cloze")
LIST_SEPARATOR = "; "  # between accepted answers and between source keys, in both formats

_CSS = """\
.card { font-family: "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif;
        font-size: 22px; text-align: center; }
.accepted, .explanation, .sources { font-size: 16px; margin-top: 0.8em; }
.sources { opacity: 0.7; }
"""
_BACK_TEMPLATE = """\
{{FrontSide}}
<hr id="answer">
{{Back}}
<div class="sources">{{Sources}}</div>"""

_MODEL = genanki.Model(
    MODEL_ID,
    MODEL_NAME,
    fields=[{"name": name} for name in FIELDS],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": _BACK_TEMPLATE}],
    css=_CSS,
)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _back(card: Card) -> str:
    parts = [_html(card.answer)]
    if card.accepted:
        parts.append(
            f'<div class="accepted">Also: {_html(LIST_SEPARATOR.join(card.accepted))}</div>'
        )
    if card.explanation:
        parts.append(f'<div class="explanation">{_html(card.explanation)}</div>')
    return "\n".join(parts)


def image_names(card: Card) -> tuple[str, str]:
    """The media file names of a card's question and answer pictures (map cards)."""
    stem = "studyapp-" + card.key.replace(":", "-")
    return f"{stem}-question.png", f"{stem}-answer.png"


def _cloze_html(text: str) -> str:
    """The cloze text as HTML, its {{c1::…}} markers kept as they are."""
    return _MARKER.sub(lambda m: f"{{{{c1::{_html(m[1])}}}}}", _html(text))


_MARKER = re.compile(r"\{\{c1::(.*?)\}\}")


def _note(card: Card, pictured: bool = False) -> genanki.Note:
    tags = ["studyapp", card.kind] + ([card.agreement_key] if card.agreement_key else [])
    if card.cloze:
        return genanki.Note(
            model=genanki.CLOZE_MODEL,
            fields=[_cloze_html(card.cloze), _back_extra(card)],
            tags=[tag.replace(" ", "_") for tag in tags],
            guid=genanki.guid_for(card.key),
        )
    front, back = _html(card.prompt), _back(card)
    if pictured:  # the question's picture under the prompt, the answer's over the answer
        question, answer = image_names(card)
        front += f'<div><img src="{question}"></div>'
        back = f'<div><img src="{answer}"></div>' + back
    return genanki.Note(
        model=_MODEL,
        fields=[
            front,
            back,
            _html(card.key),
            _html(card.kind),
            _html(LIST_SEPARATOR.join(card.source_keys)),
        ],
        tags=[tag.replace(" ", "_") for tag in tags],
        guid=genanki.guid_for(card.key),
    )


def _back_extra(card: Card) -> str:
    parts = [f'<div class="explanation">{_html(card.explanation)}</div>']
    if card.source_keys:
        parts.append(f'<div class="sources">{_html(LIST_SEPARATOR.join(card.source_keys))}</div>')
    return "\n".join(parts)


def _check_unique(cards: Sequence[Card]) -> None:
    keys = [card.key for card in cards]
    if len(set(keys)) != len(keys):
        raise ValueError("two cards share a key; each note needs its own GUID")


def export_apkg(
    cards: Sequence[Card],
    path: Path,
    *,
    timestamp: float | None = None,
    images: Mapping[str, tuple[bytes, bytes]] | None = None,
) -> None:
    """Write `cards` to `path` as an Anki package, one note per card.

    `timestamp` (seconds since the epoch, default now) is the notes' modification time: Anki
    updates a note on import only if the package's copy is newer. `images` gives a card's
    question and answer pictures as PNG (the map cards'), shipped as the package's media.
    """
    _check_unique(cards)
    images = images or {}
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    media: dict[str, bytes] = {}
    for card in cards:
        pictured = card.key in images
        deck.add_note(_note(card, pictured))
        if pictured:
            for name, data in zip(image_names(card), images[card.key], strict=True):
                media[name] = data
    package = genanki.Package(deck)
    moment = time.time() if timestamp is None else timestamp
    write_atomically(path, lambda file: _write_package(package, file, moment, media))


def _write_package(
    package: genanki.Package, file: BinaryIO, timestamp: float, media: Mapping[str, bytes]
) -> None:
    """What genanki's Package.write_to_file does, less its leaving the collection it builds
    behind in the temporary folder: the collection as SQLite, zipped with an empty media list."""
    with tempfile.TemporaryDirectory(prefix="studyapp-apkg-") as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            ids = itertools.count(int(timestamp * 1000))
            package.write_to_db(connection.cursor(), timestamp, ids)
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            names = sorted(media)
            for number, name in enumerate(names):
                archive.writestr(str(number), media[name])
            archive.writestr("media", json.dumps({str(n): name for n, name in enumerate(names)}))


def select_cards(
    all_cards: Callable[[], Sequence[Card]],
    known: Sequence[str],
    agreement: str | None,
    kinds: Iterable[str] | None,
) -> list[Card]:
    """The cards an export takes: of one agreement and of these kinds (None: any). The same
    filters for the command line and the File menu; a name that does not exist, or no card
    left, is a StudyAppError that says so. `known` are the agreements' keys."""
    kinds = list(kinds or ())
    unknown = sorted(set(kinds) - set(CardKind))
    if unknown:
        raise StudyAppError(
            translate("Export", "No card kind {kind!r}; the kinds are {kinds}.").format(
                kind=unknown[0], kinds=", ".join(CardKind)
            )
        )
    if agreement is not None and agreement not in known:
        raise StudyAppError(
            translate("Export", "No agreement {key!r}; the agreements are {keys}.").format(
                key=agreement, keys=", ".join(known)
            )
        )
    deck = DeckFilter(agreement_key=agreement, kinds=frozenset(kinds) if kinds else None)
    cards = [card for card in all_cards() if deck.matches(card)]
    if not cards:
        raise StudyAppError(
            translate("Export", "No cards match that agreement and kind; nothing was written.")
        )
    return cards


def csv_text(cards: Sequence[Card]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for card in cards:
        writer.writerow(
            (
                card.key,
                card.kind,
                card.prompt,
                card.answer,
                LIST_SEPARATOR.join(card.accepted),
                card.agreement_key or "",
                LIST_SEPARATOR.join(card.source_keys),
                card.cloze,
            )
        )
    return buffer.getvalue()


def export_csv(cards: Sequence[Card], path: Path) -> None:
    """Write `cards` to `path` as CSV with a header row.

    UTF-8 with a byte-order mark: without it Excel shows the Japanese as mojibake (read it in
    Python with encoding="utf-8-sig").
    """
    _check_unique(cards)
    data = csv_text(cards).encode("utf-8-sig", errors="replace")
    write_atomically(path, lambda file: file.write(data))
