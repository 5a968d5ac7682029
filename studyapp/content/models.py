"""SQLAlchemy models of the bundled content. Every row has a stable string key.

The keys are the primary keys: the user's database refers to content only by them, so a new
content build never orphans a bookmark or a card's history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Bumped whenever the tables change shape; the app refuses a database of another version.
CONTENT_SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    pass


def _citations(owner: str) -> Table:
    """The table linking one kind of row to the sources it cites, in citation order."""
    return Table(
        f"{owner}_source",
        Base.metadata,
        Column(f"{owner}_key", ForeignKey(f"{owner}.key"), primary_key=True),
        Column("source_key", ForeignKey("source.key"), primary_key=True),
        Column("position", Integer, nullable=False),
    )


agreement_source = _citations("agreement")
clause_source = _citations("clause")
signatory_source = _citations("signatory")
person_source = _citations("person")
event_source = _citations("event")
era_source = _citations("era")
term_source = _citations("term")
topic_source = _citations("topic")

clause_topic = Table(
    "clause_topic",
    Base.metadata,
    Column("clause_key", ForeignKey("clause.key"), primary_key=True),
    Column("topic_key", ForeignKey("topic.key"), primary_key=True),
    Column("position", Integer, nullable=False),
)


class Meta(Base):
    """Facts about the build itself, such as the schema version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Source(Base):
    __tablename__ = "source"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    citation: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Topic(Base):
    """A region or theme that clauses concern, e.g. Inner Mongolia or railways."""

    __tablename__ = "topic"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(Text)
    name_ja: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String)  # "region" or "theme"
    description: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Source]] = relationship(
        secondary=topic_source, order_by=topic_source.c.position
    )


class Person(Base):
    __tablename__ = "person"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_ja: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Source]] = relationship(
        secondary=person_source, order_by=person_source.c.position
    )


class Agreement(Base):
    __tablename__ = "agreement"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(Text)
    title_ja: Mapped[str] = mapped_column(Text)
    signed: Mapped[dt.date]
    place: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    occasion: Mapped[str] = mapped_column(Text)
    consequences: Mapped[str] = mapped_column(Text)
    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="agreement", order_by="Signatory.position"
    )
    clauses: Mapped[list[Clause]] = relationship(
        back_populates="agreement", order_by="(Clause.part, Clause.number)"
    )
    sources: Mapped[list[Source]] = relationship(
        secondary=agreement_source, order_by=agreement_source.c.position
    )


class Signatory(Base):
    """One person's signature on one agreement, with the office held at the time."""

    __tablename__ = "signatory"
    __table_args__ = (UniqueConstraint("agreement_key", "person_key"),)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    agreement_key: Mapped[str] = mapped_column(ForeignKey("agreement.key"), index=True)
    person_key: Mapped[str] = mapped_column(ForeignKey("person.key"))
    position: Mapped[int] = mapped_column(Integer)
    country: Mapped[str] = mapped_column(Text)
    office: Mapped[str] = mapped_column(Text)
    agreement: Mapped[Agreement] = relationship(back_populates="signatories")
    person: Mapped[Person] = relationship()
    sources: Mapped[list[Source]] = relationship(
        secondary=signatory_source, order_by=signatory_source.c.position
    )


class Clause(Base):
    """One article of an agreement, public or secret, summarised in our own words."""

    __tablename__ = "clause"
    __table_args__ = (UniqueConstraint("agreement_key", "part", "number"),)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    agreement_key: Mapped[str] = mapped_column(ForeignKey("agreement.key"), index=True)
    part: Mapped[str] = mapped_column(String)  # "public" sorts before "secret"
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    agreement: Mapped[Agreement] = relationship(back_populates="clauses")
    topics: Mapped[list[Topic]] = relationship(
        secondary=clause_topic, order_by=clause_topic.c.position
    )
    sources: Mapped[list[Source]] = relationship(
        secondary=clause_source, order_by=clause_source.c.position
    )


class Event(Base):
    """A dated context event: a war, a treaty, a revolution, an annexation."""

    __tablename__ = "event"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    date: Mapped[dt.date] = mapped_column(index=True)
    precision: Mapped[str] = mapped_column(String)  # "day", "month" or "year"
    end: Mapped[dt.date | None]
    kind: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(Text)
    title_ja: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Source]] = relationship(
        secondary=event_source, order_by=event_source.c.position
    )


class Era(Base):
    """A period drawn as a band behind the timeline: a reign or a war."""

    __tablename__ = "era"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_ja: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String)  # "reign" or "period"
    start: Mapped[dt.date]
    end: Mapped[dt.date | None]
    description: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Source]] = relationship(
        secondary=era_source, order_by=era_source.c.position
    )


class Term(Base):
    """A glossary term in English and Japanese, with its reading."""

    __tablename__ = "term"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    term: Mapped[str] = mapped_column(Text)
    term_ja: Mapped[str] = mapped_column(Text)
    reading: Mapped[str] = mapped_column(Text)
    definition: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[Source]] = relationship(
        secondary=term_source, order_by=term_source.c.position
    )
