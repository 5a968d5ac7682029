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


def fold(text: str) -> str:
    """`text` lower-cased and without Latin diacritics, the same length as `text`."""
    return "".join(fold_char(char) for char in text)


def clean_query_text(text: str) -> str:
    """What SQLite can take from a user's string: no NULs, no unpaired surrogates."""
    text = text.replace("\x00", " ")
    return text.encode("utf-8", errors="replace").decode("utf-8")
