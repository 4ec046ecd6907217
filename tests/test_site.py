"""Consistency of the built site: facts, tables and sources agree on every page."""

from __future__ import annotations

from collections import defaultdict

from pakru_data import DATA, format_fact
from pakru_data.sphinxext.page_sources import UNCITED_VARIANTS
from pakru_data.sphinxext.record_tables import UNCITED


def test_every_article_section_has_its_page(site):
    for name in [
        "index",
        "history",
        "challenges",
        "opportunities",
        "conclusion",
        "references",
        "timeline",
        "corrections",
    ]:
        assert (site.root / f"{name}.html").exists(), name


def test_every_fact_renders_identically_wherever_it_appears(site):
    shown = defaultdict(set)
    for name in site.page_names:
        for span in site.page(name).select("span.pakru-fact[data-fact]"):
            shown[(span["data-fact"], span["data-variant"])].add(span.get_text())
    assert shown, "no facts found in the built pages"
    for (fact_id, variant), texts in shown.items():
        assert texts == {format_fact(DATA.facts[fact_id], variant)}, (fact_id, variant, texts)


def test_the_russian_oil_date_is_one_fact_shown_identically_in_history_and_opportunities(site):
    def oil_dates(page):
        return {s.get_text() for s in site.article(page).select('span.pakru-fact[data-fact="russian-oil-first-cargo"]')}

    expected = {format_fact(DATA.facts["russian-oil-first-cargo"])}
    assert oil_dates("history") == expected
    assert oil_dates("opportunities") == expected


def test_the_conclusion_table_matches_the_challenge_and_opportunity_headings(site):
    def headings(page):
        return {span.get_text() for span in site.article(page).select("h2 span.pakru-point")}

    table = site.article("conclusion").select_one("table")
    rows = [[cell.get_text().strip(" ✘✔") for cell in row.select("td")] for row in table.select("tbody tr")]
    assert len(headings("challenges")) == len(DATA.challenges)
    assert {row[0] for row in rows} == headings("challenges")
    assert {row[1] for row in rows} == headings("opportunities")
    assert len(rows) == len(DATA.conclusion)


def test_conclusion_cells_link_to_the_headings_they_name(site):
    table = site.article("conclusion").select_one("table")
    for link in table.select("a"):
        page, _, anchor = link["href"].partition("#")
        target = site.page(page.removesuffix(".html")).find(id=anchor)
        assert target is not None, link["href"]
        assert link.get_text().strip() in target.get_text()


def test_each_page_lists_the_sources_of_the_facts_it_shows_and_each_fact_links_there(site):
    for name in site.page_names:
        article = site.article(name)
        # A list marked uncited (an era's list on a page that is not the timeline) leaves its rows' sources to the
        # timeline page, which cites them.
        facts = article.select(f"span.pakru-fact:not(.{UNCITED} span)")
        if not facts or name == "register" or name.startswith("register/"):
            continue  # the register cites each fact's sources in its entry
        section = article.select_one("section#sources-for-this-page")
        assert section is not None, f"{name} shows facts but lists no sources"
        listed = {item["id"].removeprefix("source-") for item in section.select("li[id]")}
        for span in facts:
            fact = DATA.facts[span["data-fact"]]
            assert set(fact.sources) <= listed, (name, fact.id)
        for link in article.select("a.pakru-cite"):
            assert article.find(id=link["href"].lstrip("#")) is not None, (name, link["href"])


def test_corrected_and_unverified_facts_carry_a_marker_that_links_to_why(site):
    for name in ["history", "opportunities", "topics"]:
        for span in site.article(name).select(f"span.pakru-fact:not(.{UNCITED} span)"):
            status = DATA.facts[span["data-fact"]].status.value
            if status == "verified" or span["data-variant"] in UNCITED_VARIANTS:
                continue
            marker = span.find_next_sibling("sup").select_one(f".pakru-marker-{status}")
            assert marker is not None, (name, span["data-fact"])
            assert marker.find_parent("a")["href"], (name, span["data-fact"])


def test_the_history_page_has_one_timeline_per_era_with_dates_at_their_own_precision(site):
    timelines = site.article("history").select("ol.timeline-default")
    assert len(timelines) == len(DATA.eras)
    for timeline, era in zip(timelines, DATA.eras, strict=True):
        dates = [card.select_one(".pakru-card-date").get_text() for card in timeline.select(".tl-item-content")]
        # The strips show the story's events; the reference records are in lists (test_relations).
        events = [e for e in DATA.events_in_era(era.id) if e.story]
        assert [d.split("[")[0].removesuffix("corrected").removesuffix("unverified") for d in dates] == [
            format_fact(e) for e in events
        ]


def test_the_full_timeline_shows_every_event(site):
    rows = site.article("timeline").select("table.pakru-event-list tbody tr")
    shown = [row.select_one("span.pakru-fact")["data-fact"] for row in rows]
    assert sorted(shown) == sorted(event.id for event in DATA.events)


def test_the_references_page_lists_every_source_and_the_articles_missing_references(site):
    article = site.article("references")
    for source in DATA.sources:
        assert article.find(id=f"bib-{source.id}") is not None, source.id
    for reference in DATA.article_references:
        item = article.find(id=f"article-reference-{reference.id}")
        assert item is not None and "not found" in item.get_text()


def test_pages_carry_no_script_but_structured_data(site):
    for name in site.page_names:
        for script in site.article(name).find_all("script"):
            assert script.get("type") == "application/ld+json", name
