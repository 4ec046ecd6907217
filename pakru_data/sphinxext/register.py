"""The fact register: every fact with its value, status, sources, dates, the pages that
show it and a way to correct it, each entry at ``#fact-<id>``.

It is split into pages by group (see :mod:`register_groups`): ``register.html`` is the
index, a compact table with an anchor per fact, and each group's page holds the full
entries.  The pages are read like any other, but their entries are built while they are
written, from the data as it is then.  So no edit to the data makes Sphinx read them
again: editing a fact re-reads only the pages that show the fact, and adding a fact no
page shows re-reads nothing.  A group's page is written again when what its entries
show changed (its facts, their sources and corrections, which pages show each); the
index when a fact is added, removed, relabelled or moves group.

Within each group, entries follow the order a reader meets the facts: page by page in
the site's reading order, then in order within the page; facts no page shows come
last, in the order of the data files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlencode

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from pakru_data import dependencies
from pakru_data.dataset import Dataset, today
from pakru_data.dates import PartialDate
from pakru_data.formatting import format_amount, format_date_at_precision, format_date_version, format_fact, punctuation
from pakru_data.model import Event, Fact, Figure, Source, Version, to_decimal
from pakru_data.register_groups import RegisterGroup, register_groups
from pakru_data.sphinxext import digests, domain, problems, site_changes
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.page_input import known_value
from pakru_data.sphinxext.page_sources import STATUS_WORDS
from pakru_data.sphinxext.render import always_english, citation_list, locale_of, record_text, record_words, value_node
from pakru_data.sphinxext.words import _

# What every entry shows besides its own fact's records, as domain keys.
SHOWN_IN_EVERY_ENTRY = (dependencies.OVERDUE, domain.CODE_KEY)


class register_entries(nodes.General, nodes.Element):  # noqa: N801 - docutils naming
    """Where a group's entries go once the page is written; ``group`` names the group."""


class register_index(nodes.General, nodes.Element):  # noqa: N801 - docutils naming
    """Where the index table goes once the page is written."""


class FactRegister(SphinxDirective):
    """``{pakru:register}``: the register's index; with ``:group: <id>``, a group's entries.
    Both are filled when the page is written."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"group": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        pakru = domain.get_domain(self.env)
        group = self.options.get("group")
        if group is None:
            pakru.claims.claim(domain.REGISTER_KEY, self.env.docname, "")
            return [register_index()]
        known = [g.id for g in register_groups(data())]
        if known_value(self, group, known, what="the :group: option") is None:
            return []
        pakru.claims.claim(domain.register_group_key(group), self.env.docname, "")
        return [register_entries(group=group)]


def register_page(env: BuildEnvironment) -> str | None:
    """The register's index page."""
    where = domain.get_domain(env).targets.get(domain.REGISTER_KEY)
    return where[0] if where else None


def group_pages(env: BuildEnvironment) -> dict[str, str]:
    """Each group that has a page, with that page."""
    targets = domain.get_domain(env).targets
    return {
        key.removeprefix(domain.REGISTER_GROUP_PREFIX): page
        for key, (page, _anchor) in targets.items()
        if key.startswith(domain.REGISTER_GROUP_PREFIX)
    }


# Reading order --------------------------------------------------------------------


def pages_in_reading_order(env: BuildEnvironment) -> list[str]:
    """The pages as the navigation lists them, from the first page down; then the rest."""
    order: dict[str, None] = {}  # a dict keeps insertion order and finds a page at once

    def visit(page: str) -> None:
        if page in order:
            return
        order[page] = None
        for child in env.toctree_includes.get(page, []):
            visit(child)

    visit(env.config.root_doc)
    return [*order, *sorted(env.found_docs - order.keys())]


def pages_showing_each_fact(env: BuildEnvironment) -> dict[str, list[str]]:
    """Each shown fact with the pages that show it, in reading order.  The facts come in
    the order a reader first meets them (pages in reading order, then as each page
    showed them)."""
    uses = domain.get_domain(env).uses
    shown: dict[str, list[str]] = {}
    for page in pages_in_reading_order(env):
        for key in uses.get(page, {}):
            if key.startswith("fact:"):
                shown.setdefault(key.removeprefix("fact:"), []).append(page)
    return shown


