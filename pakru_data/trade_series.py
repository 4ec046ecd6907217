"""Query the trade series, and draw them: one partner's periods on one basis, with gaps.

A year of trade (:class:`~pakru_data.model.TradeYear`) may give exports, imports and a
total, or only some of them, and is counted on one basis (:class:`~pakru_data.model.Basis`:
whose statistics, in calendar or fiscal years).  A *series* is one partner's periods on
one basis: figures on two bases count different things (one side's customs or the
other's, a bank's payments, a business group's estimate), so nothing here ever puts two
bases in one series.  :func:`bases` lists a partner's bases; :func:`series` lists one
basis' periods oldest first, with the amount asked for (``None`` where no source gives
it); :func:`peak`, :func:`latest` and :func:`growth` are computed within one series; and
:func:`trade_chart` draws each series as its own named group of bars in one drawing,
where a period with no figure, or a stretch of years the series does not cover, stays a
gap.

The examples build their own records, so a correction to the data never breaks them:

>>> from pakru_data.model import Statistics, Status, TradeYear
>>> def row(period, statistics, **amounts):
...     return TradeYear(id=f"russia-{statistics.name.lower().replace('_', '-')}-{period.lower()}",
...                      partner="russia", period=period, statistics=statistics,
...                      status=Status.VERIFIED, sources=("s",), **amounts)
>>> RUSSIA, PBC, PAKISTAN = Statistics.RUSSIA, Statistics.BUSINESS_COUNCIL, Statistics.PAKISTAN
>>> data = example_dataset([
...     row("2012", RUSSIA, total="542e6"), row("2013", RUSSIA, total="547e6"),
...     row("2016", RUSSIA, imports="258e6"), row("2015", PBC, total="381e6"),
...     row("FY2022-23", PAKISTAN, total="920e6"),
... ])
>>> [basis.name for basis in bases(data, "russia")]  # doctest: +NORMALIZE_WHITESPACE
["Russia's official figures, calendar years", 'Pakistan Business Council, calendar years',
 "Pakistan's official statistics, fiscal years (July to June)"]
>>> russian = bases(data, "russia")[0]
>>> [(p.row.period, p.amount and int(p.amount)) for p in series(data, "russia", russian)]
[('2012', 542000000), ('2013', 547000000), ('2016', None)]

The peak, the latest period and the growth from one period to the next are each found
within one series; the Business Council's $381 million never follows Russia's $547 million:

>>> peak(data, "russia", russian).row.period
'2013'
>>> latest(data, "russia", russian).row.period
'2013'
>>> [(g.before.row.period, g.after.row.period, f"{g.change:.3f}") for g in growth(data, "russia", russian)]
[('2012', '2013', '0.009')]

The chart draws each series as a named group, and keeps gaps as gaps within a series:

>>> [(bar.series, bar.label, bar.text) for bar in trade_chart(data, "russia").bars]  # doctest: +NORMALIZE_WHITESPACE
[("Russia's official figures, calendar years", '2012', '$542 million'),
 ("Russia's official figures, calendar years", '2013', '$547 million'),
 ("Russia's official figures, calendar years", '2014 to 2015', 'no figure found'),
 ("Russia's official figures, calendar years", '2016', 'no total given (see the table)'),
 ('Pakistan Business Council, calendar years', '2015', '$381 million'),
 ("Pakistan's official statistics, fiscal years (July to June)", 'FY2022-23', '$920 million')]

On the real data, the same queries (whatever the figures are after corrections):

>>> from pakru_data import DATA
>>> for basis in bases(DATA, "russia"):
...     best = peak(DATA, "russia", basis)
...     assert best is None or all(p.amount is None or p.amount <= best.amount
...                                for p in series(DATA, "russia", basis))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from pakru_data.charts import Bar, Chart, english
from pakru_data.dataset import Dataset
from pakru_data.formatting import format_date_at_precision, format_fact, format_period, sentence_words
from pakru_data.model import Basis, Figure, Partner, TradeYear
from pakru_data.validation.details import period_bounds

__all__ = [
    "Growth",
    "Point",
    "bases",
    "basis_name",
    "example_dataset",
    "growth",
    "latest",
    "peak",
    "series",
    "trade_chart",
]


@dataclass(frozen=True, slots=True)
class Point:
    """One period of a series: its record, and the figure for the measure asked."""

    row: TradeYear
    figure: Figure | None  # None: no source gives this amount for this period
    start: dt.date
    end: dt.date

    @property
    def amount(self) -> Decimal | None:
        return None if self.figure is None else self.figure.amount


@dataclass(frozen=True, slots=True)
class Growth:
    """The change from one period of a series to the next, both on the same basis."""

    before: Point
    after: Point

    @property
    def change(self) -> Decimal:
        """The change as a fraction of the earlier amount (0.5 is a rise of half)."""
        assert self.before.amount and self.after.amount is not None
        return (self.after.amount - self.before.amount) / self.before.amount


def bases(data: Dataset, partner: str) -> list[Basis]:
    """The partner's bases, each once, in the order of their first period."""
    first: dict[Basis, tuple[dt.date, str]] = {}
    for row in data.trade:
        bounds = period_bounds(row.period)
        if row.partner != partner or bounds is None:
            continue
        key = (bounds[0], row.basis.key)
        if row.basis not in first or key < first[row.basis]:
            first[row.basis] = key
    return sorted(first, key=first.__getitem__)


