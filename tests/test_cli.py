"""The command line as a script sees it: JSON out, one clear line and status 2 on trouble."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from studyapp.paths import CONTENT_DB_ENV
from tests.conftest import BUNDLED_DB, ROOT


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def dump() -> dict[str, Any]:
    result = run_cli("dump", "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_dump_has_the_documented_shape(dump: dict[str, Any]) -> None:
    assert {"agreements", "events", "eras", "terms"} <= set(dump)
    first = dump["agreements"][0]
    assert first["key"] == "first-1907"
    assert first["title_ja"] == "第一次日露協約"
    assert first["signed"] == "1907-07-30"
    assert first["signed_julian"] == "1907-07-17"
    assert first["signed_era"] == "Meiji 40"
    assert first["signed_era_ja"] == "明治40年"
    assert first["place"] == "St. Petersburg"
    assert {"name", "country", "office"} <= set(first["signatories"][0])
    clause = first["clauses"][0]
    assert {"key", "part", "number", "title", "summary", "topics", "sources"} <= set(clause)
    assert clause["part"] in {"public", "secret"}
    assert first["sources"][0]["citation"]


def test_dump_computes_the_calendars_of_every_agreement(dump: dict[str, Any]) -> None:
    computed = {
        a["key"]: (a["signed_julian"], a["signed_era"], a["signed_era_ja"])
        for a in dump["agreements"]
    }
    assert computed == {
        "first-1907": ("1907-07-17", "Meiji 40", "明治40年"),
        "second-1910": ("1910-06-21", "Meiji 43", "明治43年"),
        "third-1912": ("1912-06-25", "Meiji 45", "明治45年"),
        "fourth-1916": ("1916-06-20", "Taishō 5", "大正5年"),
    }


def test_dump_events_and_terms_have_their_fields(dump: dict[str, Any]) -> None:
    portsmouth = next(e for e in dump["events"] if e["date"] == "1905-09-05")
    assert portsmouth["date_julian"] == "1905-08-23"
    assert portsmouth["date_era"] == "Meiji 38"
    assert portsmouth["date_era_ja"] == "明治38年"
    for event in dump["events"]:
        assert {"key", "title", "title_ja", "date", "date_julian", "date_era"} <= set(event)
        assert event["sources"]
    for term in dump["terms"]:
        assert {"key", "term", "term_ja", "reading", "definition", "sources"} <= set(term)


def test_dump_has_the_japanese_twins_beside_the_english(dump: dict[str, Any]) -> None:
    first = dump["agreements"][0]
    assert first["summary_ja"] and first["occasion_ja"] and first["consequences_ja"]
    assert first["place_ja"] == "サンクトペテルブルク"
    for clause in first["clauses"]:
        assert clause["title_ja"] and clause["summary_ja"], clause["key"]
        assert len(clause["cloze_ja"]) == len(clause["cloze"])
    assert all(era["description_ja"] for era in dump["eras"])
    assert all(topic["description_ja"] for topic in dump["topics"])
    assert all("definition_ja" in term for term in dump["terms"])
    assert all("description_ja" in event for event in dump["events"])


def _assert_one_clear_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("studyapp: ")
    assert words in lines[0]


def test_a_missing_database_gives_one_line_and_status_2(tmp_path: Path) -> None:
    result = run_cli("dump", "--json", env={"STUDYAPP_CONTENT_DB": str(tmp_path / "none")})
    _assert_one_clear_line(result, "missing")
    assert result.stdout == ""


def test_a_damaged_database_gives_one_line_and_status_2(tmp_path: Path) -> None:
    damaged = tmp_path / "agreements.sqlite"
    damaged.write_bytes(BUNDLED_DB.read_bytes()[:5000])
    result = run_cli("dump", "--json", env={"STUDYAPP_CONTENT_DB": str(damaged)})
    _assert_one_clear_line(result, "truncated")


def test_an_unwritable_data_folder_gives_one_line_and_status_2(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run_cli(
        "--smoke", env={"STUDYAPP_HOME": str(blocker / "home"), "QT_QPA_PLATFORM": "offscreen"}
    )
    _assert_one_clear_line(result, "STUDYAPP_HOME")


def test_the_smoke_start_paints_the_content_and_exits_0(
    small_content_db: Callable[..., Path],
) -> None:
    content_db = str(small_content_db(agreements=5))
    result = run_cli("--smoke", env={"QT_QPA_PLATFORM": "offscreen", CONTENT_DB_ENV: content_db})
    assert result.returncode == 0, result.stderr
    assert "first paint" in result.stdout
    assert "content shown" in result.stdout
    assert "5 agreements" in result.stdout


def test_a_usage_error_is_reported_by_argparse() -> None:
    result = run_cli("no-such-command")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr
