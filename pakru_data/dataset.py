"""The collection of every record (:class:`Dataset`), and what is wrong with it
(:class:`Problem`, :class:`DataError`).  Loading the record modules into a Dataset and
validating it is :mod:`pakru_data.loading`'s job; this module imports neither it nor
:mod:`pakru_data.validation`, so the layers point one way: model → dataset →
validation → loading."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pakru_data import kinds
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
    SiteChange,
    Source,
    TradeYear,
    Visit,
    period_bounds,
)

__all__ = ["DataError", "Dataset", "Problem", "today"]


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
    # Collections of kinds declared later than this class (see pakru_data/kinds.py).
    others: dict[str, list[Any]] = field(default_factory=dict)
    # Each record by the name pages give it ("fact", "source", ...) and its id.
    by_link: dict[str, dict[str, Any]] = field(init=False)
    facts: dict[str, Fact] = field(init=False)
    source_by_id: dict[str, Source] = field(init=False)
    era_by_id: dict[str, Era] = field(init=False)
    point_by_id: dict[str, Point] = field(init=False)
    correction_by_id: dict[str, Correction] = field(init=False)
    chart_by_id: dict[str, ChartSpec] = field(init=False)

    def __post_init__(self) -> None:
        # First record wins on a duplicate id; validation reports the duplicate.
        by_link: dict[str, dict[str, Any]] = {}
        for linked_as in dict.fromkeys(k.linked_as for k in kinds.DECLARED.values() if k.linked_as):
            collections = dict.fromkeys(k.collection for k in kinds.linked_kinds(linked_as))
            table: dict[str, Any] = {}
            for name in collections:
                for record in self.collection(name):
                    table.setdefault(record.id, record)
            by_link[linked_as] = table
        object.__setattr__(self, "by_link", by_link)
        object.__setattr__(self, "facts", by_link.get("fact", {}))
        object.__setattr__(self, "source_by_id", by_link.get("source", {}))
        object.__setattr__(self, "era_by_id", by_link.get("era", {}))
        object.__setattr__(self, "point_by_id", by_link.get("point", {}))
        object.__setattr__(self, "correction_by_id", by_link.get("correction", {}))
        object.__setattr__(self, "chart_by_id", by_link.get("chart", {}))

    def collection(self, name: str) -> list[Any]:
        """The records of one collection (``kinds.COLLECTIONS``, or a later kind's own)."""
        if name in kinds.COLLECTIONS:
            records: list[Any] = getattr(self, name)
            return records
        return self.others.get(name, [])

    def records(self) -> Iterator[Any]:
        """Every record, collection by collection, in the registry's order."""
        for name in [*kinds.COLLECTIONS, *self.others]:
            yield from self.collection(name)

    @property
    def visits(self) -> list[Visit]:
        return [e for e in self.events if isinstance(e, Visit)]

    @property
    def agreements(self) -> list[Agreement]:
        return [e for e in self.events if isinstance(e, Agreement)]

    @property
    def exercises(self) -> list[Exercise]:
        return [e for e in self.events if isinstance(e, Exercise)]

    def latest_trade(self, partner: str) -> TradeYear | None:
        """The partner's most recent period that any source gives something for (a total,
        exports or imports, or words such as "more than $1 billion"), by the period's last
        day, on whichever basis gives it: one row, so one basis."""
        rows = [
            (bounds[1], row.id, row)
            for row in self.trade
            if row.partner == partner
            and (
                any(value is not None for value in (row.total, row.total_fact, row.exports, row.imports)) or row.stated
            )
            and (bounds := period_bounds(row.period)) is not None
        ]
        return max(rows, key=lambda found: (found[0], found[1]))[2] if rows else None

    @property
    def latest_visit(self) -> Visit | None:
        return max(self.visits, key=lambda v: (v.start.first_day(), v.id), default=None)

    @property
    def at_a_glance(self) -> list[str | None]:
        """What the first page's key figures are chosen from, as its digest key
        ``all:at_a_glance``: which records they show (their values are noted as facts),
        so the page is read again when another year or visit becomes the latest."""
        latest = [self.latest_trade(partner) for partner in sorted({row.partner for row in self.trade})]
        visit = self.latest_visit
        return [*(row.id if row else None for row in latest), visit.id if visit else None]

    def events_in_era(self, era_id: str) -> list[Event]:
        """The era's events, oldest first."""
        return sorted((e for e in self.events if e.era == era_id), key=lambda e: e.start.first_day())

    def corrections_of(self, fact_id: str) -> list[Correction]:
        """The corrections that a fact holds the sources' answer for."""
        return [c for c in self.corrections if fact_id in c.facts]

    @property
    def site_changes(self) -> list[SiteChange]:
        """The site's changes to facts it had published (a kind declared after this class:
        its collection is in ``others``)."""
        return self.others.get("site_changes", [])

    def changes_of(self, fact_id: str) -> list[SiteChange]:
        """The site's changes to a published fact, newest first."""
        return sorted((c for c in self.site_changes if fact_id in c.facts), key=lambda c: c.changed, reverse=True)

    def cited_sources(self, fact: Fact) -> list[Source]:
        """A fact's sources (:attr:`Fact.cited_source_ids`) that exist."""
        return [self.source_by_id[i] for i in fact.cited_source_ids if i in self.source_by_id]

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
