"""One name for one thing: each language's glossary, and the check that the catalogues keep it.

``docs/locales/<lang>/glossary.csv`` holds, one row each, the people, places, organisations,
exercises and agreements the site names, and its own words (fact, source, verified, corrected,
disputed, the record kinds), with the one way the language writes them.  It is the CSV that
Weblate imports as a glossary (a header row, then ``source``, ``target``, ``context``,
``developer_comments``), so a translation platform shows the same terms to translators.

``nox -s translations`` reports each translated entry whose English uses a term but whose
translation does not write the term's rendering, at the catalogue's file and line;
``--strict`` fails on it.  Russian declines names and Urdu adds endings, so a rendering is
found by the stem of each of its words (all but the last two letters of a long word):
«Пакистанского металлургического комбината» keeps «Пакистанский металлургический комбинат»;
«Национальное собрание» does not keep «Национальная ассамблея».

>>> term = Term(source="National Assembly", target="Национальная ассамблея", context="organisation", line=2)
>>> term.used_in("a minister told the National Assembly")
True
>>> term.kept_in("министр сообщил Национальной ассамблее"), term.kept_in("министр сообщил Национальному собранию")
(True, False)
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["COLUMNS", "GLOSSARY", "Term", "glossary_path", "read_glossary", "uses_another_rendering"]

GLOSSARY = "glossary.csv"
COLUMNS = ("source", "target", "context", "developer_comments")
# What a catalogue's English holds that is not words a reader reads (roles, code, link
# targets), or not words to translate (a quotation, a name quoted as published).
_NOT_WORDS = re.compile(r"\{[\w:.+-]+\}`[^`]*`|``?[^`]*``?|\]\([^)]*\)|\{\w+\}|\"[^\"]*\"|“[^”]*”")
# The shortest stem a word is matched by.
_STEM = 3


def _stem(word: str) -> str:
    """A word without the ending a language may change: its last two letters, or three of a
    long word («подтверждено», «подтверждён»)."""
    return word if len(word) <= _STEM else word[: max(_STEM, len(word) - (3 if len(word) >= 8 else 2))]


@dataclass(frozen=True)
class Term:
    """One glossary row: an English term and the one rendering of it in the language."""

    source: str
    target: str
    context: str = ""
    line: int = 0
    path: Path | None = None

    @property
    def _english(self) -> re.Pattern[str]:
        # A name is matched as written; a common word ("fact") in any case.  Not inside a
        # longer word or a hyphenated one ("fact-checked" is not "fact").
        flags = 0 if self.source[:1].isupper() else re.IGNORECASE
        return re.compile(rf"(?<![\w-]){re.escape(self.source)}(?![\w-]|\.\w)", flags)

    def used_in(self, english: str) -> bool:
        words = _NOT_WORDS.sub(" ", english)
        if not self.source[:1].isupper():  # "to visit Pakistan" is the verb, not the record kind
            words = re.sub(rf"\bto {re.escape(self.source)}\b", " ", words)
        return bool(self._english.search(words))

    def kept_in(self, translated: str) -> bool:
        """Whether every word of the rendering starts a word of ``translated``, in order; a
        rendering may name forms the language chooses between, "حقیقت / حقائق" (one fact,
        several, where the English counts otherwise).  A name kept as published, in its own
        script ("Pakistan Today", a newspaper), keeps it too."""
        if self.source[:1].isupper() and self.source in translated:
            return True
        for rendering in self.target.split(" / "):
            words = [_stem(word) for word in rendering.split()]
            pattern = r"\W+".join(rf"{re.escape(stem)}\w*" for stem in words)
            if re.search(rf"(?<!\w){pattern}", translated, re.IGNORECASE):
                return True
        return False


def glossary_path(locale_dir: Path, language: str) -> Path:
    return locale_dir / language / GLOSSARY


def read_glossary(path: Path) -> list[Term]:
    """The glossary's terms, each with its line; none if the language has no glossary."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [column for column in ("source", "target") if column not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}:1: a glossary's header must name the columns {', '.join(COLUMNS)}")
        return [
            Term(
                row["source"].strip(), row["target"].strip(), (row.get("context") or "").strip(), reader.line_num, path
            )
            for row in reader
            if row["source"].strip() and row["target"].strip()
        ]


def uses_another_rendering(english: str, translated: str, terms: Iterable[Term]) -> Iterator[Term]:
    """Each term the English uses whose rendering the translation does not keep.  A longer
    term is checked first, and a shorter one inside it is not checked again ("Pakistan Steel
    Mills" is not also "Pakistan")."""
    done: list[str] = []
    for term in sorted(terms, key=lambda t: -len(t.source)):
        if not term.used_in(english) or any(term.source in longer for longer in done):
            continue
        done.append(term.source)
        if not term.kept_in(translated):
            yield term