def in_reading_order(records: list[Fact], shown_on: dict[str, list[str]]) -> list[Fact]:
    order = {fact_id: place for place, fact_id in enumerate(shown_on)}
    return sorted(records, key=lambda r: order.get(r.id, len(order)))  # stable: unshown last, in data order


# Entries, built while the page is written --------------------------------------


@dataclass
class Entries:
    """Builds the entries of the register on ``page``, with links already resolved
    (cross-references are resolved before this point of the build)."""

    app: Sphinx
    page: str
    dataset: Dataset
    titles: dict[str, str]  # each page's title as text, found once for all entries

    @property
    def env(self) -> BuildEnvironment:
        return self.app.env

    def link(self, target_page: str, anchor: str, text: str) -> nodes.reference:
        uri = self.app.builder.get_relative_uri(self.page, target_page) + (f"#{anchor}" if anchor else "")
        return nodes.reference("", text, refuri=uri, internal=True)

    def entry(self, record: Fact, shown_on: list[str], overdue: set[str]) -> nodes.container:
        locale = locale_of(self.env)
        shown = value_node(record, "default", locale)
        box = nodes.container(ids=[f"fact-{record.id}"], classes=["pakru-register-entry"])
        box += paragraph(nodes.strong("", "", *record_words(self.env, record, "label")))
        fields = nodes.field_list()
        fields += field(_("Id"), paragraph(nodes.literal(record.id, record.id)))
        value: list[nodes.Node] = [shown]
        if isinstance(record, Figure) and record.period:
            value.append(nodes.Text(f" ({format_fact(record, 'period', locale=locale)})"))
        fields += field(_("Shown as"), paragraph(*value))
        fields += field(_("Status"), paragraph(*self.status(record)))
        fields += field(_("Sources"), self.sources(record))
        as_of = self.dataset.as_of(record)
        if as_of is not None:
            fields += field(_("Valid as of"), paragraph(nodes.Text(format_date_at_precision(as_of, locale))))
        if record.review_by:
            review_by = format_date_at_precision(PartialDate.parse(record.review_by), locale)
            review: list[nodes.Node] = [nodes.Text(review_by)]
            if record.id in overdue:
                overdue_text = " (" + _("review overdue") + ")"
                review.append(nodes.inline(overdue_text, overdue_text, classes=["pakru-overdue"]))
            fields += field(_("Review by"), paragraph(*review))
        if record.note:
            fields += field(_("Notes"), paragraph(*record_words(self.env, record, "note")))
        changes = site_changes.changes_field(self.env, self.link, self.dataset, record)
        if changes:
            fields += field(_("Changed"), *changes)
        fields += field(_("Shown on"), paragraph(*self.pages(shown_on)))
        page_uri = self.app.builder.get_target_uri(self.page)
        fields += field(_("Cite this fact"), *site_changes.cite_field(self.env, self.dataset, record, page_uri))
        fields += field(_("Found a mistake"), paragraph(self.suggest_link(record, shown.astext())))
        box += fields
        return box

    def index(
        self, groups: list[RegisterGroup], pages: dict[str, str], shown_on: dict[str, list[str]]
    ) -> list[nodes.Node]:
        """A section per group: its page, and a line per fact that links to its entry.  Each
        line is the fact's old permalink (``register.html#fact-<id>``), so links made when
        the register was one page still find the fact."""
        sections: list[nodes.Node] = []
        for group in groups:
            page = pages.get(group.id)
            if not group.facts or page is None:
                continue
            section = nodes.section(ids=[f"group-{group.id}"])
            section += nodes.title("", "", self.link(page, "", self.titles.get(page, group.title)))
            listing = nodes.bullet_list(classes=["pakru-register-index"])
            for fact in in_reading_order(list(group.facts), shown_on):
                item = nodes.list_item(ids=[f"fact-{fact.id}"])
                link = self.link(page, f"fact-{fact.id}", "")
                link.children = record_words(self.env, fact, "label")  # in the edition's language
                item += paragraph(link, nodes.Text(" "), nodes.literal(fact.id, fact.id))
                listing += item
            section += listing
            sections.append(section)
        return sections

    def status(self, record: Fact) -> Iterator[nodes.Node]:
        status = _(STATUS_WORDS[record.status])
        yield nodes.inline(status, status, classes=[f"pakru-status-{record.status.value}"])
        targets = domain.get_domain(self.env).targets
        for correction in self.dataset.corrections_of(record.id):
            where = targets.get(f"correction:{correction.id}")
            if where is not None:
                yield nodes.Text(" — ")
                yield self.link(*where, _("see the correction"))

    def pages(self, shown_on: list[str]) -> list[nodes.Node]:
        links: list[nodes.Node] = []
        for page in shown_on:
            if links:
                links.append(nodes.Text(", "))
            links.append(self.link(page, "", self.titles.get(page, page)))
        return links or [nodes.Text(_("no page yet"))]

    def suggest_link(self, record: Fact, shown: str) -> nodes.Node:
        """The prefilled issue form when the repository is known, else the how-to page."""
        url = suggest_correction_url(self.env, self.dataset, record, shown)
        if url:
            return nodes.reference("", _("Suggest a correction"), refuri=url, classes=["pakru-suggest"])
        if "how-to-correct" in self.env.found_docs:
            return self.link("how-to-correct", "", self.titles.get("how-to-correct") or _("How to correct a fact"))
        return nodes.Text(_("Open an issue on the project's repository"))

    def said_by(self, who: str) -> list[nodes.Node]:
        """ ", <who gave this value>:" after one source's value; who gave it is the record's
        English (not in records.po yet), marked so outside the English edition."""
        comma = punctuation(locale_of(self.env)).comma
        return [nodes.Text(comma), nodes.inline(who, who, classes=always_english(self.env)), nodes.Text(":")]

    def sources(self, record: Fact) -> nodes.Node:
        if isinstance(record, Figure) and record.versions:
            versions = nodes.bullet_list()
            for version in record.versions:
                amount = version_text(record, version, locale_of(self.env))
                item = nodes.list_item("", paragraph(nodes.strong(amount, amount), *self.said_by(version.said_by)))
                item += self.citations([self.dataset.source_by_id[s] for s in version.sources])
                versions += item
            return versions
        if isinstance(record, Event) and record.versions:
            versions = nodes.bullet_list()
            for date_version in record.versions:
                dates = format_date_version(date_version, locale_of(self.env))
                item = nodes.list_item("", paragraph(nodes.strong(dates, dates), *self.said_by(date_version.said_by)))
                item += self.citations([self.dataset.source_by_id[s] for s in date_version.sources])
                versions += item
            return versions
        if not record.sources:
            return paragraph(nodes.Text(_("No source found: this fact is unverified.")))
        return self.citations(self.dataset.cited_sources(record))

    def citations(self, sources: list[Source]) -> nodes.bullet_list:
        return citation_list(self.env, sources)


