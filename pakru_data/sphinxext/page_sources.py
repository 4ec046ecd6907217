"""The list of sources at the end of each page, and the links from each fact to it.

Runs as a transform while a page is read, so the list is part of the page's own
doctree (and its table of contents), and is rebuilt whenever a fact it lists changes.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from pakru_data.model import Fact, Status
from pakru_data.sphinxext import domain
from pakru_data.sphinxext import nodes as pakru_nodes
from pakru_data.sphinxext.render import citation
from pakru_data.sphinxext.state import data

SECTION_TITLE = "Sources for this page"
UNCITED_VARIANTS = ("period", "label")
MARKER_TEXT = {
    Status.CORRECTED: "corrected",
    Status.DISPUTED: "disputed",
    Status.UNVERIFIED: "unverified",
}


def source_anchor(source_id: str) -> str:
    return f"source-{source_id}"


def cited_sources(record: Fact) -> list[str]:
    """A fact's sources, its own first, then those of each version of a disputed figure."""
    ids = list(record.sources)
    for version in getattr(record, "versions", ()):
        ids += [s for s in version.sources if s not in ids]
    return ids


class PageSources(SphinxTransform):
    default_priority = 500

    def apply(self, **kwargs: object) -> None:
        facts = [node for node in self.document.findall(pakru_nodes.fact) if self.cites(node)]
        if not facts:
            return
        dataset = data()
        numbers: dict[str, int] = {}
        for node in facts:
            record = dataset.facts[node["fact_id"]]
            links: list[nodes.Node] = []
            for source_id in cited_sources(record):
                number = numbers.setdefault(source_id, len(numbers) + 1)
                links.append(nodes.reference("", f"[{number}]", refid=source_anchor(source_id), classes=["pakru-cite"]))
            marker = self.status_marker(record)
            if marker is not None:
                links.append(marker)
            if links:
                sup = nodes.superscript("", "", *links, classes=["pakru-cites"])
                node.parent.insert(node.parent.index(node) + 1, sup)
        self.append_source_list(numbers)

    @staticmethod
    def cites(node: pakru_nodes.fact) -> bool:
        """Sources and markers go after a fact's value, not after its period or label
        (they would repeat right beside the value), nor where a block lists them itself."""
        return bool(node.get("cite", True)) and node["variant"] not in UNCITED_VARIANTS

    def status_marker(self, record: Fact) -> nodes.Node | None:
        """Corrected, disputed and unverified facts say so, and link to why."""
        text = MARKER_TEXT.get(record.status)
        if text is None:
            return None
        corrections = data().corrections_of(record.id)
        target_type, target = ("correction", corrections[0].id) if corrections else ("fact", record.id)
        xref = addnodes.pending_xref(
            "", refdomain="pakru", reftype=target_type, reftarget=target, refexplicit=True, refwarn=True
        )
        xref += nodes.inline(text, text, classes=["pakru-marker", f"pakru-marker-{record.status.value}"])
        return xref

    def append_source_list(self, numbers: dict[str, int]) -> None:
        dataset = data()
        section = nodes.section(ids=["sources-for-this-page"], classes=["pakru-page-sources"])
        section += nodes.title(SECTION_TITLE, SECTION_TITLE)
        listing = nodes.enumerated_list(enumtype="arabic")
        for source_id in numbers:
            domain.note_use(self.env, f"source:{source_id}")
            item = nodes.list_item(ids=[source_anchor(source_id)])
            item += nodes.paragraph("", "", *citation(self.env, dataset.source_by_id[source_id]))
            listing += item
        section += listing
        top = self.document.next_node(nodes.section)
        (top if top is not None else self.document).append(section)


def setup(app: Sphinx) -> None:
    app.add_transform(PageSources)
