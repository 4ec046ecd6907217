"""The extension's catalogues (pakru.po) mark each English with a {placeholder}
python-brace-format, as its template does: msgfmt --check and a translation platform then
check that every translation keeps the placeholders str.format fills."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

LOCALES = Path(__file__).resolve().parents[1] / "pakru_data" / "sphinxext" / "locales"


@pytest.mark.parametrize("language", ["ur", "ru"])
def test_each_english_with_a_placeholder_is_flagged_python_brace_format(language):
    text = (LOCALES / language / "LC_MESSAGES" / "pakru.po").read_text(encoding="utf-8")
    entries = [entry for entry in text.split("\n\n") if "\nmsgid " in f"\n{entry}"]
    with_placeholders = [entry for entry in entries if re.search(r'^msgid ".*\{\w+\}', entry, re.MULTILINE)]
    assert len(with_placeholders) > 5
    for entry in with_placeholders:
        assert "#, python-brace-format" in entry, entry
