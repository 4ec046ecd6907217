"""The registry of record kinds: each kind of record is declared here once.

A declaration says what a kind's records are (their class), where they are written (the
record modules and the list each one defines), which collection of the dataset they join,
which of their fields a reader sees as words (translated through ``records.po``), which the
downloads export as a fact's ``details``, and how a page that shows one depends on it (its
link key).  Loading, validation, the downloads, the records' catalogue, the "unknown …"
messages and the Sphinx domain's dependency tracking all read this registry; none keeps a
list of kinds of its own.

Adding a kind is one declaration and one record file:

>>> from pakru_data.model import Event
>>> sorted(k.name for k in kinds_in("events"))
['agreement', 'event', 'exercise', 'visit']
>>> kind_of(DECLARED["visit"].record_class).defined_in
('records.visits',)
>>> where_defined("fact")
'facts are defined in pakru_data/records/events.py, visits.py, agreements.py, exercises.py, figures.py and trade.py'
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pakru_data.model import (
    Agreement,
    ArticleReference,
    Challenge,
    ChartSpec,
    ConclusionRow,
    Correction,
    Era,
    Event,
    Exercise,
    Figure,
    Opportunity,
    SiteChange,
    Source,
    TradeYear,
    Visit,
)

__all__ = [
    "COLLECTIONS",
    "DECLARED",
    "RecordKind",
    "declare",
    "kind_of",
    "kinds_in",
    "module_path",
    "record_module_files",
    "where_defined",
]


@dataclass(frozen=True, slots=True)
class RecordKind:
    """One kind of record, declared once."""

    name: str  # what a record of this kind is called: its context in records.po ("visit")
    record_class: type
    defined_in: tuple[str, ...]  # record modules, under pakru_data ("records.visits")
    list_name: str  # the list each of those modules defines ("VISITS")
    collection: str  # the dataset's list it joins ("events": a visit is an event)
    translated: tuple[str, ...] = ()  # fields a reader sees as words, in records.po
    exported: tuple[str, ...] = ()  # fields the downloads add to a fact's ``details``
    linked_as: str = ""  # how pages name one ({fact}`id` → "fact"), its dependency key's prefix
    yields: str = ""  # how pages name the records it gives (a year of trade gives figures: "fact")
    plural: str = ""  # its name in a sentence, for messages ("visits")


# Every kind, in the order the records' catalogue and the downloads list them.
DECLARED: dict[str, RecordKind] = {}
_KIND_OF_CLASS: dict[type, RecordKind | None] = {}
# The dataset's collections, in the order the records' catalogue lists them; a kind names
# the one it joins.
COLLECTIONS = (
    "events",
    "figures",
    "eras",
    "challenges",
    "opportunities",
    "chart_specs",
    "corrections",
    "trade",
    "article_references",
    "sources",
    "conclusion",
)


def declare(kind: RecordKind) -> RecordKind:
    """Add ``kind`` to the registry; a second kind of the same name or class is a mistake."""
    if kind.name in DECLARED:
        raise ValueError(f"record kind {kind.name!r} is declared twice")
    if any(k.record_class is kind.record_class for k in DECLARED.values()):
        raise ValueError(f"{kind.record_class.__name__} already has a record kind")
    DECLARED[kind.name] = kind
    _KIND_OF_CLASS.clear()
    return kind


def undeclare(name: str) -> None:
    """Take a kind out of the registry again (tests that declare a toy kind)."""
    DECLARED.pop(name, None)
    _KIND_OF_CLASS.clear()


def kind_of(record_or_class: object) -> RecordKind:
    """The declared kind of a record (or a record class): its own class's, else the
    nearest base class's."""
    found = find_kind(record_or_class)
    if found is None:
        name = getattr(record_or_class, "__name__", type(record_or_class).__name__)
        raise LookupError(f"{name} is not a declared record kind (see pakru_data/kinds.py)")
    return found


def find_kind(record_or_class: object) -> RecordKind | None:
    """:func:`kind_of`, or None for anything that is not a record."""
    cls = record_or_class if isinstance(record_or_class, type) else type(record_or_class)
    if cls not in _KIND_OF_CLASS:  # asked for every record of every page's digest: found once per class
        by_class = {kind.record_class: kind for kind in DECLARED.values()}
        _KIND_OF_CLASS[cls] = next((by_class[base] for base in cls.__mro__ if base in by_class), None)
    return _KIND_OF_CLASS[cls]


def kinds_in(collection: str) -> list[RecordKind]:
    """The kinds whose records join ``collection``."""
    return [kind for kind in DECLARED.values() if kind.collection == collection]


def linked_kinds(linked_as: str) -> list[RecordKind]:
    """The kinds that pages name with ``linked_as`` ("fact": events, visits, figures…)."""
    return [kind for kind in DECLARED.values() if kind.linked_as == linked_as]


def module_path(module: str) -> str:
    """A record module's file, as messages show it: ``pakru_data/records/visits.py``."""
    return f"pakru_data/{module.replace('.', '/')}.py"


def record_module_files() -> set[str]:
    """Every record module's file, relative to the package folder (``records/visits.py``)."""
    return {module_path(m).removeprefix("pakru_data/") for kind in DECLARED.values() for m in kind.defined_in}


def files_for(linked_as: str, conjunction: str = "or") -> str:
    """The record files of the kinds pages name with ``linked_as``, as a message lists them:
    ``pakru_data/records/sources/article.py or relations.py``."""
    paths = list(dict.fromkeys(module_path(m) for kind in _named_as(linked_as) for m in kind.defined_in))
    if not paths:
        return f"no record file (no kind of record is linked as '{linked_as}')"
    folder = paths[0].rsplit("/", 1)[0] + "/"
    shown = [paths[0]] + [p.removeprefix(folder) if p.startswith(folder) else p for p in paths[1:]]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} {conjunction} {shown[-1]}"


