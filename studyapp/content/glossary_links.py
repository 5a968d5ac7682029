"""Where glossary terms are mentioned in running text, so views can link them to the glossary.

Every term contributes a few spellings: its English name without the bracketed note, the
aliases in that note ("Dalian (Dalny, Dairen)"), singular and plural forms ("special
interest", "spheres of influence"), the bare head of a lowercase "X of Y" term ("spheres") and
its Japanese name. All spellings of all terms go into one regular expression shaped like a
trie, compiled once per term list, so a text is scanned once however many terms there are.
Matching works on folded text (lower case, no macrons; see folding.py), whose offsets are
those of the original, and English spellings match whole words only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studyapp.content.folding import fold
from studyapp.content.records import TermRecord

Mention = tuple[int, int, str]  # start, end (offsets into the text), term key

_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_DASH_CLASS = "[" + re.escape(_DASHES) + "]"
_BRACKETED = re.compile(r"^(?P<main>[^()]*?)\s*\((?P<note>[^()]*)\)\s*$")
_SPACES = re.compile(r"\s+")
_ANY_DASH = re.compile(_DASH_CLASS)
_END = ""  # trie key marking the end of a spelling


def _normalise(text: str) -> str:
    """One spelling per way of writing: single spaces and plain hyphens."""
    return _ANY_DASH.sub("-", _SPACES.sub(" ", text.strip()))


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _singular(word: str) -> str | None:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return None


def _number_forms(name: str) -> set[str]:
    """`name` with its last word (or the head of "X of Y") in singular and plural."""
    forms = {name}
    head, sep, tail = name.partition(" of ")
    if sep and " " not in head:
        forms.add(f"{_plural(head)} of {tail}")
        return forms
    *first, last = name.split(" ")
    stem = " ".join(first) + " " if first else ""
    singular = _singular(last)
    forms.add(stem + (singular if singular else _plural(last)))
    return forms


def english_spellings(term: str) -> set[str]:
    """The folded spellings of an English term name that count as mentions of it."""
    match = _BRACKETED.match(term)
    main, note = (match["main"], match["note"]) if match else (term, "")
    names = [part.strip() for part in main.split(",")]
    # A bracketed note is a list of aliases when it names things ("Dalny, Dairen"); a
    # lowercase note ("of Korea", "the Chinese empire") only qualifies the name.
    names += [part.strip() for part in note.split(",") if part.strip()[:1].isupper()]
    spellings: set[str] = set()
    for original in filter(None, names):
        name = _normalise(fold(original))
        spellings |= _number_forms(name)
        head, sep, _ = name.partition(" of ")
        if sep and " " not in head and not term[:1].isupper():
            # "sphere of influence" is often just "the spheres" once introduced.
            spellings |= {head, _plural(head)}
    return {spelling for spelling in spellings if len(spelling) >= 2}


def _trie_pattern(spellings: Iterable[str]) -> str:
    """A regex matching exactly `spellings`, longest first, with shared prefixes merged."""
    trie: dict[str, dict[str, object]] = {}
    for spelling in spellings:
        node = trie
        for char in spelling:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[_END] = {}
    return _node_pattern(trie)


def _char_pattern(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char == "-":
        return _DASH_CLASS
    return re.escape(char)


def _node_pattern(node: dict[str, dict[str, object]]) -> str:
    branches = [
        _char_pattern(char) + _node_pattern(child)  # type: ignore[arg-type]
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    ends_here = _END in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    # Greedy "?" tries the longer spellings before stopping here.
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


@dataclass(frozen=True)
class TermMatcher:
    """Finds mentions of a fixed list of terms; build once, use for every text."""

    pattern: re.Pattern[str]
    term_of: dict[str, str]  # normalised folded spelling -> term key

    @classmethod
    def build(cls, terms: Iterable[TermRecord]) -> TermMatcher:
        return cls.of_spellings((term.key, term.term, term.term_ja) for term in terms)

    @classmethod
    def of_spellings(cls, terms: Iterable[tuple[str, str, str]]) -> TermMatcher:
        """The matcher of terms given as (key, English name, Japanese name), in glossary order."""
        term_of: dict[str, str] = {}
        words: list[str] = []
        japanese: list[str] = []
        for key, english, japanese_name in terms:
            for spelling in sorted(english_spellings(english)):
                if spelling not in term_of:  # the first term to claim a spelling keeps it
                    term_of[spelling] = key
                    words.append(spelling)
            spelling = _normalise(fold(japanese_name))
            if spelling and spelling not in term_of:
                term_of[spelling] = key
                japanese.append(spelling)
        alternatives = []
        if words:
            alternatives.append(r"(?<!\w)(?:" + _trie_pattern(words) + r")(?!\w)")
        if japanese:
            # Japanese has no spaces between words, so its spellings match anywhere.
            alternatives.append("(?:" + _trie_pattern(japanese) + ")")
        return cls(re.compile("|".join(alternatives) or "(?!)"), term_of)

    def find(self, text: str) -> list[Mention]:
        """Mentions in `text`, left to right, the longest at each place, never overlapping."""
        mentions = []
        for match in self.pattern.finditer(fold(text)):
            key = self.term_of.get(_normalise(match.group()))
            if key is not None:
                mentions.append((match.start(), match.end(), key))
        return mentions


_last: tuple[Sequence[TermRecord], TermMatcher] | None = None


def matcher_for(terms: Sequence[TermRecord]) -> TermMatcher:
    """The matcher of `terms`, built once for as long as the same list is passed in."""
    global _last  # noqa: PLW0603 (a one-entry cache keyed by the identity of the list)
    if _last is None or _last[0] is not terms:
        _last = (terms, TermMatcher.build(terms))
    return _last[1]


def find_term_mentions(text: str, terms: Sequence[TermRecord]) -> list[Mention]:
    """Where the `terms` occur in `text`: (start, end, term key), left to right, no overlaps.

    `terms` is treated as unchanging: pass the same (tuple) object to reuse the compiled
    matcher, or hold a `TermMatcher` yourself.
    """
    return matcher_for(terms).find(text)


def first_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """Only the first mention of each term: a text reads better with each term linked once."""
    seen: set[str] = set()
    first = []
    for mention in mentions:
        if mention[2] not in seen:
            seen.add(mention[2])
            first.append(mention)
    return first


def term_occurrences(
    matcher: TermMatcher, texts: Iterable[tuple[str, str]]
) -> dict[str, list[str]]:
    """For each term key, the keys of the `(key, text)` items whose text mentions it, in order."""
    found: dict[str, list[str]] = {}
    for key, text in texts:
        for term_key in dict.fromkeys(mention[2] for mention in matcher.find(text)):
            keys = found.setdefault(term_key, [])
            if not keys or keys[-1] != key:  # an item may come as several texts in a row
                keys.append(key)
    return found
