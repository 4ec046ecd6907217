"""Directives that build whole blocks from the data: the conclusion table, the
bibliography, and a record shown as written.  The register, corrections and downloads
are in ``provenance``."""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from pakru_data import dependencies
from pakru_data.model import Fact, Point, Source
from pakru_data.records_as_written import as_written
from pakru_data.sphinxext import domain, problems
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.render import citation_paragraph, generates_text, record_words
from pakru_data.sphinxext.words import _


def point_link(env: BuildEnvironment, point: Point) -> addnodes.pending_xref:
    """A link to the page section whose heading shows this point."""
    xref = addnodes.pending_xref(
        "", refdomain="pakru", reftype="point", reftarget=point.id, refexplicit=True, refwarn=True
    )
    xref += nodes.inline("", "", *record_words(env, point, "heading"))
    return xref


def table(headers: list[str], rows: list[list[list[nodes.Node]]], classes: list[str]) -> nodes.table:
    """A docutils table from header texts and rows of cell contents."""
    node = nodes.table(classes=classes)
    group = nodes.tgroup(cols=len(headers))
    node += group
    group += [nodes.colspec(colwidth=1) for _ in headers]
    head = nodes.thead()
    head += nodes.row("", *(nodes.entry("", nodes.paragraph(text=h)) for h in headers))
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += nodes.row("", *(nodes.entry("", nodes.paragraph("", "", *cell)) for cell in cells))
    group += body
    return node


@generates_text
class ConclusionTable(SphinxDirective):
    """The conclusion table: each challenge beside the opportunity that answers it."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        domain.note_use(self.env, dependencies.collection("conclusion"))
        rows = []
        for row in dataset.conclusion:
            challenge = dataset.point_by_id[row.challenge]
            opportunity = dataset.point_by_id[row.opportunity]
            domain.note_use(self.env, dependencies.record("point", challenge.id))
            domain.note_use(self.env, dependencies.record("point", opportunity.id))
            rows.append(
                [
                    [nodes.Text("✘ "), point_link(self.env, challenge)],
                    [nodes.Text("✔ "), point_link(self.env, opportunity)],
                ]
            )
        node = table([_("Challenges"), _("Opportunities")], rows, ["pakru-conclusion"])
        self.set_source_info(node)
        return [node]


@generates_text
class Bibliography(SphinxDirective):
    """Every source pakru cites, sorted by publisher."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        domain.note_use(self.env, dependencies.collection("sources"))
        listing = nodes.bullet_list(classes=["pakru-bibliography"])
        for source in sorted(dataset.sources, key=lambda s: (s.publisher.lower(), s.title.lower())):
            item = nodes.list_item(ids=[f"bib-{source.id}"])
            item += citation_paragraph(self.env, source)
            listing += item
        return [listing]


@generates_text
class RecordAsWritten(SphinxDirective):
    """``{pakru:record-as-written} <fact or source id>``: the record's Python code, exactly as
    it is in pakru_data today, for pages that show contributors a real record."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        dataset = data()
        record_id = self.arguments[0]
        records: dict[str, Fact | Source] = {**dataset.source_by_id, **dataset.facts}
        domain.note_use(self.env, dependencies.written(record_id))
        record = records.get(record_id)
        if record is None:
            problems.note_problem(
                self.env,
                self.get_location(),
                "unknown_record",
                problems.unknown("record", record_id, records, called="fact or source"),
            )
            return []
        code = as_written(record)
        block = nodes.literal_block(code, code, language="python")
        self.set_source_info(block)
        return [block]


def setup(app: Sphinx) -> None:
    app.add_directive_to_domain("pakru", "conclusion-table", ConclusionTable)
    app.add_directive_to_domain("pakru", "bibliography", Bibliography)
    app.add_directive_to_domain("pakru", "record-as-written", RecordAsWritten)
