"""A build's verdict depends only on the tree, never on the build before it.

The property: along a sequence of edits (break a fact id, fix it, make a shown fact
unverified, move "today" past a review date, break a chart, fix everything), after each
step an incremental build (which keeps its output and environment from the step before)
and a clean build of the same tree agree on the exit status, on every problem they
report, and on every file they write.  The incremental builds read in parallel
(``-j 2``); the clean ones serially, so the property covers both.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import replace_once, sphinx_command

from pakru_data import DATA

ROOT = Path(__file__).resolve().parent.parent
# The real date: a pinned one would turn every source read after it into a data problem.
TODAY = dt.date.today().isoformat()
# What a build reports: Sphinx's warnings and errors, pakru's notes, and the summary line.
REPORTED = re.compile(r"WARNING:|ERROR:|pakru note:|^build (succeeded|finished)|Traceback", re.M)


@dataclass
class Outcome:
    status: int
    reported: list[str]
    output: str


@dataclass
class Tree:
    """A copy of conf.py, docs/ and pakru_data/ that the sequence edits step by step."""

    root: Path
    today: str = TODAY
    originals: dict[Path, str] = field(default_factory=dict)

    def build(self, out: Path, *options: str, builder: str | None = "html") -> Outcome:
        command = [
            *sphinx_command(builder=builder, doctrees=str(out / "doctrees")),
            *options,
            "docs",
            str(out / "html"),
        ]
        # PYTHONPATH first, so the copy's pakru_data is imported, not the checkout's.
        env = {**os.environ, "PYTHONPATH": str(self.root), "PAKRU_TODAY": self.today}
        result = subprocess.run(command, cwd=self.root, capture_output=True, text=True, env=env)
        output = (result.stdout + result.stderr).replace(str(self.root), "<tree>")
        reported = [line for line in output.splitlines() if REPORTED.search(line)]
        return Outcome(result.returncode, reported, output)

    def edit(self, relative: str, old: str, new: str) -> None:
        replace_once(self.root / relative, old, new, self.originals)

    def restore(self) -> None:
        for path, text in self.originals.items():
            path.write_text(text, encoding="utf-8")
        self.originals.clear()
        self.today = TODAY


def differing_files(left: Path, right: Path) -> list[str]:
    """Files that one folder has and the other lacks, or that differ in content."""
    names = {p.relative_to(left) for p in left.rglob("*") if p.is_file()}
    names |= {p.relative_to(right) for p in right.rglob("*") if p.is_file()}
    return sorted(
        str(name)
        for name in names
        if not ((left / name).is_file() and (right / name).is_file())
        or not filecmp.cmp(left / name, right / name, shallow=False)
    )


# The steps ------------------------------------------------------------------------


def break_a_fact_id(tree: Tree) -> None:
    tree.edit("docs/history.md", "{fact}`tashkent-declaration`", "{fact}`tashkent-declaraton`")


def fix_the_fact_id(tree: Tree) -> None:
    tree.restore()


def make_a_shown_fact_unverified(tree: Tree) -> None:
    fact = DATA.facts["tashkent-declaration"]
    assert fact.status.value == "verified"
    line = fact.defined_at.line
    text = (tree.root / "pakru_data/records/events.py").read_text(encoding="utf-8")
    status = re.compile(r"^ +status=Status\.VERIFIED,$", re.M).search(text, _offset_of_line(text, line))
    assert status is not None
    tree.edit(
        "pakru_data/records/events.py",
        text[_offset_of_line(text, line) : status.end()],
        _unverified(text, line, status),
    )


def _offset_of_line(text: str, line: int) -> int:
    return sum(len(row) + 1 for row in text.split("\n")[: line - 1])


def _unverified(text: str, line: int, status: re.Match[str]) -> str:
    return text[_offset_of_line(text, line) : status.start()] + status.group().replace("VERIFIED", "UNVERIFIED")


def move_today_past_a_review_date(tree: Tree) -> None:
    reviewed = sorted(f.review_by for f in DATA.facts.values() if f.review_by)
    assert reviewed, "some fact should have a review date"
    tree.today = f"{int(reviewed[0][:4]) + 1}-12-31"


def break_a_chart(tree: Tree) -> None:
    tree.edit("pakru_data/records/chart_specs.py", '"trade-russia-fy2021-22-total"', '"trade-russia-fy2012-total"')


def fix_everything(tree: Tree) -> None:
    tree.restore()


STEPS: list[Callable[[Tree], None]] = [
    break_a_fact_id,
    fix_the_fact_id,
    make_a_shown_fact_unverified,
    move_today_past_a_review_date,
    break_a_chart,
    fix_everything,
]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tree]:
    root = tmp_path_factory.mktemp("tree")
    shutil.copy(ROOT / "conf.py", root)
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "pakru_data", root / "pakru_data", ignore=shutil.ignore_patterns("__pycache__"))
    yield Tree(root)


def assert_agree(incremental: Outcome, clean: Outcome, incremental_out: Path, clean_out: Path) -> None:
    assert "Traceback" not in incremental.output + clean.output
    assert (incremental.status, incremental.reported) == (clean.status, clean.reported), (
        f"incremental:\n{incremental.output}\n\nclean:\n{clean.output}"
    )
    if (clean_out / "html" / "index.html").exists():  # the data loaded, so pages were written
        assert differing_files(incremental_out / "html", clean_out / "html") == []


def test_incremental_and_clean_builds_agree_after_every_edit(tree, tmp_path):
    incremental_out = tmp_path / "incremental"
    first = tree.build(incremental_out, "-j", "2")
    assert first.status == 0, first.output
    verdicts = []
    for number, step in enumerate(STEPS, 1):
        step(tree)
        incremental = tree.build(incremental_out, "-j", "2")
        clean_out = tmp_path / f"clean-{number}"
        clean = tree.build(clean_out)
        assert_agree(incremental, clean, incremental_out, clean_out)
        # A second incremental build, with nothing changed, reports the same again.
        assert tree.build(incremental_out, "-j", "2").reported == incremental.reported
        verdicts.append((step.__name__, incremental.status))

    # The sequence really moves between passing and failing builds.
    assert verdicts == [
        ("break_a_fact_id", 1),
        ("fix_the_fact_id", 0),
        ("make_a_shown_fact_unverified", 0),
        ("move_today_past_a_review_date", 0),
        ("break_a_chart", 2),
        ("fix_everything", 0),
    ]


def test_strict_builds_fail_on_every_build_until_the_facts_are_fixed(tree, tmp_path):
    tree.restore()
    make_a_shown_fact_unverified(tree)
    move_today_past_a_review_date(tree)
    incremental_out = tmp_path / "incremental"
    try:
        builds = [tree.build(incremental_out, "-D", "pakru_strict=1") for _ in range(2)]
        clean = tree.build(tmp_path / "clean", "-D", "pakru_strict=1")
    finally:
        tree.restore()
    for build in builds:
        assert build.status == 1
        assert build.reported == clean.reported
    warnings = "\n".join(clean.reported)
    assert "fact 'tashkent-declaration' is shown in pages but unverified" in warnings
    assert "was due for review" in warnings


@pytest.mark.parametrize("builder", [None, "html", "dirhtml", "text", "doctest"])
def test_a_rebuild_with_nothing_changed_reads_nothing_and_keeps_the_configuration(tree, tmp_path, builder):
    tree.restore()
    first = tree.build(tmp_path, builder=builder)
    second = tree.build(tmp_path, builder=builder)

    assert first.status == second.status == 0, first.output + second.output
    assert "0 added, 0 changed, 0 removed" in second.output
    assert "configuration has changed" not in second.output
    assert "[config changed" not in second.output


def test_a_doctest_build_fails_on_every_build_until_the_page_is_fixed(tree, tmp_path):
    # `nox -s doctest` reads the pages with another builder and its own doctrees.
    tree.restore()
    break_a_fact_id(tree)
    try:
        builds = [tree.build(tmp_path, builder="doctest") for _ in range(2)]
        clean = tree.build(tmp_path / "clean", builder="doctest")
    finally:
        tree.restore()
    fixed = tree.build(tmp_path, builder="doctest")
    for build in builds:
        assert (build.status, build.reported) == (clean.status, clean.reported)
    assert clean.status == 1
    assert any("unknown fact 'tashkent-declaraton'" in line for line in clean.reported)
    assert fixed.status == 0, fixed.output
