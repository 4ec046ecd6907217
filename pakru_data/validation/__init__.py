"""Check every record, collecting all problems instead of stopping at the first.

Messages say what must hold, in the form of python/peps' ``check-peps.py``:
``pakru_data/records/events.py:41: event 'tashkent-declaration': date must not be in the future``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from babel.numbers import list_currencies

from pakru_data import kinds
from pakru_data.dataset import Dataset, Problem
from pakru_data.date_versions import check_event_versions
from pakru_data.dates import DateFormatError, PartialDate
from pakru_data.fact_references import FactReference, fact_references
from pakru_data.formatting import MONEY_UNITS, UNITS, UnknownVariantError, format_fact
from pakru_data.model import (
    ID_PATTERN,
    PUBLISHED_FIELDS,
    Basis,
    ChartSpec,
    Correction,
    Era,
    Event,
    Fact,
    Figure,
    SiteChange,
    Source,
    SourceKind,
    Status,
    TradeYear,
    Verdict,
    corroborates,
    to_decimal,
)
from pakru_data.suggest import did_you_mean
from pakru_data.validation import details

__all__ = ["find_problems"]

_ID = re.compile(ID_PATTERN)
SECTIONS = ("introduction", "history", "challenges", "opportunities", "conclusion")  # the article's


def find_problems(data: Dataset, *, today: dt.date) -> list[Problem]:
    """Every problem in ``data``, in file order."""
    problems = [
        *_duplicate_ids(data),
        *_check_sources(data, today),
        *_check_eras(data, today),
        *_check_facts(data, today),
        *_check_points(data),
        *_check_corrections(data, today),
        *_check_charts(data),
        *_check_site_changes(data, today),
        *_check_trade_status(data),
        *details.find_problems(data, today=today),  # visits, agreements, exercises, trade
    ]
    return sorted(problems, key=lambda p: (p.location.path, p.location.line))


def _problem(record: object, kind: str, message: str) -> Problem:
    return Problem(record.defined_at, kind, getattr(record, "id", "?"), message)  # type: ignore[attr-defined]


def _guarded(record: object, kind: str, checks: Iterator[Problem]) -> Iterator[Problem]:
    """The record's problems; a value of a type no check expects becomes one more problem."""
    try:
        yield from checks
    except (TypeError, AttributeError, ValueError) as error:
        yield _problem(
            record,
            kind,
            f"has a field of the wrong type ({error}); write text and dates in quotes, "
            'sources as a tuple such as ("source-id",), and amounts as numbers',
        )


def _duplicate_ids(data: Dataset) -> Iterator[Problem]:
    groups: dict[str, list[Any]] = {
        "fact": [*data.events, *data.figures],
        "source": data.sources,
        "era": data.eras,
        "point": [*data.challenges, *data.opportunities],
        "correction": data.corrections,
        "reference": data.article_references,
        "chart": data.chart_specs,
        "site-change": data.site_changes,
    }
    for kind, records in groups.items():
        counts = Counter(record.id for record in records)
        seen: set[str] = set()
        for record in records:
            shown = kind if isinstance(record, Source) else getattr(record, "kind", kind)
            if not isinstance(record.id, str) or not _ID.match(record.id):
                yield _problem(record, shown, "id must be kebab-case: lower-case letters, digits and single hyphens")
            if counts[record.id] > 1 and record.id in seen:
                yield _problem(record, shown, f"id must be unique; rename this {shown} or remove the duplicate")
            seen.add(record.id)


def _parse(record: object, kind: str, field: str, text: str | None) -> tuple[PartialDate | None, Problem | None]:
    if text is None:
        return None, None
    try:
        return PartialDate.parse(text), None
    except DateFormatError as error:
        return None, _problem(record, kind, f"{field} must be a real date written YYYY, YYYY-MM or YYYY-MM-DD: {error}")


def _not_empty(record: object, kind: str, **fields: str) -> Iterator[Problem]:
    for name, value in fields.items():
        if not str(value or "").strip():
            yield _problem(record, kind, f"{name} must not be empty; write the {kind}'s {name}")


def _check_sources(data: Dataset, today: dt.date) -> Iterator[Problem]:
    for source in data.sources:
        yield from _guarded(source, "source", _check_source(source, today))


