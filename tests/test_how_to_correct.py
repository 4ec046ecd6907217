"""The "How to correct a fact" page shows real records and real output, not stale copies."""

from __future__ import annotations

import re
import textwrap

from conftest import DOCS, ROOT
from test_check_command import check, copy_project, edit

PAGE = (DOCS / "how-to-correct.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", PAGE, flags=re.MULTILINE | re.DOTALL)


def test_the_records_shown_as_they_are_today_are_copied_exactly():
    shown = [block for block in blocks("python") if "<" not in block]  # the rest are templates
    assert len(shown) == 2
    data = "".join((ROOT / "pakru_data" / name).read_text(encoding="utf-8") for name in ("figures.py", "sources.py"))
    for block in shown:  # each record is an item of a list, so it ends with a comma there
        assert textwrap.indent(block.rstrip("\n") + ",\n", "    ") in data, (
            "docs/how-to-correct.md shows this record as it is in pakru_data today, and the record "
            f"has changed: copy it from pakru_data/figures.py or sources.py into the page.\n{block}"
        )


def test_the_example_check_output_is_what_the_check_prints(tmp_path):
    [output] = blocks("text")
    copy = copy_project(tmp_path)
    edit(
        copy,
        "pakru_data/figures.py",
        'id="trade-pak-russia-fy2023"',
        'review_by="2027-08-01"',
        'review_by="2023-01-01"',
    )
    result = check(copy)
    assert result.returncode == 1
    assert result.stdout == output
