"""pakru_data: every fact on the pakru site, in one place.

The records live in plain Python modules in ``records/``, one per kind of record
(``pakru_data.kinds`` declares which).  The first time ``DATA`` is used, they are gathered
and validated; if anything is wrong, a
:class:`DataError` lists every problem with its file and line.

>>> from pakru_data import DATA, format_fact
>>> fact = DATA.facts["tashkent-declaration"]
>>> fact.label
'India and Pakistan sign the Tashkent Declaration, with Soviet mediation'
>>> format_fact(fact)
'10 January 1966'
>>> [source.publisher for source in map(DATA.source_by_id.get, fact.sources)]
['Wikipedia', 'Dawn']
>>> fact.status
<Status.VERIFIED: 'verified'>

A disputed figure keeps every source's value, and shows their range:

>>> format_fact(DATA.facts["pakistan-stream-cost"])
'$1.5 billion–$3.5 billion'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pakru_data.dataset import DataError, Dataset, Problem, today
from pakru_data.formatting import UnknownVariantError, format_fact, variants_of
from pakru_data.loading import current, load
from pakru_data.model import Event, Fact, Figure, Status, Verdict

if TYPE_CHECKING:
    DATA: Dataset

__all__ = [
    "DATA",
    "DataError",
    "Dataset",
    "Event",
    "Fact",
    "Figure",
    "Problem",
    "Status",
    "UnknownVariantError",
    "Verdict",
    "format_fact",
    "load",
    "today",
    "variants_of",
]


def __getattr__(name: str) -> Any:
    # DATA is loaded (and validated) on first use, so that `python -m pakru_data check`
    # can report a broken record instead of failing on import.
    if name == "DATA":
        return current()
    raise AttributeError(f"module 'pakru_data' has no attribute {name!r}")
