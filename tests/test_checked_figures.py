"""The pages' {doctest} blocks are for contributors: readers meet them only inside a closed
"How these figures are checked" note, and Sphinx's doctest builder still runs every one."""

from __future__ import annotations

import re

from conftest import DOCS, sphinx_build

NOTE = "details.pakru-checks"  # a CSS selector, for select()


def in_note(tag) -> bool:
    return tag.find_parent("details", class_="pakru-checks") is not None


NOTE_TITLE = "How these figures are checked"


def doctest_code(article):
    """The code blocks of a built page that hold interactive Python (what {doctest} becomes)."""
    return [pre for pre in article.select("pre") if ">>>" in pre.get_text()]


def prompts_in_notes(site) -> int:
    """How many `>>>` lines the site shows inside its notes, over every page."""
    return sum(
        line.startswith(">>>")
        for name in site.page_names
        for note in site.article(name).select(NOTE)
        for line in note.get_text().splitlines()
    )


def test_no_page_shows_doctest_code_outside_a_closed_note(site):
    outside = [name for name in site.page_names for pre in doctest_code(site.article(name)) if not in_note(pre)]
    assert outside == []


def test_each_note_is_closed_and_says_what_it_holds(site):
    notes = [note for name in site.page_names for note in site.article(name).select(NOTE)]
    assert notes, "no page has a 'How these figures are checked' note"
    for note in notes:
        assert not note.has_attr("open")
        summary = note.find("summary", recursive=False)
        assert summary is not None and summary.get_text(strip=True) == NOTE_TITLE


def test_the_challenges_page_keeps_its_checked_figures_at_the_end_of_the_article(site):
    article = site.article("challenges")
    note = article.select_one(NOTE)
    assert note is not None and doctest_code(note)
    # Nothing of the article's own text follows the note: only the page's list of sources.
    following = [
        tag for tag in note.find_all_next(["p", "li", "pre", "h2"]) if tag.find_parent("article") and not in_note(tag)
    ]
    assert following
    assert all(tag.find_parent("section", id="sources-for-this-page") for tag in following)


def test_the_doctest_builder_runs_every_example_the_notes_show(site, tmp_path):
    result = sphinx_build(DOCS, tmp_path / "doctest", "-d", str(tmp_path / "doctrees"), builder="doctest")
    assert result.returncode == 0, result.stdout + result.stderr
    summary = (tmp_path / "doctest" / "output.txt").read_text(encoding="utf-8")
    ran = int(re.search(r"^\s*(\d+) tests$", summary, re.MULTILINE).group(1))
    assert "0 failures in tests" in summary
    assert ran == prompts_in_notes(site) > 0
