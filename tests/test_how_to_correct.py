"""The "How to correct a fact" page shows real records and real output, not stale copies."""

from __future__ import annotations

import re

from conftest import DOCS
from test_check_command import check, copy_project, edit

from pakru_data import DATA
from pakru_data.records_as_written import as_written

LINE = re.compile(r":\d+:")
PAGE = (DOCS / "how-to-correct.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", PAGE, flags=re.MULTILINE | re.DOTALL)


def test_the_records_shown_as_they_are_today_come_from_the_data(site):
    shown = [pre.get_text().strip() for pre in site.article("how-to-correct").select("div.highlight-python pre")]
    for record in [DATA.facts["trade-pak-russia-fy2023"], DATA.source_by_id["nation-russia-trade-fy2023"]]:
        assert as_written(record).strip() in shown, record.id


def test_the_example_check_output_is_what_the_check_prints(tmp_path):
    [output] = blocks("text")
    copy = copy_project(tmp_path)
    edit(
        copy,
        "pakru_data/records/figures.py",
        'id="trade-pak-russia-fy2023"',
        'review_by="2027-08-01"',
        'review_by="2023-01-01"',
    )
    result = check(copy)
    assert result.returncode == 1
    # The page's example may name an older line: records added above it move the line.
    assert LINE.sub(":<line>:", result.stdout) == LINE.sub(":<line>:", output)
