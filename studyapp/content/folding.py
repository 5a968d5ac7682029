"""Text folding for search: one character in, one character out.

Folding lower-cases, strips accents and macrons from Latin letters (Taishō -> taisho) and
narrows full-width Latin letters, but keeps every Japanese character as it is (が stays が).
Because each character maps to exactly one character, a match found in the folded text is
at the same offsets in the original, which is what highlighting needs.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    compat = unicodedata.normalize("NFKC", char)
    if len(compat) == 1 and compat.isascii():
        char = compat
    base = unicodedata.normalize("NFD", char)[0]
    if base.isascii() and base.isalpha():
        char = base
    lower = char.lower()
    return lower if len(lower) == 1 else char


class _FoldTable(dict[int, str]):
    """fold_char by code point, filled in as characters are met, for str.translate."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """`text` lower-cased and without Latin diacritics, the same length as `text`."""
    if text.isascii():
        return text.lower()  # what fold_char does to every ASCII character, at C speed
    return text.translate(_FOLD_TABLE)  # twice a Python loop's speed


def clean_query_text(text: str) -> str:
    """What SQLite can take from a user's string: no NULs, no unpaired surrogates."""
    text = text.replace("\x00", " ")
    return text.encode("utf-8", errors="replace").decode("utf-8")
