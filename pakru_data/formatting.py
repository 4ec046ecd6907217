"""Show a fact as text, in the build's language, through Babel.

Each kind of fact has a few named ways to be shown (its *variants*); pages pick one
with {fact}`id:variant`.  Nothing here knows about Sphinx.

Each edition's conventions are chosen on purpose (``CONVENTIONS``), and the page prose of
each language must follow them too:

- **English** writes dates as Pakistani and British English do, "10 January 1966" (Babel's
  ``en_GB`` date patterns), while numbers and money stay as the site has always written
  them ("$920 million", "45,000"), with Babel's ``en``.
- **Russian** is Babel's ``ru`` throughout: "10 января 1966 г.", "920 миллионов долларов
  США" in prose-like values, "920 млн $" short, "34 %" (CLDR's space), numbers grouped
  with no-break spaces.  Large amounts in millions (миллион, миллиард).
- **Urdu** is Babel's ``ur_PK``: Latin digits as in Pakistan (never Extended
  Arabic-Indic), "10 جنوری، 1966"; large amounts in the South Asian units Pakistani Urdu
  writes, lakh, crore and arab ("9.2 کروڑ امریکی ڈالر", "2.5 ارب"), never "ملین", in the
  values and in the translated prose alike.

A date shows only as much as is known of it:

>>> from pakru_data.model import Event, Figure, Status
>>> signed = Event(id="signed", label="Signed", date="1966-01-10", era="e", status=Status.VERIFIED)
>>> format_fact(signed), format_fact(signed, "year"), format_fact(signed, "year", locale="ru")
('10 January 1966', '1966', '1966')
>>> format_fact(signed, locale="ru"), format_fact(signed, locale="ur")
('10 января 1966\u202fг.', '10 جنوری، 1966')
>>> visit = Event(id="visit", label="A visit", date="1965-04", era="e", status=Status.VERIFIED)
>>> [format_fact(visit, locale=language) for language in ("en", "ru", "ur")]
['April 1965', 'апрель 1965\u202fг.', 'اپریل 1965']

A period of days is written as each language writes a range:

>>> talks = Event(id="talks", label="Talks", date="1966-01-04", end="1966-01-10", era="e", status=Status.VERIFIED)
>>> [format_fact(talks, locale=language) for language in ("en", "ru", "ur")]
['4–10 January 1966', '4–10 января 1966\u202fг.', '4–10 جنوری، 1966']
>>> long_talks = Event(id="t", label="T", date="2003-01-30", end="2003-02-06", era="e", status=Status.VERIFIED)
>>> format_fact(long_talks)
'30 January 2003 – 6 February 2003'

When sources disagree on the dates, a disputed event shows each source's, as the language
writes "or":

>>> from pakru_data.model import DateVersion
>>> session = Event(id="s", label="S", date="2017-11-28", era="e", status=Status.DISPUTED, versions=(
...     DateVersion(date="2017-11-28", end="2017-11-30", sources=("a",), said_by="A"),
...     DateVersion(date="2017-12-01", sources=("b",), said_by="B")))
>>> [format_fact(session, locale=language) for language in ("en", "ru")]
['28–30 November 2017 or 1 December 2017', '28–30 ноября 2017\u202fг. или 1 декабря 2017\u202fг.']
>>> format_fact(session, "year")
'2017'

Amounts are written in their unit and currency:

>>> trade = Figure(id="trade", label="Trade", value="920e6", unit="money", currency="USD", status=Status.VERIFIED)
>>> format_fact(trade), format_fact(trade, "short"), format_fact(trade, "full")
('$920 million', '$920M', '$920,000,000')

Russian and Urdu write large amounts in words (with no-break spaces, shown here as "_"):

>>> def shown(locale):
...     return [format_fact(trade, v, locale=locale).replace("\xa0", "_") for v in ("default", "short", "full")]
>>> shown("ru")
['920 миллионов_долларов США', '920_млн_долларов США', '920_000_000_долларов США']
>>> shown("ur")
['92 کروڑ_امریکی ڈالر', '92_کروڑ_امریکی ڈالر', '920,000,000_امریکی ڈالر']

(One money style per edition: in words, never the symbol beside the words.)  A price per
tonne, and Urdu quantities in lakh as its money is:

>>> wheat = Figure(id="w", label="W", value=372, unit="money-per-tonne", currency="USD", status=Status.VERIFIED)
>>> [format_fact(wheat, locale=language).replace("\xa0", "_") for language in ("en", "ru", "ur")]
['$372 per metric ton', '372_доллара США за тонну', '372_امریکی ڈالر فی میٹرک ٹن']
>>> tonnes = Figure(id="t", label="T", value=300000, unit="tonne", status=Status.VERIFIED)
>>> [format_fact(tonnes, locale=language).replace("\xa0", "_") for language in ("en", "ru", "ur")]
['300,000 metric tons', '300_000 тонн', '3 لاکھ میٹرک ٹن']

A value inside a sentence takes the form the sentence needs: ``{fact}`id:in``` for "in
<date>", which Russian and Urdu write around the date, and a figure's period in each
language's own form (Pakistan's fiscal year, a range of years):

>>> delivered = Event(id="d", label="D", date="2017", era="e", status=Status.VERIFIED)
>>> def in_each(fact, variant="in", space="\u202f"):
...     return [format_fact(fact, variant, locale=lang).replace(space, "_") for lang in ("en", "ru", "ur")]
>>> in_each(delivered) + in_each(visit)
['in 2017', 'в 2017 году', '2017 میں', 'in April 1965', 'в апреле 1965_г.', 'اپریل 1965 میں']
>>> in_each(signed)
['on 10 January 1966', '10 января 1966_г.', '10 جنوری، 1966 کو']
>>> fiscal = Figure(id="f", label="F", value=1, unit="count", period="FY2022-23", status=Status.VERIFIED)
>>> in_each(fiscal, "period", "\xa0")
['FY2022-23', '2022/23 фин._г.', 'مالی سال 2022-23']
>>> years = Event(id="y", label="Y", date="1999", end="2011", era="e", status=Status.VERIFIED)
>>> [format_fact(years, locale=language).replace("\u202f", "_") for language in ("en", "ru", "ur")]
['1999–2011', '1999–2011_гг.', '1999 تا 2011']
>>> share = Figure(id="share", label="A share", value=34, unit="percent", status=Status.VERIFIED)
>>> [format_fact(share, locale=language) for language in ("en", "ru", "ur")]
['34%', '34\xa0%', '34%']

(These examples build their own records, so correcting a fact in the data never breaks
them; the pages' ``{doctest}`` blocks are where the site's key figures are pinned.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Literal

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton, get_date_format
from babel.lists import format_list
from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
    get_currency_name,
    get_currency_symbol,
)
from babel.units import format_compound_unit, format_unit

from pakru_data.dates import PartialDate, Precision
from pakru_data.model import DateVersion, Event, Fact, Figure, to_decimal

__all__ = [
    "CONVENTIONS",
    "UNITS",
    "Convention",
    "UnknownVariantError",
    "convention",
    "format_date_at_precision",
    "format_fact",
    "format_fact_once",
    "format_period",
    "punctuation",
    "sentence_words",
    "variants_of",
]


@dataclass(frozen=True)
class Convention:
    """How one edition writes facts: the Babel locales of its dates and of its numbers, and
    whether a large amount of money is written in words ("920 миллионов долларов США")
    rather than with the currency's symbol ("$920 million")."""

    dates: str
    numbers: str
    money_in_words: bool = False
    quantities_in_words: bool = False  # "3 لاکھ میٹرک ٹن": other large numbers as money is


