"""The app as started from the command line, with a note being typed in the Bookmarks view.

Once the content is shown, it opens the Bookmarks view, types NOTE into the note of the first
bookmark without saving it, and prints "typed"; the test then sends a signal. With `--stall`,
each bookmark write sleeps inside its transaction first, and the driver saves the note itself
(printing "saving"), so the signal comes in the middle of a write.
"""

from __future__ import annotations

import argparse
import sys
import time

from studyapp.ui import app
from studyapp.ui.bookmarks.view import BookmarksView
from studyapp.ui.main_window import MainWindow
from studyapp.userdata import bookmarks
from studyapp.userdata.store import UserStore

NOTE = "typed, never saved by hand: 日露協約"


class TypingWindow(MainWindow):
    stall = False

    def __init__(self) -> None:
        super().__init__()
        self.content_painted.connect(self._type)

    def _type(self) -> None:
        view = self.show_view("bookmarks")
        assert isinstance(view, BookmarksView)
        view.detail.note_edit.setPlainText(NOTE)
        print("typed", flush=True)
        if self.stall:
            real = bookmarks.save_bookmark

            def slow(store: UserStore, clause_key: str, note: str = "") -> bookmarks.Bookmark:
                print("saving", flush=True)
                time.sleep(1.0)  # the signal arrives now, in the middle of the write
                return real(store, clause_key, note)

            bookmarks.save_bookmark = slow
            view.commit_note()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stall", action="store_true")
    TypingWindow.stall = parser.parse_args().stall
    setattr(app, "MainWindow", TypingWindow)  # noqa: B010 (the window run() makes)
    sys.exit(app.run())


if __name__ == "__main__":
    main()
