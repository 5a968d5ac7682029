"""A study session to be killed, for test_killed_session.py: `python -m tests.study.session_driver`.

It opens the real user database under STUDYAPP_HOME, builds the real cards from the bundled
content and a StudySession over them, and answers cards one by one, printing each card's key
once its answer has returned (so every key printed is an answer the app told the user it had
saved). With `--stall-after N` it starts answer N + 1, writes it, and stops inside the
transaction, before the commit, printing "stalled KEY", until it is killed.
"""

from __future__ import annotations

import argparse
import itertools

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.study.cards import generate_cards
from studyapp.study.queue import StudySession
from studyapp.study.scheduling import Rating
from studyapp.userdata.bookmarks import list_bookmarks
from tests.stalling_store import StallingStore

RATINGS = (Rating.AGAIN, Rating.GOOD, Rating.EASY, Rating.HARD)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stall-after", type=int, default=None)
    args = parser.parse_args()

    store = StallingStore.open(paths.user_db_path())
    assert isinstance(store, StallingStore)  # open() builds the class it is called on
    content = read_content(paths.content_db_path())
    cards = generate_cards(content, [bookmark.clause_key for bookmark in list_bookmarks(store)])
    session = StudySession(store, cards, new_limit=len(cards))
    ratings = itertools.cycle(RATINGS)
    answered = 0
    while (card := session.next_card()) is not None:
        if answered == args.stall_after:
            store.stall_key = card.key
        rating = next(ratings)
        session.answer(card, rating, duration_ms=1234, mode="typed", correct=rating != Rating.AGAIN)
        print(card.key, flush=True)
        answered += 1
    print("done", flush=True)


if __name__ == "__main__":
    main()
