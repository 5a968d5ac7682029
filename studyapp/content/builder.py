"""Builds the bundled SQLite database from the content text under `db/content/`.

The build is deterministic: rows go in sorted by key and nothing time-dependent is stored, so
the same text always yields the same content. `db/build.py` is the command that runs it.
"""

from __future__ import annotations

import sqlite3
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine, insert
from sqlalchemy.engine import Connection

from studyapp import paths
from studyapp.content import map_tables, models
from studyapp.content.card_sources import CARD_KEY_SEARCH
from studyapp.content.folding import fold
from studyapp.content.glossary_links import TermMatcher
from studyapp.content.map_build import map_rows, validate_map
from studyapp.content.people_build import insert_people, mentions_of, validate_people
from studyapp.content.search import (
    SEARCH_TABLE,
    SEARCH_TABLE_SQL,
    SHORT_TABLE,
    SHORT_TABLE_SQL,
    short_word_text,
)
from studyapp.content.search_words import LEXICON_TABLE, WORDS_TABLE, WordIndexWriter
from studyapp.content.twins import cloze_twin_problems, twin_fields
from studyapp.content.validation import (
    Problems,
    Row,
    check_clozes,
    check_fields,
    check_old_style,
    check_references,
    check_span,
    check_unique,
)


class BuildError(Exception):
    """The content text has problems; `problems` lists each with its file and key."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class ContentText:
    """The content as read from TOML: plain rows, each remembered with the file it came from."""

    rows: dict[str, list[tuple[str, Row]]] = field(default_factory=dict)
    # Each map feature's coordinates, resolved by validate() along the rivers and borders.
    map_points: dict[str, list[tuple[float, float]]] = field(default_factory=dict)

    def of(self, kind: str) -> list[Row]:
        return [row for _, row in self.rows.get(kind, [])]

    def add(self, kind: str, where: str, row: Row) -> None:
        self.rows.setdefault(kind, []).append((where, row))


# Table name in a TOML file -> kind of row.
_LIST_TABLES = {
    "source": "source",
    "topic": "topic",
    "person": "person",
    "event": "event",
    "era": "era",
    "term": "term",
    "place": "place",
    "feature": "feature",
}


def load_content(folder: Path) -> ContentText:
    """Read every TOML file under `folder`; agreements/ holds one agreement per file."""
    content = ContentText()
    problems = Problems()
    for path in sorted(folder.rglob("*.toml")):
        where = str(path.relative_to(folder))
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            problems.add(where, f"not valid TOML: {error}")
            continue
        if path.parent.name == "agreements":
            content.add("agreement", where, data)
            continue
        for table, rows in data.items():
            kind = _LIST_TABLES.get(table)
            if kind is None or not isinstance(rows, list):
                problems.add(where, f"unexpected table {table!r}")
                continue
            for row in rows:
                content.add(kind, f"{where} [{row.get('key', '?')}]", row)
    if problems.lines:
        raise BuildError(problems.lines)
    return content


def validate(content: ContentText, geography: Path | None = None) -> None:
    """Raise BuildError listing every problem in `content`.

    `geography` is the shipped base geography the map's routes follow (resources/geography/).
    """
    problems = Problems()
    for kind, rows in content.rows.items():
        for where, row in rows:
            check_fields(kind, row, where, problems)
    keys = {kind: check_unique(kind, rows, problems) for kind, rows in content.rows.items()}
    sources = keys.get("source", set())
    for kind in ("topic", "person", "event", "era", "term", "agreement"):
        for where, row in content.rows.get(kind, []):
            check_references(where, row.get("sources"), sources, "source", problems, required=True)
    for where, row in content.rows.get("event", []):
        check_span(where, row.get("date"), row.get("end"), problems)
        check_old_style(where, row.get("date"), row.get("old_style"), problems)
    for where, row in content.rows.get("era", []):
        check_span(where, row.get("start"), row.get("end"), problems)
    ordinals = [row.get("ordinal") for row in content.of("agreement")]
    if len(set(ordinals)) != len(ordinals):
        problems.add("agreements/", "two agreements share an ordinal")
    clause_rows: list[tuple[str, Row]] = []
    for where, agreement in content.rows.get("agreement", []):
        _validate_parts(where, agreement, keys, problems)
        clause_rows += [(where, clause) for clause in _rows(agreement, "clause")]
    check_unique("clause", clause_rows, problems)
    if not problems.lines:  # names are looked for only in well-formed prose
        signed = {
            str(signatory.get("person"))
            for agreement in content.of("agreement")
            for signatory in _rows(agreement, "signatory")
        }
        validate_people(
            content.rows.get("person", []), signed, sources, _mentions(content), problems
        )
    content.map_points = validate_map(content, keys, problems, geography or paths.geography_path())
    if problems.lines:
        raise BuildError(problems.lines)


def _mentions(content: ContentText) -> dict[str, list[tuple[str, str]]]:
    return mentions_of(
        content.of("person"), content.of("agreement"), content.of("event"), content.of("term")
    )


def term_folds(row: Row) -> dict[str, str]:
    """What the Glossary's list filters and sorts a term by, folded (folding.py)."""
    names = ("term", "term_ja", "reading", "definition")
    text = " ".join(str(row.get(name, "")) for name in names)
    return {
        "folded": fold(text),
        "folded_ja": fold(f"{text} {row.get('definition_ja', '')}"),
        "term_folded": fold(str(row["term"])),
        "reading_folded": fold(str(row.get("reading", ""))),
    }


