"""The site's own changes, in the open (issue 20): the page "Changes to this site"
(``{pakru:site-changes}``), the line each changed fact's register entry shows, a ready citation of
each fact, and the Atom feed of each edition.

- ``{pakru:site-changes}`` lists every :class:`~pakru_data.model.SiteChange`, newest first, each at
  ``#change-<id>``: the day, the fact, what it was and what it is now (formatted in the
  edition's language from the records), why, the sources that settled it, and the commit.
- The register entry of a changed fact says "Changed on …: was …", linked to its entry; every
  entry offers the fact's permalink and a citation as plain text and BibTeX, with the date
  its value is valid as of.
- ``feed.atom`` at the root of each edition: the site's changes and the corrections to the
  original article, written with feedgenerator (Django's feed writer, as Pelican uses it:
  pure Python, no dependencies) from the same records; every entry's id is a ``tag:`` URI
  (RFC 4151) made of the site's host and the record's id, so it never changes when the text
  does.  Every page's ``<head>`` links it with its ``hreflang``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedgenerator  # type: ignore[import-untyped]  # no type hints shipped
from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

from pakru_data import dependencies
from pakru_data.dataset import Dataset
from pakru_data.dates import PartialDate
from pakru_data.fact_references import FactReference, split_text
from pakru_data.formatting import format_date_at_precision, format_fact_once
from pakru_data.model import Fact, SiteChange, Status
from pakru_data.register_groups import group_of
from pakru_data.sphinxext import domain
from pakru_data.sphinxext.books import SITE_BUILDERS
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.page_sources import STATUS_WORDS
from pakru_data.sphinxext.render import (
    always_english,
    citation_list,
    generates_text,
    locale_of,
    record_text,
    record_words,
)
from pakru_data.sphinxext.words import _

FEED = "feed.atom"
TAG_DATE = "2026"  # the year the site's host began minting these ids (RFC 4151's date)


def former(change: SiteChange, fact_id: str, dataset: Dataset) -> Fact | None:
    """The fact as it stood before the change: its whole record if it was taken off the site,
    else today's record with the changed fields as they were."""
    if change.removed is not None:
        return change.removed
    fact = dataset.facts.get(fact_id)
    return None if fact is None else dataclasses.replace(fact, **change.was)  # type: ignore[arg-type]


def value_text(fact: Fact, locale: str, *, with_status: bool) -> str:
    """A fact's value as the edition shows it, with its status word when that changed."""
    shown = format_fact_once(fact, locale=locale)
    if with_status:
        shown += f" ({_(STATUS_WORDS[Status(fact.status)])})"
    return shown


def was_and_now(change: SiteChange, fact_id: str, dataset: Dataset, locale: str) -> tuple[str | None, str | None]:
    """What one of the change's facts showed before and what it shows now (None: not on the site)."""
    with_status = "status" in change.was
    before = former(change, fact_id, dataset)
    now = dataset.facts.get(fact_id)
    return (
        value_text(before, locale, with_status=with_status) if before is not None else None,
        value_text(now, locale, with_status=with_status) if now is not None and change.removed is None else None,
    )


def status_words(change: SiteChange, dataset: Dataset) -> tuple[str, str] | None:
    """A change of several facts that changed only their status, from one status to one
    other, says it once ("It was: verified", "It is now: one source"); None otherwise."""
    if len(change.facts) < 2 or set(change.was) != {"status"}:
        return None
    now = {dataset.facts[f].status for f in change.facts if f in dataset.facts}
    if len(now) != 1:
        return None
    return _(STATUS_WORDS[Status(str(change.was["status"]))]), _(STATUS_WORDS[Status(now.pop())])


def what_changed(change: SiteChange, dataset: Dataset, locale: str, label: Callable[[str], str] = str) -> list[str]:
    """The lines that say what the change's facts were and are: "It was: …", "It is now: …"
    for one fact or one shared status; "<label>: was …, is now …" per fact otherwise."""
    shared = status_words(change, dataset)
    if shared is not None:
        return [_("It was: {value}").format(value=shared[0]), _("It is now: {value}").format(value=shared[1])]
    if len(change.facts) == 1:
        was, now = was_and_now(change, change.facts[0], dataset, locale)
        now_text = _("It is now: {value}").format(value=now) if now else _("It was taken off the site.")
        return [_("It was: {value}").format(value=was or "—"), now_text]
    lines = []
    for fact_id in change.facts:
        was, now = was_and_now(change, fact_id, dataset, locale)
        lines.append(_("{fact}: was {was}, is now {now}").format(fact=label(fact_id), was=was or "—", now=now or "—"))
    return lines


