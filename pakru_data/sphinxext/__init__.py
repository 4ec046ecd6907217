"""The Sphinx adapter: shows pakru_data's records in pages.

It imports the data package; the data package never imports it.  Pieces, by job (the
README's table of modules says each one's job too):

- ``loaded_data``: loads the data once per build; data problems stop the build.
- ``domain``: the pakru domain's stores (what each page shows, link targets, page problems,
  what the register was built from); ``digests``: which pages a data change re-reads.
- ``roles``: {fact}, {source}, {point} and {era} in page text; the domain's links.
- ``page_input``: a directive's argument and option values, checked as the page is read.
- ``directives``, ``charts``, ``timeline``, ``record_tables``, ``provenance``, ``register``:
  the domain's directives ({pakru:timeline}, {pakru:records-table}, {pakru:register}…).
- ``page_sources``: the list of sources at the end of each page, linked from each fact;
  ``typography``: one full stop where a value's «г.» ends a sentence.
- ``descriptions``, ``html``, ``downloads``, ``sitemap``: what leaves the page.
- ``bidi``: mixed-direction text in order: each run of the other direction isolated.
- ``books``: what the EPUB and PDF builds do differently, and the site's links to them.
- ``editions``: dir="rtl", the language switcher, hreflang links, text marked English.
- ``problems``: every warning subtype, and the problems each page keeps; ``reporting``: the
  one step that reports them, and the translations' and data's checks, in a stated order.
- ``translations``: each edition's catalogues checked on every build.
- ``words``: the extension's own words, through the ``pakru`` message catalogue.
- ``gc_freeze``: Python's garbage collector kept off what the build holds throughout.
- ``site_changes``: the page of the site's own changes to its facts, the register's
  "changed on" lines and citations, each edition's Atom feed, and facts in objects.inv.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from pakru_data.sphinxext import (
    bidi,
    books,
    charts,
    descriptions,
    digests,
    directives,
    domain,
    downloads,
    editions,
    gc_freeze,
    html,
    loaded_data,
    nodes,
    page_sources,
    provenance,
    record_tables,
    register,
    reporting,
    roles,
    site_changes,
    sitemap,
    timeline,
    translations,
    typography,
    words,
)


def setup(app: Sphinx) -> dict[str, Any]:
    words.setup(app)  # first: the others' words are translated through it
    loaded_data.setup(app)
    domain.setup(app)  # before roles and directives: they add the domain's
    digests.setup(app)
    nodes.setup(app)
    roles.setup(app)
    directives.setup(app)
    provenance.setup(app)
    register.setup(app)
    site_changes.setup(app)  # the site's changes, citations and feeds (issue 20)
    downloads.setup(app)
    books.setup(app)  # the EPUB and PDF of each edition, and the site's links to them (issue 21)
    charts.setup(app)
    timeline.setup(app)
    record_tables.setup(app)  # tables of visits, agreements, exercises and trade
    page_sources.setup(app)
    typography.setup(app)  # after page_sources: its citations stand between a value and the stop
    descriptions.setup(app)
    reporting.setup(app)  # what every build reports, in order
    translations.setup(app)
    html.setup(app)
    sitemap.setup(app)
    editions.setup(app)
    bidi.setup(app)
    gc_freeze.setup(app)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 4}
