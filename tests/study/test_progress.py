"""Progress moved between computers: exported whole, merged (never replacing), told in words."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.errors import UserDataError
from studyapp.study.cards import Card
from studyapp.study.progress import export_progress, import_progress, read_progress
from studyapp.study.queue import StudySession
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.userdata import bookmarks, reviews
from studyapp.userdata.store import UserStore
from tests.study.test_queue import make_card

KEY = "first-1907-secret-1"
CARDS = [make_card(f"card-{number}") for number in range(6)]


class Computer:
    """One computer's data folder, with a clock of its own for its answers."""

    def __init__(self, folder: Path, start: dt.datetime) -> None:
        self.store = UserStore.open(folder / "user.sqlite")
        self.clock = start

    def now(self) -> dt.datetime:
        return self.clock

    def answer(self, card: Card, rating: Rating, *, later: dt.timedelta) -> None:
        self.clock += later
        session = StudySession(
            self.store, [card], new_limit=99, now=self.now, scheduler=Scheduler(fuzz=False)
        )
        session.answer(card, rating, duration_ms=1500, mode="flip", correct=None)


START = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Computer]:
    computer = Computer(tmp_path / "laptop", START)
    yield computer
    computer.store.close()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Computer]:
    computer = Computer(tmp_path / "desktop", START + dt.timedelta(minutes=1))
    yield computer
    computer.store.close()


def _state(computer: Computer, key: str) -> reviews.CardState:
    state = reviews.get_state(computer.store, key)
    assert state is not None
    return state


def test_an_import_into_a_fresh_computer_brings_everything(
    laptop: Computer, desktop: Computer, tmp_path: Path
) -> None:
    bookmarks.save_bookmark(laptop.store, KEY, "my note 日露")
    laptop.answer(CARDS[0], Rating.GOOD, later=dt.timedelta(hours=1))
    laptop.answer(CARDS[0], Rating.GOOD, later=dt.timedelta(days=1))
    laptop.answer(CARDS[1], Rating.AGAIN, later=dt.timedelta(hours=1))
    file = tmp_path / "laptop.json"
    counts = export_progress(laptop.store, file)
    assert counts == {"bookmarks": 1, "reviews": 3, "cards": 2}

    summary = import_progress(desktop.store, file)
    assert summary.describe() == "1 bookmark, 3 reviews added"
    assert [(b.clause_key, b.note) for b in bookmarks.list_bookmarks(desktop.store)] == [
        (KEY, "my note 日露")
    ]
    assert len(reviews.review_log(desktop.store)) == 3
    for card in CARDS[:2]:
        assert _state(desktop, card.key) == _state(laptop, card.key)


def test_importing_the_same_file_twice_adds_nothing(
    laptop: Computer, desktop: Computer, tmp_path: Path
) -> None:
    bookmarks.save_bookmark(laptop.store, KEY, "note")
    laptop.answer(CARDS[0], Rating.GOOD, later=dt.timedelta(hours=1))
    file = tmp_path / "laptop.json"
    export_progress(laptop.store, file)
    import_progress(desktop.store, file)
    again = import_progress(desktop.store, file)
    assert again.describe() == "nothing new: all of it was here already"
    assert len(reviews.review_log(desktop.store)) == 1
    # And back the other way: the laptop's own answers come home as nothing new.
    export_progress(desktop.store, tmp_path / "desktop.json")
    assert import_progress(laptop.store, tmp_path / "desktop.json").reviews_added == 0


def test_answers_on_both_computers_both_count_in_the_card_state(
    laptop: Computer, desktop: Computer, tmp_path: Path
) -> None:
    card = CARDS[2]
    laptop.answer(card, Rating.GOOD, later=dt.timedelta(hours=1))  # 10:00
    desktop.answer(card, Rating.AGAIN, later=dt.timedelta(hours=2))  # 11:01
    laptop.answer(card, Rating.GOOD, later=dt.timedelta(hours=3))  # 13:00
    export_progress(desktop.store, tmp_path / "desktop.json")
    summary = import_progress(laptop.store, tmp_path / "desktop.json")
    assert summary.reviews_added == 1 and summary.cards_rescheduled == 1

    log = reviews.review_log(laptop.store)
    assert [entry.rating for entry in log] == [3, 1, 3]  # merged in time order
    replayed = None
    fixed = Scheduler(fuzz=False)
    for entry in log:
        replayed = fixed.review(card.key, replayed, Rating(entry.rating), entry.reviewed_at, 1500)
    assert replayed is not None
    state = _state(laptop, card.key)
    assert state.due == replayed.due and state.last_review == replayed.last_review
    # Merged the other way, the desktop comes to the same state.
    export_progress(laptop.store, tmp_path / "laptop.json")
    import_progress(desktop.store, tmp_path / "laptop.json")
    assert _state(desktop, card.key).due == state.due