def changed_on(change: SiteChange, locale: str) -> str:
    return format_date_at_precision(PartialDate.parse(change.changed), locale)


def newest_first(dataset: Dataset) -> list[SiteChange]:
    """Newest day first; changes of one day in the order the log writes them."""
    return sorted(dataset.site_changes, key=lambda c: c.changed, reverse=True)


def label_of(env: BuildEnvironment, change: SiteChange, dataset: Dataset) -> tuple[str, bool]:
    """The change's heading in the edition's language: its own title when it names several
    facts, else the changed fact's label (its former record's, if removed)."""
    if change.title:
        return record_text(env, change, "title")
    if change.removed is not None:
        return record_text(env, change.removed, "label")
    return fact_label(env, dataset, change.facts[0])


def fact_label(env: BuildEnvironment, dataset: Dataset, fact_id: str) -> tuple[str, bool]:
    """A fact's label in the edition's language (its id, if it is no longer on the site)."""
    fact = dataset.facts.get(fact_id)
    return record_text(env, fact, "label") if fact is not None else (fact_id, True)


def commit_node(env: BuildEnvironment, commit: str) -> nodes.Node:
    repository = env.config.pakru_repository_url
    short = nodes.literal(commit[:7], commit[:7])
    if repository:
        return nodes.reference("", "", short, refuri=f"{repository.rstrip('/')}/commit/{commit}")
    return short


def entry_link(env: BuildEnvironment, fact_id: str, text: str, *, english: bool = False) -> pending_xref:
    """A link to a fact's register entry, resolved once the register is written."""
    link = pending_xref("", refdomain="pakru", reftype="entry", reftarget=fact_id, refexplicit=True, refwarn=False)
    link += nodes.inline("", text, classes=["language-en"] if english else [])
    return link


