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

and the peak memory (max RSS) of the full build.  The table goes to
``benchmarks/results.md`` (``--output``).  Every build runs ``python -m sphinx`` in a
subprocess whose working folder and PYTHONPATH are the synthetic project, so that its
generated ``pakru_data`` is the one imported (checked before the builds start).

Usage: ``python benchmarks/bench.py [--scale 1.0] [--runs 3] [--output PATH] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve()
TODAY = "2026-11-28"  # PAKRU_TODAY for every build, so validation does not depend on the clock

# The arguments `nox -s docs` gives sphinx-build (noxfile.SPHINX_ARGS, plus -j auto for
# HTML), with the doctrees kept outside the HTML folder.
SPHINX_ARGS = ["-c", ".", "--keep-going", "-W", "-n", "-j", "auto", "-b", "html", "-d", "build/doctrees", "--no-color"]

# At scale 1: the figures the issue names.
BASE = {"pages": 300, "events": 2000, "figures": 5000, "sources": 1000, "facts_per_page": 50}
RECORD_FILES = ("sources.py", "eras.py", "events.py", "figures.py", "points.py", "corrections.py")
ERAS = [
    ("era-one", "The first era", 1947, 1965),
    ("era-two", "The second era", 1966, 1980),
    ("era-three", "The third era", 1981, 1999),
    ("era-four", "The fourth era", 2000, 2014),
    ("era-five", "The fifth era", 2015, None),
]
EDIT_BASE = 777_000_000  # the edited figure's value after edit number n is EDIT_BASE + n * EDIT_STEP
EDIT_STEP = 10_000_000  # $777 million, $787 million, ...: each edit shows a different text


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- Generating the synthetic project --------------------------------------------------


@dataclass
class Scale:
    factor: float
    pages: int
    events: int
    figures: int
    sources: int
    facts_per_page: int

    @classmethod
    def of(cls, factor: float) -> Scale:
        n = {k: max(1, round(v * factor)) for k, v in BASE.items() if k != "facts_per_page"}
        return cls(factor=factor, facts_per_page=BASE["facts_per_page"], **n)


@dataclass
class Project:
    """One generated site: the pakru version and its baseline, side by side."""

    root: Path  # the pakru project (conf.py, pakru_data/, docs/)
    baseline: Path  # the same pages as plain text, no pakru extension
    scale: Scale
    uses: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # page -> [(fact id, variant)]
    edited: str = ""  # the figure the one-fact rebuild edits


def generate(where: Path, scale: Scale, seed: int = 6) -> Project:
    """Write the synthetic project (and its baseline) under ``where``."""
    rng = random.Random(seed)
    root, baseline = where / "pakru", where / "baseline"
    for folder in (root, baseline):
        (folder / "docs").mkdir(parents=True)
        shutil.copytree(REPO / "docs" / "_static", folder / "docs" / "_static")
        shutil.copytree(REPO / "docs" / "_templates", folder / "docs" / "_templates")
    shutil.copy(REPO / "conf.py", root / "conf.py")
    shutil.copytree(REPO / "pakru_data", root / "pakru_data", ignore=shutil.ignore_patterns("__pycache__"))
    # The baseline loads the same extensions and theme as the real conf.py, less pakru's.
    conf = (REPO / "conf.py").read_text(encoding="utf-8")
    conf += "\n# Benchmark baseline: the same configuration without the pakru extension.\n"
    conf += 'extensions = [name for name in extensions if name != "pakru_data.sphinxext"]\n'
    (baseline / "conf.py").write_text(conf, encoding="utf-8")

    project = Project(root, baseline, scale)
    records = _records(rng, scale)
    for name, text in records.items():
        (root / "pakru_data" / name).write_text(text, encoding="utf-8")
    # The real charts name real figures, which the generated data does not have: draw none.
    (root / "pakru_data" / "chart_specs.py").write_text("CHART_SPECS = []\n", encoding="utf-8")
    event_ids = [f"event-{i:05d}" for i in range(scale.events)]
    figure_ids = [f"figure-{i:05d}" for i in range(scale.figures)]
    all_ids = event_ids + figure_ids
    for p in range(scale.pages):
        chosen = rng.sample(all_ids, min(scale.facts_per_page, len(all_ids)))
        project.uses[f"page-{p:04d}"] = [(fid, _variant(rng, fid)) for fid in chosen]
    # The edited figure: an ordinary money figure that two or more pages show.
    shown_on: dict[str, list[str]] = {}
    for page, uses in project.uses.items():
        for fid, _ in uses:
            shown_on.setdefault(fid, []).append(page)
    project.edited = next(
        fid for fid in figure_ids if len(shown_on.get(fid, [])) >= 2 and int(fid.rsplit("-", 1)[1]) % 10 == 0
    )
    set_edited_value(project, 0)
    rendered = render_facts(project)
    _write_pages(project, rendered)
    return project


def _variant(rng: random.Random, fact_id: str) -> str:
    roll = rng.random()
    if fact_id.startswith("event-"):
        return "year" if roll < 0.2 else "default"
    if int(fact_id.rsplit("-", 1)[1]) % 10 == 0:  # money figures (see _figure)
        return "short" if roll < 0.2 else "default"
    return "default"


