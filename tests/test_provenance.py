"""What a reader can see of each fact's provenance: register, corrections, downloads."""

from __future__ import annotations

import csv
import json
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import DOCS, ROOT, sphinx_build

from pakru_data import DATA, Event, Status, format_fact
from pakru_data.exports import csv_columns, fact_row, facts_schema, source_row
from pakru_data.register_groups import group_of, register_groups
from pakru_data.sphinxext.page_sources import UNCITED_VARIANTS


def shown_fact_ids(site) -> set[str]:
    return {span["data-fact"] for name in site.page_names for span in site.article(name).select("span.pakru-fact")}


def test_every_fact_shown_anywhere_has_a_register_entry_with_a_source_or_unverified_status(site):
    for fact_id in shown_fact_ids(site):
        entry = site.register_entry(fact_id)
        assert entry is not None, fact_id
        text = entry.get_text()
        has_source = entry.select("a.pakru-source-link") or ("Sources:" in text and "No source found" not in text)
        assert has_source or "unverified" in text, fact_id


def test_register_entries_name_the_pages_that_show_the_fact(site):
    entry = site.register_entry("russian-oil-first-cargo")
    pages = {a["href"] for a in entry.select("a") if a["href"].endswith(".html")}
    assert {"../history.html", "../opportunities.html"} <= pages


def test_without_a_repository_address_register_entries_link_to_the_how_to_page(site):
    entry = site.register_entry("trade-pak-russia-fy2023")
    assert entry.select_one("a.pakru-suggest") is None
    assert "../how-to-correct.html" in {a["href"] for a in entry.select("a")}


def test_register_entries_link_to_a_prefilled_correction_form(tmp_path):
    repository = "https://example.org/pakru"  # any address: the form's own fields matter
    result = sphinx_build(DOCS, tmp_path / "out", "-D", f"pakru_repository_url={repository}")
    assert result.returncode == 0, result.stderr
    page = tmp_path / "out" / "register" / f"{group_of(DATA.facts['trade-pak-russia-fy2023'])}.html"
    entry = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find(id="fact-trade-pak-russia-fy2023")
    link = entry.select_one("a.pakru-suggest")
    assert link["href"].startswith(f"{repository}/issues/new?")
    query = parse_qs(urlsplit(link["href"]).query)
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "correction.yml").read_text(encoding="utf-8"))
    assert set(query) - {"template", "title"} <= {element.get("id") for element in form["body"]}
    assert query["fact-id"] == ["trade-pak-russia-fy2023"]
    assert query["current-value"] == [format_fact(DATA.facts["trade-pak-russia-fy2023"])]
    assert query["template"] == ["correction.yml"]
    assert DATA.source_by_id["nation-russia-trade-fy2023"].url in query["current-sources"][0]


def test_every_correction_has_an_entry_and_pages_showing_its_facts_link_to_it(site):
    corrections = site.article("corrections")
    for correction in DATA.corrections:
        entry = corrections.find(id=f"correction-{correction.id}")
        assert entry is not None, correction.id
        assert correction.article_said.replace("’", "'") in entry.get_text().replace("’", "'")
        assert f"Verdict: {correction.verdict.value}" in entry.get_text()
    corrected = {f.id for f in DATA.facts.values() if f.status is Status.CORRECTED}
    for name in ["history", "challenges", "opportunities"]:
        for span in site.article(name).select("span.pakru-fact"):
            if span["data-fact"] in corrected and span["data-variant"] not in UNCITED_VARIANTS:
                marker = span.find_next_sibling("sup").select_one(".pakru-marker-corrected")
                href = marker.find_parent("a")["href"]
                assert href.startswith("corrections.html#correction-"), href
                assert site.article("corrections").find(id=href.split("#")[1]) is not None


def test_the_articles_missing_references_are_listed_on_the_corrections_page(site):
    corrections = site.article("corrections")
    for reference in DATA.article_references:
        item = corrections.find(id=f"article-reference-{reference.id}")
        assert item is not None and "not found" in item.get_text()


def test_a_disputed_figure_shows_its_range_and_every_version_with_its_source(site):
    fact = DATA.facts["pakistan-stream-cost"]
    opportunities = site.article("opportunities").get_text()
    assert format_fact(fact, "low") in opportunities and format_fact(fact, "high") in opportunities
    entry = site.register_entry("pakistan-stream-cost")
    text = entry.get_text().replace("’", "'")  # Sphinx's smart quotes
    for version in fact.versions:
        assert version.said_by in text
        for source_id in version.sources:
            assert DATA.source_by_id[source_id].title in text


def test_claim_reviews_parse_and_match_the_corrections(site):
    scripts = site.page("corrections").select('script[type="application/ld+json"]')
    reviews = [json.loads(script.string) for script in scripts]
    assert len(reviews) == len(DATA.corrections)
    for review, correction in zip(reviews, DATA.corrections, strict=True):
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == correction.article_said
        assert review["reviewRating"]["alternateName"].lower() == correction.verdict.value
        assert review["datePublished"] == correction.reviewed
        assert review["url"].endswith(f"corrections.html#correction-{correction.id}")
        assert review["itemReviewed"]["appearance"]["@type"] == "CreativeWork"


