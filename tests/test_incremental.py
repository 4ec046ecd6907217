"""Rebuilds follow the data: a page is re-read exactly when something it shows changed,
and after every rebuild each page shows the current value, never an old one.

Every test here builds a copy of the project at least twice.  The first build of the copy
is parallel (``-j 2``), so the record of which page shows which fact has been merged from
the workers before any rebuild relies on it.  A page counts as re-read when its doctree
file is written again.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from conftest import replace_once, sphinx_command

from pakru_data import DATA, format_fact
from pakru_data.model import Fact
from pakru_data.register_groups import group_of, register_groups

ROOT = Path(__file__).resolve().parent.parent
CODE_BLOCK = re.compile(r"<pre\b.*?</pre>", re.S)


@dataclass
class Build:
    output: str
    reread: set[str]  # the pages Sphinx read again
    rewritten: set[str]  # the pages whose HTML it wrote again


@dataclass
class Project:
    """A copy of conf.py, docs/ and pakru_data/ that a test may edit and rebuild."""

    root: Path
    originals: dict[Path, str] = field(default_factory=dict)

    @property
    def html(self) -> Path:
        return self.root / "build" / "html"

    @property
    def doctrees(self) -> Path:
        return self.root / "build" / "doctrees"

    def build(self, *options: str) -> Build:
        before, html_before = self.doctree_times(), self.html_times()
        command = [*sphinx_command(doctrees=str(self.doctrees)), *options, "docs", str(self.html)]
        # PYTHONPATH first, so the copy's pakru_data is imported, not the checkout's.
        env = {**os.environ, "PYTHONPATH": str(self.root), "PAKRU_TODAY": "2026-12-04"}
        result = subprocess.run(command, cwd=self.root, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        return Build(
            result.stdout + result.stderr,
            changed(before, self.doctree_times()),
            changed(html_before, self.html_times()),
        )

    def doctree_times(self) -> dict[str, int]:
        return {
            path.relative_to(self.doctrees).with_suffix("").as_posix(): path.stat().st_mtime_ns
            for path in self.doctrees.rglob("*.doctree")
        }

    def html_times(self) -> dict[str, int]:
        """The pages' HTML files (search, genindex and 404 are written on every build)."""
        files = {name: self.html / f"{name}.html" for name in self.pages}
        return {name: path.stat().st_mtime_ns for name, path in files.items() if path.exists()}

    def edit(self, relative: str, old: str, new: str) -> None:
        """Replace the one occurrence of ``old`` in a file; the fixture restores it."""
        replace_once(self.root / relative, old, new, self.originals)

    def edit_record(self, relative: str, record_id: str, field: str, value: str) -> None:
        """Set one field of one record, as written in the file, to ``value``."""
        text = (self.root / relative).read_text(encoding="utf-8")
        start = text.index(f'id="{record_id}"')
        line = re.compile(rf"^ +{field}=.*,$", re.M).search(text, start)
        assert line is not None, f"no {field}= after {record_id} in {relative}"
        self.edit(
            relative, text[start : line.end()], text[start : line.start()] + line.group().split("=")[0] + f'="{value}",'
        )

    def restore(self) -> None:
        for path, text in self.originals.items():
            path.write_text(text, encoding="utf-8")
        self.originals.clear()

    def page(self, name: str) -> str:
        return (self.html / f"{name}.html").read_text(encoding="utf-8")

    @property
    def pages(self) -> list[str]:
        docs = self.root / "docs"
        return sorted(path.relative_to(docs).with_suffix("").as_posix() for path in docs.rglob("*.md"))

    def pages_showing_fact(self, fact_id: str) -> set[str]:
        return set(self.fact_values(fact_id))

    def fact_values(self, fact_id: str) -> dict[str, set[str]]:
        """For each page that shows the fact, the values it shows for it."""
        value = re.compile(rf'<span [^>]*data-fact="{re.escape(fact_id)}" data-variant="default"[^>]*>(.*?)</span>')
        found = {name: set(value.findall(self.page(name))) for name in self.pages}
        return {name: values for name, values in found.items() if values}

    def pages_containing(self, text: str) -> set[str]:
        """The pages whose text (outside code blocks) holds ``text``.  Code blocks are left
        out: the {doctest} blocks pin values on purpose, and `nox -s doctest` fails when a
        pinned value changes."""
        return {name for name in self.pages if text in CODE_BLOCK.sub("", self.page(name))}


