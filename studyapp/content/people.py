"""Where the content's prose names a person, worked out from the person's name spellings.

A person is named by their full name ("Motono Ichirō") or by the shorter spellings listed in
their row ("Motono"). Matching is on folded text (no case, no macrons) and on whole words, so
"Itō" is found in "Itō Hirobumi" and "Ito's" but not inside another word. The build stores the
result, so the app never scans for names at run time; the same function checks the content.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from studyapp.content.folding import fold

# (kind, key, text) of a row of prose that may name people.
Prose = tuple[str, str, str]

MENTION_KINDS = ("agreement", "clause", "event", "term")


def spelling_pattern(spellings: Iterable[str]) -> re.Pattern[str]:
    """A whole-word pattern for any of `spellings`, matched against folded text."""
    parts = sorted({fold(s.strip()) for s in spellings if s.strip()}, key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, part.split())) for part in parts)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)") if words else re.compile("(?!)")


def find_mentions(
    spellings: Mapping[str, Sequence[str]], prose: Iterable[Prose]
) -> dict[str, list[tuple[str, str]]]:
    """For each person key, the (kind, key) of every prose row naming them, in prose order."""
    patterns = {person: spelling_pattern(names) for person, names in spellings.items()}
    found: dict[str, list[tuple[str, str]]] = {person: [] for person in spellings}
    for kind, key, text in prose:
        folded = fold(text)
        for person, pattern in patterns.items():
            place = (kind, key)
            if pattern.search(folded) and place not in found[person]:
                found[person].append(place)
    return found
