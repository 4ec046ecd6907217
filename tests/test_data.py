"""What the real data says that validation cannot know: the article's errors each have
their correction, the oil year is the one the sources support.  (What every record must
satisfy is validation's job, tested in test_validation.py.)"""

from __future__ import annotations

from pakru_data import DATA, Status, format_fact, variants_of
from pakru_data.model import Event


def test_every_fact_can_be_shown_in_every_variant_it_offers():
    for fact in DATA.facts.values():
        for variant in variants_of(fact):
            if variant in {"month", "day"} and isinstance(fact, Event):
                continue  # only offered when the date is that precise
            assert format_fact(fact, variant).strip(), (fact.id, variant)


def test_the_factcheck_errors_each_have_a_correction():
    # The errors the research notes list; each must have its correction entry.
    expected = {
        "oil-2022",
        "mi35m-2018",
        "arms-60-percent",
        "china-trade-30bn",
        "pipeline-funded-by-russia",
        "defense-treaty-1971",
        "invitations-1947",
        "us-warned",
    }
    assert expected <= set(DATA.correction_by_id)


def test_the_oil_year_is_one_fact_and_it_is_the_one_the_sources_support():
    correction = DATA.correction_by_id["oil-2022"]
    assert "russian-oil-first-cargo" in correction.facts
    first_cargo = DATA.facts["russian-oil-first-cargo"]
    assert first_cargo.status is Status.CORRECTED
    assert format_fact(first_cargo, "year") not in correction.article_said


def test_the_three_article_references_are_listed_as_not_found():
    assert len(DATA.article_references) == 3
    assert not any(reference.found for reference in DATA.article_references)
