"""What one commit's data shows readers, as JSON: the half of `python -m pakru_data diff`
(and of the check's comparison with ``main``) that runs inside that commit.

:mod:`pakru_data.tools.fact_diff` unpacks a commit into a temporary folder and runs this file's
text there with ``python -c``, so the process imports that commit's ``pakru_data`` and
nothing of the other side: the two sides meet only as the JSON this prints.  It therefore
uses only what every version of the package has had (``pakru_data.DATA``, ``format_fact``
and the records' fields), reads anything newer only when it is there, and imports nothing
from the rest of this package at the top.

For every fact it gives the value as each edition shows it, the published fields, status,
sources and where it is written; the other records field by field; the pages that show
each fact (read from the pages' sources, as the register's "Shown on" would list them);
and each edition's catalogue entries that show a fact or translate a record's words.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "ur", "ru")  # as tools/sphinx_command.py's EDITIONS, which older commits lack
PUBLISHED = ("date", "end", "value", "versions", "unit", "currency", "status")  # model.PUBLISHED_FIELDS
OTHER_RECORDS = (
    "sources",
    "eras",
    "challenges",
    "opportunities",
    "corrections",
    "chart_specs",
    "article_references",
    "site_changes",
)
_FACT_ROLE = re.compile(r"\{(?:pakru:)?fact\}`([a-z0-9-]+)(?::[a-z]+)?`")
_DIRECTIVE = re.compile(r"^(`{3,}|:{3,})\{(?:pakru:)?([a-z-]+)\}[ \t]*(.*)$")
# Directives by their names in the pakru domain, and the names older commits gave them.
_RENAMED = {
    "fact-timeline": "timeline",
    "relations-table": "records-table",
    "fact-chart": "chart",
    "corrections-list": "corrections",
    "fact-register": "register",
}
_OPTION = re.compile(r"^:([a-z-]+):[ \t]*(.*)$")


def _facts_of(change: Any) -> list[str]:
    """The facts a site change names (older commits gave one, as ``fact``)."""
    facts = getattr(change, "facts", None)
    return list(facts) if facts is not None else [change.fact]


def plain(value: object) -> Any:
    """A field's value as JSON: enums by value, numbers as text (nothing is rounded)."""
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "defined_at"}
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(getattr(value, "value", value))


def shown(fact: object, language: str) -> str | None:
    """The fact as the edition in ``language`` shows it, if this commit can say."""
    from pakru_data import format_fact

    try:
        return str(format_fact(fact, locale=language))  # type: ignore[arg-type]
    except TypeError:  # a commit from before the editions formats in English only
        return str(format_fact(fact)) if language == "en" else None  # type: ignore[arg-type]


def record_words(record: object) -> dict[str, str]:
    """The record's words that records.po translates, by their catalogue context."""
    try:
        from pakru_data.record_text import fields_of
    except ImportError:
        return {}
    return dict(fields_of(record))


def fact_entry(data: Any, fact: Any) -> dict[str, Any]:
    as_of = data.as_of(fact) if hasattr(data, "as_of") else None
    return {
        "kind": getattr(fact, "kind", type(fact).__name__.lower()),
        "label": fact.label,
        "status": plain(fact.status),
        "sources": list(getattr(fact, "cited_source_ids", fact.sources)),
        "published": {name: plain(getattr(fact, name)) for name in PUBLISHED if hasattr(fact, name)},
        "shown": {language: shown(fact, language) for language in LANGUAGES},
        "as_of": as_of.isoformat() if as_of is not None else None,
        "where": str(getattr(fact, "defined_at", "")),
        "words": record_words(fact),
        "fields": plain(fact),
    }


def other_records(data: Any) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {}
    for collection in OTHER_RECORDS:
        for record in getattr(data, collection, []):
            ident = getattr(record, "id", None)
            if isinstance(ident, str):
                records.setdefault(collection, {})[ident] = {
                    "fields": plain(record),
                    "where": str(getattr(record, "defined_at", "")),
                    "words": record_words(record),
                }
    return records


# Which pages show which facts.


def pages_showing(data: Any, docs: Path) -> dict[str, list[str]]:
    """Each fact's pages (docnames, in name order), read from the pages' MyST sources: a
    {fact} role, and the directives that show facts from the data."""
    pages: dict[str, set[str]] = {}
    for path in sorted(docs.rglob("*.md")):
        if any(part.startswith(("_", ".")) for part in path.relative_to(docs).parts):
            continue
        docname = path.relative_to(docs).with_suffix("").as_posix()
        for fact_id in facts_in_page(data, path.read_text(encoding="utf-8")):
            pages.setdefault(fact_id, set()).add(docname)
    return {fact_id: sorted(names) for fact_id, names in sorted(pages.items())}


def facts_in_page(data: Any, text: str) -> Iterator[str]:
    yield from _FACT_ROLE.findall(text)
    lines = text.splitlines()
    for number, line in enumerate(lines):
        match = _DIRECTIVE.match(line.strip())
        if match:
            options = {}
            for following in lines[number + 1 :]:
                option = _OPTION.match(following.strip())
                if not option:
                    break
                options[option.group(1)] = option.group(2).strip()
            try:
                name = _RENAMED.get(match.group(2), match.group(2))
                yield from facts_of_directive(data, name, match.group(3).strip(), options)
            except (AttributeError, KeyError, TypeError, ValueError):  # a directive this commit reads otherwise
                continue


