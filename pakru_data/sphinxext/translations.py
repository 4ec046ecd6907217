"""The edition's translations, checked on every build (``env-updated``, like the pages' problems).

- A translation that drops, adds or misspells a role (a ``{fact}``, ``{source}``, any pakru
  role) or a link of its English fails the build, naming the catalogue and the entry's
  line: the fact would otherwise vanish from the page without a word.
- Untranslated and fuzzy entries (the page shows the English there) are a note, and an
  error with ``pakru_strict`` (`nox -s docs -- --strict`), except on the pages listed in
  ``pakru_english_pages``, which are for contributors and say that they stay in English.

The catalogues are read again on every build, so the verdict depends only on the tree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Set
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from pakru_data.catalogues import (
    Progress,
    catalogue_page,
    catalogue_problems,
    checked_catalogues,
    entries,
    page_catalogues,
    progress,
    records_catalogue,
)
from pakru_data.paths import shown_path
from pakru_data.sphinxext import domain, problems

logger = logging.getLogger(__name__)


def locale_dir(app: Sphinx) -> Path | None:
    dirs = app.config.locale_dirs
    return Path(app.srcdir, dirs[0]) if dirs else None


def check_translations(app: Sphinx, env: BuildEnvironment) -> None:
    language = app.config.language or "en"
    folder = locale_dir(app)
    if language == "en" or folder is None:
        return
    catalogues = {catalogue_page(path, folder, language): path for path in page_catalogues(folder, language)}
    for path in checked_catalogues(folder, language):
        for entry, problem in catalogue_problems(path):
            problems.warn(
                str(path) + f":{entry.line}",
                "broken_translation",
                f"the translation {problem} of its English ({_quoted(entry.msgid)}); a translation must keep "
                "every role and link of the English exactly: only the words around them change",
            )
    strict = bool(app.config.pakru_strict)
    english_pages = set(app.config.pakru_english_pages)
    total = Progress()
    for docname in sorted(env.found_docs):
        if docname in english_pages:
            continue
        catalogue = catalogues.get(docname)
        if catalogue is None:
            where = folder / language / "LC_MESSAGES" / f"{docname}.po"
            _report(
                strict,
                docname,  # Sphinx prints the page's file
                f"page '{docname}' has no {language} catalogue ({shown_path(where)}); `nox -s translations` makes it",
            )
            continue
        counts = progress(catalogue)
        total += counts
        if counts.fuzzy or counts.untranslated:
            lines = [str(e.line) for e in entries(catalogue) if e.state != "translated"]
            shown = ", ".join(lines[:8]) + (", …" if len(lines) > 8 else "")
            _report(
                strict,
                f"{catalogue}:{lines[0]}",
                f"{counts.untranslated} untranslated and {counts.fuzzy} fuzzy entries "
                f"(lines {shown}) show the English; `nox -s translations` lists them",
            )
    records = records_catalogue(folder, language)
    if not records.exists():
        # No location: the file does not exist (Sphinx would take a bare path for a page's name).
        _report(
            strict, "", f"no catalogue of the records' text ({shown_path(records)}); `nox -s translations` makes it"
        )
    else:
        counts = progress(records)
        if counts.fuzzy or counts.untranslated:
            _report(
                strict,
                f"{records}:{next(e.line for e in entries(records) if e.state != 'translated')}",
                f"{counts.untranslated} untranslated and {counts.fuzzy} fuzzy entries of the records' text "
                "show the English; `nox -s translations` lists them",
            )
    logger.info(f"[pakru] {language} edition: {total}")


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:59] + "…")


def _report(strict: bool, location: object, message: str) -> None:
    if strict:
        problems.warn(str(location), "untranslated", message)
    else:
        logger.info(f"pakru note: {location}: {message}" if location else f"pakru note: {message}")


def interface_catalogue_changed(
    app: Sphinx, env: BuildEnvironment, added: Set[str], changed: Set[str], removed: Set[str]
) -> list[str]:
    """Every page, when the edition's catalogue of Sphinx's and furo's own words (``sphinx.po``:
    "Search", "Next") changed since the last build: Sphinx compiles it as the build starts,
    but writes again only the pages it reads, so a rebuild would keep the old words."""
    language = app.config.language or "en"
    folder = locale_dir(app)
    if language == "en" or folder is None:
        return []
    path = folder / language / "LC_MESSAGES" / "sphinx.po"
    digest = hashlib.sha256(path.read_bytes() if path.exists() else b"").hexdigest()[:16]
    if not domain.get_domain(env).built_from.changed(f"interface:{language}", digest) or not env.all_docs:
        return []
    logger.info(f"[pakru] {shown_path(path)} changed: every page is written again")
    return sorted(env.found_docs - set(changed) - set(added))


def setup(app: Sphinx) -> None:
    app.connect("env-get-outdated", interface_catalogue_changed)
    # Contributor pages that stay in English in every edition, and say so.
    app.add_config_value("pakru_english_pages", ["how-to-correct"], "env", types=frozenset({list}))
