"""The fact register: every fact with its value, status, sources, dates, the pages that
show it and a way to correct it, each entry at ``#fact-<id>``.

The register's page is read like any other, but its entries are built while it is
written, from the data as it is then.  So no edit to the data makes Sphinx read it
again: editing a fact re-reads only the pages that show the fact, and adding a fact no
page shows re-reads nothing.  The register is written again when what its entries show
changed: the records it lists, or which pages show each fact (and so their order).

Within each group, entries follow the order a reader meets the facts: page by page in
the site's reading order, then in order within the page; facts no page shows come
last, in the order of the data files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlencode

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from pakru_data.dataset import Dataset, today
from pakru_data.formatting import format_amount, format_date_at_precision, format_fact
from pakru_data.model import Fact, Figure, Source, Version, to_decimal
from pakru_data.sphinxext import domain
from pakru_data.sphinxext.render import citation_list, fact_value, locale_of, record_words
from pakru_data.sphinxext.state import data
from pakru_data.sphinxext.words import N_, _

GROUPS = {"events": N_("Dated events"), "figures": N_("Figures")}
# Everything an entry shows, as domain keys: when one of their digests changes, the
# register is written again.
SHOWN_IN_ENTRIES = ("all:events", "all:figures", "all:sources", "all:corrections", "overdue", domain.CODE_KEY)


class register_entries(nodes.General, nodes.Element):  # noqa: N801 - docutils naming
    """Where a group's entries go once the page is written; ``kind`` names the group."""


class FactRegister(SphinxDirective):
    """``{fact-register}``: a section per kind of fact, filled when the page is written."""

    def run(self) -> list[nodes.Node]:
        domain.get_domain(self.env).note_target(domain.REGISTER_KEY, self.env.docname, "")
        sections: list[nodes.Node] = []
        for kind, title in GROUPS.items():
            section = nodes.section(ids=[nodes.make_id(title)])  # the English id in every edition
            section += nodes.title(_(title), _(title))
            section += register_entries(kind=kind)
            sections.append(section)
        return sections


def register_page(env: BuildEnvironment) -> str | None:
    where = domain.get_domain(env).targets.get(domain.REGISTER_KEY)
    return where[0] if where else None


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
        shown = fact_value(record, "default", locale)
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
            review: list[nodes.Node] = [nodes.Text(record.review_by)]
            if record.id in overdue:
                overdue_text = " (" + _("review overdue") + ")"
                review.append(nodes.inline(overdue_text, overdue_text, classes=["pakru-overdue"]))
            fields += field(_("Review by"), paragraph(*review))
        if record.note:
            fields += field(_("Notes"), paragraph(*record_words(self.env, record, "note")))
        fields += field(_("Shown on"), paragraph(*self.pages(shown_on)))
        fields += field(_("Found a mistake"), paragraph(self.suggest_link(record, shown.astext())))
        box += fields
        return box

    def status(self, record: Fact) -> Iterator[nodes.Node]:
        status = record.status.value
        yield nodes.inline(status, status, classes=[f"pakru-status-{status}"])
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
        return links or [nodes.Text("no page yet")]

    def suggest_link(self, record: Fact, shown: str) -> nodes.Node:
        """The prefilled issue form when the repository is known, else the how-to page."""
        url = suggest_correction_url(self.env, self.dataset, record, shown)
        if url:
            return nodes.reference("", "Suggest a correction", refuri=url, classes=["pakru-suggest"])
        if "how-to-correct" in self.env.found_docs:
            return self.link("how-to-correct", "", "How to correct a fact")
        return nodes.Text("Open an issue on the project's repository")

    def sources(self, record: Fact) -> nodes.Node:
        if isinstance(record, Figure) and record.versions:
            versions = nodes.bullet_list()
            for version in record.versions:
                amount = version_text(record, version, locale_of(self.env))
                item = nodes.list_item("", paragraph(nodes.strong(amount, amount), nodes.Text(f", {version.said_by}:")))
                item += self.citations([self.dataset.source_by_id[s] for s in version.sources])
                versions += item
            return versions
        if not record.sources:
            return paragraph(nodes.Text("No source found: this fact is unverified."))
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
    """Build the entries of each group, in reading order, as the page is written."""
    placeholders = list(doctree.findall(register_entries))
    if not placeholders:
        return
    dataset = data()
    shown_on = pages_showing_each_fact(app.env)
    entries = Entries(app, page, dataset, page_titles(app.env))
    overdue = {fact.id for fact in dataset.due_for_review(today())}
    for placeholder in placeholders:
        records: list[Fact] = list(getattr(dataset, placeholder["kind"]))
        built = [entries.entry(r, shown_on.get(r.id, []), overdue) for r in in_reading_order(records, shown_on)]
        placeholder.replace_self(built)


# When to write the register again -------------------------------------------------


def register_to_write(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The register's page, when what its entries show changed: the records it lists,
    or which pages show each fact (their order, and their titles).

    What it was last written from is kept, as a digest, with the environment, which
    Sphinx saves after this event."""
    page = register_page(env)
    if page is None:
        return []
    changed = domain.get_domain(env).note_built_from(domain.REGISTER_KEY, register_digest(env))
    return [page] if changed else []


def page_titles(env: BuildEnvironment) -> dict[str, str]:
    return {page: title.astext() for page, title in sorted(env.titles.items())}


def register_digest(env: BuildEnvironment) -> str:
    digests = domain.digests_for(env)
    shown_on = pages_showing_each_fact(env)
    titles = page_titles(env)
    shown_titles = {page: titles[page] for pages in shown_on.values() for page in pages if page in titles}
    parts = [*(digests[key] for key in SHOWN_IN_ENTRIES), repr(shown_on), repr(sorted(shown_titles.items()))]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def setup(app: Sphinx) -> None:
    app.add_node(register_entries)
    app.add_directive("fact-register", FactRegister)
    app.connect("doctree-resolved", fill_register)
    app.connect("env-get-updated", register_to_write)
