"""Build docutils nodes for facts and sources.  Text from the data always goes into
``nodes.Text``, so markup in a record is shown as text, never run as HTML."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache, wraps
from typing import TypeVar

from docutils import nodes
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from pakru_data import dependencies
from pakru_data.charts import TextDirection
from pakru_data.dates import PartialDate
from pakru_data.fact_references import FactReference, split_text
from pakru_data.formatting import format_date_at_precision, format_fact_once, punctuation
from pakru_data.model import Fact, Source
from pakru_data.record_text import fields_of
from pakru_data.sphinxext import digests, domain
from pakru_data.sphinxext import nodes as pakru_nodes
from pakru_data.sphinxext.editions import direction
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.words import _

# A container of the page's own Markdown inside a directive's output (a chart's caption):
# the page's text, extracted and translated with the page, unlike what the directive writes.
PAGE_TEXT = "pakru_page_text"
Directive = TypeVar("Directive", bound=type[SphinxDirective])


def generates_text(directive: Directive) -> Directive:
    """For a directive that writes text from the data or the extension's own words: that text
    is not the page's.  It is already in the edition's language (``records.po``, ``pakru.po``),
    so Sphinx's gettext builder must not put it in the page's catalogue, and an edition must
    not look it up there, find nothing and mark it English (``editions.MarkEnglish``)."""
    run = directive.run

    @wraps(run)
    def run_and_mark(self: SphinxDirective) -> Sequence[nodes.Node]:
        result = run(self)
        for node in result:
            mark_not_page_text(node)
        return result

    directive.run = run_and_mark  # type: ignore[method-assign,assignment]
    return directive


def mark_not_page_text(node: nodes.Node) -> None:
    if not isinstance(node, nodes.Element) or node.get(PAGE_TEXT):
        return
    # A paragraph, a title, an image's alt text.  Never an inline node: Sphinx takes an inline
    # with a "translatable" attribute for a placeholder of its own and unwraps it (and Sphinx
    # translates no inline node that lacks one).
    if not isinstance(node, nodes.Inline):
        node["translatable"] = False
    for child in node.children:
        mark_not_page_text(child)


def locale_of(env: BuildEnvironment) -> str:
    return env.config.language or "en"


def direction_of(env: BuildEnvironment) -> TextDirection:
    """The edition's direction, from its language: what a chart is drawn in."""
    return direction(locale_of(env))


def fact_node(env: BuildEnvironment, record: Fact, variant: str = "default") -> pakru_nodes.fact_value:
    """A fact's value, noted as shown on the current page."""
    domain.note_use(env, dependencies.record("fact", record.id))
    node = value_node(record, variant, locale_of(env))
    if variant == "label":  # the record's words, in the edition's language where translated
        text, english = record_text(env, record, "label")
        node.children = [nodes.Text(text)]
        if english:
            node["classes"] = [c for c in node["classes"] if not c.startswith("language-")] + ["language-en"]
    return node


def record_text(env: BuildEnvironment, record: object, field: str) -> tuple[str, bool]:
    """A record's field in the edition's language, and whether it is still the English
    (no translation, or one made for an English the record no longer has)."""
    english: str = getattr(record, field)
    translations = digests.record_translations(env)
    if translations is None:  # the English edition
        return english, False
    context = next((c for c, _text in fields_of(record) if c.endswith(f".{field}")), "")
    translated = translations.text(context, english)
    return (english, True) if translated is None else (translated, False)


def record_words(env: BuildEnvironment, record: object, field: str, *, with_facts: bool = False) -> list[nodes.Node]:
    """A record's field as nodes; text still in English in another edition is marked
    ``lang="en"``, never shown silently.  ``with_facts``: the text may show {fact}`id`."""
    text, english = record_text(env, record, field)
    return marked_if_english(text_with_facts(env, text) if with_facts else [nodes.Text(text)], english)


def marked_if_english(shown: list[nodes.Node], english: bool) -> list[nodes.Node]:
    """``shown``, wrapped and marked ``lang="en"`` when it is still the English of a record
    in another edition."""
    return [nodes.inline("", "", *shown, classes=["language-en"])] if english else shown


def value_node(record: Fact, variant: str, locale: str) -> pakru_nodes.fact_value:
    """A fact's value, noted nowhere: for what is built while pages are written."""
    text = format_fact_once(record, variant, locale=locale)
    node = pakru_nodes.fact_value(text, text, fact_id=record.id, variant=variant, status=record.status.value)
    node["tooltip"] = tooltip(record, locale)
    node["classes"] += ["pakru-fact", f"pakru-status-{record.status.value}"]
    if locale != "en" and variant not in ("period", "label"):  # lang="ur": a value formatted in the
        node["classes"].append(f"language-{locale}")  # edition's language, inside English text too
    return node