def term_mention_rows(content: ContentText) -> list[dict[str, Any]]:
    """Where each glossary term is named: in the agreements (title, summary, occasion,
    consequences), their clauses and the events, in the order the app lists them; and in
    the other texts the app links terms in (definitions, people, topics), so that a view
    links a text's terms with a matcher of those terms alone (catalogue.matcher_for)."""
    terms = sorted(content.of("term"), key=lambda row: (str(row["term"]), str(row["key"])))
    matcher = TermMatcher.of_spellings(
        (str(t["key"]), str(t["term"]), str(t.get("term_ja", ""))) for t in terms
    )
    agreements = sorted(content.of("agreement"), key=lambda row: int(row["ordinal"]))

    def joined(row: Row, *names: str) -> str:
        """The fields `names` of `row` and their Japanese twins, one text to look in."""
        return "\n".join(str(row.get(n, "")) for name in names for n in (name, f"{name}_ja"))

    def texts() -> Iterator[tuple[str, str, str]]:
        for a in agreements:
            yield "agreement", a["key"], joined(a, "title", "summary", "occasion", "consequences")
        for a in agreements:
            for c in sorted(_rows(a, "clause"), key=lambda c: (c["part"], c["number"])):
                yield "clause", c["key"], joined(c, "title", "summary")
        for e in sorted(content.of("event"), key=lambda row: (row["date"], row["key"])):
            yield "event", e["key"], joined(e, "title", "description")
        for t in terms:
            yield "term", t["key"], joined(t, "definition")
        for p in _sorted(content.of("person")):
            yield "person", p["key"], joined(p, "description")
        for topic in content.of("topic"):
            yield "topic", topic["key"], joined(topic, "description")

    rows: list[dict[str, Any]] = []
    positions: dict[str, int] = {}
    for kind, key, text in texts():
        for term_key in dict.fromkeys(mention[2] for mention in matcher.find(text)):
            position = positions[term_key] = positions.get(term_key, -1) + 1
            rows.append(
                {"term_key": term_key, "kind": kind, "owner_key": key, "position": position}
            )
    return rows


