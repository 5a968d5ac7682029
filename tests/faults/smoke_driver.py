"""`studyapp --smoke` with a mistake planted in the app, to check the smoke start fails.

`load`: opening the content catalogue raises while the window loads (it never reaches the screen).
`slot`: a slot raises once the content is shown (an error in the running app).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from studyapp.content.catalogue import ContentCatalogue
from studyapp.ui import app
from studyapp.ui.main_window import MainWindow


def _broken_catalogue(_self: ContentCatalogue, *_args: object) -> None:
    raise RuntimeError("content that cannot be catalogued")


class SlotFailingWindow(MainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.first_painted.connect(lambda: QTimer.singleShot(0, self._fail))

    def _fail(self) -> None:
        raise RuntimeError("a slot that fails")


def main() -> None:
    if sys.argv[1] == "load":
        setattr(ContentCatalogue, "__init__", _broken_catalogue)  # noqa: B010
    else:
        setattr(app, "MainWindow", SlotFailingWindow)  # noqa: B010
    sys.exit(app.run(smoke=True))


if __name__ == "__main__":
    main()
