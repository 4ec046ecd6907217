"""``{pakru:chart}``: a bar chart drawn from the data, with its data table beside it.

The SVG comes from :mod:`pakru_data.charts` and goes into the page inline (so the
page's light and dark colours apply to it), named by its title and described by an
alternative text built from the data.  The table shows the same figures as facts,
with their sources and markers, and each figure is noted as used by the page.
"""

from __future__ import annotations

from dataclasses import replace

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from pakru_data import dependencies
from pakru_data.charts import Chart, alt_text, chart, svg
from pakru_data.sphinxext import domain, problems
from pakru_data.sphinxext.directives import table
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.render import (
    PAGE_TEXT,
    direction_of,
    fact_node,
    generates_text,
    locale_of,
    record_text,
    record_words,
)
from pakru_data.sphinxext.words import _


@generates_text
class FactChart(SphinxDirective):
    """``{pakru:chart} <chart id>``; the directive's content, if any, is the caption."""

    required_arguments = 1
    has_content = True

    def run(self) -> list[nodes.Node]:
        chart_id = self.arguments[0]
        domain.note_use(
            self.env, dependencies.record("chart", chart_id)
        )  # its figures and order, or re-read once it exists
        charts = data().chart_by_id
        if chart_id not in charts:
            problems.note_problem(
                self.env,
                self.get_location(),
                "unknown_chart",
                problems.unknown("chart", chart_id, charts),
            )
            return []
        drawn = chart(chart_id, data(), locale=locale_of(self.env), words=_)
        # Its title in the edition's language: the picture's name, and the table's heading.
        drawn = replace(drawn, title=record_text(self.env, charts[chart_id], "title")[0])
        # (label, figure) of each bar; a spec's chart has no gaps, which only trade series draw
        bars = [(bar.label, bar.figure) for bar in drawn.bars if bar.figure is not None]
        for _label, figure in bars:
            domain.note_use(self.env, dependencies.record("fact", figure.id))
        block = nodes.container(ids=[f"chart-{chart_id}"], classes=["pakru-chart"])
        block += chart_picture(self, drawn)
        # The "What" column only when the bars show different things.
        show_what = len({figure.label for _label, figure in bars}) > 1
        headers = [_("Bar"), _("What"), _("Value")] if show_what else [_("Bar"), _("Value")]
        rows: list[list[list[nodes.Node]]] = []
        for label, figure in bars:
            what: list[list[nodes.Node]] = [record_words(self.env, figure, "label")] if show_what else []
            rows.append([[nodes.Text(label)], *what, [fact_node(self.env, figure)]])
        block += data_and_caption(self, drawn, table(headers, rows, ["pakru-chart-table"]))
        if charts[chart_id].note:  # what a reader must know to compare the bars (where each share comes from)
            block += nodes.paragraph(
                "", "", *record_words(self.env, charts[chart_id], "note"), classes=["pakru-chart-note"]
            )
        self.set_source_info(block)
        return [block]


def chart_picture(directive: SphinxDirective, drawn: Chart) -> nodes.container:
    """A chart's drawing, inline SVG in the edition's direction; builders without HTML (text,
    doctest) show its alternative text instead."""
    picture = nodes.container(classes=["pakru-chart-picture"])
    picture += nodes.raw("", svg(drawn, words=_, direction=direction_of(directive.env)), format="html")
    picture += nodes.raw("", alt_text(drawn, words=_), format="text")
    return picture


def data_and_caption(directive: SphinxDirective, drawn: Chart, data_table: nodes.table) -> list[nodes.Node]:
    """A chart's data table, titled after the chart, then the directive's content as its
    caption (the page's own text, translated with the page)."""
    title = _("Data: {title}").format(title=drawn.title)
    data_table.insert(0, nodes.title(title, title))
    if not directive.content:
        return [data_table]
    caption = nodes.container(classes=["pakru-chart-caption"])
    caption[PAGE_TEXT] = True
    directive.state.nested_parse(directive.content, directive.content_offset, caption)
    return [data_table, caption]


def setup(app: Sphinx) -> None:
    app.add_directive_to_domain("pakru", "chart", FactChart)
