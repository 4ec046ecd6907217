"""Translations cannot break facts: a small Russian catalogue in a copy of the pages.

A translated entry is parsed again by MyST in the edition's language, so its {fact} shows the
value from the data, formatted in Russian; a translation that drops a role or link fails the
build, naming the catalogue and the entry's line, on every build until it is fixed; a strict
build fails while entries are untranslated."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from bs4 import BeautifulSoup
from conftest import DOCS, sphinx_build

from pakru_data import DATA, format_fact
from pakru_data.catalogues import entries, glossary_problems, problems_in
from pakru_data.glossary import COLUMNS, glossary_path, read_glossary
from pakru_data.tools.translations import main, update_catalogues

# The copy of the pages is not in git: no "last updated" dates, and no warning about it.
NO_GIT = ("-D", "suppress_warnings=git.too_shallow,git.subprocess_error")


def in_copy(docs: Path, *options: str) -> tuple[str, ...]:
    """Options that build the copy with its own catalogues, not the checkout's."""
    return (*NO_GIT, "-D", f"locale_dirs={docs / 'locales'}", *options)


def paragraph_showing(page: str, role: str) -> str:
    """The page's paragraph that shows ``role``, as Sphinx's gettext builder extracts it."""
    for paragraph in (DOCS / f"{page}.md").read_text(encoding="utf-8").split("\n\n"):
        if role in paragraph:
            return " ".join(line.strip() for line in paragraph.strip().splitlines())
    raise AssertionError(f"no paragraph of {page}.md shows {role}")


def write_catalogue(docs: Path, language: str, page: str, translations: dict[str, str]) -> Path:
    catalogue = Catalog(locale=language)
    for msgid, msgstr in translations.items():
        catalogue.add(msgid, msgstr)
    path = docs / "locales" / language / "LC_MESSAGES" / f"{page}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=0)
    return path


def line_of(path: Path, msgid: str) -> int:
    return next(entry.line for entry in entries(path) if entry.msgid == msgid)


def test_a_translation_shows_the_facts_in_its_language_and_one_that_drops_a_fact_fails(docs_copy, tmp_path):
    kept = paragraph_showing("index", "{fact}`tashkent-declaration`")
    dropped = paragraph_showing("index", "{fact}`mi35m-contract`")
    catalogue = write_catalogue(
        docs_copy,
        "ru",
        "index",
        {
            kept: "Каждая дата здесь взята из данных, например {fact}`tashkent-declaration`.",
            dropped: "Где источники расходятся со статьёй, см. [исправления](corrections.md) и [реестр](register.md).",
        },
    )
    out = tmp_path / "html"
    builds = [sphinx_build(docs_copy, out, *in_copy(docs_copy, "-D", "language=ru")) for _ in range(2)]
    for result in builds:  # the second build reads nothing again, and fails alike
        assert result.returncode == 1, result.stderr
        warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
        assert warnings == [
            f"{catalogue}:{line_of(catalogue, dropped)}: WARNING: the translation drops {{fact}}`mi35m-contract` "
            "of its English ('Where the sources say something different from the original…'); a translation "
            "must keep every role and link of the English exactly: only the words around them change "
            "[pakru.broken_translation]"
        ]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Каждая дата здесь взята из данных" in page
    russian = format_fact(DATA.facts["tashkent-declaration"], locale="ru")
    assert re.search(rf">{re.escape(russian)}</span>", page), russian
    # The rest of the page shows its English; a note at its top says so and lists it.
    note = BeautifulSoup(page, "html.parser").select_one("article .pakru-translation-status")
    assert note is not None
    passages = [item.get_text(" ", strip=True) for item in note.select("li")]
    assert passages and all(item.endswith("…") for item in passages)
    assert str(len(passages)) in note.select_one("p:not(.admonition-title)").get_text()  # "N passages…"
    translated = [" ".join(paragraph.split()[:3]) for paragraph in (kept, dropped)]
    assert not any(item.startswith(start) for item in passages for start in translated), passages


