"""The December 2026 audit's corrections hold in the data, each as its source gives it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pakru_data import DATA, format_fact
from pakru_data.model import Direction, Status

ROOT = Path(__file__).resolve().parent.parent


def test_kosygin_visited_pakistan_again_in_may_1969():
    first, second = DATA.facts["kosygin-rawalpindi-1968"], DATA.facts["kosygin-pakistan-1969"]
    assert (first.date, second.date) == ("1968-04-17", "1969-05")
    assert second.direction is Direction.TO_PAKISTAN and second.status is Status.VERIFIED
    assert "kosygin-pakistan-1969" in first.note  # a second visit, no longer called a contradiction


def test_yahya_khans_visit_rests_on_the_report_of_july_1970():
    visit = DATA.facts["yahya-khan-moscow-1970"]
    assert visit.start.year == 1970
    assert "dawn-yahya-visit-steel-mill-1970" in visit.sources
    assert DATA.source_by_id["dawn-yahya-visit-steel-mill-1970"].accessed


def test_druzhba_2017_was_at_nizhny_arkhyz_from_25_september_to_4_october():
    exercise = DATA.facts["druzhba-2017"]
    assert "Nizhny Arkhyz" in exercise.place and "Karachay-Cherkessia" in exercise.place
    assert "Mineralnye" not in exercise.place
    assert (exercise.date, exercise.end) == ("2017-09-25", "2017-10-04")


def test_druzhba_2025_was_in_russias_southern_military_district():
    assert "Southern Military District" in DATA.facts["druzhba-2025"].place


def test_the_days_the_audit_found():
    days = {
        "khawaja-asif-moscow-2018": ("2018-02-19", "2018-02-22"),
        "lavrov-islamabad-2012": ("2012-10-03", "2012-10-04"),
        "pmex-spimex-mou-2024": ("2024-09-18", None),
        "transport-corridor-mou-accession-2024": ("2024-09-18", None),
        "first-barter-mou-2024": ("2024-10-01", None),
    }
    assert {fact_id: (DATA.facts[fact_id].date, DATA.facts[fact_id].end) for fact_id in days} == days


def test_the_1963_air_agreement_was_signed_at_karachi():
    assert DATA.facts["air-transport-agreement-1963"].place == "Karachi"


def test_a_label_with_two_people_does_not_say_visits():
    plural = [v.id for v in DATA.visits if " and " in v.who and re.search(r"\bvisits\b", v.label)]
    assert plural == []


def test_the_fifth_commission_session_keeps_both_dates_and_whose_each_is():
    for fact_id in ("dastgir-moscow-igc-2017", "igc-5-protocol-2017"):
        fact = DATA.facts[fact_id]
        assert fact.status is Status.DISPUTED
        assert {v.date for v in fact.versions} == {"2017-11", "2017-12-01"}
        assert all(v.sources and v.said_by for v in fact.versions)
        assert format_fact(fact) == "November 2017 or 1 December 2017"


def test_the_tass_article_of_2025_is_no_longer_called_2024_anywhere():
    assert "tass-trade-growth-2024" not in DATA.source_by_id
    assert DATA.source_by_id["tass-sharif-putin-trade-2025"].published == "2025-09-02"
    found = subprocess.run(
        ["git", "grep", "-l", "tass-trade-growth-2024", "--", "pakru_data", "docs", "research/*.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert found.stdout == ""
