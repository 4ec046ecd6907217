"""The site's own changes in the built site (issue 20): the page "Changes to this site", the
line on a changed fact's register entry, a fact's ready citation, the Atom feed linked from
every page, and every fact in objects.inv, followed from another Sphinx project through
intersphinx."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from bs4 import BeautifulSoup
from conftest import ROOT, Site

from pakru_data import DATA, format_fact
from pakru_data.dates import PartialDate
from pakru_data.formatting import format_date_at_precision
from pakru_data.model import SiteChange
from pakru_data.register_groups import group_of
from pakru_data.sphinxext.page_sources import STATUS_WORDS

ATOM = "{http://www.w3.org/2005/Atom}"
CHANGE = next(c for c in DATA.site_changes if c.removed is None and "date" in c.was)  # a day given to a date
REMOVED = next(c for c in DATA.site_changes if c.removed is not None)


def old_value(change: SiteChange, locale: str = "en") -> str:
    fact = change.removed or dataclasses.replace(DATA.facts[change.facts[0]], **change.was)  # type: ignore[arg-type]
    return format_fact(fact, locale=locale)


def test_the_changes_page_lists_every_change_newest_first_with_was_now_why_and_sources(site: Site) -> None:
    article = site.article("site-changes")
    entries = article.select("section.pakru-site-change")
    assert [e["id"] for e in entries] == [
        f"change-{c.id}" for c in sorted(DATA.site_changes, key=lambda c: c.changed, reverse=True)
    ], "newest day first; one day's changes in the order the log writes them"
    entry = article.find(id=f"change-{CHANGE.id}")
    text = entry.get_text(" ", strip=True)
    assert entry.find(["h2", "h3"]).get_text(" ", strip=True).startswith(DATA.facts[CHANGE.facts[0]].label)
    changed = format_date_at_precision(PartialDate.parse(CHANGE.changed))
    assert f"Changed on {changed}" in text
    assert f"It was: {old_value(CHANGE)}" in text
    assert f"It is now: {format_fact(DATA.facts[CHANGE.facts[0]])}" in text
    assert "Why: " + CHANGE.why in text
    for source_id in CHANGE.sources:
        assert DATA.source_by_id[source_id].publisher in text
    assert CHANGE.commit[:7] in text
    register = entry.find("a", string="The fact in the register")
    assert register["href"].endswith(f"#fact-{CHANGE.facts[0]}")
    # A fact taken off the site keeps its old value, and says it is gone.
    removed = article.find(id=f"change-{REMOVED.id}").get_text(" ", strip=True)
    assert f"It was: {old_value(REMOVED)}" in removed
    assert "It was taken off the site." in removed


RELABELLED = next(c for c in DATA.site_changes if len(c.facts) > 1 and set(c.was) == {"status"})
SEVERAL = next(c for c in DATA.site_changes if len(c.facts) > 1 and set(c.was) != {"status"})


def test_a_change_of_many_facts_alike_says_it_once_and_folds_their_list(site: Site) -> None:
    entry = site.article("site-changes").find(id=f"change-{RELABELLED.id}")
    assert entry.find(["h2", "h3"]).get_text(" ", strip=True).startswith(RELABELLED.title)
    values = [li.get_text(" ", strip=True) for li in entry.select("ul.pakru-change-values > li")]
    now = {DATA.facts[f].status for f in RELABELLED.facts}
    assert values == [f"It was: {STATUS_WORDS[RELABELLED.was['status']]}", f"It is now: {STATUS_WORDS[now.pop()]}"]
    folded = entry.select_one("details.pakru-folded")
    assert folded.summary.get_text(strip=True) == f"The facts it changed ({len(RELABELLED.facts)})"
    links = [a["href"].partition("#")[2] for a in folded.select("a")]
    assert sorted(links) == sorted(f"fact-{f}" for f in RELABELLED.facts)
    assert "No new source settled it" in entry.get_text(" ", strip=True)
    # Each relabelled fact's register entry says so, with its value as it was.
    fact = DATA.facts[RELABELLED.facts[0]]
    text = site.register_entry(fact.id).get_text(" ", strip=True)
    assert f"was {format_fact(fact)} ({STATUS_WORDS[RELABELLED.was['status']]})" in text


def test_a_change_of_several_facts_that_differ_lists_each_with_what_it_was(site: Site) -> None:
    entry = site.article("site-changes").find(id=f"change-{SEVERAL.id}")
    assert entry.find(["h2", "h3"]).get_text(" ", strip=True).startswith(SEVERAL.title)
    assert not entry.select("ul.pakru-change-values")
    items = {li.a["href"].partition("#")[2]: li for li in entry.select("details.pakru-folded li")}
    assert sorted(items) == sorted(f"fact-{f}" for f in SEVERAL.facts)
    for fact_id in SEVERAL.facts:
        fact, item = DATA.facts[fact_id], items[f"fact-{fact_id}"]
        text = item.get_text(" ", strip=True)
        assert text.startswith(fact.label)
        assert f"was {old_value(dataclasses.replace(SEVERAL, facts=(fact_id,)))}" in text
        assert f"is now {format_fact(fact)}" in text


def test_the_changes_page_is_beside_the_corrections_in_the_navigation(site: Site) -> None:
    toc = [a["href"] for a in site.page("index").select(".toctree-wrapper a")]
    assert toc.index("site-changes.html") == toc.index("corrections.html") + 1


def test_a_changed_facts_register_entry_says_when_and_what_it_was(site: Site) -> None:
    entry = site.register_entry(CHANGE.facts[0])
    assert entry is not None
    text = entry.get_text(" ", strip=True)
    changed = format_date_at_precision(PartialDate.parse(CHANGE.changed))
    assert f"changed on {changed}: was {old_value(CHANGE)}" in text
    whys = [a["href"] for a in entry.find_all("a", string="why")]  # one per change, newest first
    assert f"../site-changes.html#change-{CHANGE.id}" in whys
    assert len(whys) == len(DATA.changes_of(CHANGE.facts[0]))
    unchanged = site.register_entry("tashkent-declaration")
    assert "changed on" not in unchanged.get_text(" ", strip=True)


def test_every_register_entry_offers_its_permalink_and_a_citation(site: Site) -> None:
    fact = DATA.facts["trade-pak-russia-fy2023"]
    entry = site.register_entry(fact.id)
    page = f"register/{group_of(fact)}.html"
    permalink = entry.select_one("a.pakru-permalink")["href"]
    assert permalink == f"https://example.org/pakru/{page}#fact-{fact.id}"
    plain = entry.select_one(".pakru-cite-text").get_text().strip()
    as_of = format_date_at_precision(DATA.as_of(fact))
    status = STATUS_WORDS[fact.status]
    assert plain.startswith(f"pakru, “{fact.label}”: {format_fact(fact)} ({status}; value as of {as_of}")
    assert plain.endswith(f"Fact {fact.id}. {permalink}")
    # Shown as written, to copy: plain <pre>, no highlighting; BibTeX left to right in every edition.
    assert entry.select_one("pre.pakru-cite-bibtex")["dir"] == "ltr"
    assert not entry.select(".pakru-cite-text span, .pakru-cite-bibtex span")
    bibtex = entry.select_one(".pakru-cite-bibtex").get_text()
    assert bibtex.startswith(f"@misc{{pakru-{fact.id},")
    assert f"howpublished = {{\\url{{{permalink}}}}}" in bibtex
    assert f"year = {{{DATA.as_of(fact).year}}}" in bibtex
    assert bibtex.count("{") == bibtex.count("}")


def parse_feed(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{ATOM}feed"
    return root


def check_atom(feed: ET.Element, language: str) -> list[ET.Element]:
    """What RFC 4287 asks of a feed and its entries; the entries."""
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    entries = feed.findall(f"{ATOM}entry")
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(ids) == len(set(ids)) == len(DATA.site_changes) + len(DATA.corrections)
    for entry in entries:
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None, required
        assert entry.findtext(f"{ATOM}id").startswith(f"tag:example.org,2026:pakru/{language}/")
    return entries


def test_the_feed_is_atom_with_every_change_and_correction_and_stable_ids(site: Site) -> None:
    feed = parse_feed(site.root / "feed.atom")
    entries = check_atom(feed, "en")
    by_id = {entry.findtext(f"{ATOM}id"): entry for entry in entries}
    change = by_id[f"tag:example.org,2026:pakru/en/change/{CHANGE.id}"]
    assert change.findtext(f"{ATOM}title") == f"Changed: {DATA.facts[CHANGE.facts[0]].label}"
    assert change.findtext(f"{ATOM}updated").startswith(CHANGE.changed)
    link = change.find(f"{ATOM}link").get("href")
    assert link == f"https://example.org/pakru/site-changes.html#change-{CHANGE.id}"
    assert f"It was: {old_value(CHANGE)}" in change.findtext(f"{ATOM}summary")
    several = by_id[f"tag:example.org,2026:pakru/en/change/{SEVERAL.id}"]
    assert several.findtext(f"{ATOM}title") == f"Changed: {SEVERAL.title}"
    first = DATA.facts[SEVERAL.facts[0]]
    assert f"{first.label}: was " in several.findtext(f"{ATOM}summary")
    correction = DATA.corrections[0]
    entry = by_id[f"tag:example.org,2026:pakru/en/correction/{correction.id}"]
    assert entry.findtext(f"{ATOM}title") == f"Correction: {correction.topic}"
    assert entry.find(f"{ATOM}link").get("href").endswith(f"corrections.html#correction-{correction.id}")
    assert "{fact}" not in entry.findtext(f"{ATOM}summary")  # facts are shown as their values
    # The links the entries give land on their anchors.
    for entry in entries:
        url, anchor = urldefrag(entry.find(f"{ATOM}link").get("href"))
        page = urlsplit(url).path.removeprefix("/pakru/")
        assert BeautifulSoup((site.root / page).read_text(encoding="utf-8"), "html.parser").find(id=anchor), url


def test_every_page_links_the_feed_in_its_head(site: Site) -> None:
    for name in site.page_names:
        links = site.page(name).head.select('link[rel="alternate"][type="application/atom+xml"]')
        assert len(links) == 1, name
        assert links[0]["hreflang"] == "en"
        assert links[0]["title"] == "pakru: changes to this site and corrections to the article"
        assert (site.root / name).parent.joinpath(links[0]["href"]).resolve() == (site.root / "feed.atom").resolve()


def test_objects_inv_lists_every_fact_correction_and_change(site: Site) -> None:
    from sphinx.util.inventory import InventoryFile

    inventory = InventoryFile.loads((site.root / "objects.inv").read_bytes(), uri="")
    facts = inventory.data["pakru:fact"] if hasattr(inventory, "data") else inventory["pakru:fact"]
    assert set(facts) == set(DATA.facts)
    labels = inventory.data["std:label"] if hasattr(inventory, "data") else inventory["std:label"]
    assert {f"fact-{fact_id}" for fact_id in DATA.facts} <= set(labels)
    for kind, records in (("pakru:correction", DATA.corrections), ("pakru:site-change", DATA.site_changes)):
        listed = inventory.data[kind] if hasattr(inventory, "data") else inventory[kind]
        assert set(listed) == {record.id for record in records}


def test_another_sphinx_project_links_to_a_fact_through_intersphinx(site: Site, tmp_path: Path) -> None:
    """A small project whose intersphinx points at the built site's objects.inv (a local
    file: no network) links to a fact; the link lands on the fact's register entry."""
    fact = DATA.facts["tashkent-declaration"]
    project = tmp_path / "other"
    project.mkdir()
    (project / "conf.py").write_text(
        "extensions = ['sphinx.ext.intersphinx']\n"
        f"intersphinx_mapping = {{'pakru': ({str(site.root)!r}, {str(site.root / 'objects.inv')!r})}}\n",
        encoding="utf-8",
    )
    (project / "index.rst").write_text(
        "Other\n=====\n\n"
        "See :external+pakru:ref:`fact-tashkent-declaration`, and :ref:`pakru:fact-tashkent-declaration`.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    command = [sys.executable, "-m", "sphinx", "-q", "-W", "-b", "html", "--no-color", str(project), str(out)]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    links = [a for a in page.select("a.reference.external") if "fact-tashkent-declaration" in a["href"]]
    assert len(links) == 2
    for link in links:
        assert link.get_text() == fact.label
        target, anchor = urldefrag(link["href"])
        assert Path(target) == site.root / f"register/{group_of(fact)}.html"
        entry = BeautifulSoup(Path(target).read_text(encoding="utf-8"), "html.parser").find(id=anchor)
        assert entry is not None and format_fact(fact) in entry.get_text(" ", strip=True)
