"""Every sentence of the article that states a checkable fact cites a source.

The rule, as CONTRIBUTING.md states it: in the article's pages, each paragraph and each list
item written in the page carries a citation (the source numbers or status marker after a
fact, a {source} marker, or a link to a correction), unless it is marked with one of the classes in NEEDS_NO_CITATION,
such as the original article's view, worded as such.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from conftest import DOCS

from pakru_data import DATA
from pakru_data.sphinxext.page_sources import NEEDS_NO_CITATION, SECTION_ID

ARTICLE_PAGES = ["history", "challenges", "opportunities", "topics"]
# Blocks that directives build from the records carry the records' own citations (a
# timeline card's date, a chart's data table); the source list is the citations themselves.
BUILT_FROM_RECORDS = f"ol.timeline-default, .pakru-chart, .pakru-records, #{SECTION_ID}"
CITATION = "sup.pakru-cites, a[href^='corrections.html#correction-']"
SOURCE_ROLE = re.compile(r"\{source\}`([^`]+)`")


def prose_blocks(article: BeautifulSoup) -> list[BeautifulSoup]:
    """Each paragraph written in the page, and each list item that has no paragraph."""
    built = {id(block) for part in article.select(BUILT_FROM_RECORDS) for block in part.find_all(["p", "li"])}
    blocks = []
    for block in article.find_all(["p", "li"]):
        if id(block) in built or (block.name == "li" and block.find("p", recursive=False)):
            continue
        blocks.append(block)
    return blocks


def uncited(article: BeautifulSoup) -> list[str]:
    """The text of each block that states something without citing a source for it."""
    found = []
    for block in prose_blocks(article):
        if NEEDS_NO_CITATION.keys() & set(block.get("class", [])):
            continue
        if block.select_one(CITATION) is None:
            found.append(" ".join(block.get_text().split()))
    return found


def test_every_paragraph_and_list_item_of_the_article_cites_a_source_or_is_marked(site):
    for page in ARTICLE_PAGES:
        assert uncited(site.article(page)) == [], page


def test_the_rule_reports_an_uncited_sentence_and_accepts_marked_or_cited_ones():
    article = BeautifulSoup(
        "<article><ul><li><p>The USSR supported India.</p></li>"
        '<li><p class="article-view">The original article says so.</p></li>'
        '<li><p>On a day<sup class="pakru-cites"><a class="pakru-cite" href="#source-x">[1]</a></sup>.</p></li>'
        "<li>A list item with no paragraph.</li></ul></article>",
        "html.parser",
    )
    assert uncited(article) == ["The USSR supported India.", "A list item with no paragraph."]


def test_text_marked_as_the_articles_view_says_so(site):
    for page in ARTICLE_PAGES:
        for block in site.article(page).select(".article-view"):
            assert "original article" in block.get_text(), (page, block.get_text())


def sources_cited_with_the_role(page: str) -> list[str]:
    return SOURCE_ROLE.findall((DOCS / f"{page}.md").read_text(encoding="utf-8"))


def test_a_source_role_renders_a_numbered_citation_to_the_pages_source_list(site):
    cited = {page: sources_cited_with_the_role(page) for page in ARTICLE_PAGES}
    assert any(cited.values()), "no page uses {source}"
    for page, source_ids in cited.items():
        article = site.article(page)
        listed = [item["id"] for item in article.select(f"section#{SECTION_ID} li[id]")]
        for source_id in source_ids:
            anchor = f"source-{source_id}"
            assert anchor in listed, (page, source_id)
            link = article.select_one(f'sup.pakru-cites a.pakru-cite[href="#{anchor}"]')
            assert link is not None, (page, source_id)
            assert link.get_text() == f"[{listed.index(anchor) + 1}]"
            entry = article.find(id=anchor).get_text()
            assert DATA.source_by_id[source_id].title.replace("'", "’") in entry.replace("'", "’")


def test_sources_added_for_prose_were_read():
    for page in ARTICLE_PAGES:
        for source_id in sources_cited_with_the_role(page):
            assert DATA.source_by_id[source_id].accessed, source_id
