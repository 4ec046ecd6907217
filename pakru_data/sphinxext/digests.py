"""Which pages a change re-reads: each page's data digests, computed from the records.

A page notes the keys of what it shows while it is read (``domain.note_use``, with keys from
``pakru_data.dependencies``).  Once it is read, :func:`record_digests` stores a digest of each
key's records, their translations in the build's language included.  Before the next build,
``env-get-outdated`` (:func:`pages_with_changed_data`) computes the digests from the new data
and re-reads exactly the pages whose digests changed.  Every page that shows data also
depends on ``code``, the pakru_data code that turns records into text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Set
from functools import cache
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from pakru_data import dependencies, kinds
from pakru_data.dataset import Dataset
from pakru_data.paths import PACKAGE_DIR
from pakru_data.record_text import RecordTranslations, translations_for
from pakru_data.sphinxext.domain import CODE_KEY, get_domain
from pakru_data.sphinxext.loaded_data import data

logger = logging.getLogger(__name__)


@cache  # per process: it describes the code that was imported and is running
def code_digest() -> str:
    """A digest of pakru_data's code, the record modules left out: a change to how a
    record becomes text (formatting, the roles, the extension's translated words)
    re-reads every page that shows data."""
    records = kinds.record_module_files()
    hasher = hashlib.sha256()
    # The extension's own words' translations count as code too (sphinxext/words.py).
    for path in sorted([*PACKAGE_DIR.rglob("*.py"), *PACKAGE_DIR.rglob("*.po")]):
        if path.relative_to(PACKAGE_DIR).as_posix() in records:
            continue
        hasher.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()[:16]


def digest(dataset: Dataset, key: str, translations: RecordTranslations | None = None) -> str:
    """A digest of everything a page shows for ``key``; it changes when any of it does,
    the translations of its records' text in the page's language included."""
    if key == CODE_KEY:
        return code_digest()
    records = list(dependencies.records_for(dataset, key))
    shown = repr(records)
    if translations is not None:
        shown += repr([translations.of(record) for record in records])
    return hashlib.sha256(shown.encode()).hexdigest()[:16]


def record_translations(env: BuildEnvironment) -> RecordTranslations | None:
    """The translations of the records' text in the build's language; None in English."""
    language = env.config.language or "en"
    if language == "en" or not env.config.locale_dirs:
        return None
    return translations_for(Path(env.srcdir, env.config.locale_dirs[0]), language)


def digests_for(env: BuildEnvironment) -> Digests:
    """Each key's digest for this build, computed once however many pages and handlers ask
    (reading, finding outdated pages, deciding which register pages to write): the records
    and their translations do not change while a build runs, and the dataset is loaded
    afresh as each build starts, so a new dataset means a new build."""
    global _this_build
    language = env.config.language or "en"
    dataset = data()
    if _this_build is None or _this_build.dataset is not dataset or _this_build.language != language:
        _this_build = Digests(dataset, record_translations(env), language)
    return _this_build


_this_build: Digests | None = None


class Digests(dict[str, str]):
    """Each key's digest, computed once per build step: many pages share keys."""

    def __init__(self, dataset: Dataset, translations: RecordTranslations | None = None, language: str = "en") -> None:
        super().__init__()
        self.dataset = dataset
        self.translations = translations
        self.language = language

    def __missing__(self, key: str) -> str:
        self[key] = value = digest(self.dataset, key, self.translations)
        return value


def pages_with_changed_data(
    app: Sphinx, env: BuildEnvironment, added: Set[str], changed: Set[str], removed: Set[str]
) -> list[str]:
    digests = digests_for(env)
    outdated = []
    for docname, keys in get_domain(env).uses.items():
        if docname in changed or docname in removed:
            continue
        if any(digests[key] != old for key, old in keys.items()):
            outdated.append(docname)
    if outdated:
        logger.info(f"[pakru] data changed for {len(outdated)} page(s): {', '.join(sorted(outdated))}")
    return sorted(outdated)


def record_digests(app: Sphinx, doctree: nodes.document) -> None:
    """Once a page is read: the digest of each key it noted."""
    env = app.env
    keys = get_domain(env).uses.get(env.docname)
    if keys:
        digests = digests_for(env)
        for key in keys:
            keys[key] = digests[key]


def setup(app: Sphinx) -> None:
    app.connect("doctree-read", record_digests)
    app.connect("env-get-outdated", pages_with_changed_data)
