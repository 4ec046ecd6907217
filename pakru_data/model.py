"""The kinds of record pakru keeps, one frozen dataclass each.

Every record has a stable kebab-case ``id`` that pages use, and remembers the file
and line it was written on (``defined_at``), so a problem can be reported where a
contributor will fix it.  Values stay as written (dates as ``"1965-04"`` text,
amounts as text or numbers) and are checked by :mod:`pakru_data.validation`, which
collects every problem instead of stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from pakru_data.dates import PartialDate
from pakru_data.paths import shown_path

__all__ = [
    "ID_PATTERN",
    "PUBLISHED_FIELDS",
    "Agreement",
    "ArticleReference",
    "Basis",
    "Challenge",
    "ChartSpec",
    "ConclusionRow",
    "Correction",
    "DateVersion",
    "Direction",
    "Era",
    "Event",
    "Exercise",
    "Fact",
    "Figure",
    "Location",
    "Opportunity",
    "Partner",
    "Point",
    "SiteChange",
    "Source",
    "SourceKind",
    "Standing",
    "Statistics",
    "Status",
    "TradeYear",
    "Verdict",
    "Version",
    "Visit",
    "corroborates",
    "period_bounds",
]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a record was written: a path relative to the repository, and a line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


def _where_written() -> Location:
    # Called from the dataclass __init__: frame 1 is __init__, frame 2 the caller.
    frame = sys._getframe(2)
    return Location(_shown_file(frame.f_code.co_filename), frame.f_lineno)


@lru_cache(maxsize=256)
def _shown_file(filename: str) -> str:
    """A record module's path as problems show it, found once per module: resolving a path
    asks the file system, and a module may hold thousands of records."""
    return shown_path(Path(filename))


# Every record's id: lowercase letters and digits in words joined by hyphens (kebab-case).
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Status(StrEnum):
    """How sure pakru is of a fact."""

    # corroborated: a read primary source says so, or two read sources from different
    # publishers that are not one release printed twice (see SourceKind, Source.release)
    VERIFIED = "verified"
    CORRECTED = "corrected"  # the original article said otherwise; see its Correction
    DISPUTED = "disputed"  # sources disagree; every version is kept (a figure's values, an event's dates)
    SINGLE_SOURCE = "single-source"  # one read report says so, not yet corroborated; shown with a marker
    UNVERIFIED = "unverified"  # no source found, or only a weak one; shown with a marker


class Verdict(StrEnum):
    """What the sources make of a claim in the original article."""

    WRONG = "wrong"
    IMPRECISE = "imprecise"
    UNVERIFIED = "unverified"


class SourceKind(StrEnum):
    """What kind of work a source is: a primary source alone can make a fact verified."""

    PRIMARY = "primary"  # a government, a ministry, a treaty's text, official statistics, the Kremlin, the UN
    PRESS = "press"  # a newspaper, news agency, broadcaster or news site
    SCHOLARLY = "scholarly"  # a book, a journal, a research institute
    REFERENCE = "reference"  # an encyclopedia or another reference work


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A published work that facts cite.

    When what was read is a copy on another host (a repost, a mirror, an archive),
    ``publisher``, ``title`` and ``published`` describe the original it copies, ``via``
    names the copy that was read, and ``url`` is the copy's address.
    """

    id: str
    kind: SourceKind | None = None  # required: validation asks for it with its choices
    publisher: str
    title: str
    url: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    accessed: str | None = None  # the day its text was read; only a read source makes a fact verified
    via: str = ""  # the copy that was read, when not at the publisher (a repost, a mirror, an archive)
    release: str = ""  # the press release or wire report it prints, named the same in every source that prints it
    note: str = ""
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)

    @property
    def published_date(self) -> PartialDate | None:
        return PartialDate.parse(self.published) if self.published else None