def suggest_correction_url(env: BuildEnvironment, dataset: Dataset, fact: Fact, shown: str) -> str | None:
    """A new-issue form on the project's repository, prefilled for this fact."""
    repository = env.config.pakru_repository_url
    if not repository:
        return None
    sources = "; ".join(f"{s.publisher}: {s.url or s.title}" for s in dataset.cited_sources(fact))
    query = urlencode(
        {
            "template": "correction.yml",
            "title": f"Correction: {fact.id}",
            "fact-id": fact.id,
            "current-value": shown,
            "current-sources": sources,
        }
    )
    return f"{repository.rstrip('/')}/issues/new?{query}"


def version_text(figure: Figure, version: Version, locale: str) -> str:
    low = format_amount(to_decimal(version.value), figure, "default", locale)
    if version.high is None:
        return low
    return f"{low}–{format_amount(to_decimal(version.high), figure, 'default', locale)}"


def field(name: str, *body: nodes.Node) -> nodes.field:
    return nodes.field("", nodes.field_name(name, name), nodes.field_body("", *body))


def paragraph(*children: nodes.Node) -> nodes.paragraph:
    return nodes.paragraph("", "", *children)


def fill_register(app: Sphinx, doctree: nodes.document, page: str) -> None:
    """Build a group's entries, or the index, in reading order, as the page is written."""
    entries_here = list(doctree.findall(register_entries))
    index_here = list(doctree.findall(register_index))
    if not entries_here and not index_here:
        return
    dataset = data()
    groups = {group.id: group for group in register_groups(dataset)}
    shown_on = pages_showing_each_fact(app.env)
    entries = Entries(app, page, dataset, page_titles(app.env))
    overdue = {fact.id for fact in dataset.due_for_review(today())}
    for placeholder in entries_here:
        group = groups.get(placeholder["group"])
        facts = in_reading_order(list(group.facts), shown_on) if group else []
        placeholder.replace_self([entries.entry(fact, shown_on.get(fact.id, []), overdue) for fact in facts])
    for index in index_here:
        index.replace_self(entries.index(list(groups.values()), group_pages(app.env), shown_on))


