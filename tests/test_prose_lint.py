"""No page types a year, percentage, money amount or other figure by hand."""

from __future__ import annotations

from conftest import DOCS, ROOT

from pakru_data.tools.prose_lint import lint_page


def test_no_page_prose_carries_a_hand_typed_figure():
    messages = [m for page in sorted(DOCS.rglob("*.md")) for m in lint_page(page, ROOT)]
    assert messages == []


def test_the_lint_reports_the_file_and_line(tmp_path):
    page = tmp_path / "docs" / "bad.md"
    page.parent.mkdir()
    page.write_text("# Title\n\nRussia sells 60% of its weapons to India.\n", encoding="utf-8")
    assert lint_page(page, tmp_path) == [
        "docs/bad.md:3: hand-typed percentage '60%' in prose; show it with a {fact} role"
    ]
