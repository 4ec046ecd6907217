"""Timing the builds: clean builds of both sites, rebuilds, the checks after each, peak memory."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from generate import INSIDE, Project, build_env, edited_value, run_inside, set_edited_value
from results import Build, ScaleResult

from pakru_data.tools.sphinx_command import sphinx_options

# The options `nox -s docs` gives sphinx-build (pakru_data/tools/sphinx_command.py), with the
# doctrees kept outside the HTML folder, and no colour codes in the output this script reads.
SPHINX_ARGS = sphinx_options(jobs="auto", doctrees="build/doctrees", plain=True)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def sphinx_build(folder: Path, *, clean: bool) -> Build:
    """One `python -m sphinx` build of ``folder``, timed from the outside; the memory
    comes from getrusage in a small wrapper around Sphinx (in_generated_project.py's ``sphinx`` mode)."""
    if clean:
        shutil.rmtree(folder / "build", ignore_errors=True)
    (folder / "build").mkdir(exist_ok=True)
    usage = folder / "build" / "rusage.json"
    command = [sys.executable, str(INSIDE), "sphinx", str(usage), *SPHINX_ARGS, "docs", "build/html"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=folder, env=build_env(folder), capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SystemExit(f"build of {folder} failed ({result.returncode}):\n{output[-6000:]}")
    rss = json.loads(usage.read_text(encoding="utf-8"))
    return Build(seconds, rss["self_mb"], rss["children_mb"], pages_reread(output), output)


def pages_reread(output: str) -> int:
    """Pages Sphinx read: its count of added and changed sources, which includes the
    pages pakru found outdated because data they show changed."""
    match = re.search(r"(\d+) added, (\d+) changed, (\d+) removed", output)
    return int(match.group(1)) + int(match.group(2)) if match else 0


def measure(project: Project, runs: int, *, rebuilds: bool) -> ScaleResult:
    """Every timed measure of one scale; with ``rebuilds`` also the rebuilds and checks."""
    result = ScaleResult(project.scale)
    time_full_builds(project, runs, result)
    if rebuilds:
        time_nochange_rebuilds(project, runs, result)
        time_onefact_rebuilds(project, runs, result)
        time_consistency_checks(project, runs, result)
    return result


def time_full_builds(project: Project, runs: int, result: ScaleResult) -> None:
    """Clean builds of the pakru site and its baseline, taking turns so that both see the same machine."""
    for run in range(runs):
        build = sphinx_build(project.root, clean=True)
        result.full.append(build)
        log(f"  full build {run + 1}/{runs}: {build.seconds:.1f} s, {build.reread} pages read")
        build = sphinx_build(project.baseline, clean=True)
        result.baseline.append(build)
        log(f"  baseline build {run + 1}/{runs}: {build.seconds:.1f} s, {build.reread} pages read")


def time_nochange_rebuilds(project: Project, runs: int, result: ScaleResult) -> None:
    for run in range(runs):
        build = sphinx_build(project.root, clean=False)
        result.nochange.append(build)
        log(f"  no-change rebuild {run + 1}/{runs}: {build.seconds:.1f} s, {build.reread} pages read")
        if build.reread:
            raise SystemExit(f"a rebuild with no change read {build.reread} pages:\n{build.output[-3000:]}")


def time_onefact_rebuilds(project: Project, runs: int, result: ScaleResult) -> None:
    """Edit one figure's value and rebuild, then check the new value is where the fact is shown."""
    shows = project.pages_showing(project.edited)
    result.onefact_pages = len(shows)
    for run in range(runs):
        old = edited_value(run)
        new = set_edited_value(project, run + 1)
        build = sphinx_build(project.root, clean=False)
        result.onefact.append(build)
        log(
            f"  one-fact rebuild {run + 1}/{runs} ({project.edited} = {new}): {build.seconds:.1f} s, "
            f"{build.reread} pages read"
        )
        check = json.loads(run_inside(project.root, "check-edit", project.edited, str(old), *shows))
        if check["problems"]:
            raise SystemExit("after editing one fact:\n" + "\n".join(check["problems"]))
        log(f"    the new value {check['new']!r} is on all {len(shows)} pages that show it, the old one on none")


def time_consistency_checks(project: Project, runs: int, result: ScaleResult) -> None:
    manifest = project.root / "build" / "manifest.json"
    manifest.write_text(json.dumps(project.uses), encoding="utf-8")
    for run in range(runs):
        start = time.perf_counter()
        summary = json.loads(run_inside(project.root, "consistency", str(manifest)))
        seconds = time.perf_counter() - start
        result.consistency.append(seconds)
        if summary["problems"]:
            raise SystemExit("consistency checks failed:\n" + "\n".join(summary["problems"][:50]))
        result.consistency_summary = summary["summary"]
        log(f"  consistency checks {run + 1}/{runs}: {seconds:.1f} s ({summary['summary']})")


def html_size(folder: Path) -> float:
    """Megabytes of HTML the build wrote."""
    return sum(p.stat().st_size for p in (folder / "build" / "html").glob("*.html")) / 1e6