# When to write the register's pages again -------------------------------------------


def register_to_write(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The register's pages whose entries would change: a group's page when its facts'
    records, or the pages that show them, changed; the index when the facts it lists did.

    What each was last written from is kept, as a digest, with the environment, which
    Sphinx saves after this event."""
    dataset = data()
    pakru = domain.get_domain(env)
    shown_on = pages_showing_each_fact(env)
    titles = page_titles(env)
    computed = digests.digests_for(env)
    groups = register_groups(dataset)
    pages = group_pages(env)
    to_write = []
    for group in groups:
        page = pages.get(group.id)
        if page is not None and pakru.built_from.changed(page, group_digest(env, group, shown_on, titles, computed)):
            to_write.append(page)
    index = register_page(env)
    labels = {fact.id: record_text(env, fact, "label") for fact in dataset.facts.values()}
    if index is not None and pakru.built_from.changed(index, index_digest(groups, pages, shown_on, labels)):
        to_write.append(index)
    return to_write


def page_titles(env: BuildEnvironment) -> dict[str, str]:
    return {page: title.astext() for page, title in sorted(env.titles.items())}


def group_digest(
    env: BuildEnvironment,
    group: RegisterGroup,
    shown_on: dict[str, list[str]],
    titles: dict[str, str],
    computed: digests.Digests,
) -> str:
    """Everything a group's entries show: each fact's records (its sources and corrections
    too), where its correction is, the pages that show it and their titles, and what
    every entry shows (review dates, the code that writes entries)."""
    targets = domain.get_domain(env).targets
    parts = [computed[key] for key in SHOWN_IN_EVERY_ENTRY]
    for fact in in_reading_order(list(group.facts), shown_on):
        pages = shown_on.get(fact.id, [])
        corrections = [targets.get(f"correction:{c.id}") for c in computed.dataset.corrections_of(fact.id)]
        changes = [targets.get(f"site-change:{c.id}") for c in computed.dataset.changes_of(fact.id)]
        parts.append(
            repr(
                (
                    computed[dependencies.record("fact", fact.id)],
                    corrections,
                    changes,
                    [(page, titles.get(page)) for page in pages],
                )
            )
        )
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def index_digest(
    groups: list[RegisterGroup], pages: dict[str, str], shown_on: dict[str, list[str]], labels: Mapping[str, object]
) -> str:
    """What the index lists: each group's page and title, and its facts' ids and labels
    (as the edition shows them)."""
    listed = [
        (
            group.id,
            group.title,
            pages.get(group.id),
            [(f.id, labels[f.id]) for f in in_reading_order(list(group.facts), shown_on)],
        )
        for group in groups
    ]
    return hashlib.sha256(repr((listed, digests.code_digest())).encode()).hexdigest()[:16]


def report_groups_without_a_page(app: Sphinx, env: BuildEnvironment) -> None:
    """A group of facts that no register page lists: its facts would have no entry."""
    index = register_page(env)
    if index is None:
        return
    pages = group_pages(env)
    for group in register_groups(data()):
        if group.facts and group.id not in pages:
            problems.warn(
                index,
                "register_group",
                f"no register page lists the group '{group.id}' ({len(group.facts)} facts); add "
                f"docs/register/{group.id}.md with a title and ```{{pakru:register}}``` with :group: {group.id}",
            )


def setup(app: Sphinx) -> None:
    app.add_node(register_entries)
    app.add_node(register_index)
    app.add_directive_to_domain("pakru", "register", FactRegister)
    app.connect("doctree-resolved", fill_register)
    app.connect("env-get-updated", register_to_write)
