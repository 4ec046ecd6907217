"""The generated site: a pakru project and its plain-text baseline, side by side.

The pakru project is this checkout's ``conf.py`` and ``pakru_data`` (its record modules
replaced by generated ones, see ``records``) with generated MyST pages; the baseline is
the same pages with each fact written out as plain text, built without the extension.
Whatever needs the synthetic ``pakru_data`` imported runs in ``in_generated_project.py``, in a
subprocess whose path starts at the generated project.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from records import ERAS, REPO, Scale, record_modules, shown_variant

INSIDE = Path(__file__).resolve().with_name("in_generated_project.py")
TODAY = "2026-11-28"  # PAKRU_TODAY for every build, so validation does not depend on the clock
EDIT_BASE = 777_000_000  # the edited figure's value after edit number n is EDIT_BASE + n * EDIT_STEP
EDIT_STEP = 10_000_000  # $777 million, $787 million, ...: each edit shows a different text


@dataclass
class Project:
    """One generated site: the pakru version and its baseline, side by side."""

    root: Path  # the pakru project (conf.py, pakru_data/, docs/)
    baseline: Path  # the same pages as plain text, no pakru extension
    scale: Scale
    uses: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # page -> [(fact id, variant)]
    edited: str = ""  # the figure the one-fact rebuild edits

    def pages_showing(self, fact_id: str) -> list[str]:
        return sorted(page for page, uses in self.uses.items() if any(f == fact_id for f, _ in uses))


def build_env(cwd: Path) -> dict[str, str]:
    """The environment of every subprocess: the generated project first on the path, a fixed
    today, and Python's default bytecode cache.  (A shell with PYTHONDONTWRITEBYTECODE set, as
    some containers have, would make every build compile Sphinx, docutils and the generated
    record modules from source again: about 2 s a build, which no real build pays.)"""
    inherited = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return {**inherited, "PYTHONPATH": str(cwd), "PAKRU_TODAY": TODAY, "PYTHONHASHSEED": "0"}


def run_inside(cwd: Path, *args: str) -> str:
    """Run one of in_generated_project.py's modes in the generated project; returns what it printed."""
    command = [sys.executable, str(INSIDE), *args]
    result = subprocess.run(command, cwd=cwd, env=build_env(cwd), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def generate(where: Path, scale: Scale, seed: int = 6) -> Project:
    """Write the synthetic project (and its baseline) under ``where``."""
    rng = random.Random(seed)
    project = Project(where / "pakru", where / "baseline", scale)
    copy_configuration(project)
    write_record_modules(project, record_modules(rng, scale))
    choose_facts(project, rng)
    project.edited = choose_edited_figure(project)
    set_edited_value(project, 0)
    write_pages(project, render_facts(project))
    return project


# The site's page template isolates mixed-direction runs with the extension's filter
# (pakru_data/sphinxext/bidi.py); the baseline renders the same templates, so it is given the
# filter as it would act on an English page that needs nothing isolated: the text unchanged.
BASELINE_TEMPLATE_FILTER = """
_pakru_setup = setup


def setup(app):  # noqa: F811 - the real conf.py's setup, then the baseline's filter
    _pakru_setup(app)

    def identity_filter(app):
        environment = getattr(getattr(app.builder, "templates", None), "environment", None)
        if environment is not None:
            environment.filters["pakru_isolate"] = lambda html, direction="": html

    app.connect("builder-inited", identity_filter)
"""


def copy_configuration(project: Project) -> None:
    """Both sites get the real static files and templates; the pakru one the real conf.py and
    pakru_data, the baseline the same configuration less the pakru extension."""
    for folder in (project.root, project.baseline):
        (folder / "docs").mkdir(parents=True)
        shutil.copytree(REPO / "docs" / "_static", folder / "docs" / "_static")
        shutil.copytree(REPO / "docs" / "_templates", folder / "docs" / "_templates")
    shutil.copy(REPO / "conf.py", project.root / "conf.py")
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "pakru_data", project.root / "pakru_data", ignore=ignore)
    conf = (REPO / "conf.py").read_text(encoding="utf-8")
    conf += "\n# Benchmark baseline: the same configuration without the pakru extension.\n"
    conf += 'extensions = [name for name in extensions if name != "pakru_data.sphinxext"]\n'
    conf += BASELINE_TEMPLATE_FILTER
    (project.baseline / "conf.py").write_text(conf, encoding="utf-8")


def write_record_modules(project: Project, modules: dict[str, str]) -> None:
    for name, text in modules.items():
        (project.root / "pakru_data" / name).write_text(text, encoding="utf-8")


def choose_facts(project: Project, rng: random.Random) -> None:
    """Each page shows ``facts_per_page`` distinct facts, drawn at random."""
    scale = project.scale
    all_ids = [f"event-{i:05d}" for i in range(scale.events)] + [f"figure-{i:05d}" for i in range(scale.figures)]
    for p in range(scale.pages):
        chosen = rng.sample(all_ids, min(scale.facts_per_page, len(all_ids)))
        project.uses[f"page-{p:04d}"] = [(fid, shown_variant(rng, fid)) for fid in chosen]


