"""The site's links to its books (issue 21): each edition's data downloads page and sidebar
link to the edition's PDF and EPUB when `nox -s books` has built them, and say plainly when
not.  (The books themselves are tested by `nox -s books`: tests/books/.)"""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import DOCS, Site, sphinx_build

from pakru_data.sphinxext.books import NOT_BUILT, book_name, books_found


def test_without_books_the_downloads_page_and_every_sidebar_say_there_are_none(site: Site):
    data = site.page("data")
    assert NOT_BUILT in data.find("article").get_text(" ")
    for page in ("index", "data", "register/figures-money"):
        sidebar = site.page(page).select_one(".sidebar-drawer .pakru-books")
        assert sidebar is not None and sidebar.get_text(" ", strip=True) == NOT_BUILT
        assert sidebar.find("a") is None
    assert not list(site.root.glob("pakru-*"))


def test_a_book_without_its_pair_is_not_linked(tmp_path: Path):
    (tmp_path / book_name("en", "pdf")).write_bytes(b"%PDF")
    assert books_found(str(tmp_path), "en") == []
    (tmp_path / book_name("en", "epub")).write_bytes(b"PK")
    assert books_found(str(tmp_path), "en") == ["pakru-en.pdf", "pakru-en.epub"]
    assert books_found(str(tmp_path), "ru") == []
    assert books_found("", "en") == []


def test_books_built_later_are_copied_beside_the_pages_and_linked_from_any_depth(tmp_path: Path):
    books, out = tmp_path / "books", tmp_path / "site"
    books.mkdir()
    doctrees = ["-d", str(tmp_path / "doctrees")]
    first = sphinx_build(DOCS, out, *doctrees, env={"PAKRU_BOOKS_DIR": str(books)})
    assert first.returncode == 0, first.stdout + first.stderr
    for fmt in ("pdf", "epub"):
        (books / book_name("en", fmt)).write_bytes(f"the English {fmt}".encode())
    # `nox -s books` builds the site again once the books are there: every page is written
    # again (each sidebar links them), and none is read.
    again = sphinx_build(DOCS, out, *doctrees, env={"PAKRU_BOOKS_DIR": str(books)})
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 added, 0 changed, 0 removed" in again.stdout
    every_page = len(list(DOCS.rglob("*.md")))
    assert f"building [html]: targets for {every_page} source files that are out of date" in again.stdout

    def page(name: str) -> BeautifulSoup:
        return BeautifulSoup((out / f"{name}.html").read_text(encoding="utf-8"), "html.parser")

    data = page("data")
    assert [a["href"] for a in data.select("article .pakru-books a")] == ["pakru-en.pdf", "pakru-en.epub"]
    assert NOT_BUILT not in data.get_text(" ")
    assert [a["href"] for a in data.select(".sidebar-drawer .pakru-books a")] == ["pakru-en.pdf", "pakru-en.epub"]
    nested = page("register/figures-money").select(".sidebar-drawer .pakru-books a")
    assert [(a["href"], a.get_text()) for a in nested] == [("../pakru-en.pdf", "PDF"), ("../pakru-en.epub", "EPUB")]
    for fmt in ("pdf", "epub"):
        assert (out / book_name("en", fmt)).read_bytes() == f"the English {fmt}".encode()
