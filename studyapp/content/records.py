"""Plain, immutable records of the content, as the queries hand them to the rest of the app.

Each English prose field X has its Japanese twin X_ja, last and defaulting to "" so that a
record can be made without it (language.py picks between the two, falling back to English).

The views hold these, never database rows, so nothing outside `content/` needs a connection.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from studyapp import calendars

PUBLIC = "public"
SECRET = "secret"


@dataclass(frozen=True, slots=True)
class SourceRecord:
    key: str
    citation: str
    url: str
    note: str
    note_ja: str = ""


@dataclass(frozen=True, slots=True)
class TopicRecord:
    key: str
    name: str
    name_ja: str
    kind: str
    description: str
    sources: tuple[SourceRecord, ...]
    description_ja: str = ""


@dataclass(frozen=True, slots=True)
class SignatoryRecord:
    person_key: str
    name: str
    name_ja: str
    country: str
    office: str
    sources: tuple[SourceRecord, ...]
    office_ja: str = ""


@dataclass(frozen=True, slots=True)
class ClauseRecord:
    key: str
    agreement_key: str
    part: str
    number: int
    label: str
    title: str
    summary: str
    topics: tuple[str, ...]
    sources: tuple[SourceRecord, ...]
    # Spans of the summary that its cloze cards hide, one card each ("the meridian of Peking").
    clozes: tuple[str, ...] = ()
    clozes_ja: tuple[str, ...] = ()  # the same facts, as spans of summary_ja
    title_ja: str = ""
    summary_ja: str = ""

    @property
    def is_secret(self) -> bool:
        return self.part == SECRET


@dataclass(frozen=True, slots=True)
class AgreementRecord:
    key: str
    ordinal: int
    title: str
    title_ja: str
    signed: dt.date
    place: str
    summary: str
    occasion: str
    consequences: str
    signatories: tuple[SignatoryRecord, ...]
    clauses: tuple[ClauseRecord, ...]
    sources: tuple[SourceRecord, ...]
    place_ja: str = ""
    summary_ja: str = ""
    occasion_ja: str = ""
    consequences_ja: str = ""

    def clauses_in(self, part: str) -> tuple[ClauseRecord, ...]:
        return tuple(clause for clause in self.clauses if clause.part == part)

    def heading(self) -> AgreementHeading:
        return AgreementHeading(
            self.key, self.ordinal, self.title, self.title_ja, self.signed, self.place
        )


@dataclass(frozen=True, slots=True)
class EventRecord:
    key: str
    date: dt.date
    precision: str
    end: dt.date | None
    kind: str
    title: str
    title_ja: str
    description: str
    sources: tuple[SourceRecord, ...]
    # Russia's Julian calendar was in use for this event (a Russian party, place or paper).
    old_style: bool = False
    description_ja: str = ""

    @property
    def shows_julian(self) -> bool:
        """Whether the event's Old Style date means anything: marked so, and before 1918."""
        return self.old_style and calendars.old_style_in_use(self.date)


@dataclass(frozen=True, slots=True)
class AgreementHeading:
    """What lists and the timeline show of an agreement; the rest comes by key when opened."""

    key: str
    ordinal: int
    title: str
    title_ja: str
    signed: dt.date
    place: str


@dataclass(frozen=True, slots=True)
class EraRecord:
    key: str
    name: str
    name_ja: str
    kind: str
    start: dt.date
    end: dt.date | None
    description: str
    sources: tuple[SourceRecord, ...]
    description_ja: str = ""


@dataclass(frozen=True, slots=True)
class TermRecord:
    key: str
    term: str
    term_ja: str
    reading: str
    definition: str
    sources: tuple[SourceRecord, ...]
    definition_ja: str = ""


@dataclass(frozen=True, slots=True)
class TermHeading:
    """A row of the Glossary's list (the definition is its tooltip); sources come by key."""

    key: str
    term: str
    term_ja: str
    reading: str
    definition: str
    definition_ja: str = ""


