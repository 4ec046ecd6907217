"""The data downloads: facts.json, facts.csv, sources.json and facts.schema.json are
written into the HTML output from the same records as the pages, and the
``{pakru:downloads}`` directive lists them with links that work from any page depth."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from pakru_data.exports import exports
from pakru_data.formatting import punctuation
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.render import generates_text, locale_of
from pakru_data.sphinxext.words import N_, _

# What each file holds, in the edition's language (the extension's catalogue).
DOWNLOADS = {
    "facts.json": N_("every fact: id, value, unit, dates, status, sources, as-of and review dates"),
    "facts.csv": N_("the same facts as a spreadsheet, one row per fact"),
    "sources.json": N_("every source: publisher, title, address, publication and access dates"),
    "facts.schema.json": N_("the JSON Schema that facts.json follows"),
    "trade.json": N_("the trade series: each partner and year, with exports, imports, total, basis and sources"),
    "trade.csv": N_("the same trade series as a spreadsheet, one row per partner and year"),
    "trade.schema.json": N_("the JSON Schema that trade.json follows"),
}


class download_link(nodes.reference):  # noqa: N801 - docutils naming
    """A link to a generated file in the output root; its address is set per page."""


class book_downloads(nodes.General, nodes.Element):  # noqa: N801 - docutils naming
    """Where the links to the edition's books go, filled once the page is written (books.py)."""


@generates_text
class DataDownloads(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        # The list names the files, not their contents (written at the end of every
        # build), so the page does not depend on any record.
        listing = nodes.bullet_list(classes=["pakru-downloads"])
        full_stop = punctuation(locale_of(self.env)).full_stop  # Urdu's ۔
        for name, what in DOWNLOADS.items():
            link = download_link("", "", nodes.literal(name, name), export=name)
            listing += nodes.list_item("", nodes.paragraph("", "", link, nodes.Text(f": {_(what)}{full_stop}")))
        # The edition's PDF and EPUB first, filled in when the page is written (books.py).
        return [book_downloads(), listing]


def set_download_addresses(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    page = app.builder.get_target_uri(docname)
    for node in doctree.findall(download_link):
        node["refuri"] = relative_uri(page, node["export"])


def write_downloads(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.name not in {"html", "dirhtml"}:
        return  # the books (epub, singlehtml) link to the site's files instead
    for name, content in exports(data(), locale_of(app.env)).items():
        path = Path(app.outdir) / name
        # Rewrite only on change, so an unchanged rebuild leaves the files alone.
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")


def setup(app: Sphinx) -> None:
    app.add_node(download_link)
    app.add_directive_to_domain("pakru", "downloads", DataDownloads)
    app.connect("doctree-resolved", set_download_addresses)
    app.connect("build-finished", write_downloads)
