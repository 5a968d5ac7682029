"""Synthetic content at any scale, with the real schema, built into a temporary folder.

The words come from the real content so that searches hit as they would; dates spread over
1900–1925 like the real timeline. Nothing synthetic is ever written under resources/.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from studyapp.content.builder import ContentText, load_content, write_database

ROOT = Path(__file__).resolve().parent.parent
CONTENT_DIR = ROOT / "db" / "content"
CLAUSES_PER_AGREEMENT = 8
_FIRST_DAY = dt.date(1900, 1, 1).toordinal()
_LAST_DAY = dt.date(1925, 12, 31).toordinal()


def _vocabulary(real: ContentText) -> list[str]:
    words: set[str] = set()
    for kind in ("event", "term"):
        for row in real.of(kind):
            for field in ("title", "title_ja", "description", "term", "term_ja", "definition"):
                words.update(str(row.get(field, "")).split())
    return sorted(word for word in words if word)


def _vocabulary_ja(real: ContentText) -> list[str]:
    """Japanese names and phrases of the real content (its prose cut at commas and stops)."""
    phrases: set[str] = set()
    for kind in ("agreement", "event", "era", "term", "topic"):
        for row in real.of(kind):
            for field in ("title_ja", "name_ja", "term_ja", "summary_ja", "description_ja"):
                phrases.update(re.split("[、。]", str(row.get(field, ""))))
    return sorted(phrase for phrase in phrases if phrase)


def synthetic_content(*, events: int, clauses: int, terms: int, seed: int = 1907) -> ContentText:
    """Content with these many events, clauses and terms (and the agreements to hold them)."""
    real = load_content(CONTENT_DIR)
    words, words_ja = _vocabulary(real), _vocabulary_ja(real)
    rng = random.Random(seed)
    rng_ja = random.Random(seed + 1)  # its own, so the English is as it was before twins

    def sentence(count: int) -> str:
        return " ".join(rng.choice(words) for _ in range(count))

    def sentence_ja(count: int) -> str:
        return "、".join(rng_ja.choice(words_ja) for _ in range(count)) + "。"

    def date() -> dt.date:
        return dt.date.fromordinal(rng.randint(_FIRST_DAY, _LAST_DAY))

    content = ContentText()
    sources = ["synthetic"]
    content.add("source", "synthetic", {"key": "synthetic", "citation": "Synthetic", "url": ""})
    for topic in real.of("topic"):
        content.add("topic", "synthetic", {**topic, "sources": sources})
    content.add(
        "person",
        "synthetic",
        {
            "key": "someone",
            "name": "Someone",
            "name_ja": "",
            "name_native": "Someone",
            "reading": "someone",
            "country": "Japan",
            "born": 1850,
            "died": 1920,
            "role": [{"title": "Envoy", "title_ja": "公使", "start": 1900}],
            "description": "x",
            "description_ja": "x",
            "sources": sources,
        },
    )
    topic_keys = [topic["key"] for topic in real.of("topic")]
    for number in range(max(1, -(-clauses // CLAUSES_PER_AGREEMENT))):
        key = f"agreement-{number}"
        first = number * CLAUSES_PER_AGREEMENT
        count = min(CLAUSES_PER_AGREEMENT, clauses - first)
        content.add(
            "agreement",
            key,
            {
                "key": key,
                "ordinal": number + 1,
                "title": f"Agreement {number}",
                "title_ja": "第一次日露協約",
                "signed": date(),
                "place": "St. Petersburg",
                "place_ja": "サンクトペテルブルク",
                "summary": sentence(30),
                "summary_ja": sentence_ja(8),
                "occasion": sentence(40),
                "occasion_ja": sentence_ja(10),
                "consequences": sentence(40),
                "consequences_ja": sentence_ja(10),
                "sources": sources,
                "signatory": [
                    {
                        "person": "someone",
                        "country": "Japan",
                        "office": "x",
                        "office_ja": "x",
                        "sources": sources,
                    },
                ],
                "clause": [
                    {
                        "key": f"{key}-{part}-{index}",
                        "part": part,
                        "number": index,
                        "label": f"Article {index}",
                        "title": sentence(6),
                        "title_ja": sentence_ja(2),
                        # The clause's cloze hides a span that occurs once in its summary.
                        "summary": f"{sentence(40)} Key fact {number} {index}.",
                        "summary_ja": f"{sentence_ja(10)}要点{number}の{index}。",
                        "cloze": [f"Key fact {number} {index}"],
                        "cloze_ja": [f"要点{number}の{index}"],
                        "topics": [rng.choice(topic_keys)],
                        "sources": sources,
                    }
                    for index in range(1, count + 1)
                    for part in [("public", "secret")[index % 2]]
                ],
            },
        )
    for number in range(events):
        day = date()
        row: dict[str, object] = {
            "key": f"event-{number}",
            "date": day,
            "precision": "day",
            "kind": "other",
            "title": sentence(5),
            "title_ja": "",
            "description": sentence(30),
            "description_ja": sentence_ja(8),
            "sources": sources,
        }
        if rng.random() < 0.1:  # some events are spans, as wars and revolutions are
            row["end"] = day + dt.timedelta(days=rng.randint(1, 900))
        content.add("event", "synthetic", row)
    for era in real.of("era"):
        content.add("era", "synthetic", {**era, "sources": sources})
    previous = ""
    for number in range(terms):
        # A glossary's terms are names of their own (a number makes each one so): random
        # pairs of common words would be named by nearly every text, the more so the more
        # terms there are, which no real glossary does. Each definition names the term
        # before it, as definitions name related terms.
        name = re.sub(r"[^\w\s-]", "", f"{sentence(2)} {number}")  # no commas: no aliases
        content.add(
            "term",
            "synthetic",
            {
                "key": f"term-{number}",
                "term": name,
                "term_ja": "日露協約",
                "reading": "x",
                "definition": f"{sentence(25)} {previous}".rstrip(),
                "definition_ja": sentence_ja(6),
                "sources": sources,
            },
        )
        previous = name
    return content


def build_synthetic_database(
    folder: Path, *, events: int, clauses: int, terms: int, seed: int = 1907
) -> Path:
    """Build synthetic content into `folder`/agreements.sqlite and return its path."""
    path = folder / "agreements.sqlite"
    write_database(synthetic_content(events=events, clauses=clauses, terms=terms, seed=seed), path)
    return path


# Today's content, for choosing scales: 4 agreements, ~30 clauses, ~40 events, ~40 terms.
def scaled(folder: Path, scale: int) -> Path:
    """The real content's size times `scale` (1, 100, 1000), synthetic, in `folder`."""
    real = load_content(CONTENT_DIR)
    clauses = sum(len(a.get("clause", [])) for a in real.of("agreement"))
    return build_synthetic_database(
        folder,
        events=len(real.of("event")) * scale,
        clauses=clauses * scale,
        terms=len(real.of("term")) * scale,
    )


if __name__ == "__main__":
    # `python -m benchmarks.synthetic FOLDER SCALE`: build, print the database's path.
    import sys

    print(scaled(Path(sys.argv[1]), int(sys.argv[2])))