def facts_of_directive(data: Any, name: str, argument: str, options: dict[str, str]) -> Iterable[str]:
    if name in {"timeline", "event-list"} and options.get("era"):
        kinds = [k.strip() for k in options.get("kinds", "").split(",") if k.strip()]
        return [e.id for e in data.events_in_era(options["era"]) if not kinds or e.kind in kinds]
    if name == "records-table":
        return [record.id for record in getattr(data, argument)]
    if name in {"trade-table", "trade-chart"}:
        return [f.id for row in data.trade if row.partner == argument for f in _trade_figures(data, row)]
    if name == "chart":
        return [figure_id for figure_id, _ in data.chart_by_id[argument].bars]
    if name == "corrections":
        found = []
        for correction in data.corrections:
            found += [*correction.facts, *_FACT_ROLE.findall(correction.finding)]
        return found
    if name == "key-figures":
        found = []
        for partner in sorted({row.partner for row in data.trade}):
            row = data.latest_trade(partner)
            found += [row.figure_id("total")] if row is not None else []
        visit = data.latest_visit
        return [*found, visit.id] if visit is not None else found
    if name == "site-changes":
        return [fact for change in getattr(data, "site_changes", []) for fact in _facts_of(change)]
    if name == "register":
        group = options.get("group")
        if not group:
            return list(data.facts)  # the register's index lists every fact
        group_of = _register_groups().group_of
        return [fact.id for fact in data.facts.values() if group_of(fact) == group]
    return []


def _register_groups() -> Any:
    """How the register groups facts: ``pakru_data/register_groups.py``, or in older commits
    ``sphinxext/register_groups.py`` (which imports only the data), loaded by its path there:
    importing the Sphinx adapter's package would need Sphinx, which `nox -s check` lacks."""
    import importlib.util

    import pakru_data

    try:
        return importlib.import_module("pakru_data.register_groups")
    except ImportError:
        pass
    path = Path(pakru_data.__file__).parent / "sphinxext" / "register_groups.py"
    spec = importlib.util.spec_from_file_location("pakru_register_groups", path)
    if spec is None or spec.loader is None:
        raise KeyError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import would: its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def _trade_figures(data: Any, row: Any) -> list[Any]:
    figures = list(row.figures())
    if row.total_fact and row.total_fact in data.facts:
        figures.append(data.facts[row.total_fact])
    return figures


# The catalogues' entries.


def catalogue_entries(locales: Path) -> dict[str, dict[str, Any]]:
    """Per edition: records.po's entries by context, and every page entry that shows a fact,
    each with its file, line and state (translated, fuzzy or untranslated)."""
    from babel.messages.pofile import read_po

    found: dict[str, dict[str, Any]] = {}
    for language in LANGUAGES[1:]:
        records: dict[str, Any] = {}
        pages: list[dict[str, Any]] = []
        folder = locales / language / "LC_MESSAGES"
        for path in sorted(folder.rglob("*.po")):
            with path.open("rb") as handle:
                catalogue = read_po(handle, abort_invalid=False)
            shown_path = path.relative_to(locales.parent.parent).as_posix()
            for message in catalogue:
                if not message.id or not isinstance(message.id, str):
                    continue
                state = "fuzzy" if message.fuzzy else ("translated" if message.string else "untranslated")
                entry = {"file": shown_path, "line": message.lineno, "state": state, "english": message.id}
                if path.stem == "records" and message.context:
                    records[message.context] = entry
                elif facts := sorted(set(_FACT_ROLE.findall(message.id))):
                    pages.append({**entry, "facts": facts})
        found[language] = {"records": records, "pages": pages}
    return found


def load_data() -> tuple[Any, list[str]]:
    """The commit's dataset, and its problems: a commit whose data its own checks reject
    (the rules grow stricter over time) is still compared, its problems listed."""
    import importlib

    import pakru_data

    try:
        return pakru_data.DATA, []
    except pakru_data.DataError as error:
        problems = [str(problem) for problem in error.problems]
        if not problems or "find_problems" not in vars(importlib.import_module("pakru_data.validation")):
            raise
    # Load again with the checks turned off, wherever this commit's loader looks them up.
    for name in ("pakru_data.validation", "pakru_data.loading", "pakru_data.dataset"):
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "find_problems"):
            setattr(module, "find_problems", lambda *args, **kwargs: [])  # noqa: B010 - any commit's module
    loader = sys.modules.get("pakru_data.loading") or sys.modules["pakru_data.dataset"]
    return loader.load(), problems


def only_this_tree() -> None:
    """Drop the import finders of editable installs (``pip install -e``): they would find a
    module this commit lacks in the installed checkout, mixing the two sides."""
    sys.meta_path[:] = [finder for finder in sys.meta_path if "__editable__" not in repr(finder)]


def imported_elsewhere(root: Path) -> list[str]:
    """pakru_data's modules this process imported from anywhere but ``root``."""
    root = root.resolve()
    found = []
    for name, module in list(sys.modules.items()):
        where = getattr(module, "__file__", None)
        ours = name == "pakru_data" or name.startswith("pakru_data.")
        if ours and where and not Path(where).resolve().is_relative_to(root):
            found.append(name)
    return sorted(found)


def snapshot(root: Path) -> dict[str, Any]:
    only_this_tree()
    data, problems = load_data()
    docs = root / "docs"
    result = {
        "facts": {fact_id: fact_entry(data, fact) for fact_id, fact in data.facts.items()},
        "records": other_records(data),
        "pages": pages_showing(data, docs),
        "catalogues": catalogue_entries(docs / "locales"),
        "problems": problems,
    }
    if elsewhere := imported_elsewhere(root):  # never another tree's code: the two sides must not mix
        raise ImportError(f"imported {', '.join(elsewhere)} from outside {root}")
    return result


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    try:
        result = snapshot(root)
    except Exception as error:  # the other commit's own problem (a DataError lists them): said, not raised
        print(json.dumps({"error": f"{type(error).__name__}: {error}"}))
        return 1
    print(json.dumps(result, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