@generates_text
class SiteChanges(SphinxDirective):
    """``{pakru:site-changes}``: every change the site made to a published fact, newest first."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        pakru = domain.get_domain(self.env)
        domain.note_use(self.env, dependencies.collection("site_changes"))
        feed = "../" * self.env.docname.count("/") + FEED
        result: list[nodes.Node] = [
            paragraph(
                nodes.Text(_("Follow these changes and the corrections to the article in a feed reader:") + " "),
                nodes.reference("", _("the site's Atom feed"), refuri=feed, classes=["pakru-feed-link"]),
                nodes.Text("."),
            )
        ]
        if not dataset.site_changes:
            return [*result, nodes.paragraph("", _("No published fact has changed yet."))]
        for change in newest_first(dataset):
            anchor = f"change-{change.id}"
            pakru.claims.claim(f"site-change:{change.id}", self.env.docname, anchor)
            # The facts it shows by value; those of one change of status alike it only names.
            named_only = status_words(change, dataset) is not None
            for fact_id in change.facts:
                if fact_id in dataset.facts:
                    key = dependencies.listed(fact_id) if named_only else dependencies.record("fact", fact_id)
                    domain.note_use(self.env, key)
            result.append(self.entry(change, dataset, anchor))
        return result

    def entry(self, change: SiteChange, dataset: Dataset, anchor: str) -> nodes.section:
        locale = locale_of(self.env)
        label, english = label_of(self.env, change, dataset)
        block = nodes.section(ids=[anchor], classes=["pakru-site-change"])
        block += nodes.title(label, label, classes=["language-en"] if english else [])
        block += paragraph(nodes.strong("", _("Changed on {date}").format(date=changed_on(change, locale))))
        if len(change.facts) == 1 or status_words(change, dataset) is not None:
            lines = nodes.bullet_list(classes=["pakru-change-values"])
            for line in what_changed(change, dataset, locale):
                lines += nodes.list_item("", paragraph(nodes.Text(line)))
            block += lines
        block += paragraph(nodes.strong("", _("Why:") + " "), *record_words(self.env, change, "why", with_facts=True))
        if len(change.facts) == 1:
            if change.facts[0] in dataset.facts and change.removed is None:
                block += paragraph(entry_link(self.env, change.facts[0], _("The fact in the register")))
        else:
            listed = folded(summary=_("The facts it changed ({count})").format(count=len(change.facts)))
            listed += self.facts_list(change, dataset, locale, with_values=status_words(change, dataset) is None)
            block += listed
        sources = [dataset.source_by_id[s] for s in change.sources if s in dataset.source_by_id]
        if sources:
            for source in sources:
                domain.note_use(self.env, dependencies.record("source", source.id))
            block += paragraph(nodes.strong("", _("Sources:")))
            block += citation_list(self.env, sources)
        elif not change.sources:
            block += paragraph(
                nodes.Text(_("No new source settled it: each fact keeps its own sources, in its register entry."))
            )
        if change.commit:
            block += paragraph(nodes.Text(_("Commit:") + " "), commit_node(self.env, change.commit))
        return block

    def facts_list(self, change: SiteChange, dataset: Dataset, locale: str, *, with_values: bool) -> nodes.bullet_list:
        """Each fact the change names, linked to its register entry (with what it was and is
        when the facts did not all change alike)."""
        listed = nodes.bullet_list(classes=["pakru-change-facts"])
        order = {fact_id: n for n, fact_id in enumerate(dataset.facts)}  # as the register lists them
        for fact_id in sorted(change.facts, key=lambda f: order.get(f, len(order))):
            label, english = fact_label(self.env, dataset, fact_id)
            item = paragraph(entry_link(self.env, fact_id, label, english=english))
            if with_values:
                was, now = was_and_now(change, fact_id, dataset, locale)
                item += nodes.Text(": " + _("was {was}, is now {now}").format(was=was or "—", now=now or "—"))
            listed += nodes.list_item("", item)
        return listed


class folded(nodes.General, nodes.Element):  # noqa: N801 - docutils names nodes in lower case
    """A long list a reader opens when they want it: ``<details>`` on the site
    (:class:`UnfoldInBooks` unfolds it for every other builder)."""


def visit_folded_html(self: Any, node: folded) -> None:
    self.body.append(f'<details class="pakru-folded"><summary>{self.encode(node["summary"])}</summary>')


def depart_folded_html(self: Any, node: folded) -> None:
    self.body.append("</details>")


class UnfoldInBooks(SphinxPostTransform):
    """Where nothing opens (a book, plain text), a folded list is its summary as a rubric
    and the list shown."""

    default_priority = 200

    def run(self, **kwargs: Any) -> None:
        if self.app.builder.name in SITE_BUILDERS:
            return
        for node in list(self.document.findall(folded)):
            node.replace_self([nodes.rubric("", node["summary"]), *node.children])


def paragraph(*children: nodes.Node) -> nodes.paragraph:
    return nodes.paragraph("", "", *children)


# What a fact's register entry shows -------------------------------------------------


def changes_field(env: BuildEnvironment, link: Any, dataset: Dataset, fact: Fact) -> list[nodes.Node]:
    """ "Changed on 29 November 2026: was January 1971 (why)", one line per change, newest
    first; ``link(page, anchor, text)`` makes a link from the page being written."""
    locale = locale_of(env)
    targets = domain.get_domain(env).targets
    lines: list[nodes.Node] = []
    for change in dataset.changes_of(fact.id):
        was, _now = was_and_now(change, fact.id, dataset, locale)
        text = _("changed on {date}: was {value}").format(date=changed_on(change, locale), value=was or "—")
        line = paragraph(nodes.Text(text))
        where = targets.get(f"site-change:{change.id}")
        if where is not None:
            line += nodes.Text(" (")
            line += link(*where, _("why"))
            line += nodes.Text(")")
        lines.append(line)
    return lines


def permalink(env: BuildEnvironment, page_uri: str, fact: Fact) -> str:
    """The fact's address in this edition: its register entry."""
    base = env.config.html_baseurl or ""
    return f"{base}{page_uri}#fact-{fact.id}"


def value_dates(dataset: Dataset, fact: Fact) -> tuple[PartialDate | None, PartialDate | None]:
    """The dates a citation gives its value: the day the value is valid as of (as the register
    shows it), and the last day one of its sources was read for it."""
    read = [PartialDate.parse(s.accessed) for s in dataset.cited_sources(fact) if s.accessed]
    return dataset.as_of(fact), max(read, key=PartialDate.last_day) if read else None


