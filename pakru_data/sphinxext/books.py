"""The books: an EPUB and a PDF of each edition (issue 21), and the site's links to them.

The books are built from the same pages by Sphinx's own builders (``pakru_data/tools/books.py``
runs them): ``epub`` for the EPUB, and ``singlehtml`` with Sphinx's plain ``epub`` theme for
the PDF, which WeasyPrint lays out.  Here is what the extension does differently for them:

- a link to a fact register's group page (online only: the books keep the register's
  index) and the data downloads' links go to the site's address, and the register's index
  says so, with the address;
- the EPUB lists the Nastaliq font (WOFF2) and its licence in its manifest, and an Urdu
  EPUB turns its pages from right to left;
- its title is the edition's, in the edition's language.

And for the site: each edition's data downloads page and sidebar link to the edition's
books when ``nox -s books`` has built them (``pakru_books_dir``, ``build/books`` by
default), copied into the edition's folder, and say plainly when they are not there.
Which books are there is a setting that only the written pages use, so a change in it
writes every page again and reads none.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.osutil import relative_uri

from pakru_data.dates import PartialDate
from pakru_data.formatting import format_date_at_precision
from pakru_data.sphinxext.downloads import book_downloads, download_link
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.render import locale_of
from pakru_data.sphinxext.words import N_, _

# The builders that make the books: their output is read offline, so a link into the site
# goes to its address.
BOOK_BUILDERS = frozenset({"epub", "singlehtml"})
# The site's own builders, whose pages link to the books.
SITE_BUILDERS = frozenset({"html", "dirhtml"})
FORMATS = ("pdf", "epub")
# Pages of the site that the books leave out (the register's group pages, orphans that
# singlehtml never writes): the books link to them online.
ONLINE_ONLY_PREFIX = "register/"

PDF_WHAT = N_("this edition as a book, to print or to read offline, with page numbers")
EPUB_WHAT = N_("the same book for e-readers")
NOT_BUILT = N_("No PDF or EPUB of this edition in this build of the site.")


def book_name(language: str, fmt: str) -> str:
    """The file name of an edition's book.

    >>> book_name("ur", "pdf")
    'pakru-ur.pdf'
    """
    return f"pakru-{language}.{fmt}"


def books_found(books_dir: str, language: str) -> list[str]:
    """The edition's books present in ``books_dir``, both or none: a half-built pair is none."""
    if not books_dir:
        return []
    names = [book_name(language, fmt) for fmt in FORMATS]
    return names if all((Path(books_dir) / name).is_file() for name in names) else []


def online_address(config: Config, docname: str = "", anchor: str = "") -> str:
    """A page of this edition on the site (``html_baseurl`` is the edition's)."""
    page = f"{docname}.html" if docname else ""
    return str(config.html_baseurl) + page + (f"#{anchor}" if anchor else "")


def book_settings(app: Sphinx, config: Config) -> None:
    """After conf.py's edition settings: the books' title, and which books are built."""
    config.epub_title = config.html_title
    config.epub_description = config.html_context.get("pakru_description", "")
    config.pakru_books = tuple(books_found(config.pakru_books_dir, config.language or "en"))


