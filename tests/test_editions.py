"""The Urdu and Russian editions: built from the same pages and records as the English one,
each fact formatted in the edition's language, right to left for Urdu, and linked to the
same page in every edition."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import furo
import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from conftest import DOCS, ROOT, Site, sphinx_build

from pakru_data import DATA, format_fact
from pakru_data.charts import alt_text, chart
from pakru_data.model import Agreement
from pakru_data.record_text import fields_of, records_of, translations_for
from pakru_data.register_groups import group_of
from pakru_data.tools.sphinx_command import EDITIONS
from pakru_data.trade_series import trade_chart

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


def test_every_page_shows_exactly_the_facts_of_its_english_page(edition, site):
    language, translated = edition

    def facts_on(page: BeautifulSoup) -> Counter[str]:
        # The same facts, each as many times; a translation may show one in the form its
        # sentence needs ({fact}`id:in` for «в апреле 2018 г.»), so the variant may differ.
        return Counter(span["data-fact"] for span in page.select("article span.pakru-fact"))

    compared = 0
    for name in site.page_names:
        english = facts_on(site.page(name))
        assert facts_on(translated.page(name)) == english, (language, name)
        compared += english.total()
    assert compared > 100  # the pages do show facts: the comparison is not of empty pages


def test_every_page_has_its_language_direction_switcher_and_alternates(edition):
    language, site = edition
    for name in [*site.page_names, "404", "search", "genindex"]:
        page = site.page(name)
        html = page.find("html")
        assert html["lang"] == language, name
        assert html.get("dir") == ("rtl" if language == "ur" else None), name
        alternates = {
            link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]:not([type])')
        }
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


# Letters of each edition's script: text the extension writes (a timeline's hint) comes in
# the edition's language from its own catalogue, not from the page's.
SCRIPTS = {"ru": re.compile("[а-яА-ЯёЁ]"), "ur": re.compile("[\u0600-\u06ff]")}


def test_every_paragraph_is_translated_or_says_it_is_still_english(edition):
    """A paragraph the catalogue translates is marked translated; one the extension writes is
    in the edition's language; any other shows its English and says so with lang="en", never
    silently."""
    language, site = edition
    for name in ("history", "trade"):
        paragraphs = [p for p in site.article(name).select("section > p") if not p.find_parent("nav")]
        assert paragraphs, name
        for paragraph in paragraphs:
            marked = "translated" in paragraph.get("class", []) or paragraph.get("lang") == "en"
            assert marked or SCRIPTS[language].search(paragraph.get_text()), (name, paragraph)
        # The page's own text is still looked up in its catalogue and marked.
        assert any("translated" in p.get("class", []) for p in paragraphs), name


def test_each_editions_charts_are_drawn_in_its_direction(edition):
    """Urdu's charts are mirrored (pakru_data.charts draws them so, the direction coming from
    the language): every bar ends at the right-hand baseline, 8 from the drawing's right
    edge; Russian's start at the left."""
    language, site = edition
    drawings = [d for page in ("trade", "challenges") for d in site.article(page).select("svg.pakru-chart-svg")]
    assert len(drawings) >= 3
    for drawing in drawings:
        bars = drawing.select("rect.pakru-chart-bar")
        starts = {Decimal(bar["x"]) for bar in bars}
        ends = {Decimal(bar["x"]) + Decimal(bar["width"]) for bar in bars}
        if language == "ur":
            assert drawing["direction"] == "rtl" and ends == {Decimal(drawing["width"]) - 8} and len(starts) > 1
        else:
            assert drawing.get("direction") is None and starts == {Decimal(8)} and len(ends) > 1


def test_the_english_edition_is_left_to_right_and_british_dated(site):
    html = site.page("index").find("html")
    assert html["lang"] == "en" and html.get("dir") is None
    assert site.page("index").select_one('meta[property="og:locale"]')["content"] == "en_GB"
    assert "10 January 1966" in site.article("history").get_text()
    assert not site.article("history").select('[lang="en"]')  # nothing to mark in English


def _interface_words(language: str) -> dict[str, str]:
    """The extension's words (pakru.po) in ``language``: English -> translation."""
    path = ROOT / "pakru_data" / "sphinxext" / "locales" / language / "LC_MESSAGES" / "pakru.po"
    with path.open("rb") as handle:
        return {m.id: m.string for m in read_po(handle) if m.id and m.string and not m.fuzzy}