def test_a_misspelt_fact_in_a_translation_is_reported_once_with_the_catalogue_entry(docs_copy, tmp_path):
    # A list item: its English as the repository's Russian catalogue has it.
    checked_in = DOCS / "locales" / "ru" / "LC_MESSAGES" / "history.po"
    english = next(e.msgid for e in entries(checked_in) if "{fact}`tashkent-declaration`" in e.msgid)
    catalogue = write_catalogue(
        docs_copy,
        "ru",
        "history",
        {english: "СССР помог закончить войну: Ташкентская декларация, {fact}`tashkent-declaraton`."},
    )
    result = sphinx_build(docs_copy, tmp_path / "html", *in_copy(docs_copy, "-D", "language=ru"))
    assert result.returncode == 1, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    # Sphinx parses a translated paragraph twice; the unknown id is still one problem, said once.
    unknown = [line for line in warnings if "unknown fact 'tashkent-declaraton'" in line]
    assert len(unknown) == 1, warnings
    assert "(did you mean 'tashkent-declaration'?)" in unknown[0]
    broken = [line for line in warnings if "[pakru.broken_translation]" in line]
    assert broken == [
        f"{catalogue}:{line_of(catalogue, english)}: WARNING: the translation drops {{fact}}`tashkent-declaration`; "
        f"adds {{fact}}`tashkent-declaraton` of its English ('{english[:59]}…'); a translation must keep every "
        "role and link of the English exactly: only the words around them change [pakru.broken_translation]"
    ]
    assert len(warnings) == 2, warnings


def test_a_strict_build_fails_on_untranslated_entries_and_the_session_lists_them(docs_copy, tmp_path):
    shutil.rmtree(docs_copy / "locales" / "ru", ignore_errors=True)  # a language with no catalogue yet
    templates = tmp_path / "gettext"
    result = sphinx_build(docs_copy, templates, *NO_GIT, builder="gettext")
    assert result.returncode == 0, result.stderr
    update_catalogues(templates, docs_copy / "locales", "ru")
    catalogue = docs_copy / "locales" / "ru" / "LC_MESSAGES" / "history.po"
    assert {entry.state for entry in entries(catalogue)} == {"untranslated"}
    assert "python-brace-format" not in catalogue.read_text(encoding="utf-8")

    strict = sphinx_build(
        docs_copy, tmp_path / "html", *in_copy(docs_copy, "-D", "language=ru"), "-D", "pakru_strict=1"
    )
    assert strict.returncode == 1
    assert re.search(
        rf"{re.escape(str(catalogue))}:\d+: WARNING: \d+ untranslated .*\[pakru\.untranslated\]", strict.stderr
    )
    # Contributor pages stay English on purpose (pakru_english_pages).
    assert "how-to-correct.po: WARNING" not in strict.stderr


def test_the_records_text_is_translated_from_its_own_catalogue_and_checked_like_the_pages(docs_copy, tmp_path):
    """records.po: an era's title shows in Russian and re-reads exactly the pages that show
    it when its translation changes; text with no translation shows the English, marked
    lang="en"; a correction's finding that drops its {fact} fails the build at its line."""
    finding = next(c for c in DATA.corrections if "{fact}`" in c.finding)
    era = DATA.eras[0]
    catalogue = Catalog(locale="ru")
    catalogue.add(era.title, "Эпоха холодной войны", context=f"era:{era.id}.title")
    catalogue.add(finding.finding, "Источники говорят иначе.", context=f"correction:{finding.id}.finding")
    path = docs_copy / "locales" / "ru" / "LC_MESSAGES" / "records.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=0)
    out = tmp_path / "html"
    broken = sphinx_build(docs_copy, out, *in_copy(docs_copy, "-D", "language=ru"))
    assert broken.returncode == 1
    line = line_of(path, finding.finding)
    assert f"{path}:{line}: WARNING: the translation drops {{fact}}`" in broken.stderr
    assert "[pakru.broken_translation]" in broken.stderr

    catalogue.delete(finding.finding, context=f"correction:{finding.id}.finding")
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=0)
    fixed = sphinx_build(docs_copy, out, *in_copy(docs_copy, "-D", "language=ru"))
    assert fixed.returncode == 0, fixed.stderr
    history = (out / "history.html").read_text(encoding="utf-8")
    assert f"{era.start_year}–{era.end_year}: Эпоха холодной войны</span>" in history
    assert f'<span class="pakru-era" lang="en">{DATA.eras[1].start_year}–' in history

    catalogue.get(era.title, context=f"era:{era.id}.title").string = "Время холодной войны"
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=0)
    again = sphinx_build(docs_copy, out, *in_copy(docs_copy, "-D", "language=ru"))
    assert again.returncode == 0, again.stderr
    pages_showing_the_era = {
        page.relative_to(docs_copy).with_suffix("").as_posix()
        for page in docs_copy.rglob("*.md")
        if f"{{era}}`{era.id}`" in page.read_text(encoding="utf-8")
    }
    assert f"data changed for {len(pages_showing_the_era)} page(s): {', '.join(sorted(pages_showing_the_era))}" in (
        again.stdout
    )
    assert "Время холодной войны" in (out / "history.html").read_text(encoding="utf-8")


