"""Directives that build whole blocks from the data: the conclusion table, the
bibliography, the corrections list and the fact register."""

from __future__ import annotations

from urllib.parse import urlencode

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from pakru_data.formatting import format_fact
from pakru_data.model import Fact, Figure, Point
from pakru_data.sphinxext import domain
from pakru_data.sphinxext.render import citation, fact_node, locale_of, text_with_facts
from pakru_data.sphinxext.state import data


def point_link(point: Point) -> addnodes.pending_xref:
    """A link to the page section whose heading shows this point."""
    xref = addnodes.pending_xref(
        "", refdomain="pakru", reftype="point", reftarget=point.id, refexplicit=True, refwarn=True
    )
    xref += nodes.inline(point.heading, point.heading)
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


class ConclusionTable(SphinxDirective):
    """The conclusion table: each challenge beside the opportunity that answers it."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        domain.note_use(self.env, "all:conclusion")
        rows = []
        for row in dataset.conclusion:
            challenge = dataset.point_by_id[row.challenge]
            opportunity = dataset.point_by_id[row.opportunity]
            domain.note_use(self.env, f"point:{challenge.id}")
            domain.note_use(self.env, f"point:{opportunity.id}")
            rows.append([[nodes.Text("❌ "), point_link(challenge)], [nodes.Text("✅ "), point_link(opportunity)]])
        node = table(["Challenges", "Opportunities"], rows, ["pakru-conclusion"])
        self.set_source_info(node)
        return [node]


class Bibliography(SphinxDirective):
    """Every source pakru cites, then the original article's own references."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        domain.note_use(self.env, "all:sources")
        domain.note_use(self.env, "all:article_references")
        listing = nodes.bullet_list(classes=["pakru-bibliography"])
        for source in sorted(dataset.sources, key=lambda s: (s.publisher.lower(), s.title.lower())):
            item = nodes.list_item(ids=[f"bib-{source.id}"])
            item += nodes.paragraph("", "", *citation(self.env, source))
            listing += item
        original = nodes.section(ids=["the-original-article-s-references"])
        original += nodes.title("", "The original article's references")
        original += nodes.paragraph("", "The article named three sources. None of them could be found as named:")
        refs = nodes.bullet_list(classes=["pakru-article-references"])
        for reference in dataset.article_references:
            item = nodes.list_item(ids=[f"article-reference-{reference.id}"])
            status = "found" if reference.found else "not found"
            item += nodes.paragraph(
                "",
                "",
                nodes.emphasis(reference.cited_as, reference.cited_as),
                nodes.Text(f" ({status}). {reference.finding}"),
            )
            refs += item
        original += refs
        return [listing, original]


class CorrectionsList(SphinxDirective):
    """Every claim of the original article that the sources contradict or cannot confirm."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        pakru = domain.get_domain(self.env)
        domain.note_use(self.env, "all:corrections")
        result: list[nodes.Node] = []
        for correction in dataset.corrections:
            anchor = f"correction-{correction.id}"
            pakru.note_target(f"correction:{correction.id}", self.env.docname, anchor)
            block = nodes.container(
                ids=[anchor], classes=["pakru-correction", f"pakru-verdict-{correction.verdict.value}"]
            )
            block += nodes.paragraph(
                "",
                "",
                nodes.strong("", f"Verdict: {correction.verdict.value}"),
                nodes.Text(f" (article section: {correction.section})"),
            )
            quote = nodes.block_quote(classes=["pakru-article-said"])
            quote += nodes.paragraph(
                "",
                "",
                nodes.Text("The article said: "),
                nodes.emphasis(correction.article_said, correction.article_said),
            )
            block += quote
            block += nodes.paragraph(
                "", "", nodes.strong("", "What the sources say: "), *text_with_facts(self.env, correction.finding)
            )
            result.append(block)
        return result


class FactRegister(SphinxDirective):
    """Every fact, with its value, status, sources and id, each at ``#fact-<id>``."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        pakru = domain.get_domain(self.env)
        domain.note_use(self.env, "all:events")
        domain.note_use(self.env, "all:figures")
        result: list[nodes.Node] = []
        groups: list[tuple[str, list[Fact]]] = [("Dated events", [*dataset.events]), ("Figures", [*dataset.figures])]
        for title, records in groups:
            section = nodes.section(ids=[nodes.make_id(title)])
            section += nodes.title(title, title)
            rows: list[list[list[nodes.Node]]] = []
            for record in records:
                anchor = f"fact-{record.id}"
                pakru.note_target(f"fact:{record.id}", self.env.docname, anchor)
                id_cell: list[nodes.Node] = [nodes.target("", "", ids=[anchor]), nodes.literal(record.id, record.id)]
                value: list[nodes.Node] = [fact_node(self.env, record)]
                if isinstance(record, Figure) and record.period:
                    value.append(nodes.Text(f" ({format_fact(record, 'period', locale=locale_of(self.env))})"))
                rows.append(
                    [
                        id_cell,
                        [nodes.Text(record.label)],
                        value,
                        [nodes.Text(record.status.value)],
                        [nodes.Text(record.note), *self.suggest_link(record)],
                    ]
                )
            section += table(["Id", "What", "Value", "Status", "Notes"], rows, ["pakru-register"])
            result.append(section)
        return result

    def suggest_link(self, record: Fact) -> list[nodes.Node]:
        """A "suggest a correction" link to the correction issue form, prefilled with the
        fact's id and value, when ``pakru_issues_url`` is set in conf.py."""
        base: str | None = self.config.pakru_issues_url
        if not base:
            return []
        query = urlencode(
            {
                "template": "correction.yml",
                "title": f"Correction: {record.id}",
                "fact-id": record.id,
                "current-value": format_fact(record, locale=locale_of(self.env)),
            }
        )
        link = nodes.reference("", "Suggest a correction", refuri=f"{base}?{query}", classes=["pakru-suggest"])
        return [nodes.Text(" " if record.note else ""), link]


def setup(app: Sphinx) -> None:
    # The repository's "new issue" address, e.g. https://github.com/<owner>/<repo>/issues/new;
    # when set, each fact in the register links to the prefilled correction form.
    app.add_config_value("pakru_issues_url", None, "env", types=frozenset({str, type(None)}))
    app.add_directive("conclusion-table", ConclusionTable)
    app.add_directive("bibliography", Bibliography)
    app.add_directive("corrections-list", CorrectionsList)
    app.add_directive("fact-register", FactRegister)
