"""Where each fact comes from, shown to readers: the fact register, the corrections
(with schema.org ClaimReview data), the article's own references, review dates and
the strict mode that refuses unverified or overdue facts."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pakru_data.dataset import Dataset, today
from pakru_data.formatting import format_date_at_precision, format_fact
from pakru_data.model import Correction, Fact, Figure, Verdict
from pakru_data.sphinxext import domain
from pakru_data.sphinxext.render import citation, fact_node, locale_of, text_with_facts
from pakru_data.sphinxext.state import PACKAGE_ROOT, data

logger = logging.getLogger(__name__)

REGISTER_KEY = "register"  # the domain target key for the page holding the register


class fact_pages(nodes.Inline, nodes.TextElement):  # noqa: N801 - docutils naming
    """Placeholder for the links to the pages that show a fact; filled in once every
    page has been read (see ``fill_fact_pages``)."""


def field(name: str, *body: nodes.Node) -> nodes.field:
    return nodes.field("", nodes.field_name(name, name), nodes.field_body("", *body))


def paragraph(*children: nodes.Node) -> nodes.paragraph:
    return nodes.paragraph("", "", *children)


def suggest_correction_url(env: BuildEnvironment, fact: Fact, shown: str) -> str | None:
    """A new-issue form on the project's repository, prefilled for this fact."""
    repository = env.config.pakru_repository_url
    if not repository:
        return None
    sources = "; ".join(f"{s.publisher}: {s.url or s.title}" for s in data().cited_sources(fact))
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


class FactRegister(SphinxDirective):
    """Every fact, grouped by kind: value, status, sources, dates, the pages that show
    it, and a link to suggest a correction.  Each entry is at ``#fact-<id>``."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        pakru = domain.get_domain(self.env)
        pakru.note_target(REGISTER_KEY, self.env.docname, "")
        domain.note_use(self.env, "all:events")
        domain.note_use(self.env, "all:figures")
        domain.note_use(self.env, "all:corrections")
        groups: list[tuple[str, list[Fact]]] = [("Dated events", [*dataset.events]), ("Figures", [*dataset.figures])]
        # Once for the register, not once per entry (that was quadratic in the number of facts).
        overdue = {fact.id for fact in dataset.due_for_review(today())}
        result: list[nodes.Node] = []
        for title, records in groups:
            section = nodes.section(ids=[nodes.make_id(title)])
            section += nodes.title(title, title)
            for record in records:
                pakru.note_target(f"fact:{record.id}", self.env.docname, f"fact-{record.id}")
                section += self.entry(dataset, record, overdue)
            result.append(section)
        return result

    def entry(self, dataset: Dataset, record: Fact, overdue: set[str]) -> nodes.Element:
        locale = locale_of(self.env)
        shown = fact_node(self.env, record)
        shown["cite"] = False  # the entry lists its sources in full
        box = nodes.container(ids=[f"fact-{record.id}"], classes=["pakru-register-entry"])
        box += paragraph(nodes.strong(record.label, record.label))
        fields = nodes.field_list()
        fields += field("Id", paragraph(nodes.literal(record.id, record.id)))
        value: list[nodes.Node] = [shown]
        if isinstance(record, Figure) and record.period:
            value.append(nodes.Text(f" ({format_fact(record, 'period', locale=locale)})"))
        fields += field("Shown as", paragraph(*value))
        status: list[nodes.Node] = [
            nodes.inline(record.status.value, record.status.value, classes=[f"pakru-status-{record.status.value}"])
        ]
        for correction in dataset.corrections_of(record.id):
            status += [nodes.Text(" — "), correction_link(correction, "see the correction")]
        fields += field("Status", paragraph(*status))
        fields += field("Sources", self.sources(dataset, record))
        as_of = dataset.as_of(record)
        if as_of is not None:
            fields += field("Valid as of", paragraph(nodes.Text(format_date_at_precision(as_of, locale))))
        if record.review_by:
            review: list[nodes.Node] = [nodes.Text(record.review_by)]
            if record.id in overdue:
                review.append(nodes.inline(" (review overdue)", " (review overdue)", classes=["pakru-overdue"]))
            fields += field("Review by", paragraph(*review))
        if record.note:
            fields += field("Notes", paragraph(nodes.Text(record.note)))
        fields += field("Shown on", paragraph(fact_pages("", "", fact_id=record.id)))
        fields += field("Found a mistake", paragraph(self.suggest_link(record, shown.astext())))
        box += fields
        return box

    def suggest_link(self, record: Fact, shown: str) -> nodes.Node:
        """The prefilled issue form when the repository is known, else the how-to page."""
        url = suggest_correction_url(self.env, record, shown)
        if url:
            return nodes.reference("", "Suggest a correction", refuri=url, classes=["pakru-suggest"])
        xref = addnodes.pending_xref(
            "", refdomain="std", reftype="doc", reftarget="/how-to-correct", refexplicit=True, refwarn=True
        )
        xref += nodes.inline("", "How to correct a fact")
        return xref

    def sources(self, dataset: Dataset, record: Fact) -> nodes.Node:
        if isinstance(record, Figure) and record.versions:
            versions = nodes.bullet_list()
            for version in record.versions:
                amount = _version_text(record, version, locale_of(self.env))
                item = nodes.list_item("", paragraph(nodes.strong(amount, amount), nodes.Text(f", {version.said_by}:")))
                item += _citations(self.env, [dataset.source_by_id[s] for s in version.sources])
                versions += item
            return versions
        if not record.sources:
            return paragraph(nodes.Text("No source found: this fact is unverified."))
        return _citations(self.env, dataset.cited_sources(record))


def _version_text(figure: Figure, version: Any, locale: str) -> str:
    from pakru_data.formatting import format_amount
    from pakru_data.model import to_decimal

    low = format_amount(to_decimal(version.value), figure, "default", locale)
    if version.high is None:
        return low
    return f"{low}–{format_amount(to_decimal(version.high), figure, 'default', locale)}"


def _citations(env: BuildEnvironment, sources: list[Any]) -> nodes.bullet_list:
    listing = nodes.bullet_list()
    for source in sources:
        domain.note_use(env, f"source:{source.id}")
        listing += nodes.list_item("", paragraph(*citation(env, source)))
    return listing


def correction_link(correction: Correction, text: str) -> nodes.Node:
    xref = addnodes.pending_xref(
        "", refdomain="pakru", reftype="correction", reftarget=correction.id, refexplicit=True, refwarn=True
    )
    xref += nodes.inline(text, text)
    return xref


def fill_fact_pages(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Replace each placeholder with links to the pages that show the fact."""
    pakru = domain.get_domain(app.env)
    for node in list(doctree.findall(fact_pages)):
        key = f"fact:{node['fact_id']}"
        pages = sorted(d for d, keys in pakru.uses.items() if key in keys and d != docname)
        links: list[nodes.Node] = []
        for page in pages:
            if links:
                links.append(nodes.Text(", "))
            title = app.env.titles[page].astext() if page in app.env.titles else page
            uri = app.builder.get_relative_uri(docname, page)
            links.append(nodes.reference("", title, refuri=uri))
        node.replace_self(links or [nodes.Text("no page yet")])


