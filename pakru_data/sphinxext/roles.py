"""Roles that show records in page text: {fact}`id[:variant]`, {point}`id`, {era}`id`,
and {source}`id`, which cites a source where no fact value is shown; and the pakru
domain's links to a record's entry: {pakru:correction}`id`, {pakru:point}`id`, and
{pakru:entry}`id`, a fact's entry in the register (``{fact}`` shows a fact's value)."""

from __future__ import annotations

from docutils import nodes
from docutils.nodes import Node, system_message
from sphinx.application import Sphinx
from sphinx.roles import XRefRole
from sphinx.util.docutils import SphinxRole

from pakru_data import dependencies
from pakru_data.fact_references import parse_reference
from pakru_data.formatting import UnknownVariantError, variants_of
from pakru_data.sphinxext import domain, problems
from pakru_data.sphinxext import nodes as pakru_nodes
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.render import fact_node, record_text
from pakru_data.sphinxext.words import _
from pakru_data.suggest import did_you_mean


class PakruRole(SphinxRole):
    def exact_location(self) -> tuple[str, int]:
        """The role's own line.  MyST gives the line its paragraph starts on, and builds the
        paragraph as it goes: the text before the role is already in it, one line break
        for each line of the source, so counting them finds the role's line (in an
        included file too, and for the second of two identical roles)."""
        source, line = self.get_source_info()
        block = getattr(self.inliner, "parent", None)
        while block is not None and not isinstance(block, nodes.TextElement):
            block = block.parent
        if block is not None:
            line += block.astext().count("\n")
        return source, line

    def fail(self, subtype: str, message: str) -> tuple[list[Node], list[system_message]]:
        """Note a problem at the page and line (a warning on every build, an error under
        -W), and show the raw text."""
        source, line = self.exact_location()
        problems.note_problem(self.env, f"{source}:{line}", subtype, message)
        return [nodes.inline(self.rawtext, self.rawtext, classes=["pakru-problem"])], []


class FactRole(PakruRole):
    """{fact}`tashkent-declaration` shows the fact's value; {fact}`id:year` a variant."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        reference = parse_reference(self.text)
        facts = data().facts
        record = facts.get(reference.fact_id)
        if record is None:
            domain.note_use(self.env, dependencies.record("fact", reference.fact_id))  # re-read once it exists
            return self.fail("unknown_fact", problems.unknown("fact", reference.fact_id, facts))
        try:
            return [fact_node(self.env, record, reference.variant)], []
        except UnknownVariantError:
            return self.fail(
                "unknown_variant",
                f"fact '{record.id}' has no format variant '{reference.variant}'"
                f"{did_you_mean(reference.variant, variants_of(record))}; "
                f"use one of: {', '.join(variants_of(record))}",
            )


class SourceRole(PakruRole):
    """{source}`dawn-arms-embargo-lifted` cites a source for a sentence that shows no fact:
    the same numbered link to the page's sources as a fact carries."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        source_id = self.text.strip()
        sources = data().source_by_id
        domain.note_use(
            self.env, dependencies.record("source", source_id)
        )  # re-read when it changes, or once it exists
        if source_id not in sources:
            return self.fail("unknown_source", problems.unknown("source", source_id, sources))
        return [pakru_nodes.source_ref("", source_id=source_id)], []


class PointRole(PakruRole):
    """{point}`india-ties` shows a challenge's or opportunity's heading."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        points = data().point_by_id
        record = points.get(self.text.strip())
        domain.note_use(self.env, dependencies.record("point", self.text.strip()))
        if record is None:
            called = "challenge or opportunity"
            return self.fail("unknown_point", problems.unknown("point", self.text.strip(), points, called=called))
        heading, english = record_text(self.env, record, "heading")
        classes = ["pakru-point", *(["language-en"] if english else [])]
        return [pakru_nodes.point(heading, heading, point_id=record.id, classes=classes)], []


class EraRole(PakruRole):
    """{era}`cold-war` shows an era's heading: its years and title."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        eras = data().era_by_id
        record = eras.get(self.text.strip())
        domain.note_use(self.env, dependencies.era_heading(self.text.strip()))  # its years and title, not its events
        if record is None:
            return self.fail("unknown_era", problems.unknown("era", self.text.strip(), eras))
        end = str(record.end_year) if record.end_year else _("present")
        title, english = record_text(self.env, record, "title")
        text = f"{record.start_year}–{end}: {title}"
        return [nodes.inline(text, text, classes=["pakru-era", *(["language-en"] if english else [])])], []


# Each pakru domain link role, and the name pages give the records it links to
# (``RecordKind.linked_as``): {pakru:entry}`id` links to a fact's entry in the register.
LINKED_RECORDS = {"correction": "correction", "entry": "fact", "point": "point"}


class RecordLink(PakruRole, XRefRole):
    """{pakru:correction}`id` (or `text <id>`) links to a record's entry.  An id the data
    does not have is a problem of the page, found while reading it: as a link that failed
    to resolve it would be reported only by builds that write the page again."""

    def __init__(self, linked_as: str) -> None:
        super().__init__()
        self.linked_as = linked_as

    def run(self) -> tuple[list[Node], list[system_message]]:
        records = data().by_link[self.linked_as]
        target = self.target.strip()
        domain.note_use(self.env, dependencies.record(self.linked_as, target))  # re-read once it exists
        if target not in records:
            return self.fail(f"unknown_{self.linked_as}", problems.unknown(self.linked_as, target, records))
        return super().run()


def setup(app: Sphinx) -> None:
    for role, linked_as in LINKED_RECORDS.items():
        app.add_role_to_domain("pakru", role, RecordLink(linked_as))
    app.add_role("fact", FactRole())
    app.add_role("source", SourceRole())
    app.add_role("point", PointRole())
    app.add_role("era", EraRole())
