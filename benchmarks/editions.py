"""The three editions' cost, on the real site: building English, Urdu and Russian as
`nox -s docs` does (at the same time, one serial sphinx-build each, with its own doctrees)
against building English alone as `nox -s docs -- --language en` does (one sphinx-build
reading in parallel), and a no-change rebuild of all three, which must read no page; and,
once, the books as `nox -s books` builds them (every edition's EPUB and PDF).  Each
measure is timed on the wall clock, and its CPU time (user and system, every process) is
kept too: building at once lowers the first, never the second.

The synthetic site has no catalogues, so this measure builds this checkout's own docs/ into
the benchmark's working folder (never into build/).
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from generate import build_env
from records import REPO
from results import EditionsResult, now
from run import log, pages_reread

from pakru_data.tools.sphinx_command import (
    DEFAULT_LANGUAGE,
    EDITIONS,
    build_at_once,
    edition_doctrees,
    edition_path,
    jobs_for_editions,
    sphinx_options,
)


def edition_command(work: Path, language: str, *, jobs: str | None) -> list[str]:
    options = sphinx_options(
        confdir=str(REPO),
        jobs=jobs,
        doctrees=edition_doctrees(str(work / "doctrees"), "html", language),
        plain=True,
        language=language,
    )
    output = work / "html" / edition_path(language)
    return [sys.executable, "-m", "sphinx", *options, str(REPO / "docs"), str(output)]


def children_cpu() -> float:
    """CPU seconds (user and system) of every finished child process so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build_editions(work: Path, languages: tuple[str, ...]) -> tuple[float, float, int]:
    """The editions as `nox -s docs` builds them: wall seconds, CPU seconds, pages read."""
    jobs = jobs_for_editions(len(languages))
    commands = {language: edition_command(work, language, jobs=jobs) for language in languages}
    # The real data, checked against today's date (the synthetic site's fixed one is older
    # than some of its sources' accessed dates).
    env = {name: value for name, value in build_env(REPO).items() if name != "PAKRU_TODAY"}
    cpu, start = children_cpu(), time.perf_counter()
    finished = build_at_once(commands, env=env, cwd=str(REPO))
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu
    for build in finished:
        if build.returncode != 0:
            raise SystemExit(f"the {build.name} edition failed ({build.returncode}):\n{build.output[-4000:]}")
    return wall, cpu, sum(pages_reread(build.output) for build in finished)


def build_books(work: Path) -> tuple[float, float]:
    """Every edition's EPUB and PDF as `nox -s books` builds them (pakru_data/tools/books.py), clean,
    into the benchmark's folder: wall seconds, CPU seconds."""
    command = [sys.executable, "-m", "pakru_data.tools.books", "--output", str(work / "books"), "--work", str(work)]
    env = {name: value for name, value in build_env(REPO).items() if name != "PAKRU_TODAY"}
    cpu, start = children_cpu(), time.perf_counter()
    result = subprocess.run(command, env=env, cwd=str(REPO), capture_output=True, text=True, check=False)
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu
    if result.returncode != 0:
        raise SystemExit(f"the books failed ({result.returncode}):\n{(result.stdout + result.stderr)[-4000:]}")
    return wall, cpu


def measure_editions(work: Path, runs: int) -> EditionsResult:
    result = EditionsResult(measured=now())
    for run in range(runs):
        shutil.rmtree(work, ignore_errors=True)
        wall, cpu, _ = build_editions(work, (DEFAULT_LANGUAGE,))
        result.english.append(wall)
        result.english_cpu.append(cpu)
        shutil.rmtree(work, ignore_errors=True)
        wall, cpu, _ = build_editions(work, EDITIONS)
        result.all.append(wall)
        result.all_cpu.append(cpu)
        wall, _, read = build_editions(work, EDITIONS)
        result.nochange.append(wall)
        result.nochange_read = max(result.nochange_read, read)
        log(
            f"editions run {run + 1}: English {result.english[-1]:.1f} s ({result.english_cpu[-1]:.1f} s CPU), "
            f"all three {result.all[-1]:.1f} s ({result.all_cpu[-1]:.1f} s CPU)"
        )
    # The books once (a few minutes on two cores: WeasyPrint's layout is most of it).
    shutil.rmtree(work, ignore_errors=True)
    wall, cpu = build_books(work)
    result.books.append(wall)
    result.books_cpu.append(cpu)
    log(f"books: {wall:.1f} s ({cpu:.1f} s CPU)")
    shutil.rmtree(work, ignore_errors=True)
    return result