def test_the_words_that_come_from_code_show_in_the_editions_language(edition):
    """Table headers, kinds, directions, gaps, the trade chart's words, the 404 page and the
    corrections' section names are the extension's words (pakru.po); the records' labels in
    the tables come from records.po.  None shows its English in another edition."""
    language, site = edition
    words = _interface_words(language)
    visits = site.article("visits-and-agreements").select_one("table.pakru-visits-table")
    headers = [th.get_text(strip=True) for th in visits.select("thead th")]
    assert headers == [words[w] for w in ("Date", "Who", "Which way", "Where", "What came of it")]
    timeline = site.article("timeline")
    kinds = {row.select("td")[1].get_text(strip=True) for row in timeline.select("table.pakru-event-list tbody tr")}
    assert kinds == {words[w] for w in ("Event", "Visit", "Agreement", "Exercise")}
    trade = site.article("trade").get_text()
    for english in ("no figure found", "not given", "Period", "About particular years (Russia)"):
        assert words[english] in trade and english not in trade, english
    svg_title = site.article("trade").select_one("svg.pakru-chart-svg title").get_text()
    assert svg_title == words["Pakistan's trade with Russia: total, by year"]
    badges = timeline.select("table.pakru-event-list .pakru-marker-unverified")
    # The badge is the catalogue's word (its English where a catalogue does not translate it).
    assert badges and {badge.get_text() for badge in badges} == {words.get("unverified", "unverified")}
    assert site.article("404").select_one("h1").get_text() == words["Page not found"]
    corrections = site.article("corrections").get_text()
    sentence = "(in the article's {section} section)"
    assert words.get(sentence, sentence).format(section=words["history"]) in corrections


def test_the_records_labels_in_the_relations_tables_are_translated(edition):
    """A visit's label in the timeline's lists, and its place in the visits table, show the
    records.po translation where there is one (Russian), and say lang="en" where not (Urdu)."""
    language, site = edition
    translations = translations_for(ROOT / "docs" / "locales", language)
    visit = next(v for v in DATA.visits if v.era == "cold-war")
    label = translations.text(f"visit:{visit.id}.label", visit.label)
    cells = [row.select("td")[2] for row in site.article("timeline").select("table.pakru-event-list tbody tr")]
    shown = next(cell for cell in cells if cell.get_text(strip=True) in {label, visit.label})
    if label is None:
        assert shown.select_one('[lang="en"]') is not None
    else:
        assert shown.get_text(strip=True) == label and shown.select_one('[lang="en"]') is None


def test_a_citation_ends_with_one_full_stop_after_a_date_that_has_one(edition):
    """Russian writes "28 ноября 2026 г.": the citation adds no second full stop."""
    _language, site = edition
    for name in ("corrections", "trade"):
        for item in site.article(name).select("section#sources-for-this-page li"):
            assert "г.." not in item.get_text(), (name, item.get_text())


def test_the_records_catalogue_holds_the_words_of_the_relations_tables_and_citations():
    """records.pot has each visit's, agreement's and exercise's label and table words, each
    trade year's reported_by and notes, each source's "read via" and each reference's finding."""
    contexts = {context for record in records_of(DATA) for context, _english in fields_of(record)}
    visit, agreement = DATA.visits[0], next(e for e in DATA.events if isinstance(e, Agreement))
    expected = {f"visit:{visit.id}.label", f"visit:{visit.id}.outcome", f"agreement:{agreement.id}.what"}
    reported = next(row for row in DATA.trade if row.reported_by)
    expected |= {f"trade-year:{reported.id}.reported_by", f"reference:{DATA.article_references[0].id}.finding"}
    expected |= {f"source:{source.id}.via" for source in DATA.sources if source.via}
    assert expected <= contexts


def test_every_word_the_charts_ask_to_translate_is_in_the_interface_template():
    """pakru_data's charts and trade series write English that only the adapter translates
    (``words=_``); each must be marked in pakru.pot, or it would stay English unnoticed."""
    with (ROOT / "pakru_data" / "sphinxext" / "locales" / "pakru.pot").open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    asked: set[str] = set()

    def words(english: str) -> str:
        asked.add(english)
        return english

    for partner in ("russia", "china"):
        alt_text(trade_chart(DATA, partner, words=words), words)
    for spec in DATA.chart_specs:
        alt_text(chart(spec.id, DATA, words=words), words)
    assert asked and asked <= template, asked - template