# Each edition's language, and its conventions (see the module's docstring for why).
CONVENTIONS = {
    "en": Convention(dates="en_GB", numbers="en"),
    "ru": Convention(dates="ru", numbers="ru", money_in_words=True),
    "ur": Convention(dates="ur_PK", numbers="ur_PK", money_in_words=True, quantities_in_words=True),
}


@cache
def _babel(name: str) -> Locale:
    """Babel's locale, parsed once: Babel parses a locale given by name on every call, which
    was a tenth of a rebuild's formatting."""
    return Locale.parse(name)


def convention(locale: str) -> Convention:
    """The conventions of a build's language; Babel's own for a language not listed.

    >>> convention("en").dates, convention("de").dates
    ('en_GB', 'de')
    """
    return CONVENTIONS.get(locale) or Convention(dates=locale, numbers=locale)


# The units a figure may have, and how a value in each is shown.
UNITS = ("money", "money-per-tonne", "percent", "count", "tonne", "kilometre", "year")
MONEY_UNITS = ("money", "money-per-tonne")  # figures in these units name a currency

EVENT_VARIANTS = ("default", "in", "year", "month", "day", "label")
FIGURE_VARIANTS = ("default", "short", "full", "period", "label")
DISPUTED_VARIANTS = ("default", "low", "high", "label")


