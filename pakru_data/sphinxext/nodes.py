"""Nodes that carry a fact's identity, and its citations, into the HTML."""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator


class fact_value(nodes.inline):  # noqa: N801 - docutils names nodes in lower case
    """A fact's value as shown in a page ({fact}`id`, or a table's cell); ``fact_id`` names its record."""


class point(nodes.inline):  # noqa: N801
    """A challenge's or opportunity's heading text."""


class source_ref(nodes.Inline, nodes.Element):  # noqa: N801
    """Where {source}`id` cites a source; the page's source list numbers it (``source_id``)."""


class citations(nodes.superscript):  # noqa: N801
    """The numbered links to the page's sources, and a status marker, after a fact or a
    {source}.  Apparatus, not text: what leaves the page (search, descriptions) skips it."""


def visit_fact_html(self: HTML5Translator, node: fact_value) -> None:
    # data-fact and the title let readers find the fact's id on hover.
    self.body.append(
        self.starttag(
            node,
            "span",
            "",
            CLASS="pakru-fact",
            **{
                "data-fact": node["fact_id"],
                "data-variant": node["variant"],
                "title": node.get("tooltip") or f"fact: {node['fact_id']} ({node['status']})",
            },
        )
    )


def depart_fact_html(self: HTML5Translator, node: fact_value) -> None:
    self.body.append("</span>")


def setup(app: Sphinx) -> None:
    # Other builders fall back to the inline visitors (Sphinx dispatches along the MRO).
    app.add_node(fact_value, html=(visit_fact_html, depart_fact_html))
    app.add_node(point)
    app.add_node(source_ref)
    app.add_node(citations)
