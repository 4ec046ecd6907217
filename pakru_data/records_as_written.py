"""Each record's text exactly as written in its file, for pages that show contributors
a real record: copied by hand, such an example would go stale with the first correction.

>>> from pakru_data import DATA
>>> print(as_written(DATA.facts["tashkent-declaration"]).splitlines()[:2])
['Event(', '    id="tashkent-declaration",']
"""

from __future__ import annotations

import ast
import textwrap
from functools import cache
from typing import Protocol

from pakru_data.model import Location
from pakru_data.paths import REPOSITORY_ROOT

__all__ = ["as_written"]


class Written(Protocol):
    @property
    def defined_at(self) -> Location: ...


def as_written(record: Written) -> str:
    """The call that made ``record`` (``Figure(...)``, ``Source(...)``), dedented."""
    where = record.defined_at
    source = (REPOSITORY_ROOT / where.path).read_text(encoding="utf-8")
    for call in _calls(where.path, source):
        if call.lineno == where.line:
            segment = ast.get_source_segment(source, call, padded=True)
            if segment is not None:
                return textwrap.dedent(segment)
    raise LookupError(f"no record is written at {where}")


@cache
def _calls(path: str, source: str) -> tuple[ast.Call, ...]:
    return tuple(node for node in ast.walk(ast.parse(source, path)) if isinstance(node, ast.Call))