class UnknownVariantError(ValueError):
    """A page asked for a way of showing a fact that its kind does not have."""


def variants_of(fact: Fact) -> tuple[str, ...]:
    """The variants a page may ask of this fact.

    >>> from pakru_data import DATA
    >>> variants_of(DATA.facts["tashkent-declaration"])
    ('default', 'in', 'year', 'month', 'day', 'label')
    """
    if isinstance(fact, Event):
        return EVENT_VARIANTS
    if isinstance(fact, Figure) and fact.versions:  # its period, when it has one, is not disputed
        return (*DISPUTED_VARIANTS, "period") if fact.period else DISPUTED_VARIANTS
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


def format_fact_once(fact: Fact, variant: str = "default", *, locale: str = "en") -> str:
    """``format_fact``, remembered: a build shows each fact many times (on pages, in the
    register, the timeline and the downloads), and Babel's formatting is the costly part.
    Records are frozen and compared by value, so an edited record is a new key: this can
    never return an old value, even in a long-lived process (sphinx-autobuild)."""
    try:
        return _format_fact_cached(fact, variant, locale)
    except TypeError:  # a record with an unhashable field (a list for a tuple) skips the cache
        return format_fact(fact, variant, locale=locale)


@lru_cache(maxsize=65536)
def _format_fact_cached(fact: Fact, variant: str, locale: str) -> str:
    return format_fact(fact, variant, locale=locale)


# What a sentence needs around a value that CLDR (and so Babel) does not have: Russian's
# prepositional month names ("в апреле"; CLDR has the nominative and the genitive only), the
# words of "in <date>", "on <day>" and of a range of years, and each language's name for
# Pakistan's fiscal year (July to June).  Babel writes the date or number itself.
RUSSIAN_MONTHS_PREPOSITIONAL = (
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)  # fmt: skip


@dataclass(frozen=True)
class SentenceWords:
    """How a language puts a date or period into a sentence ("{}" is the value)."""

    in_year: str  # "in 2017"
    in_month: str  # "in April 2018"
    on_day: str  # "on 10 January 1966"
    years: str  # a range of whole years, "{first}" and "{last}" written in full
    fiscal_year: str  # "{first}" the first year in full, "{next}" the next year's last two digits
    year: str  # one calendar year as a period
    from_to: str  # days of different months: "{first}" without its year where both share it


