"""Writing the user's files all or nothing: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from studyapp.errors import UserDataError


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call `write` on a temporary file beside `path`, then rename it over `path`.

    Raises UserDataError, in one sentence, if the folder or file cannot be written; an
    existing file at `path` is then left as it was.
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # 0o666 minus the umask: the file gets the permissions any new file would get.
        descriptor = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(descriptor, "w+b") as file:
                write(file)
                file.flush()
                os.fsync(file.fileno())
            temporary.replace(path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserDataError(
            f"Cannot write {path}: {reason}. Choose another file or folder."
        ) from None


def write_text_atomically(path: Path, text: str) -> None:
    """Write `text` as UTF-8 to `path`, all or nothing."""
    data = text.encode("utf-8", errors="replace")
    write_atomically(path, lambda file: file.write(data))
