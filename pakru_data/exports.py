"""The data downloads: ``facts.json``, ``facts.csv``, ``sources.json`` and a JSON Schema;
and the trade series as ``trade.json`` and ``trade.csv``, with its own schema.

They are made from the same records as the pages, with sorted keys and fixed
formatting, so the same data always gives the same bytes.

>>> from pakru_data import DATA
>>> row = next(r for r in fact_rows(DATA) if r["id"] == "tashkent-declaration")
>>> row["date"], row["precision"], row["shown_as"]
('1966-01-10', 'day', '10 January 1966')
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import Any

from pakru_data import kinds
from pakru_data.dataset import Dataset
from pakru_data.dates import PARTIAL_DATE_PATTERN, Precision
from pakru_data.formatting import format_fact_once
from pakru_data.model import (
    ID_PATTERN,
    Event,
    Fact,
    Figure,
    Source,
    Statistics,
    Status,
    TradeYear,
    to_decimal,
)

__all__ = [
    "TRADE_SCHEMA",
    "csv_columns",
    "detail_fields",
    "exports",
    "fact_rows",
    "facts_schema",
    "source_rows",
    "trade_rows",
]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def fact_row(data: Dataset, fact: Fact, locale: str = "en") -> dict[str, Any]:
    """One fact as plain JSON values; numbers as decimal strings, so nothing is rounded."""
    as_of = data.as_of(fact)
    row: dict[str, Any] = {
        "id": fact.id,
        "kind": fact.kind,
        "label": fact.label,
        "status": fact.status.value,
        "shown_as": format_fact_once(fact, locale=locale),
        "sources": list(fact.sources),
        "note": fact.note,
        "as_of": as_of.isoformat() if as_of else None,
        "review_by": fact.review_by,
        "corrections": [c.id for c in data.corrections_of(fact.id)],
        "date": None,
        "end": None,
        "precision": None,
        "era": None,
        "value": None,
        "unit": None,
        "currency": None,
        "period": None,
        "versions": [],
        "details": _details(fact),
    }
    if isinstance(fact, Event):
        row.update(
            date=fact.date,
            end=fact.end,
            precision=fact.start.precision.value,
            era=fact.era,
            versions=[
                {"date": v.date, "end": v.end, "said_by": v.said_by, "sources": list(v.sources)} for v in fact.versions
            ],
        )
    elif isinstance(fact, Figure):
        row.update(
            value=None if fact.amount is None else format(fact.amount, "f"),
            unit=fact.unit,
            currency=fact.currency,
            period=fact.period or None,
            versions=[
                {
                    "value": str(v.value),
                    "high": _text(v.high),
                    "said_by": v.said_by,
                    "sources": list(v.sources),
                }
                for v in fact.versions
            ],
        )
    return row


def detail_fields() -> list[str]:
    """Every field that a kind of fact exports as ``details`` (``RecordKind.exported``):
    who and where for a visit, what for an agreement..., each once, in declaration order."""
    return list(dict.fromkeys(name for kind in kinds.DECLARED.values() for name in kind.exported))


def _details(fact: Fact) -> dict[str, str]:
    """What a kind of fact adds to every fact's fields, as its declaration says."""
    return {name: str(getattr(fact, name)) for name in kinds.kind_of(fact).exported}


def trade_row(row: TradeYear) -> dict[str, Any]:
    """One year of trade; amounts as decimal strings, ``None`` where no source gives one."""

    def amount(value: object) -> str | None:
        return None if value is None else format(to_decimal(value), "f")  # type: ignore[arg-type]

    return {
        "id": row.id,
        "partner": row.partner,
        "period": row.period,
        "basis": row.basis.key,
        "statistics": row.basis.statistics.value,
        "years": "fiscal" if row.basis.fiscal else "calendar",
        "reported_by": row.reported_by or None,
        "exports": amount(row.exports),
        "imports": amount(row.imports),
        "total": amount(row.total),
        "total_fact": row.total_fact,
        "stated": row.stated or None,
        "currency": row.currency,
        "status": row.status.value,
        "sources": list(row.sources),
        "difference": row.difference or None,
        "note": row.note or None,
    }


