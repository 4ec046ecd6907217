"""One full stop where a fact's value ends a sentence with an abbreviation's dot.

A Russian date or period ends in «г.» or «гг.» («1 мая 1948 г.», «2022/23 фин. г.»); a
sentence that ends with one would print the dot twice («…фин. г..»), or once after the
citations («…1948 г.[1][2].»).  Typography merges the two: the value's dot ends the
sentence, and the sentence's own full stop is dropped (kept after a status marker such as
«исправлено», a word of its own).  The same holds for any value that
ends in a dot, in any edition (Urdu's full stop is «۔», so it never meets one).
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from pakru_data.sphinxext import nodes as pakru_nodes


class OneFullStop(SphinxTransform):
    """Runs after the page's citations are placed (page_sources, priority 500)."""

    default_priority = 510

    def apply(self, **kwargs: object) -> None:
        for value in list(self.document.findall(pakru_nodes.fact_value)):
            if not value.astext().endswith("."):
                continue
            parent, following = value.parent, value.next_node(descend=False, siblings=True)
            if isinstance(following, pakru_nodes.citations):
                if not all(isinstance(mark, nodes.reference) for mark in following.children):
                    continue  # a status marker («исправлено») is a word: the stop after it stays
                following = following.next_node(descend=False, siblings=True)
            if parent is None or not isinstance(following, nodes.Text) or following.parent is not parent:
                continue
            text = str(following)
            if text.startswith(".") and not text.startswith(".."):
                parent.replace(following, nodes.Text(text[1:]))


def setup(app: Sphinx) -> None:
    app.add_transform(OneFullStop)
