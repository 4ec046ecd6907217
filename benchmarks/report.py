"""benchmarks/results.md, written from a run's measurements and the prose in results.md.tmpl.

Here are only the numbers, formatted, and the choice of which optional parts appear; every
sentence is in the template.
"""

from __future__ import annotations

import re
import statistics
from functools import cache
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from records import ERAS
from results import Build, EditionsResult, Run, ScaleResult, median_seconds

if TYPE_CHECKING:
    from profiling import ProfiledBuild

TEMPLATE = Path(__file__).resolve().with_name("results.md.tmpl")

# The targets the table judges against.
FULL_LIMIT = 1.05  # the full build, at most this many times the baseline's
NOCHANGE_LIMIT = 0.10  # a rebuild with no change, at most this share of the full build
ONEFACT_LIMIT = 0.10  # a rebuild after editing one fact, at most this share of the full build
# Doubling the scale may cost no more than it costs the baseline: the full build's growth
# at most the baseline's own growth.
EDITIONS_LIMIT = 3.3  # English, Urdu and Russian, at most this many times English alone
NAVIGATION = "of which furo's sidebar navigation tree"  # the profile row whose share the report quotes


@cache
def sections() -> dict[str, str]:
    """The template's sections by name (see the top of results.md.tmpl)."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in TEMPLATE.read_text(encoding="utf-8").splitlines():
        if line.startswith("%% "):
            current = found.setdefault(line.removeprefix("%% ").strip(), [])
        elif current is not None:
            current.append(line)
    return {name: "\n".join(lines).rstrip("\n") for name, lines in found.items()}


def fill(section: str, **values: object) -> str:
    """A section with its $names filled.  A $name alone on its line is an optional part:
    when its value is empty, the line goes too."""
    lines = sections()[section].split("\n")
    kept = [line for line in lines if not (line.startswith("$") and values.get(line[1:]) == "")]
    return Template("\n".join(kept)).substitute(values)


def seconds(value: float) -> str:
    return f"{value:.1f}"


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}×" if base else "–"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def percent(value: float) -> str:
    return f"{value * 100:.0f}"


def signed_percent(value: float) -> str:
    return f"{value * 100:+.0f}"


def runs_of(builds: list[Build]) -> str:
    return ", ".join(seconds(b.seconds) for b in builds)


def report(run: Run, *, partial: bool = False) -> str:
    """The whole of results.md; ``partial`` while the double-scale builds have not finished."""
    one, env = run.one, run.environment
    full, base = median_seconds(one.full), median_seconds(one.baseline)
    nochange, onefact = median_seconds(one.nochange), median_seconds(one.onefact)
    consistency = statistics.median(one.consistency)
    mem, mem_worker = max(b.rss_main_mb for b in one.full), max(b.rss_worker_mb for b in one.full)
    base_mem, base_mem_worker = max(b.rss_main_mb for b in one.baseline), max(b.rss_worker_mb for b in one.baseline)
    text = fill(
        "report",
        date=run.date,
        cpu_count=env["cpu_count"],
        machine=env["machine"],
        system=env["system"],
        python=env["python"],
        sphinx=env["sphinx"],
        myst_parser=env["myst-parser"],
        furo=env["furo"],
        sphinx_timeline=env["sphinx-timeline"],
        docutils=env["docutils"],
        factor=f"{one.scale.factor:g}",
        pages=one.scale.pages,
        facts_per_page=one.scale.facts_per_page,
        events=one.scale.events,
        figures=one.scale.figures,
        sources=one.scale.sources,
        eras=len(ERAS),
        runs=run.runs,
        minutes=f"{run.total / 60:.1f}",
        sphinx_args=" ".join(env["sphinx_args"]),
        partial=sections()["partial"] + "\n" if partial else "",
        base=seconds(base),
        full=seconds(full),
        full_ratio=ratio(full, base),
        full_limit=f"{FULL_LIMIT:g}",
        full_verdict=verdict(full <= FULL_LIMIT * base),
        full_over_base=signed_percent(full / base - 1),
        nochange_reread=one.nochange[0].reread,
        nochange=seconds(nochange),
        nochange_ratio=ratio(nochange, base),
        nochange_limit=percent(NOCHANGE_LIMIT),
        nochange_verdict=verdict(nochange <= NOCHANGE_LIMIT * full),
        nochange_share=percent(nochange / full),
        onefact_reread=one.onefact[0].reread,
        onefact_pages=one.onefact_pages,
        onefact=seconds(onefact),
        onefact_ratio=ratio(onefact, base),
        onefact_limit=percent(ONEFACT_LIMIT),
        onefact_verdict=verdict(onefact <= ONEFACT_LIMIT * full),
        onefact_share=percent(onefact / full),
        consistency=seconds(consistency),
        consistency_ratio=ratio(consistency, base),
        double_scale_rows=double_scale_rows(run.two, full, base),
        mem=f"{mem:.0f}",
        mem_ratio=ratio(mem, base_mem),
        base_mem=f"{base_mem:.0f}",
        mem_worker=f"{mem_worker:.0f}",
        mem_worker_ratio=ratio(mem_worker, base_mem_worker),
        base_mem_worker=f"{base_mem_worker:.0f}",
        targets_missed=targets_missed(run, full, base, nochange, onefact),
        consistency_summary=one.consistency_summary,
        full_runs=runs_of(one.full),
        baseline_runs=runs_of(one.baseline),
        nochange_runs=runs_of(one.nochange),
        onefact_runs=runs_of(one.onefact),
        consistency_runs=", ".join(seconds(t) for t in one.consistency),
        html_mb=seconds(one.html_mb[0]),
        baseline_html_mb=seconds(one.html_mb[1]),
        double_scale_runs=double_scale_runs(run.two),
        editions=editions_section(run.editions, run.environment.get("cpu_count", "?")),
        # The saved profile section ends in its own newline; a blank line goes before it.
        profile="\n" + run.profile if run.profile else "",
    )
    return text + "\n"


def double_scale_rows(two: ScaleResult | None, full: float, base: float) -> str:
    if two is None:
        return ""
    full2, base2 = median_seconds(two.full), median_seconds(two.baseline)
    return fill(
        "double-scale-rows",
        pages=two.scale.pages,
        events=two.scale.events,
        figures=two.scale.figures,
        base=seconds(base2),
        base_ratio=ratio(base2, base),
        full=seconds(full2),
        full_ratio=ratio(full2, base),
        verdict=verdict(full2 / full <= base2 / base),
        growth=f"{full2 / full:.2f}",
        base_growth=f"{base2 / base:.2f}",
        over_base=signed_percent(full2 / base2 - 1),
    )


def editions_section(editions: EditionsResult | None, cores: object = "?") -> str:
    """The real site's three editions against its English one (editions.py): judged on the
    wall clock, which is what `nox -s docs` costs a contributor, with the CPU time beside it."""
    if editions is None:
        return ""
    english, all_three = statistics.median(editions.english), statistics.median(editions.all)
    nochange = statistics.median(editions.nochange)
    met = all_three <= EDITIONS_LIMIT * english
    return fill(
        "editions",
        measured=f" Measured {editions.measured}, apart from the rest of this run." if editions.measured else "",
        english=seconds(english),
        all=seconds(all_three),
        all_ratio=f"{all_three / english:.2f}",
        limit=f"{EDITIONS_LIMIT:g}",
        verdict=verdict(met),
        nochange=seconds(nochange),
        nochange_read=editions.nochange_read,
        nochange_verdict=verdict(editions.nochange_read == 0),
        english_runs=", ".join(seconds(t) for t in editions.english),
        all_runs=", ".join(seconds(t) for t in editions.all),
        nochange_runs=", ".join(seconds(t) for t in editions.nochange),
        cpu=cpu_paragraph(editions, cores),
        books=books_row(editions, english),
        why="" if met else sections()["editions-missed"],
    )


def books_row(editions: EditionsResult, english: float) -> str:
    """The books' build beside the HTML's (none in runs from before the books)."""
    if not editions.books:
        return ""
    books = statistics.median(editions.books)
    return fill(
        "editions-books",
        books=seconds(books),
        books_ratio=f"{books / english:.2f}",
        books_cpu=seconds(statistics.median(editions.books_cpu)) if editions.books_cpu else "?",
    ).rstrip("\n")


def cpu_paragraph(editions: EditionsResult, cores: object) -> str:
    """What the builds cost the processor: the work itself, which building at once does not lower."""
    if not editions.english_cpu or not editions.all_cpu:  # an older run kept wall time only
        return ""
    english, all_three = statistics.median(editions.english_cpu), statistics.median(editions.all_cpu)
    return fill(
        "editions-cpu",
        english_cpu=seconds(english),
        all_cpu=seconds(all_three),
        cpu_ratio=f"{all_three / english:.2f}",
        cores=cores,
    )


def double_scale_runs(two: ScaleResult | None) -> str:
    if two is None:
        return ""
    return fill("double-scale-runs", full_runs=runs_of(two.full), baseline_runs=runs_of(two.baseline))


def targets_missed(run: Run, full: float, base: float, nochange: float, onefact: float) -> str:
    """Why each missed target is missed, from this run's own figures and the profile."""
    one = run.one
    facts = one.scale.events + one.scale.figures
    reasons: list[str] = []
    if full > FULL_LIMIT * base:
        reasons.append(
            fill(
                "missed-full",
                over_base=percent(full / base - 1),
                target=percent(FULL_LIMIT - 1),
                missed_by=percent(full / base - FULL_LIMIT),
                facts=facts,
                html_mb=seconds(one.html_mb[0]),
                baseline_html_mb=seconds(one.html_mb[1]),
            )
        )
    if nochange > NOCHANGE_LIMIT * full:
        reasons.append(fill("missed-nochange", share=percent(nochange / full), target=percent(NOCHANGE_LIMIT)))
    if onefact > ONEFACT_LIMIT * full:
        reasons.append(onefact_missed(run, onefact / full, facts))
    if run.two is not None:
        full2, base2 = median_seconds(run.two.full), median_seconds(run.two.baseline)
        if full2 / full > base2 / base:
            reasons.append(
                fill(
                    "missed-double",
                    growth=f"{full2 / full:.2f}",
                    target=f"{base2 / base:.2f}",
                    missed_by=f"{full2 / full - base2 / base:.2f}",
                    base_growth=f"{base2 / base:.2f}",
                    over_base_double=signed_percent(full2 / base2 - 1),
                    over_base=signed_percent(full / base - 1),
                    navigation_share=navigation_share(run.profile),
                )
            )
    if not reasons:
        return ""
    return fill("targets-missed", reasons="\n".join(reasons)) + "\n"


