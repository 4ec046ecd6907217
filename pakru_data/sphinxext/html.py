"""Sphinx's HTML writer, with two accessibility fixes, and a search index that does not
depend on the builds before it.

- Sphinx 9.0.4 writes a toctree's caption ("The article", "The facts") as
  ``<p class="caption" role="heading">`` without ``aria-level``, which the ARIA rules
  require of a heading role (axe-core: aria-required-attr).  The sidebar and the
  index page show these captions; here they get ``aria-level="2"``.
- A code block that is wider than the page scrolls sideways, and keyboard users can
  only scroll what they can focus (axe-core: scrollable-region-focusable), so each
  code block's ``<pre>`` is focusable.
- An element marked with a language of the other direction (an English title in an Urdu
  line) gets ``dir``, so it is isolated (``bidi``).
- When a page is read again, Sphinx 9.0.4 takes the page out of each word's list in the
  search index but keeps the word, with no page: a word that was deleted from every
  page stays in ``searchindex.js`` as ``"word": []``, which a clean build does not
  write.  Such words are dropped before the index is written.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator

from pakru_data.sphinxext import bidi
from pakru_data.tools.sphinx_command import DEFAULT_LANGUAGE


class PakruHTMLTranslator(HTML5Translator):
    def starttag(
        self, node: nodes.Element, tagname: str, suffix: str = "\n", empty: bool = False, **attributes: Any
    ) -> str:
        """An element marked with a language of the other direction gets ``dir``, which
        isolates it (``bidi``)."""
        if isinstance(node, nodes.Element) and "dir" not in attributes:
            wanted = bidi.dir_for(node, self.config.language or DEFAULT_LANGUAGE)
            if wanted is not None:
                attributes["dir"] = wanted
        return super().starttag(node, tagname, suffix, empty, **attributes)

    def visit_title(self, node: nodes.title) -> None:
        if isinstance(node.parent, addnodes.compact_paragraph) and node.parent.get("toctree"):
            self.body.append(
                self.starttag(node, "p", "", False, CLASS="caption", ROLE="heading", **{"aria-level": "2"})
            )
            self.body.append('<span class="caption-text">')
            self.context.append("</span></p>\n")
        else:
            super().visit_title(node)

    def visit_literal_block(self, node: nodes.literal_block) -> None:
        if node.rawsource != node.astext():  # shown as written, not highlighted (a citation to copy)
            own = {"dir": node["dir"]} if node.get("dir") else {}
            self.body.append(self.starttag(node, "pre", "", CLASS="literal-block", tabindex="0", **own))
            return
        try:
            super().visit_literal_block(node)
        except nodes.SkipNode:
            # A highlighted block is written whole; make its <pre> focusable.
            self.body[-1] = self.body[-1].replace("<pre>", '<pre tabindex="0">', 1)
            raise


def drop_words_no_page_has(app: Sphinx) -> list[tuple[str, dict[str, object], str]]:
    """On ``html-collect-pages``, which comes after every page is indexed and before the
    index is written; it adds no page."""
    indexer = getattr(app.builder, "indexer", None)
    if indexer is not None:
        for mapping in (indexer._mapping, indexer._title_mapping):
            for word in [word for word, pages in mapping.items() if not pages]:
                del mapping[word]
    return []


def setup(app: Sphinx) -> None:
    app.connect("html-collect-pages", drop_words_no_page_has)
    for builder in ("html", "dirhtml"):
        app.set_translator(builder, PakruHTMLTranslator)