def register_page_of(fact_id: str) -> str:
    """The register page that holds the fact's entry."""
    return f"register/{group_of(DATA.facts[fact_id])}"


REGISTER_PAGES = {"register", *(f"register/{group.id}" for group in register_groups(DATA))}


def changed(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {name for name, time in after.items() if before.get(name) != time}


@pytest.fixture(scope="module")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "conf.py", root)
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "pakru_data", root / "pakru_data", ignore=shutil.ignore_patterns("__pycache__"))
    project = Project(root)
    first = project.build("-j", "2")
    assert " .. " in first.output, "the first build should read in parallel workers"
    return project


@pytest.fixture
def project(built_project: Project) -> Iterator[Project]:
    """The built copy; whatever a test edits is put back and rebuilt afterwards."""
    yield built_project
    if built_project.originals:
        built_project.restore()
        built_project.build()


def shown(record: Fact) -> str:
    """A fact's value as the pages show it (HTML-escaped)."""
    return html.escape(format_fact(record), quote=False)


def test_a_rebuild_with_no_change_rereads_nothing_and_keeps_the_configuration(project):
    first = project.build()
    second = project.build()

    for build in (first, second):
        assert build.reread == set()
        assert build.rewritten == set()
        assert "0 added, 0 changed, 0 removed" in build.output
        assert "configuration has changed" not in build.output
        assert "[config changed" not in build.output
        assert "[pakru] data changed" not in build.output


def test_editing_a_figure_rereads_exactly_the_pages_that_show_it(project):
    # A total whose year of trade explains its difference from the parts (trade.py), so a
    # changed value stays valid: the Russia total must equal its exports plus imports.
    fact = "trade-pak-china-fy2024"
    record = DATA.facts[fact]
    showing = project.pages_showing_fact(fact)
    register = register_page_of(fact)
    assert {"challenges", register} <= showing
    new_value = str(record.amount + 10_000_000)
    old, new = shown(record), shown(replace(record, value=new_value))
    assert old != new

    project.edit_record("pakru_data/records/figures.py", fact, "value", new_value)
    build = project.build()

    # The fact's register page is written again from the new data, without being read
    # again; the register's other pages, and its index, are not written at all.
    assert build.reread == showing - {register}
    assert build.rewritten & REGISTER_PAGES == {register}
    assert project.fact_values(fact) == {page: {new} for page in showing}
    assert project.pages_containing(old) == set()


def test_editing_an_event_date_rereads_its_pages_and_timelines_and_updates_the_download(project):
    fact = "russian-oil-first-cargo"
    record = DATA.facts[fact]
    showing = project.pages_showing_fact(fact)
    assert {"history", "opportunities", "timeline", register_page_of(fact)} <= showing
    new_date = (record.start.first_day() - dt.timedelta(days=3)).isoformat()
    new = shown(replace(record, date=new_date))

    project.edit_record("pakru_data/records/events.py", fact, "date", new_date)
    build = project.build()

    assert build.reread == showing - {register_page_of(fact)}
    assert project.fact_values(fact) == {page: {new} for page in showing}
    assert f'"{new_date}"' in (project.html / "facts.json").read_text(encoding="utf-8")


