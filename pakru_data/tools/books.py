"""The books: an EPUB and a PDF of each edition, written by `nox -s books` into build/books/.

For each edition, Sphinx's ``epub`` builder writes the EPUB, and its ``singlehtml`` builder
(with the book theme, ``pakru_data/sphinxext/book_theme``) one page that WeasyPrint lays out
as the PDF with ``docs/_static/pakru-book.css`` and ``pakru-print.css`` (pages, numbers, running titles).  The
builds of all the editions run at the same time, as the site's do.  What the extension does
differently for the books is in ``pakru_data/sphinxext/books.py``.

Each book carries the data's date: the day its sources were last read (the newest
``accessed`` date), as the EPUB's ``dc:date`` and the PDF's creation date, and on the
PDF's title page.

    python -m pakru_data.tools.books [--language ur ...] [--keep-going]

WeasyPrint needs Pango from the system (README, "Books").
"""

from __future__ import annotations

import argparse
import calendar
import concurrent.futures
import datetime as dt
import os
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pakru_data.dataset import DataError, Dataset
from pakru_data.paths import REPOSITORY_ROOT, shown_path
from pakru_data.tools.sphinx_command import EDITIONS, build_at_once, edition_doctrees, sphinx_options

__all__ = ["BOOKS", "book_path", "build_books", "data_date", "main"]

BOOKS = REPOSITORY_ROOT / "build" / "books"
BUILD = REPOSITORY_ROOT / "build"
DOCS = REPOSITORY_ROOT / "docs"
# The singlehtml build of the PDF uses the book theme: Sphinx's plain epub theme, no furo.
BOOK_THEME = "pakru-book"


def data_date(data: Dataset) -> dt.date:
    """The data's date: the day its sources were last read (the newest ``accessed`` date).

    >>> from pakru_data import DATA
    >>> data_date(DATA) == max(dt.date.fromisoformat(s.accessed) for s in DATA.sources if s.accessed)
    True
    """
    read = [dt.date.fromisoformat(source.accessed) for source in data.sources if source.accessed]
    if not read:
        raise SystemExit("pakru_data/sources.py: no source has an accessed date, so the books have no date; read one")
    return max(read)


def book_path(language: str, fmt: str, books: Path = BOOKS) -> Path:
    """build/books/pakru-<lang>.<fmt>

    >>> book_path("ru", "epub").relative_to(REPOSITORY_ROOT).as_posix()
    'build/books/pakru-ru.epub'
    """
    return books / f"pakru-{language}.{fmt}"


def work_folder(builder: str, language: str, work: Path = BUILD) -> Path:
    """Where Sphinx writes a book's pages before they are packed: build/<builder>/<lang>."""
    return work / builder / language


def book_command(builder: str, language: str, date: dt.date, work: Path = BUILD) -> list[str]:
    """The sphinx-build command line of one edition's EPUB or PDF pages."""
    options = sphinx_options(
        builder=builder,
        confdir=str(REPOSITORY_ROOT),
        doctrees=edition_doctrees(str(work / "doctrees"), builder, language),
        plain=True,
        language=language,
    )
    # The EPUB's version (Sphinx wants one) is the data's date; no "¶" after the headings.
    options += ["-D", f"version={date.isoformat()}", "-D", "html_permalinks=0"]
    if builder == "singlehtml":
        options += ["-D", f"html_theme={BOOK_THEME}"]
    return [sys.executable, "-m", "sphinx", *options, str(DOCS), str(work_folder(builder, language, work))]


def build_pages(languages: Sequence[str], date: dt.date, work: Path = BUILD) -> None:
    """Every edition's EPUB and singlehtml builds, at the same time; each one's messages
    whole, in order; exit on any failure."""
    commands = {
        f"{builder} {language}": book_command(builder, language, date, work)
        for language in languages
        for builder in ("epub", "singlehtml")
    }
    # Every date Sphinx takes from the clock (the EPUB's dc:date) is the data's date.
    epoch = calendar.timegm(date.timetuple())
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONPATH": str(REPOSITORY_ROOT)}

    def show(finished: object) -> None:
        name, code, output = (getattr(finished, key) for key in ("name", "returncode", "output"))
        print(f"--- {name} ({'ok' if code == 0 else f'failed, {code}'})", flush=True)
        if code != 0 or "WARNING" in output:
            print(output, end="", flush=True)

    failed = [f.name for f in build_at_once(commands, env=env, cwd=str(REPOSITORY_ROOT), show=show) if f.returncode]
    if failed:
        raise SystemExit(f"the books' builds failed: {', '.join(failed)}; see the messages above")


def write_pdf(language: str, date: dt.date, target: Path, work: Path = BUILD) -> None:
    """Lay out an edition's singlehtml page as a PDF with WeasyPrint."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    page = work_folder("singlehtml", language, work) / "index.html"
    fonts = FontConfiguration()
    # The page links its stylesheets itself, the books' (pakru-book.css, pakru-print.css) last.
    document = HTML(filename=str(page)).render(font_config=fonts)
    metadata = document.metadata
    metadata.lang = language
    metadata.created = metadata.modified = date.isoformat()
    metadata.authors = ["the pakru contributors"]
    metadata.generator = "pakru (Sphinx, WeasyPrint)"
    document.write_pdf(target)


def timed_pdf(language: str, date: dt.date, target: Path, work: Path) -> float:
    """write_pdf, and the seconds it took."""
    start = time.perf_counter()
    write_pdf(language, date, target, work)
    return time.perf_counter() - start


def build_books(languages: Sequence[str], data: Dataset, books: Path = BOOKS, work: Path = BUILD) -> dict[str, float]:
    """Build the books of ``languages`` into ``books`` (their pages and Sphinx's files under
    ``work``); the seconds each step took."""
    date = data_date(data)
    books.mkdir(parents=True, exist_ok=True)
    for language in languages:  # a book half rebuilt is never linked: both go first
        for fmt in ("pdf", "epub"):
            book_path(language, fmt, books).unlink(missing_ok=True)
        for builder in ("epub", "singlehtml"):  # written whole each time: nothing stale goes in a book
            shutil.rmtree(work_folder(builder, language, work), ignore_errors=True)
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    build_pages(languages, date, work)
    seconds["pages"] = time.perf_counter() - start
    for language in languages:
        shutil.copyfile(work_folder("epub", language, work) / "pakru.epub", book_path(language, "epub", books))
    # WeasyPrint lays out one PDF per process, as many at once as there are cores.
    workers = min(len(languages), os.cpu_count() or 1)
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        jobs = {
            language: pool.submit(timed_pdf, language, date, book_path(language, "pdf", books), work)
            for language in languages
        }
        for language, job in jobs.items():
            seconds[f"pdf {language}"] = job.result()
            print(f"{shown_path(book_path(language, 'pdf', books))}, {shown_path(book_path(language, 'epub', books))}")
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pakru_data.tools.books", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--language", action="append", choices=EDITIONS, help="one edition (repeatable); all by default"
    )
    parser.add_argument("--output", type=Path, default=BOOKS, help="where the books go (build/books)")
    parser.add_argument("--work", type=Path, default=BUILD, help="where their pages are built (build)")
    args = parser.parse_args(argv)
    from pakru_data.loading import load

    try:
        data = load()
    except DataError as error:  # each problem on its line, as `python -m pakru_data check` prints them
        print(error, file=sys.stderr)
        return 1
    seconds = build_books(args.language or list(EDITIONS), data, args.output, args.work)
    print("; ".join(f"{step} {value:.1f} s" for step, value in seconds.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
