"""The checks of one kind's own fields, which the general checks of events and figures do
not make: a visit's people and direction, an agreement's standing, an exercise's name, and
the trade series (one row per partner, statistics and period, totals that add up, whose
statistics).  Called by :func:`pakru_data.validation.find_problems`; the messages
have its form, ``<file>:<line>: <kind> '<id>': <what must hold>; <fix>``.

Kept apart from the checks every record shares (``validation/__init__.py``), so that a
kind's own rules can change without touching them.

>>> import datetime as dt
>>> from pakru_data.dataset import Dataset
>>> from pakru_data.model import Statistics, Status, TradeYear
>>> rows = [TradeYear(id="russia-2014", partner="russia", period="2014", statistics=Statistics.RUSSIA,
...                   exports=1, imports=2, total=4, status=Status.UNVERIFIED)]
>>> empty = dict.fromkeys(["sources", "article_references", "eras", "events", "figures", "challenges",
...                        "opportunities", "conclusion", "corrections", "chart_specs"], [])
>>> found = find_problems(Dataset(**empty, trade=rows), today=dt.date(2026, 1, 1))
>>> print(*(p.message for p in found if p.message.startswith("total")))  # doctest: +ELLIPSIS
total must equal exports plus imports (1 + 2 = 3, not 4); correct the amounts, or say why they differ in ...
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

from babel.numbers import list_currencies

from pakru_data import kinds
from pakru_data.dataset import Dataset, Problem
from pakru_data.model import (
    Agreement,
    Direction,
    Exercise,
    Figure,
    Partner,
    Standing,
    Statistics,
    Status,
    TradeYear,
    Visit,
    period_bounds,
    to_decimal,
)
from pakru_data.suggest import did_you_mean

__all__ = ["PARTNERS", "find_problems", "period_bounds"]

PARTNERS = tuple(Partner)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def find_problems(data: Dataset, *, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    for event in data.events:
        try:
            problems += _check_event_fields(event)
        except (TypeError, AttributeError) as error:
            problems.append(
                _problem(event, event.kind, f"has a field of the wrong type ({error}); write text in quotes")
            )
    problems += _check_trade(data, today)
    return problems


def _problem(record: object, kind: str, message: str) -> Problem:
    return Problem(record.defined_at, kind, str(getattr(record, "id", "?")), message)  # type: ignore[attr-defined]


def _not_empty(record: object, kind: str, **fields: object) -> Iterator[Problem]:
    for name, value in fields.items():
        if not isinstance(value, str) or not value.strip():
            yield _problem(record, kind, f"{name} must not be empty; write the {kind}'s {name} as text")


def _check_event_fields(event: object) -> list[Problem]:
    if isinstance(event, Visit):
        found = list(_not_empty(event, "visit", who=event.who, office=event.office, place=event.place))
        if not isinstance(event.direction, Direction):
            choices = ", ".join(f"Direction.{d.name}" for d in Direction)
            found.append(_problem(event, "visit", f"direction must be one of: {choices}"))
        return found
    if isinstance(event, Agreement):
        found = list(_not_empty(event, "agreement", what=event.what))
        if not isinstance(event.standing, Standing):
            choices = ", ".join(f"Standing.{s.name}" for s in Standing)
            found.append(
                _problem(event, "agreement", f"standing must be one of: {choices} (UNKNOWN when no source says)")
            )
        return found
    if isinstance(event, Exercise):
        return list(_not_empty(event, "exercise", name=event.name))
    return []


def _check_trade(data: Dataset, today: dt.date) -> Iterator[Problem]:
    seen_ids: set[str] = set()
    seen_periods: dict[tuple[str, str, str], str] = {}
    for row in data.trade:
        if not isinstance(row, TradeYear):
            yield Problem(
                getattr(row, "defined_at", None) or _nowhere(),
                "trade year",
                "?",
                "TRADE must hold only TradeYear(...) records",
            )
            continue
        try:
            yield from _check_row(row, data, today)
        except (TypeError, AttributeError, ValueError) as error:
            yield _problem(
                row,
                "trade year",
                f"has a field of the wrong type ({error}); write text in quotes, amounts as numbers "
                'such as "74e6", and sources as a tuple such as ("source-id",)',
            )
            continue
        if row.id in seen_ids:
            yield _problem(row, "trade year", "id must be unique; rename this trade year or remove the duplicate")
        seen_ids.add(row.id)
        key = (row.partner, row.basis.key, row.period)
        if key in seen_periods:
            yield _problem(
                row,
                "trade year",
                f"period {row.period} must appear once per partner and statistics ('{seen_periods[key]}' already "
                f"gives {row.partner} {row.period} in {row.basis.name}); keep one row and say in its note where "
                "sources differ",
            )
        seen_periods.setdefault(key, row.id)


def _nowhere() -> object:
    from pakru_data.model import Location

    return Location("pakru_data/records/trade.py", 1)


def _check_row(row: TradeYear, data: Dataset, today: dt.date) -> Iterator[Problem]:
    kind = "trade year"
    if not _ID.match(row.id):
        yield _problem(row, kind, "id must be kebab-case, such as 'russia-fy2020-21'")
    if row.partner not in PARTNERS:
        known = ", ".join(f"Partner.{p.name}" for p in Partner)
        yield _problem(row, kind, f"partner must be one of: {known} (not {row.partner!r})")
    bounds = period_bounds(row.period)
    if bounds is None:
        yield _problem(
            row,
            kind,
            f"period must be a calendar year such as '2014' or a fiscal year such as 'FY2020-21' (not {row.period!r})",
        )
    elif bounds[0] > today:
        yield _problem(row, kind, f"period must not be in the future (today is {today}); check the year")
    if not isinstance(row.statistics, Statistics):
        choices = ", ".join(f"Statistics.{s.name}" for s in Statistics)
        yield _problem(
            row,
            kind,
            f"statistics must say whose figures these are, one of: {choices} "
            "(NOT_STATED when the source does not say; who stated them goes in reported_by)",
        )
    if not isinstance(row.reported_by, str):
        yield _problem(row, kind, "reported_by must be text, such as 'the Russian ambassador'")
    if row.currency not in list_currencies():
        yield _problem(row, kind, f"currency must be an ISO 4217 code such as 'USD' (not {row.currency!r})")
    if not isinstance(row.status, Status):
        yield _problem(row, kind, f"status must be one of: {', '.join(s.value for s in Status)}")
    elif row.status is Status.DISPUTED or row.status is Status.CORRECTED:
        yield _problem(
            row,
            kind,
            "status must be Status.VERIFIED, Status.SINGLE_SOURCE or Status.UNVERIFIED; keep the "
            "better-supported value and say in note what other sources give, or give the disputed total "
            "as a figure with versions in pakru_data/records/figures.py and name it in total_fact",
        )
    yield from _check_sources(row, data)
    amounts = {m: getattr(row, m) for m in TradeYear.MEASURES}
    if all(v is None for v in amounts.values()) and not row.total_fact and not row.stated.strip():
        yield _problem(
            row, kind, "must give at least one amount (exports, imports or total), or say in stated what sources say"
        )
    yield from _check_total(row, data)


def _check_sources(row: TradeYear, data: Dataset) -> Iterator[Problem]:
    kind = "trade year"
    if not isinstance(row.sources, tuple | list) or isinstance(row.sources, str):
        yield _problem(row, kind, f'sources must be a tuple of source ids, e.g. ("source-id",), not {row.sources!r}')
        return
    if not row.sources:
        yield _problem(row, kind, "must cite at least one source that gives its amounts")
    for source_id in row.sources:
        if source_id not in data.source_by_id:
            yield _problem(
                row,
                kind,
                f"cites source '{source_id}', which must exist in "
                f"{kinds.files_for('source')}{did_you_mean(source_id, data.source_by_id)}",
            )
    cited = [data.source_by_id[s] for s in row.sources if s in data.source_by_id]
    if row.status is Status.VERIFIED and cited and not any(s.accessed for s in cited):
        yield _problem(
            row,
            kind,
            "is marked verified, so at least one source it cites must have been read (have an accessed date); "
            "cite a source you have read, or set status=Status.UNVERIFIED",
        )


def _check_total(row: TradeYear, data: Dataset) -> Iterator[Problem]:
    kind = "trade year"
    total: Decimal | None = None
    if row.total_fact is not None:
        if row.total is not None:
            yield _problem(row, kind, "total must be left out when total_fact names the figure that holds it")
        fact = data.facts.get(row.total_fact)
        if not isinstance(fact, Figure):
            yield _problem(
                row,
                kind,
                f"total_fact '{row.total_fact}' must be a figure in pakru_data/records/figures.py"
                f"{did_you_mean(row.total_fact, [f.id for f in data.figures])}",
            )
            return
        if fact.period != row.period or fact.currency != row.currency:
            yield _problem(
                row,
                kind,
                f"total_fact '{fact.id}' must have the same period and currency ({fact.period} {fact.currency}, "
                f"not {row.period} {row.currency}); name the figure for this year, or give total",
            )
        total = fact.amount
    elif row.total is not None:
        total = _amount(row.total)
    exports, imports = _amount(row.exports), _amount(row.imports)
    if exports is None or imports is None or total is None:
        return
    if exports + imports != total and not row.difference.strip():
        yield _problem(
            row,
            kind,
            f"total must equal exports plus imports ({_plain(exports)} + {_plain(imports)} = "
            f"{_plain(exports + imports)}, not {_plain(total)}); correct the amounts, or say why they differ "
            "in difference='...'",
        )


def _amount(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return to_decimal(value)  # type: ignore[arg-type]
    except ValueError:
        return None  # reported on the row's figure


def _plain(amount: Decimal) -> str:
    return f"{amount.normalize():f}"