@dataclass(frozen=True, slots=True)
class PersonHeading:
    """A row of the People view's list; the rest of the person comes by key."""

    key: str
    name: str
    name_ja: str
    country: str
    born: int
    died: int


@dataclass(frozen=True, slots=True)
class Signature:
    """An agreement a person signed, with the office they signed it in."""

    agreement_key: str
    office: str
    office_ja: str = ""


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Which rows of a long list to show, and in what order: the rows whose folded text
    holds every word (folded too), sorted by column number `column`. `japanese`: the
    filter looks in the Japanese twins too (as the app in Japanese shows them).
    `aliases`: for each word, the stored values of the list's coded column (a person's
    country, "Russia") whose shown name holds it (ロシア): a row with one matches too.
    `coded_order`: that column's values in the order of their shown names, to sort by."""

    words: tuple[str, ...] = ()
    column: int = 0
    descending: bool = False
    japanese: bool = False
    aliases: tuple[tuple[str, ...], ...] = ()
    coded_order: tuple[str, ...] = ()


# Where the family name comes first: "Motono Ichirō", "Yuan Shikai", "Yi Wan-yong".
FAMILY_NAME_FIRST = frozenset({"Japan", "China", "Korea"})
# Korean names are written whole in English ("An Jung-geun", not "An").
WHOLE_NAME_ONLY = frozenset({"Korea"})
_REGNAL = re.compile(r" [IVX]+$")  # "Nicholas II"

# What a person's deed says they did, in the order cards and the People view list them.
DEED_VERBS = ("signed", "negotiated", "proposed", "decided", "accepted", "opposed", "supported")


@dataclass(frozen=True, slots=True)
class RoleRecord:
    """An office or position a person held, with the years it ran (`end` None: to death)."""

    title: str
    start: int
    end: int | None
    title_ja: str = ""


@dataclass(frozen=True, slots=True)
class DeedRecord:
    """One thing a person did that an exam may ask about: "signed the Treaty of Portsmouth"."""

    verb: str  # one of DEED_VERBS
    what: str  # the object of the verb: "the Treaty of Portsmouth for Russia"
    year: int
    sources: tuple[SourceRecord, ...]
    text_ja: str = ""  # the whole deed: 「四つの日露協約すべてに日本側として調印した」

    @property
    def text(self) -> str:
        """The whole deed in English, the twin of `text_ja`: "signed the Treaty of ..."."""
        return f"{self.verb} {self.what}"


@dataclass(frozen=True, slots=True)
class PersonRecord:
    key: str
    name: str
    name_ja: str  # as Japanese writes it: kanji for a Japanese name, katakana for others
    name_native: str  # in the person's own script: kanji, Cyrillic, or Latin
    reading: str  # kana reading of a Japanese name; transliteration of a Russian one
    country: str
    born: int
    died: int
    description: str
    roles: tuple[RoleRecord, ...]
    deeds: tuple[DeedRecord, ...]
    # Rows whose text names the person, as (kind, key): "agreement", "clause", "event", "term".
    mentioned_in: tuple[tuple[str, str], ...]
    sources: tuple[SourceRecord, ...]
    description_ja: str = ""

    @property
    def short_name(self) -> str:
        """How a text names the person once introduced: the family name ("Motono", "Witte",
        "Yuan"), a grand duke's name without the title, a monarch's whole regnal name."""
        bare = self.name.removeprefix("Grand Duke ")
        words = bare.split()
        if bare != self.name or _REGNAL.search(bare) or self.country in WHOLE_NAME_ONLY:
            return bare
        return words[0] if self.country in FAMILY_NAME_FIRST else words[-1]


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Content:
    """Everything in the bundled database, as `studyapp dump` prints it."""

    agreements: tuple[AgreementRecord, ...]
    events: tuple[EventRecord, ...]
    eras: tuple[EraRecord, ...]
    terms: tuple[TermRecord, ...]
    topics: tuple[TopicRecord, ...]
    people: tuple[PersonRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class ContentCounts:
    """How much there is of each kind, for the status bar and the About box."""

    agreements: int
    clauses: int
    events: int
    terms: int
    people: int