def citation_texts(env: BuildEnvironment, dataset: Dataset, fact: Fact, url: str) -> tuple[str, str]:
    """The fact's citation as plain text and as BibTeX, in the edition's language."""
    locale = locale_of(env)
    project = env.config.project
    label, _english = record_text(env, fact, "label")
    value = format_fact_once(fact, locale=locale)
    as_of, read = value_dates(dataset, fact)
    about = [_(STATUS_WORDS[fact.status])]
    if as_of is not None:
        about.append(_("value as of {date}").format(date=format_date_at_precision(as_of, locale)))
    if read is not None:
        about.append(_("sources read on {date}").format(date=format_date_at_precision(read, locale)))
    fact_id = _("Fact {id}").format(id=fact.id)
    plain = f"{project}, “{label}”: {value} ({'; '.join(about)}). {fact_id}. {url}"
    fields = {
        "title": _bibtex(f"{label}: {value}"),
        "author": f"{{{_bibtex(project)}}}",  # a name in braces: BibTeX keeps it whole
        "howpublished": f"\\url{{{url}}}",
        "note": _bibtex("; ".join([fact_id, *about])),
    }
    when = as_of or read
    if when is not None:
        fields["year"] = str(when.year)
        if when.month:
            fields["month"] = str(when.month)
    body = ",\n".join(f"  {name} = {{{text}}}" for name, text in fields.items())
    return plain, f"@misc{{{project}-{fact.id},\n{body}\n}}"


def _bibtex(text: str) -> str:
    """Text inside BibTeX's braces, its special characters escaped."""
    for special in ("&", "%", "#", "$", "_", "{", "}"):
        text = text.replace(special, "\\" + special)
    return text


def cite_field(env: BuildEnvironment, dataset: Dataset, fact: Fact, page_uri: str) -> list[nodes.Node]:
    url = permalink(env, page_uri, fact)
    plain, bibtex = citation_texts(env, dataset, fact, url)
    first = paragraph(
        nodes.Text(_("Permalink:") + " "),
        # An address reads as itself in every edition: marked lang="en", left to right.
        nodes.reference(url, url, refuri=url, classes=["pakru-permalink", *always_english(env)]),
    )
    return [
        first,
        paragraph(nodes.Text(_("As plain text:"))),
        citation_block(plain, "pakru-cite-text"),
        paragraph(nodes.Text(_("As BibTeX:"))),
        citation_block(bibtex, "pakru-cite-bibtex", direction="ltr"),  # BibTeX's syntax reads left to right
    ]


def citation_block(text: str, css_class: str, *, direction: str = "") -> nodes.literal_block:
    """A citation to copy, shown as written: a literal block with no source text of its own
    is written as it stands (``<pre>``), not highlighted, so the register's thousands of
    citations cost no Pygments lexer and formatter each.  ``direction`` sets the block's own
    (``dir``), where its text reads one way in every edition."""
    block = nodes.literal_block("", text, classes=[css_class])
    if direction:
        block["dir"] = direction
    return block


# The feeds ----------------------------------------------------------------------------


def tag_uri(site_url: str, *parts: str) -> str:
    """A stable id: ``tag:<host>,<year>:pakru/<parts>`` (RFC 4151).

    >>> tag_uri("https://example.org/pakru/", "ru", "change", "steel-mills-agreement-day")
    'tag:example.org,2026:pakru/ru/change/steel-mills-agreement-day'
    """
    host = urlsplit(site_url).hostname or "localhost"
    return f"tag:{host},{TAG_DATE}:pakru/{'/'.join(parts)}"


def plain_text(env: BuildEnvironment, record: object, field: str) -> str:
    """A record's words in the edition's language, facts shown as their values."""
    text, _english = record_text(env, record, field)
    locale = locale_of(env)
    facts = data().facts
    return "".join(
        format_fact_once(facts[part.fact_id], part.variant, locale=locale) if isinstance(part, FactReference) else part
        for part in split_text(text)
    )


def _day(written: str) -> dt.datetime:
    return dt.datetime.combine(PartialDate.parse(written).first_day(), dt.time(), tzinfo=dt.UTC)


