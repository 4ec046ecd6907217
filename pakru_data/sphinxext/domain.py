"""Which records each page shows, kept so that rebuilds follow the data.

Each page notes the keys it depends on (``fact:<id>``, ``source:<id>``,
``point:<id>``, ``era:<id>`` (an era with its events), ``era-heading:<id>`` (its years
and title only), ``chart:<id>``, ``written:<id>`` (a record's code as written),
``overdue`` for the facts past their review date, or a whole collection such as
``all:sources``); every page that notes
one also depends on ``code``, the pakru_data code that turns records into text.
After reading, the page stores a digest of each key's records.  Before the next
build, ``env-get-outdated`` recomputes the digests from the new data and re-reads
exactly the pages whose digests changed.  The bookkeeping lives in a Domain with
``clear_doc`` and ``merge_domaindata``, as ``sphinx.ext.todo`` does, so parallel
reads merge it correctly.  Facts never live in config values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Set
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.domains import Domain
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.nodes import make_refnode

from pakru_data import dependencies, kinds
from pakru_data.dataset import Dataset
from pakru_data.paths import PACKAGE_DIR
from pakru_data.record_text import RecordTranslations, translations_for
from pakru_data.register_groups import group_of
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.nodes import point

logger = logging.getLogger(__name__)

REGISTER_KEY = "register"  # the target key of the fact register's index page
REGISTER_GROUP_PREFIX = "register:"  # and of each group's page: "register:<group id>"


def register_group_key(group: str) -> str:
    return f"{REGISTER_GROUP_PREFIX}{group}"


class PakruDomain(Domain):
    name = "pakru"
    label = "pakru"
    data_version = 3  # 3: per-page problems, every page's claim to a target, built_from; older ones are read afresh
    # Its roles, {pakru:correction}`id`, {pakru:entry}`id` (a fact's register entry) and {pakru:point}`id`, are
    # roles.RecordLink: they check the id while the page is read.
    initial_data: ClassVar[dict[str, Any]] = {
        "uses": {},  # docname -> {key: digest}
        "claims": {},  # "point:<id>" / "correction:<id>" / REGISTER_KEY -> {docname: anchor}
        "built_from": {},  # a digest of what each page built as it is written (the register) came from
        "problems": {},  # docname -> [PageProblem], reported on every build (see problems)
    }

    @property
    def uses(self) -> dict[str, dict[str, str]]:
        uses: dict[str, dict[str, str]] = self.data["uses"]
        return uses

    @property
    def claims(self) -> dict[str, dict[str, str]]:
        """Each target key, and every page that claims it with its anchor."""
        claims: dict[str, dict[str, str]] = self.data["claims"]
        return claims

    @property
    def targets(self) -> dict[str, tuple[str, str]]:
        """Where each target key resolves: the first page (by name) that claims it, so the
        answer never depends on which page was read or merged last.  A key that two pages
        claim is reported by :func:`report_contested_targets`."""
        return {key: min(pages.items()) for key, pages in self.claims.items() if pages}

    def contested_targets(self) -> dict[str, list[str]]:
        """The target keys that more than one page claims, with those pages."""
        return {key: sorted(pages) for key, pages in sorted(self.claims.items()) if len(pages) > 1}

    @property
    def problems(self) -> dict[str, list[Any]]:
        problems: dict[str, list[Any]] = self.data["problems"]
        return problems

    def note_problem(self, docname: str, problem: object) -> None:
        """Keep a page's problem once: Sphinx parses a translated paragraph twice (once to
        match section titles, once to translate it), which finds the same problem twice."""
        problems = self.problems.setdefault(docname, [])
        if problem not in problems:
            problems.append(problem)

    def clear_doc(self, docname: str) -> None:
        self.uses.pop(docname, None)
        self.problems.pop(docname, None)
        for key, pages in list(self.claims.items()):
            pages.pop(docname, None)
            if not pages:
                del self.claims[key]

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname, keys in otherdata["uses"].items():
            if docname in docnames:
                self.uses[docname] = keys
        for docname, problems in otherdata["problems"].items():
            if docname in docnames:
                self.problems[docname] = problems
        for key, pages in otherdata["claims"].items():
            for docname, anchor in pages.items():
                if docname in docnames:
                    self.claims.setdefault(key, {})[docname] = anchor

    def note_target(self, key: str, docname: str, anchor: str) -> None:
        self.claims.setdefault(key, {})[docname] = anchor

    def note_built_from(self, key: str, digest: str) -> bool:
        """Remember what a page built as it is written (the register) was built from;
        whether that differs from last time."""
        built_from: dict[str, str] = self.data["built_from"]
        changed = built_from.get(key) != digest
        built_from[key] = digest
        return changed

    def process_doc(self, env: BuildEnvironment, docname: str, document: nodes.document) -> None:
        """After a page is read: the digest of each key it used, and its point targets."""
        self.record_digests(docname)
        self.record_point_targets(docname, document)

    def record_digests(self, docname: str) -> None:
        keys = self.uses.get(docname)
        if keys:
            digests = digests_for(self.env)
            for key in keys:
                keys[key] = digests[key]

    def record_point_targets(self, docname: str, document: nodes.document) -> None:
        """A heading that shows {point}`id` becomes the conclusion table's link target."""
        for node in document.findall(point):
            section = next((a for a in _ancestors(node) if isinstance(a, nodes.section)), None)
            if section is not None and section["ids"]:
                self.note_target(f"point:{node['point_id']}", docname, section["ids"][0])

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> nodes.reference | None:
        targets = self.targets
        where = targets.get(f"{typ}:{target}")
        fact = data().facts.get(target) if typ == "entry" else None
        if where is None and fact is not None:
            # Every fact has its register entry on its group's page, built when that page is
            # written; the index keeps an anchor for each fact too.
            page = targets.get(register_group_key(group_of(fact))) or targets.get(REGISTER_KEY)
            where = (page[0], f"fact-{target}") if page else None
        if where is None:
            return None
        docname, anchor = where
        return make_refnode(builder, fromdocname, docname, anchor, contnode)

    def resolve_any_xref(self, *args: Any, **kwargs: Any) -> list[tuple[str, nodes.reference]]:
        return []

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        return iter(())


def get_domain(env: BuildEnvironment) -> PakruDomain:
    return env.domains["pakru"]  # type: ignore[return-value]


def note_use(env: BuildEnvironment, key: str) -> None:
    """The current page shows the records behind ``key``."""
    keys = get_domain(env).uses.setdefault(env.docname, {})
    keys[key] = ""
    keys.setdefault(CODE_KEY, "")


CODE_KEY = "code"


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


def _ancestors(node: nodes.Node) -> Iterator[nodes.Node]:
    while node.parent is not None:
        node = node.parent
        yield node


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


def setup(app: Sphinx) -> None:
    app.add_domain(PakruDomain)
    app.connect("env-get-outdated", pages_with_changed_data)
