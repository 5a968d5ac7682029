"""Importing after Qt has started, without Qt's import hook.

PySide6 replaces `builtins.__import__` with a hook that, for every module imported after
PySide6 itself, reads the module's whole source (`inspect.getsource`) to see whether it uses
PySide6, and leaves that text in `linecache`. For SQLAlchemy, which the app imports after its
first paint, that costs about 80 ms and 19 MiB here. The app uses none of PySide6's
`__feature__` options that the hook exists for, so what it imports after the first paint is
imported with the plain import, captured here before Qt was loaded (cli.py imports this module
first). Imported after PySide6, this module captures the hook itself, and the context manager
changes nothing.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager

_PLAIN_IMPORT = builtins.__import__


@contextmanager
def plain_imports() -> Iterator[None]:
    """Import with Python's own `__import__` inside the block, whatever is installed."""
    installed = builtins.__import__
    builtins.__import__ = _PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = installed


def take_out_pyside_hook() -> None:
    """Put Python's own `__import__` back for good, once PySide6 has installed its hook.

    The GUI start calls this just after importing PySide6, before the app's own modules:
    through the hook, each of them would leave its whole source in `linecache` (3 MiB for the
    modules the first view needs). Later `plain_imports()` blocks change nothing then.
    """
    builtins.__import__ = _PLAIN_IMPORT