def register_follows_every_read(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The register lists the pages that show each fact, so it is written again
    whenever any page was read."""
    where = domain.get_domain(env).targets.get(REGISTER_KEY)
    if where and env.pakru_read_docs:  # type: ignore[attr-defined]
        return [where[0]]
    return []


def note_read_docs(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    env.pakru_read_docs = list(docnames)  # type: ignore[attr-defined]


# Corrections ---------------------------------------------------------------

VERDICT_RATING = {Verdict.WRONG: 1, Verdict.IMPRECISE: 2, Verdict.UNVERIFIED: 3}
VERDICT_WORDS = {
    Verdict.WRONG: "Wrong",
    Verdict.IMPRECISE: "Imprecise",
    Verdict.UNVERIFIED: "Unverified",
}
ORIGINAL_ARTICLE = "Pakistan–Russia relations (the original article this site corrects)"


def claim_review(env: BuildEnvironment, correction: Correction, anchor: str) -> dict[str, Any]:
    """schema.org ClaimReview for one corrected claim."""
    base = (env.config.html_baseurl or "").rstrip("/")
    page = f"{env.docname}.html#{anchor}"
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": correction.article_said,
        "itemReviewed": {
            "@type": "Claim",
            "appearance": {"@type": "CreativeWork", "name": ORIGINAL_ARTICLE},
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": VERDICT_RATING[correction.verdict],
            "bestRating": max(VERDICT_RATING.values()),
            "worstRating": min(VERDICT_RATING.values()),
            "alternateName": VERDICT_WORDS[correction.verdict],
        },
        "author": {"@type": "Organization", "name": env.config.project},
        "datePublished": correction.reviewed,
        "url": f"{base}/{page}" if base else page,
    }


def json_ld(value: dict[str, Any]) -> nodes.raw:
    # "</" could end the script element early; JSON allows it escaped.
    text = json.dumps(value, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return nodes.raw("", f'<script type="application/ld+json">{text}</script>\n', format="html")


class CorrectionsList(SphinxDirective):
    """Every claim of the original article that the sources contradict or cannot confirm."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        pakru = domain.get_domain(self.env)
        domain.note_use(self.env, "all:corrections")
        result: list[nodes.Node] = []
        for correction in dataset.corrections:
            anchor = f"correction-{correction.id}"
            pakru.note_target(f"correction:{correction.id}", self.env.docname, anchor)
            verdict = correction.verdict
            block = nodes.container(ids=[anchor], classes=["pakru-correction", f"pakru-verdict-{verdict.value}"])
            block += paragraph(
                nodes.strong("", f"Verdict: {VERDICT_WORDS[verdict].lower()}"),
                nodes.Text(f" (in the article's {correction.section} section)"),
            )
            quote = nodes.block_quote(classes=["pakru-article-said"])
            quote += paragraph(
                nodes.Text("The article said: "), nodes.emphasis(correction.article_said, correction.article_said)
            )
            block += quote
            block += paragraph(
                nodes.strong("", "What the sources say: "), *text_with_facts(self.env, correction.finding)
            )
            sources = [dataset.source_by_id[s] for s in correction.sources]
            if sources:
                block += paragraph(nodes.strong("", "Sources:"))
                block += _citations(self.env, sources)
            block += json_ld(claim_review(self.env, correction, anchor))
            result.append(block)
        return result


class ArticleReferences(SphinxDirective):
    """The original article's own references, and whether each could be found."""

    def run(self) -> list[nodes.Node]:
        domain.note_use(self.env, "all:article_references")
        listing = nodes.bullet_list(classes=["pakru-article-references"])
        for reference in data().article_references:
            status = "found" if reference.found else "not found"
            item = nodes.list_item(ids=[f"article-reference-{reference.id}"])
            item += paragraph(
                nodes.emphasis(reference.cited_as, reference.cited_as),
                nodes.Text(f" ({status}). {reference.finding}"),
            )
            listing += item
        return [listing]


# Review dates and strict mode ------------------------------------------------


def _fact_location(fact: Fact) -> str:
    return f"{PACKAGE_ROOT / fact.defined_at.path}:{fact.defined_at.line}"


def report_doubtful_facts(app: Sphinx, env: BuildEnvironment) -> None:
    """Facts past their review date, and unverified facts shown in pages.

    By default they are listed as notes (warnings fail the build); with
    ``pakru_strict`` each one is an error."""
    dataset = data()
    on = today()
    pakru = domain.get_domain(env)
    register = pakru.targets.get(REGISTER_KEY, ("",))[0]
    shown = {key.removeprefix("fact:") for d, keys in pakru.uses.items() if d != register for key in keys}
    strict = bool(app.config.pakru_strict)
    for fact in dataset.due_for_review(on):
        message = (
            f"fact '{fact.id}' was due for review by {fact.review_by} (today is {on.isoformat()}); "
            "check its sources, then update the record and its review_by date"
        )
        _report(strict, message, fact, "review_due")
    for fact in dataset.facts.values():
        if fact.status.value == "unverified" and fact.id in shown:
            message = f"fact '{fact.id}' is shown in pages but unverified; cite a source for it or stop showing it"
            _report(strict, message, fact, "unverified")


def _report(strict: bool, message: str, fact: Fact, subtype: str) -> None:
    if strict:
        logger.warning(message, location=_fact_location(fact), type="pakru", subtype=subtype)
    else:
        logger.info(f"pakru note: {_fact_location(fact)}: {message}")


def setup(app: Sphinx) -> None:
    app.add_config_value("pakru_repository_url", "", "html", types=[str])
    app.add_config_value("pakru_strict", False, "env", types=[bool])
    app.add_node(fact_pages)
    app.add_directive("fact-register", FactRegister)
    app.add_directive("corrections-list", CorrectionsList)
    app.add_directive("article-references", ArticleReferences)
    app.connect("doctree-resolved", fill_fact_pages)
    app.connect("env-before-read-docs", note_read_docs)
    app.connect("env-get-updated", register_follows_every_read)
    app.connect("env-check-consistency", report_doubtful_facts)
