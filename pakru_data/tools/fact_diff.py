"""What changes for readers between two commits: `python -m pakru_data diff [BASE [HEAD]]`,
and the check that every changed published fact has an entry in the site's changes.

Each side is a snapshot (:mod:`pakru_data.tools.snapshot`) made by that commit's own code, in a
process of its own, from a copy of the commit (``git archive``) in a temporary folder; the
working tree is a side too, when HEAD is not given.  So the diff works across any change to
the code between the two, and never imports one commit's code into the other's process.

Git is run as the ``git`` command (subprocess): the three things needed (``merge-base``,
``rev-parse`` and ``archive``) are one command each, a library such as GitPython would run
the same commands underneath, and `nox -s check` then needs nothing beyond Babel.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pakru_data.paths import REPOSITORY_ROOT
from pakru_data.tools import snapshot

__all__ = ["Compared", "GitError", "Side", "compare", "default_base", "render", "snapshot_of", "unlogged"]

LANGUAGES = snapshot.LANGUAGES
MAIN_BRANCHES = ("main", "origin/main")  # what "where the branch left main" is measured from
_SKIPPED_FIELDS = {"id", "kind"}


class GitError(Exception):
    """A git command failed: its message says which and why."""


def git(root: Path, *arguments: str) -> str:
    result = subprocess.run(["git", "-C", str(root), *arguments], capture_output=True, text=True)
    if result.returncode != 0:
        raise GitError(f"git {' '.join(arguments)}: {result.stderr.strip() or 'failed'}")
    return result.stdout.strip()


def in_git_checkout(root: Path) -> bool:
    try:
        return Path(git(root, "rev-parse", "--show-toplevel")).resolve() == root.resolve()
    except (GitError, OSError):
        return False


def default_base(root: Path) -> tuple[str, str] | None:
    """Where the branch left ``main`` (the merge base with ``main``, else ``origin/main``),
    with the branch's name; None when neither is there."""
    for branch in MAIN_BRANCHES:
        try:
            return git(root, "merge-base", "HEAD", branch), branch
        except GitError:
            continue
    return None


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a commit (or the working tree) and what its data shows."""

    name: str  # as the user named it: "main", "HEAD", "working tree"
    commit: str | None  # None for the working tree
    data: dict[str, Any]

    @property
    def short(self) -> str:
        return self.commit[:7] if self.commit else "working tree"


def snapshot_of(tree: Path) -> dict[str, Any]:
    """The snapshot that ``tree``'s own code makes of its data, in a process of its own."""
    source = Path(snapshot.__file__).read_text(encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", source, str(tree)], cwd=tree, capture_output=True, text=True, env=environment
    )
    try:
        found: dict[str, Any] = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise GitError(f"the data at {tree} could not be read: {result.stderr.strip()[-500:]}") from None
    if "error" in found:
        raise GitError(f"the data at {tree} could not be read: {found['error']}")
    return found


def side(root: Path, name: str | None) -> Side:
    """``name``'s side: a commit unpacked into a temporary folder, or the working tree (None)."""
    if name is None:
        return Side("working tree", None, snapshot_of(root))
    commit = git(root, "rev-parse", "--verify", f"{name}^{{commit}}")
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", commit, "--", "pakru_data", "docs"],
        capture_output=True,
    )
    if archive.returncode != 0:
        raise GitError(f"git archive {name}: {archive.stderr.decode(errors='replace').strip()}")
    with tempfile.TemporaryDirectory(prefix="pakru-diff-") as folder:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            # git's own archive of the repository; the "data" filter where this Python has it
            if hasattr(tarfile, "data_filter"):
                tar.extractall(folder, filter="data")
            else:  # pragma: no cover - Python 3.11 before 3.11.4
                tar.extractall(folder)
        return Side(name, commit, snapshot_of(Path(folder)))


# Comparing two snapshots.


@dataclass
class RecordChange:
    """One record added, removed or changed, with its fields before and after."""

    collection: str  # "facts", "sources", "corrections", ...
    id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)  # (name, old, new)

    @property
    def what(self) -> str:
        return "added" if self.before is None else "removed" if self.after is None else "changed"

    @property
    def kind(self) -> str:
        record = self.after or self.before or {}
        kind = record.get("kind") or record.get("fields", {}).get("kind")
        return str(kind or self.collection.rstrip("s").replace("_", " "))

    @property
    def where(self) -> str:
        return str((self.after or self.before or {}).get("where", ""))