def tooltip(record: Fact, locale: str) -> str:
    """What hovering over a value says: "fact: <id> (verified)", in the edition's language,
    the id isolated left to right (U+2066 … U+2069) as a title attribute cannot hold <bdi>."""
    fact_id = record.id if direction(locale) == "ltr" else f"\u2066{record.id}\u2069"
    return str(_("fact: {id} ({status})")).format(id=fact_id, status=_(record.status.value))


# Each source's date shows on every page that cites it (as format_fact_once, for facts).
@lru_cache(maxsize=16384)
def _format_date(written: str, locale: str) -> str:
    """A date as the data writes it (YYYY, YYYY-MM or YYYY-MM-DD), for the reader."""
    return format_date_at_precision(PartialDate.parse(written), locale)


def text_with_facts(env: BuildEnvironment, text: str) -> list[nodes.Node]:
    """Data text that may show facts with {fact}`id` (validation checked the ids)."""
    result: list[nodes.Node] = []
    for part in split_text(text):
        if isinstance(part, FactReference):
            result.append(fact_node(env, data().facts[part.fact_id], part.variant))
        else:
            result.append(nodes.Text(part))
    return result


def citation_list(env: BuildEnvironment, sources: list[Source]) -> nodes.bullet_list:
    """A bulleted list of full citations."""
    listing = nodes.bullet_list()
    for source in sources:
        listing += nodes.list_item("", citation_paragraph(env, source))
    return listing


def always_english(env: BuildEnvironment) -> list[str]:
    """The classes of words that stay English in every edition (a source's, the original
    article's): none in the English edition, ``lang="en"`` in the others."""
    return [] if locale_of(env) == "en" else ["language-en"]


def citation_paragraph(env: BuildEnvironment, source: Source) -> nodes.paragraph:
    """A full citation as a paragraph, in the edition's language: the source's own words
    (publisher, title, note) stay English as published, each marked ``lang="en"`` (so set
    apart in its own direction in a right-to-left edition), and the site's words, dates and
    punctuation around them are the edition's."""
    return nodes.paragraph("", "", *citation(env, source))


def _english(text: str, env: BuildEnvironment, *classes: str) -> nodes.Node:
    """Words that stay English in every edition, marked so outside the English one."""
    marks = [*classes, *always_english(env)]
    return nodes.inline(text, text, classes=marks) if marks else nodes.Text(text)


def _ends_with_full_stop(last: nodes.Node, source: Source) -> bool:
    """Whether the citation already ends with a date that ends with a full stop (Russian
    writes "28 ноября 2026 г."), which needs no second one."""
    ends_with_date = bool(source.accessed) or (bool(source.published) and not source.via)
    return ends_with_date and last.astext().endswith(".")


def with_slot(words: str, slot: str, filler: list[nodes.Node]) -> list[nodes.Node]:
    """``words`` of the extension's catalogue with ``{slot}`` replaced by ``filler``, where
    the language puts it ("read via {via}", «{via} کے ذریعے پڑھا گیا»)."""
    before, found, after = words.partition("{" + slot + "}")
    if not found:  # a translation that lost its slot: the filler after the words
        return [nodes.Text(words + " "), *filler]
    return [*([nodes.Text(before)] if before else []), *filler, *([nodes.Text(after)] if after else [])]


def citation(env: BuildEnvironment, source: Source) -> list[nodes.Node]:
    """'Publisher, Title (linked), published date; read via …; accessed ….' with the
    edition's punctuation (Urdu's '، ؛ ۔')."""
    locale = locale_of(env)
    marks = punctuation(locale)
    parts: list[nodes.Node] = [_english(source.publisher, env), nodes.Text(marks.comma)]
    title: nodes.Node = nodes.emphasis(source.title, source.title, classes=always_english(env))
    if source.url:
        title = nodes.reference("", "", title, refuri=source.url, classes=["pakru-source-link"])
    parts.append(title)
    if source.published:
        parts += [nodes.Text(marks.comma), nodes.Text(_format_date(source.published, locale))]
    else:
        parts.append(nodes.Text(marks.comma + _("undated")))
    if source.via:  # where it was read is the site's words: in the edition's language where translated
        parts += [nodes.Text(marks.semicolon), *with_slot(_("read via {via}"), "via", record_words(env, source, "via"))]
    if source.accessed:
        parts += [nodes.Text(marks.semicolon + _("accessed") + " "), nodes.Text(_format_date(source.accessed, locale))]
    if not _ends_with_full_stop(parts[-1], source):
        parts.append(nodes.Text(marks.full_stop))
    if source.note:
        parts += [nodes.Text(" "), _english(source.note, env, "pakru-source-note")]
    return parts
