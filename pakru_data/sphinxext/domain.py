"""The pakru domain: what pages record while they are read, kept so that rebuilds follow
the data and every build reports the same problems.

The domain keeps data and nothing else, in four stores with one job each, all in Sphinx's
environment (so parallel readers merge them and an incremental build finds them again):

- :class:`PageUses`: the keys of the records each page shows (``pakru_data.dependencies``
  builds them), each with the digest of what it showed; :mod:`.digests` computes the digests
  and re-reads the pages whose digests changed;
- :class:`LinkTargets`: which page claims each link target (a point's heading, the
  corrections, the register and its groups), with its anchor;
- :class:`PageProblems`: the problems found while reading each page, reported on every build
  (:mod:`.problems`);
- :class:`BuiltFrom`: a digest of what each page built as it is written (the register) came
  from, so it is written again exactly when that changes.

Each store clears a page that is read again and merges what parallel readers found, as
``sphinx.ext.todo``'s domain does.  Facts never live in config values.
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from typing import Any, ClassVar

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.domains import Domain
from sphinx.environment import BuildEnvironment
from sphinx.util.nodes import make_refnode

from pakru_data.register_groups import group_of
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.nodes import point

REGISTER_KEY = "register"  # the target key of the fact register's index page
REGISTER_GROUP_PREFIX = "register:"  # and of each group's page: "register:<group id>"
CODE_KEY = "code"  # the key every page that shows data depends on: the code that shows it


def register_group_key(group: str) -> str:
    return f"{REGISTER_GROUP_PREFIX}{group}"


class PageUses(dict[str, dict[str, str]]):
    """docname -> {dependency key: the digest of what the page showed for it}."""

    def note(self, docname: str, key: str) -> None:
        keys = self.setdefault(docname, {})
        keys[key] = ""
        keys.setdefault(CODE_KEY, "")

    def forget(self, docname: str) -> None:
        self.pop(docname, None)

    def merge(self, docnames: Set[str], other: dict[str, dict[str, str]]) -> None:
        self.update({docname: keys for docname, keys in other.items() if docname in docnames})


class LinkTargets(dict[str, dict[str, str]]):
    """Each target key ("point:<id>", "correction:<id>", REGISTER_KEY…) -> {docname: anchor}."""

    def claim(self, key: str, docname: str, anchor: str) -> None:
        self.setdefault(key, {})[docname] = anchor

    def resolved(self) -> dict[str, tuple[str, str]]:
        """Where each key resolves: the first page (by name) that claims it, so the answer
        never depends on which page was read or merged last."""
        return {key: min(pages.items()) for key, pages in self.items() if pages}

    def contested(self) -> dict[str, list[str]]:
        """The keys that more than one page claims, with those pages."""
        return {key: sorted(pages) for key, pages in sorted(self.items()) if len(pages) > 1}

    def forget(self, docname: str) -> None:
        for key, pages in list(self.items()):
            pages.pop(docname, None)
            if not pages:
                del self[key]

    def merge(self, docnames: Set[str], other: dict[str, dict[str, str]]) -> None:
        for key, pages in other.items():
            for docname, anchor in pages.items():
                if docname in docnames:
                    self.claim(key, docname, anchor)


class PageProblems(dict[str, list[Any]]):
    """docname -> the problems found while reading it (``problems.PageProblem``)."""

    def note(self, docname: str, problem: object) -> None:
        """Keep a page's problem once: Sphinx parses a translated paragraph twice (once to
        match section titles, once to translate it), which finds the same problem twice."""
        problems = self.setdefault(docname, [])
        if problem not in problems:
            problems.append(problem)

    def forget(self, docname: str) -> None:
        self.pop(docname, None)

    def merge(self, docnames: Set[str], other: dict[str, list[Any]]) -> None:
        self.update({docname: found for docname, found in other.items() if docname in docnames})


class BuiltFrom(dict[str, str]):
    """A key per page built as it is written -> a digest of what it was built from."""

    def changed(self, key: str, digest: str) -> bool:
        """Remember ``digest`` for ``key``; whether it differs from last time."""
        changed = self.get(key) != digest
        self[key] = digest
        return changed


class PakruDomain(Domain):
    name = "pakru"
    label = "pakru"
    data_version = 4  # 4: each store its own class; older ones are read afresh
    # Its roles, {pakru:correction}`id`, {pakru:entry}`id` (a fact's register entry) and
    # {pakru:point}`id`, are roles.RecordLink: they check the id while the page is read.
    # Its directives are added by the modules that define them ({pakru:timeline}…).
    initial_data: ClassVar[dict[str, Any]] = {
        "uses": PageUses(),
        "claims": LinkTargets(),
        "built_from": BuiltFrom(),
        "problems": PageProblems(),
    }

    @property
    def uses(self) -> PageUses:
        uses: PageUses = self.data["uses"]
        return uses

    @property
    def claims(self) -> LinkTargets:
        claims: LinkTargets = self.data["claims"]
        return claims

    @property
    def problems(self) -> PageProblems:
        problems: PageProblems = self.data["problems"]
        return problems

    @property
    def built_from(self) -> BuiltFrom:
        built_from: BuiltFrom = self.data["built_from"]
        return built_from

    @property
    def targets(self) -> dict[str, tuple[str, str]]:
        return self.claims.resolved()

    def clear_doc(self, docname: str) -> None:
        for store in (self.uses, self.claims, self.problems):
            store.forget(docname)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        self.uses.merge(docnames, otherdata["uses"])
        self.claims.merge(docnames, otherdata["claims"])
        self.problems.merge(docnames, otherdata["problems"])

    def process_doc(self, env: BuildEnvironment, docname: str, document: nodes.document) -> None:
        """After a page is read: a heading that shows {point}`id` becomes the conclusion
        table's link target."""
        for node in document.findall(point):
            section = next((a for a in _ancestors(node) if isinstance(a, nodes.section)), None)
            if section is not None and section["ids"]:
                self.claims.claim(f"point:{node['point_id']}", docname, section["ids"][0])

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
    """The current page shows the records behind ``key`` (see ``pakru_data.dependencies``)."""
    get_domain(env).uses.note(env.docname, key)


def _ancestors(node: nodes.Node) -> Iterator[nodes.Node]:
    while node.parent is not None:
        node = node.parent
        yield node


def setup(app: Sphinx) -> None:
    app.add_domain(PakruDomain)
