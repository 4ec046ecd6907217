"""Where the time goes: a serial build under cProfile, summed by the places where Sphinx
calls into the extension and by Sphinx's own phases.

The places are the functions themselves, imported here, so a renamed or removed one fails
on import (and in tests/test_bench.py) instead of silently dropping out of the profile.
"""

from __future__ import annotations

import inspect
import pstats
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import Any

import furo
from sphinx.builders import Builder

import pakru_data
from pakru_data.sphinxext import (
    bidi,
    books,
    charts,
    descriptions,
    digests,
    directives,
    domain,
    downloads,
    editions,
    gc_freeze,
    html,
    loaded_data,
    page_sources,
    problems,
    provenance,
    record_tables,
    register,
    reporting,
    roles,
    site_changes,
    sitemap,
    timeline,
    translations,
    typography,
)

# isort: split
# The benchmark's own modules (bench.py runs with this folder first on the path).
from generate import Project, build_env, set_edited_value
from report import NAVIGATION
from run import SPHINX_ARGS

PAKRU_PACKAGE = Path(pakru_data.__file__).resolve().parent
SMALLEST_ROW = 0.05  # seconds: entry points that took less are left out of the table


@dataclass(frozen=True)
class EntryPoint:
    """A function or method that Sphinx calls, and what its time is spent on."""

    function: Any
    description: str

    @property
    def code(self) -> CodeType:
        code: CodeType = inspect.unwrap(self.function).__code__
        return code

    @property
    def name(self) -> str:
        return f"{self.function.__module__}:{self.function.__qualname__}"


# Every place where Sphinx calls into the extension: the event handlers, the directives' and
# roles' run and the transform's apply that sphinxext's setup() registers (the domain's
# methods and the HTML translator's visitors are left out: Sphinx calls them from within
# its own work).  They do not nest in one another (a chart caption's roles would, and the
# synthetic site has no chart), so their times add up.
PAKRU_ENTRY_POINTS = [
    EntryPoint(loaded_data.load_data, "loading and validating the data"),
    EntryPoint(roles.FactRole.run, "the {fact} roles in pages"),
    EntryPoint(roles.PointRole.run, "the {point} roles in pages"),
    EntryPoint(roles.EraRole.run, "the {era} roles in pages"),
    EntryPoint(roles.SourceRole.run, "the {source} roles in pages"),
    EntryPoint(roles.RecordLink.run, "the pakru:* links in pages"),
    EntryPoint(register.FactRegister.run, "the fact register directive"),
    EntryPoint(provenance.CorrectionsList.run, "the corrections list directive"),
    EntryPoint(provenance.ArticleReferences.run, "the article references directive"),
    EntryPoint(directives.ConclusionTable.run, "the conclusion table directive"),
    EntryPoint(directives.Bibliography.run, "the bibliography directive"),
    EntryPoint(directives.RecordAsWritten.run, "the record-as-written directive"),
    EntryPoint(timeline.FactTimeline.run, "the timeline directive"),
    EntryPoint(charts.FactChart.run, "the fact chart directive"),
    EntryPoint(record_tables.RecordsTable.run, "the visits, agreements and exercises tables"),
    EntryPoint(record_tables.EventList.run, "the era event lists"),
    EntryPoint(record_tables.TradeTable.run, "the trade tables"),
    EntryPoint(record_tables.TradeChart.run, "the trade charts"),
    EntryPoint(record_tables.KeyFigures.run, "the first page's key figures"),
    EntryPoint(record_tables.fill_counts, "the first page's counts, filled in as it is written"),
    EntryPoint(record_tables.counts_to_write, "whether the first page must be written again for its counts"),
    EntryPoint(downloads.DataDownloads.run, "the data downloads directive"),
    EntryPoint(page_sources.PageSources.apply, "each page's source list and cite links"),
    EntryPoint(typography.OneFullStop.apply, "one full stop after a value's «г.»"),
    EntryPoint(digests.record_digests, "recording each page's data digests"),
    EntryPoint(domain.PakruDomain.process_doc, "point targets"),
    EntryPoint(digests.pages_with_changed_data, "finding pages whose data changed"),
    EntryPoint(register.fill_register, "the fact register, filled as its page is written"),
    EntryPoint(register.register_to_write, "whether the register must be written again"),
    EntryPoint(reporting.report, "every build's reports, in order (the next five)"),
    EntryPoint(register.report_groups_without_a_page, "register groups with no page"),
    EntryPoint(problems.report_page_problems, "the pages' problems, reported on every build"),
    EntryPoint(problems.report_contested_targets, "link targets that two pages claim"),
    EntryPoint(provenance.report_doubtful_facts, "unverified and overdue facts"),
    EntryPoint(descriptions.set_description, "each page's meta and OpenGraph description"),
    EntryPoint(downloads.write_downloads, "facts.json, facts.csv, sources.json"),
    EntryPoint(downloads.set_download_addresses, "download links"),
    EntryPoint(books.book_settings, "the books' title, and which books the site links to"),
    EntryPoint(books.book_builder, "the books' builders set up (stylesheets, the EPUB's manifest)"),
    EntryPoint(books.book_links, "the links to the books, and the books' links to the site"),
    EntryPoint(books.page_context, "the PDF's title page and the sidebar's books"),
    EntryPoint(books.copy_books, "the books copied beside the site's pages"),
    EntryPoint(html.drop_words_no_page_has, "the search index's words no page has"),
    EntryPoint(bidi.IsolateRuns.run, "each run of the other direction isolated in the page's text"),
    EntryPoint(bidi.add_template_filter, "the templates' filter that isolates runs in what they write"),
    EntryPoint(sitemap.write_sitemap, "sitemap.xml"),
    EntryPoint(site_changes.SiteChanges.run, "the site's changes directive"),
    EntryPoint(site_changes.fact_labels, "each fact's std label for objects.inv"),
    EntryPoint(site_changes.feed_link, "each page's link to its edition's feed"),
    EntryPoint(site_changes.write_feed, "feed.atom"),
    EntryPoint(timeline.copy_timeline_css, "the timeline's stylesheet"),
    EntryPoint(translations.check_translations, "the edition's catalogues: broken and untranslated entries"),
    EntryPoint(translations.interface_catalogue_changed, "whether sphinx.po changed (every page written again)"),
    EntryPoint(editions.page_context, "each page's direction, language switcher and hreflang links"),
    EntryPoint(editions.MarkEnglish.apply, "text still in English marked lang=en (other editions)"),
    EntryPoint(gc_freeze.freeze, "the garbage collector kept off the pages read"),
    EntryPoint(gc_freeze.freeze_loaded_environment, "the garbage collector kept off the loaded environment"),
    EntryPoint(gc_freeze.unfreeze, "the garbage collector given an earlier build's objects back"),
]
# Sphinx's phases, as context for the extension's share.
SPHINX_PHASES = [
    EntryPoint(Builder.read, "Sphinx reading (parsing and transforms)"),
    EntryPoint(Builder.write, "Sphinx writing (resolving and HTML)"),
    EntryPoint(furo._compute_navigation_tree, NAVIGATION),
]


