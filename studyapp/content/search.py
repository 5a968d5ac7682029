"""Full-text search over the bundled content, served by the SQLite FTS5 index.

The index uses the trigram tokenizer, so any substring of three or more characters matches,
Japanese included (満州鉄道 finds 南満州鉄道). Shorter words fall back to LIKE on the same
table. A user's query is never handed to FTS5 as syntax: every word becomes a quoted phrase,
so quotes, `*`, NEAR or unbalanced brackets are just characters to look for.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from studyapp.content.folding import clean_query_text, fold

SEARCH_TABLE = "search_index"
# Columns of the FTS5 table; title and body hold folded text, the *_shown ones the originals.
SEARCH_COLUMNS = ("kind", "key", "title", "body", "title_shown", "body_shown")
SEARCH_TABLE_SQL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
    "kind UNINDEXED, key UNINDEXED, title, body, title_shown UNINDEXED, body_shown UNINDEXED, "
    "tokenize = 'trigram')"
)
# A trigram needs three characters; shorter words are matched with LIKE instead.
TRIGRAM = 3
# Bounds on hostile input: a query longer than this is cut, and so are extra words.
MAX_QUERY_CHARS = 256
MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "agreement", "clause", "event" or "term"
    key: str
    title: str
    text: str
    title_spans: tuple[tuple[int, int], ...]
    text_spans: tuple[tuple[int, int], ...]


def query_words(query: str) -> list[str]:
    """The folded words of a user's query, bounded in number and length."""
    words = fold(clean_query_text(query[:MAX_QUERY_CHARS])).split()
    unique = list(dict.fromkeys(words))
    return unique[:MAX_WORDS]


def match_spans(shown: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets in `shown` of every occurrence of each folded word, merged."""
    folded = fold(shown)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(session: Session, query: str, limit: int = 100) -> list[SearchHit]:
    """Hits for every word of `query` (all must match), best first. Never raises on odd input."""
    words = query_words(query)
    if not words:
        return []
    long_words = [word for word in words if len(word) >= TRIGRAM]
    short_words = [word for word in words if len(word) < TRIGRAM]
    conditions: list[str] = []
    params: dict[str, object] = {"limit": max(1, limit)}
    if long_words:
        conditions.append(f"{SEARCH_TABLE} MATCH :match")
        params["match"] = " ".join(_phrase(word) for word in long_words)
    for index, word in enumerate(short_words):
        conditions.append(
            f"(title LIKE :like{index} ESCAPE '\\' OR body LIKE :like{index} ESCAPE '\\')"
        )
        params[f"like{index}"] = _like_pattern(word)
    # bm25 weights follow the column order: a hit in the title counts five times one in the body.
    order = f"bm25({SEARCH_TABLE}, 0, 0, 5.0, 1.0, 0, 0)" if long_words else "rowid"
    statement = text(
        f"SELECT kind, key, title_shown, body_shown FROM {SEARCH_TABLE} "
        f"WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT :limit"
    )
    rows = session.execute(statement, params).all()
    return [
        SearchHit(
            kind=kind,
            key=key,
            title=title,
            text=body,
            title_spans=match_spans(title, words),
            text_spans=match_spans(body, words),
        )
        for kind, key, title, body in rows
    ]
