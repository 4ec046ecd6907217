"""Text that leaves the page is clean: link-preview and search-engine descriptions, the
search index and facts.csv hold the values, never the citation numbers ("[1]") or the
status markers ("corrected") that follow a fact on the page."""

from __future__ import annotations

import csv
import json
import re

from bs4 import BeautifulSoup
from sphinx.search.en import SearchEnglish

from pakru_data import DATA, format_fact
from pakru_data.sphinxext.page_sources import MARKER_TEXT

CITATION_NUMBER = re.compile(r"\[\d+\]")
MARKER_WORDS = sorted(MARKER_TEXT.values())
WORD = re.compile(r"\w+")


def reader_text(site, page: str) -> str:
    """The page's text as read aloud: no citation marks after facts, no ¶ heading links."""
    article = BeautifulSoup(str(site.article(page)), "html.parser")  # a copy: the site's is shared
    for element in article.select(".pakru-cites, .no-search, .headerlink"):
        element.decompose()
    return article.get_text(" ")


def descriptions(site, page: str) -> tuple[str, str]:
    head = site.page(page).head
    meta = head.find_all("meta", attrs={"name": "description"})
    opengraph = head.find_all("meta", attrs={"property": "og:description"})
    assert len(meta) == len(opengraph) == 1, page
    return meta[0]["content"], opengraph[0]["content"]


def test_meta_and_opengraph_descriptions_are_the_pages_own_words_without_citation_marks(site):
    for page in site.page_names:
        meta, opengraph = descriptions(site, page)
        assert meta == opengraph, page
        assert meta, page
        assert not CITATION_NUMBER.search(meta), (page, meta)
        assert set(WORD.findall(meta)) <= set(WORD.findall(reader_text(site, page))), (page, meta)


def test_a_description_reads_a_marked_figure_as_its_value_alone(site):
    fact = DATA.facts["india-share-of-russian-arms-exports-2021-25"]  # unverified: it carries a marker
    assert site.article("challenges").select_one(f'[data-fact="{fact.id}"] + sup .pakru-marker') is not None
    meta, _ = descriptions(site, "challenges")
    assert f"took {format_fact(fact)} of Russia" in meta.replace("’", "'")


def search_index(site) -> dict:
    text = (site.root / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def pages_indexed_under(index: dict, term: str) -> set[str]:
    numbers = index["terms"].get(term, [])
    numbers = [numbers] if isinstance(numbers, int) else numbers
    return {index["docnames"][number] for number in numbers}


def test_the_search_index_holds_the_pages_words_not_their_status_markers(site):
    index = search_index(site)
    stem = SearchEnglish({}).stem
    checked = []
    for page in site.page_names:
        words = {stem(word) for word in WORD.findall(reader_text(site, page))}
        for marker in MARKER_WORDS:
            if stem(marker) in words:
                continue  # the page's own prose uses the word
            assert page not in pages_indexed_under(index, stem(marker)), (page, marker)
            if site.article(page).select(f".pakru-marker-{marker}"):
                checked.append((page, marker))
    assert checked, "no page shows a status marker that its prose does not use"


def test_the_search_page_quotes_page_text_without_citation_marks(site):
    scripts = [script.get("src", "") for script in site.page("search").select("script")]
    assert scripts.index("_static/pakru-search.js") > scripts.index("_static/searchtools.js")
    code = (site.root / "_static" / "pakru-search.js").read_text(encoding="utf-8")
    assert ".no-search" in code and "Search.htmlToText" in code


def test_facts_csv_holds_values_not_citation_marks(site):
    with (site.root / "facts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        fact = DATA.facts[row["id"]]
        assert row["shown_as"] == format_fact(fact), row["id"]
        for column, cell in row.items():
            assert not CITATION_NUMBER.search(cell), (row["id"], column, cell)
            assert "{fact}" not in cell and "{source}" not in cell, (row["id"], column)
            if column != "status":
                assert not any(cell.endswith(marker) for marker in MARKER_WORDS), (row["id"], column, cell)
