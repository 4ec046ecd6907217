"""The pages' translations: their catalogues, how far each is translated, and the rule that a
translation keeps every fact of its English.

Each page has one catalogue per language, ``docs/locales/<lang>/LC_MESSAGES/<page>.po``
(Sphinx's ``gettext_compact = False``), whose entries are the page's paragraphs, headings
and list items as Sphinx's gettext builder extracts them.  A translation (msgstr) is parsed
again by MyST in the edition's language, so the facts in it are formatted from the data:
a translator writes ``{fact}`tashkent-declaration``` and never types the date.  That only
holds if the translation keeps every role and link of its English, so this module checks it:

>>> problems_in("Signed on {fact}`tashkent-declaration` ([see](register.md)).",
...             "Подписана {fact}`tashkent-declaraton` ([см.](register.md)).")
['drops {fact}`tashkent-declaration`', 'adds {fact}`tashkent-declaraton`']
>>> problems_in("Signed on {fact}`tashkent-declaration`.", "Подписана {fact}`tashkent-declaration`.")
[]

Link texts may be translated; where a link goes may not change:

>>> problems_in("See the [register](register.md).", "См. [реестр](history.md).")
['drops a link to register.md', 'adds a link to history.md']

Nothing here knows about Sphinx: the build (``pakru_data.sphinxext.translations``) and
``nox -s translations`` (``python -m pakru_data.tools.translations``) both use it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from pakru_data.glossary import glossary_path, read_glossary, uses_another_rendering
from pakru_data.paths import shown_path

__all__ = [
    "Entry",
    "Progress",
    "catalogue_page",
    "catalogue_problems",
    "entries",
    "glossary_problems",
    "page_catalogues",
    "problems_in",
    "progress",
    "read_catalogue",
]

# A MyST role, {name}`content` (or with more backticks), and a Markdown link's target.
ROLE = re.compile(r"\{([A-Za-z][\w:.+-]*)\}(`+)(.+?)\2", re.S)
TITLED_TARGET = re.compile(r"^.*?<([^<>]+)>$", re.S)  # `text <target>`: a role's own text before its target
# A Python format field in the extension's own words ("Verdict: {verdict}"); not a role.
FIELD = re.compile(r"\{(\w+)\}(?!`)")
LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
# Catalogues that are not pages: Sphinx's and furo's interface strings, and the records' text
# (pakru_data.record_text).
RECORDS = "records"
NOT_PAGES = frozenset({"sphinx", RECORDS})
# The extension's own words ("accessed", "read via", badges): pakru_data/sphinxext/locales,
# one pakru.po per language, merged from pakru.pot by `nox -s translations`.
INTERFACE = "pakru"
INTERFACE_LOCALE_DIR = Path(__file__).resolve().parent / "sphinxext" / "locales"


def roles_and_links(text: str) -> Counter[str]:
    """Every role and every link target in ``text``, counted.  A role with its own text
    (``{pakru:correction}`see the correction <id>```) counts by its target alone: the
    translation words the text in its language.  A fact counts by its id alone: a
    translation may show it in the form its sentence needs (``{fact}`id:in``` for
    «в апреле 2018 г.» where the English has ``{fact}`id```), never drop or add one.

    >>> sorted(roles_and_links("{fact}`a` and {fact}`a`, {pakru:correction}`c`, [x](#top)").items())
    [('[](#top)', 1), ('{fact}`a`', 2), ('{pakru:correction}`c`', 1)]
    >>> urdu, english = "{pakru:correction}`تصحیح دیکھیں <mining>`", "{pakru:correction}`see <mining>`"
    >>> roles_and_links(urdu) == roles_and_links(english)
    True
    >>> roles_and_links("в {fact}`mi35m-delivery:in`") == roles_and_links("in {fact}`mi35m-delivery`")
    True
    """
    found: Counter[str] = Counter()
    for match in ROLE.finditer(text):
        content = match.group(3).strip()
        titled = TITLED_TARGET.match(content)
        target = titled.group(1) if titled else content
        if match.group(1) == "fact":
            target = target.split(":", 1)[0].strip()
        found[f"{{{match.group(1)}}}`{target}`"] += 1
    for match in LINK.finditer(text):
        found[f"[]({match.group(1)})"] += 1
    for match in FIELD.finditer(text):
        found[f"{{{match.group(1)}}}"] += 1
    return found


def interface_catalogue(language: str, locale_dir: Path = INTERFACE_LOCALE_DIR) -> Path:
    """The catalogue of the extension's own words in ``language``."""
    return locale_dir / language / "LC_MESSAGES" / f"{INTERFACE}.po"


def _shown(item: str) -> str:
    return f"a link to {item[3:-1]}" if item.startswith("[](") else item