def test_adding_a_figure_that_no_page_uses_rereads_no_page(project):
    project.edit(
        "pakru_data/records/figures.py",
        "FIGURES = [\n",
        "FIGURES = [\n"
        "    Figure(\n"
        '        id="a-new-figure",\n'
        '        label="A figure added for this test",\n'
        '        value="42",\n'
        '        unit="count",\n'
        "        status=Status.UNVERIFIED,\n"
        '        as_of="2026-01-01",\n'
        "    ),\n",
    )
    build = project.build()

    assert build.reread == set()
    # Its group's register page gets its entry, and the register's index a line for it (and
    # the first page, whose table of contents lists the index, is written with it, as Sphinx
    # does for any page written again); no other register page is written.
    group = "register/figures-other"  # a count
    assert build.rewritten == {group, "register", "index"}
    assert 'id="fact-a-new-figure"' in project.page(group)
    assert 'id="fact-a-new-figure"' in project.page("register")


def test_editing_a_source_title_rereads_the_pages_that_cite_it(project):
    source = DATA.source_by_id["nation-russia-trade-fy2023"]
    old_title = html.escape(source.title, quote=False)
    citing = project.pages_containing(old_title)
    assert {"challenges", "references", "register/figures-money"} <= citing

    project.edit_record("pakru_data/records/sources/article.py", source.id, "title", "A title changed by a test")
    build = project.build()

    assert build.reread == citing - REGISTER_PAGES
    assert project.pages_containing("A title changed by a test") == citing
    assert project.pages_containing(old_title) == set()


def test_editing_a_source_cited_with_the_source_role_rereads_the_pages_that_cite_it(project):
    # The first source that history.md cites with {source}`id`, not through a fact.
    source_id = re.search(r"\{source\}`([^`]+)`", (ROOT / "docs" / "history.md").read_text(encoding="utf-8"))[1]
    old_title = html.escape(DATA.source_by_id[source_id].title, quote=False)
    citing = project.pages_containing(old_title)
    assert "history" in citing

    project.edit_record("pakru_data/records/sources/article.py", source_id, "title", "A title changed by a test")
    build = project.build()

    assert build.reread == citing
    assert project.pages_containing("A title changed by a test") == citing


def test_editing_a_page_rereads_that_page_and_lists_it_where_the_fact_is_registered(project):
    fact = "tashkent-declaration"
    assert "conclusion" not in project.pages_showing_fact(fact)

    project.edit(
        "docs/conclusion.md",
        "\n## ",
        f"\nThe war between India and Pakistan ended at Tashkent, on {{fact}}`{fact}`.\n\n## ",
    )
    build = project.build()

    assert build.reread == {"conclusion"}
    assert register_page_of(fact) in build.rewritten
    assert shown(DATA.facts[fact]) in project.page("conclusion")
    # Its register page is written again (not read again), so its "Shown on" list is never stale.
    entry = re.search(rf'id="fact-{fact}".*?</dl>', project.page(register_page_of(fact)), re.S)
    assert entry is not None and 'href="../conclusion.html"' in entry.group()
    # The sitemap still lists every page, not only the one written again.
    sitemap = (project.html / "sitemap.xml").read_text(encoding="utf-8")
    assert re.findall(r"/pakru/([\w/-]+)\.html</loc>", sitemap) == project.pages


def test_editing_a_page_without_changing_its_facts_leaves_the_register_alone(project):
    project.edit("docs/conclusion.md", "\n## ", "\nA sentence with no fact in it.\n\n## ")
    build = project.build()

    assert build.reread == {"conclusion"}
    assert not build.rewritten & REGISTER_PAGES
    assert "A sentence with no fact in it." in project.page("conclusion")


def test_changing_how_facts_are_formatted_rereads_every_page_that_shows_data(project):
    pages_with_facts = {name for name in project.pages if 'class="pakru-fact' in project.page(name)}

    project.edit("pakru_data/formatting.py", '"""Show a fact as text', '"""Show a fact (edited) as text')
    build = project.build()

    assert pages_with_facts - REGISTER_PAGES <= build.reread
    assert build.rewritten >= REGISTER_PAGES
    assert "data" not in build.reread  # it lists the downloads, not any record
