"""The documented sweep (research/sweep/) leaves no silent hole in a numbered series: every
number up to the highest one known is a record, or a line in the sweep saying it could not be
found, and a number is never both."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from pakru_data import DATA
from pakru_data.model import Exercise

SWEEP = Path(__file__).resolve().parent.parent / "research" / "sweep"
NOT_FOUND = re.compile(r"^- \*\*Not found:\*\* (?P<series>[A-Za-z][A-Za-z ]*?) (?P<number>\d+)\b")

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def edition_number(edition: str) -> int | None:
    """The number an exercise's ``edition`` gives: "VI", "first", "AMAN-17 (fifth)"."""
    for word in re.findall(r"[A-Za-z]+", edition):
        if word in ROMAN:
            return ROMAN[word]
        if word.lower() in ORDINALS:
            return ORDINALS[word.lower()]
    return None


def exercise_numbers(name_starts: str) -> set[int]:
    numbers = {
        edition_number(e.edition)
        for e in DATA.facts.values()
        if isinstance(e, Exercise) and e.name.startswith(name_starts)
    }
    return {n for n in numbers if n is not None}


def commission_numbers() -> set[int]:
    return {int(m.group(1)) for fact_id in DATA.facts if (m := re.match(r"^igc-(\d+)-", fact_id))}


RECORDED = {
    "Druzhba": lambda: exercise_numbers("Druzhba"),
    "Arabian Monsoon": lambda: exercise_numbers("Arabian Monsoon"),
    "AMAN": lambda: exercise_numbers("AMAN"),
    "Intergovernmental Commission": commission_numbers,
}


def noted_not_found() -> dict[str, set[int]]:
    noted: dict[str, set[int]] = {}
    for path in sorted(SWEEP.glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if match := NOT_FOUND.match(line):
                noted.setdefault(match["series"], set()).add(int(match["number"]))
    return noted


def test_the_sweep_has_a_file_per_category_and_a_readme():
    names = {path.name for path in SWEEP.glob("*.md")}
    assert names == {
        "README.md",
        "visits-and-meetings.md",
        "intergovernmental-commission.md",
        "exercises.md",
        "agreements.md",
        "afghanistan-agreements.md",
    }


@pytest.mark.parametrize("path", sorted(SWEEP.glob("*.md")), ids=lambda p: p.name)
def test_each_category_file_goes_decade_by_decade_and_says_what_was_searched(path):
    if path.name == "README.md":
        return
    text = path.read_text(encoding="utf-8")
    headings = re.findall(r"^## (\d{4})–(\d{4})$", text, flags=re.MULTILINE)
    assert headings, "no decade headings"
    assert headings[0][0] == "1947" and headings[-1][1] == "2025", headings
    assert all(int(b) + 1 == int(c) for (_, b), (c, _) in itertools.pairwise(headings)), headings
    assert "Searched" in text and "not found" in text.lower()


def test_not_found_lines_name_only_known_series():
    assert set(noted_not_found()) <= set(RECORDED)


@pytest.mark.parametrize("series", RECORDED)
def test_every_number_of_a_series_is_a_record_or_a_note_that_it_was_not_found(series):
    recorded = RECORDED[series]()
    noted = noted_not_found().get(series, set())
    assert recorded, f"no record of {series} found: check how its records are numbered"
    assert not recorded & noted, f"{series} {sorted(recorded & noted)}: recorded, so the sweep must not say not found"
    highest = max(recorded | noted)
    missing = set(range(1, highest + 1)) - recorded - noted
    assert not missing, f"{series} {sorted(missing)}: neither a record nor a 'Not found' line in research/sweep/"


def test_the_series_as_the_sweep_found_them():
    # A change here means a record or a note was added or lost: say which in the sweep.
    assert exercise_numbers("Druzhba") == set(range(1, 9))
    assert commission_numbers() == {5, 6, 7, 8, 9, 10}
    assert noted_not_found()["Intergovernmental Commission"] == {1, 2, 3, 4}
