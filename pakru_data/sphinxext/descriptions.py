"""Each page's description for link previews and search engines, in plain words.

sphinxext-opengraph describes a page by its opening text, read from the doctree, and
would copy in the citation numbers and status markers that follow each fact ("it took
34%[1] corrected of ...").  Here the description is built from the same opening text
without them, and handed to opengraph as the page's own ``og:description`` (the per-page
override it documents) and as ``<meta name="description">`` (which it then leaves alone).
"""

from __future__ import annotations

from html import escape
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from pakru_data.sphinxext import nodes as pakru_nodes
from pakru_data.sphinxext.page_sources import SECTION_ID, SITE_NOTE

DEFAULT_LENGTH = 200  # sphinxext-opengraph's own default for ogp_description_length
# Paragraphs inside these are not the page's opening text.
NOT_OPENING_TEXT = (nodes.Admonition, nodes.table, nodes.figure, nodes.Invisible, nodes.raw)


def plain_text(node: nodes.Node) -> str:
    """A node's text as a reader reads it aloud: citation marks left out."""
    if isinstance(node, pakru_nodes.citations):
        return ""
    if isinstance(node, nodes.Text):
        return node.astext()
    return "".join(plain_text(child) for child in node.children)


def is_opening_text(paragraph: nodes.paragraph) -> bool:
    if SITE_NOTE in paragraph["classes"]:  # about the site ("scroll the strip"), not the topic
        return False
    node = paragraph.parent
    while isinstance(node, nodes.Element):
        if isinstance(node, NOT_OPENING_TEXT) or SECTION_ID in node["ids"]:
            return False
        node = node.parent
    return True


def shorten(text: str, length: int) -> str:
    """At most ``length`` characters, cut between words."""
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def page_description(doctree: nodes.document, length: int) -> str:
    """The page's opening paragraphs, in plain words, up to ``length`` characters."""
    sentences: list[str] = []
    for paragraph in doctree.findall(nodes.paragraph):
        if is_opening_text(paragraph):
            sentences.append(as_sentence(plain_text(paragraph)))
        if len(" ".join(sentences)) > length:
            break
    return shorten(" ".join(s for s in sentences if s), length)


def as_sentence(text: str) -> str:
    """One line, ending in a stop, so that list items do not run into each other."""
    text = " ".join(text.split())
    return text + "." if text and text[-1] not in ".!?:;…" else text


def set_description(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    if doctree is None:  # pages Sphinx makes itself: search, genindex
        return
    length = int(getattr(app.config, "ogp_description_length", DEFAULT_LENGTH))
    description = escape(page_description(doctree, length))
    if not description:
        return
    # A new dict: the page's metadata in the environment stays as read.
    context["meta"] = {**(context.get("meta") or {}), "og:description": description}
    context["metatags"] = context.get("metatags", "") + f'<meta name="description" content="{description}" />\n'


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", set_description, priority=400)  # before opengraph's (500)
