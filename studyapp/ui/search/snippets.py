"""Cutting a hit's text down to a snippet around its first match (Qt-free).

The spans of a SearchHit are offsets into the full text; a snippet keeps them pointing at the
same characters after the cut, so the matches can still be highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass

Span = tuple[int, int]

SNIPPET_CHARS = 160
# How much text to show before the first match, so the reader sees what leads up to it.
LEAD_CHARS = 40
# How far to look for a space to cut at, so words are not cut in half.
WORD_SLACK = 20
ELLIPSIS = "…"
_FLAT = str.maketrans("\n\r\t\v\f", "     ")  # one character for one: offsets stay valid


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    spans: tuple[Span, ...]


def clean_spans(spans: tuple[Span, ...], length: int) -> tuple[Span, ...]:
    """Spans clipped to [0, length], sorted, without empty or overlapping ones."""
    cleaned: list[Span] = []
    for given_start, given_end in sorted(spans):
        start = max(0, given_start, cleaned[-1][1] if cleaned else 0)
        end = min(length, given_end)
        if start < end:
            cleaned.append((start, end))
    return tuple(cleaned)


def make_snippet(
    text: str, spans: tuple[Span, ...], width: int = SNIPPET_CHARS, lead: int = LEAD_CHARS
) -> Snippet:
    """About `width` characters of `text` around its first span, on one line, spans shifted."""
    text = text.translate(_FLAT)
    spans = clean_spans(spans, len(text))
    if len(text) <= width:
        return Snippet(text, spans)
    first_start, first_end = spans[0] if spans else (0, 0)
    start = max(0, min(first_start - lead, len(text) - width))
    if start > 0:
        space = text.find(" ", start, min(first_start, start + WORD_SLACK))
        if space != -1:
            start = space + 1
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", max(start, end - WORD_SLACK, first_end), end)
        if space != -1:
            end = space
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    shifted = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return Snippet(prefix + text[start:end] + suffix, shifted)