NNBSP = "\N{NARROW NO-BREAK SPACE}"
SENTENCE_WORDS = {
    "en": SentenceWords(
        in_year="in {}",
        in_month="in {}",
        on_day="on {}",
        years="{first}–{last}",
        fiscal_year="FY{first}-{next}",
        year="{}",
        from_to="from {first} to {last}",
    ),
    "ru": SentenceWords(
        in_year="в {} году",
        in_month="в {}",
        on_day="{}",
        years=f"{{first}}–{{last}}{NNBSP}гг.",
        fiscal_year="{first}/{next} фин.\N{NO-BREAK SPACE}г.",
        year=f"{{}}{NNBSP}г.",
        from_to="с {first} по {last}",
    ),
    "ur": SentenceWords(
        in_year="{} میں",
        in_month="{} میں",
        on_day="{} کو",
        years="{first} تا {last}",
        fiscal_year="مالی سال {first}-{next}",
        year="{}",
        from_to="{first} سے {last} تک",
    ),
}


@dataclass(frozen=True)
class Punctuation:
    """The marks the site's generated lines put between their parts (a citation's, a key
    figure's), with the space that follows them."""

    comma: str = ", "
    semicolon: str = "; "
    full_stop: str = "."


# Urdu's own comma, semicolon and full stop (Babel's Urdu dates and lists use its comma too).
PUNCTUATION = {"ur": Punctuation("، ", "؛ ", "۔")}


def punctuation(locale: str) -> Punctuation:
    """The marks of a language's generated lines.

    >>> punctuation("ur").semicolon, punctuation("ru").semicolon
    ('؛ ', '; ')
    """
    return PUNCTUATION.get(locale.split("_")[0], Punctuation())


def sentence_words(locale: str) -> SentenceWords:
    return SENTENCE_WORDS.get(locale.split("_")[0], SENTENCE_WORDS["en"])


_YEARS = re.compile(r"^(\d{4})[–-](\d{2}|\d{4})$")
_FISCAL_YEAR = re.compile(r"^FY(\d{4})-(\d{2})$")


def format_period(period: str, locale: str = "en") -> str:
    """A figure's or a trade year's period ("2021", "2019–23", "FY2022-23", as the sources
    name it) in the language's own form; anything else as written.

    >>> [format_period(p, "ru").replace("\u202f", "_").replace("\xa0", "_") for p in ("2021", "2019–23", "FY2022-23")]
    ['2021_г.', '2019–2023_гг.', '2022/23 фин._г.']
    >>> [format_period(p, "ur") for p in ("2021", "2019–23", "FY2022-23")]
    ['2021', '2019 تا 2023', 'مالی سال 2022-23']
    >>> [format_period(p) for p in ("2021", "2019–23", "FY2022-23")]
    ['2021', '2019–23', 'FY2022-23']
    """
    if locale.split("_")[0] == "en":
        return period
    words = sentence_words(locale)
    if re.fullmatch(r"\d{4}", period):
        return words.year.format(period)
    if match := _FISCAL_YEAR.match(period):
        return words.fiscal_year.format(first=match.group(1), next=match.group(2))
    if match := _YEARS.match(period):
        first, last = match.groups()
        if len(last) == 2:
            last = first[:2] + last
        return words.years.format(first=first, last=last)
    return period


def _in_date(start: PartialDate, finish: PartialDate | None, locale: str) -> str:
    """ "in April 2018", «в апреле 2018 г.», «в 2017 году», «اپریل 2018 میں»: the date as
    a sentence takes it."""
    words = sentence_words(locale)
    shown = _format_dates("", start, finish, "default", locale)
    if finish is not None and finish != start:
        first, last = start.first_day(), finish.first_day()
        if start.precision is Precision.YEAR:  # "in 1999–2011", «в 1999–2011 гг.»
            return words.in_month.format(shown)
        if (first.year, first.month) != (last.year, last.month):
            # "from 24 September to 10 October 2016", «с 24 сентября по 10 октября 2016 г.»
            dates = _babel(convention(locale).dates)
            own_year = first.year != last.year or start.precision is not Precision.DAY
            return words.from_to.format(
                first=format_date_at_precision(start, locale)
                if own_year
                else format_skeleton("MMMMd", first, locale=dates),
                last=format_date_at_precision(finish, locale),
            )
        return words.on_day.format(shown) if start.precision is Precision.DAY else words.in_month.format(shown)
    if start.precision is Precision.DAY:
        return words.on_day.format(shown)
    if start.precision is Precision.YEAR:
        return words.in_year.format(str(start.year) if locale.split("_")[0] == "ru" else shown)
    if locale.split("_")[0] == "ru":
        assert start.month is not None
        return words.in_month.format(
            f"{RUSSIAN_MONTHS_PREPOSITIONAL[start.month - 1]} {start.year}\N{NARROW NO-BREAK SPACE}г."
        )
    return words.in_month.format(shown)


