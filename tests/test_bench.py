"""The benchmark's own pieces, quickly, without building a site (that is `nox -s bench`).

- Every function the profile reports on exists, and every handler, directive, role and
  transform the extension gives Sphinx is one of them: a rename or a new handler fails here
  instead of silently dropping out of the profile.
- A profiled copy of pakru_data is matched to those functions.
- The generated records pass `python -m pakru_data check`.
- The report written again from results.json is results.md, to the byte.
"""

from __future__ import annotations

import importlib
import random
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The benchmark's modules import one another by their plain names, as bench.py runs them.
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402
import profiling  # noqa: E402
import records  # noqa: E402
import report  # noqa: E402
import results  # noqa: E402
import run  # noqa: E402

from pakru_data import sphinxext  # noqa: E402

PROFILED = [*profiling.PAKRU_ENTRY_POINTS, *profiling.SPHINX_PHASES]


def resolve(name: str) -> Any:
    """The object a ``module:qualname`` names."""
    module, qualname = name.split(":")
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


@pytest.mark.parametrize("entry", PROFILED, ids=lambda entry: entry.name)
def test_every_profiled_entry_point_exists(entry: profiling.EntryPoint) -> None:
    assert resolve(entry.name) is entry.function


class RecordingApp:
    """Stands in for Sphinx's application in setup(): keeps what Sphinx would call into."""

    def __init__(self) -> None:
        self.called: set[Any] = set()

    def connect(self, event: str, handler: Any, priority: int = 500) -> None:
        self.called.add(handler)

    def add_directive(self, name: str, directive: type) -> None:
        self.called.add(directive.run)  # type: ignore[attr-defined]

    def add_role(self, name: str, role: Any) -> None:
        self.called.add(type(role).run)

    def add_role_to_domain(self, domain: str, name: str, role: Any) -> None:
        self.called.add(type(role).run)

    def add_transform(self, transform: type) -> None:
        self.called.add(transform.apply)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None  # config values, nodes, the domain, the translator


def test_everything_the_extension_gives_sphinx_is_profiled() -> None:
    app = RecordingApp()
    sphinxext.setup(app)
    profiled = {entry.function for entry in profiling.PAKRU_ENTRY_POINTS}
    missing = sorted(f"{f.__module__}:{f.__qualname__}" for f in app.called - profiled)
    assert not missing, f"add these to profiling.PAKRU_ENTRY_POINTS: {missing}"


def test_a_copy_of_pakru_data_is_matched_to_the_profiled_functions(tmp_path: Path) -> None:
    """The profiled build runs a copy of the package: its functions are matched by their
    place inside it, their first line and their name."""
    copy = tmp_path / "pakru_data"
    entry = next(e for e in profiling.PAKRU_ENTRY_POINTS if e.function is sphinxext.register.fill_register)
    inside_package = Path(entry.code.co_filename).relative_to(profiling.PAKRU_PACKAGE)
    other = next(e for e in profiling.PAKRU_ENTRY_POINTS if e is not entry)

    place, line, name = str(copy / inside_package), entry.code.co_firstlineno, entry.code.co_name
    stats = SimpleNamespace(
        total_tt=10.0,
        stats={
            (place, line, name): (1, 1, 0.1, 4.0, {}),
            (place, line + 1, name): (1, 1, 0.1, 3.0, {}),  # the same name one line down is another function
        },
    )

    build = profiling.summarise(stats, 12.0, copy)
    assert build.pakru[0] == (4.0, entry)
    assert (0.0, other) in build.pakru
    assert build.pakru_total == 4.0


def test_the_generated_records_pass_the_check(tmp_path: Path) -> None:
    scale = records.Scale.of(0.05)
    shutil.copytree(ROOT / "pakru_data", tmp_path / "pakru_data", ignore=shutil.ignore_patterns("__pycache__"))
    for name, text in records.record_modules(random.Random(6), scale).items():
        (tmp_path / "pakru_data" / name).write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "pakru_data", "check"]
    env = generate.build_env(tmp_path)
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # The generated package was the one checked, not this checkout's.
    facts = scale.events + scale.figures
    assert result.stdout.startswith(f"{facts} facts, {scale.sources} sources: 0 problems"), result.stdout


def test_the_report_from_results_json_is_results_md() -> None:
    saved = results.load(ROOT / "benchmarks" / "results.json", run.SPHINX_ARGS)
    committed = (ROOT / "benchmarks" / "results.md").read_text(encoding="utf-8")
    assert report.report(saved) == committed


def test_the_generator_writes_both_sites(tmp_path: Path) -> None:
    """At a small scale: every page in both sites, the facts written out in the baseline's,
    and an edited figure that more than one page shows."""
    project = generate.generate(tmp_path, records.Scale.of(0.02))
    for folder in (project.root, project.baseline):
        pages = {path.stem for path in (folder / "docs").glob("*.md")}
        assert pages == {*project.uses, "index", "register", "timeline", "corrections", "how-to-correct"}
    page, uses = next(iter(project.uses.items()))
    assert f"{{fact}}`{uses[0][0]}:{uses[0][1]}`" in (project.root / "docs" / f"{page}.md").read_text("utf-8")
    assert "{fact}" not in (project.baseline / "docs" / f"{page}.md").read_text("utf-8")
    assert len(project.pages_showing(project.edited)) >= 2


def test_the_editions_section_judges_the_three_editions_against_english() -> None:
    within = results.EditionsResult(english=[5.0, 5.2, 4.8], all=[15.0, 16.0, 15.5], nochange=[4.0] * 3)
    over = results.EditionsResult(english=[5.0], all=[17.0], nochange=[4.0], nochange_read=2)
    assert "| English, Urdu and Russian (clean) | 15.5 | 3.10× | ≤ 3.3× English | met |" in (
        report.editions_section(within)
    )
    text = report.editions_section(over)
    assert "| 17.0 | 3.40× | ≤ 3.3× English | **missed** |" in text
    assert "| no-change rebuild of all three (2 pages read) | 4.0 | | no page read | **missed** |" in text
    assert "did not bring the three within the target" in text  # said, when missed
    assert "did not bring" not in report.editions_section(within)
    assert report.editions_section(None) == ""


def test_the_editions_section_gives_the_cpu_time_and_why_translated_editions_cost_more() -> None:
    measured = results.EditionsResult(
        english=[2.0], all=[5.0], nochange=[2.0], english_cpu=[2.5], all_cpu=[9.0], measured="2026-11-29 23:00 UTC"
    )
    text = report.editions_section(measured, cores=2)
    assert "English alone 2.5 s, the three editions 9.0 s (3.60×), on 2 cores" in text
    assert "parsing each translated paragraph twice" in text
    assert "Measured 2026-11-29 23:00 UTC, apart from the rest of this run." in text
    # A run saved before the CPU time was kept says nothing about it.
    assert "CPU time" not in report.editions_section(results.EditionsResult(english=[2.0], all=[5.0], nochange=[2.0]))
