"""Sphinx's HTML writer, with two accessibility fixes.

- Sphinx 9.0.4 writes a toctree's caption ("The article", "The facts") as
  ``<p class="caption" role="heading">`` without ``aria-level``, which the ARIA rules
  require of a heading role (axe-core: aria-required-attr).  The sidebar and the
  index page show these captions; here they get ``aria-level="2"``.
- A code block that is wider than the page scrolls sideways, and keyboard users can
  only scroll what they can focus (axe-core: scrollable-region-focusable), so each
  code block's ``<pre>`` is focusable.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator


class PakruHTMLTranslator(HTML5Translator):
    def visit_title(self, node: nodes.title) -> None:
        if isinstance(node.parent, addnodes.compact_paragraph) and node.parent.get("toctree"):
            tag = self.starttag(node, "p", "", CLASS="caption", ROLE="heading")
            self.body.append(tag.replace(' role="heading"', ' role="heading" aria-level="2"', 1))
            self.body.append('<span class="caption-text">')
            self.context.append("</span></p>\n")
        else:
            super().visit_title(node)

    def visit_literal_block(self, node: nodes.literal_block) -> None:
        try:
            super().visit_literal_block(node)
        except nodes.SkipNode:
            # A highlighted block is written whole; make its <pre> focusable.
            self.body[-1] = self.body[-1].replace("<pre>", '<pre tabindex="0">', 1)
            raise


def setup(app: Sphinx) -> None:
    for builder in ("html", "dirhtml"):
        app.set_translator(builder, PakruHTMLTranslator)