def test_only_a_page_showing_english_says_so_in_a_translation_note(edition):
    """Every article page is fully translated, so none has the note (the text the extension
    writes, a timeline's hint or a chart's title, is not the page's and never counts as
    English); the contributors' page stays English on purpose and says that."""
    _language, site = edition
    for name in ("index", "history", "challenges", "opportunities", "conclusion", "trade", "corrections"):
        assert site.article(name).select_one(".pakru-translation-status") is None, name
    note = site.article("how-to-correct").select_one(".pakru-translation-status")
    assert note is not None and not note.select("li")


def test_the_themes_icon_titles_are_in_the_editions_language(edition):
    """furo writes its SVG icons' titles ("Menu", "Light mode") in English; the site's own
    partials/icons.html gives them in the edition's language, from sphinx.po."""
    _language, site = edition
    for symbol in ("svg-menu", "svg-sun", "svg-moon"):
        title = site.page("history").select_one(f"symbol#{symbol} > title").get_text()
        assert title not in {"Menu", "Light mode", "Dark mode"}, (symbol, title)


def test_the_themes_button_labels_are_in_the_editions_language(edition, site):
    """furo writes the labels a screen reader says for its sidebar and theme buttons in
    English; the site's own page.html gives them in the edition's language, from sphinx.po."""
    language, translated = edition
    english_labels = {tag["aria-label"] for tag in site.page("history").select(".sidebar-toggle, .theme-toggle")}
    assert english_labels == {
        "Toggle site navigation sidebar",
        "Toggle table of contents sidebar",
        "Toggle Light / Dark / Auto color theme",
    }
    for name in ("history", "register/figures-money", "search"):
        labels = {tag["aria-label"] for tag in translated.page(name).select(".sidebar-toggle, .theme-toggle")}
        assert len(labels) == 3 and not labels & english_labels, (language, name, labels)


def test_the_articles_quoted_english_words_are_marked_english(edition):
    language, site = edition
    quoted = site.article("corrections").select("blockquote.pakru-article-said em")
    assert len(quoted) == len(DATA.corrections)
    assert all(em.get("lang") == "en" for em in quoted), language


def test_each_editions_feed_is_atom_in_its_language_and_linked_from_every_page(edition):
    """feed.atom at the edition's root (tests/test_site_changes.py checks the English one):
    valid Atom in the edition's language, with the same stable ids, linked from every page."""
    from test_site_changes import ATOM, check_atom, parse_feed

    language, site = edition
    entries = check_atom(parse_feed(site.root / "feed.atom"), language)
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert not any(title.startswith(("Changed:", "Correction:")) for title in titles)  # the edition's words
    for name in site.page_names:
        links = site.page(name).head.select('link[rel="alternate"][type="application/atom+xml"]')
        assert [link["hreflang"] for link in links] == [language], name


def test_each_editions_changes_page_and_register_say_every_change_in_its_language(edition):
    """The page "Changes to this site" in each edition: every entry, headed in the edition's
    words, its old and new values formatted in its language; a changed fact's register entry
    says what it was, in the same form."""
    language, site = edition
    translations = translations_for(ROOT / "docs" / "locales", language)
    article = site.article("site-changes")
    assert len(article.select("section.pakru-site-change")) == len(DATA.site_changes)
    for change in DATA.site_changes:
        entry = article.find(id=f"change-{change.id}")
        heading = entry.find(["h2", "h3"]).get_text(" ", strip=True)
        if change.title:
            assert heading.startswith(translations.text(f"site-change:{change.id}.title", change.title)), change.id
        why = translations.text(f"site-change:{change.id}.why", change.why)
        assert why, f"{change.id}: its why is not translated into {language}"
        if len(change.facts) != 1 or change.removed is not None:
            continue
        fact = DATA.facts[change.facts[0]]
        before = format_fact(dataclasses.replace(fact, **change.was), locale=language)
        text = entry.get_text(" ", strip=True)
        assert before in text and format_fact(fact, locale=language) in text, (change.id, text)
        register = site.article(f"register/{group_of(fact)}").find(id=f"fact-{fact.id}")
        assert before in register.get_text(" ", strip=True), change.id