def format_date_at_precision(date: PartialDate, locale: str = "en") -> str:
    """A date shown only as precisely as it is known.

    >>> format_date_at_precision(PartialDate(1965, 4))
    'April 1965'
    >>> format_date_at_precision(PartialDate(2017))
    '2017'
    """
    day = date.first_day()
    dates = convention(locale).dates
    if date.precision is Precision.DAY:
        return format_date(day, "long", locale=_babel(dates))
    if date.precision is Precision.MONTH:
        return format_skeleton("yMMMM", day, locale=_babel(dates))
    return format_skeleton("y", day, locale=_babel(dates))


def _format_event(event: Event, variant: str, locale: str) -> str:
    if not event.versions:
        return _format_dates(event.id, event.start, event.finish, variant, locale)
    # A disputed event shows each source's date, joined as the language writes "or".
    shown: list[str] = []
    for version in event.versions:
        text = _format_dates(event.id, version.start, version.finish, variant, locale)
        if text not in shown:
            shown.append(text)
    return format_list(shown, style="or", locale=_babel(convention(locale).dates))


def format_date_version(version: DateVersion, locale: str = "en") -> str:
    """One source's dates for a disputed event, as the event would show them alone.

    >>> from pakru_data.model import DateVersion
    >>> format_date_version(DateVersion(date="2017-11-28", end="2017-11-30", sources=(), said_by="A"))
    '28–30 November 2017'
    """
    return _format_dates("", version.start, version.finish, "default", locale)


def _format_dates(fact_id: str, start: PartialDate, finish: PartialDate | None, variant: str, locale: str) -> str:
    if variant == "in":
        return _in_date(start, finish, locale)
    wanted = {"year": Precision.YEAR, "month": Precision.MONTH, "day": Precision.DAY}.get(variant)
    if wanted is not None:
        if _finer_than(wanted, start.precision):
            raise UnknownVariantError(
                f"fact '{fact_id}' is only known to the {start.precision.value}, "
                f"so it cannot be shown to the {wanted.value}; use '{start.precision.value}' or 'year'"
            )
        return format_date_at_precision(_truncate(start, wanted), locale)
    if finish is None or finish == start:
        return format_date_at_precision(start, locale)
    if start.precision is Precision.DAY and finish.precision is Precision.DAY:
        return _day_range(start, finish, locale)
    if start.precision is Precision.YEAR and finish.precision is Precision.YEAR:  # "1999–2011 гг."
        return sentence_words(locale).years.format(first=start.year, last=finish.year)
    skeleton = {"day": "yMMMd", "month": "yMMMM", "year": "y"}[start.precision.value]
    return format_interval(start.first_day(), finish.last_day(), skeleton, locale=_babel(convention(locale).dates))