def trade_rows(data: Dataset) -> list[dict[str, Any]]:
    return [trade_row(row) for row in data.trade]


def fact_rows(data: Dataset, locale: str = "en") -> list[dict[str, Any]]:
    return [fact_row(data, fact, locale) for fact in data.facts.values()]


def source_row(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "publisher": source.publisher,
        "kind": source.kind.value if source.kind else None,
        "title": source.title,
        "url": source.url,
        "published": source.published,
        "accessed": source.accessed,
        "via": source.via or None,
        "release": source.release or None,
        "note": source.note or None,
    }


def source_rows(data: Dataset) -> list[dict[str, Any]]:
    return [source_row(s) for s in data.sources]


def csv_columns() -> list[str]:
    """facts.csv's columns: every fact's own, then each exported detail."""
    return [*_CSV_FACT_COLUMNS, *detail_fields()]


_CSV_FACT_COLUMNS = [
    "id",
    "kind",
    "label",
    "status",
    "shown_as",
    "date",
    "end",
    "precision",
    "era",
    "value",
    "unit",
    "currency",
    "period",
    "sources",
    "as_of",
    "review_by",
    "corrections",
    "note",
]


def facts_csv(rows: list[dict[str, Any]]) -> str:
    """One row per fact; lists joined with ';', empty cells for missing values.
    A disputed fact's versions (a figure's values, an event's dates) are in facts.json only."""
    out = io.StringIO()
    details = detail_fields()
    writer = csv.DictWriter(out, fieldnames=csv_columns(), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        flat = {key: row[key] for key in _CSV_FACT_COLUMNS}
        flat.update({key: row["details"].get(key) for key in details})
        flat["sources"] = ";".join(row["sources"])
        flat["corrections"] = ";".join(row["corrections"])
        writer.writerow({k: "" if v is None else v for k, v in flat.items()})
    return out.getvalue()


_NULLABLE_TEXT = {"type": ["string", "null"]}


def _kind_of(record_class: type) -> str:
    """The ``kind`` every record of a class has (a field, so not a class attribute)."""
    return str(next(f.default for f in dataclasses.fields(record_class) if f.name == "kind"))


def _fact_kinds() -> list[str]:
    """The ``kind`` values facts.json may hold: every declared kind of fact's."""
    classes = [k.record_class for k in kinds.DECLARED.values() if k.linked_as == "fact"]
    return [_kind_of(cls) for cls in classes if issubclass(cls, Fact)]


_ID = {"type": "string", "pattern": ID_PATTERN}
_ID_LIST = {"type": "array", "items": _ID}
_PARTIAL_DATE = {"type": ["string", "null"], "pattern": PARTIAL_DATE_PATTERN}


def facts_schema() -> dict[str, Any]:
    """facts.json's JSON Schema, for the kinds declared now."""
    properties = {**_FACT_PROPERTIES, "kind": {"enum": _fact_kinds()}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "facts.schema.json",
        "title": "pakru facts",
        "description": "Every fact on the pakru site, as published in facts.json.",
        "type": "array",
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": list(properties),
            "properties": properties,
        },
    }


