"""A run's measurements, and their JSON copy (``results.json``) from which the table
can be written again without building (``bench.py --from-json``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import platform
import statistics
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from records import Scale

BUILD_LISTS = ("full", "baseline", "nochange", "onefact")
PACKAGES = ("sphinx", "myst-parser", "furo", "sphinx-timeline", "docutils")


@dataclass
class Build:
    seconds: float
    rss_main_mb: float  # the sphinx-build process itself
    rss_worker_mb: float  # the largest -j worker it forked (0 when none ran)
    reread: int  # pages read again
    output: str


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


@dataclass
class EditionsResult:
    """The real site's editions (editions.py): each run's wall-clock seconds, and CPU seconds."""

    english: list[float] = field(default_factory=list)  # the English edition alone, clean
    all: list[float] = field(default_factory=list)  # English, Urdu and Russian, clean, as nox -s docs builds them
    nochange: list[float] = field(default_factory=list)  # all three again, nothing changed
    nochange_read: int = 0  # pages those rebuilds read (the most of any run)
    english_cpu: list[float] = field(default_factory=list)  # user and system seconds of the English builds
    all_cpu: list[float] = field(default_factory=list)  # the same, of the three editions' builds
    measured: str = ""  # when, if not with the rest of the run (bench.py --only-editions)
    books: list[float] = field(default_factory=list)  # nox -s books' builds: every edition's EPUB and PDF, clean
    books_cpu: list[float] = field(default_factory=list)  # their user and system seconds


@dataclass
class Run:
    """Everything the report is written from."""

    one: ScaleResult  # at the requested scale
    two: ScaleResult | None  # at double scale (None with --no-double)
    runs: int
    total: float  # seconds the whole benchmark took
    profile: str  # the profile section, already Markdown ("" with --no-profile)
    date: str
    environment: dict[str, Any]
    editions: EditionsResult | None = None  # None with --no-editions, and in older files


def median_seconds(builds: list[Build]) -> float:
    return statistics.median(b.seconds for b in builds)


def current_environment(sphinx_args: list[str]) -> dict[str, Any]:
    """This machine and the versions that matter, as the report shows them."""
    return {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        **{name: version(name) for name in PACKAGES},
        "machine": platform.machine(),
        "system": platform.system(),
        "sphinx_args": sphinx_args,
    }


def now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def save(path: Path, run: Run) -> None:
    """Keep every measurement as JSON beside the table (Sphinx's log is not kept)."""

    def plain(result: ScaleResult | None) -> Any:
        if result is None:
            return None
        data = dataclasses.asdict(result)
        for kind in BUILD_LISTS:
            for build in data[kind]:
                build["output"] = ""
        return data

    raw = {
        "date": run.date,
        "runs": run.runs,
        "total": run.total,
        "profile": run.profile,
        "one": plain(run.one),
        "two": plain(run.two),
        "environment": run.environment,
        "editions": None if run.editions is None else dataclasses.asdict(run.editions),
    }
    path.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")


def load(path: Path, sphinx_args: list[str]) -> Run:
    """A saved run.  What an older file did not record (the machine, Sphinx's arguments)
    is taken from this machine and this benchmark."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    one = scale_result(raw["one"])
    assert one is not None
    environment = {**current_environment(sphinx_args), **raw.get("environment", {})}
    editions = EditionsResult(**raw["editions"]) if raw.get("editions") else None
    two = scale_result(raw["two"])
    return Run(one, two, raw["runs"], raw["total"], raw["profile"], raw["date"], environment, editions)


def scale_result(data: Any) -> ScaleResult | None:
    if data is None:
        return None
    out = ScaleResult(Scale(**data["scale"]))
    for kind in BUILD_LISTS:
        setattr(out, kind, [Build(**b) for b in data[kind]])
    out.consistency = data["consistency"]
    out.consistency_summary = data["consistency_summary"]
    out.onefact_pages = data["onefact_pages"]
    out.html_mb = tuple(data["html_mb"])
    return out