def _records(rng: random.Random, scale: Scale) -> dict[str, str]:
    """The text of each generated record module, written as contributors write them."""
    out: dict[str, str] = {}
    sources = ["from pakru_data.model import ArticleReference, Source\n\nSOURCES = ["]
    for i in range(scale.sources):
        sources.append(
            f"    Source(id='source-{i:05d}', publisher='Publisher {i % 97}', title='Report number {i}',"
            f" url='https://example.org/reports/{i}', published='2025-{1 + i % 12:02d}-{1 + i % 28:02d}',"
            f" accessed='2026-11-01'),"
        )
    sources.append("]\n\nARTICLE_REFERENCES = [")
    for i in range(3):
        sources.append(
            f"    ArticleReference(id='reference-{i}', cited_as='Reference {i}', found=False,"
            f" finding='Not found as named.'),"
        )
    sources.append("]\n")
    out["sources.py"] = "\n".join(sources)

    eras = ["from pakru_data.model import Era\n\nERAS = ["]
    eras += [f"    Era(id={e!r}, title={t!r}, start_year={s}, end_year={end!r})," for e, t, s, end in ERAS]
    out["eras.py"] = "\n".join([*eras, "]\n"])

    corrected: list[str] = []
    events = ["from pakru_data.model import Event, Status\n\nEVENTS = ["]
    for i in range(scale.events):
        era, _title, start, end = ERAS[i % len(ERAS)]
        year = rng.randint(start, end or 2024)
        precision = i % 3
        date = f"{year}" if precision == 0 else f"{year}-{rng.randint(1, 12):02d}"
        if precision == 2:
            date += f"-{rng.randint(1, 28):02d}"
        status, cited = "VERIFIED", _cite(rng, scale)
        if i % 97 == 5:
            status = "CORRECTED"
            corrected.append(f"event-{i:05d}")
        elif i % 101 == 7:
            status, cited = "UNVERIFIED", "()"
        events.append(
            f"    Event(id='event-{i:05d}', label='Synthetic event {i}', date={date!r}, era={era!r},"
            f" status=Status.{status}, sources={cited}),"
        )
    out["events.py"] = "\n".join([*events, "]\n"])

    figures = ["from pakru_data.model import Figure, Status, Version\n\nFIGURES = ["]
    for i in range(scale.figures):
        figures.append(_figure(rng, scale, i, corrected))
    out["figures.py"] = "\n".join([*figures, "]\n"])

    out["points.py"] = (
        "from pakru_data.model import Challenge, ConclusionRow, Opportunity\n\n"
        "CHALLENGES = [Challenge(id='challenge-one', heading='The first challenge')]\n"
        "OPPORTUNITIES = [Opportunity(id='opportunity-one', heading='The first opportunity')]\n"
        "CONCLUSION = [ConclusionRow(challenge='challenge-one', opportunity='opportunity-one')]\n"
    )
    corrections = ["from pakru_data.model import Correction, Verdict\n\nCORRECTIONS = ["]
    # Newer models give each correction a topic (its heading); write one when the model has the field.
    has_topic = "    topic: str" in (REPO / "pakru_data" / "model.py").read_text(encoding="utf-8")
    for n, start in enumerate(range(0, len(corrected), 3)):
        facts = corrected[start : start + 3]
        finding = " ".join(f"It was {{fact}}`{f}`." for f in facts)
        topic = f" topic='Synthetic claim {n}'," if has_topic else ""
        corrections.append(
            f"    Correction(id='correction-{n:04d}',{topic} article_said='The article said otherwise ({n}).',"
            f" section='history', reviewed='2026-11-01', verdict=Verdict.{('WRONG', 'IMPRECISE')[n % 2]},"
            f" finding={finding!r}, facts={tuple(facts)!r}, sources=('source-00000',)),"
        )
    out["corrections.py"] = "\n".join([*corrections, "]\n"])
    return out


def _cite(rng: random.Random, scale: Scale) -> str:
    """One or two source ids, as a tuple's Python text."""
    count = 1 if rng.random() < 0.7 else 2
    return repr(tuple(sorted({f"source-{rng.randrange(scale.sources):05d}" for _ in range(count)})))


def _figure(rng: random.Random, scale: Scale, i: int, corrected: list[str]) -> str:
    fid = f"figure-{i:05d}"
    status = "VERIFIED"
    if i % 10 == 0:  # money (the edited figure is one of these)
        body = f"value={rng.randint(1, 900) * 10 ** rng.choice((6, 7, 8, 9))}, unit='money', currency='USD'"
    elif i % 10 in (1, 2):
        body = f"value={rng.randint(1, 99)}, unit='percent'"
    elif i % 10 in (3, 4, 5):
        body = f"value={rng.randint(1, 100_000)}, unit='count'"
    elif i % 10 == 6:
        body = f"value={rng.randint(1, 5_000_000)}, unit='tonne'"
    elif i % 10 == 7:
        body = f"value={rng.randint(1, 3_000)}, unit='kilometre'"
    elif i % 10 == 8:
        body = f"value={rng.randint(2, 60)}, unit='year'"
    else:  # a disputed figure keeps two sources' values
        low = rng.randint(1, 50) * 10**8
        body = (
            "unit='money', currency='USD', versions=("
            f"Version(value={low}, sources={_cite(rng, scale)}, said_by='One source'), "
            f"Version(value={low * 2}, sources={_cite(rng, scale)}, said_by='Another source'))"
        )
        status = "DISPUTED"
    period = f", period='FY{2000 + i % 24}-{(i % 24 + 1) % 100:02d}'" if i % 2 and status != "DISPUTED" else ""
    review = ", as_of='2024-06-30', review_by='2028-06-30'" if i % 5 == 1 else ""
    if status == "VERIFIED" and i % 89 == 3:
        status = "CORRECTED"
        corrected.append(fid)
    cited = "" if status == "DISPUTED" else f", sources={_cite(rng, scale)}"
    return (
        f"    Figure(id={fid!r}, label='Synthetic figure {i}', {body}{period}{review}, status=Status.{status}{cited}),"
    )


def set_edited_value(project: Project, edit: int) -> int:
    """Give the edited figure its value for edit number ``edit``; returns the value."""
    path = project.root / "pakru_data" / "figures.py"
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"(Figure\(id='{project.edited}', label='[^']*', value=)\d+")
    value = EDIT_BASE + edit * EDIT_STEP
    text, count = pattern.subn(rf"\g<1>{value}", text)
    assert count == 1, f"could not find {project.edited} in figures.py"
    path.write_text(text, encoding="utf-8")
    return value


