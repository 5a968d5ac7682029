"""The content build: deterministic, in step with the committed file, strict about the text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studyapp.content.builder import (
    BuildError,
    content_fingerprint,
    load_content,
    validate,
    write_database,
)
from tests.conftest import BUNDLED_DB, ROOT

CONTENT_DIR = ROOT / "db" / "content"


def test_the_committed_database_matches_the_content_text(tmp_path: Path) -> None:
    rebuilt = tmp_path / "agreements.sqlite"
    write_database(load_content(CONTENT_DIR), rebuilt)
    assert content_fingerprint(rebuilt) == content_fingerprint(BUNDLED_DB), (
        "resources/agreements.sqlite is out of date: run `python db/build.py` and commit it"
    )


def test_two_builds_are_identical(tmp_path: Path) -> None:
    content = load_content(CONTENT_DIR)
    write_database(content, tmp_path / "one.sqlite")
    write_database(content, tmp_path / "two.sqlite")
    assert (tmp_path / "one.sqlite").read_bytes() == (tmp_path / "two.sqlite").read_bytes()


def _copy_content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, folder)
    return folder


def _problems(folder: Path) -> str:
    with pytest.raises(BuildError) as caught:
        validate(load_content(folder))
    return str(caught.value)


def test_a_row_without_sources_is_refused(tmp_path: Path) -> None:
    folder = _copy_content(tmp_path)
    terms = folder / "terms.toml"
    terms.write_text(
        terms.read_text(encoding="utf-8")
        + '\n[[term]]\nkey = "unsourced"\nterm = "x"\nterm_ja = "x"\nreading = "x"\n'
        'definition = "x"\nsources = []\n',
        encoding="utf-8",
    )
    assert "terms.toml [unsourced]: cites no source" in _problems(folder)


def test_unknown_topics_sources_and_people_are_refused(tmp_path: Path) -> None:
    folder = _copy_content(tmp_path)
    first = folder / "agreements" / "first-1907.toml"
    text = first.read_text(encoding="utf-8")
    text = text.replace('person = "motono-ichiro"', 'person = "nobody"', 1)
    text = text.replace('topics = ["korea"]', 'topics = ["atlantis"]', 1)
    first.write_text(text, encoding="utf-8")
    problems = _problems(folder)
    assert "unknown person 'nobody'" in problems
    assert "unknown topic 'atlantis'" in problems


def test_duplicate_keys_bad_keys_and_typed_calendar_dates_are_refused(tmp_path: Path) -> None:
    folder = _copy_content(tmp_path)
    (folder / "extra.toml").write_text(
        '[[source]]\nkey = "price-1933"\ncitation = "again"\nurl = ""\n'
        '[[source]]\nkey = "Bad Key"\ncitation = "x"\nurl = ""\n'
        '[[era]]\nkey = "backwards"\nname = "x"\nname_ja = "x"\nkind = "period"\n'
        'start = 1910-01-01\nend = 1909-01-01\ndescription = "x"\nsources = ["price-1933"]\n'
        '[[era]]\nkey = "typed"\nname = "x"\nname_ja = "x"\nkind = "period"\n'
        'start = "Meiji 40"\ndescription = "x"\nsources = ["price-1933"]\n',
        encoding="utf-8",
    )
    problems = _problems(folder)
    assert "source key 'price-1933' is used twice" in problems
    assert "key 'Bad Key' is not lowercase words" in problems
    assert "ends (1909-01-01) before it starts (1910-01-01)" in problems
    assert "field 'start' should be a date" in problems


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    folder = _copy_content(tmp_path)
    (folder / "broken.toml").write_text("[[term]\nkey = ", encoding="utf-8")
    with pytest.raises(BuildError, match=r"broken\.toml: not valid TOML"):
        load_content(folder)


def test_a_failed_build_leaves_the_previous_database_in_place(tmp_path: Path) -> None:
    output = tmp_path / "agreements.sqlite"
    shutil.copy(BUNDLED_DB, output)
    before = output.read_bytes()
    folder = _copy_content(tmp_path)
    (folder / "broken.toml").write_text('[[source]]\nkey = "x"\n', encoding="utf-8")
    with pytest.raises(BuildError):
        write_database(load_content(folder), output)
    assert output.read_bytes() == before