def test_an_edited_interface_catalogue_writes_every_page_again(docs_copy, tmp_path):
    """sphinx.po (Sphinx's and furo's own words): Sphinx compiles it as the build starts but
    writes again only the pages it reads; pakru makes a rebuild write every page, so a
    rebuild shows what a clean build shows."""
    out = tmp_path / "html"
    write_catalogue(docs_copy, "ur", "sphinx", {"Search": "ڈھونڈیں"})
    first = sphinx_build(docs_copy, out, *in_copy(docs_copy, "-D", "language=ur"))
    assert first.returncode == 0, first.stderr
    assert 'placeholder="ڈھونڈیں"' in (out / "history.html").read_text(encoding="utf-8")
    write_catalogue(docs_copy, "ur", "sphinx", {"Search": "تلاش"})
    second = sphinx_build(docs_copy, out, *in_copy(docs_copy, "-D", "language=ur"))
    assert second.returncode == 0, second.stderr
    clean = sphinx_build(docs_copy, tmp_path / "clean", *in_copy(docs_copy, "-D", "language=ur"))
    for folder in (out, tmp_path / "clean"):
        assert 'placeholder="تلاش"' in (folder / "history.html").read_text(encoding="utf-8")
    assert "sphinx.po changed: every page is written again" in second.stdout
    assert clean.returncode == 0


def test_a_translation_may_show_a_fact_in_the_form_its_sentence_needs_but_keeps_every_fact():
    # «в апреле 2018 г.»: the same fact, in the form a Russian sentence takes.
    assert problems_in("said ({fact}`dastgir-arms-talks`) that", "сказал {fact}`dastgir-arms-talks:in`, что") == []
    # A form is no licence to drop a use of the fact, or to show another one.
    assert problems_in("{fact}`a` in {fact}`a:period`", "{fact}`a:in`") == ["drops {fact}`a`"]
    assert problems_in("in {fact}`a`", "в {fact}`b:in`") == ["drops {fact}`a`", "adds {fact}`b`"]


def test_each_language_has_a_glossary_weblate_can_import_with_the_names_and_the_sites_words():
    for language in ("ur", "ru"):
        path = glossary_path(DOCS / "locales", language)
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert header == ",".join(COLUMNS)  # Weblate's CSV: source, target, context, comments
        terms = read_glossary(path)
        kinds = {term.context for term in terms}
        assert {"person", "place", "organisation", "exercise", "agreement", "site word", "record kind"} <= kinds
        words = {term.source for term in terms}
        assert {"fact", "source", "verified", "corrected", "disputed", "visit", "agreement", "exercise"} <= words


def test_the_catalogues_write_every_glossary_term_as_the_glossary_does():
    for language in ("ur", "ru"):
        assert [
            f"{entry.location}: {problem}" for entry, problem in glossary_problems(DOCS / "locales", language)
        ] == []


def test_the_session_reports_a_term_written_another_way_at_its_line_and_strict_fails_on_it(tmp_path, capsys):
    locales = tmp_path / "locales"
    (locales / "ru").mkdir(parents=True)
    (locales / "ru" / "glossary.csv").write_text(
        "source,target,context,developer_comments\nNational Assembly,Национальная ассамблея,organisation,\n",
        encoding="utf-8",
    )
    kept = "The minister told the National Assembly."
    other = "The National Assembly met."
    catalogue = write_catalogue(
        tmp_path,
        "ru",
        "history",
        {kept: "Министр сообщил Национальной ассамблее.", other: "Национальное собрание собралось."},
    )
    assert main(["--locales", str(locales), "--brief", "ru"]) == 0  # reported, not failed
    assert main(["--locales", str(locales), "--brief", "--strict", "ru"]) == 1
    said = [line.strip() for line in capsys.readouterr().out.splitlines() if "glossary:" in line]
    location = f"{catalogue}:{line_of(catalogue, other)}"
    expected = (
        f"{location}: glossary: 'National Assembly' must be written 'Национальная ассамблея' "
        f"({locales / 'ru' / 'glossary.csv'}:2); the translation writes it another way: use the glossary's "
        "word, or change the glossary"
    )
    assert said == [expected, expected]  # once by each run; the entry that keeps the term is not listed
