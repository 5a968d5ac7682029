"""Before Qt starts: say plainly what is missing, instead of letting Qt abort the process.

Without a display, or without the X11 libraries its xcb plug-in needs, Qt prints a hint and
calls abort(). These checks turn both cases into one clear message and exit status 2.
"""

from __future__ import annotations

import os
import sys

from studyapp.errors import StudyAppError
from studyapp.i18n import translate

# Shared libraries Qt's xcb platform plug-in loads, with the Debian package of each.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing_xcb_packages() -> list[str]:
    import ctypes  # only on an X11 desktop, where the check runs

    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def check_platform(*, smoke: bool) -> None:
    """Raise StudyAppError when Qt could not open a window here; a smoke start goes offscreen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        if smoke:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return
        raise StudyAppError(
            translate(
                "PlatformCheck",
                "No display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). Start "
                "the app from a desktop session, or try `studyapp --smoke` for a check without "
                "one.",
            )
        )
    if not os.environ.get("WAYLAND_DISPLAY"):
        missing = missing_xcb_packages()
        if missing:
            raise StudyAppError(
                translate(
                    "PlatformCheck", "Qt needs system libraries that are not installed: {command}"
                ).format(command=f"sudo apt-get install {' '.join(missing)}")
            )