def book_builder(app: Sphinx) -> None:
    """The PDF's page links the books' stylesheets (the EPUB's are in ``epub_css_files``); the
    EPUB lists the Nastaliq font and its licence, and an Urdu book reads right to left."""
    if app.builder.name == "singlehtml":
        # After pakru.css (priority 800), which they adjust; WeasyPrint lays out for print.
        app.add_css_file("pakru-book.css", priority=900)
        app.add_css_file("pakru-print.css", priority=901, media="print")
    if app.builder.name != "epub":
        return
    builder: Any = app.builder
    builder.media_types = {**builder.media_types, ".woff2": "font/woff2", ".txt": "text/plain"}
    # Each page's <html> names its language and direction (Sphinx's EPUB writes neither), so
    # that a reader sets Urdu right to left and picks its fonts by language.
    language = app.config.language or "en"
    direction = ' dir="rtl"' if _is_rtl(app.config) else ""
    builder.html_tag = builder.html_tag.replace(">", f' lang="{language}" xml:lang="{language}"{direction}>', 1)
    # The register's group pages stay online: the book links to them there.
    group_pages = Path(app.srcdir, ONLINE_ONLY_PREFIX).glob("*.md")
    app.config.epub_exclude_files = [
        *app.config.epub_exclude_files,
        *sorted(f"{ONLINE_ONLY_PREFIX}{page.stem}{builder.out_suffix}" for page in group_pages),
        ".buildinfo.bak",  # Sphinx's copy of the last build's settings, when they changed
    ]
    if _is_rtl(app.config):
        content_metadata = builder.content_metadata

        def right_to_left() -> dict[str, Any]:
            metadata: dict[str, Any] = content_metadata()
            metadata["page_progression_direction"] = "rtl"
            return metadata

        builder.content_metadata = right_to_left


def _is_rtl(config: Config) -> bool:
    from pakru_data.sphinxext.editions import direction

    return direction(config.language or "en") == "rtl"


def book_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Fill the books' list, and point the books' links to pages they leave out online."""
    config = app.config
    builder = app.builder.name
    for node in list(doctree.findall(book_downloads)):
        node.replace_self(_book_list(app, docname) if builder in SITE_BUILDERS | BOOK_BUILDERS else [])
    if builder not in BOOK_BUILDERS:
        return
    for link in doctree.findall(download_link):
        link["refuri"] = online_address(config) + link["export"]
    online_only = sorted(name for name in app.env.found_docs if name.startswith(ONLINE_ONLY_PREFIX))
    prefixes = {app.builder.get_relative_uri(docname, other): other for other in online_only}
    for reference in doctree.findall(nodes.reference):
        uri = reference.get("refuri", "")
        page, _sep, anchor = (uri, "", "") if uri in prefixes else uri.rpartition("#")
        if page in prefixes:
            reference["refuri"] = online_address(config, prefixes[page], anchor)
            reference["internal"] = False
    if builder == "singlehtml":
        _one_page_ids(doctree, docname)
    # The register's page: the whole doctree in the EPUB, one part of it in singlehtml's.
    registers: list[nodes.Element] = [doctree] if docname == "register" else []
    registers += [part for part in doctree.findall(addnodes.start_of_file) if part["docname"] == "register"]
    for register in registers:
        section = next(register.findall(nodes.section), None)
        if section is not None:
            title = section.next_node(nodes.title)
            section.insert(section.index(title) + 1 if title is not None else 0, _online_only_note(config))


def _with_pages(node: nodes.Element, docname: str) -> Iterator[tuple[nodes.Element, str]]:
    """Every element of singlehtml's one document, with the name of the page it comes from."""
    if isinstance(node, addnodes.start_of_file):
        docname = node["docname"]
    yield node, docname
    for child in node.children:
        if isinstance(child, nodes.Element):
            yield from _with_pages(child, docname)


def _one_page_ids(doctree: nodes.document, root: str) -> None:
    """singlehtml joins every page into one, where two pages' targets can share an id (each
    page's list of sources, say) and a link to another page's target reads
    ``#document-<page>#<id>``, which no browser or PDF follows.  Each target's id gets its
    page's name, and each link the id of the target on the page it means."""
    elements = list(_with_pages(doctree, root))
    renamed: dict[tuple[str, str], str] = {}
    for element, page in elements:
        if element["ids"]:
            new = [f"{page.replace('/', '-')}--{old}" for old in element["ids"]]
            renamed.update(zip(((page, old) for old in element["ids"]), new, strict=True))
            element["ids"] = new
    for element, page in elements:
        if element.get("refid"):
            element["refid"] = renamed.get((page, element["refid"]), element["refid"])
        if element.get("backrefs"):
            element["backrefs"] = [renamed.get((page, old), old) for old in element["backrefs"]]
        uri = element.get("refuri", "")
        if uri.startswith("#document-") and uri.count("#") == 2:
            target_page, _sep, anchor = uri[len("#document-") :].partition("#")
            element["refuri"] = "#" + renamed.get((target_page, anchor), anchor)


