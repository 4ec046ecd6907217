"""The books that `nox -s books` writes (issue 21): an EPUB and a PDF of each edition, in
build/books/ (or $PAKRU_BOOKS_DIR).  Marked ``books`` and left out of `nox -s tests`: the
`books` session builds them, then runs these tests.

What a reader relies on: the key facts read as each edition's site shows them (formatted by
the same code, never retyped here), the data's date, title and language in the metadata, an
EPUB a reader can open, charts drawn as vectors, and the register's group pages named
online with their address.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from pypdf import PageObject, PdfReader

from pakru_data import DATA, format_fact
from pakru_data.sphinxext.editions import SITE_TITLE
from pakru_data.sphinxext.words import LOCALE_DIR
from pakru_data.tools.books import BOOKS, book_path, data_date, work_folder
from pakru_data.tools.sphinx_command import EDITIONS, edition_path

pytestmark = pytest.mark.books

BOOKS_DIR = Path(os.environ.get("PAKRU_BOOKS_DIR") or BOOKS)
# The editions `nox -s books` built (`-- --language ur` builds one): all three by default.
BUILT = tuple(os.environ.get("PAKRU_BOOKS_EDITIONS", "").split()) or EDITIONS
NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
}
# Facts that every edition shows on its first pages, as dates and as amounts.
KEY_FACTS = ("tashkent-declaration", "trade-pak-russia-fy2023")
SITE_URL = os.environ.get("PAKRU_BASE_URL", "https://example.org/pakru/")


def book(language: str, fmt: str) -> Path:
    path = book_path(language, fmt, BOOKS_DIR)
    assert path.is_file(), f"{path} is missing: build the books with `nox -s books`"
    return path


def edition_title(language: str) -> str:
    """The edition's title, as its catalogue translates it."""
    if language == "en":
        return SITE_TITLE
    with (LOCALE_DIR / language / "LC_MESSAGES" / "pakru.po").open("rb") as handle:
        return read_po(handle)[SITE_TITLE].string or SITE_TITLE


def plain(text: str) -> str:
    """Text with every run of white space (no-break spaces too) as one space."""
    return re.sub(r"\s+", " ", text)


@cache
def pdf(language: str) -> PdfReader:
    return PdfReader(book(language, "pdf"))


@cache
def pdf_text(language: str) -> str:
    return plain(" ".join(page.extract_text() for page in pdf(language).pages))


@cache
def epub_pages(language: str) -> dict[str, BeautifulSoup]:
    with zipfile.ZipFile(book(language, "epub")) as epub:
        return {
            name: BeautifulSoup(epub.read(name).decode("utf-8"), "html.parser")
            for name in epub.namelist()
            if name.endswith(".xhtml")
        }


def package_document(epub: zipfile.ZipFile) -> tuple[str, ElementTree.Element]:
    container = ElementTree.fromstring(epub.read("META-INF/container.xml"))
    rootfile = container.find("c:rootfiles/c:rootfile", NS)
    assert rootfile is not None
    path = rootfile.get("full-path", "")
    return path, ElementTree.fromstring(epub.read(path))


@pytest.mark.parametrize("language", [language for language in BUILT if language != "ur"])
def test_the_pdf_shows_key_facts_as_the_edition_site_does(language: str):
    text = pdf_text(language)
    for fact_id in KEY_FACTS:
        shown = plain(format_fact(DATA.facts[fact_id], locale=language))
        assert shown in text, f"{fact_id} should read {shown!r} in pakru-{language}.pdf"


@pytest.mark.parametrize("language", BUILT)
def test_the_epub_shows_key_facts_as_the_edition_site_does(language: str):
    # Python's PDF text extraction scrambles Nastaliq, so the Urdu text is read from the EPUB.
    text = plain(" ".join(page.get_text(" ") for page in epub_pages(language).values()))
    for fact_id in KEY_FACTS:
        assert plain(format_fact(DATA.facts[fact_id], locale=language)) in text


@pytest.mark.parametrize("language", BUILT)
def test_the_pdf_carries_the_edition_title_language_and_the_data_date(language: str):
    reader = pdf(language)
    info = reader.metadata
    assert info is not None and info.title == edition_title(language)
    assert info.creation_date is not None and info.creation_date.date() == data_date(DATA)
    assert reader.trailer["/Root"]["/Lang"] == language
    assert len(reader.outline) > 0, "the PDF's bookmarks (its table of contents in a reader)"


