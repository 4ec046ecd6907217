"""The text that lives in the records (labels, notes, era titles, headings, chart titles,
correction topics and findings, the words of the relations tables and the trade years, a
source's "read via" and the article's references' findings), translated from a catalogue built from the loaded records.

The English record stays the one source.  ``nox -s translations`` writes the template,
``build/gettext/records.pot``, one entry per field with a context naming the record and the
field, and the record's file and line as its location; it is merged into each language's
``docs/locales/<lang>/LC_MESSAGES/records.po`` like a page's catalogue.  A translation is used
only while its English is the record's English: an edited record shows its English (and
``nox -s translations`` marks the old translation fuzzy) until it is translated again.

>>> from pakru_data.model import Era
>>> era = Era(id="cold-war", title="The Cold War era", start_year=1947, end_year=1991)
>>> fields_of(era)
[('era:cold-war.title', 'The Cold War era')]
>>> catalogue = template([era])
>>> [(m.context, m.id) for m in catalogue if m.id]
[('era:cold-war.title', 'The Cold War era')]
>>> RecordTranslations(None).text("era:cold-war.title", "The Cold War era") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from pakru_data import kinds
from pakru_data.dataset import Dataset

__all__ = ["CATALOGUE", "RecordTranslations", "fields_of", "records_of", "template", "translations_for"]

CATALOGUE = "records"  # docs/locales/<lang>/LC_MESSAGES/records.po; no page has this name


def fields_of(record: object) -> list[tuple[str, str]]:
    """Each translatable field of ``record`` that has text: (context, English)."""
    kind = kinds.find_kind(record)
    if kind is None:  # a record that does not exist (yet), in a page's digest
        return []
    ident = getattr(record, "id", "")
    found = []
    for name in kind.translated:
        english = getattr(record, name, "")
        if isinstance(english, str) and english:
            found.append((f"{kind.name}:{ident}.{name}", english))
    return found


def records_of(dataset: Dataset) -> Iterator[object]:
    """Every record with translatable text, in the order the registry declares their kinds."""
    for record in dataset.records():
        if kinds.kind_of(record).translated:
            yield record


def template(records: Iterable[object]) -> Catalog:
    """The catalogue template of the records' text, each entry at its record's file and line."""
    catalogue = Catalog(project="pakru", copyright_holder="the pakru contributors", fuzzy=False)
    for record in records:
        where = getattr(record, "defined_at", None)
        locations = [(where.path, where.line)] if where is not None else []
        for context, english in fields_of(record):
            catalogue.add(english, locations=locations, context=context)
    return catalogue


def write_template(dataset: Dataset, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, template(records_of(dataset)), width=0, omit_header=True)


class RecordTranslations:
    """One language's translations of the records' text (none: every text stays English)."""

    def __init__(self, catalogue: Catalog | None) -> None:
        self.catalogue = catalogue

    def text(self, context: str, english: str) -> str | None:
        """The translation of ``english`` in ``context``, or None: none, fuzzy, or made for
        an English that the record no longer has."""
        if self.catalogue is None:
            return None
        message = self.catalogue.get(english, context=context)
        if message is None or message.fuzzy or not isinstance(message.string, str) or not message.string:
            return None
        return message.string

    def of(self, record: object) -> list[str | None]:
        """The translations of every field of ``record``: part of the digest of a page that shows it."""
        return [self.text(context, english) for context, english in fields_of(record)]


def translations_for(locale_dir: Path, language: str) -> RecordTranslations:
    """The language's record translations, read again whenever the catalogue changes."""
    path = locale_dir / language / "LC_MESSAGES" / f"{CATALOGUE}.po"
    stamp = path.stat().st_mtime_ns if path.exists() else None
    return _read(path, stamp)


@cache
def _read(path: Path, stamp: int | None) -> RecordTranslations:
    if stamp is None:
        return RecordTranslations(None)
    with path.open("rb") as handle:
        return RecordTranslations(read_po(handle, abort_invalid=False))
