"""``nox -s translations``: update every catalogue from its template, and report each
language's progress, every broken translation, and every glossary term a translation
writes another way (``--strict`` fails on those too).

Run as ``python -m pakru_data.tools.translations``: it merges Sphinx's page templates into
``docs/locales/<lang>/LC_MESSAGES/<page>.po``, writes and merges the records' template
(``records.pot``) and the extension's words (``pakru.pot``), then prints what is still to do.
Reading catalogues and the rule that a translation keeps its English's roles are
:mod:`pakru_data.catalogues`', which the build uses too.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from pakru_data.catalogues import (
    Progress,
    catalogue_problems,
    checked_catalogues,
    entries,
    glossary_problems,
    interface_catalogue,
    page_catalogues,
    progress,
    read_catalogue,
    records_catalogue,
)
from pakru_data.loading import load
from pakru_data.paths import shown_path
from pakru_data.record_text import write_template


def merge_template(template_path: Path, path: Path, language: str, *, format_flags: bool = False) -> None:
    """Merge a template into the catalogue at ``path``, as msgmerge does: new English entries
    are added untranslated, an English that changed a little keeps its old translation marked
    fuzzy (with the old English as ``#| msgid``), and entries gone from the template are kept
    as obsolete.  The catalogue is made if it does not exist yet.  ``format_flags`` keeps
    ``python-brace-format`` on an English with {placeholders}: right for the extension's
    words, which str.format fills, so that msgfmt --check and a translation platform check
    that a translation keeps each placeholder."""
    template = read_catalogue(template_path)
    if path.exists():
        catalogue = read_catalogue(path)
    else:
        catalogue = Catalog(locale=language, project="pakru", copyright_holder="the pakru contributors")
        catalogue.revision_date = template.creation_date
    before = _contents(catalogue)
    catalogue.update(template, update_header_comment=False, update_creation_date=True)
    if not format_flags:
        for message in catalogue:
            message.flags -= GUESSED_FLAGS
    written = io.BytesIO()
    write_po(written, catalogue, include_previous=True, width=0)
    flags_kept = not format_flags or (path.exists() and _undated(written.getvalue()) == _undated(path.read_bytes()))
    if path.exists() and _contents(catalogue) == before and flags_kept:
        return  # only the template's date is new: leave the file (and git) alone
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(written.getvalue())


def _undated(text: bytes) -> bytes:
    """A catalogue's text without its template's creation date.  (Babel guesses the format
    flags as it reads a catalogue, so whether the file has them is only in its text.)"""
    return b"\n".join(line for line in text.split(b"\n") if not line.startswith(b'"POT-Creation-Date:'))


# Babel guesses a Python format from the braces of {fact} ("21% in" too), even as it reads a
# catalogue: these are MyST roles and prose, and msgfmt --check would reject a faithful
# "21 %" for them.
GUESSED_FLAGS = frozenset({"python-format", "python-brace-format"})


def _contents(catalogue: Catalog) -> list[tuple[object, ...]]:
    """What a catalogue says, its header left out: each entry, where it comes from, its
    flags and previous English, and the obsolete entries."""
    entries = [
        (m.id, m.context, m.string, sorted(m.flags - GUESSED_FLAGS), m.locations, m.previous_id, m.auto_comments)
        for m in catalogue
        if m.id
    ]
    return entries + [(m.id, m.context, m.string) for m in catalogue.obsolete.values()]


def update_catalogues(templates: Path, locale_dir: Path, language: str) -> list[Path]:
    """Merge each page's template (``<page>.pot`` from Sphinx's gettext builder, pages in
    subfolders too) into the language's catalogue (see ``merge_template``).  Catalogues of
    pages that no longer exist are left alone.  The catalogues written."""
    written = []
    folder = locale_dir / language / "LC_MESSAGES"
    for template_path in sorted(templates.rglob("*.pot")):
        name = template_path.relative_to(templates).with_suffix("")  # register/figures-money
        if name.as_posix() == "sphinx":
            # sphinx.pot holds only the words of this project's own templates; the edition's
            # sphinx.po also translates furo's and Sphinx's, kept by hand: never merged away.
            continue
        path = folder / name.with_suffix(".po")
        merge_template(template_path, path, language)
        written.append(path)
    return written


def report(locale_dir: Path, languages: Iterable[str], *, listing: bool = True) -> str:
    """Each language's progress per catalogue and in all, and each entry still to do."""
    lines = []
    for language in languages:
        total = Progress()
        lines.append(f"{language}:")
        for path in page_catalogues(locale_dir, language):
            counts = progress(path)
            total += counts
            lines.append(f"  {path.relative_to(locale_dir / language / 'LC_MESSAGES')}: {counts}")
        lines.append(f"  all pages: {total}")
        records = records_catalogue(locale_dir, language)
        if records.exists():
            lines.append(f"  {records.name} (the records' text): {progress(records)}")
        interface = interface_catalogue(language)
        if interface.exists():
            lines.append(f"  {shown_path(interface)} (the extension's words): {progress(interface)}")
        if listing:
            for path in checked_catalogues(locale_dir, language):
                for entry in entries(path):
                    if entry.state != "translated":
                        english = entry.msgid.replace("\n", " ")
                        english = english if len(english) <= 70 else english[:69] + "…"
                        lines.append(f"  {entry.location}: {entry.state}: {english}")
        for path in checked_catalogues(locale_dir, language):
            for entry, problem in catalogue_problems(path):
                lines.append(f"  {entry.location}: broken translation: {problem}")
        for entry, problem in glossary_problems(locale_dir, language):
            lines.append(f"  {entry.location}: {problem}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pakru_data.tools.translations",
        description="Update the pages' catalogues from Sphinx's templates and print each language's progress.",
    )
    parser.add_argument("--templates", type=Path, help="the gettext builder's output (*.pot); omit to only report")
    parser.add_argument("--locales", type=Path, required=True, help="the catalogues' folder (docs/locales)")
    parser.add_argument("--brief", action="store_true", help="counts only, no list of the entries still to do")
    parser.add_argument(
        "--strict", action="store_true", help="fail when a translation writes a glossary term another way too"
    )
    parser.add_argument(
        "--records-template", type=Path, help="first write the template of the records' text here (records.pot)"
    )
    parser.add_argument(
        "--interface-template", type=Path, help="merge this template of the extension's words (pakru.pot) too"
    )
    parser.add_argument("languages", nargs="+")
    args = parser.parse_args(argv)
    if args.records_template is not None:
        write_template(load(), args.records_template)
    for language in args.languages:
        if args.templates is not None:
            written = update_catalogues(args.templates, args.locales, language)
            print(f"{language}: updated {len(written)} catalogues in {shown_path(args.locales / language)}")
        if args.interface_template is not None:
            merge_template(args.interface_template, interface_catalogue(language), language, format_flags=True)
            print(f"{language}: updated {shown_path(interface_catalogue(language))}")
    print(report(args.locales, args.languages, listing=not args.brief))
    broken = any(
        True
        for language in args.languages
        for p in checked_catalogues(args.locales, language)
        for _ in catalogue_problems(p)
    )
    if args.strict:
        broken = broken or any(True for language in args.languages for _ in glossary_problems(args.locales, language))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