def _day_range(start: PartialDate, finish: PartialDate, locale: str) -> str:
    """Days of one month as "4–10 January 1966" where the language writes the day first
    (English, Russian, Urdu); otherwise both dates in full, "30 January 2003 – 6 February 2003"."""
    dates = convention(locale).dates
    first, last = start.first_day(), finish.first_day()
    pattern = get_date_format("long", locale=_babel(dates)).pattern
    if (first.year, first.month) == (last.year, last.month) and pattern.startswith("d"):
        return f"{first.day}–{format_date(last, 'long', locale=_babel(dates))}"
    return f"{format_date(first, 'long', locale=_babel(dates))} – {format_date(last, 'long', locale=_babel(dates))}"


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
        return format_period(figure.period, locale)
    if figure.versions:
        lows = [to_decimal(v.value) for v in figure.versions]
        highs = [to_decimal(v.high if v.high is not None else v.value) for v in figure.versions]
        low, high = min(lows), max(highs)
        if variant == "low":
            return format_amount(low, figure, "default", locale)
        if variant == "high":
            return format_amount(high, figure, "default", locale)
        return _amount_range(
            format_amount(low, figure, "default", locale), format_amount(high, figure, "default", locale), locale
        )
    assert figure.amount is not None  # validation guarantees it
    return format_amount(figure.amount, figure, variant, locale)


def _amount_range(low: str, high: str, locale: str) -> str:
    """'$1.5 billion–$3.5 billion'; where amounts are written in words, the words once:
    '1,5–3,5 миллиарда долларов США'.

    >>> _amount_range("1,5\xa0миллиарда долларов США", "3,5\xa0миллиарда долларов США", "ru").replace("\xa0", "_")
    '1,5–3,5_миллиарда долларов США'
    """
    if convention(locale).money_in_words:
        low_number, _, low_words = low.replace("\xa0", " ", 1).partition(" ")
        _, _, high_words = high.replace("\xa0", " ", 1).partition(" ")
        if low_words and low_words == high_words:
            return f"{low_number}–{high}"
    return f"{low}–{high}"


def format_amount(amount: Decimal, figure: Figure, variant: str, locale: str) -> str:
    """One amount in the figure's unit.

    >>> from pakru_data import DATA
    >>> format_amount(Decimal(45000), DATA.facts["oil-first-cargo-tonnes"], "default", "en")
    '45,000 metric tons'
    """
    formatter = _UNIT_FORMATTERS[figure.unit]
    return formatter(amount, figure.currency or "", variant, convention(locale).numbers)


