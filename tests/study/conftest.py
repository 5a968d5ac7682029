"""Fixtures shared by the study tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.userdata.store import UserStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    """An empty user file of the test's own."""
    opened = UserStore.open(tmp_path / "user.sqlite")
    yield opened
    opened.close()
