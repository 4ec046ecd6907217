"""The Sphinx adapter: shows pakru_data's records in pages.

It imports the data package; the data package never imports it.  Pieces, by job:

- ``state``: loads the data once per build and reports data problems as build errors.
- ``roles``: {fact}, {source}, {point} and {era} in page text.
- ``directives``: the conclusion table, the bibliography, the corrections list and
  the era timelines.
- ``charts``: bar charts drawn from the data as SVG, each with its data table.
- ``relations``: tables of visits, agreements, exercises and trade, the trade charts,
  and compact lists of an era's events.
- ``register``: the fact register, built as its page is written.
- ``page_sources``: the list of sources at the end of each page, linked from each fact
  and each {source}.
- ``descriptions``: each page's meta and OpenGraph description, without citation marks.
- ``html``: Sphinx's HTML writer with an accessibility fix for toctree captions.
- ``bidi``: mixed-direction text in order: each run of the other direction isolated.
- ``editions``: the language editions: dir="rtl", the language switcher, hreflang links.
- ``sitemap``: sitemap.xml with every page, in a fixed order, on every build.
- ``problems``: what is wrong in a page (an unknown id, say), kept with the page and
  reported on every build until fixed, so a rebuild never passes over a broken page.
- ``translations``: each edition's catalogues checked on every build: a translation
  keeps every role and link of its English; untranslated text fails strict builds.
- ``words``: the extension's own words, through the ``pakru`` message catalogue.
- ``collector``: Python's garbage collector kept off what the build holds throughout.
- ``domain``: which facts each page shows, so a changed fact re-reads exactly the
  pages that show it, in serial and parallel builds alike.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from pakru_data.sphinxext import (
    bidi,
    charts,
    collector,
    descriptions,
    directives,
    domain,
    downloads,
    editions,
    html,
    nodes,
    page_sources,
    problems,
    provenance,
    register,
    relations,
    roles,
    sitemap,
    state,
    timeline,
    translations,
    words,
)


def setup(app: Sphinx) -> dict[str, Any]:
    words.setup(app)  # first: the others' words are translated through it
    state.setup(app)
    domain.setup(app)  # before roles: they add the domain's link roles
    nodes.setup(app)
    roles.setup(app)
    directives.setup(app)
    provenance.setup(app)
    register.setup(app)
    downloads.setup(app)
    charts.setup(app)
    timeline.setup(app)
    relations.setup(app)  # tables of visits, agreements, exercises and trade (issue 11)
    page_sources.setup(app)
    descriptions.setup(app)
    problems.setup(app)
    translations.setup(app)
    html.setup(app)
    sitemap.setup(app)
    editions.setup(app)
    bidi.setup(app)
    collector.setup(app)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 4}