def _check_source(source: Source, today: dt.date) -> Iterator[Problem]:
    yield from _not_empty(source, "source", publisher=source.publisher, title=source.title)
    if not isinstance(source.kind, SourceKind):
        yield _problem(source, "source", f"kind must be one of: {KIND_CHOICES}; say what kind of work it is")
    yield from _check_copy(source)
    if source.url is not None and not _is_web_address(source.url):
        yield _problem(
            source,
            "source",
            f"url must be a full http(s) address such as https://example.org/page, not {source.url!r}",
        )
    published, problem = _parse(source, "source", "published", source.published)
    accessed, problem2 = _parse(source, "source", "accessed", source.accessed)
    yield from (p for p in (problem, problem2) if p)
    if published and published.first_day() > today:
        yield _problem(source, "source", f"published must not be in the future (today is {today}); check the year")
    if accessed and accessed.first_day() > today:
        yield _problem(source, "source", f"accessed must not be in the future (today is {today}); check the year")
    if published and accessed and accessed.last_day() < published.first_day():
        yield _problem(source, "source", "accessed must not be before published; give the date you read the source")


KIND_CHOICES = (
    "SourceKind.PRIMARY (a government, ministry, treaty text, official statistics, the Kremlin, the UN), "
    "SourceKind.PRESS, SourceKind.SCHOLARLY, SourceKind.REFERENCE (an encyclopedia)"
)
# Words that say a publisher is a copy's host rather than the original's publisher.
_COPY_WORDS = re.compile(r"\b(copy|copies|mirror|repost|reposted|reproduced|via)\b|^\[", re.IGNORECASE)


def _check_copy(source: Source) -> Iterator[Problem]:
    """A copy read on another host cites the original it copies (its publisher and title,
    and its date where the copy gives it), and says in ``via`` which copy was read."""
    if not isinstance(source.publisher, str) or not isinstance(source.via, str):
        return
    if source.via.strip():
        if _COPY_WORDS.search(source.publisher):
            yield _problem(
                source,
                "source",
                f"is read via a copy ({source.via}), so publisher must name the original's publisher, not the "
                f"copy (it is {source.publisher!r}); write the original's publisher, title and date (published) "
                "as the copy gives them, or, if no original can be named, cite the copy itself (its host in "
                "publisher) and leave via empty",
            )
    elif _COPY_WORDS.search(source.publisher):
        yield _problem(
            source,
            "source",
            f"publisher {source.publisher!r} describes a copy, so it must name the original's publisher "
            "alone and say in via='...' which copy was read (a repost on example.org)",
        )


