"""Import the record modules into one :class:`~pakru_data.dataset.Dataset` and validate it.

A record module that cannot even be imported (a typo in a field name, a missing quote)
is reported like any other problem: at the record's own line, with what to do.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib
import re
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

from pakru_data import kinds
from pakru_data import model as pakru_model
from pakru_data.dataset import DataError, Dataset, Problem, today
from pakru_data.model import Location, TradeYear
from pakru_data.paths import PACKAGE_DIR, shown_path
from pakru_data.suggest import did_you_mean
from pakru_data.validation import find_problems

__all__ = ["current", "load"]

# The one loaded dataset of this process: tests and doctests read it as pakru_data.DATA,
# the Sphinx extension loads it afresh at the start of each build.
_current: Dataset | None = None


def current() -> Dataset:
    """The dataset loaded last, loading it on first use."""
    return _current if _current is not None else load()


def load(*, fresh: bool = False) -> Dataset:
    """Import the record modules and validate them; raise DataError listing every problem.

    ``fresh`` re-imports the modules, for long-lived processes that must see edits.
    """
    lists: dict[str, list[Any]] = {name: [] for name in kinds.COLLECTIONS}
    problems: list[Problem] = []
    for name, declared in kinds.record_modules():
        module = _import_records(f"pakru_data.{name}", fresh, problems)
        if module is None:
            continue
        for kind in declared:
            records = getattr(module, kind.list_name, None)
            if not isinstance(records, list):
                problems.append(
                    Problem(
                        Location(kinds.module_path(name), 1),
                        "record",
                        name.rsplit(".", 1)[-1],
                        f"must define {kind.list_name} = [...], the list of its records; restore the name",
                    )
                )
                continue
            problems += _misplaced(records, kind)
            lists.setdefault(kind.collection, []).extend(records)
    if problems:
        raise DataError(problems)
    # Each year of trade gives its figures (validated, shown and exported as figures).
    lists["figures"] += [figure for row in lists["trade"] if isinstance(row, TradeYear) for figure in row.figures()]
    known = {name: lists.pop(name) for name in kinds.COLLECTIONS}
    dataset = Dataset(**known, others=lists)

    problems = find_problems(dataset, today=today())
    if problems:
        raise DataError(problems)
    global _current
    _current = dataset
    return dataset


def _misplaced(records: list[Any], kind: kinds.RecordKind) -> list[Problem]:
    """A record written in another kind's list: its meaning would depend on the file."""
    expected = kind.record_class.__name__
    return [
        Problem(
            getattr(record, "defined_at", None) or Location(kinds.module_path(kind.defined_in[0]), 1),
            "record",
            str(getattr(record, "id", "?")),
            f"is written as {type(record).__name__}(...) in {kind.list_name}, which holds {kind.plural} only; "
            f"move it to {_file_of(record)}, or write it as {expected}(...)",
        )
        for record in records
        if type(record) is not kind.record_class
    ]


def _file_of(record: object) -> str:
    """The record file of a record's own kind, for the fix."""
    try:
        return kinds.module_path(kinds.kind_of(record).defined_in[0])
    except LookupError:
        return "the file of its kind (pakru_data/kinds.py lists them)"


def _import_records(name: str, fresh: bool, problems: list[Problem]) -> ModuleType | None:
    try:
        if fresh and name in sys.modules:
            return importlib.reload(sys.modules[name])
        return importlib.import_module(name)
    except Exception as error:  # a record that cannot even be built
        problems.append(_problem_from_exception(name, error))
        return None


def _problem_from_exception(module: str, error: Exception) -> Problem:
    """Point at the record's own line, not at the traceback's last frame, and say what to do."""
    location = Location(f"{module.replace('.', '/')}.py", 1)
    names: list[str] = []  # the names the record module defines, for "did you mean"
    record_files = kinds.record_module_files()
    if isinstance(error, SyntaxError) and error.filename:
        location = Location(shown_path(Path(error.filename)), error.lineno or 1)
    else:
        for frame, lineno in traceback.walk_tb(error.__traceback__):
            path = Path(frame.f_code.co_filename).resolve()
            if path.is_relative_to(PACKAGE_DIR) and path.relative_to(PACKAGE_DIR).as_posix() in record_files:
                location = Location(shown_path(path), lineno or 1)
                names = [*frame.f_globals, *dir(builtins)]
    return Problem(location, "record", module.rsplit(".", 1)[1], _what_to_do(error, names))


def _what_to_do(error: Exception, names: list[str]) -> str:
    """The exception's own words, made plain, and the fix."""
    what = str(error)
    if isinstance(error, SyntaxError):
        return (
            f"is not valid Python ({error.msg}); check the brackets, quotes and commas on this line and the line before"
        )
    if isinstance(error, TypeError) and (match := _UNEXPECTED.search(what)):
        record, field_name = match.group(1), match.group(2)
        known = _field_names(record)
        suggestion = did_you_mean(field_name, known)
        return f"{record}() has no field '{field_name}'{suggestion}; use one of: {', '.join(known)}"
    if isinstance(error, TypeError) and ".__init__() missing" in what:
        return f"{what.replace('.__init__()', '()')}; add the missing field"
    if isinstance(error, NameError) and error.name:
        return (
            f"name '{error.name}' is not defined{did_you_mean(error.name, names)}; "
            'put text and dates in quotes ("...") and check the spelling of names'
        )
    if isinstance(error, AttributeError) and error.name and error.obj is not None:
        owner = getattr(error.obj, "__name__", type(error.obj).__name__)
        return f"{owner}.{error.name} does not exist{did_you_mean(error.name, dir(error.obj))}; check the spelling"
    if isinstance(error, ImportError):
        return f"{_IMPORT_PATH.sub('', what)}; import only names that pakru_data.model defines"
    return f"cannot be built: {what.replace('.__init__()', '()')}; check the field names and values"


_UNEXPECTED = re.compile(r"(\w+)\.__init__\(\) got an unexpected keyword argument '(\w+)'")
_IMPORT_PATH = re.compile(r" \([^()]*\.py\)$")


def _field_names(record: str) -> list[str]:
    cls = getattr(pakru_model, record, None)
    if cls is None or not dataclasses.is_dataclass(cls):
        return []
    return [f.name for f in dataclasses.fields(cls) if f.init and f.name != "defined_at"]
