"""The site's editions, one per language, and the ways between them.

English is the site's root; Urdu and Russian live in ``ur/`` and ``ru/`` under it
(``pakru_data.tools.sphinx_command.EDITIONS``).  Every page gets:

- ``dir="rtl"`` on its ``<html>`` tag in a right-to-left language (``pakru_dir``, used by
  ``docs/_templates/base.html``, furo's with that one change);
- a language switcher to the same page in the other editions (``pakru_editions``, shown by
  ``docs/_templates/sidebar/brand.html``), with relative links, or absolute paths on the 404
  page, which is served at any address;
- ``<link rel="alternate" hreflang>`` to each edition's copy of the page, and ``x-default``
  to the English one;
- ``lang="en"`` on every paragraph, heading or item that still shows its English (untranslated
  or fuzzy, or the page has no catalogue yet), never silently: the reader's browser and
  screen reader know it is English, and the stylesheet sets it left to right in the Urdu
  edition, so its full stop stays at its end;
- a translation-status note at the top of a page that shows any English (listing those
  passages, and saying that every fact on it is current all the same), or that stays in
  English on purpose (``pakru_english_pages``).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import quoteattr

from babel import Locale, UnknownLocaleError
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.util.nodes import NodeMatcher, extract_messages

from pakru_data.charts import TextDirection
from pakru_data.sphinxext.words import N_, _
from pakru_data.tools.sphinx_command import DEFAULT_LANGUAGE, EDITIONS, edition_path

# Each edition's name in its own language, as a switcher shows it.
NAMES = {"en": "English", "ur": "اردو", "ru": "Русский"}


def direction(language: str) -> TextDirection:
    """The direction a language is written in, as CLDR (Babel) records it; left to right for
    a language Babel does not know.

    >>> direction("ur"), direction("ru"), direction("en"), direction("ar"), direction("xx")
    ('rtl', 'ltr', 'ltr', 'rtl', 'ltr')"""
    try:
        order = Locale.parse(language.replace("-", "_")).character_order
    except (ValueError, UnknownLocaleError):
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"


# The site's name and one-line description (conf.py's html_title, and the sidebar's tagline).
SITE_TITLE = N_("pakru: Pakistan and Russia, fact-checked")
SITE_DESCRIPTION = N_("Pakistan–Russia relations in simple English, every date and figure checked against its source.")


SITE_COPYRIGHT = N_("the pakru contributors")
# The page's "last updated" date as each language writes a long date (Babel's long date
# pattern, "d MMMM y 'г'." and "d MMMM، y"), in the strftime form Sphinx reads
# (html_last_updated_fmt; Sphinx formats it through Babel in the edition's language).
LAST_UPDATED_FORMATS = {"ru": "%-d %B %Y г.", "ur": "%-d %B، %Y"}


def site_copyright() -> str:
    return str(_(SITE_COPYRIGHT))


def last_updated_format(language: str, english: str) -> str:
    """The edition's form of the pages' "last updated" date.

    >>> last_updated_format("ru", "%d %B %Y"), last_updated_format("en", "%d %B %Y")
    ('%-d %B %Y г.', '%d %B %Y')
    """
    return LAST_UPDATED_FORMATS.get(language, english)


# The filter box's words (docs/_static/pakru-filter.js reads them from the page's meta tags).
FILTER_LABEL = N_("Filter the tables on this page (a name, a place, a year, or a kind such as “visit”): ")
FILTER_STATUS = N_("{shown} of {total} rows shown.")


def filter_words() -> str:
    return "\n".join(
        f'<meta name="{name}" content={quoteattr(str(_(words)))}>'
        for name, words in (("pakru-filter-label", FILTER_LABEL), ("pakru-filter-status", FILTER_STATUS))
    )


def site_title_and_description() -> tuple[str, str]:
    """The site's name and description in the edition's language (English where the
    catalogue has no translation yet); set by conf.py once the language is known."""
    return str(_(SITE_TITLE)), str(_(SITE_DESCRIPTION))


def not_found_context(site_path: str) -> dict[str, str]:
    """The 404 page's title and message (sphinx-notfound-page's ``notfound_context``) in the
    edition's language; the page's ``<html>`` has the edition's ``lang`` and ``dir``.  Set
    by conf.py once the language is known, when this catalogue is loaded."""
    title = str(_("Page not found"))
    message = str(_("There is no page at this address. Start again from the {first_page}, or use the search."))
    first_page = str(_("first page"))  # not inside the f-string below: pybabel would not extract it
    link = f'<a href="{site_path}index.html">{escape(first_page, quote=False)}</a>'
    body = escape(message, quote=False).format(first_page=link)
    return {"title": title, "body": f"<h1>{escape(title, quote=False)}</h1>\n<p>{body}</p>"}


def edition_links(language: str, target_uri: str, site_path: str | None = None) -> list[dict[str, Any]]:
    """The same page in every edition: from ``target_uri`` (the page's address in its edition,
    such as ``history.html``) by a relative link, or under ``site_path`` when given.

    >>> [(e["language"], e["href"]) for e in edition_links("ur", "history.html")]
    [('en', '../history.html'), ('ur', 'history.html'), ('ru', '../ru/history.html')]
    >>> [e["href"] for e in edition_links("en", "index.html", site_path="/pakru/")]
    ['/pakru/index.html', '/pakru/ur/index.html', '/pakru/ru/index.html']
    """
    if site_path is None:
        to_edition_root = "../" * target_uri.count("/")
        to_site_root = to_edition_root + ("" if language == DEFAULT_LANGUAGE else "../")
    else:
        to_site_root = site_path
    links = []
    for other in EDITIONS:
        here = other == language and site_path is None
        href = target_uri if here else to_site_root + edition_path(other) + target_uri
        links.append(
            {
                "language": other,
                "name": NAMES.get(other, other),
                "href": href,
                "current": other == language,
                "dir": direction(other),  # its name set apart in its own direction ("اردو" among English)
            }
        )
    return links


def alternates(site_url: str, target_uri: str) -> str:
    """The page's hreflang alternates, one per edition, and x-default (English).

    >>> print(alternates("https://example.org/", "index.html"))
    <link rel="alternate" hreflang="en" href="https://example.org/index.html">
    <link rel="alternate" hreflang="ur" href="https://example.org/ur/index.html">
    <link rel="alternate" hreflang="ru" href="https://example.org/ru/index.html">
    <link rel="alternate" hreflang="x-default" href="https://example.org/index.html">
    """
    editions = [(lang, lang) for lang in EDITIONS] + [("x-default", DEFAULT_LANGUAGE)]
    return "\n".join(
        f'<link rel="alternate" hreflang="{name}" href={quoteattr(site_url + edition_path(lang) + target_uri)}>'
        for name, lang in editions
    )


def page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object) -> None:
    if app.builder.name in {"epub", "singlehtml"}:
        return  # the books (books.py): one edition each, read offline, with no switcher or alternates
    language = app.config.language or DEFAULT_LANGUAGE
    context["pakru_dir"] = "rtl" if direction(language) == "rtl" else ""
    target_uri = app.builder.get_target_uri(pagename)
    site_path = None
    if pagename == getattr(app.config, "notfound_pagename", None):  # served at any address:
        site_path = urlsplit(app.config.pakru_site_url).path or "/"  # to each edition's first page
        target_uri = app.builder.get_target_uri(app.config.root_doc)
    context["pakru_editions"] = edition_links(language, target_uri, site_path)
    if language != DEFAULT_LANGUAGE:  # the English edition's words are the script's own
        context["metatags"] = context.get("metatags", "") + "\n" + filter_words()
    if app.config.pakru_site_url and site_path is None:  # a 404 page has no alternates
        context["metatags"] = context.get("metatags", "") + "\n" + alternates(app.config.pakru_site_url, target_uri)


class MarkEnglish(SphinxTransform):
    """Mark the text that shows its English in another edition with ``lang="en"``: after
    Sphinx's Locale transform, the nodes it left untranslated, or, on a page with no
    catalogue, every node a catalogue would translate."""

    default_priority = 960  # after Sphinx's AddTranslationClasses (950)

    def apply(self, **kwargs: Any) -> None:
        if (self.config.language or DEFAULT_LANGUAGE) == DEFAULT_LANGUAGE or self.app.builder.name == "gettext":
            return
        looked_up = list(NodeMatcher(nodes.Element, translated=Any).findall(self.document))
        if looked_up:
            english: list[nodes.Element] = [node for node in looked_up if not node["translated"]]
        else:
            english = [node for node, _ in extract_messages(self.document)]
        # A toctree's caption is translated in place without Sphinx noting it; nothing without
        # text of its own can show English.
        english = [node for node in english if node.astext().strip()]
        for node in english:
            if "language-en" not in node["classes"]:
                node["classes"].append("language-en")
        if self.env.docname in self.config.pakru_english_pages:
            add_status_note(self.document, [_("This page is for contributors and stays in English in every edition.")])
        elif english:
            add_status_note(self.document, status_words(len(english)), english)


# How much of an English passage the status note quotes.
QUOTED_WORDS = 8


def status_words(untranslated: int) -> list[str]:
    return [
        _(
            "{count} passages of this page are not translated yet, or changed in English since they were "
            "translated; they show the English, marked as such:"
        ).format(count=untranslated),
        _("Every date and figure on this page comes from the data, so all of them are current in this edition."),
    ]


def add_status_note(document: nodes.document, words: list[str], english: Sequence[nodes.Element] = ()) -> None:
    """A note under the page's title on how far the page is translated."""
    note = nodes.admonition(classes=["pakru-translation-status"])
    note += nodes.title("", _("About this translation"))
    note += nodes.paragraph("", words[0])
    if english:
        passages = nodes.bullet_list()
        for node in english:
            quoted = " ".join(node.astext().split()[:QUOTED_WORDS])
            passages += nodes.list_item("", nodes.paragraph("", f"{quoted} …", classes=["language-en"]))
        note += passages
    note.extend(nodes.paragraph("", line) for line in words[1:])
    section = next(iter(document.findall(nodes.section)), None)
    if section is not None and section.children and isinstance(section[0], nodes.title):
        section.insert(1, note)
    else:
        document.insert(0, note)


def setup(app: Sphinx) -> None:
    app.add_transform(MarkEnglish)
    # The site's address, English at its root (conf.py's SITE_URL); empty: no alternates.
    app.add_config_value("pakru_site_url", "", "html", types=frozenset({str}))
    app.connect("html-page-context", page_context)
