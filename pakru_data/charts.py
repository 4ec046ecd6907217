"""Bar charts drawn from the data as plain SVG text.  Nothing here knows about Sphinx.

Each chart (a record in :mod:`pakru_data.records.chart_specs`) names the figures it shows; the
bars, their labels, the values written on them and the alternative text all come from
the data through :func:`format_fact`.
The same data always gives the same bytes.

>>> from pakru_data import DATA, format_fact
>>> trade = chart("trade-china-russia", DATA)
>>> [bar.figure.id for bar in trade.bars]
['trade-pak-china-fy2024', 'trade-russia-fy2021-22-total']
>>> [bar.label for bar in trade.bars] == [f"{group}, {bar.figure.period}" for bar, (_, group) in
...                                       zip(trade.bars, DATA.chart_by_id["trade-china-russia"].bars)]
True
>>> all(bar.text == format_fact(bar.figure) for bar in trade.bars)
True
>>> svg(trade) == svg(chart("trade-china-russia", DATA))
True
>>> arms = chart("india-arms-imports-from-russia", DATA)
>>> alt_text(arms).startswith("Bar chart: Russia's share of India's arms imports, by SIPRI period. ")
True
>>> all(f"{bar.label}: {bar.text}" in alt_text(arms) for bar in arms.bars)
True
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import Literal

from pakru_data.dataset import Dataset
from pakru_data.formatting import format_fact, punctuation
from pakru_data.model import Figure

__all__ = ["Bar", "Chart", "TextDirection", "alt_text", "chart", "english", "svg"]

TextDirection = Literal["ltr", "rtl"]


def english(text: str) -> str:
    """The chart's own words as written here: what a caller that translates none passes.
    (The Sphinx adapter passes its catalogue's ``_``; the English is its key.)"""
    return text


@dataclass(frozen=True, slots=True)
class Bar:
    figure: Figure | None  # None for a gap: a period no figure covers (trade series)
    label: str  # "China, FY2023-24"
    text: str  # the value as the pages show it: "$16.2 billion", or why there is no bar
    amount: Decimal | None  # None for a gap, drawn as its label and text with no bar
    series: str = ""  # the named series the bar belongs to, when a drawing holds several (trade)


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    title: str
    bars: tuple[Bar, ...]
    scale: Decimal  # the amount a full-length bar stands for
    locale: str = "en"  # the language its words are in, and so their punctuation


class UnknownChartError(KeyError):
    """A page asked for a chart that the data does not define."""


def chart(chart_id: str, dataset: Dataset, *, locale: str = "en", words: Callable[[str], str] = english) -> Chart:
    """The chart ``chart_id`` with its values taken from ``dataset``; ``words`` translates
    its group names ("China")."""
    spec = dataset.chart_by_id.get(chart_id)
    if spec is None:
        raise UnknownChartError(f"chart '{chart_id}' does not exist; use one of: {', '.join(dataset.chart_by_id)}")
    bars = []  # validation has checked every figure and unit, so these errors only guard misuse
    for fact_id, group in spec.bars:
        figure = dataset.facts[fact_id]
        if not isinstance(figure, Figure) or figure.amount is None:
            raise ValueError(f"chart '{chart_id}': fact '{fact_id}' is not a figure with one amount")
        period = format_fact(figure, "period", locale=locale) if figure.period else ""
        label = punctuation(locale).comma.join(part for part in (words(group) if group else "", period) if part)
        bars.append(Bar(figure, label, format_fact(figure, locale=locale), figure.amount))
    units = {bar.figure.unit for bar in bars if bar.figure is not None}
    if len(units) != 1:
        raise ValueError(f"chart '{chart_id}' mixes units: {', '.join(sorted(units))}")
    top = max(bar.amount for bar in bars if bar.amount is not None)
    scale = Decimal(100) if spec.scale_to_hundred else top
    return Chart(chart_id, spec.title, tuple(bars), max(scale, top), locale)


def alt_text(chart: Chart, words: Callable[[str], str] = english) -> str:
    """What the chart shows, in words, for readers who cannot see it; a drawing of several
    series names each before its bars ("Russia's official figures, calendar years — 2012: …")."""
    groups: list[tuple[str, list[str]]] = []
    for bar in chart.bars:
        if not groups or groups[-1][0] != bar.series:
            groups.append((bar.series, []))
        groups[-1][1].append(f"{bar.label}: {bar.text}")
    semicolon = punctuation(chart.locale).semicolon  # "; ", Urdu's "؛ "
    values = semicolon.join(
        f"{name} — {semicolon.join(shown)}" if name else semicolon.join(shown) for name, shown in groups
    )
    return words("Bar chart: {title}. {values}.").format(title=chart.title, values=values)


def _headings(chart: Chart) -> list[str | None]:
    """For each bar, the series heading drawn above it (the first bar of each named
    series), or None."""
    shown: list[str | None] = []
    previous = ""
    for bar in chart.bars:
        shown.append(bar.series if bar.series and bar.series != previous else None)
        previous = bar.series
    return shown


# Layout, in SVG user units.  Each bar has its label above it, so the chart stays
# legible when it is scaled down to a phone's width.  Left to right, the labels and the bars'
# baseline are at the left; right to left, the whole drawing is mirrored (see svg()).
_WIDTH = 360  # at least; wider when a text needs it (see _drawing_width)
_PAD = 8  # round the drawing: a Nastaliq letter such as ک reaches a few units past its text's start
_LABEL_HEIGHT = 20
_BAR_HEIGHT = 22
_ROW_GAP = 12
_VALUE_ROOM = 118  # room after the end of the longest bar for a short value
_TRACK = _WIDTH - _PAD * 2 - _VALUE_ROOM  # the longest bar's length
_VALUE_GAP = 6  # between a bar's end and its value
_FONT_SIZE = 15  # the text's size in user units (pakru.css: .pakru-chart-svg)


def _text_room(text: str, *, bold: bool = False) -> Decimal:
    """The room a text takes, estimated: no font is at hand here, so each character counts
    as a wide one's average.  The estimate errs wide on purpose: a value cut off at the
    drawing's edge ("945,87 миллиона долл") is worse than a little room to spare."""
    per_character = Decimal("0.62") if bold else Decimal("0.56")
    return len(text) * per_character * _FONT_SIZE


def _bar_length(bar: Bar, scale: Decimal) -> Decimal:
    assert bar.amount is not None
    return max(Decimal(_TRACK) * bar.amount / scale, Decimal(2))  # a tiny value still shows


def _drawing_width(chart: Chart) -> int:
    """The drawing's width: 360, or more when a label, a value after its bar or a gap's text
    would not fit.  The bars keep their lengths; the picture is scaled to the page's column,
    so a wider drawing shows its text a little smaller rather than cut off."""
    ends = [Decimal(_WIDTH - _PAD)]
    ends += [_PAD + _text_room(heading, bold=True) for heading in _headings(chart) if heading]
    for bar in chart.bars:
        ends.append(_PAD + _text_room(bar.label))
        if bar.amount is None:
            ends.append(_PAD + _text_room(bar.text))
        else:
            ends.append(_PAD + _bar_length(bar, chart.scale) + _VALUE_GAP + _text_room(bar.text, bold=True))
    return math.ceil(max(ends) + _PAD)


def _number(value: Decimal | float) -> str:
    """A coordinate with at most one decimal, always written the same way."""
    return f"{Decimal(str(value)).quantize(Decimal('0.1')).normalize():f}"


def svg(chart: Chart, words: Callable[[str], str] = english, *, direction: TextDirection = "ltr") -> str:
    """The chart as an SVG element, to put inline in a page.

    Colours come from CSS classes (``pakru-chart-bar``, text in ``currentColor``), so
    the page's light and dark themes apply; the fill attributes are the fallback.

    ``direction`` is the edition's: ``"rtl"`` mirrors the drawing for a right-to-left
    language.  The labels and the bars' baseline go on the right, each bar grows leftwards
    from it, and its value sits past the bar's left end.  The SVG then carries
    ``direction="rtl"``, so its text is laid out right to left (a value such as
    "8.1 کروڑ امریکی ڈالر" keeps its number at the right) and ``text-anchor``'s default,
    ``start``, is the text's right-hand end: each text's x is where it starts, at the right.
    Left to right, the output is what it always was (no ``direction`` attribute; the page's
    own is ``ltr``).

    >>> from pakru_data import DATA
    >>> picture = svg(chart("trade-china-russia", DATA), direction="rtl")
    >>> 'direction="rtl"' in picture.splitlines()[0]
    True
    """
    if direction not in ("ltr", "rtl"):
        raise ValueError(f"direction must be 'ltr' or 'rtl', not {direction!r}")
    mirrored = direction == "rtl"

    width = _drawing_width(chart)

    def across(x: Decimal | float, length: Decimal | float = 0) -> str:
        """The x of a box ``length`` wide that starts ``x`` from the start side."""
        if not mirrored:
            return _number(x)
        return _number(Decimal(width) - Decimal(str(x)) - Decimal(_number(length)))

    row = _LABEL_HEIGHT + _BAR_HEIGHT + _ROW_GAP
    headings = _headings(chart)
    heading_room = _LABEL_HEIGHT + _ROW_GAP // 2  # a series' name, above its first bar
    height = _PAD * 2 + row * len(chart.bars) - _ROW_GAP + heading_room * sum(1 for h in headings if h)
    title_id, desc_id = f"{chart.id}-title", f"{chart.id}-desc"
    direction_attribute = ' direction="rtl"' if mirrored else ""
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="pakru-chart-svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"{direction_attribute} role="img" aria-labelledby="{title_id} {desc_id}">',
        f'<title id="{title_id}">{escape(chart.title)}</title>',
        f'<desc id="{desc_id}">{escape(alt_text(chart, words))}</desc>',
    ]
    top = _PAD - row
    for bar, heading in zip(chart.bars, headings, strict=True):
        top += row
        if heading:
            lines.append(
                f'<text class="pakru-chart-series" x="{across(_PAD)}" y="{top + 15}" font-weight="bold" '
                f'fill="currentColor">{escape(heading)}</text>'
            )
            top += heading_room
        if bar.amount is None:  # a gap stays a gap: its label, and what is missing, in a muted colour
            lines += [
                '<g class="pakru-chart-row pakru-chart-gap">',
                f'<text class="pakru-chart-label" x="{across(_PAD)}" y="{top + 15}" '
                f'fill="currentColor">{escape(bar.label)}</text>',
                f'<text class="pakru-chart-gap-text" x="{across(_PAD)}" '
                f'y="{_number(top + _LABEL_HEIGHT + _BAR_HEIGHT / 2 + 5)}" '
                f'fill="currentColor">{escape(bar.text)}</text>',
                "</g>",
            ]
            continue
        length = _bar_length(bar, chart.scale)
        bar_top = top + _LABEL_HEIGHT
        middle = bar_top + _BAR_HEIGHT / 2
        lines += [
            f'<g class="pakru-chart-row" data-fact="{escape(bar.figure.id if bar.figure else "")}">',
            f'<text class="pakru-chart-label" x="{across(_PAD)}" y="{top + 15}" '
            f'fill="currentColor">{escape(bar.label)}</text>',
            f'<rect class="pakru-chart-bar" x="{across(_PAD, length)}" y="{bar_top}" width="{_number(length)}" '
            f'height="{_BAR_HEIGHT}" rx="3" fill="#1f5fa8"/>',
            f'<text class="pakru-chart-value" x="{across(_PAD + length + _VALUE_GAP)}" y="{_number(middle + 5)}" '
            f'fill="currentColor">{escape(bar.text)}</text>',
            "</g>",
        ]
    lines.append("</svg>")
    return "\n".join(lines) + "\n"
