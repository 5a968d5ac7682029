"""The command line: `studyapp` starts the app; subcommands script the content.

Only argparse is imported up front: the GUI path must reach its first paint without
SQLAlchemy, and the subcommands import what they need when they run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import studyapp.imports  # noqa: F401 (first: it keeps Python's import from before Qt's hook)
from studyapp import __version__
from studyapp.cli_help import Parser, speaking
from studyapp.errors import StudyAppError
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, translate

if TYPE_CHECKING:
    from studyapp.content.records import Content
    from studyapp.study.cards import Card
    from studyapp.userdata.store import UserStore


def _parser() -> argparse.ArgumentParser:
    """The command line; its help texts are marked here and said in the app's language by
    cli_help.Formatter when printed."""
    parser = Parser(
        prog="studyapp",
        description=QT_TRANSLATE_NOOP(
            "CliHelp",
            "Study the Russo-Japanese Agreements (日露協約) of 1907–1916. "
            "With no command, the desktop app starts.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"studyapp {__version__}")
    parser.add_argument(
        "--lang",
        choices=("en", "ja"),
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "the language of the app, its messages and the cards it writes (default: the "
            "one chosen in the app, else the system's)",
        ),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "start the app, wait until the window has painted its content, print the "
            "start-up timings and exit (0 if all went well)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, description: str | None = None) -> Parser:
        return commands.add_parser(name, help=help_text, description=description)

    dump = command("dump", QT_TRANSLATE_NOOP("CliHelp", "print the whole content, for scripts"))
    dump.add_argument(
        "--json",
        action="store_true",
        required=True,
        help=QT_TRANSLATE_NOOP("CliHelp", "as JSON (required)"),
    )
    exports = (
        (
            "export-anki",
            QT_TRANSLATE_NOOP("CliHelp", "write the flashcards to PATH as an Anki package (.apkg)"),
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Write the flashcards (with a card for each bookmark) as an Anki package "
                "(.apkg). Importing an updated Anki package updates the notes already imported.",
            ),
        ),
        (
            "export-csv",
            QT_TRANSLATE_NOOP("CliHelp", "write the flashcards to PATH as CSV"),
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Write the flashcards (with a card for each bookmark) as CSV. Importing an "
                "updated Anki package updates the notes already imported.",
            ),
        ),
    )
    for name, help_text, description in exports:
        export = command(name, help_text, description)
        # Optional here so that a missing PATH is one line of ours, not argparse's usage.
        export.add_argument(
            "path",
            metavar="PATH",
            nargs="?",
            help=QT_TRANSLATE_NOOP("CliHelp", "the file to write"),
        )
        export.add_argument(
            "--agreement",
            metavar="KEY",
            help=QT_TRANSLATE_NOOP("CliHelp", "only the cards of this agreement, e.g. first-1907"),
        )
        export.add_argument(
            "--kind",
            metavar="KIND",
            action="append",
            help=QT_TRANSLATE_NOOP(
                "CliHelp", "only the cards of this kind, e.g. agreement-date (repeat for several)"
            ),
        )
    backup = command(
        "backup",
        QT_TRANSLATE_NOOP("CliHelp", "back up your study data now and print the backup's path"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Back up your study data (bookmarks, notes, reviews) into the backups folder "
            "beside it, and print the backup's path. With --list, list the backups.",
        ),
    )
    backup.add_argument(
        "--list",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "list the backups, newest first"),
    )
    restore = command(
        "restore",
        QT_TRANSLATE_NOOP("CliHelp", "restore your study data from BACKUP (backed up first)"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Replace your study data with the backup BACKUP (a path, or a name shown by "
            "`studyapp backup --list`). Your data as it is now is backed up first. Close the "
            "app first.",
        ),
    )
    restore.add_argument(
        "backup",
        metavar="BACKUP",
        nargs="?",
        help=QT_TRANSLATE_NOOP("CliHelp", "the backup to restore"),
    )
    moved = command(
        "export-progress",
        QT_TRANSLATE_NOOP(
            "CliHelp", "write your progress (bookmarks, notes, card states, reviews) to PATH"
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Write everything you have studied to one file, to carry to another computer "
            "and merge there with import-progress.",
        ),
    )
    moved.add_argument(
        "path", metavar="PATH", nargs="?", help=QT_TRANSLATE_NOOP("CliHelp", "the file to write")
    )
    merged = command(
        "import-progress",
        QT_TRANSLATE_NOOP("CliHelp", "merge the progress file PATH into your data"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Merge a file written by export-progress into your data: answers not here yet "
            "are added and every card rescheduled from the merged log; of a note edited on "
            "both computers the later edit is kept. Nothing is replaced or lost.",
        ),
    )
    merged.add_argument(
        "path", metavar="PATH", nargs="?", help=QT_TRANSLATE_NOOP("CliHelp", "the file to merge")
    )
    return parser


def _export_progress(path_text: str) -> int:
    from pathlib import Path

    from studyapp.files import regular_target
    from studyapp.study.progress import export_progress

    path = Path(path_text)
    regular_target(path)
    store = open_user_store()
    try:
        counts = export_progress(store, path)
    finally:
        store.close()
    print(
        translate("Cli", "Wrote {bookmarks} and {reviews} ({cards}) to {path}").format(
            bookmarks=Cli.tr("%n bookmarks", "", counts["bookmarks"]),
            reviews=Cli.tr("%n reviews", "", counts["reviews"]),
            cards=Cli.tr("%n cards", "", counts["cards"]),
            path=path,
        )
    )
    return 0


def _import_progress(path_text: str) -> int:
    from pathlib import Path

    from studyapp.study.progress import import_progress

    store = open_user_store()
    try:
        summary = import_progress(store, Path(path_text))
    finally:
        store.close()
    print(
        translate("Cli", "Merged {path}: {summary}.").format(
            path=path_text, summary=summary.describe()
        )
    )
    return 0


def _backup(list_only: bool) -> int:
    from studyapp.userdata import backups

    store = open_user_store()
    try:
        if list_only:
            found = backups.list_backups(store.path)
            if not found:
                print(
                    translate("Cli", "No backups yet in {folder}.").format(
                        folder=backups.backup_folder(store.path)
                    )
                )
            for info in found:
                bookmarks = Cli.tr("%n bookmarks", "", info.bookmarks)
                reviews = Cli.tr("%n reviews", "", info.reviews)
                print(f"{info.path}  {info.taken:%Y-%m-%d %H:%M:%S}  {bookmarks}  {reviews}")
            return 0
        made = backups.back_up(store.path)
    finally:
        store.close()
    print(made)
    return 0


def _restore(backup_text: str | None) -> int:
    from pathlib import Path

    from studyapp.userdata import backups

    if not backup_text or not backup_text.strip():
        raise StudyAppError(
            translate("Cli", "Give the backup to restore; `studyapp backup --list` lists them.")
        )
    store = open_user_store()
    try:
        backup = Path(backup_text)
        if not backup.exists() and backup.parent == Path():
            backup = backups.backup_folder(store.path) / backup_text  # a name from --list
        if not backup.is_file():
            raise StudyAppError(
                translate("Cli", "No backup {name}; `studyapp backup --list` lists them.").format(
                    name=backup_text
                )
            )
        info, kept = backups.restore(store, backup)
    finally:
        store.close()
    print(
        translate(
            "Cli",
            "Restored {path} ({bookmarks}, {reviews}). Your data as it was is kept in {kept}.",
        ).format(
            path=info.path,
            bookmarks=Cli.tr("%n bookmarks", "", info.bookmarks),
            reviews=Cli.tr("%n reviews", "", info.reviews),
            kept=kept,
        )
    )
    return 0


def _dump_json() -> int:
    import json

    from studyapp import paths
    from studyapp.content.database import read_content
    from studyapp.content.dump import content_as_json
    from studyapp.content.map_dump import map_as_geojson
    from studyapp.content.map_queries import read_map_file

    content = read_content(paths.content_db_path())
    data = content_as_json(content)
    data["map"] = map_as_geojson(read_map_file(paths.content_db_path()))
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def open_user_store() -> UserStore:
    """The user's store, for a command; a damaged file moved aside is said on stderr.

    (The store also leaves that notice for the next start of the window.)
    """
    from studyapp import paths
    from studyapp.userdata.store import UserStore

    store = UserStore.open(paths.user_db_path())
    if store.notice:
        print(f"studyapp: {store.notice}", file=sys.stderr)
    return store


def _bookmarked_clauses() -> list[str]:
    """The user's bookmarked clause keys (none if they have no data yet).

    Raises UserDataError if the store cannot be read: a deck without the bookmark cards
    would be a partial export presented as whole.
    """
    import sqlite3

    from studyapp import paths
    from studyapp.errors import UserDataError
    from studyapp.userdata.bookmarks import list_bookmarks

    if not paths.user_db_path().exists():
        return []
    try:
        store = open_user_store()
    except UserDataError as error:
        raise UserDataError(
            translate(
                "Cli", "{error} The bookmarks cannot be read, so nothing was written."
            ).format(error=error)
        ) from None
    try:
        return [bookmark.clause_key for bookmark in list_bookmarks(store)]
    except sqlite3.Error as error:
        raise UserDataError(
            translate(
                "Cli", "Cannot read your bookmarks in {path} ({error}), so nothing was written."
            ).format(path=store.path, error=error)
        ) from None
    finally:
        store.close()


def _export(command: str, path_text: str, agreement: str | None, kinds: list[str] | None) -> int:
    from pathlib import Path

    from studyapp import paths
    from studyapp.content.database import read_content
    from studyapp.files import regular_target
    from studyapp.study.card_table import every_card
    from studyapp.study.export import export_apkg, export_csv, select_cards

    database = paths.content_db_path()
    content = read_content(database)
    cards = select_cards(
        lambda: every_card(content, database, _bookmarked_clauses()),
        [record.key for record in content.agreements],
        agreement,
        kinds,
    )
    path = Path(path_text)
    regular_target(path)  # before any work: a device, FIFO or folder is refused at once
    if command == "export-anki":
        export_apkg(cards, path, images=_map_images(cards, content))
    else:
        export_csv(cards, path)
    print(Cli.tr("Wrote %n cards to {path}", "", len(cards)).format(path=path))
    return 0


def _map_images(cards: list[Card], content: Content) -> dict[str, tuple[bytes, bytes]]:
    """The map cards' question and answer pictures (drawn with Qt, offscreen)."""
    from studyapp import paths
    from studyapp.geo.basemap import load_geography
    from studyapp.study.map_cards import map_content
    from studyapp.study.vocabulary import MAP_CARD_KINDS

    atlas = map_content(paths.content_db_path())
    if atlas is None or not any(card.kind in MAP_CARD_KINDS for card in cards):
        return {}
    from studyapp.ui.map.card_images import card_images

    geography = load_geography(paths.geography_path())
    return card_images(cards, atlas, geography, {a.key: a for a in content.agreements})


