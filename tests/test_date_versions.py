"""A disputed event keeps each source's date; the check says what must hold, at the record."""

from __future__ import annotations

import pytest
from test_validation import problems, replaced, where

from pakru_data import DATA
from pakru_data.exports import fact_row
from pakru_data.model import DateVersion, Status

APP = DateVersion(date="1966-01-10", sources=("dawn-tashkent-fifty-years",), said_by="one source")
LATER = DateVersion(date="1966-01-11", sources=("wikipedia-tashkent-declaration",), said_by="another")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"versions": (APP, LATER)},
            "versions must only be given for a disputed event (status=Status.DISPUTED)",
        ),
        (
            {"status": Status.DISPUTED, "versions": (APP,)},
            "a disputed event must keep at least two versions, one for each source's date",
        ),
        (
            {"status": Status.DISPUTED, "versions": (LATER, APP), "date": "1966-01-11"},
            "date must be the earliest version's date ('1966-01-10'), so the event keeps its place on the timeline",
        ),
        (
            {"status": Status.DISPUTED, "versions": (APP, LATER), "end": "1966-01-12"},
            "end must be left out when versions are given; give each version its own end",
        ),
        (
            {
                "status": Status.DISPUTED,
                "versions": (APP, DateVersion(date="1966-01-11", sources=("no-such-source",), said_by="another")),
            },
            "version 'another' cites source 'no-such-source', which must exist in pakru_data/sources.py",
        ),
        (
            {"status": Status.DISPUTED, "versions": (APP, DateVersion(date="1966-01", sources=(), said_by=" "))},
            "each version's said_by must say whose date it is, and when they gave it",
        ),
    ],
    ids=["not-disputed", "one-version", "not-earliest", "end-given", "unknown-source", "no-said-by"],
)
def test_each_mistake_in_date_versions_is_one_located_message(changes, message):
    found = problems(replaced("events", "tashkent-declaration", **changes))
    assert f"{where('events', 'tashkent-declaration')}: event 'tashkent-declaration': {message}" in found


def test_a_disputed_event_with_two_versions_has_no_problem_and_cites_both_sources():
    data = replaced("events", "tashkent-declaration", status=Status.DISPUTED, versions=(APP, LATER), sources=())
    assert problems(data) == []
    event = next(e for e in data["events"] if e.id == "tashkent-declaration")
    assert event.cited_source_ids == ("dawn-tashkent-fifty-years", "wikipedia-tashkent-declaration")


def test_facts_json_gives_each_version_of_a_disputed_event():
    row = fact_row(DATA, DATA.facts["igc-5-protocol-2017"])
    assert [(v["date"], v["end"], bool(v["said_by"]), v["sources"]) for v in row["versions"]] == [
        ("2017-11", None, True, ["app-dastgir-manturov-2018"]),
        ("2017-12-01", None, True, ["app-dastgir-igc-2017"]),
    ]