def corroborates(sources: Iterable[Source]) -> bool:
    """Whether ``sources`` make a fact verified: among those someone read (with an
    ``accessed`` date), a primary source, or two from different publishers that are not
    one release printed twice.

    >>> def read(publisher, kind=SourceKind.PRESS, release=""):
    ...     return Source(id="s", kind=kind, publisher=publisher, title="t", accessed="2026-11-29",
    ...                   release=release)
    >>> corroborates([read("Dawn")])
    False
    >>> corroborates([read("President of Russia (Kremlin)", SourceKind.PRIMARY)])
    True
    >>> corroborates([read("Dawn"), read("The Nation")])
    True
    >>> corroborates([read("Dawn", release="moc-2023-10-12"), read("The Nation", release="moc-2023-10-12")])
    False
    """
    read = [source for source in sources if source.accessed]
    if any(source.kind is SourceKind.PRIMARY for source in read):
        return True
    origins = {source.release or source.publisher.strip().casefold() for source in read}
    return len(origins) >= 2


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """What every fact shares: an id, a label, its sources and how sure we are."""

    id: str
    label: str  # what the fact is, in the article's plain words
    status: Status
    sources: tuple[str, ...] = ()
    note: str = ""  # what the sources add, for the register
    as_of: str | None = None  # the date the fact describes the world at
    review_by: str | None = None  # facts that go stale: check again by this date
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)

    kind: str = field(default="fact", init=False)

    @property
    def cited_source_ids(self) -> tuple[str, ...]:
        """Every source the fact cites, each once: its own (a disputed figure adds its
        versions' sources)."""
        return self.sources


@dataclass(frozen=True, slots=True, kw_only=True)
class DateVersion:
    """One source's date for a disputed event: its first day, its last (if several), and who
    gave it."""

    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None = None
    sources: tuple[str, ...]
    said_by: str  # who gave this date, and when, in plain words

    @property
    def start(self) -> PartialDate:
        return PartialDate.parse(self.date)

    @property
    def finish(self) -> PartialDate | None:
        return PartialDate.parse(self.end) if self.end else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Fact):
    """Something that happened on a date (known to a day, a month or a year).

    When sources give different dates, the event is ``Status.DISPUTED`` and keeps each
    source's date in ``versions``; ``date`` is then the earliest version's, so the event
    keeps its place on the timeline."""

    date: str
    end: str | None = None  # for visits, talks and exercises that lasted several days
    era: str  # the id of the history era it belongs to
    versions: tuple[DateVersion, ...] = ()  # a disputed event keeps each source's date
    story: bool = False  # part of the story the history page tells (its era's timeline strip)

    kind: str = field(default="event", init=False)

    @property
    def start(self) -> PartialDate:
        return PartialDate.parse(self.date)

    @property
    def finish(self) -> PartialDate | None:
        return PartialDate.parse(self.end) if self.end else None

    @property
    def cited_source_ids(self) -> tuple[str, ...]:
        ids = list(self.sources)
        for version in self.versions:
            ids += [s for s in version.sources if s not in ids]
        return tuple(ids)


@dataclass(frozen=True, slots=True, kw_only=True)
class Version:
    """One source's value for a disputed figure."""

    value: Decimal | int | str
    sources: tuple[str, ...]
    said_by: str  # who gave this value, and when, in plain words
    high: Decimal | int | str | None = None  # when the source itself gave a range


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure(Fact):
    """A number with its unit: an amount of money, a share, a count, a size."""

    value: Decimal | int | str | None = None  # None only for a disputed figure with versions
    unit: str  # one of pakru_data.formatting.UNITS
    currency: str | None = None  # ISO 4217 code, for money
    period: str = ""  # the period it describes, as sources name it ("FY2022-23", "2019-23")
    versions: tuple[Version, ...] = ()  # disputed figures keep each source's value

    kind: str = field(default="figure", init=False)

    @property
    def cited_source_ids(self) -> tuple[str, ...]:
        ids = list(self.sources)
        for version in self.versions:
            ids += [s for s in version.sources if s not in ids]
        return tuple(ids)

    @property
    def amount(self) -> Decimal | None:
        return None if self.value is None else to_decimal(self.value)