def test_a_note_edited_on_both_keeps_the_later_edit(
    laptop: Computer, desktop: Computer, tmp_path: Path
) -> None:
    bookmarks.save_bookmark(desktop.store, KEY, "desktop's note")
    export_progress(desktop.store, tmp_path / "desktop.json")
    import_progress(laptop.store, tmp_path / "desktop.json")
    # The laptop edits it later: importing the desktop's older note changes nothing.
    _later(laptop.store, KEY, "laptop's later note")
    assert import_progress(laptop.store, tmp_path / "desktop.json").notes_updated == 0
    assert bookmarks.get_bookmark(laptop.store, KEY).note == "laptop's later note"  # type: ignore[union-attr]
    # The desktop takes the later edit.
    export_progress(laptop.store, tmp_path / "laptop.json")
    summary = import_progress(desktop.store, tmp_path / "laptop.json")
    assert summary.describe() == "1 note updated"
    assert bookmarks.get_bookmark(desktop.store, KEY).note == "laptop's later note"  # type: ignore[union-attr]


def _later(store: UserStore, key: str, note: str) -> None:
    """An edit a minute after every other (bookmark times are kept to the second)."""
    bookmarks.save_bookmark(store, key, note)
    moment = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat(timespec="seconds")
    with store.transaction() as connection:
        connection.execute("UPDATE bookmark SET updated_at = ? WHERE clause_key = ?", (moment, key))


def test_a_removal_later_than_the_other_edit_wins_and_is_not_undone_by_a_merge(
    laptop: Computer, desktop: Computer, tmp_path: Path
) -> None:
    bookmarks.save_bookmark(desktop.store, KEY, "note")
    export_progress(desktop.store, tmp_path / "desktop.json")
    import_progress(laptop.store, tmp_path / "desktop.json")
    with laptop.store.transaction() as connection:  # removed a minute later
        connection.execute("DELETE FROM bookmark")
        connection.execute(
            "INSERT INTO bookmark_removed VALUES (?, ?)",
            (KEY, (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat()),
        )
    assert import_progress(laptop.store, tmp_path / "desktop.json").bookmarks_added == 0
    assert bookmarks.list_bookmarks(laptop.store) == []
    export_progress(laptop.store, tmp_path / "laptop.json")
    assert import_progress(desktop.store, tmp_path / "laptop.json").describe() == (
        "1 bookmark removed"
    )


def _written(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_file_from_a_newer_version_is_refused_clearly(laptop: Computer, tmp_path: Path) -> None:
    path = _written(tmp_path / "new.json", {"format": "studyapp-progress", "version": 99})
    with pytest.raises(UserDataError, match="newer version of the app"):
        import_progress(laptop.store, path)


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01 not json at all",
        b'{"format": "something-else", "version": 1}',
        b"[1, 2, 3]",
        json.dumps(
            {
                "format": "studyapp-progress",
                "version": 1,
                "reviews": [{"uid": "u", "card_key": "k", "rating": 7}],
            }
        ).encode(),
        json.dumps(
            {
                "format": "studyapp-progress",
                "version": 1,
                "card_states": [{"card_key": "k", "state": "{not fsrs"}],
            }
        ).encode(),
    ],
)
def test_a_damaged_or_foreign_file_is_one_message_and_changes_nothing(
    laptop: Computer, tmp_path: Path, content: bytes
) -> None:
    bookmarks.save_bookmark(laptop.store, KEY, "mine")
    before = laptop.store.path.read_bytes()
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(UserDataError) as raised:
        import_progress(laptop.store, path)
    message = str(raised.value)
    assert "\n" not in message and "unchanged" in message
    assert laptop.store.path.read_bytes() == before
    assert [b.note for b in bookmarks.list_bookmarks(laptop.store)] == ["mine"]