def _rows(parent: Row, name: str) -> list[Row]:
    value = parent.get(name, [])
    return [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []


def _validate_parts(
    where: str,
    agreement: Row,
    keys: dict[str, set[str]],
    problems: Problems,
) -> None:
    """Check an agreement's signatories and clauses against the known keys of each kind."""
    key = agreement.get("key", "?")
    sources, topics = keys.get("source", set()), keys.get("topic", set())
    people = keys.get("person", set())
    for signatory in _rows(agreement, "signatory"):
        spot = f"{where} [{key} signed by {signatory.get('person', '?')}]"
        check_fields("signatory", signatory, spot, problems)
        if signatory.get("person") not in people:
            problems.add(spot, f"unknown person {signatory.get('person')!r}")
        check_references(spot, signatory.get("sources"), sources, "source", problems, required=True)
    numbers: set[tuple[object, object]] = set()
    for clause in _rows(agreement, "clause"):
        spot = f"{where} [{clause.get('key', '?')}]"
        check_fields("clause", clause, spot, problems)
        clause_key = clause.get("key")
        if isinstance(clause_key, str) and not clause_key.startswith(f"{key}-"):
            problems.add(spot, f"clause key should start with {key}-")
        place = (clause.get("part"), clause.get("number"))
        if place in numbers:
            problems.add(spot, f"two {place[0]} clauses share number {place[1]}")
        numbers.add(place)
        check_references(spot, clause.get("sources"), sources, "source", problems, required=True)
        check_references(spot, clause.get("topics"), topics, "topic", problems, required=True)
        check_clozes(spot, clause.get("cloze"), clause.get("summary"), problems)
        check_clozes(
            spot, clause.get("cloze_ja"), clause.get("summary_ja"), problems, japanese=True
        )
        for problem in cloze_twin_problems(clause):
            problems.add(spot, problem)


def _sorted(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: str(row["key"]))


def _link_rows(table: Table, owner: Row, names: list[str]) -> list[dict[str, Any]]:
    owner_column, target_column = (column.name for column in list(table.columns)[:2])
    return [
        {owner_column: owner["key"], target_column: name, "position": position}
        for position, name in enumerate(names)
    ]


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table), rows)


def _pick(row: Row, *names: str) -> dict[str, Any]:
    return {name: row.get(name, "") for name in names}


def _insert_content(connection: Connection, content: ContentText) -> None:
    t = models.metadata.tables
    _insert(
        connection,
        t["meta"],
        [
            {"key": "schema_version", "value": str(models.CONTENT_SCHEMA_VERSION)},
        ],
    )
    _insert(
        connection,
        t["source"],
        [
            _pick(row, "key", "citation", "url", "note", *twin_fields("source"))
            for row in _sorted(content.of("source"))
        ],
    )
    insert_people(connection, content.of("person"), _mentions(content))
    _insert(connection, t["term_mention"], term_mention_rows(content))
    for kind, names in (
        ("event", ("key", "date", "precision", "kind", "title", "title_ja", "description")),
        ("era", ("key", "name", "name_ja", "kind", "start", "description")),
        (
            "term",
            (
                "key",
                "term",
                "term_ja",
                "reading",
                "definition",
                "folded",
                "folded_ja",
                "term_folded",
                "reading_folded",
            ),
        ),
    ):
        rows = _sorted(content.of(kind))
        extra: dict[str, object] = {"end": None} if kind in ("event", "era") else {}
        if kind == "event":
            extra["old_style"] = False
        if kind == "term":
            rows = [{**row, **term_folds(row)} for row in rows]
        _insert(
            connection,
            t[kind],
            [
                {
                    **_pick(row, *names, *twin_fields(kind)),
                    **{k: row.get(k, v) for k, v in extra.items()},
                }
                for row in rows
            ],
        )
        _insert(
            connection,
            t[f"{kind}_source"],
            [link for row in rows for link in _link_rows(t[f"{kind}_source"], row, row["sources"])],
        )
    topics = content.of("topic")  # kept in file order: that is their display order
    _insert(
        connection,
        t["topic"],
        [
            {
                **_pick(
                    row, "key", "name", "name_ja", "kind", "description", *twin_fields("topic")
                ),
                "position": position,
            }
            for position, row in enumerate(topics)
        ],
    )
    _insert(
        connection,
        t["topic_source"],
        [
            link
            for row in _sorted(topics)
            for link in _link_rows(t["topic_source"], row, row["sources"])
        ],
    )
    for agreement in sorted(content.of("agreement"), key=lambda row: int(row["ordinal"])):
        _insert_agreement(connection, agreement)
    for name, rows in map_rows(content, content.map_points).items():
        _insert(connection, getattr(map_tables, name), rows)


