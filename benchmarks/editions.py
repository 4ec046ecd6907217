"""The three editions' cost, on the real site: building English, Urdu and Russian (as
`nox -s docs` does, one after another, each with its own doctrees) against building English
alone, and a no-change rebuild of all three, which must read no page.

The synthetic site has no catalogues, so this measure builds this checkout's own docs/ into
the benchmark's working folder (never into build/).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from generate import build_env
from records import REPO
from results import EditionsResult
from run import log, pages_reread

from pakru_data.sphinx_command import EDITIONS, edition_doctrees, edition_path, sphinx_options


def build_edition(work: Path, language: str) -> tuple[float, int]:
    """One edition's build into ``work``: seconds, and the pages it read."""
    options = sphinx_options(
        confdir=str(REPO),
        jobs="auto",
        doctrees=edition_doctrees(str(work / "doctrees"), "html", language),
        plain=True,
        language=language,
    )
    output = work / "html" / edition_path(language)
    command = [sys.executable, "-m", "sphinx", *options, str(REPO / "docs"), str(output)]
    start = time.perf_counter()
    # The real data, checked against today's date (the synthetic site's fixed one is older
    # than some of its sources' accessed dates).
    env = {name: value for name, value in build_env(REPO).items() if name != "PAKRU_TODAY"}
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"the {language} edition failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return seconds, pages_reread(result.stdout + result.stderr)


def build_editions(work: Path, languages: tuple[str, ...]) -> tuple[float, int]:
    """The editions one after another, as `nox -s docs` builds them: seconds, pages read."""
    total, read = 0.0, 0
    for language in languages:
        seconds, pages = build_edition(work, language)
        total, read = total + seconds, read + pages
    return total, read


def measure_editions(work: Path, runs: int) -> EditionsResult:
    result = EditionsResult()
    for run in range(runs):
        shutil.rmtree(work, ignore_errors=True)
        result.english.append(build_editions(work, ("en",))[0])
        shutil.rmtree(work, ignore_errors=True)
        result.all.append(build_editions(work, EDITIONS)[0])
        seconds, read = build_editions(work, EDITIONS)
        result.nochange.append(seconds)
        result.nochange_read = max(result.nochange_read, read)
        log(f"editions run {run + 1}: English {result.english[-1]:.1f} s, all three {result.all[-1]:.1f} s")
    shutil.rmtree(work, ignore_errors=True)
    return result
