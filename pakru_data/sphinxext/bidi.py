"""Mixed-direction text in order: each run of the other direction set apart in its own.

In the Urdu edition a line often mixes scripts: a source's English title between Urdu words
and dates, a host name in "read via", a Latin name left in a translated sentence.  Left to
the Unicode bidirectional algorithm, the neutral characters between them (spaces, commas,
digits) take the wrong side, and the line reads out of order ("2026 :دیکھنے کی تاریخ ;13
اکتوبر، 2023").  So, as the HTML standard advises, every run of the other direction is
isolated:

- an element marked with a language (``lang="en"``: a source's title, text still in
  English; ``lang="ur"``: an Urdu value inside English) gets ``dir`` when that language's
  direction differs from the text around it (``PakruHTMLTranslator.starttag``), which HTML
  isolates;
- a run of Latin letters inside Urdu text (or of Arabic script inside left-to-right text)
  that no element marks becomes a ``<bdi dir="ltr">``: in the page's own text
  (``IsolateRuns``), and in what the templates write around it, the navigation, the
  footer, the tables of contents (``isolate_html``, the ``pakru_isolate`` filter that
  ``docs/_templates/page.html`` applies to the page's body).

``tests/browser`` checks the result in every edition: no text of the other direction
outside an element isolated in its direction.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.writers.html5 import HTML5Translator

from pakru_data.charts import TextDirection
from pakru_data.sphinxext.editions import direction
from pakru_data.tools.sphinx_command import DEFAULT_LANGUAGE

# A run of one script: its words, and what joins them within the run (spaces, digits, dots,
# hyphens, apostrophes: "Pakistan Steel Mills", "vpk.name", "S-400"), never a run's last
# punctuation, which belongs to the sentence around it.
ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
LATIN_RUN = re.compile(r"[A-Za-z@][A-Za-z0-9@'’&/_+.\-]*(?:[ \u00a0]+[A-Za-z0-9@][A-Za-z0-9@'’&/_+.\-]*)*(?<![.\-])")
ARABIC_RUN = re.compile(rf"[{ARABIC}]+(?:[ \u00a0\u060c]*[{ARABIC}0-9]+)*")
RUNS = {"rtl": LATIN_RUN, "ltr": ARABIC_RUN}  # in text of this direction, the other's runs


class isolate(nodes.inline):  # noqa: N801 - docutils names nodes in lower case
    """A run of text in the other direction (``dir``), set apart: ``<bdi dir="ltr">``."""


def visit_isolate_html(self: HTML5Translator, node: isolate) -> None:
    self.body.append(f'<bdi class="pakru-isolate" dir="{node["dir"]}">')


def depart_isolate_html(self: HTML5Translator, node: isolate) -> None:
    self.body.append("</bdi>")


def marked_language(node: nodes.Element) -> str | None:
    """The language an element is marked with (its ``language-xx`` class), if any."""
    classes: list[str] = node.get("classes", [])
    return next((name.removeprefix("language-") for name in classes if name.startswith("language-")), None)


def language_of(node: nodes.Node | None, edition: str) -> str:
    """The language a node's text is in: its own or its nearest ancestor's ``language-xx``
    class, or the edition's."""
    while node is not None:
        if isinstance(node, nodes.Element) and (marked := marked_language(node)) is not None:
            return marked
        node = node.parent
    return edition


def dir_for(node: nodes.Element, edition: str) -> TextDirection | None:
    """``dir`` for an element marked with a language whose direction differs from its
    surroundings' (an English title in an Urdu line), else None."""
    own = marked_language(node)
    if own is None:
        return None
    theirs = direction(language_of(node.parent, edition))
    return direction(own) if direction(own) != theirs else None


def split_runs(text: str, direction_around: TextDirection) -> list[nodes.Node]:
    """``text`` with each run of the other direction isolated.

    >>> [n.astext() if isinstance(n, nodes.Text) else ("bdi", n["dir"], n.astext())
    ...  for n in split_runs("vpk.name پر ایک دوبارہ اشاعت۔", "rtl")]
    [('bdi', 'ltr', 'vpk.name'), ' پر ایک دوبارہ اشاعت۔']
    >>> len(split_runs("Only English here.", "ltr"))
    1
    """
    pattern = RUNS[direction_around]
    other: TextDirection = "ltr" if direction_around == "rtl" else "rtl"
    result: list[nodes.Node] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            result.append(nodes.Text(text[position : match.start()]))
        result.append(isolate(match.group(), match.group(), dir=other))
        position = match.end()
    if position < len(text):
        result.append(nodes.Text(text[position:]))
    return result


# Where text is shown as written, never re-ordered by us.
LITERAL = (nodes.FixedTextElement, nodes.literal, nodes.raw, nodes.comment, nodes.math, isolate)