def where_defined(linked_as: str) -> str:
    """Where a contributor finds (or adds) the records that pages name with ``linked_as``:
    the fix an "unknown …" message ends with."""
    named = _named_as(linked_as)
    plural = named[0].plural if len(named) == 1 else f"{linked_as}s"
    return f"{plural} are defined in {files_for(linked_as, 'and')}"


def _named_as(linked_as: str) -> list[RecordKind]:
    return [kind for kind in DECLARED.values() if linked_as in (kind.linked_as, kind.yields)]


def record_modules() -> Iterator[tuple[str, list[RecordKind]]]:
    """Each record module once, with the kinds it holds, in declaration order."""
    modules: dict[str, list[RecordKind]] = {}
    for kind in DECLARED.values():
        for module in kind.defined_in:
            modules.setdefault(module, []).append(kind)
    yield from modules.items()


# --- The declarations -------------------------------------------------------------------------
# Fields that every fact has (label, note) are translated for each kind of fact; the relations'
# kinds add the words their tables show.

declare(
    RecordKind(
        name="source",
        record_class=Source,
        defined_in=("records.sources.article", "records.sources.relations"),
        list_name="SOURCES",
        collection="sources",
        translated=("via",),  # its publisher and title stay in their own language
        linked_as="source",
        plural="sources",
    )
)
declare(
    RecordKind(
        name="reference",
        record_class=ArticleReference,
        defined_in=("records.article_references",),
        list_name="ARTICLE_REFERENCES",
        collection="article_references",
        translated=("finding",),
        plural="the article's references",
    )
)
declare(
    RecordKind(
        name="era",
        record_class=Era,
        defined_in=("records.eras",),
        list_name="ERAS",
        collection="eras",
        translated=("title",),
        linked_as="era",
        plural="eras",
    )
)
declare(
    RecordKind(
        name="event",
        record_class=Event,
        defined_in=("records.events",),
        list_name="EVENTS",
        collection="events",
        translated=("label", "note"),
        linked_as="fact",
        plural="events",
    )
)
declare(
    RecordKind(
        name="visit",
        record_class=Visit,
        defined_in=("records.visits",),
        list_name="VISITS",
        collection="events",
        translated=("label", "note", "who", "office", "place", "outcome"),
        exported=("who", "office", "direction", "place", "outcome"),
        linked_as="fact",
        plural="visits",
    )
)
declare(
    RecordKind(
        name="agreement",
        record_class=Agreement,
        defined_in=("records.agreements",),
        list_name="AGREEMENTS",
        collection="events",
        translated=("label", "note", "what", "place"),
        exported=("place", "what", "standing"),
        linked_as="fact",
        plural="agreements",
    )
)
declare(
    RecordKind(
        name="exercise",
        record_class=Exercise,
        defined_in=("records.exercises",),
        list_name="EXERCISES",
        collection="events",
        translated=("label", "note", "name", "edition", "place"),
        exported=("place", "name", "edition"),
        linked_as="fact",
        plural="exercises",
    )
)
declare(
    RecordKind(
        name="figure",
        record_class=Figure,
        defined_in=("records.figures",),
        list_name="FIGURES",
        collection="figures",
        translated=("label", "note"),
        linked_as="fact",
        plural="figures",
    )
)
declare(
    RecordKind(
        name="trade-year",
        record_class=TradeYear,
        defined_in=("records.trade",),
        list_name="TRADE",
        collection="trade",
        translated=("reported_by", "stated", "difference", "note"),
        yields="fact",  # each year's amounts are figures (``TradeYear.figures``)
        plural="years of trade",
    )
)
declare(
    RecordKind(
        name="challenge",
        record_class=Challenge,
        defined_in=("records.points",),
        list_name="CHALLENGES",
        collection="challenges",
        translated=("heading", "summary"),
        linked_as="point",
        plural="challenges",
    )
)
declare(
    RecordKind(
        name="opportunity",
        record_class=Opportunity,
        defined_in=("records.points",),
        list_name="OPPORTUNITIES",
        collection="opportunities",
        translated=("heading", "summary"),
        linked_as="point",
        plural="opportunities",
    )
)
declare(
    RecordKind(
        name="conclusion-row",
        record_class=ConclusionRow,
        defined_in=("records.points",),
        list_name="CONCLUSION",
        collection="conclusion",
        plural="the conclusion's rows",
    )
)
declare(
    RecordKind(
        name="correction",
        record_class=Correction,
        defined_in=("records.corrections",),
        list_name="CORRECTIONS",
        collection="corrections",
        translated=("topic", "finding"),
        linked_as="correction",
        plural="corrections",
    )
)
declare(
    RecordKind(
        name="chart",
        record_class=ChartSpec,
        defined_in=("records.chart_specs",),  # checked with the data, so a build never meets a bad one
        list_name="CHART_SPECS",
        collection="chart_specs",
        translated=("title", "note"),
        linked_as="chart",
        plural="charts",
    )
)
# The site's own changes to facts it had published (issue 20): a kind declared after the
# dataset's first collections, so its records are in ``Dataset.others["site_changes"]``
# (``Dataset.site_changes``).
declare(
    RecordKind(
        name="site-change",
        record_class=SiteChange,
        defined_in=("records.site_changes",),
        list_name="SITE_CHANGES",
        collection="site_changes",
        translated=("title", "why"),
        plural="the site's changes",
    )
)
