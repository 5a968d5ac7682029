"""The app's writes in a process of its own: `python -m tests.faults.user_data_driver`.

It opens the real user database under STUDYAPP_HOME as the app does and, with `write PREFIX`,
saves bookmarks through BookmarkService (the service the views use) and, with `--answers`,
answers real cards through a StudySession, printing each bookmark's key ("bookmark KEY") or
card's key ("answer KEY") once the save has returned: every printed line is a write the app
told the user it had saved. `--count 0` writes until killed. With `--stall-after N`, bookmark
N + 1 is written and its transaction stops before the commit, printing "stalled KEY", until
the process is killed. With `open-and-save`, it opens
the store and saves one bookmark, printing "saved" or "error: MESSAGE" (the user's message).
"""

from __future__ import annotations

import argparse
import itertools

from studyapp import paths
from studyapp.errors import UserDataError
from studyapp.userdata.store import UserStore
from tests.stalling_store import StallingStore

NOTE = "A note that spans lines,\nwith Japanese 満州 and a long tail " + "x" * 2000


def _write(prefix: str, count: int, answers: bool, stall_after: int | None) -> None:
    from studyapp.ui.services import BookmarkService

    store = StallingStore.open(paths.user_db_path())
    assert isinstance(store, StallingStore)  # open() builds the class it is called on
    service = BookmarkService(store)
    session = None
    if answers:
        from studyapp.content.database import read_content
        from studyapp.study.cards import generate_cards
        from studyapp.study.queue import StudySession
        from studyapp.study.scheduling import Rating

        cards = generate_cards(read_content(paths.content_db_path()))
        session = StudySession(store, cards, new_limit=len(cards), cram=False)
    numbers = itertools.count() if count == 0 else range(count)
    for number in numbers:
        key = f"{prefix}-{number}"
        if number == stall_after:
            store.stall_key = key
        service.save(key, f"{NOTE} {key}")
        print(f"bookmark {key}", flush=True)
        if session is not None:
            card = session.next_card()
            if card is not None:
                session.answer(card, Rating.GOOD, duration_ms=1000, mode="flip", correct=None)
                print(f"answer {card.key}", flush=True)
    store.close()
    print("done", flush=True)


def _open_and_save() -> None:
    try:
        store = UserStore.open(paths.user_db_path())
        try:
            from studyapp.userdata.bookmarks import save_bookmark

            save_bookmark(store, "after-read-only", "written")
        finally:
            store.close()
    except UserDataError as error:
        print(f"error: {error}", flush=True)
        return
    print("saved", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("write")
    write.add_argument("prefix")
    write.add_argument("--count", type=int, default=0)
    write.add_argument("--answers", action="store_true")
    write.add_argument("--stall-after", type=int, default=None)
    commands.add_parser("open-and-save")
    args = parser.parse_args()
    if args.command == "write":
        _write(args.prefix, args.count, args.answers, args.stall_after)
    else:
        _open_and_save()


if __name__ == "__main__":
    main()
