"""Era timelines, drawn by sphinx-timeline from pakru_data's events.

sphinx-timeline 0.2.1 is used for its layout (nodes and CSS), with its known bugs
worked around here:

- data is fed as one line of JSON (multi-line JSON fails to parse);
- each event gets a full ISO date (it rejects year or month dates), and the card's
  date label is formatted by pakru at the fact's own precision ("April 1965");
- cards are filled with docutils nodes built from the data, not with its Jinja
  template parsed as MyST, so text from the data is never run as markup and a
  misspelt template variable cannot render blank;
- its own ``setup()`` is not called: it appends to ``html_static_path`` on every
  build (a config change each time) and leaves a stray folder in the output.  Its
  directive and node are registered here, and its CSS is copied once per build.
"""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx_timeline import main as sphinx_timeline  # type: ignore[import-untyped]
from sphinx_timeline import static as sphinx_timeline_static

from pakru_data import dependencies
from pakru_data.model import Event
from pakru_data.sphinxext import domain
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.page_input import known_value
from pakru_data.sphinxext.page_sources import SITE_NOTE
from pakru_data.sphinxext.render import fact_node, generates_text, record_words
from pakru_data.sphinxext.words import _

TIMELINE_CSS = "sphinx-timeline.css"
# ``:story:`` keeps a strip to the events the article's story tells (``Event.story``); the
# other records go in compact lists instead ({pakru:event-list}), since a sideways strip of a
# hundred cards cannot be scanned.


@generates_text
class FactTimeline(sphinx_timeline.TimelineDirective):  # type: ignore[misc]
    """``{pakru:timeline}`` with ``:era: <id>`` (or no option, for every event)."""

    has_content = False
    option_spec: ClassVar = {
        "era": directives.unchanged_required,
        "height": directives.length_or_unitless,
        "class": directives.class_option,
        "story": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        events = self.selected_events()
        if not events:
            return []
        by_key = {f"e{index}": event for index, event in enumerate(events)}
        payload = [{"start": event.start.first_day().isoformat(), "key": key} for key, event in by_key.items()]
        # One JSON line, the separator, and a template that only names the card.
        self.content = StringList([json.dumps(payload), "---", "{{ e.key }}"], source=self.get_source_info()[0])
        self.options.update({"events-format": "json", "reversed": True, "height": self.options.get("height", "340px")})
        result: list[nodes.Node] = super().run()
        for content in self.card_contents(result):
            event = by_key[content.astext().strip()]
            content.children = []
            content += self.card(event)
        return [self.hint(), *result]

    @staticmethod
    def hint() -> nodes.paragraph:
        """A line above the strip: on a phone, most cards start off the screen."""
        # The strip runs in the edition's direction (pakru.css mirrors it for right to left), so a
        # right-to-left edition's catalogue says "on the right" here.
        text = _("Oldest on the left; scroll the strip sideways to see every event.")
        return nodes.paragraph(text, text, classes=["pakru-timeline-hint", SITE_NOTE])

    def selected_events(self) -> list[Event]:
        events = self.era_events()
        if "story" in self.options:
            return [event for event in events if event.story]
        return events

    def era_events(self) -> list[Event]:
        dataset = data()
        era = self.options.get("era")
        if era is None:
            domain.note_use(self.env, dependencies.collection("events"))
            return sorted(dataset.events, key=lambda e: e.start.first_day())
        if known_value(self, era, dataset.era_by_id, what="the :era: option") is None:
            return []
        domain.note_use(self.env, dependencies.era_events(era))
        return dataset.events_in_era(era)

    @staticmethod
    def card_contents(result: list[nodes.Node]) -> list[nodes.Element]:
        return [
            node
            for root in result
            for node in root.findall(sphinx_timeline.TimelineDiv)
            if "tl-item-content" in node["classes"]
        ]

    def card(self, event: Event) -> list[nodes.Node]:
        date = nodes.paragraph("", "", nodes.strong("", "", fact_node(self.env, event)), classes=["pakru-card-date"])
        label = nodes.paragraph("", "", *record_words(self.env, event, "label"), classes=["pakru-card-label"])
        return [date, label]


def copy_timeline_css(app: Sphinx) -> None:
    """Put sphinx-timeline's stylesheet in place before any page is written: Sphinx adds a
    checksum (``?v=…``) to a stylesheet's link only when the file is already there, so a
    copy made after writing would give a clean build and a rebuild different pages."""
    if app.builder.format == "html":
        static = Path(app.outdir) / "_static"
        static.mkdir(parents=True, exist_ok=True)
        source = resources.files(sphinx_timeline_static) / "default.css"
        with resources.as_file(source) as path:
            shutil.copyfile(path, static / TIMELINE_CSS)


def setup(app: Sphinx) -> None:
    app.add_node(
        sphinx_timeline.TimelineDiv,
        html=(sphinx_timeline.visit_tl_div, sphinx_timeline.depart_tl_div),
        latex=(sphinx_timeline.visit_depart_null, sphinx_timeline.visit_depart_null),
        text=(sphinx_timeline.visit_depart_null, sphinx_timeline.visit_depart_null),
        man=(sphinx_timeline.visit_depart_null, sphinx_timeline.visit_depart_null),
        texinfo=(sphinx_timeline.visit_depart_null, sphinx_timeline.visit_depart_null),
    )
    app.add_directive_to_domain("pakru", "timeline", FactTimeline)
    app.add_css_file(TIMELINE_CSS)
    app.connect("builder-inited", copy_timeline_css)