def test_the_file_says_what_it_is_and_which_computer_made_it(
    laptop: Computer, tmp_path: Path
) -> None:
    path = tmp_path / "p.json"
    export_progress(laptop.store, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "studyapp-progress" and document["version"] == 1
    assert len(document["device"]) == 32
    export_progress(laptop.store, path)
    assert json.loads(path.read_text(encoding="utf-8"))["device"] == document["device"]
    assert read_progress(path).device == document["device"]


@pytest.mark.parametrize("field", ["bookmarks", "removed_bookmarks", "card_states", "reviews"])
def test_any_wrong_value_in_a_file_is_refused_in_words_never_raised_raw(
    laptop: Computer, desktop: Computer, tmp_path: Path, field: str
) -> None:
    bookmarks.save_bookmark(laptop.store, KEY, "n")
    laptop.answer(CARDS[0], Rating.GOOD, later=dt.timedelta(hours=1))
    with laptop.store.transaction() as connection:
        connection.execute("INSERT INTO bookmark_removed VALUES ('gone', ?)", (START.isoformat(),))
    good = tmp_path / "good.json"
    export_progress(laptop.store, good)
    document = json.loads(good.read_text(encoding="utf-8"))
    before = desktop.store.path.read_bytes()
    wrongs: list[object] = [None, 7, -1, "", "not a time", [], {}, True, 10**30]
    for wrong in wrongs:
        records = document[field]
        assert records, field
        first = records[0]
        places = range(len(first)) if isinstance(first, list) else list(first)
        for place in places:
            broken = json.loads(json.dumps(document))
            broken[field][0][place] = wrong
            path = _written(tmp_path / "broken.json", broken)
            try:
                import_progress(desktop.store, path)
            except UserDataError as error:
                assert "\n" not in str(error)
                assert desktop.store.path.read_bytes() == before
            else:  # a value that is still valid (a note of 7 characters...) may merge
                desktop.store.close()
                desktop.store = UserStore.open(tmp_path / "desktop" / "user.sqlite")
                before = desktop.store.path.read_bytes()


def _review_log_indexes(store: UserStore) -> list[tuple[str, str]]:
    return store.connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review_log' "
        "ORDER BY name"
    ).fetchall()


def test_a_bulk_import_keeps_the_logs_indexes_and_adds_a_repeated_answer_once(
    laptop: Computer, desktop: Computer, tmp_path: Path
) -> None:
    # More answers than are here: the import rebuilds the indexes after loading the rows.
    desktop.answer(CARDS[2], Rating.GOOD, later=dt.timedelta(hours=1))
    for number, card in enumerate(CARDS[:4]):
        laptop.answer(card, Rating.GOOD, later=dt.timedelta(hours=number + 1))
    file = tmp_path / "laptop.json"
    export_progress(laptop.store, file)
    document = json.loads(file.read_text(encoding="utf-8"))
    document["reviews"].append(document["reviews"][0])  # the same answer twice in one file
    file.write_text(json.dumps(document), encoding="utf-8")
    indexes = _review_log_indexes(desktop.store)

    summary = import_progress(desktop.store, file)
    assert summary.reviews_added == 4
    assert _review_log_indexes(desktop.store) == indexes
    assert desktop.store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    uids = [uid for (uid,) in desktop.store.connection.execute("SELECT uid FROM review_log")]
    assert len(uids) == len(set(uids)) == 5
    assert import_progress(desktop.store, file).reviews_added == 0


def test_a_small_import_adds_an_answer_repeated_in_the_file_or_known_here_once(
    laptop: Computer, desktop: Computer, tmp_path: Path
) -> None:
    # Fewer new answers than are here: added row by row, each uid once (no index enforces it).
    for number, card in enumerate(CARDS[:4]):
        desktop.answer(card, Rating.GOOD, later=dt.timedelta(hours=number + 1))
    laptop.answer(CARDS[0], Rating.AGAIN, later=dt.timedelta(hours=9))
    file = tmp_path / "laptop.json"
    export_progress(laptop.store, file)
    document = json.loads(file.read_text(encoding="utf-8"))
    mine = json.loads(_exported(desktop, tmp_path)).get("reviews", [])
    document["reviews"] += [document["reviews"][0], mine[0]]  # twice in the file; known here
    file.write_text(json.dumps(document), encoding="utf-8")

    assert import_progress(desktop.store, file).reviews_added == 1
    uids = [uid for (uid,) in desktop.store.connection.execute("SELECT uid FROM review_log")]
    assert len(uids) == len(set(uids)) == 5
    assert import_progress(desktop.store, file).reviews_added == 0


def _exported(computer: Computer, folder: Path) -> str:
    path = folder / "exported-here.json"
    export_progress(computer.store, path)
    return path.read_text(encoding="utf-8")