def choose_edited_figure(project: Project) -> str:
    """An ordinary money figure that two or more pages show."""
    shown_on = pages_by_fact(project)
    return next(
        f"figure-{i:05d}"
        for i in range(project.scale.figures)
        if len(shown_on.get(f"figure-{i:05d}", [])) >= 2 and i % 10 == 0
    )


def pages_by_fact(project: Project) -> dict[str, list[str]]:
    shown_on: dict[str, list[str]] = {}
    for page, uses in project.uses.items():
        for fid, _ in uses:
            shown_on.setdefault(fid, []).append(page)
    return shown_on


def edited_value(edit: int) -> int:
    """The edited figure's value after edit number ``edit`` (0 is the generated value)."""
    return EDIT_BASE + edit * EDIT_STEP


def set_edited_value(project: Project, edit: int) -> int:
    """Give the edited figure its value for edit number ``edit``; returns the value."""
    path = project.root / "pakru_data" / "records" / "figures.py"
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"(Figure\(id='{project.edited}', label='[^']*', value=)\d+")
    value = edited_value(edit)
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
    result: dict[str, Any] = json.loads(run_inside(project.root, "render", str(request)))
    expected = str((project.root / "pakru_data" / "__init__.py").resolve())
    if result["imported_from"] != expected:
        raise SystemExit(f"wrong pakru_data imported: {result['imported_from']} (expected {expected})")
    rendered: dict[str, str] = result["rendered"]
    return rendered


def write_pages(project: Project, rendered: dict[str, str]) -> None:
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
            text = page_text(titles[page], uses, rendered if plain else None)
            (folder / "docs" / f"{page}.md").write_text(text, encoding="utf-8")
    # The site's fact register and full timeline, drawn by the extension...
    (project.root / "docs" / "register.md").write_text("# Fact register\n\n```{pakru:register}\n```\n", "utf-8")
    write_register_groups(project)
    (project.root / "docs" / "timeline.md").write_text("# Timeline\n\n```{pakru:timeline}\n```\n", "utf-8")
    (project.root / "docs" / "corrections.md").write_text("# Corrections\n\n```{pakru:corrections}\n```\n", "utf-8")
    # The register's "How to correct a fact" link needs the page (here a stub, in both sites).
    for folder in (project.root, project.baseline):
        (folder / "docs" / "how-to-correct.md").write_text("# How to correct a fact\n\nEdit the record.\n", "utf-8")
    # ...and, for the baseline, the same facts written out as plain Markdown.
    facts = json.loads(run_inside(project.root, "facts"))
    write_baseline_register(project, facts, titles)
    write_baseline_timeline(project, facts)
    write_baseline_corrections(project, json.loads(run_inside(project.root, "corrections")))


def write_register_groups(project: Project) -> None:
    """A page per group of the register, as the real site has: each era's events, then the
    figures (pakru_data.register_groups)."""
    groups = [f"events-{era_id}" for era_id, *_ in ERAS] + ["figures-money", "figures-other"]
    folder = project.root / "docs" / "register"
    folder.mkdir(exist_ok=True)
    for group in groups:
        page = f"---\norphan: true\n---\n\n# Fact register: {group}\n\n```{{pakru:register}}\n:group: {group}\n```\n"
        (folder / f"{group}.md").write_text(page, encoding="utf-8")


def page_text(title: str, uses: list[tuple[str, str]], rendered: dict[str, str] | None) -> str:
    """A page of five sections of ten facts in prose: through the {fact} role, or, given
    ``rendered``, written out as plain text for the baseline."""
    lines = [f"# {title}", ""]
    for section in range(5):
        lines += [f"## Section {section + 1}", ""]
        for n, (fid, variant) in enumerate(uses[section * 10 : section * 10 + 10]):
            shown = rendered[f"{fid}:{variant}"] if rendered is not None else f"{{fact}}`{fid}:{variant}`"
            lines.append(f"Item {n + 1} of this section happened or measured {shown}, as its source says.")
            lines.append("")
    return "\n".join(lines)


def write_baseline_register(project: Project, facts: list[dict[str, Any]], titles: dict[str, str]) -> None:
    shown_on = pages_by_fact(project)
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


def write_baseline_timeline(project: Project, facts: list[dict[str, Any]]) -> None:
    timeline = ["# Timeline", ""]
    events = sorted((f for f in facts if f["kind"] == "event"), key=lambda f: f["start"])
    timeline += [f"- **{f['shown']}**: {f['label']}" for f in events]
    (project.baseline / "docs" / "timeline.md").write_text("\n".join([*timeline, ""]), encoding="utf-8")


def write_baseline_corrections(project: Project, corrections: list[dict[str, str]]) -> None:
    lines = ["# Corrections", ""]
    for correction in corrections:
        lines += [
            f"(correction-{correction['id']})=",
            f"**Verdict: {correction['verdict']}** (in the article's {correction['section']} section)",
            "",
            f"> The article said: *{correction['article_said']}*",
            "",
            f"**What the sources say:** {correction['finding']}",
            "",
        ]
    (project.baseline / "docs" / "corrections.md").write_text("\n".join(lines), encoding="utf-8")