def onefact_missed(run: Run, share: float, facts: int) -> str:
    """Two designs of the register, two explanations: one read again with every fact change,
    or (since it is filled as its page is written) only written again."""
    one = run.one
    reread = one.onefact[0].reread
    if reread <= one.onefact_pages:
        return fill(
            "missed-onefact-written",
            share=percent(share),
            target=percent(ONEFACT_LIMIT),
            missed_by=f"{(share - ONEFACT_LIMIT) * 100:.1f}",
            reread=reread,
            facts=facts,
            writing_in_profile=sections()["writing-in-profile"] if run.profile else "",
        )
    return fill(
        "missed-onefact-reread",
        share=percent(share),
        target=percent(ONEFACT_LIMIT),
        missed_by=percent(share - ONEFACT_LIMIT),
        reread=reread,
        onefact_pages=one.onefact_pages,
        facts=facts,
    )


def navigation_share(profile: str) -> str:
    """The share of the profiled full build spent on furo's navigation tree, as a clause."""
    match = re.search(rf"\| [\d.]+ \| (\d+)% \| {re.escape(NAVIGATION)} \|", profile)
    return fill("navigation-share", share=match.group(1)) if match else ""


def profile_section(full: ProfiledBuild, onefact: ProfiledBuild) -> str:
    """The profile as Markdown, as results.json keeps it (ending in a newline)."""
    return fill("profile", full_build=profiled_build(full), onefact_rebuild=profiled_build(onefact)) + "\n"


def profiled_build(build: ProfiledBuild) -> str:
    total = build.profiled
    rows = [fill("profile-row", seconds=seconds(s), share=percent(s / total), where=where) for s, where in build.phases]
    for s, entry in build.pakru_shown:
        where = fill("pakru-where", name=entry.name, description=entry.description)
        rows.append(fill("profile-row", seconds=seconds(s), share=percent(s / total), where=where))
    return fill(
        "profiled-build",
        wall=seconds(build.wall),
        profiled=seconds(total),
        pakru=seconds(build.pakru_total),
        pakru_share=percent(build.pakru_total / total),
        rows="\n".join(rows),
    )
