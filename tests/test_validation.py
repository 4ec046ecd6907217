"""Each kind of mistake in the data gets one clear message, with its file and line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys

import pytest

import pakru_data
from pakru_data import DATA, Status
from pakru_data.dataset import Dataset
from pakru_data.validation import find_problems

TODAY = dt.date(2026, 12, 4)  # the day of the latest accessed dates: none may be in the future


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
        "event 'tashkent-declaration': date must not be in the future (today is 2026-12-04); check the year",
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
        "event 'tashkent-declaration': cites source 'no-such-source', which must exist in "
        "pakru_data/records/sources/article.py or relations.py",
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
    pytest.param(
        replaced("events", "tashkent-declaration", sources=("paksteel-history",)),
        ("events", "tashkent-declaration"),
        "event 'tashkent-declaration': is marked verified, so at least one source it cites must have been read "
        "(have an accessed date in pakru_data/records/sources/article.py or relations.py); "
        "cite a source you have read, or set "
        "status=Status.UNVERIFIED",
        id="verified-with-no-read-source",
    ),
    pytest.param(
        replaced("figures", "pakistan-stream-russia-share", sources=("paksteel-history", "arabnews-russian-oil-2023")),
        ("figures", "pakistan-stream-russia-share"),
        "figure 'pakistan-stream-russia-share': is marked corrected, so at least one source it cites must have "
        "been read (have an accessed date in pakru_data/records/sources/article.py or relations.py); "
        "cite a source you have read, or set "
        "status=Status.UNVERIFIED",
        id="corrected-with-no-read-source",
    ),
    pytest.param(
        replaced("events", "tashkent-declaration", status=Status.DISPUTED),
        ("events", "tashkent-declaration"),
        "event 'tashkent-declaration': status must not be Status.DISPUTED: an event keeps one date, not each "
        "source's version, so no page could show what is disputed; give the date the sources support and say "
        "in note where they differ, or set status=Status.UNVERIFIED",
        id="disputed-event",
    ),
    pytest.param(
        replaced("events", "tashkent-declaration", era="cold-wars"),
        ("events", "tashkent-declaration"),
        "event 'tashkent-declaration': era 'cold-wars' must exist in pakru_data/records/eras.py (did you mean "
        "'cold-war'?); use one of: cold-war, new-beginning, growing-friendship",
        id="unknown-era",
    ),
    pytest.param(
        replaced("eras", "growing-friendship", end_year=2030),
        ("eras", "growing-friendship"),
        "era 'growing-friendship': end_year must not be in the future (today is 2026-12-04); check the year",
        id="era-ends-in-the-future",
    ),
    pytest.param(
        replaced("eras", "new-beginning", end_year=None),
        ("eras", "new-beginning"),
        "era 'new-beginning': end_year may be left out (to the present) only by the last era in ERAS; "
        "give it an end_year",
        id="open-era-not-last",
    ),
    pytest.param(
        replaced("eras", "growing-friendship", start_year=2010),
        ("eras", "growing-friendship"),
        "era 'growing-friendship': start_year must not be before the end_year of the era before it "
        "('new-beginning', 2020); eras follow one another in ERAS, oldest first",
        id="eras-overlap",
    ),
    pytest.param(
        replaced("eras", "cold-war", start_year="1947"),
        ("eras", "cold-war"),
        "era 'cold-war': start_year must be a year written as a whole number, such as 1947 (not '1947')",
        id="era-year-not-a-number",
    ),
    pytest.param(
        replaced("corrections", "defense-treaty-1971", facts=("indo-soviet-treaty", "indo-soviet-treatie")),
        ("corrections", "defense-treaty-1971"),
        "correction 'defense-treaty-1971': lists fact 'indo-soviet-treatie', which must exist "
        "(did you mean 'indo-soviet-treaty'?)",
        id="correction-lists-unknown-fact",
    ),
    pytest.param(
        replaced(
            "chart_specs",
            "trade-china-russia",
            bars=(("trade-pak-china-fy2024", "China"), ("trade-pak-russia-fy2032", "Russia")),
        ),
        ("chart_specs", "trade-china-russia"),
        "chart 'trade-china-russia': shows figure 'trade-pak-russia-fy2032', which must exist in "
        "pakru_data/records/figures.py (did you mean 'trade-pak-russia-fy2023'?)",
        id="chart-unknown-figure",
    ),
    pytest.param(
        replaced("chart_specs", "trade-china-russia", bars=(("tashkent-declaration", ""),)),
        ("chart_specs", "trade-china-russia"),
        "chart 'trade-china-russia': shows 'tashkent-declaration', which must be a figure, not an event; "
        "a chart draws amounts",
        id="chart-shows-an-event",
    ),
    pytest.param(
        replaced("chart_specs", "trade-china-russia", bars=(("pakistan-stream-cost", ""),)),
        ("chart_specs", "trade-china-russia"),
        "chart 'trade-china-russia': shows figure 'pakistan-stream-cost', which must have one value to draw "
        "(it keeps disputed versions); chart another figure or leave it out",
        id="chart-shows-a-disputed-figure",
    ),
    pytest.param(
        replaced(
            "chart_specs",
            "trade-china-russia",
            bars=(("trade-pak-china-fy2024", "China"), ("india-share-of-russian-arms-exports-2019-23", "")),
        ),
        ("chart_specs", "trade-china-russia"),
        "chart 'trade-china-russia': must show figures of one unit and currency, so its bars compare (it mixes "
        "money in USD, percent); keep figures of one kind, or make two charts",
        id="chart-mixes-units",
    ),
    pytest.param(
        replaced("chart_specs", "trade-china-russia", bars=()),
        ("chart_specs", "trade-china-russia"),
        "chart 'trade-china-russia': must show at least one figure; add (figure id, group) pairs to bars, "
        "or remove the chart",
        id="empty-chart",
    ),
    pytest.param(
        replaced("chart_specs", "trade-china-russia", scale_to_hundred=True),
        ("chart_specs", "trade-china-russia"),
        "chart 'trade-china-russia': scale_to_hundred must only be set for a chart of percentages",
        id="chart-of-money-scaled-to-hundred",
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
        "pakru_data/records/points.py CHALLENGES (did you mean 'india-ties'?)"
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


def test_a_chart_of_money_in_two_currencies_is_reported():
    data = replaced("figures", "trade-pak-china-2021", currency="CNY")
    chart = next(c for c in data["chart_specs"] if c.id == "trade-china-russia")
    message = (
        "must show figures of one unit and currency, so its bars compare (it mixes money in CNY, money in USD); "
        "keep figures of one kind, or make two charts"
    )
    # The trade row whose total that figure holds is reported too (trade.py, after chart_specs.py).
    row = next(r for r in data["trade"] if r.total_fact == "trade-pak-china-2021")
    in_trade = (
        f"{row.defined_at}: trade year '{row.id}': total_fact 'trade-pak-china-2021' must have the same period and "
        f"currency (2021 CNY, not 2021 USD); name the figure for this year, or give total"
    )
    assert problems(data) == [f"{chart.defined_at}: chart 'trade-china-russia': {message}", in_trade]


def test_a_duplicate_chart_id_is_reported_at_the_second_chart():
    data = lists()
    data["chart_specs"] = [*data["chart_specs"], data["chart_specs"][0]]
    first = data["chart_specs"][0]
    message = "id must be unique; rename this chart or remove the duplicate"
    assert problems(data) == [f"{first.defined_at}: chart '{first.id}': {message}"]


def test_an_unverified_fact_may_cite_sources_no_one_has_read():
    data = replaced("events", "tashkent-declaration", sources=("paksteel-history",), status=Status.UNVERIFIED)
    assert problems(data) == []


def test_a_disputed_figure_counts_its_versions_sources_and_needs_one_read():
    figure = next(f for f in DATA.figures if f.versions)
    unread = tuple(dataclasses.replace(v, sources=("paksteel-history",)) for v in figure.versions)
    message = (
        "is marked disputed, so at least one source it cites must have been read (have an accessed date in "
        "pakru_data/records/sources/article.py or relations.py); cite a source you have read, or set "
        "status=Status.UNVERIFIED"
    )
    assert not figure.sources  # it stands on its versions' sources alone
    assert problems(replaced("figures", figure.id, versions=unread)) == [
        f"{figure.defined_at}: figure '{figure.id}': {message}"
    ]


def test_every_settled_fact_rests_on_a_source_someone_read():
    settled = [f for f in DATA.facts.values() if f.status is not Status.UNVERIFIED]
    unread = [f.id for f in settled if not any(s.accessed for s in DATA.cited_sources(f))]
    assert settled and unread == []
