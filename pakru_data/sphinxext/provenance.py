"""Where each fact comes from, shown to readers: the corrections (with schema.org
ClaimReview data), the article's own references, review dates and the strict mode that
refuses unverified or overdue facts.  The fact register is in ``register``."""

from __future__ import annotations

import json
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pakru_data import dependencies
from pakru_data.dataset import today
from pakru_data.model import Correction, Fact, Source, Status, Verdict
from pakru_data.paths import REPOSITORY_ROOT
from pakru_data.sphinxext import domain, problems
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.register import paragraph, register_page
from pakru_data.sphinxext.render import always_english, citation_list, generates_text, record_text, record_words
from pakru_data.sphinxext.words import N_, _

logger = logging.getLogger(__name__)


def _citations(env: BuildEnvironment, sources: list[Source]) -> nodes.bullet_list:
    for source in sources:
        domain.note_use(env, dependencies.record("source", source.id))
    return citation_list(env, sources)


# Corrections ---------------------------------------------------------------

VERDICT_RATING = {Verdict.WRONG: 1, Verdict.IMPRECISE: 2, Verdict.UNVERIFIED: 3}
VERDICT_WORDS = {
    Verdict.WRONG: N_("Wrong"),
    Verdict.IMPRECISE: N_("Imprecise"),
    Verdict.UNVERIFIED: N_("Unverified"),
}
# The original article's sections that corrections name (Correction.section, an id), as
# the sentence "in the article's … section" shows them.
SECTION_NAMES = {
    "history": N_("history"),
    "challenges": N_("challenges"),
    "opportunities": N_("opportunities"),
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


def section_name(correction: Correction) -> str:
    """The article's section a correction is in, in the edition's language."""
    name = SECTION_NAMES.get(correction.section)
    return _(name) if name else correction.section


def json_ld(value: dict[str, Any]) -> nodes.raw:
    # "</" could end the script element early; JSON allows it escaped.
    text = json.dumps(value, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return nodes.raw("", f'<script type="application/ld+json">{text}</script>\n', format="html")


@generates_text
class CorrectionsList(SphinxDirective):
    """Every claim of the original article that the sources contradict or cannot confirm."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        pakru = domain.get_domain(self.env)
        domain.note_use(self.env, dependencies.collection("corrections"))
        result: list[nodes.Node] = []
        for correction in dataset.corrections:
            anchor = f"correction-{correction.id}"
            pakru.claims.claim(f"correction:{correction.id}", self.env.docname, anchor)
            verdict = correction.verdict
            # A section per claim, headed by its topic, so the page's contents list them.
            block = nodes.section(ids=[anchor], classes=["pakru-correction", f"pakru-verdict-{verdict.value}"])
            topic, english = record_text(self.env, correction, "topic")
            block += nodes.title(topic, topic, classes=["language-en"] if english else [])
            block += paragraph(
                nodes.strong("", _("Verdict: {verdict}").format(verdict=_(VERDICT_WORDS[verdict]).lower())),
                nodes.Text(" " + _("(in the article's {section} section)").format(section=section_name(correction))),
            )
            quote = nodes.block_quote(classes=["pakru-article-said"])
            # The original article's own English words, quoted as written: marked lang="en"
            # in the other editions, so they read (and are spoken) as English.
            said = nodes.emphasis(correction.article_said, correction.article_said, classes=always_english(self.env))
            quote += paragraph(nodes.Text(_("The article said:") + " "), said)
            block += quote
            block += paragraph(
                nodes.strong("", _("What the sources say:") + " "),
                *record_words(self.env, correction, "finding", with_facts=True),
            )
            sources = [dataset.source_by_id[s] for s in correction.sources]
            if sources:
                block += paragraph(nodes.strong("", _("Sources:")))
                block += _citations(self.env, sources)
            block += json_ld(claim_review(self.env, correction, anchor))
            result.append(block)
        return result


@generates_text
class ArticleReferences(SphinxDirective):
    """The original article's own references, and whether each could be found."""

    def run(self) -> list[nodes.Node]:
        domain.note_use(self.env, dependencies.collection("article_references"))
        listing = nodes.bullet_list(classes=["pakru-article-references"])
        for reference in data().article_references:
            status = _("found") if reference.found else _("not found")
            item = nodes.list_item(ids=[f"article-reference-{reference.id}"])
            item += paragraph(
                nodes.emphasis(reference.cited_as, reference.cited_as, classes=always_english(self.env)),
                nodes.Text(f" ({status}). "),
                *record_words(self.env, reference, "finding"),
            )
            listing += item
        return [listing]


# Review dates and strict mode ------------------------------------------------


def _fact_location(fact: Fact) -> str:
    return f"{REPOSITORY_ROOT / fact.defined_at.path}:{fact.defined_at.line}"


def report_doubtful_facts(app: Sphinx, env: BuildEnvironment) -> None:
    """Facts past their review date, and unverified and single-source facts shown in pages.

    By default they are listed as notes (warnings fail the build); with
    ``pakru_strict`` each one is an error.  Like the pages' problems, they are
    reported on every build (``env-updated``), whether or not a page was read."""
    dataset = data()
    on = today()
    pakru = domain.get_domain(env)
    register = register_page(env)
    shown = {key.removeprefix("fact:") for d, keys in pakru.uses.items() if d != register for key in keys}
    strict = bool(app.config.pakru_strict)
    for fact in dataset.due_for_review(on):
        message = (
            f"fact '{fact.id}' was due for review by {fact.review_by} (today is {on.isoformat()}); "
            "check its sources, then update the record and its review_by date"
        )
        _report(strict, message, fact, "review_due")
    for fact in dataset.facts.values():
        if fact.status is Status.UNVERIFIED and fact.id in shown:
            message = f"fact '{fact.id}' is shown in pages but unverified; cite a source for it or stop showing it"
            _report(strict, message, fact, "unverified")
        elif fact.status is Status.SINGLE_SOURCE and fact.id in shown:
            message = (
                f"fact '{fact.id}' is shown in pages but rests on one source; cite a primary source or an "
                "independent second one, or stop showing it"
            )
            _report(strict, message, fact, "single_source")


def _report(strict: bool, message: str, fact: Fact, subtype: str) -> None:
    if strict:
        problems.warn(_fact_location(fact), subtype, message)
    else:
        logger.info(f"pakru note: {_fact_location(fact)}: {message}")


def setup(app: Sphinx) -> None:
    app.add_config_value("pakru_repository_url", "", "html", types=[str])
    app.add_config_value("pakru_strict", False, "", types=[bool])  # reporting only: no page reads it
    app.add_directive_to_domain("pakru", "corrections", CorrectionsList)
    app.add_directive_to_domain("pakru", "article-references", ArticleReferences)
