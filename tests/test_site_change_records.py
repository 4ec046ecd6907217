"""The site's change entries (pakru_data/records/site_changes.py) are checked like every record: each
mistake is one located message that says what must hold."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pakru_data import DATA
from pakru_data.model import PUBLISHED_FIELDS, Figure, SiteChange, Status
from pakru_data.validation import find_problems

TODAY = dt.date(2026, 12, 4)
FACT = DATA.facts["tashkent-declaration"]
GOOD = {
    "id": "tashkent-day",
    "facts": (FACT.id,),
    "changed": "2026-12-01",
    "was": {"date": "1966-01"},
    "why": "A newer source gives the day.",
    "sources": FACT.sources,
}


def problems_of(**changed: object) -> list[str]:
    entry = SiteChange(**{**GOOD, **changed})  # type: ignore[arg-type]
    data = dataclasses.replace(DATA, others={**DATA.others, "site_changes": [entry]})
    return [
        f"{p.kind} '{p.id}': {p.message}" for p in find_problems(data, today=TODAY) if p.location == entry.defined_at
    ]


def test_a_well_made_entry_has_no_problem() -> None:
    assert problems_of() == []


def test_the_real_entries_are_checked_with_the_data() -> None:
    assert DATA.site_changes, "the log starts with the second audit's changes"
    assert find_problems(DATA, today=TODAY) == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"facts": ("tashkent-declaratoin",)},
            "names fact 'tashkent-declaratoin', which must exist (did you mean 'tashkent-declaration'?); "
            "for a fact taken off the site, give its old record as removed=",
        ),
        (
            {"was": {"value": 5}},
            "was names 'value'; name only published fields of this event: "
            + ", ".join(name for name in PUBLISHED_FIELDS if name in {f.name for f in dataclasses.fields(FACT)}),
        ),
        (
            {"was": {}},
            "was must give the changed fields as they stood, one of: "
            "date, end, value, versions, unit, currency, status",
        ),
        (
            {"sources": ()},
            "must cite the source that settled the change in sources (only a status taken from verified, "
            "with nothing else changed, may leave them out: the rule for verified settled it)",
        ),
        (
            {"facts": FACT.id},
            'facts must name the changed facts as a tuple of ids: facts=("<fact-id>",)',
        ),
        ({"facts": (FACT.id, FACT.id), "title": "Twice"}, "facts names a fact twice; name each changed fact once"),
        (
            {"facts": (FACT.id, "zardari-medvedev-tashkent-2010")},
            "a change of several facts needs a title: no one fact's label can head it",
        ),
        ({"title": "A heading"}, "a change of one fact is headed by the fact's label; leave title out"),
        ({"changed": "2026-12-05"}, "changed must be a past day written YYYY-MM-DD: the day the change was published"),
        ({"why": " "}, "why must not be empty; write the site-change's why"),
        (
            {"was": {}, "removed": Figure(id="other", label="x", value=1, unit="count", status=Status.VERIFIED)},
            f"removed must be the record of fact '{FACT.id}' as it stood (same id, one fact)",
        ),
    ],
)
def test_a_mistake_in_an_entry_is_one_located_message(fields: dict[str, object], expected: str) -> None:
    assert problems_of(**fields) == [f"site-change 'tashkent-day': {expected}"]


def test_an_old_value_that_cannot_be_shown_is_refused() -> None:
    (problem,) = problems_of(was={"date": "10 Jan 1966"})
    assert problem.startswith(
        "site-change 'tashkent-day': was must be the fields as the fact had them, which can be shown"
    )


def test_a_status_only_taken_from_verified_needs_no_new_source() -> None:
    """The rule that "verified" needs corroboration relabelled facts with no new source; an
    entry for such a change may cite none, and any other change must.  The entry stays valid
    whatever later happens to its facts: it says what was, not what is."""
    ids = (FACT.id, "zardari-medvedev-tashkent-2010")
    assert problems_of(facts=ids, title="Relabelled", was={"status": Status.VERIFIED}, sources=()) == []
    assert problems_of(facts=ids, title="Relabelled", was={"status": Status.UNVERIFIED}, sources=()) == [
        "site-change 'tashkent-day': must cite the source that settled the change in sources (only a status "
        "taken from verified, with nothing else changed, may leave them out: the rule for verified settled it)"
    ]
    assert problems_of(was={"status": Status.VERIFIED, "date": "1966-01"}, sources=()) != []
