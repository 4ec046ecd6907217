"""Gather the record modules into one :class:`Dataset`, and validate it."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import difflib
import importlib
import os
import re
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from pakru_data.dates import PartialDate
from pakru_data.model import (
    Agreement,
    ArticleReference,
    Challenge,
    ChartSpec,
    ConclusionRow,
    Correction,
    Era,
    Event,
    Exercise,
    Fact,
    Figure,
    Location,
    Opportunity,
    Point,
    Source,
    TradeYear,
    Visit,
)

__all__ = ["DataError", "Dataset", "Problem", "load", "today"]

# The modules that hold records, and the list each one defines.
RECORD_MODULES = {
    "sources": ("SOURCES", "ARTICLE_REFERENCES"),
    "eras": ("ERAS",),
    "events": ("EVENTS",),
    "figures": ("FIGURES",),
    "points": ("CHALLENGES", "OPPORTUNITIES", "CONCLUSION"),
    "corrections": ("CORRECTIONS",),
    "chart_specs": ("CHART_SPECS",),  # charts are checked with the data, so a build never meets a bad one
    # The relationship in full (issue 11): each kind in its own module, so one edit adds a row.
    "relations_sources": ("SOURCES",),
    "visits": ("VISITS",),
    "agreements": ("AGREEMENTS",),
    "exercises": ("EXERCISES",),
    "trade": ("TRADE",),
}
# Lists that join another one rather than being kept apart: visits, agreements and exercises
# are events (so the timeline, register, downloads and every event check take them as they
# are), and a second module of sources adds to the sources.
JOINED_INTO = {"VISITS": "events", "AGREEMENTS": "events", "EXERCISES": "events"}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the data, where it is, and what must hold instead."""

    location: Location
    kind: str
    id: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.kind} '{self.id}': {self.message}"


class DataError(Exception):
    """The data has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = [str(problem) for problem in problems]
        lines.append(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in pakru_data")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class Dataset:
    """Every record, with look-ups by id."""

    sources: list[Source]
    article_references: list[ArticleReference]
    eras: list[Era]
    events: list[Event]
    figures: list[Figure]
    challenges: list[Challenge]
    opportunities: list[Opportunity]
    conclusion: list[ConclusionRow]
    corrections: list[Correction]
    chart_specs: list[ChartSpec]
    trade: list[TradeYear] = field(default_factory=list)  # its figures are in ``figures`` too
    facts: dict[str, Fact] = field(init=False)
    source_by_id: dict[str, Source] = field(init=False)
    era_by_id: dict[str, Era] = field(init=False)
    point_by_id: dict[str, Point] = field(init=False)
    correction_by_id: dict[str, Correction] = field(init=False)
    chart_by_id: dict[str, ChartSpec] = field(init=False)

    def __post_init__(self) -> None:
        # First record wins on a duplicate id; validation reports the duplicate.
        def index(records: list[Any]) -> dict[str, Any]:
            table: dict[str, Any] = {}
            for record in records:
                table.setdefault(record.id, record)
            return table

        object.__setattr__(self, "facts", index([*self.events, *self.figures]))
        object.__setattr__(self, "source_by_id", index(self.sources))
        object.__setattr__(self, "era_by_id", index(self.eras))
        object.__setattr__(self, "point_by_id", index([*self.challenges, *self.opportunities]))
        object.__setattr__(self, "correction_by_id", index(self.corrections))
        object.__setattr__(self, "chart_by_id", index(self.chart_specs))

    @property
    def visits(self) -> list[Visit]:
        return [e for e in self.events if isinstance(e, Visit)]

    @property
    def agreements(self) -> list[Agreement]:
        return [e for e in self.events if isinstance(e, Agreement)]

    @property
    def exercises(self) -> list[Exercise]:
        return [e for e in self.events if isinstance(e, Exercise)]

    def events_in_era(self, era_id: str) -> list[Event]:
        """The era's events, oldest first."""
        return sorted((e for e in self.events if e.era == era_id), key=lambda e: e.start.first_day())

    def corrections_of(self, fact_id: str) -> list[Correction]:
        """The corrections that a fact holds the sources' answer for."""
        return [c for c in self.corrections if fact_id in c.facts]

    def cited_sources(self, fact: Fact) -> list[Source]:
        """A fact's sources: its own, then those of each version of a disputed figure."""
        ids = list(fact.sources)
        for version in getattr(fact, "versions", ()):
            ids += [s for s in version.sources if s not in ids]
        return [self.source_by_id[i] for i in ids if i in self.source_by_id]

    def as_of(self, fact: Fact) -> PartialDate | None:
        """The date a fact is valid as of: its own ``as_of``, else its newest source's date."""
        if fact.as_of:
            return PartialDate.parse(fact.as_of)
        dates = [s.published_date for s in self.cited_sources(fact) if s.published]
        if dates:
            return max((d for d in dates if d is not None), key=PartialDate.last_day)
        return None

    def due_for_review(self, on: dt.date) -> list[Fact]:
        """Facts whose ``review_by`` date has come: their sources need checking again."""
        return [f for f in self.facts.values() if f.review_by and PartialDate.parse(f.review_by).first_day() <= on]


