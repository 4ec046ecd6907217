"""Each kind of mistake in the data gets one clear message, with its file and line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys

import pytest

import pakru_data
from pakru_data import DATA
from pakru_data.dataset import Dataset
from pakru_data.validation import find_problems

TODAY = dt.date(2026, 11, 29)  # the day the newest sources were read


def lists() -> dict[str, list]:
    fields = [f.name for f in dataclasses.fields(Dataset) if f.init]
    return {name: list(getattr(DATA, name)) for name in fields}


def replaced(collection: str, record_id: str, **changes) -> dict[str, list]:
    data = lists()
    data[collection] = [dataclasses.replace(r, **changes) if r.id == record_id else r for r in data[collection]]
    return data


def problems(data: dict[str, list]) -> list[str]:
    return [str(p) for p in find_problems(Dataset(**data), today=TODAY)]


def where(collection: str, record_id: str) -> str:
    record = next(r for r in getattr(DATA, collection) if r.id == record_id)
    return str(record.defined_at)


def test_the_real_data_has_no_problems():
    assert problems(lists()) == []


CASES = [
    pytest.param(
        replaced("events", "tashkent-declaration", date="1966-02-30"),
        ("events", "tashkent-declaration"),
        "event 'tashkent-declaration': date must be a real date written YYYY, YYYY-MM or YYYY-MM-DD: "
        "'1966-02-30' is not a real date (day is out of range for month)",
        id="impossible-date",
    ),
    pytest.param(
        replaced("events", "tashkent-declaration", date="2027-01-10"),
        ("events", "tashkent-declaration"),
        "event 'tashkent-declaration': date must not be in the future (today is 2026-11-29); check the year",
        id="future-date",
    ),
    pytest.param(
        replaced("events", "musharraf-moscow-visit", end="2003-02-01"),
        ("events", "musharraf-moscow-visit"),
        "event 'musharraf-moscow-visit': end must not be before date; check both, or leave end out for a one-day event",
        id="ends-before-it-starts",
    ),
    pytest.param(
        replaced("events", "tashkent-declaration", sources=("no-such-source",)),
        ("events", "tashkent-declaration"),
        "event 'tashkent-declaration': cites source 'no-such-source', which must exist in pakru_data/sources.py",
        id="unknown-source",
    ),
    pytest.param(
        replaced("events", "tashkent-declaration", sources=()),
        ("events", "tashkent-declaration"),
        "event 'tashkent-declaration': must cite at least one source, or have status=Status.UNVERIFIED",
        id="no-source-not-unverified",
    ),
    pytest.param(
        replaced("figures", "mi35m-cost", value="-153e6"),
        ("figures", "mi35m-cost"),
        "figure 'mi35m-cost': value must not be negative (it is -153e6)",
        id="negative-amount",
    ),
    pytest.param(
        replaced("figures", "mi35m-cost", value="about 153 million"),
        ("figures", "mi35m-cost"),
        "figure 'mi35m-cost': value must be a number, such as 920e6 or \"27.82e9\" (not 'about 153 million')",
        id="non-numeric-amount",
    ),
    pytest.param(
        replaced("figures", "mi35m-cost", currency="XYZ"),
        ("figures", "mi35m-cost"),
        "figure 'mi35m-cost': currency must be an ISO 4217 code such as 'USD' (not 'XYZ')",
        id="unknown-currency",
    ),
    pytest.param(
        replaced("figures", "dasu-killed", unit="people"),
        ("figures", "dasu-killed"),
        "figure 'dasu-killed': unit must be one of: money, money-per-tonne, percent, count, tonne, kilometre, year "
        "(not 'people')",
        id="unknown-unit",
    ),
    pytest.param(
        replaced("sources", "dawn-arms-embargo-lifted", title="  "),
        ("sources", "dawn-arms-embargo-lifted"),
        "source 'dawn-arms-embargo-lifted': title must not be empty; write the source's title",
        id="empty-title",
    ),
    pytest.param(
        replaced("sources", "dawn-arms-embargo-lifted", url="dawn.com/news/1110131"),
        ("sources", "dawn-arms-embargo-lifted"),
        "source 'dawn-arms-embargo-lifted': url must be a full http(s) address such as https://example.org/page, "
        "not 'dawn.com/news/1110131'",
        id="malformed-url",
    ),
    pytest.param(
        replaced("figures", "trade-pak-russia-fy2023", review_by="2023-01-01"),
        ("figures", "trade-pak-russia-fy2023"),
        "figure 'trade-pak-russia-fy2023': review_by must be after as_of; "
        "set it to the date the figure should next be checked",
        id="review-before-as-of",
    ),
]


@pytest.mark.parametrize(("data", "record", "message"), CASES)
def test_each_mistake_is_reported_once_with_its_file_and_line(data, record, message):
    assert problems(data) == [f"{where(*record)}: {message}"]


def test_a_duplicate_id_is_reported_at_the_second_record():
    data = lists()
    first = data["events"][0]
    data["events"].append(first)
    message = "id must be unique; rename this event or remove the duplicate"
    assert problems(data) == [f"{first.defined_at}: event '{first.id}': {message}"]


def test_a_conclusion_row_must_name_a_real_challenge():
    data = lists()
    data["conclusion"] = [dataclasses.replace(data["conclusion"][0], challenge="india-tie"), *data["conclusion"][1:]]
    row = data["conclusion"][0]
    messages = problems(data)
    assert (
        f"{row.defined_at}: conclusion row 'india-tie/{row.opportunity}': challenge 'india-tie' must exist in "
        "pakru_data/points.py CHALLENGES (did you mean 'india-ties'?)"
    ) in messages


def test_check_command_reports_success():
    result = subprocess.run([sys.executable, "-m", "pakru_data", "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("0 problems in pakru_data")


def test_data_error_lists_every_problem_and_counts_them():
    error = pakru_data.DataError(
        find_problems(Dataset(**replaced("figures", "mi35m-cost", value="x", unit="y")), today=TODAY)
    )
    lines = str(error).splitlines()
    assert lines[-1] == f"{len(lines) - 1} problems in pakru_data"
