"""Show a fact as text, in the build's language, through Babel.

Each kind of fact has a few named ways to be shown (its *variants*); pages pick one
with {fact}`id:variant`.  Nothing here knows about Sphinx.

A date shows only as much as is known of it:

>>> from pakru_data.model import Event, Figure, Status
>>> signed = Event(id="signed", label="Signed", date="1966-01-10", era="e", status=Status.VERIFIED)
>>> format_fact(signed), format_fact(signed, "year"), format_fact(signed, "year", locale="ru")
('January 10, 1966', '1966', '1966')
>>> format_fact(Event(id="visit", label="A visit", date="1965-04", era="e", status=Status.VERIFIED))
'April 1965'

Amounts are written in their unit and currency:

>>> trade = Figure(id="trade", label="Trade", value="920e6", unit="money", currency="USD", status=Status.VERIFIED)
>>> format_fact(trade), format_fact(trade, "short")
('$920 million', '$920M')
>>> format_fact(Figure(id="share", label="A share", value=34, unit="percent", status=Status.VERIFIED))
'34%'

(These examples build their own records, so correcting a fact in the data never breaks
them; the pages' ``{doctest}`` blocks are where the site's key figures are pinned.)
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Literal

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton
from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
    get_currency_symbol,
)
from babel.units import format_unit

from pakru_data.dates import PartialDate, Precision
from pakru_data.model import Event, Fact, Figure, to_decimal

__all__ = ["UNITS", "UnknownVariantError", "format_date_at_precision", "format_fact", "variants_of"]

# The units a figure may have, and how a value in each is shown.
UNITS = ("money", "money-per-tonne", "percent", "count", "tonne", "kilometre", "year")
MONEY_UNITS = ("money", "money-per-tonne")  # figures in these units name a currency

EVENT_VARIANTS = ("default", "year", "month", "day", "label")
FIGURE_VARIANTS = ("default", "short", "full", "period", "label")
DISPUTED_VARIANTS = ("default", "low", "high", "label")


class UnknownVariantError(ValueError):
    """A page asked for a way of showing a fact that its kind does not have."""


def variants_of(fact: Fact) -> tuple[str, ...]:
    """The variants a page may ask of this fact.

    >>> from pakru_data import DATA
    >>> variants_of(DATA.facts["tashkent-declaration"])
    ('default', 'year', 'month', 'day', 'label')
    """
    if isinstance(fact, Event):
        return EVENT_VARIANTS
    if isinstance(fact, Figure) and fact.versions:
        return DISPUTED_VARIANTS
    if isinstance(fact, Figure) and not fact.period:
        return tuple(v for v in FIGURE_VARIANTS if v != "period")
    return FIGURE_VARIANTS


def format_fact(fact: Fact, variant: str = "default", *, locale: str = "en") -> str:
    """The text a page shows for ``fact``."""
    if variant not in variants_of(fact):
        raise UnknownVariantError(
            f"fact '{fact.id}' has no variant '{variant}'; use one of: {', '.join(variants_of(fact))}"
        )
    if variant == "label":
        return fact.label
    if isinstance(fact, Event):
        return _format_event(fact, variant, locale)
    assert isinstance(fact, Figure)
    return _format_figure(fact, variant, locale)


def format_date_at_precision(date: PartialDate, locale: str = "en") -> str:
    """A date shown only as precisely as it is known.

    >>> format_date_at_precision(PartialDate(1965, 4))
    'April 1965'
    >>> format_date_at_precision(PartialDate(2017))
    '2017'
    """
    day = date.first_day()
    if date.precision is Precision.DAY:
        return format_date(day, "long", locale=locale)
    if date.precision is Precision.MONTH:
        return format_skeleton("yMMMM", day, locale=locale)
    return format_skeleton("y", day, locale=locale)


def _format_event(event: Event, variant: str, locale: str) -> str:
    start = event.start
    wanted = {"year": Precision.YEAR, "month": Precision.MONTH, "day": Precision.DAY}.get(variant)
    if wanted is not None:
        if _finer_than(wanted, start.precision):
            raise UnknownVariantError(
                f"fact '{event.id}' is only known to the {start.precision.value}, "
                f"so it cannot be shown to the {wanted.value}; use '{start.precision.value}' or 'year'"
            )
        return format_date_at_precision(_truncate(start, wanted), locale)
    finish = event.finish
    if finish is None or finish == start:
        return format_date_at_precision(start, locale)
    skeleton = {"day": "yMMMd", "month": "yMMMM", "year": "y"}[start.precision.value]
    return format_interval(start.first_day(), finish.last_day(), skeleton, locale=locale)


_ORDER = (Precision.YEAR, Precision.MONTH, Precision.DAY)


def _finer_than(a: Precision, b: Precision) -> bool:
    return _ORDER.index(a) > _ORDER.index(b)


def _truncate(date: PartialDate, precision: Precision) -> PartialDate:
    if precision is Precision.YEAR:
        return PartialDate(date.year)
    if precision is Precision.MONTH:
        return PartialDate(date.year, date.month)
    return date


def _format_figure(figure: Figure, variant: str, locale: str) -> str:
    if variant == "period":
        return figure.period
    if figure.versions:
        lows = [to_decimal(v.value) for v in figure.versions]
        highs = [to_decimal(v.high if v.high is not None else v.value) for v in figure.versions]
        low, high = min(lows), max(highs)
        if variant == "low":
            return format_amount(low, figure, "default", locale)
        if variant == "high":
            return format_amount(high, figure, "default", locale)
        return f"{format_amount(low, figure, 'default', locale)}–{format_amount(high, figure, 'default', locale)}"
    assert figure.amount is not None  # validation guarantees it
    return format_amount(figure.amount, figure, variant, locale)


def format_amount(amount: Decimal, figure: Figure, variant: str, locale: str) -> str:
    """One amount in the figure's unit.

    >>> from pakru_data import DATA
    >>> format_amount(Decimal(45000), DATA.facts["oil-first-cargo-tonnes"], "default", "en")
    '45,000 metric tons'
    """
    formatter = _UNIT_FORMATTERS[figure.unit]
    return formatter(amount, figure.currency or "", variant, locale)


def _money(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    if variant == "short":
        return format_compact_currency(amount, currency, locale=locale, fraction_digits=1)
    if variant == "full" or amount < 1_000_000:
        return format_currency(amount, currency, locale=locale, currency_digits=False, format="¤#,##0")
    return _long_compact_money(amount, currency, locale)


def _long_compact_money(amount: Decimal, currency: str, locale: str) -> str:
    """'$2.5 billion': Babel has no long compact currency format, so place the
    currency symbol where the locale's own currency pattern puts it."""
    number = format_compact_decimal(amount, format_type="long", locale=locale, fraction_digits=2)
    symbol = get_currency_symbol(currency, locale=locale)
    pattern = _currency_pattern(locale)
    if pattern.strip().startswith("¤"):
        return f"{symbol}{number}"
    return f"{number}\N{NO-BREAK SPACE}{symbol}"