def _start_gui(*, smoke: bool, language: str | None = None) -> int:
    import gc
    import os

    # No cycle collection while the window's modules load: they leave no garbage worth it,
    # yet each of the dozens of collections walks every object PySide6 and they made. The
    # window collects on its own timer once it runs (ui/garbage.py); the read server, which
    # inherits this and lives a second or two, imports SQLAlchemy faster for it too.
    gc.disable()
    from studyapp import paths
    from studyapp.content.read_server import ReadServer

    # Forked before Qt: the child imports SQLAlchemy and reads the first view's content on
    # the other core while this process imports PySide6 (see content/read_server.py).
    server = None
    if os.environ.get("STUDYAPP_READ_SERVER") != "0":  # "0": without it, to compare
        server = ReadServer.start(paths.content_db_path())
    from studyapp.ui.early_signals import hold_quit_signals

    hold_quit_signals()  # Ctrl+C while Qt loads: quit once the window runs, no traceback
    import PySide6  # noqa: F401 (installs PySide6's import hook, taken out at once)

    from studyapp.imports import take_out_pyside_hook

    take_out_pyside_hook()
    try:
        from studyapp.ui.app import run

        return run(smoke=smoke, language=language, read_server=server)
    finally:
        if server is not None:
            server.stop()  # if the window never took it over