def render_facts(project: Project) -> dict[str, str]:
    """Every (fact, variant) the pages show, formatted by the synthetic pakru_data's
    own format_fact (in a subprocess, so that it is that package that is imported)."""
    wanted = sorted({f"{fid}:{variant}" for uses in project.uses.values() for fid, variant in uses})
    request = project.root / "build" / "render-request.json"
    request.parent.mkdir(exist_ok=True)
    request.write_text(json.dumps(wanted), encoding="utf-8")
    output = run_tool(project.root, "render", str(request))
    result: dict[str, Any] = json.loads(output)
    expected = str((project.root / "pakru_data" / "__init__.py").resolve())
    if result["imported_from"] != expected:
        raise SystemExit(f"wrong pakru_data imported: {result['imported_from']} (expected {expected})")
    rendered: dict[str, str] = result["rendered"]
    return rendered


def run_tool(cwd: Path, *args: str) -> str:
    """Run one of this script's helper modes with the synthetic project on the path."""
    command = [sys.executable, str(HERE), "--tool", *args]
    result = subprocess.run(command, cwd=cwd, env=build_env(cwd), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _write_pages(project: Project, rendered: dict[str, str]) -> None:
    titles = {page: f"Synthetic page {page.removeprefix('page-')}" for page in project.uses}
    index = [
        "# Synthetic pakru site",
        "",
        "A generated site for the scale benchmark.",
        "",
        "```{toctree}",
        ":maxdepth: 1",
        "",
        *project.uses,
        "register",
        "timeline",
        "corrections",
        "how-to-correct",
        "```",
        "",
    ]
    for folder in (project.root, project.baseline):
        (folder / "docs" / "index.md").write_text("\n".join(index), encoding="utf-8")
    for page, uses in project.uses.items():
        for folder, plain in ((project.root, False), (project.baseline, True)):
            lines = [f"# {titles[page]}", ""]
            for section in range(5):  # five sections of ten facts, as prose
                lines += [f"## Section {section + 1}", ""]
                for n, (fid, variant) in enumerate(uses[section * 10 : section * 10 + 10]):
                    shown = rendered[f"{fid}:{variant}"] if plain else f"{{fact}}`{fid}:{variant}`"
                    lines.append(f"Item {n + 1} of this section happened or measured {shown}, as its source says.")
                    lines.append("")
            (folder / "docs" / f"{page}.md").write_text("\n".join(lines), encoding="utf-8")
    # The site's fact register and full timeline, drawn by the extension...
    (project.root / "docs" / "register.md").write_text("# Fact register\n\n```{fact-register}\n```\n", "utf-8")
    (project.root / "docs" / "timeline.md").write_text("# Timeline\n\n```{fact-timeline}\n```\n", "utf-8")
    (project.root / "docs" / "corrections.md").write_text("# Corrections\n\n```{corrections-list}\n```\n", "utf-8")
    # The register's "How to correct a fact" link needs the page (here a stub, in both sites).
    for folder in (project.root, project.baseline):
        (folder / "docs" / "how-to-correct.md").write_text("# How to correct a fact\n\nEdit the record.\n", "utf-8")
    # ...and, for the baseline, the same facts written out as plain Markdown.
    _write_baseline_register_and_timeline(project, rendered, titles)


def _write_baseline_register_and_timeline(project: Project, rendered: dict[str, str], titles: dict[str, str]) -> None:
    facts = json.loads(run_tool(project.root, "facts"))
    shown_on: dict[str, list[str]] = {}
    for page, uses in project.uses.items():
        for fid, _ in uses:
            shown_on.setdefault(fid, []).append(page)
    register = ["# Fact register", ""]
    for group, kind in (("Dated events", "event"), ("Figures", "figure")):
        register += [f"## {group}", ""]
        for fact in facts:
            if fact["kind"] != kind:
                continue
            pages = ", ".join(f"[{titles[p]}]({p}.md)" for p in sorted(shown_on.get(fact["id"], []))) or "no page yet"
            register += [
                f"(fact-{fact['id']})=",
                f"**{fact['label']}**",
                "",
                f"Id\n: `{fact['id']}`",
                "",
                f"Shown as\n: {fact['shown']}",
                "",
                f"Status\n: {fact['status']}",
                "",
                "Sources\n: " + ("; ".join(fact["sources"]) or "No source found: this fact is unverified."),
                "",
                f"Shown on\n: {pages}",
                "",
            ]
    (project.baseline / "docs" / "register.md").write_text("\n".join(register), encoding="utf-8")
    timeline = ["# Timeline", ""]
    events = sorted((f for f in facts if f["kind"] == "event"), key=lambda f: f["start"])
    timeline += [f"- **{f['shown']}**: {f['label']}" for f in events]
    (project.baseline / "docs" / "timeline.md").write_text("\n".join([*timeline, ""]), encoding="utf-8")
    corrections = ["# Corrections", ""]
    for correction in json.loads(run_tool(project.root, "corrections")):
        corrections += [
            f"(correction-{correction['id']})=",
            f"**Verdict: {correction['verdict']}** (in the article's {correction['section']} section)",
            "",
            f"> The article said: *{correction['article_said']}*",
            "",
            f"**What the sources say:** {correction['finding']}",
            "",
        ]
    (project.baseline / "docs" / "corrections.md").write_text("\n".join(corrections), encoding="utf-8")


# --- Building and measuring -------------------------------------------------------------


def build_env(cwd: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(cwd), "PAKRU_TODAY": TODAY, "PYTHONHASHSEED": "0"}


@dataclass
class Build:
    seconds: float
    rss_main_mb: float  # the sphinx-build process itself
    rss_worker_mb: float  # the largest -j worker it forked (0 when none ran)
    reread: int  # pages read again
    output: str


def sphinx_build(folder: Path, *, clean: bool) -> Build:
    """One `python -m sphinx` build of ``folder``, timed from the outside; the memory
    comes from getrusage in a small wrapper around Sphinx (see ``--tool sphinx``)."""
    if clean:
        shutil.rmtree(folder / "build", ignore_errors=True)
    (folder / "build").mkdir(exist_ok=True)
    usage = folder / "build" / "rusage.json"
    command = [sys.executable, str(HERE), "--tool", "sphinx", str(usage), *SPHINX_ARGS, "docs", "build/html"]
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


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass
class ScaleResult:
    scale: Scale
    full: list[Build] = field(default_factory=list)
    baseline: list[Build] = field(default_factory=list)
    nochange: list[Build] = field(default_factory=list)
    onefact: list[Build] = field(default_factory=list)
    consistency: list[float] = field(default_factory=list)
    consistency_summary: str = ""
    onefact_pages: int = 0
    html_mb: tuple[float, float] = (0.0, 0.0)  # HTML written: pakru site, baseline


def measure(project: Project, runs: int, *, rebuilds: bool) -> ScaleResult:
    result = ScaleResult(project.scale)
    for run in range(runs):
        build = sphinx_build(project.root, clean=True)
        result.full.append(build)
        log(f"  full build {run + 1}/{runs}: {build.seconds:.1f} s, {build.reread} pages read")
        build = sphinx_build(project.baseline, clean=True)
        result.baseline.append(build)
        log(f"  baseline build {run + 1}/{runs}: {build.seconds:.1f} s, {build.reread} pages read")
    if not rebuilds:
        return result
    for run in range(runs):
        build = sphinx_build(project.root, clean=False)
        result.nochange.append(build)
        log(f"  no-change rebuild {run + 1}/{runs}: {build.seconds:.1f} s, {build.reread} pages read")
        if build.reread:
            raise SystemExit(f"a rebuild with no change read {build.reread} pages:\n{build.output[-3000:]}")
    shows = sorted(page for page, uses in project.uses.items() if any(f == project.edited for f, _ in uses))
    result.onefact_pages = len(shows)
    for run in range(runs):
        old = EDIT_BASE + run * EDIT_STEP
        new = set_edited_value(project, run + 1)
        build = sphinx_build(project.root, clean=False)
        result.onefact.append(build)
        log(
            f"  one-fact rebuild {run + 1}/{runs} ({project.edited} = {new}): {build.seconds:.1f} s, "
            f"{build.reread} pages read"
        )
        check = json.loads(run_tool(project.root, "check-edit", project.edited, str(old), *shows))
        if check["problems"]:
            raise SystemExit("after editing one fact:\n" + "\n".join(check["problems"]))
        log(f"    the new value {check['new']!r} is on all {len(shows)} pages that show it, the old one on none")
    manifest = project.root / "build" / "manifest.json"
    manifest.write_text(json.dumps(project.uses), encoding="utf-8")
    for run in range(runs):
        start = time.perf_counter()
        summary = json.loads(run_tool(project.root, "consistency", str(manifest)))
        seconds = time.perf_counter() - start
        result.consistency.append(seconds)
        if summary["problems"]:
            raise SystemExit("consistency checks failed:\n" + "\n".join(summary["problems"][:50]))
        result.consistency_summary = summary["summary"]
        log(f"  consistency checks {run + 1}/{runs}: {seconds:.1f} s ({summary['summary']})")
    return result


# --- Helper modes, run inside the synthetic project ------------------------------------


def tool_sphinx(usage: str, args: list[str]) -> int:
    """Run `python -m sphinx ARGS`, then record this process's and its children's max RSS.

    Sphinx's -j workers are forked children that it waits for, so RUSAGE_CHILDREN's
    ru_maxrss is the largest of them (one process's peak, not the sum of all)."""
    import runpy

    sys.argv = ["sphinx", *args]
    code = 0
    try:
        runpy.run_module("sphinx", run_name="__main__", alter_sys=True)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    to_mb = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024  # ru_maxrss is in KiB on Linux
    Path(usage).write_text(
        json.dumps(
            {
                "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * to_mb,
                "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * to_mb,
            }
        ),
        encoding="utf-8",
    )
    return code


def tool_render(request: str) -> int:
    import pakru_data
    from pakru_data import DATA, format_fact

    rendered = {}
    for key in json.loads(Path(request).read_text(encoding="utf-8")):
        fid, variant = key.rsplit(":", 1)
        rendered[key] = format_fact(DATA.facts[fid], variant)
    print(json.dumps({"imported_from": str(Path(pakru_data.__file__).resolve()), "rendered": rendered}))
    return 0


def tool_facts() -> int:
    """Every fact, pre-rendered, for the baseline's register and timeline."""
    from pakru_data import DATA, format_fact
    from pakru_data.formatting import format_date_at_precision

    def cite(source: Any) -> str:
        published = format_date_at_precision(source.published_date) if source.published else "undated"
        return f"{source.publisher}, *{source.title}*, {published}"

    facts = [
        {
            "id": f.id,
            "kind": f.kind,
            "label": f.label,
            "shown": format_fact(f),
            "status": f.status.value,
            "sources": [cite(s) for s in DATA.cited_sources(f)],
            "start": f.start.first_day().isoformat() if f.kind == "event" else "",
        }
        for f in DATA.facts.values()
    ]
    print(json.dumps(facts))
    return 0


def tool_corrections() -> int:
    """Every correction, its finding's facts written out, for the baseline."""
    from pakru_data import DATA, format_fact
    from pakru_data.text import FactReference, split_text

    def plain(text: str) -> str:
        parts = split_text(text)
        return "".join(
            format_fact(DATA.facts[p.fact_id], p.variant) if isinstance(p, FactReference) else p for p in parts
        )

    corrections = [
        {
            "id": c.id,
            "verdict": c.verdict.value,
            "section": c.section,
            "article_said": c.article_said,
            "finding": plain(c.finding),
        }
        for c in DATA.corrections
    ]
    print(json.dumps(corrections))
    return 0


class FactSpans(HTMLParser):
    """The facts in a page: (fact id, variant, text) for each span.pakru-fact, and the
    targets of the page's source links and its ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()
        self.cite_targets: list[str] = []
        self._open: list[list[str]] = []  # fact spans being read: [id, variant, text]
        self._depth: list[int] = []  # span nesting inside each open fact span

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and "pakru-cite" in (a.get("class") or "").split():
            self.cite_targets.append((a.get("href") or "").lstrip("#"))
        if tag == "span":
            if self._depth:
                self._depth[-1] += 1
            if a.get("data-fact"):
                self._open.append([a["data-fact"] or "", a.get("data-variant") or "", ""])
                self._depth.append(0)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._depth:
            if self._depth[-1] == 0:
                self._depth.pop()
                fid, variant, text = self._open.pop()
                self.facts.append((fid, variant, text))
            else:
                self._depth[-1] -= 1

    def handle_data(self, data: str) -> None:
        for item in self._open:
            item[2] += data


def tool_consistency(manifest: str) -> int:
    """Check the built site: every fact renders as format_fact says, so identically
    wherever it appears; each generated page shows exactly its facts; every source link
    of a fact leads to an entry on the same page."""
    from pakru_data import DATA, format_fact

    uses = json.loads(Path(manifest).read_text(encoding="utf-8"))
    problems: list[str] = []
    shown: dict[tuple[str, str], set[str]] = {}
    spans = pages = 0
    for path in sorted(Path("build/html").glob("*.html")):
        parser = FactSpans()
        parser.feed(path.read_text(encoding="utf-8"))
        pages += 1
        spans += len(parser.facts)
        for fid, variant, text in parser.facts:
            shown.setdefault((fid, variant), set()).add(text)
        page = path.stem
        if page in uses:
            expected = sorted((f, v) for f, v in uses[page])
            got = sorted((f, v) for f, v, _ in parser.facts)
            if got != expected:
                problems.append(f"{page}: shows {len(got)} facts, expected its {len(expected)}")
        missing = [t for t in parser.cite_targets if t not in parser.ids]
        if missing:
            problems.append(f"{page}: source links to missing entries {missing[:3]}")
    for (fid, variant), texts in shown.items():
        want = format_fact(DATA.facts[fid], variant)
        if texts != {want}:
            problems.append(f"{fid}:{variant}: shown as {sorted(texts)}, format_fact gives {want!r}")
    summary = f"{pages} HTML pages, {spans} fact spans, {len(shown)} distinct facts/variants"
    print(json.dumps({"problems": problems, "summary": summary}))
    return 0


def tool_check_edit(fact_id: str, old_value: str, pages: list[str]) -> int:
    """After an edit: the new value is on every page that shows the fact, the old on none."""
    from decimal import Decimal

    from pakru_data import DATA, format_fact
    from pakru_data.formatting import format_amount

    fact = DATA.facts[fact_id]
    new = format_fact(fact)
    old = {format_amount(Decimal(old_value), fact, v, "en") for v in ("default", "short")}  # type: ignore[arg-type]
    problems = []
    for page in [*pages, "register"]:
        parser = FactSpans()
        parser.feed(Path(f"build/html/{page}.html").read_text(encoding="utf-8"))
        shown = [(variant, text) for fid, variant, text in parser.facts if fid == fact_id]
        if not shown:
            problems.append(f"{page}: does not show {fact_id}")
        for variant, text in shown:
            if text != format_fact(fact, variant) or text in old:
                problems.append(f"{page}: shows {fact_id}:{variant} as {text!r}, the old value was {sorted(old)}")
    print(json.dumps({"problems": problems, "new": new}))
    return 0


def run_tool_mode(args: list[str]) -> int:
    mode, rest = args[0], args[1:]
    if mode == "sphinx":
        return tool_sphinx(rest[0], rest[1:])
    sys.path.insert(0, os.getcwd())  # the synthetic project, before anything installed
    if mode == "render":
        return tool_render(rest[0])
    if mode == "facts":
        return tool_facts()
    if mode == "corrections":
        return tool_corrections()
    if mode == "consistency":
        return tool_consistency(rest[0])
    if mode == "check-edit":
        return tool_check_edit(rest[0], rest[1], rest[2:])
    raise SystemExit(f"unknown tool {mode}")


# --- The report --------------------------------------------------------------------------


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("sphinx", "myst-parser", "furo", "sphinx-timeline", "docutils")}


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}×" if base else "–"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def save_raw(path: Path, one: ScaleResult, two: ScaleResult | None, runs: int, total: float, profile: str) -> str:
    """Keep every measurement as JSON beside the table, so the table can be written again
    (`--from-json`) without building again; returns the run's date."""
    import dataclasses

    def plain(result: ScaleResult | None) -> Any:
        if result is None:
            return None
        data = dataclasses.asdict(result)
        for kind in ("full", "baseline", "nochange", "onefact"):
            for build in data[kind]:
                build["output"] = ""  # Sphinx's log is not kept
        return data

    date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    raw = {"date": date, "runs": runs, "total": total, "profile": profile, "one": plain(one), "two": plain(two)}
    raw["environment"] = {"cpu_count": os.cpu_count(), "python": platform.python_version(), **versions()}
    path.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    return date


def load_raw(path: Path) -> tuple[ScaleResult, ScaleResult | None, int, float, str, str]:
    raw = json.loads(path.read_text(encoding="utf-8"))

    def result(data: Any) -> ScaleResult | None:
        if data is None:
            return None
        out = ScaleResult(Scale(**data["scale"]))
        for kind in ("full", "baseline", "nochange", "onefact"):
            setattr(out, kind, [Build(**b) for b in data[kind]])
        out.consistency = data["consistency"]
        out.consistency_summary = data["consistency_summary"]
        out.onefact_pages = data["onefact_pages"]
        out.html_mb = tuple(data["html_mb"])  # type: ignore[assignment]
        return out

    one = result(raw["one"])
    assert one is not None
    return one, result(raw["two"]), raw["runs"], raw["total"], raw["profile"], raw["date"]


def report(one: ScaleResult, two: ScaleResult | None, runs: int, total: float, profile: str, date: str) -> str:
    s = one.scale
    full = median([b.seconds for b in one.full])
    base = median([b.seconds for b in one.baseline])
    nochange = median([b.seconds for b in one.nochange])
    onefact = median([b.seconds for b in one.onefact])
    consistency = median(one.consistency)
    mem = max(b.rss_main_mb for b in one.full)
    mem_worker = max(b.rss_worker_mb for b in one.full)
    base_mem = max(b.rss_main_mb for b in one.baseline)
    base_mem_worker = max(b.rss_worker_mb for b in one.baseline)
    v = versions()

    def runs_of(builds: list[Build]) -> str:
        return ", ".join(f"{b.seconds:.1f}" for b in builds)

    lines = [
        "# Scale benchmark",
        "",
        "Written by `nox -s bench` (`benchmarks/bench.py`) from one run on this machine; do not edit by hand.",
        "",
        f"- Date: {date}",
        f"- Machine: {os.cpu_count()} cores (`os.cpu_count()`), {platform.machine()}, {platform.system()}",
        f"- Python {platform.python_version()}, Sphinx {v['sphinx']}, myst-parser {v['myst-parser']}, "
        f"furo {v['furo']}, sphinx-timeline {v['sphinx-timeline']}, docutils {v['docutils']}",
        f"- Scale {s.factor:g}: {s.pages} pages × {s.facts_per_page} facts, {s.events} events, {s.figures} figures, "
        f"{s.sources} sources",
        f"- Each time is the median of {runs} runs (all runs are listed below); the benchmark took "
        f"{total / 60:.1f} minutes.",
        f"- Sphinx arguments, as `nox -s docs`: `{' '.join(SPHINX_ARGS)} docs build/html`",
        "",
        "| measure | time (s) | ratio to baseline full build | target | result |",
        "| --- | ---: | ---: | --- | --- |",
        f"| baseline full build (facts as plain text, no pakru extension) | {base:.1f} | 1.00× | | |",
        f"| full build (clean) | {full:.1f} | {ratio(full, base)} | ≤ 1.15× baseline | {verdict(full <= 1.15 * base)} "
        f"({(full / base - 1) * 100:+.0f}%) |",
        f"| no-change rebuild ({one.nochange[0].reread} pages read) | {nochange:.1f} | {ratio(nochange, base)} | "
        f"≤ 10% of full build | {verdict(nochange <= 0.10 * full)} ({nochange / full * 100:.0f}% of full) |",
        f"| rebuild after editing one fact ({one.onefact[0].reread} pages read; the fact is on "
        f"{one.onefact_pages} pages) | {onefact:.1f} | {ratio(onefact, base)} | ≤ 25% of full build | "
        f"{verdict(onefact <= 0.25 * full)} ({onefact / full * 100:.0f}% of full) |",
        f"| consistency checks over the built site | {consistency:.1f} | {ratio(consistency, base)} | | |",
    ]
    if two is not None:
        full2 = median([b.seconds for b in two.full])
        base2 = median([b.seconds for b in two.baseline])
        lines += [
            f"| baseline full build at double scale ({two.scale.pages} pages) | {base2:.1f} | {ratio(base2, base)} | "
            "| |",
            f"| full build at double scale ({two.scale.pages} pages, {two.scale.events} events, "
            f"{two.scale.figures} figures) | {full2:.1f} | {ratio(full2, base)} | ≤ 2.2× the full build | "
            f"{verdict(full2 <= 2.2 * full)} ({full2 / full:.2f}× the full build; baseline {base2 / base:.2f}×; "
            f"{(full2 / base2 - 1) * 100:+.0f}% over the double-scale baseline) |",
        ]
    lines += [
        f"| peak memory of the full build: sphinx-build process | {mem:.0f} MB | {ratio(mem, base_mem)} "
        f"(baseline {base_mem:.0f} MB) | | |",
        f"| peak memory of the full build: largest -j worker | {mem_worker:.0f} MB | "
        f"{ratio(mem_worker, base_mem_worker)} (baseline {base_mem_worker:.0f} MB) | | |",
        "",
        "Peak memory is `ru_maxrss` from `resource.getrusage` in a wrapper that runs `python -m sphinx`: "
        "`RUSAGE_SELF` for the build process, `RUSAGE_CHILDREN` for the largest of the -j worker processes it "
        "forks and waits for. Each is one process's peak resident size (forked workers share pages with the "
        "main process, so the two are not to be added); the larger of the runs is reported.",
        "",
        *why_missed(one, two, full, base, nochange, onefact, profile),
        "## What the synthetic site contains",
        "",
        f"- `pakru_data` copied from this checkout with generated record modules: {s.events} events in "
        f"{len(ERAS)} eras (at day, month and year precision; about 1% corrected, 1% unverified), {s.figures} "
        "figures (money, percent, count, tonne, kilometre and year units; 10% disputed with two versions; "
        f"about 1% corrected; some with periods and review dates), {s.sources} sources, the corrections that "
        "the corrected facts need, three article references, one challenge, one opportunity and their "
        "conclusion row. The real `conf.py` (same extensions and theme; the temporary folder is not a git "
        "checkout, so, as the real conf.py does there, `sphinx_last_updated_by_git` is not loaded, in both "
        "builds).",
        f"- {s.pages} MyST pages, each showing {s.facts_per_page} distinct facts through the real "
        "`{fact}` role (about a fifth with the `year` or `short` variant) in five sections of prose; "
        "each page gets the extension's list of sources at its end.",
        "- The fact register (`{fact-register}`: every fact with its sources and the pages showing it), "
        "a timeline of every event (`{fact-timeline}`), the corrections (`{corrections-list}`), a one-line "
        "'How to correct a fact' page that the register links to, and an index page with the toctree.",
        "- The baseline has the same index and pages with each fact written out as the text `format_fact` "
        "gives (no source links or lists), and a register, timeline and corrections page written as plain "
        "Markdown (each fact's label, id, value, status, sources and links to its pages; each event's date and "
        "label; each correction's text), built with "
        "the same conf.py less `pakru_data.sphinxext`.",
        f"- Consistency checks ({one.consistency_summary}): every fact span renders as `format_fact` says "
        "(so identically wherever it appears), each generated page shows exactly its facts, and every "
        "source link after a fact leads to an entry on the same page. Run in a subprocess with the synthetic "
        "`pakru_data`, parsing the HTML with the standard library.",
        "- The one-fact rebuild changes one money figure's value in the generated `figures.py`; after each "
        "rebuild the benchmark checks that the new value is on every page that shows the fact and on the "
        "register, and the old one on none.",
        "",
        "## Every run (seconds)",
        "",
        f"- full build: {runs_of(one.full)}",
        f"- baseline: {runs_of(one.baseline)}",
        f"- no-change rebuild: {runs_of(one.nochange)}",
        f"- one-fact rebuild: {runs_of(one.onefact)}",
        f"- consistency checks: {', '.join(f'{t:.1f}' for t in one.consistency)}",
        f"- HTML written by the full build: {one.html_mb[0]:.1f} MB (baseline {one.html_mb[1]:.1f} MB)",
    ]
    if two is not None:
        lines += [
            f"- full build at double scale: {runs_of(two.full)}",
            f"- baseline at double scale: {runs_of(two.baseline)}",
        ]
    if profile:
        lines += ["", profile]
    return "\n".join(lines) + "\n"


def nav_share(profile: str) -> str:
    """The share of the profiled full build spent on furo's navigation tree, as a clause."""
    match = re.search(r"\| [\d.]+ \| (\d+)% \| of which furo's sidebar navigation tree \|", profile)
    return f" ({match.group(1)}% of the profiled serial full build below)" if match else ""


def why_missed(
    one: ScaleResult,
    two: ScaleResult | None,
    full: float,
    base: float,
    nochange: float,
    onefact: float,
    profile: str,
) -> list[str]:
    """Why each missed target is missed, from this run's own figures and the profiles below."""
    s = one.scale
    pakru_mb, base_mb = one.html_mb
    out: list[str] = []
    if full > 1.15 * base:
        out.append(
            f"- **Full build, +{(full / base - 1) * 100:.0f}% over the baseline (target +15%, missed by "
            f"{(full / base - 1.15) * 100:.0f} points).** The extension's site is not the baseline's pages with "
            "a little work added: it has more in it. Each page ends with its list of sources (each one a full "
            "citation) and every fact is followed by links to it; the register gives each of the "
            f"{s.events + s.figures} facts a field list with full citations and the pages that show it; the "
            f"timeline is drawn by sphinx-timeline. The HTML written is {pakru_mb:.1f} MB against "
            f"{base_mb:.1f} MB for the baseline. The profile below shows how much of a serial build is the "
            "extension's own code; the rest of the difference is Sphinx and furo parsing, transforming, resolving "
            "and writing the larger doctrees."
        )
    if nochange > 0.10 * full:
        out.append(
            f"- **No-change rebuild, {nochange / full * 100:.0f}% of a full build (target 10%).** What remains is "
            "Sphinx's fixed cost (start-up, loading the pickled environment, copying static files, the search "
            "index) and pakru's check of every page's data digests."
        )
    if onefact > 0.25 * full and one.onefact[0].reread <= one.onefact_pages:
        # The register is filled as its page is written (main after 93d3647): not read again.
        out.append(
            f"- **One-fact rebuild, {onefact / full * 100:.0f}% of a full build (target 25%, missed by "
            f"{(onefact / full - 0.25) * 100:.1f} points).** Only the {one.onefact[0].reread} pages that show the "
            f"fact are read again. The fact register, one page of {s.events + s.figures} entries that shows every "
            "fact, is not read again but is written again (its entries are filled as it is written)"
            + (
                ", and writing it is most of the rebuild: see Sphinx's writing in the profiled one-fact rebuild below"
                if profile
                else ""
            )
            + ". A register split over several pages would make this rebuild proportional to the change."
        )
    elif onefact > 0.25 * full:
        reread = one.onefact[0].reread
        out.append(
            f"- **One-fact rebuild, {onefact / full * 100:.0f}% of a full build (target 25%, missed by "
            f"{(onefact / full - 0.25) * 100:.0f} points).** Only {reread} pages are read again: the "
            f"{one.onefact_pages} that show the fact and the fact register, which shows every fact, so it is read "
            f"again when any fact changes and written again whenever any page is read (its 'Shown on' links). "
            f"At this scale the register is one page of {s.events + s.figures} entries, and reading and writing "
            "it is most of the rebuild: see the profiled one-fact rebuild below (the register's directive, and "
            "Sphinx's transforms and writer over its doctree). Splitting the register into one page per kind "
            "or per letter, or filling its entries at write time, would make this rebuild proportional to the "
            "change; that is a change to the site's design, not a quick optimisation, so it is left for an issue."
        )
    if two is not None:
        full2 = median([b.seconds for b in two.full])
        base2 = median([b.seconds for b in two.baseline])
        if full2 > 2.2 * full:
            out.append(
                f"- **Doubling the scale, {full2 / full:.2f}× the time (target 2.2×, missed by "
                f"{full2 / full - 2.2:.2f}).** The baseline, without the extension, grows {base2 / base:.2f}× "
                f"(the extension adds {(full2 / base2 - 1) * 100:+.0f}% to it at double scale, against "
                f"{(full / base - 1) * 100:+.0f}% at single scale), so the growth faster than linear is Sphinx's "
                "and the theme's: furo's sidebar puts every page in every page's navigation"
                f"{nav_share(profile)}, so writing grows with the square of the number of pages; and the "
                "register and timeline are single pages that grow with the number of facts."
            )
    if not out:
        return []
    return ["## Targets missed, and why", "", *out, ""]


PAKRU_ENTRY_POINTS = {
    # The places where Sphinx calls into the extension (they do not nest in one another).
    "state.py:load_data": "loading and validating the data",
    "roles.py:run": "the {fact} roles in pages",
    "provenance.py:run": "directives: the fact register and corrections list",
    "timeline.py:run": "the timeline directive",
    "page_sources.py:apply": "each page's source list and cite links",
    "domain.py:record_digests": "recording each page's data digests",
    "domain.py:record_point_targets": "point targets",
    "domain.py:pages_with_changed_data": "finding pages whose data changed",
    "provenance.py:fill_fact_pages": "the register's 'Shown on' links",
    "register.py:fill_register": "the fact register, filled as its page is written",
    "register.py:register_to_write": "whether the register must be written again",
    "provenance.py:report_doubtful_facts": "unverified and overdue facts",
    "downloads.py:write_downloads": "facts.json, facts.csv, sources.json",
    "downloads.py:set_download_addresses": "download links",
}
SPHINX_PHASES = {
    ("builders/__init__.py", "read"): "Sphinx reading (parsing and transforms)",
    ("builders/__init__.py", "write"): "Sphinx writing (resolving and HTML)",
    ("furo/__init__.py", "_compute_navigation_tree"): "of which furo's sidebar navigation tree",
}


def _profile(project: Project, label: str, *, clean: bool) -> list[str]:
    """One serial (-j 1) build under cProfile, summarised as Markdown lines."""
    import pstats

    if clean:
        shutil.rmtree(project.root / "build", ignore_errors=True)
    (project.root / "build").mkdir(exist_ok=True)
    stats_file = project.root / "build" / "profile.stats"
    args = [a for a in SPHINX_ARGS if a not in ("-j", "auto")]
    command = [sys.executable, "-m", "cProfile", "-o", str(stats_file), "-m", "sphinx", *args, "docs", "build/html"]
    start = time.perf_counter()
    subprocess.run(command, cwd=project.root, env=build_env(project.root), capture_output=True, check=True)
    seconds = time.perf_counter() - start
    stats: Any = pstats.Stats(str(stats_file))
    total = stats.total_tt
    by_name: dict[str, float] = {}
    phases: dict[str, float] = {}
    for (filename, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        path = Path(filename)
        key = f"{path.name}:{name}"
        if "pakru_data" in filename and key in PAKRU_ENTRY_POINTS:
            by_name[key] = by_name.get(key, 0.0) + ct
        short = (f"{path.parent.name}/{path.name}", name)
        if short in SPHINX_PHASES:
            phases[SPHINX_PHASES[short]] = max(phases.get(SPHINX_PHASES[short], 0.0), ct)
    pakru_total = sum(by_name.values())
    out = [
        f"### {label}",
        "",
        f"Serial (`-j 1`) under `cProfile`: {seconds:.1f} s wall, {total:.1f} s profiled. Time inside the "
        f"extension's own code: {pakru_total:.1f} s ({pakru_total / total * 100:.0f}%).",
        "",
        "| cumulative (s) | share | where |",
        "| ---: | ---: | --- |",
    ]
    for phase in SPHINX_PHASES.values():
        ct = phases.get(phase, 0.0)
        out.append(f"| {ct:.1f} | {ct / total * 100:.0f}% | {phase} |")
    for key, ct in sorted(by_name.items(), key=lambda kv: -kv[1]):
        if ct < 0.05:
            continue
        out.append(f"| {ct:.1f} | {ct / total * 100:.0f}% | pakru `{key}`: {PAKRU_ENTRY_POINTS[key]} |")
    out.append("")
    return out


def profile_builds(project: Project, edit: int) -> str:
    """Where the time goes: a profiled full build, then a profiled one-fact rebuild."""
    out = ["## Where the time goes", ""]
    out += _profile(project, "Full build", clean=True)
    set_edited_value(project, edit)
    out += _profile(project, "Rebuild after editing one fact", clean=False)
    return "\n".join(out)


def html_size(folder: Path) -> float:
    """Megabytes of HTML the build wrote."""
    return sum(p.stat().st_size for p in (folder / "build" / "html").glob("*.html")) / 1e6


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--tool":
        return run_tool_mode(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 300 pages, 2,000 events, 5,000 figures")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measure; the median is reported")
    parser.add_argument("--output", type=Path, default=REPO / "benchmarks" / "results.md")
    parser.add_argument("--no-double", action="store_true", help="skip the double-scale builds")
    parser.add_argument("--no-profile", action="store_true", help="skip the profiled build")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--from-json", type=Path, help="write the table again from a run's saved measurements")
    options = parser.parse_args()
    if options.from_json:
        one_, two_, runs_, total_, profile_, date_ = load_raw(options.from_json)
        options.output.write_text(report(one_, two_, runs_, total_, profile_, date_), encoding="utf-8")
        log(f"wrote {options.output} from {options.from_json}")
        return 0
    started = time.perf_counter()
    work = options.keep or Path(tempfile.mkdtemp(prefix="pakru-bench-"))
    try:
        log(f"scale {options.scale:g}, {options.runs} runs, {os.cpu_count()} cores, working in {work}")
        project = generate(work / "single", Scale.of(options.scale))
        log(
            f"generated {project.scale.pages} pages, {project.scale.events} events, {project.scale.figures} figures; "
            f"the synthetic pakru_data is imported from {project.root / 'pakru_data'}"
        )
        one = measure(project, options.runs, rebuilds=True)
        one.html_mb = (html_size(project.root), html_size(project.baseline))
        profile = ""
        if not options.no_profile:
            log("profiling a serial full build and a one-fact rebuild")
            profile = profile_builds(project, options.runs + 1)
        two = None
        if not options.no_double:  # a partial table first, in case the double scale is cut short
            date = save_raw(options.output.with_suffix(".json"), one, None, options.runs, 0.0, profile)
            text = report(one, None, options.runs, time.perf_counter() - started, profile, date)
            text = text.replace("\n| measure", "\n**Partial: the double-scale builds have not finished.**\n\n| measure")
            options.output.parent.mkdir(parents=True, exist_ok=True)
            options.output.write_text(text, encoding="utf-8")
        if not options.no_double:
            double = generate(work / "double", Scale.of(options.scale * 2))
            log(
                f"double scale: {double.scale.pages} pages, {double.scale.events} events, "
                f"{double.scale.figures} figures"
            )
            two = measure(double, options.runs, rebuilds=False)
        total = time.perf_counter() - started
        options.output.parent.mkdir(parents=True, exist_ok=True)
        date = save_raw(options.output.with_suffix(".json"), one, two, options.runs, total, profile)
        text = report(one, two, options.runs, total, profile, date)
        options.output.write_text(text, encoding="utf-8")
        print(text)
        log(f"wrote {options.output}")
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