def feed_entries(app: Sphinx) -> Iterator[dict[str, Any]]:
    """Each entry of the edition's feed: the site's changes, then the corrections."""
    env = app.env
    dataset = data()
    locale = locale_of(env)
    base = app.config.html_baseurl or ""
    targets = domain.get_domain(env).targets
    site = app.config.pakru_site_url or base
    for change in newest_first(dataset):
        where = targets.get(f"site-change:{change.id}")
        label, _english = label_of(env, change, dataset)
        lines = [
            *what_changed(change, dataset, locale, lambda fact_id: fact_label(env, dataset, fact_id)[0]),
            _("Why:") + " " + plain_text(env, change, "why"),
        ]
        yield {
            "title": _("Changed: {label}").format(label=label),
            "link": f"{base}{app.builder.get_target_uri(where[0])}#{where[1]}" if where else base,
            "unique_id": tag_uri(site, locale, "change", change.id),
            "updateddate": _day(change.changed),
            "description": "".join(f"<p>{html.escape(line)}</p>" for line in lines),
        }
    for correction in dataset.corrections:
        where = targets.get(f"correction:{correction.id}")
        topic, _english = record_text(env, correction, "topic")
        yield {
            "title": _("Correction: {topic}").format(topic=topic),
            "link": f"{base}{app.builder.get_target_uri(where[0])}#{where[1]}" if where else base,
            "unique_id": tag_uri(site, locale, "correction", correction.id),
            "updateddate": _day(correction.reviewed),
            "description": f"<p>{html.escape(plain_text(env, correction, 'finding'))}</p>",
        }


def feed_title(app: Sphinx) -> str:
    return _("{project}: changes to this site and corrections to the article").format(project=app.config.project)


def write_feed(app: Sphinx, exception: Exception | None) -> None:
    """``feed.atom`` at the edition's root, once every page is written."""
    if exception is not None or app.builder.format != "html" or app.builder.name == "singlehtml":
        return
    locale = locale_of(app.env)
    base = app.config.html_baseurl or ""
    feed = feedgenerator.Atom1Feed(
        title=feed_title(app),
        link=base or "./",
        description="",
        language=locale,
        feed_url=f"{base}{FEED}",
        feed_guid=tag_uri(app.config.pakru_site_url or base, locale, "feed"),
        author_name=app.config.project,
    )
    entries = sorted(feed_entries(app), key=lambda e: (e["updateddate"], e["unique_id"]), reverse=True)
    for entry in entries:
        feed.add_item(**entry)
    path = Path(app.outdir, FEED)
    text = feed.writeString("utf-8")
    if not path.exists() or path.read_text(encoding="utf-8") != text:  # a rebuild that changes nothing writes nothing
        path.write_text(text, encoding="utf-8")


def feed_link(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object) -> None:
    """Every page's ``<head>`` links its edition's feed, in the edition's language (the site's
    pages only: a book has no feed beside it, and an EPUB page must stay well-formed XML)."""
    if app.builder.name not in {"html", "dirhtml"}:
        return
    locale = locale_of(app.env)
    href = html.escape(context["pathto"](FEED, 1), quote=True)
    title = html.escape(feed_title(app), quote=True)
    link = f'<link rel="alternate" type="application/atom+xml" hreflang="{locale}" title="{title}" href="{href}" />'
    context["metatags"] = context.get("metatags", "") + "\n" + link


def fact_labels(app: Sphinx, env: BuildEnvironment) -> None:
    """Each fact's register entry as a std label, ``fact-<id>``: objects.inv then lists it as
    ``std:label``, which any Sphinx project links to with intersphinx
    (``{external+pakru:ref}`fact-tashkent-declaration```), whatever its domains."""
    std = env.domains.standard_domain
    targets = domain.get_domain(env).targets
    facts = data().facts
    for name, (_docname, anchor, *_rest) in list(std.labels.items()):  # a fact no longer in the data
        if name.startswith("fact-") and anchor == name and name.removeprefix("fact-") not in facts:
            del std.labels[name]
            std.anonlabels.pop(name, None)
    for fact in facts.values():
        page = targets.get(domain.register_group_key(group_of(fact))) or targets.get(domain.REGISTER_KEY)
        if page is None:
            continue
        name = f"fact-{fact.id}"
        label, _english = record_text(env, fact, "label")
        std.labels[name] = (page[0], name, label)
        std.anonlabels[name] = (page[0], name)


def setup(app: Sphinx) -> None:
    app.add_node(folded, html=(visit_folded_html, depart_folded_html))
    app.add_post_transform(UnfoldInBooks)
    app.add_directive_to_domain("pakru", "site-changes", SiteChanges)
    app.connect("env-updated", fact_labels)
    app.connect("html-page-context", feed_link)
    app.connect("build-finished", write_feed)