def _utf8_streams() -> None:
    """stdout and stderr in UTF-8 whatever the locale (a Latin-1 or C locale included)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8", errors="backslashreplace")


def require_path(path_text: str | None, command: str = "") -> str:
    if not path_text or not path_text.strip():
        if command:
            raise StudyAppError(
                translate(
                    "Cli", "Give the file to read, e.g. studyapp {command} progress.json."
                ).format(command=command)
            )
        raise StudyAppError(
            translate("Cli", "Give the file to write, e.g. studyapp export-csv cards.csv.")
        )
    return path_text


Cli = Context("Cli")  # the plurals of the command line's output (studyapp.i18n.Context)


def _run_command(args: argparse.Namespace) -> int:
    commands: dict[str, Callable[[], int]] = {
        "dump": _dump_json,
        "backup": lambda: _backup(args.list),
        "restore": lambda: _restore(args.backup),
        "export-progress": lambda: _export_progress(require_path(args.path)),
        "import-progress": lambda: _import_progress(require_path(args.path, "import-progress")),
        "export-anki": lambda: _export(
            args.command, require_path(args.path), args.agreement, args.kind
        ),
        "export-csv": lambda: _export(
            args.command, require_path(args.path), args.agreement, args.kind
        ),
    }
    run = commands.get(args.command or "")
    if run is None:
        return _start_gui(smoke=args.smoke, language=args.lang)
    from studyapp.translations import chosen_language, use_language

    use_language(chosen_language(args.lang))
    return run()


def _restart_in_utf8_mode() -> None:
    """In a locale that is not UTF-8 (Latin-1...), start again in Python's UTF-8 mode.

    Python decodes file names and the environment with the locale's encoding, so a data
    folder named in Japanese would be shown, on stdout and in the window, as mojibake (the
    files themselves are found, by their bytes). UTF-8 mode reads them as UTF-8, as the
    names were written, and it can only be chosen when the interpreter starts.
    """
    import contextlib
    import os

    if sys.flags.utf8_mode or sys.getfilesystemencoding().lower() in ("utf-8", "utf8"):
        return
    os.environ["PYTHONUTF8"] = "1"
    # If it cannot, carry on as we are: the names are still found, only shown oddly.
    with contextlib.suppress(OSError):
        os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        _restart_in_utf8_mode()
    _utf8_streams()
    words = sys.argv[1:] if argv is None else argv
    parser = _parser()  # outside: argparse words its headings as it is made, in English
    with speaking(words):  # the help and argparse's errors in the app's language
        args = parser.parse_args(words)
    try:
        return _run_command(args)
    except StudyAppError as error:
        print(f"studyapp: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`studyapp dump --json | head`): not an error worth a traceback.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
