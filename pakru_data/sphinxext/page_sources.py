"""The list of sources at the end of each page, and the links from each fact to it.

Runs as a transform while a page is read, so the list is part of the page's own
doctree (and its table of contents), and is rebuilt whenever a fact it lists changes.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from pakru_data import dependencies
from pakru_data.model import Fact, Status
from pakru_data.sphinxext import domain
from pakru_data.sphinxext import nodes as pakru_nodes
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.render import citation_paragraph
from pakru_data.sphinxext.words import N_, _

SECTION_TITLE = N_("Sources for this page")
SECTION_ID = "sources-for-this-page"
UNCITED_VARIANTS = ("period", "label")
# The article pages cite a source in every paragraph and list item, except those marked
# with one of these classes (MyST block attributes: a line `{.article-view}` just before
# the paragraph).  Each says why the text needs no source of its own.
SITE_NOTE = "site-note"
NEEDS_NO_CITATION = {
    "article-view": "the original article's view or framing, and the sentence says so",
    "intro": "an opening line that sums up what the cited text below it shows",
    SITE_NOTE: "text about this site itself, such as how to read a timeline",
}
MARKER_TEXT = {
    Status.CORRECTED: N_("corrected"),
    Status.DISPUTED: N_("disputed"),
    Status.SINGLE_SOURCE: N_("one source"),
    Status.UNVERIFIED: N_("unverified"),
}
# Each status as the register's Status field names it: the markers' words, and "verified".
STATUS_WORDS = {Status.VERIFIED: N_("verified"), **MARKER_TEXT}


def source_anchor(source_id: str) -> str:
    return f"source-{source_id}"


class PageSources(SphinxTransform):
    default_priority = 500

    def apply(self, **kwargs: object) -> None:
        citing = list(self.document.findall(self.is_citing))
        if not citing:
            return
        numbers: dict[str, int] = {}  # source id -> its number on this page, in page order
        for node in citing:
            if isinstance(node, pakru_nodes.source_ref):
                node.replace_self(self.citation_marks([node["source_id"]], numbers))
            elif isinstance(node, pakru_nodes.fact_value):
                self.cite_fact(node, numbers)
        self.append_source_list(numbers)

    def cite_fact(self, node: pakru_nodes.fact_value, numbers: dict[str, int]) -> None:
        """The fact's source numbers, and any status marker, right after its value."""
        record = data().facts[node["fact_id"]]
        marks = self.citation_marks(list(record.cited_source_ids), numbers, self.status_marker(record))
        if marks.children:
            node.parent.insert(node.parent.index(node) + 1, marks)

    def is_citing(self, node: nodes.Node) -> bool:
        """A {source}, or a fact whose sources are cited where it stands; in page order."""
        if isinstance(node, pakru_nodes.source_ref):
            return True
        return isinstance(node, pakru_nodes.fact_value) and self.cites(node)

    @staticmethod
    def citation_marks(
        source_ids: list[str], numbers: dict[str, int], marker: nodes.Node | None = None
    ) -> pakru_nodes.citations:
        """'[1][2]' linking to the page's source list (numbered as first cited), then a marker.
        Marked 'no-search', so the search index holds the page's words, not these."""
        marks = pakru_nodes.citations("", "", classes=["pakru-cites", "no-search"])
        for source_id in source_ids:
            number = numbers.setdefault(source_id, len(numbers) + 1)
            marks += nodes.reference("", f"[{number}]", refid=source_anchor(source_id), classes=["pakru-cite"])
        if marker is not None:
            marks += marker
        return marks

    @staticmethod
    def cites(node: pakru_nodes.fact_value) -> bool:
        """Sources and markers go after a fact's value, not after its period or label
        (they would repeat right beside the value), nor where a block lists them itself."""
        return bool(node.get("cite", True)) and node["variant"] not in UNCITED_VARIANTS

    def status_marker(self, record: Fact) -> nodes.Node | None:
        """Corrected, disputed, single-source and unverified facts say so, and link to why."""
        english = MARKER_TEXT.get(record.status)
        if english is None:
            return None
        text = _(english)
        corrections = data().corrections_of(record.id)
        target_type, target = ("correction", corrections[0].id) if corrections else ("entry", record.id)
        xref = addnodes.pending_xref(
            "", refdomain="pakru", reftype=target_type, reftarget=target, refexplicit=True, refwarn=True
        )
        xref += nodes.inline(text, text, classes=["pakru-marker", f"pakru-marker-{record.status.value}"])
        return xref

    def append_source_list(self, numbers: dict[str, int]) -> None:
        dataset = data()
        section = nodes.section(ids=[SECTION_ID], classes=["pakru-page-sources"])
        section += nodes.title(_(SECTION_TITLE), _(SECTION_TITLE))
        listing = nodes.enumerated_list(enumtype="arabic")
        for source_id in numbers:
            domain.note_use(self.env, dependencies.record("source", source_id))
            item = nodes.list_item(ids=[source_anchor(source_id)])
            item += citation_paragraph(self.env, dataset.source_by_id[source_id])
            listing += item
        section += listing
        top = self.document.next_node(nodes.section)
        (top if top is not None else self.document).append(section)


def setup(app: Sphinx) -> None:
    app.add_transform(PageSources)