def today() -> dt.date:
    """The date validation takes as today: ``PAKRU_TODAY`` (YYYY-MM-DD) when set,
    so builds and tests can be reproduced; otherwise the real date."""
    override = os.environ.get("PAKRU_TODAY")
    return dt.date.fromisoformat(override) if override else dt.date.today()


def load(*, fresh: bool = False) -> Dataset:
    """Import the record modules and validate them; raise DataError listing every problem.

    ``fresh`` re-imports the modules, for long-lived processes that must see edits.
    """
    lists: dict[str, list[Any]] = {}
    problems: list[Problem] = []
    for name, attributes in RECORD_MODULES.items():
        module = _import_records(f"pakru_data.{name}", fresh, problems)
        for attribute in attributes:
            if module is not None and not isinstance(getattr(module, attribute, None), list):
                problems.append(
                    Problem(
                        Location(f"pakru_data/{name}.py", 1),
                        "record",
                        name,
                        f"must define {attribute} = [...], the list of its records; restore the name",
                    )
                )
            joined = lists.setdefault(JOINED_INTO.get(attribute, attribute.lower()), [])
            joined += list(getattr(module, attribute, [])) if module else []
    if problems:
        raise DataError(problems)
    # Each year of trade gives its figures (validated, shown and exported as figures).
    lists["figures"] += [figure for row in lists["trade"] if isinstance(row, TradeYear) for figure in row.figures()]
    dataset = Dataset(**lists)
    from pakru_data.validation import find_problems  # validation needs Dataset

    problems = find_problems(dataset, today=today())
    if problems:
        raise DataError(problems)
    return dataset


def _import_records(name: str, fresh: bool, problems: list[Problem]) -> ModuleType | None:
    try:
        if fresh and name in sys.modules:
            return importlib.reload(sys.modules[name])
        return importlib.import_module(name)
    except Exception as error:  # a record that cannot even be built
        problems.append(_problem_from_exception(name, error))
        return None


def _problem_from_exception(module: str, error: Exception) -> Problem:
    """Point at the record's own line, not at the traceback's last frame, and say what to do."""
    package_root = Path(__file__).resolve().parent
    location = Location(f"{module.replace('.', '/')}.py", 1)
    names: list[str] = []  # the names the record module defines, for "did you mean"
    if isinstance(error, SyntaxError) and error.filename:
        location = Location(_shown(Path(error.filename)), error.lineno or 1)
    else:
        for frame, lineno in traceback.walk_tb(error.__traceback__):
            path = Path(frame.f_code.co_filename).resolve()
            if path.parent == package_root and path.name not in {"model.py", "dataset.py"}:
                location = Location(_shown(path), lineno or 1)
                names = [*frame.f_globals, *dir(builtins)]
    return Problem(location, "record", module.rsplit(".", 1)[1], _what_to_do(error, names))


def _what_to_do(error: Exception, names: list[str]) -> str:
    """The exception's own words, made plain, and the fix."""
    what = str(error)
    if isinstance(error, SyntaxError):
        return (
            f"is not valid Python ({error.msg}); check the brackets, quotes and commas on this line and the line before"
        )
    if isinstance(error, TypeError) and (match := _UNEXPECTED.search(what)):
        record, field_name = match.group(1), match.group(2)
        known = _field_names(record)
        return f"{record}() has no field '{field_name}'{_suggest(field_name, known)}; use one of: {', '.join(known)}"
    if isinstance(error, TypeError) and ".__init__() missing" in what:
        return f"{what.replace('.__init__()', '()')}; add the missing field"
    if isinstance(error, NameError) and error.name:
        return (
            f"name '{error.name}' is not defined{_suggest(error.name, names)}; "
            'put text and dates in quotes ("...") and check the spelling of names'
        )
    if isinstance(error, AttributeError) and error.name and error.obj is not None:
        owner = getattr(error.obj, "__name__", type(error.obj).__name__)
        return f"{owner}.{error.name} does not exist{_suggest(error.name, dir(error.obj))}; check the spelling"
    if isinstance(error, ImportError):
        return f"{_IMPORT_PATH.sub('', what)}; import only names that pakru_data.model defines"
    return f"cannot be built: {what.replace('.__init__()', '()')}; check the field names and values"


_UNEXPECTED = re.compile(r"(\w+)\.__init__\(\) got an unexpected keyword argument '(\w+)'")
_IMPORT_PATH = re.compile(r" \([^()]*\.py\)$")


def _field_names(record: str) -> list[str]:
    from pakru_data import model

    cls = getattr(model, record, None)
    if cls is None or not dataclasses.is_dataclass(cls):
        return []
    return [f.name for f in dataclasses.fields(cls) if f.init and f.name != "defined_at"]


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, [k for k in known if not k.startswith("_")], n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _shown(path: Path) -> str:
    root = Path(__file__).resolve().parent.parent
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