@dataclass
class ProfiledBuild:
    """One profiled build, summed: what the report's profile table shows."""

    wall: float  # seconds, timed from the outside
    profiled: float  # seconds cProfile saw
    phases: list[tuple[float, str]] = field(default_factory=list)  # (cumulative s, description), in order
    pakru: list[tuple[float, EntryPoint]] = field(default_factory=list)  # every entry point, slowest first

    @property
    def pakru_total(self) -> float:
        return sum(seconds for seconds, _ in self.pakru)

    @property
    def pakru_shown(self) -> list[tuple[float, EntryPoint]]:
        """The entry points the table lists: those that took a noticeable time."""
        return [row for row in self.pakru if row[0] >= SMALLEST_ROW]


def profile_builds(project: Project, edit: int) -> tuple[ProfiledBuild, ProfiledBuild]:
    """A profiled full build, then a profiled rebuild after edit number ``edit`` of the edited fact."""
    full = profile_build(project, clean=True)
    set_edited_value(project, edit)
    return full, profile_build(project, clean=False)


def profile_build(project: Project, *, clean: bool) -> ProfiledBuild:
    """One serial (-j 1) build under cProfile."""
    if clean:
        shutil.rmtree(project.root / "build", ignore_errors=True)
    (project.root / "build").mkdir(exist_ok=True)
    stats_file = project.root / "build" / "profile.stats"
    args = [a for a in SPHINX_ARGS if a not in ("-j", "auto")]
    command = [sys.executable, "-m", "cProfile", "-o", str(stats_file), "-m", "sphinx", *args, "docs", "build/html"]
    start = time.perf_counter()
    subprocess.run(command, cwd=project.root, env=build_env(project.root), capture_output=True, check=True)
    wall = time.perf_counter() - start
    return summarise(pstats.Stats(str(stats_file)), wall, project.root / "pakru_data")


def summarise(stats: Any, wall: float, profiled_package: Path) -> ProfiledBuild:
    """Cumulative time of each phase and entry point.  The build ran a copy of pakru_data,
    so its functions are known by their place inside the package, not by their full path."""
    wanted = {entry.code.co_name for entry in [*SPHINX_PHASES, *PAKRU_ENTRY_POINTS]}
    cumulative: dict[tuple[str, int, str], float] = {}
    for (filename, line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        if name in wanted:  # spares resolving the path of every function Sphinx called
            cumulative[(place(Path(filename), profiled_package), line, name)] = ct
    result = ProfiledBuild(wall, stats.total_tt)
    for phase in SPHINX_PHASES:
        result.phases.append((cumulative.get(key(phase.code), 0.0), phase.description))
    pakru = [(cumulative.get(key(entry.code), 0.0), entry) for entry in PAKRU_ENTRY_POINTS]
    result.pakru = sorted(pakru, key=lambda row: -row[0])
    return result


def key(code: CodeType) -> tuple[str, int, str]:
    """A function's identity in a profile: its file, first line and name."""
    return (place(Path(code.co_filename), PAKRU_PACKAGE), code.co_firstlineno, code.co_name)


def place(path: Path, package: Path) -> str:
    """A pakru_data file by its path inside ``package``; any other file by its full path."""
    try:
        return "pakru_data/" + path.resolve().relative_to(package.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())
