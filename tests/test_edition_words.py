"""What a reader of the Urdu or Russian edition meets is in the edition's language: no
English word outside the passages marked English (a source's own title and note, the
original article's quoted words, text not translated yet), tooltips and labels included;
a visit names the country of its time; a citation is punctuated as its language is."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup, Tag
from test_editions import _interface_words, edition  # noqa: F401 - the editions' build

from pakru_data import DATA
from pakru_data.model import Direction
from pakru_data.names_of_their_time import partner_state

# English words are written in lower case inside a sentence: a lower-case Latin word is a
# word left in English (names, acronyms and the sites' own names start with a capital or are
# written in capitals).  Host names and addresses are not words.
ENGLISH_WORD = re.compile(r"(?<![\w.@/-])[a-z]{2,}(?![\w.@/-])")
# The site's own name, and web sites the research notes name by their address.
NOT_ENGLISH = {"pakru", "laytonforstatesenate", "masress"}
# A quotation or a name in quotation marks («…», “…”, "…") is as its source wrote it.
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
LEFT_ALONE = "script, style, code, pre, kbd, samp, [lang='en'], .pakru-checks"
ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
# Pages that stay English in every edition (conf.py's pakru_english_pages), and the search
# page, whose words the search script writes.
ENGLISH_PAGES = {"how-to-correct", "search", "genindex"}


def english_words(page: BeautifulSoup) -> list[str]:
    """Each English word a reader meets, with where: in the page's text, or in a tooltip or
    label (title, aria-label, alt, placeholder) of an element not marked English."""
    body = page.body
    assert body is not None
    for marked in body.select(LEFT_ALONE):
        marked.decompose()
    for run in body.select("bdi.pakru-isolate"):  # a Latin run set apart: read with its sentence
        run.unwrap()
    body.smooth()
    found = []
    for text in body.find_all(string=True):
        for word in ENGLISH_WORD.findall(QUOTED.sub("", str(text))):
            if word not in NOT_ENGLISH:
                found.append(f"{word!r} in {text.parent.name}: {' '.join(str(text).split())[:70]}")
    for element in body.find_all(True):
        assert isinstance(element, Tag)
        for attribute in ATTRIBUTES:
            value = element.get(attribute)
            # A fact's id in its tooltip is set apart with U+2066 … U+2069: a name, not a word.
            shown = re.sub("\u2066[^\u2069]*\u2069", "", str(value)) if value else ""
            for word in ENGLISH_WORD.findall(shown):
                if word not in NOT_ENGLISH:
                    found.append(f"{word!r} in {element.name}[{attribute}]: {shown[:70]}")
    return found


def test_no_english_word_is_left_outside_the_passages_marked_english(edition):  # noqa: F811
    _language, site = edition
    left = {}
    for name in site.page_names:
        if name.split("/")[-1] in ENGLISH_PAGES:
            continue
        for found in english_words(BeautifulSoup(str(site.page(name)), "html.parser")):
            left.setdefault(found, name)
    assert left == {}, "\n".join(f"{page}: {found}" for found, page in sorted(left.items(), key=lambda i: i[1]))


@pytest.mark.parametrize("which", ["english", "edition"])
def test_a_visit_names_the_country_of_its_time(which, edition, site):  # noqa: F811
    """A visit of 1965 went to the USSR, one of 2003 to Russia, in every edition: from the
    visit's date, whatever the prose around the table says."""
    language, built = ("en", site) if which == "english" else edition
    words = _interface_words(language) if language != "en" else {}
    to_ussr, to_russia = (words.get(w, w) for w in ("to the USSR", "to Russia"))
    rows = built.article("visits-and-agreements").select("table.pakru-visits-table tbody tr")
    seen = set()
    for row in rows:
        visit = DATA.facts[row.select_one("span.pakru-fact")["data-fact"]]
        if visit.direction is Direction.TO_RUSSIA:  # type: ignore[attr-defined]
            state = partner_state(visit.start)  # type: ignore[attr-defined]
            assert row.select("td")[2].get_text(strip=True) == (to_ussr if state == "ussr" else to_russia), visit.id
            seen.add(state)
    assert seen == {"ussr", "russia"}


def test_an_urdu_citation_is_punctuated_in_urdu_and_sets_its_english_apart(edition):  # noqa: F811
    language, site = edition
    if language != "ur":
        pytest.skip("Urdu's own punctuation")
    items = site.article("history").select("section#sources-for-this-page li > p")
    assert items
    for item in items:
        english = item.select("[lang='en']")
        assert english and all(part.get("dir") == "ltr" for part in english), item
        for part in english:
            part.decompose()
        words = item.get_text()
        assert not re.search(r"[,;]", words) and words.rstrip().endswith("۔"), words
