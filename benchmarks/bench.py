"""Scale benchmark: pakru's real Sphinx extension over a generated site (`nox -s bench`).

It builds, in a temporary folder, a synthetic project with the real ``pakru_data``
package (copied from this checkout, with its record modules replaced by generated ones)
and the real ``conf.py``, and times, as the median of ``--runs`` runs each:

- a full (clean) build;
- a rebuild with no change;
- a rebuild after editing one fact's value (and checks that the new value is shown on
  every page that shows the fact, and the old one on none);
- the consistency checks over the built site;
- a baseline: the same pages with each fact written out as plain text (by
  ``format_fact``), built without the pakru extension, with the same theme and arguments;
- the full build and the baseline at double scale, for the doubling ratio;
- the real site's three editions against its English one, and their no-change rebuild, and
  its books (`nox -s books`) once, beside them;

and the peak memory (max RSS) of the full build; then it profiles a serial full build and
a one-fact rebuild.  The table goes to ``benchmarks/results.md`` (``--output``), every
measurement to the ``.json`` beside it.

The work is split by job: ``records`` and ``generate`` write the synthetic project,
``in_generated_project`` runs in it (Sphinx with a memory probe, and the checks), ``run`` times the
builds, ``profiling`` profiles them, ``results`` keeps the measurements and ``report``
writes the table from ``results.md.tmpl``.

Usage: ``python benchmarks/bench.py [--scale 1.0] [--runs 3] [--output PATH] [--keep DIR]
[--no-double] [--no-profile] [--no-editions] [--only-editions] [--from-json PATH]``.
``--only-editions`` measures the editions again and keeps the rest of the saved run (the
report says when each part was measured).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from editions import measure_editions
from generate import Project, generate
from records import REPO, Scale
from report import profile_section, report
from results import Run, ScaleResult, current_environment, load, now, save
from run import SPHINX_ARGS, html_size, log, measure


def parse_options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 300 pages, 2,000 events, 5,000 figures")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measure; the median is reported")
    parser.add_argument("--output", type=Path, default=REPO / "benchmarks" / "results.md")
    parser.add_argument("--no-double", action="store_true", help="skip the double-scale builds")
    parser.add_argument("--no-profile", action="store_true", help="skip the profiled build")
    parser.add_argument("--no-editions", action="store_true", help="skip the real site's editions")
    parser.add_argument(
        "--only-editions",
        action="store_true",
        help="measure only the real site's editions, into the saved run beside --output (a few minutes)",
    )
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--from-json", type=Path, help="write the table again from a run's saved measurements")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = parse_options(argv)
    if options.from_json:
        write(options.output, report(load(options.from_json, SPHINX_ARGS)))
        log(f"wrote {options.output} from {options.from_json}")
        return 0
    work = options.keep or Path(tempfile.mkdtemp(prefix="pakru-bench-"))
    try:
        if options.only_editions:
            measure_editions_again(options, work)
        else:
            benchmark(options, work)
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def benchmark(options: argparse.Namespace, work: Path) -> None:
    started = time.perf_counter()
    log(f"scale {options.scale:g}, {options.runs} runs, {os.cpu_count()} cores, working in {work}")
    project = generate(work / "single", Scale.of(options.scale))
    log(
        f"generated {project.scale.pages} pages, {project.scale.events} events, {project.scale.figures} figures; "
        f"the synthetic pakru_data is imported from {project.root / 'pakru_data'}"
    )
    one = measure(project, options.runs, rebuilds=True)
    one.html_mb = (html_size(project.root), html_size(project.baseline))
    profile = "" if options.no_profile else profile_markdown(project, options.runs + 1)
    editions = None if options.no_editions else measure_editions(work / "editions", options.runs)
    run = Run(one, None, options.runs, 0.0, profile, now(), current_environment(SPHINX_ARGS), editions)
    two = None
    if not options.no_double:
        # A partial table first, in case the double scale is cut short.
        save(options.output.with_suffix(".json"), run)
        run.total = time.perf_counter() - started
        write(options.output, report(run, partial=True))
        two = measure_double_scale(work, options)
    run = Run(one, two, options.runs, time.perf_counter() - started, profile, now(), run.environment, editions)
    save(options.output.with_suffix(".json"), run)
    text = report(run)
    write(options.output, text)
    print(text)
    log(f"wrote {options.output}")


def measure_editions_again(options: argparse.Namespace, work: Path) -> None:
    """The editions' measures only, put into the run saved beside ``--output``."""
    saved = options.output.with_suffix(".json")
    run = load(saved, SPHINX_ARGS)
    run.editions = measure_editions(work / "editions", options.runs)
    save(saved, run)
    write(options.output, report(run))
    log(f"wrote the editions' measures into {saved} and {options.output}")


def profile_markdown(project: Project, edit: int) -> str:
    # Imported only here: it imports the real pakru_data.sphinxext, which --from-json does not need.
    from profiling import profile_builds

    log("profiling a serial full build and a one-fact rebuild")
    return profile_section(*profile_builds(project, edit))


def measure_double_scale(work: Path, options: argparse.Namespace) -> ScaleResult:
    double = generate(work / "double", Scale.of(options.scale * 2))
    log(f"double scale: {double.scale.pages} pages, {double.scale.events} events, {double.scale.figures} figures")
    return measure(double, options.runs, rebuilds=False)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