def _online_only_note(config: Config) -> nodes.paragraph:
    words = _(
        "In this book the register lists every fact; each fact's full entry (its sources, dates "
        "and the pages that show it) is on the site only, at {address}."
    )
    return _with_address(words, online_address(config, "register"), classes=["pakru-books-online"])


def _with_address(words: str, address: str, classes: list[str] | None = None) -> nodes.paragraph:
    """A paragraph of translated ``words`` with ``{address}`` shown as a link to it."""
    before, _sep, after = words.partition("{address}")
    link = nodes.reference(address, address, refuri=address, classes=["pakru-address"])
    return nodes.paragraph("", "", nodes.Text(before), link, nodes.Text(after), classes=classes or [])


def _book_list(app: Sphinx, docname: str) -> list[nodes.Node]:
    if app.builder.name in BOOK_BUILDERS:
        words = _("This book is made from the same records as the site, {address}, where the files below are.")
        return [_with_address(words, online_address(app.config))]
    books = list(app.config.pakru_books)
    if not books:
        return [nodes.paragraph("", _(NOT_BUILT), classes=["pakru-books-missing"])]
    page = app.builder.get_target_uri(docname)
    listing = nodes.bullet_list(classes=["pakru-downloads", "pakru-books"])
    for name, what in zip(books, (PDF_WHAT, EPUB_WHAT), strict=True):
        link = nodes.reference("", "", nodes.literal(name, name), refuri=relative_uri(page, name))
        listing += nodes.list_item("", nodes.paragraph("", "", link, nodes.Text(f": {_(what)}.")))
    return [listing]


def page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object) -> None:
    """The PDF's title page (book_theme/layout.html), and what docs/_templates/sidebar/books.html
    shows on the site: the books' links, or that there are none."""
    if app.builder.name == "singlehtml":
        from pakru_data.tools.books import data_date

        date = format_date_at_precision(PartialDate.parse(data_date(data()).isoformat()), locale_of(app.env))
        context["pakru_book"] = {
            "date_line": _("Data checked against its sources up to {date}").format(date=date),
            "address": online_address(app.config),
            "contents": _("Contents"),
            "fonts": _("Type: DejaVu (Bitstream Vera licence) and Noto Nastaliq Urdu (SIL Open Font License 1.1)."),
        }
    if app.builder.name not in SITE_BUILDERS:
        return
    page = app.builder.get_target_uri(pagename)
    context["pakru_books"] = [
        {"href": relative_uri(page, name), "label": name.rpartition(".")[2].upper()} for name in app.config.pakru_books
    ]
    context["pakru_books_heading"] = _("This edition offline:")
    context["pakru_books_missing"] = _(NOT_BUILT)


def copy_books(app: Sphinx, exception: Exception | None) -> None:
    """Copy the edition's books beside its pages (only on change, as the downloads are)."""
    if exception is not None or app.builder.name not in SITE_BUILDERS:
        return
    for name in app.config.pakru_books:
        source, target = Path(app.config.pakru_books_dir) / name, Path(app.outdir) / name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)


def setup(app: Sphinx) -> None:
    app.add_config_value("pakru_books_dir", "", "", types=frozenset({str}))
    # Set from pakru_books_dir when the build starts; "html": a change writes every page again.
    app.add_config_value("pakru_books", (), "html", types=frozenset({tuple}))
    app.add_node(book_downloads)
    app.add_html_theme("pakru-book", str(Path(__file__).parent / "book_theme"))
    app.connect("config-inited", book_settings, priority=200)  # after conf.py's (100)
    app.connect("builder-inited", book_builder)
    app.connect("doctree-resolved", book_links, priority=600)  # after the downloads' addresses (500)
    app.connect("html-page-context", page_context)
    app.connect("build-finished", copy_books)