@pytest.mark.parametrize("language", BUILT)
def test_the_epub_is_well_formed_with_the_edition_title_language_and_date(language: str):
    with zipfile.ZipFile(book(language, "epub")) as epub:
        first = epub.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert epub.read("mimetype") == b"application/epub+zip"
        path, package = package_document(epub)
        folder = path.rpartition("/")[0]
        names = set(epub.namelist())
        metadata = package.find("opf:metadata", NS)
        assert metadata is not None
        assert package.get("{http://www.w3.org/XML/1998/namespace}lang") == language
        assert metadata.findtext("dc:language", namespaces=NS) == language
        assert metadata.findtext("dc:title", namespaces=NS) == edition_title(language)
        date = metadata.findtext("dc:date", namespaces=NS) or ""
        assert dt.date.fromisoformat(date[:10]) == data_date(DATA)
        items = {item.get("id"): item.get("href") for item in package.iterfind("opf:manifest/opf:item", NS)}
        missing = [href for href in items.values() if f"{folder}/{href}".lstrip("/") not in names]
        assert not missing, f"listed in the manifest but not in the EPUB: {missing}"
        for href in items.values():
            if href.endswith(".xhtml"):  # each page is XML a reader can parse, in the edition's language
                page = ElementTree.fromstring(epub.read(f"{folder}/{href}".lstrip("/")))
                assert page.get("lang") == language, href
        spine = package.find("opf:spine", NS)
        assert spine is not None
        assert all(ref.get("idref") in items for ref in spine.iterfind("opf:itemref", NS))
        assert spine.get("page-progression-direction") == ("rtl" if language == "ur" else "ltr")


@pytest.mark.parametrize("language", BUILT)
def test_the_charts_are_drawings_not_pictures(language: str):
    charts = [svg for page in epub_pages(language).values() for svg in page.select(".pakru-chart svg")]
    assert charts and all(svg.find("rect") for svg in charts), "each chart's bars are SVG shapes in the EPUB"
    reader = pdf(language)
    assert not [image for page in reader.pages for image in page.images], "the PDF holds no bitmap"
    assert any(draws_rectangles(page) for page in reader.pages), "the charts' bars are drawn as PDF rectangles"


def draws_rectangles(page: PageObject) -> bool:
    """Whether a PDF page's content draws a rectangle path (the ``re`` operator)."""
    contents = page.get_contents()
    return contents is not None and re.search(rb"\sre\s", contents.get_data()) is not None


@pytest.mark.parametrize("language", BUILT)
def test_the_register_group_pages_are_named_online_with_their_address(language: str):
    edition_url = SITE_URL + edition_path(language)
    pages = epub_pages(language)
    assert not [name for name in pages if name.startswith("register/")], "group pages stay online"
    register = pages["register.xhtml"]
    note = register.select_one(".pakru-books-online a")
    assert note is not None and note["href"] == f"{edition_url}register.html"
    links = {a["href"] for page in pages.values() for a in page.find_all("a", href=True)}
    group_links = {href for href in links if "register/" in href}
    assert group_links and all(href.startswith(f"{edition_url}register/") for href in group_links)
    assert f"{edition_url}register.html" in pdf_text(language).replace(" ", "")


@pytest.mark.parametrize("language", BUILT)
def test_the_books_link_the_data_downloads_where_they_are_on_the_site(language: str):
    data = epub_pages(language)["data.xhtml"]
    links = {a.get_text(strip=True): a["href"] for a in data.find_all("a", href=True)}
    edition_url = SITE_URL + edition_path(language)
    assert links["facts.json"] == f"{edition_url}facts.json"
    assert links["trade.csv"] == f"{edition_url}trade.csv"
    with zipfile.ZipFile(book(language, "epub")) as epub:
        assert not [name for name in epub.namelist() if name.endswith(".json")], "the data files stay on the site"


@pytest.mark.parametrize("language", BUILT)
def test_every_link_inside_the_pdf_goes_to_its_own_target(language: str):
    # The page WeasyPrint laid out (singlehtml joins every page into one): every link to a
    # place in it finds its id, and that id is the linking page's own ("#document-<page>#id",
    # which no reader follows, and ids two pages share, are what it must not have).
    laid_out = work_folder("singlehtml", language) / "index.html"
    page = BeautifulSoup(laid_out.read_text(encoding="utf-8"), "html.parser")
    ids = {element["id"] for element in page.find_all(id=True)}
    hrefs = {a["href"][1:] for a in page.find_all("a", href=True) if a["href"].startswith("#")}
    assert hrefs and not sorted(hrefs - ids)
    assert not [href for href in hrefs if "#" in href]
    history = page.find("span", id="document-history").find_next("section")
    cited = history.select_one("a.pakru-cite")["href"][1:]
    assert history.find(id=cited) is not None, "a source number goes to its own chapter's list"
    # And in the PDF, each link names a destination it has.
    reader = pdf(language)
    destinations = set(reader.named_destinations)
    links = [annotation.get_object() for page in reader.pages for annotation in page.get("/Annots") or []]
    named = {link["/Dest"] for link in links if link.get("/Subtype") == "/Link" and "/Dest" in link}
    assert named and named <= destinations