def _money(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    if convention(locale.split("_")[0]).money_in_words:
        return _money_in_words(amount, currency, variant, locale)
    if variant == "short":
        return format_compact_currency(amount, currency, locale=_babel(locale), fraction_digits=1)
    if variant == "full" or amount < 1_000_000:
        return format_currency(amount, currency, locale=_babel(locale), currency_digits=False, format=_whole(locale))
    return _long_compact_money(amount, currency, locale)


def _long_compact_money(amount: Decimal, currency: str, locale: str) -> str:
    """'$2.5 billion', or '2,5 миллиарда долларов США' where the language writes large amounts
    in words: Babel has no long compact currency format, so the symbol goes where the
    locale's own currency pattern puts it, or the currency's name (in the plural that
    follows a large number) after the number."""
    number = _compact(amount, "long", locale)
    language = locale.split("_")[0]
    if convention(language).money_in_words:
        return f"{number}\N{NO-BREAK SPACE}{get_currency_name(currency, count=5, locale=_babel(locale))}"
    symbol = get_currency_symbol(currency, locale=_babel(locale))
    if _currency_pattern(locale).strip().startswith("¤"):
        return f"{symbol}{number}"
    return f"{number}\N{NO-BREAK SPACE}{symbol}"


def _money_in_words(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    """One style in an edition that writes money in words, whatever the variant: the number,
    then the currency's name in the form that follows it ("372 доллара США", "920 млн
    долларов США", "92 کروڑ امریکی ڈالر"), never the symbol beside the words."""
    if variant == "full" or amount < 1_000_000:
        number = format_decimal(amount, locale=_babel(locale), decimal_quantization=False)
        count: Decimal | int = amount
    else:
        length: Literal["short", "long"] = "short" if variant == "short" else "long"
        number = _compact(amount, length, locale)
        count = 5  # after "миллионов", "млн", "کروڑ": the form that follows a large number
    return f"{number}\N{NO-BREAK SPACE}{get_currency_name(currency, count=count, locale=_babel(locale))}"


def _compact(amount: Decimal, length: Literal["short", "long"], locale: str) -> str:
    """A large number in words, to one precision in every edition: two decimals of the
    thousands-based unit ("666.85 million", «666,85 миллиона»), and in lakh and crore the same
    value ("66.685 کروڑ", never the "66.68" two decimals of a crore would give).

    >>> _compact(Decimal("666.85e6"), "long", "ur"), _compact(Decimal("666.85e6"), "long", "en")
    ('66.685 کروڑ', '666.85 million')
    >>> _compact(Decimal("2.476e9"), "long", "ur"), _compact(Decimal("388.492e6"), "long", "ur")
    ('2.48 ارب', '38.849 کروڑ')
    """
    thousands = (len(str(int(amount))) - 1) // 3  # 1: thousand, 2: million, 3: billion…
    shown = amount.quantize(Decimal(1).scaleb(3 * thousands - 2)) if thousands else amount  # two decimals of it
    return format_compact_decimal(shown, format_type=length, locale=_babel(locale), fraction_digits=4)


@cache
def _currency_pattern(locale: str) -> str:
    pattern: str = Locale.parse(locale).currency_formats["standard"].pattern
    return pattern


@cache
def _whole(locale: str, fraction: str = "") -> str:
    """The locale's currency pattern with ``fraction`` for its decimals: '¤#,##0' in English,
    '#,##0 ¤' in Russian (the symbol after the number)."""
    return _currency_pattern(locale).replace(".00", fraction)


# "per tonne" after a price where Babel's compound pattern is not how prices are written
# (Russian's is "{0}/{1}", "372 $/т"; a price is «372 доллара США за тонну»).
PER_TONNE = {"ru": "{} за тонну"}


def _money_per_tonne(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    # Babel's unit names have no money-per-mass compound: the price, per tonne.
    language = locale.split("_")[0]
    if convention(language).money_in_words:
        price = _money_in_words(amount, currency, "default", locale)
        if language in PER_TONNE:
            return PER_TONNE[language].format(price)
        return format_compound_unit(price, denominator_unit="mass-tonne", locale=_babel(locale), length="long") or price
    price = format_currency(
        amount, currency, locale=_babel(locale), currency_digits=False, format=_whole(locale, ".##")
    )
    if variant == "short":
        return f"{price}/t"
    return format_compound_unit(price, denominator_unit="mass-tonne", locale=_babel(locale), length="long") or price


def _percent(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    return format_percent(amount / 100, locale=_babel(locale), decimal_quantization=False)


def _count(amount: Decimal, currency: str, variant: str, locale: str) -> str:
    if _in_lakh(amount, locale):
        return _compact(amount, "long", locale)
    return format_decimal(amount, locale=_babel(locale))


def _in_lakh(amount: Decimal, locale: str) -> bool:
    """Whether a quantity is written in lakh and crore, as the edition writes money ("3 لاکھ
    میٹرک ٹن", not "300,000"): from one lakh up, in a language that writes money in words
    and whose compact numbers Babel writes in lakh and crore (Urdu)."""
    return amount >= 100_000 and convention(locale.split("_")[0]).quantities_in_words


def _unit(babel_unit: str) -> Callable[[Decimal, str, str, str], str]:
    def show(amount: Decimal, currency: str, variant: str, locale: str) -> str:
        length: Literal["short", "long"] = "short" if variant == "short" else "long"
        if convention(locale.split("_")[0]).quantities_in_words:  # Urdu's short units are Latin ("t")
            length = "long"
        if _in_lakh(amount, locale):  # the unit's pattern, with the number in lakh
            number = _compact(amount, "long", locale)
            return format_unit(number, babel_unit, locale=_babel(locale), length=length)
        return format_unit(amount, babel_unit, locale=_babel(locale), length=length)

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
