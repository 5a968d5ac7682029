"""A menu or button title without its mnemonic, for tabs, lists and screen readers."""

from __future__ import annotations

import re

# Japanese titles carry the mnemonic after the words, in brackets: 年表(&T).
_BRACKETED = re.compile(r"\s?[(（]&\w[)）]")


def without_mnemonic(title: str) -> str:
    """ "&Timeline" -> "Timeline", "年表(&T)…" -> "年表…", "Q&&A" -> "Q&A"."""
    return _BRACKETED.sub("", title).replace("&&", "\0").replace("&", "").replace("\0", "&")