def test_downloads_exist_validate_against_their_schema_and_round_trip(site):
    facts = json.loads((site.root / "facts.json").read_text(encoding="utf-8"))
    schema = json.loads((site.root / "facts.schema.json").read_text(encoding="utf-8"))
    assert schema == facts_schema()
    jsonschema.validate(facts, schema)
    assert facts == [fact_row(DATA, fact) for fact in DATA.facts.values()]
    by_id = {row["id"]: row for row in facts}
    for fact in DATA.facts.values():
        row = by_id[fact.id]
        assert row["label"] == fact.label and row["status"] == fact.status.value
        assert row["sources"] == list(fact.sources)
        assert row["shown_as"] == format_fact(fact)
        if isinstance(fact, Event):
            assert (row["date"], row["end"], row["era"]) == (fact.date, fact.end, fact.era)
        else:
            assert row["unit"] == fact.unit and row["currency"] == fact.currency
            assert (row["value"] is None) == (fact.amount is None)
    sources = json.loads((site.root / "sources.json").read_text(encoding="utf-8"))
    assert sources == [source_row(s) for s in DATA.sources]
    with (site.root / "facts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == csv_columns()
    assert [r["id"] for r in rows] == list(DATA.facts)
    assert all(r["shown_as"] == by_id[r["id"]]["shown_as"] for r in rows)


def test_the_data_page_links_every_download(site):
    links = {a["href"] for a in site.article("data").select("a")}
    assert {"facts.json", "facts.csv", "sources.json", "facts.schema.json"} <= links


@pytest.fixture(scope="module")
def overdue_day():
    """The day after the earliest review date in the data."""
    dates = sorted(f.review_by for f in DATA.facts.values() if f.review_by)
    year, month, day = map(int, dates[0].split("-"))
    return f"{year + 1:04d}-{month:02d}-{day:02d}"


def test_a_build_after_a_review_date_names_the_overdue_facts_and_the_register_flags_them(tmp_path, overdue_day):
    result = sphinx_build(DOCS, tmp_path / "out", env={"PAKRU_TODAY": overdue_day})
    assert result.returncode == 0, result.stderr
    overdue = [f for f in DATA.facts.values() if f.review_by and f.review_by < overdue_day]
    assert overdue
    for fact in overdue:
        assert f"fact '{fact.id}' was due for review by {fact.review_by}" in result.stdout
    register = "".join(page.read_text(encoding="utf-8") for page in (tmp_path / "out" / "register").glob("*.html"))
    assert register.count("review overdue") == len(overdue)


def test_strict_mode_fails_on_unverified_facts_shown_in_pages(tmp_path):
    result = sphinx_build(DOCS, tmp_path / "out", "-D", "pakru_strict=1")
    assert result.returncode != 0
    unverified_in_prose = "fact 'mi35m-delivery' is shown in pages but unverified"
    assert unverified_in_prose in result.stderr
    assert "events.py:" in result.stderr
    one_source = (
        "fact 'soviet-invasion-afghanistan' is shown in pages but rests on one source; cite a primary source "
        "or an independent second one, or stop showing it"
    )
    assert one_source in result.stderr


def test_a_single_source_fact_carries_its_marker_and_its_status_in_the_register(site):
    fact = DATA.facts["soviet-invasion-afghanistan"]
    assert fact.status is Status.SINGLE_SOURCE
    markers = [m for m in site.article("history").select(".pakru-marker-single-source") if m.get_text() == "one source"]
    assert markers
    entry = site.register_entry(fact.id)
    assert entry.select_one("span.pakru-status-single-source:not(.pakru-fact)").get_text() == "one source"


def test_register_entries_come_in_the_order_a_reader_meets_them(site):
    navigation = site.page("index").select("div.toctree-wrapper a.reference")
    pages = ["index", *(link["href"].removesuffix(".html") for link in navigation)]
    met: list[str] = []
    for page in pages:
        if page == "register":
            continue
        for span in site.article(page).select("span.pakru-fact[data-fact]"):
            if span["data-fact"] not in met:
                met.append(span["data-fact"])
    index = site.article("register")
    for group in register_groups(DATA):
        ids = [fact.id for fact in group.facts]
        in_order = [fact for fact in met if fact in ids] + [fact for fact in ids if fact not in met]
        entries = site.article(f"register/{group.id}").select("div.pakru-register-entry")
        assert [entry["id"].removeprefix("fact-") for entry in entries] == in_order, group.id
        # The index lists the group's facts in the same order, each at its old permalink.
        lines = index.select(f"#group-{group.id} li")
        assert [line["id"].removeprefix("fact-") for line in lines] == in_order, group.id


def test_each_register_page_holds_only_its_group_and_the_index_links_to_every_entry(site):
    for group in register_groups(DATA):
        page = site.article(f"register/{group.id}")
        assert {e["id"] for e in page.select("div.pakru-register-entry")} == {f"fact-{f.id}" for f in group.facts}
    links = {a["href"] for a in site.article("register").select("li[id^=fact-] a")}
    assert links == {f"register/{group_of(fact)}.html#fact-{fact.id}" for fact in DATA.facts.values()}


def test_each_correction_is_a_section_headed_by_its_topic(site):
    corrections = site.article("corrections")
    for correction in DATA.corrections:
        section = corrections.find(id=f"correction-{correction.id}")
        assert section.name == "section"
        assert (
            section.find("h2").get_text().strip("¶ ").replace("“", '"').replace("”", '"').replace("’", "'")
            == correction.topic
        )