@dataclass
class Compared:
    base: Side
    head: Side
    changes: list[RecordChange]


def compare(base: Side, head: Side) -> Compared:
    changes = list(_changed(("facts",), base.data["facts"], head.data["facts"]))
    collections = sorted(set(base.data["records"]) | set(head.data["records"]))
    for collection in collections:
        changes += _changed(
            (collection,), base.data["records"].get(collection, {}), head.data["records"].get(collection, {})
        )
    return Compared(base, head, changes)


def _changed(path: tuple[str], before: dict[str, Any], after: dict[str, Any]) -> Iterator[RecordChange]:
    for ident in sorted(set(before) | set(after)):
        old, new = before.get(ident), after.get(ident)
        if old is None or new is None:
            yield RecordChange(path[0], ident, old, new)
            continue
        old_fields, new_fields = old.get("fields", {}), new.get("fields", {})
        fields = [
            (name, old_fields.get(name), new_fields.get(name))
            for name in sorted(set(old_fields) | set(new_fields))
            if name not in _SKIPPED_FIELDS and old_fields.get(name) != new_fields.get(name)
        ]
        if fields or old.get("shown") != new.get("shown"):
            yield RecordChange(path[0], ident, old, new, fields)


# The entries a published change owes: see pakru_data/records/site_changes.py.


@dataclass(frozen=True)
class Unlogged:
    """A published fact changed (or removed) with no entry in the site's changes."""

    where: str
    kind: str
    id: str
    fields: tuple[tuple[str, Any, Any], ...]  # (field, before, after); empty when removed
    base: str

    def message(self, today: str) -> str:
        if not self.fields:
            what = f"was taken off the site (it was published at {self.base})"
            was = f"removed=<its record as it stood at {self.base}>"
        else:
            what = "; ".join(
                f"{name} changed from {_shown(old)} (at {self.base}) to {_shown(new)}" for name, old, new in self.fields
            )
            was = "was={" + ", ".join(f'"{name}": {_shown(old)}' for name, old, _ in self.fields) + "}"
        return (
            f"{self.where}: {self.kind} '{self.id}': {what} with no entry in the site's changes; every change "
            f'to a published value, date or status needs one: add SiteChange(id="{self.id}-<what changed>", '
            f'facts=("{self.id}",), changed="{today}", {was}, why="<what was wrong>", sources=("<source-id>",)) '
            "to SITE_CHANGES in pakru_data/records/site_changes.py"
        )


