"""A compact, lossless form of the card state each review-log row keeps (`state_before`).

The state is the fsrs Card's JSON, about 210 bytes, most of it field names and two ISO times;
100,000 answers would carry 21 MB of it. Packed, it is the field values alone, as a JSON
array, with each time as whole microseconds since 1970 UTC: about 80 bytes.

Packing is exact or it does not happen. It works on the text, not on parsed values: a state
is packed only if it is exactly what fsrs.Card.to_json writes (these fields, in this order,
json.dumps's spacing); the numbers are carried over character for character, and a time only
if it comes back the same. Anything else (another fsrs version's shape) is kept as written.
Unpacking knows the two forms apart by the first character: "[" packed, "{" as written.
A merge packs every state it replays, so both directions are string work, with no JSON
parser. No fsrs here (userdata does not depend on it).
"""

from __future__ import annotations

import datetime as dt
import re

# fsrs.Card.to_dict's fields, in its order; the last two are times.
FIELDS = ("card_id", "state", "step", "stability", "difficulty", "due", "last_review")
_NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|null"
_TIME = r'"[^"\\]*"|null'
# The text json.dumps(Card.to_dict()) gives, one group per value.
_CARD_JSON = re.compile(
    "{"
    + ", ".join(
        f'"{name}": ({_TIME if name in ("due", "last_review") else _NUMBER})' for name in FIELDS
    )
    + "}"
)
_TEMPLATE = "{{" + ", ".join(f'"{name}": {{}}' for name in FIELDS) + "}}"  # for str.format
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


def _time_text(microseconds: str) -> str:
    """The quoted ISO time (as fsrs writes it) of a packed time; null stays null."""
    if microseconds == "null":
        return "null"
    return f'"{(_EPOCH + int(microseconds) * _MICROSECOND).isoformat()}"'


def _packed_time(quoted: str) -> str | None:
    """A quoted ISO time as microseconds since the epoch, if it unpacks to the same text."""
    if quoted == "null":
        return quoted
    try:
        moment = dt.datetime.fromisoformat(quoted[1:-1])
    except ValueError:
        return None
    if moment.utcoffset() != dt.timedelta(0):
        return None
    packed = str((moment - _EPOCH) // _MICROSECOND)
    return packed if _time_text(packed) == quoted else None


def pack(state: str) -> str:
    """The compact form of the fsrs Card JSON `state`, or `state` itself if it has no exact one.

    Raises ValueError for a text starting with "[", which would read as packed (a card's
    state is a JSON object, never that).
    """
    if state.startswith("["):
        raise ValueError("a card state is a JSON object, not a list")
    match = _CARD_JSON.fullmatch(state)
    if match is None:
        return state
    values = list(match.groups())
    for index in (5, 6):
        time = _packed_time(values[index])
        if time is None:
            return state
        values[index] = time
    return "[" + ",".join(values) + "]"


def unpack(stored: str) -> str:
    """The fsrs Card JSON that `stored` (packed or not) stands for."""
    if not stored.startswith("["):
        return stored
    values = stored[1:-1].split(",")
    if len(values) != len(FIELDS):
        raise ValueError(f"a packed card state has {len(values)} values, not {len(FIELDS)}")
    values[5], values[6] = _time_text(values[5]), _time_text(values[6])
    return _TEMPLATE.format(*values)


def pack_or_none(state: str | None) -> str | None:
    return None if state is None else pack(state)


def unpack_or_none(stored: str | None) -> str | None:
    return None if stored is None else unpack(stored)


def field_sql(column: str, field: str) -> str:
    """SQL for one field (of FIELDS) of the state stored in `column`, packed or not."""
    index = FIELDS.index(field)
    return (
        f"CASE WHEN substr({column}, 1, 1) = '[' THEN json_extract({column}, '$[{index}]') "
        f"ELSE json_extract({column}, '$.{field}') END"
    )
