"""The rules a disputed event keeps: when sources give different dates, the event keeps
each source's date (a :class:`~pakru_data.model.DateVersion`), says whose it is, and shows
them all; ``date`` is the earliest, so the event keeps its place on the timeline.

Called by :mod:`pakru_data.validation` for every event; each problem is at the event's
own line, with what must hold and the fix.
"""

from __future__ import annotations

from collections.abc import Iterator

from pakru_data.dataset import Dataset, Problem
from pakru_data.dates import DateFormatError, PartialDate
from pakru_data.model import DateVersion, Event, Status
from pakru_data.suggest import did_you_mean

__all__ = ["check_event_versions"]


def check_event_versions(event: Event, data: Dataset) -> Iterator[Problem]:
    """Every problem with an event's date versions (none for an event without them)."""
    if not event.versions:
        if event.status is Status.DISPUTED:
            yield _problem(
                event,
                "status=Status.DISPUTED needs each source's date in versions, e.g. versions=("
                'DateVersion(date="2017-11-28", end="2017-11-30", sources=("source-id",), said_by="who"), ...); '
                "or give the date the sources support and say in note where they differ",
            )
        return
    if event.status is not Status.DISPUTED:
        yield _problem(event, "versions must only be given for a disputed event (status=Status.DISPUTED)")
    if len(event.versions) < 2:
        yield _problem(event, "a disputed event must keep at least two versions, one for each source's date")
    if event.end is not None:
        yield _problem(event, "end must be left out when versions are given; give each version its own end")
    starts: list[PartialDate] = []
    for version in event.versions:
        yield from _check_version(event, version, data, starts)
    if starts and len(starts) == len(event.versions):
        earliest = min(starts, key=lambda d: d.first_day())
        if event.date != _written(event.versions, earliest):
            yield _problem(
                event,
                f"date must be the earliest version's date ({_written(event.versions, earliest)!r}), "
                "so the event keeps its place on the timeline",
            )


def _check_version(event: Event, version: DateVersion, data: Dataset, starts: list[PartialDate]) -> Iterator[Problem]:
    who = version.said_by.strip() if isinstance(version.said_by, str) else ""
    if not who:
        yield _problem(event, "each version's said_by must say whose date it is, and when they gave it")
    label = f"version '{who or version.date}'"
    try:
        start = PartialDate.parse(version.date)
        starts.append(start)
        finish = PartialDate.parse(version.end) if version.end else None
    except DateFormatError as error:
        yield _problem(event, f"{label}: date and end must be real dates written YYYY, YYYY-MM or YYYY-MM-DD: {error}")
        return
    if finish and finish.last_day() < start.first_day():
        yield _problem(event, f"{label}: end must not be before date")
    if not version.sources:
        yield _problem(event, f"{label} must cite at least one source")
    for source_id in version.sources:
        if source_id not in data.source_by_id:
            yield _problem(
                event,
                f"{label} cites source '{source_id}', which must exist in pakru_data/sources.py"
                f"{did_you_mean(source_id, data.source_by_id)}",
            )


def _written(versions: tuple[DateVersion, ...], start: PartialDate) -> str:
    """The earliest version's date as its record writes it."""
    return next(v.date for v in versions if PartialDate.parse(v.date) == start)


def _problem(event: Event, message: str) -> Problem:
    return Problem(event.defined_at, event.kind, event.id, message)