def _shown(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _plain_text(value: object) -> str:
    return json.dumps(_as_text(value), sort_keys=True, ensure_ascii=False)


def _as_text(value: object) -> object:
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    return None if value is None else str(value)


def unlogged(compared: Compared) -> list[Unlogged]:
    """Every fact whose published fields changed between the two sides, or that was taken
    off, without an entry in the head's site changes that says what it was at the base."""
    base, head = compared.base.data, compared.head.data
    entries = [entry["fields"] for entry in head["records"].get("site_changes", {}).values()]
    found = []
    for ident, before in sorted(base["facts"].items()):
        after = head["facts"].get(ident)
        if after is None:
            if not any(ident in _facts_named(e) and e.get("removed") for e in entries):
                found.append(
                    Unlogged(
                        before["where"] + f" (at {compared.base.name})", before["kind"], ident, (), compared.base.name
                    )
                )
            continue
        old, new = before["published"], after["published"]
        fields = tuple(
            (name, old.get(name), new.get(name))
            for name in old
            if name in new and _plain_text(old[name]) != _plain_text(new[name])
        )
        if fields and not any(_logs(entry, ident, fields) for entry in entries):
            found.append(Unlogged(after["where"], after["kind"], ident, fields, compared.base.name))
    return found


def _facts_named(entry: dict[str, Any]) -> list[str]:
    """The facts an exported site change names (older commits gave one, as ``fact``)."""
    return list(entry.get("facts") or ([entry["fact"]] if entry.get("fact") else []))


def _logs(entry: dict[str, Any], ident: str, fields: tuple[tuple[str, Any, Any], ...]) -> bool:
    was = entry.get("was") or {}
    return ident in _facts_named(entry) and all(
        name in was and _plain_text(was[name]) == _plain_text(old) for name, old, _ in fields
    )


# Showing a comparison: plain text for a terminal, Markdown for a pull request.


def render(compared: Compared, markdown: bool = False) -> str:
    lines = _Writer(compared, markdown).lines()
    return "\n".join(lines) + "\n"


class _Writer:
    def __init__(self, compared: Compared, markdown: bool) -> None:
        self.compared = compared
        self.markdown = markdown

    def gap(self) -> Iterator[str]:
        """A blank line before a new paragraph in Markdown, which would join a list above it."""
        if self.markdown:
            yield ""

    def code(self, text: str) -> str:
        return f"`{text}`" if self.markdown else text

    def lines(self) -> Iterator[str]:
        compared = self.compared
        base, head = compared.base, compared.head
        facts = [c for c in compared.changes if c.collection == "facts"]
        others = [c for c in compared.changes if c.collection != "facts"]
        title = f"What changes for readers: {base.name} ({base.short}) → {head.name} ({head.short})"
        yield f"## {title}" if self.markdown else title
        yield ""
        counts = {what: sum(1 for c in facts if c.what == what) for what in ("changed", "added", "removed")}
        yield (
            f"{counts['changed']} fact(s) changed, {counts['added']} added, {counts['removed']} removed; "
            f"{len(others)} other record(s) changed."
        )
        for each in (base, head):
            if each.data.get("problems"):
                yield ""
                count = len(each.data["problems"])
                yield f"The data at {each.name} has {count} problem(s) of its own (compared all the same)."
        missing = unlogged(compared)
        if missing:
            yield ""
            yield (
                f"**{len(missing)} published change(s) without an entry in the site's changes** (the check fails):"
                if self.markdown
                else f"{len(missing)} published change(s) without an entry in the site's changes (the check fails):"
            )
            for problem in missing:
                yield f"- {self.code(problem.kind + ' ' + problem.id)}"
        for change in facts:
            yield ""
            yield from self.fact(change)
        if others:
            yield ""
            yield "### Other records" if self.markdown else "Other records:"
            for change in others:
                yield from self.other(change)

    def fact(self, change: RecordChange) -> Iterator[str]:
        heading = f"{change.kind} {self.code(change.id)} {change.what} ({self.code(change.where)})"
        yield f"### {heading}" if self.markdown else heading
        before, after = change.before or {}, change.after or {}
        rows: list[tuple[str, str, str]] = []
        for name, old, new in change.fields:
            if name not in {"sources", "status"}:
                rows.append((name, _value(old), _value(new)))
        for language in LANGUAGES:
            old_text = (before.get("shown") or {}).get(language)
            new_text = (after.get("shown") or {}).get(language)
            if change.what != "changed" or old_text != new_text:
                rows.append((f"as shown ({language})", _value(old_text), _value(new_text)))
        rows.append(("status", _value(before.get("status")), _value(after.get("status"))))
        rows.append(("sources", _list(before.get("sources")), _list(after.get("sources"))))
        if self.markdown:
            yield ""
            yield "| | before | after |"
            yield "| --- | --- | --- |"
            yield from (f"| {name} | {_cell(old)} | {_cell(new)} |" for name, old, new in rows)
            yield ""
        else:
            width = max(len(name) for name, _, _ in rows)
            for name, old, new in rows:
                yield (
                    f"  {name.ljust(width)}  {old} → {new}"
                    if old != new
                    else f"  {name.ljust(width)}  {new} (unchanged)"
                )
        yield from self.pages(change)
        yield from self.translations(change)
        yield from self.entry(change)

    def pages(self, change: RecordChange) -> Iterator[str]:
        pages = sorted(
            set(self.compared.base.data["pages"].get(change.id, []))
            | set(self.compared.head.data["pages"].get(change.id, []))
        )
        label = "**Shown on**" if self.markdown else "  shown on"
        if not pages:
            yield f"{label}: no page"
            return
        yield f"{label}:"
        for language in LANGUAGES:
            prefix = "" if language == LANGUAGES[0] else f"{language}/"
            shown = ", ".join(self.code(f"{prefix}{page}.html") for page in pages)
            yield f"{'- ' if self.markdown else '    '}{language}: {shown}"

    def translations(self, change: RecordChange) -> Iterator[str]:
        before, after = change.before or {}, change.after or {}
        old_words, new_words = before.get("words", {}), after.get("words", {})
        catalogues = self.compared.head.data["catalogues"]
        behind: list[str] = []
        showing: list[str] = []
        for language in LANGUAGES[1:]:
            records = catalogues.get(language, {}).get("records", {})
            for context in sorted(set(old_words) | set(new_words)):
                if old_words.get(context) == new_words.get(context):
                    continue
                entry = records.get(context)
                where = (
                    f"{entry['file']}:{entry['line']}" if entry else f"docs/locales/{language}/LC_MESSAGES/records.po"
                )
                if context not in new_words:
                    state = "obsolete: the record has no such words now"
                elif entry is None or entry["state"] == "untranslated":
                    state = "untranslated"
                else:
                    state = f"{entry['state']} now; fuzzy after `nox -s translations`, since its English changed"
                behind.append(f"{self.code(where)} {self.code(context)}: {state}")
            for entry in catalogues.get(language, {}).get("pages", []):
                if change.id in entry["facts"]:
                    showing.append(f"{self.code(entry['file'] + ':' + str(entry['line']))} ({entry['state']})")
        bullet = "- " if self.markdown else "    "
        label = "**Translations left behind**" if self.markdown else "  translations left behind"
        yield from self.gap()
        yield f"{label}: {'none' if not behind else ''}".rstrip()
        yield from (f"{bullet}{line}" for line in behind)
        if showing:
            label = "**Translated passages that show it**" if self.markdown else "  translated passages that show it"
            yield from self.gap()
            yield f"{label} (the value comes from the data, so they need no change):"
            yield from (f"{bullet}{line}" for line in showing)

    def entry(self, change: RecordChange) -> Iterator[str]:
        entries = self.compared.head.data["records"].get("site_changes", {})
        old = set(self.compared.base.data["records"].get("site_changes", {}))
        new = [
            ident for ident, entry in entries.items() if change.id in _facts_named(entry["fields"]) and ident not in old
        ]
        if new:
            label = "**Entry in the site's changes**" if self.markdown else "  entry in the site's changes"
            yield from self.gap()
            yield f"{label}: {', '.join(self.code(i) for i in new)}"

    def other(self, change: RecordChange) -> Iterator[str]:
        yield f"- {change.kind} {self.code(change.id)} {change.what} ({self.code(change.where)})"
        for name, old, new in change.fields:
            yield f"  - {name}: {_value(old)} → {_value(new)}"


def _value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _list(values: object) -> str:
    return ", ".join(map(str, values)) if isinstance(values, list) and values else "—"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def run_diff(
    base: str | None, head: str | None, *, markdown: bool = False, root: Path = REPOSITORY_ROOT
) -> tuple[int, str]:
    """`python -m pakru_data diff`: (exit status, what to print)."""
    if not in_git_checkout(root):
        return 2, f"{root}: not a git checkout; `python -m pakru_data diff` compares two commits of one\n"
    try:
        if base is None:
            found = default_base(root)
            if found is None:
                return 2, "no branch main or origin/main to compare with; name one: python -m pakru_data diff BASE\n"
            base_side = side(root, found[0])
            base_side = Side(found[1], base_side.commit, base_side.data)
        else:
            base_side = side(root, base)
        head_side = side(root, head)
    except GitError as error:
        return 2, f"{error}\n"
    return 0, render(compare(base_side, head_side), markdown=markdown)


def check_changes(today: str, *, root: Path = REPOSITORY_ROOT) -> tuple[str, list[str]]:
    """The check's comparison with where the branch left ``main``: a note, and one located
    problem per published fact changed without an entry."""
    if not in_git_checkout(root):
        return "changes: not a git checkout, so published facts were not compared with main", []
    found = default_base(root)
    if found is None:
        return "changes: no branch main or origin/main here, so published facts were not compared with it", []
    commit, branch = found
    try:
        base_side = side(root, commit)
        compared = compare(Side(f"{branch} {commit[:7]}", commit, base_side.data), side(root, None))
    except GitError as error:
        return f"changes: the comparison with {branch} failed: {error}", []
    problems = [problem.message(today) for problem in unlogged(compared)]
    changed = sum(1 for c in compared.changes if c.collection == "facts")
    return f"changes: compared with {branch} at {commit[:7]}: {changed} fact(s) differ", problems