def to_decimal(value: Decimal | int | str | float) -> Decimal:
    """Read a figure's value; raise ValueError for anything that is not a finite number.

    >>> to_decimal("27.82e9")
    Decimal('2.782E+10')
    >>> to_decimal("about 5")
    Traceback (most recent call last):
    ...
    ValueError: 'about 5' is not a number
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a number")
    return number


@dataclass(frozen=True, slots=True, kw_only=True)
class Era:
    """A chapter of the history, as the article divides it."""

    id: str
    title: str
    start_year: int
    end_year: int | None = None  # None: to the present
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Point:
    """A challenge or an opportunity, with the heading its page shows."""

    id: str
    heading: str
    summary: str = ""
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)

    kind: str = field(default="point", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Challenge(Point):
    kind: str = field(default="challenge", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Opportunity(Point):
    kind: str = field(default="opportunity", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConclusionRow:
    """One row of the conclusion table: a challenge and the opportunity that answers it."""

    challenge: str
    opportunity: str
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)

    @property
    def id(self) -> str:
        return f"{self.challenge}/{self.opportunity}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChartSpec:
    """What a bar chart shows: a title, and its figures, each with the name of its group
    (the bar's label is that name and the figure's period)."""

    id: str
    title: str
    bars: tuple[tuple[str, str], ...]  # (figure id, group name; "" for the period alone)
    scale_to_hundred: bool = False  # percentages are drawn out of 100
    note: str = ""  # what a reader should know about the figures side by side
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)

    kind: str = field(default="chart", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """A claim of the original article that the sources contradict or cannot confirm."""

    id: str
    topic: str  # what the claim is about, in a few plain words: the entry's heading
    article_said: str  # the original wording, quoted
    section: str  # the article section it appeared in
    verdict: Verdict
    finding: str  # what the sources say; may use {fact}`id` to show facts
    reviewed: str  # the day pakru published this correction (YYYY-MM-DD)
    facts: tuple[str, ...] = ()  # the facts that hold what the sources say
    sources: tuple[str, ...] = ()
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleReference:
    """One of the original article's own references, and whether it could be found."""

    id: str
    cited_as: str
    found: bool
    finding: str
    sources: tuple[str, ...] = ()
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)


# The fields of a fact that a reader sees as the fact itself: a change to one of them is a
# change to the published fact, which the site owes its readers an entry for (SiteChange).
PUBLISHED_FIELDS = ("date", "end", "value", "versions", "unit", "currency", "status")


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteChange:
    """A change this site made to facts it had published: a value or date, a status, or a
    fact taken off the site.

    ``was`` holds the changed fields as they stood before (``{"date": "1971-01"}``), so the
    old value is shown in every edition exactly as the fact showed it then; a fact taken
    off the site keeps its whole former record in ``removed``.  One change may name several
    facts when one finding changed them all alike (the same ``was``, the same ``why``): a
    rule that relabelled their status, say.  It then has a ``title`` of its own, since no
    one fact's label can head it."""

    id: str
    facts: tuple[str, ...]  # the ids of the facts that changed
    changed: str  # the day the change was published (YYYY-MM-DD)
    title: str = ""  # the heading of a change to several facts (one fact's change is headed by its label)
    was: Mapping[str, object] = field(default_factory=dict, hash=False)  # published fields before
    removed: Fact | None = None  # the record as it stood, for a fact taken off the site
    why: str  # what was wrong, or what a newer source said, in plain words
    sources: tuple[str, ...] = ()  # the sources that settled it (none for a status only lowered)
    commit: str = ""  # the commit that made the change, when it is known
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)

    kind: str = field(default="site-change", init=False)


# The relationship in full: visits, agreements and exercises are events with a
# few more fields, so the timeline, the register, the downloads and every check of an
# event apply to them unchanged; a year of trade is one record that holds up to three
# figures (exports, imports, total), each shown and cited as a fact of its own.