def series(data: Dataset, partner: str, basis: Basis, measure: str = "total") -> list[Point]:
    """The partner's periods on ``basis``, oldest first (a fiscal year sorts by its July start)."""
    points = []
    for row in data.trade:
        bounds = period_bounds(row.period)
        if row.partner != partner or row.basis != basis or bounds is None:
            continue
        figure = data.facts.get(row.figure_id(measure))
        points.append(Point(row, figure if isinstance(figure, Figure) else None, *bounds))
    return sorted(points, key=lambda p: (p.start, p.end))


def peak(data: Dataset, partner: str, basis: Basis, measure: str = "total") -> Point | None:
    """The period of the series with the highest amount given (the earliest, on a tie)."""
    given = [p for p in series(data, partner, basis, measure) if p.amount is not None]
    return max(given, key=lambda p: p.amount or 0, default=None)


def latest(data: Dataset, partner: str, basis: Basis, measure: str = "total") -> Point | None:
    """The most recent period of the series that gives the amount."""
    given = [p for p in series(data, partner, basis, measure) if p.amount is not None]
    return given[-1] if given else None


def growth(data: Dataset, partner: str, basis: Basis, measure: str = "total") -> list[Growth]:
    """The change between each two periods of the series that follow one another with no
    gap between them, both with the amount: a change across a gap, or across two bases,
    is not a year's growth."""
    points = series(data, partner, basis, measure)
    return [
        Growth(before, after)
        for before, after in pairwise(points)
        if before.amount and after.amount is not None and after.start == before.end + dt.timedelta(days=1)
    ]


def basis_name(basis: Basis, words: Callable[[str], str] = english) -> str:
    """The basis as a reader sees it, in the edition's words: "State Bank of Pakistan,
    fiscal years (July to June)"."""
    return words("{statistics}, {years}").format(statistics=words(basis.statistics.value), years=words(basis.years))


def trade_chart(
    data: Dataset, partner: str, measure: str = "total", *, locale: str = "en", words: Callable[[str], str] = english
) -> Chart:
    """Each of the partner's series as a named group of bars, oldest first within it; a
    period without the amount, and a stretch the series does not cover, are rows with no
    bar that say what is missing.  ``words`` translates the chart's own English (the
    Sphinx adapter passes its ``_``)."""
    name = Partner(partner).english_name
    bars: list[Bar] = []
    for basis in bases(data, partner):
        named = basis_name(basis, words)
        previous: Point | None = None
        for point in series(data, partner, basis, measure):
            if previous is not None and point.start > previous.end + dt.timedelta(days=1):
                gap = _between(previous.end, point.start, locale, words)
                bars.append(Bar(None, gap, words("no figure found"), None, named))
            if point.figure is not None:  # a disputed total has no one amount: its versions, with no bar
                text = format_fact(point.figure, locale=locale)
                bars.append(Bar(point.figure, format_period(point.row.period, locale), text, point.amount, named))
            else:
                missing = point.row.stated or words(f"no {measure} given (see the table)")
                bars.append(Bar(None, format_period(point.row.period, locale), missing, None, named))
            if previous is None or point.end > previous.end:
                previous = point
    amounts = [bar.amount for bar in bars if bar.amount is not None]
    title = words(f"Pakistan's trade with {name}: {measure}, by year")
    return Chart(f"trade-{partner}-{measure}", title, tuple(bars), max(amounts, default=Decimal(1)), locale)


def _between(last: dt.date, first: dt.date, locale: str, words: Callable[[str], str] = english) -> str:
    """The stretch after ``last`` and before ``first``, in whole years where it is."""
    from pakru_data.dates import PartialDate

    start, end = last + dt.timedelta(days=1), first - dt.timedelta(days=1)
    if (start.month, start.day, end.month, end.day) == (7, 1, 6, 30):
        if end.year == start.year + 1:
            return format_period(f"FY{start.year}-{end.year % 100:02d}", locale)  # one whole fiscal year
        first_year = format_period(f"FY{start.year}-{(start.year + 1) % 100:02d}", locale)
        last_year = format_period(f"FY{end.year - 1}-{end.year % 100:02d}", locale)
        return words("{start} to {end}").format(start=first_year, end=last_year)  # whole fiscal years
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