def _insert_agreement(connection: Connection, agreement: Row) -> None:
    t = models.metadata.tables
    _insert(
        connection,
        t["agreement"],
        [
            _pick(
                agreement,
                "key",
                "ordinal",
                "title",
                "title_ja",
                "signed",
                "place",
                "place_ja",
                "summary",
                "summary_ja",
                "occasion",
                "occasion_ja",
                "consequences",
                "consequences_ja",
            )
        ],
    )
    _insert(
        connection,
        t["agreement_source"],
        _link_rows(t["agreement_source"], agreement, agreement["sources"]),
    )
    for position, signatory in enumerate(_rows(agreement, "signatory")):
        row = {
            "key": f"{agreement['key']}-{signatory['person']}",
            "agreement_key": agreement["key"],
            "person_key": signatory["person"],
            "position": position,
            "country": signatory["country"],
            "office": signatory["office"],
            "office_ja": signatory.get("office_ja", ""),
        }
        _insert(connection, t["signatory"], [row])
        _insert(
            connection,
            t["signatory_source"],
            _link_rows(t["signatory_source"], row, signatory["sources"]),
        )
    clauses = sorted(_rows(agreement, "clause"), key=lambda c: (c["part"], c["number"]))
    _insert(
        connection,
        t["clause"],
        [
            {
                **_pick(c, "key", "part", "number", "label", "title", "title_ja")
                | _pick(c, "summary", "summary_ja"),
                "agreement_key": agreement["key"],
            }
            for c in clauses
        ],
    )
    _insert(
        connection,
        t["clause_cloze"],
        [
            {"clause_key": c["key"], "number": number, "hidden": hidden, "hidden_ja": hidden_ja}
            for c in clauses
            for number, (hidden, hidden_ja) in enumerate(
                zip(c["cloze"], c.get("cloze_ja") or [""] * len(c["cloze"]), strict=True),
                start=1,
            )
        ],
    )
    for clause in clauses:
        _insert(
            connection, t["clause_topic"], _link_rows(t["clause_topic"], clause, clause["topics"])
        )
        _insert(
            connection,
            t["clause_source"],
            _link_rows(t["clause_source"], clause, clause["sources"]),
        )


