"""sitemap.xml, listing every page of the site in a fixed order.

sphinx-sitemap collects the pages as they are written, so an incremental build lists
only the pages it re-wrote (its issue #13, open since 2018), and a parallel build lists
them in whatever order the workers finished.  This writes the sitemap from the saved
environment instead: every page, sorted, each with the date of its last commit when
sphinx-last-updated-by-git knows it, and the page's address in each edition
(``xhtml:link`` hreflang alternates, as search engines read them).
"""

from __future__ import annotations

from datetime import UTC, datetime
from fnmatch import fnmatch
from pathlib import Path
from xml.sax.saxutils import escape

from sphinx.application import Sphinx

from pakru_data.tools.sphinx_command import EDITIONS, edition_path

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def sitemap_xml(base_url: str, pages: list[str], last_commit: dict[str, int], site_url: str = "") -> str:
    """The sitemap's text; ``last_commit`` maps a page to a Unix time; with ``site_url``
    (the English edition's address), each page's address in every edition.

    >>> print(sitemap_xml("https://example.org/", ["index"], {"index": 0}), end="")
    <?xml version="1.0" encoding="utf-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://example.org/index.html</loc><lastmod>1970-01-01T00:00:00Z</lastmod></url>
    </urlset>
    >>> print(sitemap_xml("https://example.org/ur/", ["index"], {}, "https://example.org/"), end="")
    <?xml version="1.0" encoding="utf-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
      <url><loc>https://example.org/ur/index.html</loc><xhtml:link rel="alternate" hreflang="en" \
    href="https://example.org/index.html"/><xhtml:link rel="alternate" hreflang="ur" \
    href="https://example.org/ur/index.html"/><xhtml:link rel="alternate" hreflang="ru" \
    href="https://example.org/ru/index.html"/></url>
    </urlset>
    """
    namespaces = f'xmlns="{NAMESPACE}"' + (f' xmlns:xhtml="{XHTML}"' if site_url else "")
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f"<urlset {namespaces}>"]
    for page in pages:
        entry = f"<loc>{escape(base_url + page)}.html</loc>"
        if page in last_commit:
            when = datetime.fromtimestamp(last_commit[page], UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            entry += f"<lastmod>{when}</lastmod>"
        if site_url:
            for language in EDITIONS:
                href = escape(f"{site_url}{edition_path(language)}{page}.html")
                entry += f'<xhtml:link rel="alternate" hreflang="{language}" href="{href}"/>'
        lines.append(f"  <url>{entry}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def last_commit_times(app: Sphinx) -> dict[str, int]:
    """Each page's last commit, as sphinx-last-updated-by-git found it (when loaded)."""
    found = getattr(app.env, "git_last_updated", {}) or {}
    return {page: int(value[0]) for page, value in found.items() if value and value[0]}


def write_sitemap(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.name != "html" or not app.config.html_baseurl:
        return
    excluded = app.config.pakru_sitemap_excludes
    pages = sorted(page for page in app.env.found_docs if not any(fnmatch(page, p) for p in excluded))
    text = sitemap_xml(app.config.html_baseurl, pages, last_commit_times(app), app.config.pakru_site_url)
    path = Path(app.outdir) / "sitemap.xml"
    if not path.exists() or path.read_text(encoding="utf-8") != text:  # an unchanged rebuild leaves it alone
        path.write_text(text, encoding="utf-8")


def setup(app: Sphinx) -> None:
    app.add_config_value("pakru_sitemap_excludes", [], "html", types=frozenset({list}))
    app.connect("build-finished", write_sitemap)