def _is_web_address(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and "." in parts.netloc and not any(c.isspace() for c in url)


def _check_eras(data: Dataset, today: dt.date) -> Iterator[Problem]:
    previous: Era | None = None
    for era in data.eras:
        yield from _guarded(era, "era", _check_era(era, previous, today))
        previous = era


def _check_era(era: Era, previous: Era | None, today: dt.date) -> Iterator[Problem]:
    """An era's years are whole, not in the future, and follow the era before it."""
    yield from _not_empty(era, "era", title=era.title)
    years = {"start_year": era.start_year, "end_year": era.end_year}
    for name, year in years.items():
        if year is not None and not _is_year(year):
            yield _problem(era, "era", f"{name} must be a year written as a whole number, such as 1947 (not {year!r})")
            return
        if year is not None and year > today.year:
            yield _problem(era, "era", f"{name} must not be in the future (today is {today}); check the year")
    if era.end_year is not None and era.end_year < era.start_year:
        yield _problem(era, "era", "end_year must not be before start_year")
    if previous is None:
        return
    if previous.end_year is None:
        # Checked here, at the era that follows: the open era must be the last in ERAS.
        yield _problem(
            previous,
            "era",
            "end_year may be left out (to the present) only by the last era in ERAS; give it an end_year",
        )
    elif _is_year(previous.end_year) and era.start_year < previous.end_year:
        yield _problem(
            era,
            "era",
            f"start_year must not be before the end_year of the era before it ('{previous.id}', "
            f"{previous.end_year}); eras follow one another in ERAS, oldest first",
        )


def _check_facts(data: Dataset, today: dt.date) -> Iterator[Problem]:
    corrected = {fact_id for correction in data.corrections for fact_id in correction.facts}
    from_trade = _trade_figure_ids(data)
    for fact in [*data.events, *data.figures]:
        yield from _guarded(fact, fact.kind, _check_fact(fact, data, today, corrected, from_trade))


def _trade_figure_ids(data: Dataset) -> set[str]:
    """The figures a trade year makes: their status is the row's, checked on the row."""
    return {
        row.figure_id(measure)
        for row in data.trade
        if isinstance(row, TradeYear)
        for measure in TradeYear.MEASURES
        if not (measure == "total" and row.total_fact)
    }


def _check_fact(
    fact: Fact, data: Dataset, today: dt.date, corrected: set[str], from_trade: set[str]
) -> Iterator[Problem]:
    kind = fact.kind
    yield from _not_empty(fact, kind, label=fact.label)
    if not isinstance(fact.status, Status):
        yield _problem(fact, kind, f"status must be one of: {', '.join(s.value for s in Status)}")
    yield from _check_citations(fact, kind, fact.sources, data)
    if not isinstance(fact.sources, tuple | list):
        return  # the other checks read the sources
    has_versions = isinstance(fact, Figure | Event) and bool(fact.versions)
    if not fact.sources and fact.status is not Status.UNVERIFIED and not has_versions:
        yield _problem(fact, kind, "must cite at least one source, or have status=Status.UNVERIFIED")
    yield from _check_read_source(fact, data, corroborate=fact.id not in from_trade)
    if fact.status is Status.CORRECTED and fact.id not in corrected:
        yield _problem(
            fact,
            kind,
            "is marked corrected, so a correction in pakru_data/records/corrections.py must list it in its facts",
        )
    as_of, p1 = _parse(fact, kind, "as_of", fact.as_of)
    review_by, p2 = _parse(fact, kind, "review_by", fact.review_by)
    yield from (p for p in (p1, p2) if p)
    if as_of and as_of.first_day() > today:
        yield _problem(fact, kind, f"as_of must not be in the future (today is {today}); check the year")
    if as_of and review_by and review_by.first_day() <= as_of.last_day():
        yield _problem(
            fact, kind, "review_by must be after as_of; set it to the date the figure should next be checked"
        )
    if isinstance(fact, Event):
        yield from _check_event(fact, data, today)
    elif isinstance(fact, Figure):
        yield from _check_figure(fact, data)
    yield from _check_text(fact, kind, data, note=fact.note, label=fact.label)


def _check_read_source(fact: Fact, data: Dataset, *, corroborate: bool = True) -> Iterator[Problem]:
    """A fact shown as settled by its sources (verified, corrected or disputed) rests on at
    least one source someone read: one with an ``accessed`` date.  A disputed figure's
    versions count.  Unknown source ids are reported on their own, so only known ones count."""
    if fact.status is Status.UNVERIFIED or not isinstance(fact.status, Status):
        return
    cited = data.cited_sources(fact)
    if cited and not any(source.accessed for source in cited):
        yield _problem(
            fact,
            fact.kind,
            f"is marked {fact.status.value}, so at least one source it cites must have been read "
            f"(have an accessed date in {kinds.files_for('source')}); cite a source you have read, "
            "or set status=Status.UNVERIFIED",
        )
    elif cited and corroborate:
        yield from check_corroboration(fact, fact.kind, fact.status, cited)


def check_corroboration(record: object, kind: str, status: Status, cited: list[Source]) -> Iterator[Problem]:
    """``verified`` means corroborated (:func:`~pakru_data.model.corroborates`), and a record
    whose sources corroborate it says so rather than ``single-source``."""
    if not all(isinstance(source.kind, SourceKind) for source in cited):
        return  # each source without a kind is reported on its own
    if status is Status.VERIFIED and not corroborates(cited):
        yield _problem(
            record,
            kind,
            f"is marked verified, so it must rest on a primary source or on two sources from different "
            f"publishers that are not one release printed twice (it has {_read_origins(cited)}); cite a "
            "primary source or an independent second source you have read, or set status=Status.SINGLE_SOURCE",
        )
    elif status is Status.SINGLE_SOURCE and corroborates(cited):
        yield _problem(
            record,
            kind,
            "is marked single-source, but its sources corroborate it (a primary source, or two publishers); "
            "set status=Status.VERIFIED",
        )


def _read_origins(cited: list[Source]) -> str:
    """What the read sources amount to, in a few words: 'one press source, Dawn'."""
    read = [source for source in cited if source.accessed]
    by_origin: dict[str, Source] = {}
    for source in read:
        by_origin.setdefault(source.release or source.publisher.strip().casefold(), source)
    if len(by_origin) == 1 and len(read) > 1:
        only = next(iter(by_origin.values()))
        return f"{len(read)} sources printing one release, {only.release or only.publisher}"
    only = next(iter(by_origin.values()))
    return f"one {only.kind.value if only.kind else ''} source read, {only.publisher}".replace("one  ", "one ")


def _check_trade_status(data: Dataset) -> Iterator[Problem]:
    """A trade year's status follows the same rule as a fact's (its figures share it)."""
    for row in data.trade:
        sources = getattr(row, "sources", ())
        if not isinstance(sources, tuple | list) or not hasattr(row, "status"):
            continue  # reported by relations_checks
        cited = [data.source_by_id[s] for s in sources if s in data.source_by_id]
        if cited and any(source.accessed for source in cited):
            yield from check_corroboration(row, "trade year", row.status, cited)


def _check_citations(record: object, kind: str, source_ids: Iterable[str], data: Dataset) -> Iterator[Problem]:
    if isinstance(source_ids, str):
        yield _problem(
            record, kind, f"sources must be a tuple of source ids, e.g. ({source_ids!r},) with a trailing comma"
        )
        return
    if not isinstance(source_ids, tuple | list):
        yield _problem(record, kind, f'sources must be a tuple of source ids, e.g. ("source-id",), not {source_ids!r}')
        return
    for source_id in source_ids:
        if source_id not in data.source_by_id:
            yield _problem(
                record,
                kind,
                f"cites source '{source_id}', which must exist in {kinds.files_for('source')}"
                f"{did_you_mean(source_id, data.source_by_id)}",
            )


def _check_event(event: Event, data: Dataset, today: dt.date) -> Iterator[Problem]:
    start, problem = _parse(event, "event", "date", event.date)
    if problem:
        yield problem
    finish, problem = _parse(event, "event", "end", event.end)
    if problem:
        yield problem
    if start and start.first_day() > today:
        yield _problem(event, "event", f"date must not be in the future (today is {today}); check the year")
    if start and finish and finish.last_day() < start.first_day():
        yield _problem(event, "event", "end must not be before date; check both, or leave end out for a one-day event")
    yield from check_event_versions(event, data)
    era = data.era_by_id.get(event.era)
    if era is None:
        yield _problem(
            event,
            "event",
            f"era '{event.era}' must exist in pakru_data/records/eras.py{did_you_mean(event.era, data.era_by_id)}; "
            f"use one of: {', '.join(data.era_by_id)}",
        )
    elif start and start.first_day() <= today and _whole_years(era) and not _within(era, start.year, today):
        yield _problem(
            event, "event", f"date must fall within era '{era.id}' ({era.start_year}–{era.end_year or 'now'})"
        )
    published = [
        s.published_date
        for s in map(data.source_by_id.get, event.sources)
        if s and s.published and _parses(s.published)
    ]
    if start and published and all(p and start.first_day() > p.last_day() for p in published):
        yield _problem(
            event, "event", "date must not be after its sources' dates; cite a source published after the event"
        )


def _is_year(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _whole_years(era: Era) -> bool:
    """Whether the era's years can be compared; the era reports them otherwise."""
    return _is_year(era.start_year) and (era.end_year is None or _is_year(era.end_year))


def _within(era: Era, year: int, today: dt.date) -> bool:
    return era.start_year <= year <= (era.end_year or today.year)


def _parses(text: str) -> bool:
    try:
        PartialDate.parse(text)
    except DateFormatError:
        return False
    return True


def _check_figure(figure: Figure, data: Dataset) -> Iterator[Problem]:
    if figure.unit not in UNITS:
        yield _problem(figure, "figure", f"unit must be one of: {', '.join(UNITS)} (not {figure.unit!r})")
    if figure.unit in MONEY_UNITS:
        if figure.currency not in list_currencies():
            yield _problem(
                figure, "figure", f"currency must be an ISO 4217 code such as 'USD' (not {figure.currency!r})"
            )
    elif figure.currency is not None:
        yield _problem(figure, "figure", f"currency must only be set for money units (unit is {figure.unit!r})")
    if figure.versions:
        if figure.status is not Status.DISPUTED:
            yield _problem(
                figure, "figure", "versions must only be given for a disputed figure (status=Status.DISPUTED)"
            )
        if len(figure.versions) < 2:
            yield _problem(figure, "figure", "a disputed figure must keep at least two versions")
        if figure.value is not None:
            yield _problem(figure, "figure", "value must be left out when versions are given; pages show their range")
        for version in figure.versions:
            yield from _check_amount(figure, version.value, "version value")
            if version.high is not None:
                yield from _check_amount(figure, version.high, "version high")
            if not version.sources:
                yield _problem(figure, "figure", f"version '{version.said_by}' must cite at least one source")
            yield from _check_citations(figure, "figure", version.sources, data)
    else:
        if figure.status is Status.DISPUTED:
            yield _problem(figure, "figure", "a disputed figure must keep each source's value in versions")
        if figure.value is None:
            yield _problem(figure, "figure", "value must be given")
        else:
            yield from _check_amount(figure, figure.value, "value")


def _check_amount(figure: Figure, raw: object, name: str) -> Iterator[Problem]:
    try:
        amount = to_decimal(raw)  # type: ignore[arg-type]
    except ValueError:
        yield _problem(figure, "figure", f'{name} must be a number, such as 920e6 or "27.82e9" (not {raw!r})')
        return
    if amount < 0:
        yield _problem(figure, "figure", f"{name} must not be negative (it is {raw})")
    if figure.unit == "percent" and amount > 100:
        yield _problem(figure, "figure", f"{name} must be a percentage from 0 to 100 (it is {raw})")


def _check_points(data: Dataset) -> Iterator[Problem]:
    for point in [*data.challenges, *data.opportunities]:
        yield from _not_empty(point, point.kind, heading=point.heading)
        yield from _check_text(point, point.kind, data, heading=point.heading, summary=point.summary)
    challenges = {c.id for c in data.challenges}
    opportunities = {o.id for o in data.opportunities}
    used: Counter[str] = Counter()
    for row in data.conclusion:
        if row.challenge not in challenges:
            yield Problem(
                row.defined_at,
                "conclusion row",
                row.id,
                f"challenge '{row.challenge}' must exist in pakru_data/records/points.py CHALLENGES"
                f"{did_you_mean(row.challenge, challenges)}",
            )
        if row.opportunity not in opportunities:
            yield Problem(
                row.defined_at,
                "conclusion row",
                row.id,
                f"opportunity '{row.opportunity}' must exist in pakru_data/records/points.py OPPORTUNITIES"
                f"{did_you_mean(row.opportunity, opportunities)}",
            )
        used.update([row.challenge, row.opportunity])
    for point in [*data.challenges, *data.opportunities]:
        if used[point.id] != 1:
            yield _problem(
                point,
                point.kind,
                f"must appear in exactly one conclusion row (it appears in {used[point.id]}); "
                "pair it with one other point in CONCLUSION in pakru_data/records/points.py",
            )


def _check_corrections(data: Dataset, today: dt.date) -> Iterator[Problem]:
    for correction in data.corrections:
        yield from _guarded(correction, "correction", _check_correction(correction, data, today))
    for reference in data.article_references:
        yield from _not_empty(reference, "reference", cited_as=reference.cited_as, finding=reference.finding)
        yield from _check_citations(reference, "reference", reference.sources, data)


def _check_correction(correction: Correction, data: Dataset, today: dt.date) -> Iterator[Problem]:
    yield from _not_empty(
        correction,
        "correction",
        topic=correction.topic,
        article_said=correction.article_said,
        finding=correction.finding,
    )
    reviewed, problem = _parse(correction, "correction", "reviewed", correction.reviewed)
    if problem:
        yield problem
    elif reviewed and (reviewed.precision.value != "day" or reviewed.first_day() > today):
        yield _problem(correction, "correction", "reviewed must be a past day written YYYY-MM-DD")
    if correction.section not in SECTIONS:
        yield _problem(correction, "correction", f"section must be one of: {', '.join(SECTIONS)}")
    if not isinstance(correction.verdict, Verdict):
        yield _problem(correction, "correction", f"verdict must be one of: {', '.join(v.value for v in Verdict)}")
    for fact_id in correction.facts:
        if fact_id not in data.facts:
            yield _problem(
                correction,
                "correction",
                f"lists fact '{fact_id}', which must exist{did_you_mean(fact_id, data.facts)}",
            )
    yield from _check_citations(correction, "correction", correction.sources, data)
    yield from _check_text(correction, "correction", data, finding=correction.finding)


def _check_site_changes(data: Dataset, today: dt.date) -> Iterator[Problem]:
    for change in data.site_changes:
        yield from _guarded(change, "site-change", _check_site_change(change, data, today))


def _check_site_change(change: SiteChange, data: Dataset, today: dt.date) -> Iterator[Problem]:
    kind = "site-change"
    yield from _not_empty(change, kind, why=change.why)
    changed, problem = _parse(change, kind, "changed", change.changed)
    if problem:
        yield problem
    elif changed and (changed.precision.value != "day" or changed.first_day() > today):
        yield _problem(change, kind, "changed must be a past day written YYYY-MM-DD: the day the change was published")
    yield from _check_changed_facts(change, data)
    if not change.sources and dict(change.was) != {"status": Status.VERIFIED.value}:
        yield _problem(
            change,
            kind,
            "must cite the source that settled the change in sources (only a status taken from verified, "
            "with nothing else changed, may leave them out: the rule for verified settled it)",
        )
    yield from _check_citations(change, kind, change.sources, data)
    yield from _check_text(change, kind, data, why=change.why, title=change.title)


def _check_changed_facts(change: SiteChange, data: Dataset) -> Iterator[Problem]:
    """The facts a change names exist (or, taken off the site, keep their old record), and
    a change of several facts has a title of its own."""
    kind = "site-change"
    if isinstance(change.facts, str) or not change.facts:
        yield _problem(change, kind, 'facts must name the changed facts as a tuple of ids: facts=("<fact-id>",)')
        return
    if len(set(change.facts)) != len(change.facts):
        yield _problem(change, kind, "facts names a fact twice; name each changed fact once")
    if len(change.facts) > 1 and not change.title.strip():
        yield _problem(change, kind, "a change of several facts needs a title: no one fact's label can head it")
    if len(change.facts) == 1 and change.title:
        yield _problem(change, kind, "a change of one fact is headed by the fact's label; leave title out")
    if change.removed is not None:
        if len(change.facts) != 1 or not isinstance(change.removed, Fact) or change.removed.id != change.facts[0]:
            yield _problem(
                change, kind, f"removed must be the record of fact '{change.facts[0]}' as it stood (same id, one fact)"
            )
        if change.was:
            yield _problem(change, kind, "a removed fact keeps its old record in removed; leave was out")
        return
    for fact_id in change.facts:
        fact = data.facts.get(fact_id)
        if fact is None:
            yield _problem(
                change,
                kind,
                f"names fact '{fact_id}', which must exist{did_you_mean(fact_id, data.facts)}; "
                "for a fact taken off the site, give its old record as removed=",
            )
        else:
            yield from _check_was(change, fact)


def _check_was(change: SiteChange, fact: Fact) -> Iterator[Problem]:
    kind = "site-change"
    if not change.was:
        yield _problem(
            change, kind, f"was must give the changed fields as they stood, one of: {', '.join(PUBLISHED_FIELDS)}"
        )
        return
    fields = set(type(fact).__dataclass_fields__)
    unknown = [name for name in change.was if name not in PUBLISHED_FIELDS or name not in fields]
    if unknown:
        yield _problem(
            change,
            kind,
            f"was names {', '.join(map(repr, unknown))}; name only published fields of this {fact.kind}: "
            f"{', '.join(name for name in PUBLISHED_FIELDS if name in fields)}",
        )
        return
    try:
        format_fact(fact)
    except (TypeError, ValueError, DateFormatError, KeyError):
        return  # the fact itself cannot be shown: its own check says why
    try:
        format_fact(dataclasses.replace(fact, **change.was))  # type: ignore[arg-type]
    except (TypeError, ValueError, DateFormatError, KeyError) as error:
        yield _problem(change, kind, f"was must be the fields as the fact had them, which can be shown ({error})")


def _check_charts(data: Dataset) -> Iterator[Problem]:
    for spec in data.chart_specs:
        yield from _guarded(spec, "chart", _check_chart(spec, data))


def _check_chart(spec: ChartSpec, data: Dataset) -> Iterator[Problem]:
    """A chart draws one bar per figure, so each must be a real figure with one amount, and
    the bars must measure the same thing to be compared."""
    yield from _not_empty(spec, "chart", title=spec.title)
    if not spec.bars:
        yield _problem(
            spec, "chart", "must show at least one figure; add (figure id, group) pairs to bars, or remove the chart"
        )
        return
    figures: list[Figure] = []
    for figure_id, _group in spec.bars:
        fact = data.facts.get(figure_id)
        if fact is None:
            known = [figure.id for figure in data.figures]
            yield _problem(
                spec,
                "chart",
                f"shows figure '{figure_id}', which must exist in pakru_data/records/figures.py"
                f"{did_you_mean(figure_id, known)}",
            )
        elif not isinstance(fact, Figure):
            yield _problem(
                spec, "chart", f"shows '{figure_id}', which must be a figure, not an event; a chart draws amounts"
            )
        elif fact.value is None:
            yield _problem(
                spec,
                "chart",
                f"shows figure '{figure_id}', which must have one value to draw (it keeps disputed versions); "
                "chart another figure or leave it out",
            )
        else:
            figures.append(fact)
    measures = sorted({_measure(figure) for figure in figures})
    if len(measures) > 1:
        yield _problem(
            spec,
            "chart",
            f"must show figures of one unit and currency, so its bars compare (it mixes {', '.join(measures)}); "
            "keep figures of one kind, or make two charts",
        )
    bases = {basis.name for figure in figures if (basis := _trade_basis(figure.id, data)) is not None}
    if len(bases) > 1:
        yield _problem(
            spec,
            "chart",
            f"must draw trade figures of one basis, whose statistics and which kind of year, so its bars "
            f"compare (it mixes {'; '.join(sorted(bases))}); chart figures of one basis, or make two charts",
        )
    if spec.scale_to_hundred and any(figure.unit != "percent" for figure in figures):
        yield _problem(spec, "chart", "scale_to_hundred must only be set for a chart of percentages")


def _trade_basis(figure_id: str, data: Dataset) -> Basis | None:
    """The basis of the trade year whose figure ``figure_id`` is (its own or its total_fact)."""
    for row in data.trade:
        if isinstance(row, TradeYear) and figure_id in {row.figure_id(m) for m in TradeYear.MEASURES}:
            return row.basis
    return None


def _measure(figure: Figure) -> str:
    """What a figure's bar measures: its unit, and its currency for money."""
    return f"{figure.unit} in {figure.currency}" if figure.currency else str(figure.unit)


def _check_text(record: object, kind: str, data: Dataset, **texts: str) -> Iterator[Problem]:
    """Fact references inside data text must name real facts and variants."""
    for name, text in texts.items():
        for reference in fact_references(text or ""):
            yield from _check_reference(record, kind, name, reference, data)


def _check_reference(
    record: object, kind: str, field: str, reference: FactReference, data: Dataset
) -> Iterator[Problem]:
    fact: Fact | None = data.facts.get(reference.fact_id)
    if fact is None:
        yield _problem(
            record,
            kind,
            f"{field} shows fact '{reference.fact_id}', which must exist in "
            f"{kinds.files_for('fact')}{did_you_mean(reference.fact_id, data.facts)}",
        )
        return
    try:
        format_fact(fact, reference.variant)
    except UnknownVariantError as error:
        yield _problem(record, kind, f"{field}: {error}")
    except Exception:  # the fact's own problem is reported on the fact
        pass