def search_rows(content: ContentText) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(kind, key, shown title, shown text, its Japanese twin, extra words to index) for each
    searchable row."""
    topic_names = {row["key"]: f"{row['name']} {row['name_ja']}" for row in content.of("topic")}
    agreements = sorted(content.of("agreement"), key=lambda row: int(row["ordinal"]))
    for row in agreements:
        title = f"{row['title']} {row['title_ja']}"
        extra = " ".join(row.get(name, "") for name in _AGREEMENT_EXTRA)
        yield "agreement", row["key"], title, row["summary"], row.get("summary_ja", ""), extra
    for agreement in agreements:
        for clause in sorted(_rows(agreement, "clause"), key=lambda c: (c["part"], c["number"])):
            extra = " ".join(
                [
                    clause["label"],
                    clause["part"],
                    str(agreement["signed"].year),  # "1912 secret" finds its clauses
                    *(topic_names[key] for key in clause["topics"]),
                ]
            )
            title = f"{clause['title']} {clause.get('title_ja', '')}".strip()
            summary_ja = clause.get("summary_ja", "")
            yield "clause", clause["key"], title, clause["summary"], summary_ja, extra
    for row in sorted(content.of("event"), key=lambda row: (row["date"], row["key"])):
        yield (
            "event",
            row["key"],
            f"{row['title']} {row['title_ja']}".strip(),
            row["description"],
            row.get("description_ja", ""),
            "",
        )
    for row in _sorted(content.of("term")):
        title = f"{row['term']} {row['term_ja']} {row['reading']}"
        yield "term", row["key"], title, row["definition"], row.get("definition_ja", ""), ""
    for row in _sorted(content.of("person")):
        title = f"{row['name']} {row['name_ja']}"
        offices = " ".join(
            f"{role.get('title', '')} {role.get('title_ja', '')}" for role in _rows(row, "role")
        )
        extra = f"{row['name_native']} {row['reading']} {offices}"
        description_ja = row.get("description_ja", "")
        yield "person", row["key"], title, row["description"], description_ja, extra


# An agreement's prose indexed beside its summary, in both languages.
_AGREEMENT_EXTRA = ("occasion", "consequences", "occasion_ja", "consequences_ja")


def _insert_search_index(connection: sqlite3.Connection, content: ContentText) -> None:
    connection.execute(SEARCH_TABLE_SQL)
    connection.execute(SHORT_TABLE_SQL)
    words = WordIndexWriter(connection, short_word_text)
    for rowid, (kind, key, title, shown, shown_ja, extra) in enumerate(
        search_rows(content), start=1
    ):
        folded_title, folded_body = fold(title), fold(f"{shown} {shown_ja} {extra}")
        words.add(rowid, (folded_title, folded_body))
        connection.execute(
            f"INSERT INTO {SEARCH_TABLE} (rowid, kind, key, title, body, title_shown, body_shown,"
            " body_ja_shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (rowid, kind, key, folded_title, folded_body, title, shown, shown_ja),
        )
        connection.execute(
            f"INSERT INTO {SHORT_TABLE} (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, short_word_text(folded_title), short_word_text(folded_body)),
        )
    for table in (SEARCH_TABLE, SHORT_TABLE):
        connection.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    words.finish()


def write_database(content: ContentText, output: Path) -> None:
    """Build the database into `output`, replacing it only once the new file is complete."""
    validate(content)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    partial.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{partial}")
    try:
        models.metadata.create_all(engine)
        with engine.begin() as connection:
            _insert_content(connection, content)
    finally:
        engine.dispose()
    # The quiz's cards, made once from the content just written (studyapp.study.card_table).
    from studyapp.content.database import read_content
    from studyapp.study.card_table import write_card_table

    records = read_content(partial)
    search_db = sqlite3.connect(partial)
    try:
        with search_db:  # one transaction, committed on leaving the block
            _insert_search_index(search_db, content)
            write_card_table(search_db, records, partial)
        search_db.execute("VACUUM")  # compact, and the same layout for the same content
        _record_citations_checked(search_db, partial)
    finally:
        search_db.close()
    partial.replace(output)


def _record_citations_checked(connection: sqlite3.Connection, path: Path) -> None:
    """Check every citation once more, here, and record the file's change counter as it will
    be after the record is written: the app's start-up then checks that record, a constant
    cost, and checks the citations in full only in a file written to since."""
    from studyapp.content.database import change_counter, find_broken_citations

    if find_broken_citations(connection):
        raise BuildError(["the database's citations refer to missing rows"])
    after = change_counter(path) + 1  # the insert below is one more write transaction
    with connection:
        connection.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)", (models.CITATIONS_CHECKED, str(after))
        )
    if change_counter(path) != after:
        raise BuildError(["SQLite did not count the database's last write as one change"])


def content_fingerprint(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every table's schema and rows in a stable order, for comparing two builds' content."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            f"AND name NOT LIKE '{SEARCH_TABLE}_%' AND name NOT LIKE '{SHORT_TABLE}%' "
            f"AND name NOT LIKE '{LEXICON_TABLE}_%' AND name NOT LIKE '{WORDS_TABLE}_%' "
            f"AND name NOT LIKE '{CARD_KEY_SEARCH}_%' "
            "ORDER BY name"
        ).fetchall()
        return [
            (sql, sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr))
            for name, sql in tables
        ]
    finally:
        connection.close()
