"""The views are tested as the app runs them: with the English translators installed (the
plural forms come from studyapp_en.qm)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_translators(qapp: object) -> None:
    from studyapp.translations import use_language

    use_language("en")
