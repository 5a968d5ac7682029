"""The Sources lists of the panes show a source's note in the app's language."""

from __future__ import annotations

from studyapp import i18n
from studyapp.content.records import SourceRecord
from studyapp.ui.shared.links import source_html
from studyapp.ui.timeline.describe import _sources


def test_the_sources_lists_show_the_note_in_the_app_s_language() -> None:
    source = SourceRecord("s", "Price, 1933", "", "Only the abstract was read.", "要旨のみ読んだ。")
    for shown in (source_html, lambda s: _sources((s,))):
        assert "Only the abstract was read." in shown(source)
        i18n.set_backend(None, i18n.JAPANESE)
        try:
            assert "要旨のみ読んだ。" in shown(source)
            assert "Only the abstract" not in shown(source)
        finally:
            i18n.set_backend(None, i18n.ENGLISH)
