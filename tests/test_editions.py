"""The Urdu and Russian editions: built from the same pages and records as the English one,
each fact formatted in the edition's language, right to left for Urdu, and linked to the
same page in every edition."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import furo
import pytest
from conftest import DOCS, ROOT, Site, sphinx_build

from pakru_data import DATA, format_fact
from pakru_data.sphinx_command import EDITIONS

FURO_BASE = Path(furo.__file__).parent / "theme" / "furo" / "base.html"
OURS = ROOT / "docs" / "_templates" / "base.html"
DIRECTION = '{% if pakru_dir %} dir="{{ pakru_dir }}"{% endif %}'


def test_the_base_template_is_furos_with_only_the_direction_added():
    """furo's <html> tag is in no Jinja block, so docs/_templates/base.html is a copy: when
    furo changes its base.html, this fails, and the copy must be made again."""
    ours = OURS.read_text(encoding="utf-8")
    comment_end = ours.index("-#}\n") + len("-#}\n")
    assert ours[:comment_end].startswith("{#- furo ")
    assert ours[comment_end:].count(DIRECTION) == 1
    assert ours[comment_end:].replace(DIRECTION, "") == FURO_BASE.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=["ur", "ru"])
def edition(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Site]:
    language = request.param
    out = tmp_path_factory.mktemp(f"site-{language}")
    result = sphinx_build(DOCS, out, "-D", f"language={language}")
    assert result.returncode == 0, result.stderr
    return language, Site(out)


def test_every_fact_shows_in_the_editions_language_as_the_data_says(edition):
    language, site = edition
    shown = defaultdict(set)
    for name in site.page_names:
        for span in site.page(name).select("span.pakru-fact[data-fact]"):
            shown[(span["data-fact"], span["data-variant"])].add(span.get_text())
    assert shown
    for (fact_id, variant), texts in shown.items():
        assert texts == {format_fact(DATA.facts[fact_id], variant, locale=language)}, (fact_id, variant, texts)


def test_every_page_has_its_language_direction_switcher_and_alternates(edition):
    language, site = edition
    for name in [*site.page_names, "404", "search", "genindex"]:
        page = site.page(name)
        html = page.find("html")
        assert html["lang"] == language, name
        assert html.get("dir") == ("rtl" if language == "ur" else None), name
        alternates = {link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')}
        if name != "404":  # the 404 page is no page's edition: no alternates
            assert set(alternates) == {*EDITIONS, "x-default"}, name
            assert alternates[language] == f"https://example.org/pakru/{language}/{name}.html", name
        else:
            assert alternates == {}
        switcher = page.select("nav.pakru-editions li")
        assert [item.get_text(strip=True) for item in switcher] == ["English", "اردو", "Русский"], name
        links = {a["hreflang"]: a["href"] for a in page.select("nav.pakru-editions a")}
        if name == "404":  # served at any address: absolute paths to each edition's first page
            assert sorted(links.values()) == sorted(
                f"/pakru/{e}index.html" for e in ("", "ur/", "ru/") if e != f"{language}/"
            )
        else:  # from build/html/<language>/<name>.html to build/html/<name>.html
            assert links["en"] == "../" * (name.count("/") + 1) + f"{name}.html", name
    og = site.page("index").select_one('meta[property="og:locale"]')
    assert og["content"] == {"ur": "ur_PK", "ru": "ru_RU"}[language]
    assert "/pakru/" + language + "/index.html" in str(site.page("404"))


def test_every_paragraph_is_translated_or_says_it_is_still_english(edition):
    """A paragraph the catalogue translates is marked translated; any other shows its English
    and says so with lang="en", never silently."""
    _language, site = edition
    for name in ("history", "trade"):
        paragraphs = [p for p in site.article(name).select("section > p") if not p.find_parent("nav")]
        assert paragraphs, name
        for paragraph in paragraphs:
            assert "translated" in paragraph.get("class", []) or paragraph.get("lang") == "en", (name, paragraph)


def test_the_english_edition_is_left_to_right_and_british_dated(site):
    html = site.page("index").find("html")
    assert html["lang"] == "en" and html.get("dir") is None
    assert site.page("index").select_one('meta[property="og:locale"]')["content"] == "en_GB"
    assert "10 January 1966" in site.article("history").get_text()
    assert not site.article("history").select('[lang="en"]')  # nothing to mark in English
