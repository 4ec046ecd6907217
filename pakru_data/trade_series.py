"""Query the trade series, and draw it: one partner's years in time order, with gaps.

A year of trade (:class:`~pakru_data.model.TradeYear`) may give exports, imports and a
total, or only some of them.  :func:`series` lists a partner's periods oldest first with
the amount asked for (``None`` where no source gives it); :func:`peak` finds the period
with the highest amount given; :func:`trade_chart` draws the series as a bar chart in
which a period with no figure, or a stretch of years no record covers, stays a gap.

The examples build their own records, so a correction to the data never breaks them:

>>> from pakru_data.model import Status, TradeYear
>>> rows = [
...     TradeYear(id="russia-2012", partner="russia", period="2012", basis="calendar year",
...               total="542e6", status=Status.VERIFIED, sources=("s",)),
...     TradeYear(id="russia-2013", partner="russia", period="2013", basis="calendar year",
...               total="547e6", status=Status.VERIFIED, sources=("s",)),
...     TradeYear(id="russia-2016", partner="russia", period="2016", basis="calendar year",
...               imports="258e6", status=Status.VERIFIED, sources=("s",)),
...     TradeYear(id="russia-fy2022-23", partner="russia", period="FY2022-23",
...               basis="fiscal year", total="920e6", status=Status.VERIFIED, sources=("s",)),
... ]
>>> data = example_dataset(rows)
>>> [(p.row.period, p.amount and int(p.amount)) for p in series(data, "russia")]
[('2012', 542000000), ('2013', 547000000), ('2016', None), ('FY2022-23', 920000000)]

The period trade peaked, among those with a total:

>>> peak(data, "russia").row.period
'FY2022-23'
>>> peak(data, "russia", measure="imports").row.period
'2016'

The chart keeps gaps as gaps: a period with no total, and the years between records:

>>> [(bar.label, bar.text) for bar in trade_chart(data, "russia").bars]  # doctest: +NORMALIZE_WHITESPACE
[('2012', '$542 million'), ('2013', '$547 million'), ('2014 to 2015', 'no figure found'),
 ('2016', 'no total given (see the table)'), ('2017 to June 2022', 'no figure found'),
 ('FY2022-23', '$920 million')]

On the real data, the same queries (whatever the figures are after corrections):

>>> from pakru_data import DATA
>>> best = peak(DATA, "russia")
>>> all(p.amount is None or p.amount <= best.amount for p in series(DATA, "russia"))
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from pakru_data.charts import Bar, Chart, english
from pakru_data.dataset import Dataset
from pakru_data.formatting import format_date_at_precision, format_fact, format_period, sentence_words
from pakru_data.model import Figure, Partner, TradeYear
from pakru_data.validation.details import period_bounds

__all__ = ["Point", "example_dataset", "peak", "series", "trade_chart"]


@dataclass(frozen=True, slots=True)
class Point:
    """One period of a partner's series: its record, and the figure for the measure asked."""

    row: TradeYear
    figure: Figure | None  # None: no source gives this amount for this period
    start: dt.date
    end: dt.date

    @property
    def amount(self) -> Decimal | None:
        return None if self.figure is None else self.figure.amount


def series(data: Dataset, partner: str, measure: str = "total") -> list[Point]:
    """The partner's periods, oldest first (a fiscal year sorts by its July start)."""
    points = []
    for row in data.trade:
        bounds = period_bounds(row.period)
        if row.partner != partner or bounds is None:
            continue
        figure = data.facts.get(row.figure_id(measure))
        points.append(Point(row, figure if isinstance(figure, Figure) else None, *bounds))
    return sorted(points, key=lambda p: (p.start, p.end))


def peak(data: Dataset, partner: str, measure: str = "total") -> Point | None:
    """The period with the highest amount given (the earliest, on a tie); None if none is."""
    given = [p for p in series(data, partner, measure) if p.amount is not None]
    return max(given, key=lambda p: p.amount or 0, default=None)


def trade_chart(
    data: Dataset, partner: str, measure: str = "total", *, locale: str = "en", words: Callable[[str], str] = english
) -> Chart:
    """The series as bars, oldest first; a period without the amount, and a stretch no
    period covers, are rows with no bar that say what is missing.  ``words`` translates
    the chart's own English (the Sphinx adapter passes its ``_``)."""
    name = Partner(partner).english_name
    bars: list[Bar] = []
    previous: Point | None = None
    for point in series(data, partner, measure):
        if previous is not None and point.start > previous.end + dt.timedelta(days=1):
            gap = _between(previous.end, point.start, locale, words)
            bars.append(Bar(None, gap, words("no figure found"), None))
        if point.figure is not None and point.amount is not None:
            bars.append(
                Bar(
                    point.figure,
                    format_period(point.row.period, locale),
                    format_fact(point.figure, locale=locale),
                    point.amount,
                )
            )
        else:
            missing = point.row.stated or words(f"no {measure} given (see the table)")
            bars.append(Bar(None, format_period(point.row.period, locale), missing, None))
        if previous is None or point.end > previous.end:
            previous = point
    amounts = [bar.amount for bar in bars if bar.amount is not None]
    title = words(f"Pakistan's trade with {name}: {measure}, by year")
    return Chart(f"trade-{partner}-{measure}", title, tuple(bars), max(amounts, default=Decimal(1)), locale)


def _between(last: dt.date, first: dt.date, locale: str, words: Callable[[str], str] = english) -> str:
    """The stretch after ``last`` and before ``first``, in whole years where it is."""
    from pakru_data.dates import PartialDate

    start, end = last + dt.timedelta(days=1), first - dt.timedelta(days=1)
    if (start.month, start.day, end.month, end.day) == (7, 1, 6, 30) and end.year == start.year + 1:
        return format_period(f"FY{start.year}-{end.year % 100:02d}", locale)  # one whole fiscal year
    translated = locale.split("_")[0] != "en"  # English keeps "1999 to 2011"; others their own form

    def whole_year(day: dt.date, edge: str) -> bool:
        return (day.month, day.day) == ((1, 1) if edge == "start" else (12, 31))

    if translated and whole_year(start, "start") and whole_year(end, "end") and start.year != end.year:
        return sentence_words(locale).years.format(first=start.year, last=end.year)  # «1999–2011 гг.»

    def shown(day: dt.date, edge: str) -> str:
        if whole_year(day, edge):
            return format_period(str(day.year), locale)
        return format_date_at_precision(PartialDate(day.year, day.month), locale)

    a, b = shown(start, "start"), shown(end, "end")
    return a if a == b else words("{start} to {end}").format(start=a, end=b)


def example_dataset(rows: list[TradeYear]) -> Dataset:
    """A dataset holding only ``rows`` and their figures, for examples and tests."""
    empty: dict[str, list[object]] = {
        name: []
        for name in (
            "sources",
            "article_references",
            "eras",
            "events",
            "challenges",
            "opportunities",
            "conclusion",
            "corrections",
            "chart_specs",
        )
    }
    figures = [figure for row in rows for figure in row.figures()]
    return Dataset(**empty, figures=figures, trade=rows)  # type: ignore[arg-type]