class Direction(StrEnum):
    """Which way a visit went."""

    TO_RUSSIA = "pk-to-ru"  # Pakistan's leader or minister in the USSR or Russia
    TO_PAKISTAN = "ru-to-pk"  # the USSR's or Russia's in Pakistan
    ELSEWHERE = "elsewhere"  # a meeting at a summit (SCO, UN) or in a third country


class Partner(StrEnum):
    """A country whose trade with Pakistan the site follows."""

    RUSSIA = "russia"
    CHINA = "china"

    @property
    def english_name(self) -> str:
        """Its name in English, as the trade figures' labels and the charts' titles give it."""
        return _PARTNER_NAMES[self]


class Standing(StrEnum):
    """Whether an agreement still binds, as far as the sources say."""

    IN_FORCE = "in force"
    SUPERSEDED = "superseded"
    NEVER_RATIFIED = "never ratified"
    UNKNOWN = "unknown"  # no source read says: the honest default


@dataclass(frozen=True, slots=True, kw_only=True)
class Visit(Event):
    """A visit, or a meeting at a summit, by a head of state or government or a foreign
    or defence minister.  ``label`` says it in a few words; the fields below fill the table."""

    who: str  # "Asif Ali Zardari", or both sides for a meeting
    office: str
    direction: Direction
    place: str
    outcome: str = ""  # what came of it, in a few words

    kind: str = field(default="visit", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Agreement(Event):
    """A signed agreement, treaty, protocol or memorandum; ``label`` is its title."""

    place: str = ""  # empty when no source read names it
    what: str  # what it does, in a few words
    standing: Standing = Standing.UNKNOWN

    kind: str = field(default="agreement", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Exercise(Event):
    """One edition of a joint exercise (Druzhba, Arabian Monsoon) or a Russian part in
    a multinational one (AMAN)."""

    name: str  # the series: "Druzhba", "Arabian Monsoon", "AMAN"
    edition: str = ""  # as the sources number it ("III"); empty when none is given
    place: str = ""  # empty when no source read names it

    kind: str = field(default="exercise", init=False)


class Statistics(StrEnum):
    """Whose statistics a trade figure is: with the kind of year, a trade series' basis.

    Figures from two of these never form one series: they count differently (a customs
    record or a bank's payments, one side's books or the other's), so a rise from one to
    the other is a change of source, not of trade."""

    PAKISTAN = "Pakistan's official statistics"  # the Bureau of Statistics, the Ministry of Commerce
    STATE_BANK = "State Bank of Pakistan"
    RUSSIA = "Russia's official figures"  # its customs service, its trade representation, its officials
    CHINA_CUSTOMS = "China's customs"
    BUSINESS_COUNCIL = "Pakistan Business Council"
    LAHORE_CHAMBER = "Lahore Chamber of Commerce and Industry"
    FPCCI = "Federation of Pakistan Chambers of Commerce and Industry"
    NOT_STATED = "whose figures not stated"


@dataclass(frozen=True, slots=True, order=True)
class Basis:
    """One trade statistic: whose figures, and in calendar or (Pakistan's) fiscal years.

    >>> Basis(Statistics.STATE_BANK, fiscal=True).name
    'State Bank of Pakistan, fiscal years (July to June)'
    """

    statistics: Statistics
    fiscal: bool

    @property
    def years(self) -> str:
        return "fiscal years (July to June)" if self.fiscal else "calendar years"

    @property
    def name(self) -> str:
        return f"{self.statistics.value}, {self.years}"

    @property
    def key(self) -> str:
        """A kebab-case key: ``state-bank-fiscal``."""
        return f"{self.statistics.name.lower().replace('_', '-')}-{'fiscal' if self.fiscal else 'calendar'}"


@dataclass(frozen=True, slots=True, kw_only=True)
class TradeYear:
    """Pakistan's trade in goods with one partner in one period, in one statistic.

    Each amount is optional: a value no source gives stays empty (a gap is a gap, never
    computed).  ``period`` is a calendar year ("2014") or a Pakistani fiscal year, July to
    June ("FY2020-21"); with ``statistics`` (whose figures) it makes the row's
    :class:`Basis`, and a series is the rows of one partner and one basis.  Each amount
    becomes a figure with the id ``trade-<id>-exports`` (``-imports``, ``-total``), cited
    like any fact; ``total_fact`` names a figure that already holds the total, instead of a
    copy.
    """

    id: str  # "<partner>-<period>" ("russia-2014", "china-fy2020-21"); "russia-pbc-2014" for a second basis
    partner: Partner
    period: str
    statistics: Statistics | None = None  # whose figures (required: validation asks for it with its choices)
    reported_by: str = ""  # who gave them, when not the statistics' publisher ("the Russian ambassador")
    status: Status
    sources: tuple[str, ...] = ()
    exports: Decimal | int | str | None = None  # Pakistan's exports to the partner
    imports: Decimal | int | str | None = None  # Pakistan's imports from the partner
    total: Decimal | int | str | None = None
    total_fact: str | None = None  # an existing figure that holds this year's total
    currency: str = "USD"
    difference: str = ""  # why the total is not exports plus imports, when it is not
    stated: str = ""  # what the sources say when they give no exact amount ("more than $1 billion")
    note: str = ""
    defined_at: Location = field(default_factory=_where_written, compare=False, repr=False)

    kind: str = field(default="trade-year", init=False)

    MEASURES = ("exports", "imports", "total")

    @property
    def basis(self) -> Basis:
        """Whose statistics, and which kind of year (from ``period``); a row whose
        ``statistics`` is not a :class:`Statistics` (validation reports it) counts as not stated."""
        statistics = self.statistics if isinstance(self.statistics, Statistics) else Statistics.NOT_STATED
        return Basis(statistics, fiscal=str(self.period).startswith("FY"))

    def figure_id(self, measure: str) -> str:
        """The id of this year's figure for ``measure``.

        >>> TradeYear(id="russia-2014", partner=Partner.RUSSIA, period="2014", statistics=Statistics.RUSSIA,
        ...           status=Status.VERIFIED).figure_id("total")
        'trade-russia-2014-total'
        """
        if measure == "total" and self.total_fact:
            return self.total_fact
        return f"trade-{self.id}-{measure}"

    def figures(self) -> list[Figure]:
        """The figures this year gives (not ``total_fact``, which is defined elsewhere)."""
        partner = _PARTNER_NAMES.get(self.partner, str(self.partner))
        labels = {
            "exports": f"Pakistan's exports to {partner}",
            "imports": f"Pakistan's imports from {partner}",
            "total": f"Pakistan–{partner} trade",
        }
        return [
            Figure(
                id=self.figure_id(measure),
                label=f"{labels[measure]} in {self.period}",
                value=value,
                unit="money",
                currency=self.currency,
                period=self.period,
                status=self.status,
                sources=self.sources,
                note=self.note,
                defined_at=self.defined_at,
            )
            for measure, value in ((m, getattr(self, m)) for m in self.MEASURES)
            if value is not None and not (measure == "total" and self.total_fact)
        ]


_PARTNER_NAMES = {Partner.RUSSIA: "Russia", Partner.CHINA: "China"}


_CALENDAR = re.compile(r"^(\d{4})$")
_FISCAL = re.compile(r"^FY(\d{4})-(\d{2})$")


def period_bounds(period: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a trade period, or None if it is not written right.

    >>> period_bounds("2014")
    (datetime.date(2014, 1, 1), datetime.date(2014, 12, 31))
    >>> period_bounds("FY2020-21")
    (datetime.date(2020, 7, 1), datetime.date(2021, 6, 30))
    >>> period_bounds("FY2020-22") is None
    True
    """
    if match := _CALENDAR.match(period):
        year = int(match.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if match := _FISCAL.match(period):
        first = int(match.group(1))
        if (first + 1) % 100 != int(match.group(2)):
            return None
        return dt.date(first, 7, 1), dt.date(first + 1, 6, 30)
    return None