class IsolateRuns(SphinxPostTransform):
    """Isolate each run of the other direction's script in the text a page shows."""

    default_priority = 900
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        edition = self.config.language or DEFAULT_LANGUAGE
        # The directions a text of this page can sit in: the edition's, and those of the
        # languages its elements are marked with.  Where that is one direction, a text with
        # none of the other's script needs no look at its ancestors (most text, most pages).
        directions = {direction(edition)} | {
            direction(marked)
            for element in self.document.findall(nodes.Element)
            if (marked := marked_language(element)) is not None
        }
        only = next(iter(directions)) if len(directions) == 1 else None
        for text in list(self.document.findall(nodes.Text)):
            value = text.astext()
            if only is not None and not RUNS[only].search(value):
                continue
            parent = text.parent
            if parent is None or any(isinstance(a, LITERAL) for a in _self_and_ancestors(parent)):
                continue
            around = direction(language_of(parent, edition))
            if not RUNS[around].search(value):
                continue
            parent.replace(text, split_runs(value, around))


# Elements whose text is left as it is: already isolated (any element with ``dir``, <bdi>),
# or not text a reader reads as a line (code, scripts, drawings).
_LEFT_ALONE = {"bdi", "script", "style", "svg", "pre", "code", "textarea", "title"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Isolator(HTMLParser):
    """Copies HTML through, wrapping each unmarked run of the other direction in <bdi dir>."""

    def __init__(self, around: TextDirection) -> None:
        super().__init__(convert_charrefs=False)
        self.around = around
        self.other: TextDirection = "ltr" if around == "rtl" else "rtl"
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # (tag, whether its text is left alone)

    def left_alone(self) -> bool:
        return bool(self.open) and self.open[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")
        if tag not in _VOID:
            alone = self.left_alone() or tag in _LEFT_ALONE or any(name == "dir" for name, _value in attrs)
            self.open.append((tag, alone))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>")
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data: str) -> None:
        if self.left_alone() or not RUNS[self.around].search(data):
            self.out.append(data)
            return
        self.out.append(
            RUNS[self.around].sub(lambda m: f'<bdi class="pakru-isolate" dir="{self.other}">{m.group()}</bdi>', data)
        )

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


# What the isolator leaves alone, found without parsing: an element with ``dir`` or one of
# _LEFT_ALONE, whole (up to the first end tag of its name: anything it leaves out is only
# searched below, never skipped), then every tag with its attributes.
_ALONE_ELEMENT = re.compile(
    rf"<(?P<tag>{'|'.join(sorted(_LEFT_ALONE))})\b[^>]*>.*?</(?P=tag)>"
    r"|<(?P<marked>[a-z][a-z0-9]*)\b[^>]*\sdir=[^>]*>.*?</(?P=marked)>",
    re.S,
)
_TAG = re.compile(r"<[^>]*>")


def needs_isolating(html: str, around: TextDirection) -> bool:
    """Whether any text of ``html`` outside what the isolator leaves alone holds a run of the
    other direction: when none does, the isolator would copy the page through unchanged, so
    it is not parsed at all (an English page's only Urdu is its marked language switcher).

    >>> needs_isolating('<a lang="ur" dir="rtl">اردو</a> <nav aria-label="زبان">x</nav>', "ltr")
    False
    >>> needs_isolating('<p>اردو <a dir="rtl">اردو</a></p>', "ltr")
    True
    """
    text = _TAG.sub(" ", _ALONE_ELEMENT.sub(" ", html))
    return RUNS[around].search(text) is not None


def isolate_html(html: str, around: str = "") -> str:
    """``html`` (a page's body as the templates write it) with each run of the other
    direction that no element isolates wrapped in ``<bdi dir>``; ``around`` is the page's
    direction ("rtl", or "" for left to right).

    >>> isolate_html('<div class="copyright">حقِ اشاعت &#169; pakru کے معاونین</div>', "rtl")
    '<div class="copyright">حقِ اشاعت &#169; <bdi class="pakru-isolate" dir="ltr">pakru</bdi> کے معاونین</div>'
    >>> isolate_html('<a dir="ltr">Sphinx</a> <code>x</code>', "rtl")
    '<a dir="ltr">Sphinx</a> <code>x</code>'
    """
    direction: TextDirection = "rtl" if around == "rtl" else "ltr"
    if not needs_isolating(html, direction):
        return html
    isolator = _Isolator(direction)
    isolator.feed(html)
    isolator.close()
    return "".join(isolator.out)


def add_template_filter(app: Sphinx) -> None:
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.filters["pakru_isolate"] = isolate_html


def _self_and_ancestors(node: nodes.Node) -> list[nodes.Node]:
    found = []
    current: nodes.Node | None = node
    while current is not None:
        found.append(current)
        current = current.parent
    return found


def setup(app: Sphinx) -> None:
    app.add_node(isolate, html=(visit_isolate_html, depart_isolate_html))
    app.add_post_transform(IsolateRuns)
    app.connect("builder-inited", add_template_filter)