_FACT_PROPERTIES: dict[str, Any] = {
    "id": _ID,
    "kind": {"enum": []},  # filled in by facts_schema()
    "label": {"type": "string", "minLength": 1},
    "status": {"enum": [status.value for status in Status]},
    "shown_as": {"type": "string", "minLength": 1},
    "sources": _ID_LIST,
    "note": {"type": "string"},
    "as_of": _PARTIAL_DATE,
    "review_by": _PARTIAL_DATE,
    "corrections": _ID_LIST,
    "date": _PARTIAL_DATE,
    "end": _PARTIAL_DATE,
    "precision": {"enum": [*(precision.value for precision in Precision), None]},
    "era": _NULLABLE_TEXT,
    "value": {"type": ["string", "null"], "pattern": r"^-?\d+(\.\d+)?(E[+-]?\d+)?$"},
    "unit": _NULLABLE_TEXT,
    "currency": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
    "period": _NULLABLE_TEXT,
    "versions": {
        "type": "array",
        "items": {
            "oneOf": [
                {  # a disputed figure's value, as one source gives it
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["value", "high", "said_by", "sources"],
                    "properties": {
                        "value": {"type": "string"},
                        "high": _NULLABLE_TEXT,
                        "said_by": {"type": "string"},
                        "sources": _ID_LIST,
                    },
                },
                {  # a disputed event's dates, as one source gives them
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["date", "end", "said_by", "sources"],
                    "properties": {
                        "date": _PARTIAL_DATE,
                        "end": _PARTIAL_DATE,
                        "said_by": {"type": "string"},
                        "sources": _ID_LIST,
                    },
                },
            ]
        },
    },
    "details": {"type": "object", "additionalProperties": {"type": "string"}},
}

_AMOUNT = {"type": ["string", "null"], "pattern": r"^\d+(\.\d+)?$"}
_TRADE_PROPERTIES: dict[str, Any] = {
    "id": _ID,
    "partner": {"type": "string"},
    "period": {"type": "string", "pattern": r"^(\d{4}|FY\d{4}-\d{2})$"},
    "basis": {"type": "string", "pattern": r"^[a-z-]+-(calendar|fiscal)$"},
    "statistics": {"enum": [statistics.value for statistics in Statistics]},
    "years": {"enum": ["calendar", "fiscal"]},
    "reported_by": _NULLABLE_TEXT,
    "exports": _AMOUNT,
    "imports": _AMOUNT,
    "total": _AMOUNT,
    "total_fact": _NULLABLE_TEXT,
    "stated": _NULLABLE_TEXT,
    "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "status": {"enum": ["verified", "single-source", "unverified"]},
    "sources": _ID_LIST,
    "difference": _NULLABLE_TEXT,
    "note": _NULLABLE_TEXT,
}
TRADE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "trade.schema.json",
    "title": "pakru trade series",
    "description": (
        "Pakistan's trade with each partner, one row per statistic (basis: whose figures, calendar or "
        "fiscal years) and period, as published in trade.json; a series is one partner's rows of one "
        "basis. null where no source gives an amount (never computed). total_fact names the fact in "
        "facts.json that holds the total, when another record already gives it."
    ),
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": list(_TRADE_PROPERTIES),
        "properties": _TRADE_PROPERTIES,
    },
}


def trade_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(_TRADE_PROPERTIES), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ";".join(v) if isinstance(v, list) else ("" if v is None else v) for k, v in row.items()})
    return out.getvalue()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _json_rows(rows: list[dict[str, Any]]) -> str:
    """A list of records as JSON, one record to a line: as readable as an indented file, a
    change to one record is a one-line diff, and Python's fast (C) encoder writes it (the
    indenting encoder is pure Python, and was a third of the downloads' time).

    >>> print(_json_rows([{"id": "a", "value": "1"}, {"id": "b", "value": None}]), end="")
    [
      {"id": "a", "value": "1"},
      {"id": "b", "value": null}
    ]
    """
    if not rows:
        return "[]\n"
    lines = ",\n".join("  " + json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows)
    return f"[\n{lines}\n]\n"


def exports(data: Dataset, locale: str = "en") -> dict[str, str]:
    """File name -> content, for every download."""
    rows = fact_rows(data, locale)
    return {
        "facts.json": _json_rows(rows),
        "facts.csv": facts_csv(rows),
        "sources.json": _json_rows(source_rows(data)),
        "facts.schema.json": _json(facts_schema()),
        "trade.json": _json_rows(trade_rows(data)),
        "trade.csv": trade_csv(trade_rows(data)),
        "trade.schema.json": _json(TRADE_SCHEMA),
    }