def problems_in(msgid: str, msgstr: str) -> list[str]:
    """What a translation drops or adds among its English's roles and links (none: [])."""
    english, translated = roles_and_links(msgid), roles_and_links(msgstr)
    dropped = [_shown(item) for item in english if english[item] > translated[item]]
    added = [_shown(item) for item in translated if translated[item] > english[item]]
    return [f"drops {item}" for item in dropped] + [f"adds {item}" for item in added]


@dataclass(frozen=True)
class Entry:
    """One entry of a catalogue: where it is, its English, and how far it is translated."""

    path: Path
    line: int
    msgid: str
    msgstr: str
    fuzzy: bool

    @property
    def location(self) -> str:
        return f"{shown_path(self.path)}:{self.line}"

    @property
    def state(self) -> str:
        if not self.msgstr:
            return "untranslated"
        return "fuzzy" if self.fuzzy else "translated"


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, abort_invalid=False)


def entries(path: Path) -> Iterator[Entry]:
    """The catalogue's entries (not its header, nor obsolete ones), in file order."""
    stat = path.stat()
    yield from _entries_as_saved(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _entries_as_saved(path: Path, _mtime_ns: int, _size: int) -> tuple[Entry, ...]:
    """A catalogue parsed once for each saved version of it: a build asks for its progress,
    its problems and its list of entries still to do, and Babel's parsing is slow."""
    found = []
    for message in read_catalogue(path):
        if not message.id or not isinstance(message.id, str):
            continue
        msgstr = message.string if isinstance(message.string, str) else ""
        found.append(Entry(path, _line(message), message.id, msgstr, message.fuzzy))
    return tuple(found)


def _line(message: Message) -> int:
    """The line of the entry's msgid (Babel gives the line of its first ``msgid``)."""
    return int(message.lineno or 0)


def records_catalogue(locale_dir: Path, language: str) -> Path:
    """The catalogue of the records' text (labels, notes, era titles…) in ``language``."""
    return locale_dir / language / "LC_MESSAGES" / f"{RECORDS}.po"


def checked_catalogues(locale_dir: Path, language: str) -> list[Path]:
    """The catalogues whose translations must keep their English's roles, links and fields:
    the pages', the records' (a correction's finding shows facts too) and the extension's."""
    others = [records_catalogue(locale_dir, language), interface_catalogue(language)]
    return page_catalogues(locale_dir, language) + [path for path in others if path.exists()]


def catalogue_page(path: Path, locale_dir: Path, language: str) -> str:
    """The page a catalogue translates: its path under the language's folder, as a docname
    (``register/figures-money`` for ``LC_MESSAGES/register/figures-money.po``)."""
    return path.relative_to(locale_dir / language / "LC_MESSAGES").with_suffix("").as_posix()


def page_catalogues(locale_dir: Path, language: str) -> list[Path]:
    """The language's page catalogues, sorted, those of pages in subfolders too (not Sphinx's
    own ``sphinx.po``, nor the records' text)."""
    folder = locale_dir / language / "LC_MESSAGES"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.po") if catalogue_page(p, locale_dir, language) not in NOT_PAGES)


def catalogue_problems(path: Path) -> Iterator[tuple[Entry, str]]:
    """Each translated entry whose roles or links differ from its English, with what differs.
    Fuzzy entries are not used by the build (the English shows), so they are not checked."""
    for entry in entries(path):
        if entry.state == "translated":
            found = problems_in(entry.msgid, entry.msgstr)
            if found:
                yield entry, "; ".join(found)


@dataclass(frozen=True)
class Progress:
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    def __add__(self, other: Progress) -> Progress:
        return Progress(
            self.translated + other.translated, self.fuzzy + other.fuzzy, self.untranslated + other.untranslated
        )

    def __str__(self) -> str:
        percent = 100 * self.translated // self.total if self.total else 100
        return f"{self.translated} translated, {self.fuzzy} fuzzy, {self.untranslated} untranslated ({percent}%)"


def progress(path: Path) -> Progress:
    counts = Counter(entry.state for entry in entries(path))
    return Progress(counts["translated"], counts["fuzzy"], counts["untranslated"])


def glossary_problems(locale_dir: Path, language: str) -> Iterator[tuple[Entry, str]]:
    """Each translated entry whose English uses a term of the language's glossary
    (``docs/locales/<lang>/glossary.csv``) but whose translation writes it another way."""
    terms = read_glossary(glossary_path(locale_dir, language))
    if not terms:
        return
    for path in checked_catalogues(locale_dir, language):
        for entry in entries(path):
            if entry.state != "translated":
                continue
            for term in uses_another_rendering(entry.msgid, entry.msgstr, terms):
                where = f"{shown_path(term.path)}:{term.line}" if term.path else "the glossary"
                yield (
                    entry,
                    f"glossary: '{term.source}' must be written '{term.target}' ({where}); "
                    "the translation writes it another way: use the glossary's word, or change the glossary",
                )