@cache
def _currency_pattern(locale: str) -> str:
    pattern: str = Locale.parse(locale).currency_formats["standard"].pattern
    return pattern


def _money_per_tonne(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    # Babel's unit names have no money-per-mass compound; the price stays a price.
    price = format_currency(amount, currency, locale=locale, currency_digits=False, format="¤#,##0.##")
    per = format_unit(1, "mass-tonne", locale=locale, length="long").removeprefix("1").strip()
    if variant == "short":
        return f"{price}/t"
    return f"{price} per {per}" if locale.startswith("en") else f"{price}/{per}"


def _percent(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    return format_percent(amount / 100, locale=locale, decimal_quantization=False)


def _count(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    return format_decimal(amount, locale=locale)


def _unit(babel_unit: str) -> Callable[[Decimal, str, str, str], str]:
    def show(amount: Decimal, currency: str, variant: str, locale: str) -> str:
        length: Literal["short", "long"] = "short" if variant == "short" else "long"
        return format_unit(amount, babel_unit, locale=locale, length=length)

    return show


_UNIT_FORMATTERS: dict[str, Callable[[Decimal, str, str, str], str]] = {
    "money": _money,
    "money-per-tonne": _money_per_tonne,
    "percent": _percent,
    "count": _count,
    "tonne": _unit("mass-tonne"),
    "kilometre": _unit("length-kilometer"),
    "year": _unit("duration-year"),
}
