"""Nodes that carry a fact's identity into the HTML."""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator


class fact(nodes.inline):  # noqa: N801 - docutils names nodes in lower case
    """A fact's value as shown in a page; ``fact_id`` names its record."""


class point(nodes.inline):  # noqa: N801
    """A challenge's or opportunity's heading text."""


def visit_fact_html(self: HTML5Translator, node: fact) -> None:
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
                "title": f"fact: {node['fact_id']} ({node['status']})",
            },
        )
    )


def depart_fact_html(self: HTML5Translator, node: fact) -> None:
    self.body.append("</span>")


def setup(app: Sphinx) -> None:
    # Other builders fall back to the inline visitors (Sphinx dispatches along the MRO).
    app.add_node(fact, html=(visit_fact_html, depart_fact_html))
    app.add_node(point)
