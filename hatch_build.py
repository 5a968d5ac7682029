"""Build hook: compile the translations (resources/i18n/*.ts) to the .qm files Qt loads."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sys.path.insert(0, self.root)
        try:
            from studyapp.translation_build import compile_all
        finally:
            sys.path.remove(self.root)
        # Beside the .ts, in resources/ (shipped whole in the wheel, read there by an
        # editable install and a source checkout alike).
        compile_all(Path(self.root) / "resources" / "i18n")
