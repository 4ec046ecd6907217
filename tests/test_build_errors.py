"""A page that asks for something the data does not have fails the build, at its line."""

from __future__ import annotations

import re

import pytest
from conftest import sphinx_build


def break_page(docs, page, old, new):
    path = docs / page
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    return line


@pytest.mark.parametrize(
    ("old", "new", "message", "line_shift"),
    [
        (
            "{fact}`tashkent-declaration`",
            "{fact}`tashkent-declaraton`",
            "unknown fact 'tashkent-declaraton' (did you mean 'tashkent-declaration'?)",
            0,
        ),
        (
            "{fact}`tashkent-declaration`",
            "{fact}`tashkent-declaration:yaer`",
            "fact 'tashkent-declaration' has no format variant 'yaer' (did you mean 'year'?)",
            0,
        ),
        (
            "{source}`hindu-kashmir-veto-1957`",
            "{source}`hindu-kashmir-veto-1975`",
            "unknown source 'hindu-kashmir-veto-1975' (did you mean 'hindu-kashmir-veto-1957'?); "
            "sources are defined in pakru_data/sources.py",
            0,
        ),
        (
            ":era: cold-war",
            ":era: cold-wars",
            "unknown era 'cold-wars' (did you mean 'cold-war'?); eras are defined in pakru_data/eras.py",
            -1,  # a directive's problems are reported at its first line
        ),
    ],
    ids=["unknown-fact", "unknown-variant", "unknown-source", "unknown-era"],
)
def test_a_page_error_names_the_page_line_and_fix(docs_copy, tmp_path, old, new, message, line_shift):
    line = break_page(docs_copy, "history.md", old, new) + line_shift
    result = sphinx_build(docs_copy, tmp_path / "out")
    assert result.returncode == 1  # sphinx-build -W: warnings were turned into errors
    assert "Traceback" not in result.stderr
    pattern = rf"history\.md:{line}: (WARNING|ERROR): {re.escape(message)}"
    assert re.search(pattern, result.stderr), result.stderr


def test_an_unknown_record_shown_as_written_names_the_page_line_and_fix(docs_copy, tmp_path):
    line = break_page(
        docs_copy,
        "how-to-correct.md",
        "{record-as-written} trade-pak-russia-fy2023",
        "{record-as-written} trade-pak-russia-fy2032",
    )
    result = sphinx_build(docs_copy, tmp_path / "out")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    message = (
        "unknown fact or source 'trade-pak-russia-fy2032' (did you mean 'trade-pak-russia-fy2023'?); "
        "facts are defined in pakru_data/events.py and pakru_data/figures.py, sources in pakru_data/sources.py"
    )
    assert f"how-to-correct.md:{line}: WARNING: {message}" in result.stderr, result.stderr


def test_a_link_to_an_unknown_correction_names_the_page_line_and_fix(docs_copy, tmp_path):
    line = break_page(docs_copy, "opportunities.md", "<mining-balochistan>", "<mining-balochstan>")
    result = sphinx_build(docs_copy, tmp_path / "out")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    message = (
        "unknown correction 'mining-balochstan' (did you mean 'mining-balochistan'?); "
        "corrections are defined in pakru_data/corrections.py"
    )
    assert f"opportunities.md:{line}: WARNING: {message}" in result.stderr, result.stderr
    # Reported while the page is read, not again as a link Sphinx could not resolve.
    assert "reference target not found" not in result.stderr


def test_a_link_target_claimed_by_two_pages_names_both(docs_copy, tmp_path):
    conclusion = docs_copy / "conclusion.md"
    conclusion.write_text(conclusion.read_text(encoding="utf-8") + "\n## {point}`india-ties`\n", encoding="utf-8")
    result = sphinx_build(docs_copy, tmp_path / "out")
    assert result.returncode == 1
    assert (
        "conclusion.md: WARNING: point 'india-ties' is the link target of more than one page "
        "(challenges, conclusion); links go to 'challenges': keep it on one page"
    ) in result.stderr, result.stderr
