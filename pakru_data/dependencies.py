"""What a page depends on, named as a key, and the records behind each key.

A page that shows data notes a key for each thing it shows; the Sphinx domain keeps a
digest of the records behind each key and reads the page again when a digest changes.
The keys are built here, never by hand:

- :func:`record`: one record, by the name pages give its kind (``fact``, ``source``,
  ``point``, ``correction``, ``chart``; see ``RecordKind.linked_as``).  A fact's key covers
  its sources, the corrections that hold it and the site's changes to it too;
- :func:`listed`: a fact a page names (its label, linked to its register entry, and its
  status) without showing its value, as the site's changes list the facts of one finding;
  the register does not count it among the pages that show the fact;
- :func:`era_events` (an era with its events) and :func:`era_heading` (its title and years);
- :func:`written`: a record's code as written in its file;
- :func:`collection`: every record of a collection (``visits``, ``trade``...) or of one of
  the dataset's derived lists (``at_a_glance``);
- :data:`OVERDUE`: the facts past their review date.

>>> record("fact", "tashkent-declaration")
'fact:tashkent-declaration'
>>> collection("visits")
'all:visits'
>>> collection("visitz")
Traceback (most recent call last):
...
ValueError: no collection 'visitz' (did you mean 'visits'?)
"""

from __future__ import annotations

from collections.abc import Iterable

from pakru_data import kinds
from pakru_data.dataset import Dataset, today
from pakru_data.records_as_written import as_written
from pakru_data.suggest import did_you_mean

__all__ = ["OVERDUE", "collection", "era_events", "era_heading", "listed", "record", "records_for", "written"]

OVERDUE = "overdue"
# Lists a page may depend on whole that are not collections: views the dataset derives.
_VIEWS = ("visits", "agreements", "exercises", "at_a_glance")
_MISSING = "missing"  # stands for a record that does not exist (yet): its digest changes once it does


def record(linked_as: str, ident: str) -> str:
    if not kinds.linked_kinds(linked_as):
        raise ValueError(f"no kind of record is linked as {linked_as!r}")
    return f"{linked_as}:{ident}"


def listed(fact_id: str) -> str:
    return f"listed:{fact_id}"


def era_events(era_id: str) -> str:
    return f"era:{era_id}"


def era_heading(era_id: str) -> str:
    return f"era-heading:{era_id}"


def written(ident: str) -> str:
    return f"written:{ident}"


def _collections() -> list[str]:
    """The dataset's collections: the registry's first ones and those of kinds declared later."""
    return list(dict.fromkeys([*kinds.COLLECTIONS, *(kind.collection for kind in kinds.DECLARED.values())]))


def collection(name: str) -> str:
    known = [*_collections(), *_VIEWS]
    if name not in known:
        raise ValueError(f"no collection {name!r}{did_you_mean(name, known)}")
    return f"all:{name}"


def records_for(dataset: Dataset, key: str) -> Iterable[object]:
    """Everything a page shows for ``key``: what its digest is made of."""
    prefix, _, ident = key.partition(":")
    if prefix == "fact":
        fact = dataset.facts.get(ident)
        if fact is None:
            return [_MISSING]
        cited = fact.cited_source_ids
        changes = dataset.changes_of(ident)  # its register entry says when it changed
        return [fact, *(dataset.source_by_id.get(s) for s in cited), *dataset.corrections_of(ident), *changes]
    if prefix == "listed":  # its label and status, from the record
        return [dataset.facts.get(ident, _MISSING)]
    if prefix == "era":  # an era's timeline: the era and its events
        return [dataset.era_by_id.get(ident, _MISSING), *dataset.events_in_era(ident)]
    if prefix == "era-heading":  # an era's years and title only
        return [dataset.era_by_id.get(ident, _MISSING)]
    if prefix == "written":  # the record's code as shown; layout and comments count too
        found = dataset.facts.get(ident) or dataset.source_by_id.get(ident)
        return [as_written(found) if found is not None else _MISSING]
    if prefix == OVERDUE:
        return [fact.id for fact in dataset.due_for_review(today())]
    if prefix == "all":
        return list(dataset.collection(ident) if ident in _collections() else getattr(dataset, ident))
    if prefix in dataset.by_link:
        return [dataset.by_link[prefix].get(ident, _MISSING)]
    return ["unknown key"]
