"""The tables of the bundled content, as SQLAlchemy Core. Every row has a stable string key.

The keys are the primary keys: the user's database refers to content only by them, so a new
content build never orphans a bookmark or a card's history.

Core tables rather than ORM classes: the app reads whole tables into frozen records
(studyapp.content.records) and never loads or saves mapped objects, and the ORM's import and
class set-up cost about 70 ms on the way to the first content the user sees.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Bumped whenever the tables change shape; the app refuses a database of another version.
# 4: source.note_ja; 5: the quiz's card table (content.card_sources); 6: where terms are
# named (term_mention), the lists' folded columns and the views' indexes (view_queries.py);
# 7: the cards' shuffle order and key search (card_sources);
# 8: the map's holdings indexed by agreement and by clause (map_atlas.py)
CONTENT_SCHEMA_VERSION = 8

metadata = MetaData()

# Each English prose column X has its Japanese twin X_ja next to it (see twins.py).


def _key() -> Column[str]:
    return Column("key", String, primary_key=True)


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False)


def _word(name: str) -> Column[str]:
    """A short code, such as a kind or a part, rather than prose."""
    return Column(name, String, nullable=False)


def _number(name: str, *, unique: bool = False) -> Column[int]:
    return Column(name, Integer, nullable=False, unique=unique)


def _parent(name: str, table: str) -> Column[str]:
    return Column(name, ForeignKey(f"{table}.key"), nullable=False, index=True)


def _citations(owner: str) -> Table:
    """The table linking one kind of row to the sources it cites, in citation order."""
    return Table(
        f"{owner}_source",
        metadata,
        Column(f"{owner}_key", ForeignKey(f"{owner}.key"), primary_key=True),
        Column("source_key", ForeignKey("source.key"), primary_key=True),
        Column("position", Integer, nullable=False),
    )


# Facts about the build itself, such as the schema version.
meta = Table("meta", metadata, _key(), _text("value"))
# The meta key under which the build records that it checked every citation (the file's
# change counter then; content.database reads it at start-up instead of checking again).
CITATIONS_CHECKED = "citations_checked_at_change"

source = Table(
    "source", metadata, _key(), _text("citation"), _text("url"), _text("note"), _text("note_ja")
)

# A region or theme that clauses concern, e.g. Inner Mongolia or railways.
topic = Table(
    "topic",
    metadata,
    _key(),
    _number("position", unique=True),
    _text("name"),
    _text("name_ja"),
    _word("kind"),  # "region" or "theme"
    _text("description"),
    _text("description_ja"),
)

# A person the content names: signatories, ministers, envoys, their opponents.
person = Table(
    "person",
    metadata,
    _key(),
    _text("name"),
    _text("name_ja"),
    _text("name_native"),
    _text("reading"),
    _word("country"),
    _number("born"),
    _number("died"),
    _text("description"),
    _text("description_ja"),
    # Folded by the build, for the People view's list: the text its filter looks in (names,
    # reading, country, description, offices; with the Japanese twins, for the filter in
    # Japanese), and the name it sorts by.
    _text("folded"),
    _text("folded_ja"),
    _text("name_folded"),
)

# An office a person held, in the order the content lists them; `end` null: held to death.
person_role = Table(
    "person_role",
    metadata,
    _key(),  # "<person>-role-<position>"
    _parent("person_key", "person"),
    _number("position"),
    _text("title"),
    _text("title_ja"),
    _number("start"),
    Column("end", Integer),
)

# Something a person did that cards ask about: signed, decided, opposed ...
person_deed = Table(
    "person_deed",
    metadata,
    _key(),  # "<person>-deed-<position>"
    _parent("person_key", "person"),
    _number("position"),
    _word("verb"),
    _text("what"),
    _text("text_ja"),  # the whole deed in Japanese, verb and object together
    _number("year"),
)

# Where the content's text names a person: worked out by the build from the name spellings.
person_mention = Table(
    "person_mention",
    metadata,
    Column("person_key", ForeignKey("person.key"), primary_key=True),
    Column("kind", String, primary_key=True),  # agreement, clause, event or term
    Column("owner_key", String, primary_key=True),
    Column("position", Integer, nullable=False),
)

# Where the content's text names a glossary term (an agreement, a clause or an event): worked
# out by the build with the glossary's own matcher (glossary_links.py), so the Glossary never
# scans every text to say where a term occurs.
term_mention = Table(
    "term_mention",
    metadata,
    Column("term_key", ForeignKey("term.key"), primary_key=True),
    # agreement, clause or event (where it occurs); term, person or topic (their texts)
    Column("kind", String, primary_key=True),
    Column("owner_key", String, primary_key=True),
    Column("position", Integer, nullable=False),
    # Stored in its key's order, with no second copy for an index (a large table: every
    # term in every text naming it).
    sqlite_with_rowid=False,
)

agreement = Table(
    "agreement",
    metadata,
    _key(),
    _number("ordinal", unique=True),
    _text("title"),
    _text("title_ja"),
    Column("signed", Date, nullable=False),
    _text("place"),
    _text("place_ja"),
    _text("summary"),
    _text("summary_ja"),
    _text("occasion"),
    _text("occasion_ja"),
    _text("consequences"),
    _text("consequences_ja"),
)
Index("agreement_signed", agreement.c.signed)  # the timeline reads agreements by date

# One person's signature on one agreement, with the office held at the time.
signatory = Table(
    "signatory",
    metadata,
    _key(),
    _parent("agreement_key", "agreement"),
    Column("person_key", ForeignKey("person.key"), nullable=False),
    _number("position"),
    _text("country"),
    _text("office"),
    _text("office_ja"),
    UniqueConstraint("agreement_key", "person_key"),
)

# One article of an agreement, public or secret, summarised in our own words.
clause = Table(
    "clause",
    metadata,
    _key(),
    _parent("agreement_key", "agreement"),
    _word("part"),  # "public" sorts before "secret"
    _number("number"),
    _text("label"),
    _text("title"),
    _text("title_ja"),
    _text("summary"),
    _text("summary_ja"),
    UniqueConstraint("agreement_key", "part", "number"),
)

# A dated context event: a war, a treaty, a revolution, an annexation.
event = Table(
    "event",
    metadata,
    _key(),
    Column("date", Date, nullable=False, index=True),
    _word("precision"),  # "day", "month" or "year"
    Column("end", Date),
    _word("kind"),
    _text("title"),
    _text("title_ja"),
    _text("description"),
    _text("description_ja"),
    # Russia's Julian calendar was in use for the event, so its Old Style date is shown.
    Column("old_style", Boolean, nullable=False),
)
# The timeline counts events a day (GROUP BY date, kind) from this index alone, finds the
# spans that reach into the dates it shows by their ends, and the kinds by skipping through.
Index("event_date_kind", event.c.date, event.c.kind)
Index("event_end", event.c.end, event.c.date)
Index("event_kind", event.c.kind)

# A period drawn as a band behind the timeline: a reign or a war.
era = Table(
    "era",
    metadata,
    _key(),
    _text("name"),
    _text("name_ja"),
    _word("kind"),  # "reign" or "period"
    Column("start", Date, nullable=False),
    Column("end", Date),
    _text("description"),
    _text("description_ja"),
)

# A glossary term in English and Japanese, with its reading.
term = Table(
    "term",
    metadata,
    _key(),
    _text("term"),
    _text("term_ja"),
    _text("reading"),
    _text("definition"),
    _text("definition_ja"),
    # Folded (folding.py) by the build, for the Glossary's list, read a page at a time: the
    # text its filter looks in (with the Japanese definition too, for the filter in Japanese),
    # and the English name and the reading it sorts by.
    _text("folded"),
    _text("folded_ja"),
    _text("term_folded"),
    _text("reading_folded"),
)

agreement_source = _citations("agreement")
clause_source = _citations("clause")
signatory_source = _citations("signatory")
person_source = _citations("person")
person_deed_source = _citations("person_deed")
event_source = _citations("event")
era_source = _citations("era")
term_source = _citations("term")
topic_source = _citations("topic")

# The key facts of a clause that its cloze cards hide: spans of its summary (and of its
# Japanese summary), chosen by a person in the content text, numbered from 1 in that order.
clause_cloze = Table(
    "clause_cloze",
    metadata,
    Column("clause_key", ForeignKey("clause.key"), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("hidden", Text, nullable=False),
    Column("hidden_ja", Text, nullable=False),  # the same fact, a span of the summary_ja
)

clause_topic = Table(
    "clause_topic",
    metadata,
    Column("clause_key", ForeignKey("clause.key"), primary_key=True),
    Column("topic_key", ForeignKey("topic.key"), primary_key=True),
    Column("position", Integer, nullable=False),
)

# What the views' queries look rows up by, beyond the keys (content/view_queries.py): the
# people a text names, the clauses on a topic, the agreements a person signed, and the
# glossary's and the People view's list order (read a page at a time).
Index("person_mention_place", person_mention.c.kind, person_mention.c.owner_key)
Index("term_mention_place", term_mention.c.kind, term_mention.c.owner_key)
Index("clause_topic_topic", clause_topic.c.topic_key)
Index("signatory_person", signatory.c.person_key)
Index("term_order", term.c.term_folded, term.c.term, term.c.key)
Index("person_order", person.c.name_folded, person.c.key)
