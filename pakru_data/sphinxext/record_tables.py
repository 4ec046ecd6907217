"""The relationship in full: tables of visits, agreements, exercises and trade,
the trade charts, and compact lists of an era's events, all built from the records.

Every value a table shows is a fact node (so it carries its sources and status marker,
and the page's source list includes them); text fields of a record (who, place, what)
are shown as text, never parsed.  Each directive notes what it shows with
``domain.note_use``: the whole collection (``all:visits``, ``all:trade``, ``era:<id>``),
so a new row re-reads exactly the pages with that table, and each fact it shows.
Problems (an unknown era or partner) are kept with ``problems.note_problem``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from pakru_data import dependencies, kinds
from pakru_data.charts import Chart
from pakru_data.dataset import Dataset
from pakru_data.formatting import format_period, punctuation
from pakru_data.model import Agreement, Direction, Event, Exercise, Figure, Partner, Standing, Status, TradeYear, Visit
from pakru_data.names_of_their_time import partner_state
from pakru_data.sphinxext import domain
from pakru_data.sphinxext import nodes as pakru_nodes
from pakru_data.sphinxext.charts import chart_picture, data_and_caption
from pakru_data.sphinxext.directives import table
from pakru_data.sphinxext.loaded_data import data
from pakru_data.sphinxext.page_input import known_value, known_values
from pakru_data.sphinxext.page_sources import MARKER_TEXT
from pakru_data.sphinxext.render import (
    fact_node,
    generates_text,
    locale_of,
    marked_if_english,
    record_text,
    record_words,
    with_slot,
)
from pakru_data.sphinxext.words import N_, _
from pakru_data.trade_series import bases, basis_name, series, trade_chart

# One class on every block built here, so tests can tell it from prose written in a page.
RECORDS_CLASS = "pakru-records"
# The extension's words (translated with _() where they are shown).
DIRECTION_TEXT = {
    Direction.TO_RUSSIA: N_("to Russia"),
    Direction.TO_PAKISTAN: N_("to Pakistan"),
    Direction.ELSEWHERE: N_("at a summit"),
}
# A visit before the USSR was dissolved went to the USSR (pakru_data.names_of_their_time).
SOVIET_DIRECTION_TEXT = {**DIRECTION_TEXT, Direction.TO_RUSSIA: N_("to the USSR")}


def direction_text(visit: Visit) -> str | None:
    """A visit's direction in words, with the partner's name of the visit's time."""
    words = SOVIET_DIRECTION_TEXT if partner_state(visit.start) == "ussr" else DIRECTION_TEXT
    return words.get(visit.direction)


STANDING_TEXT = {
    Standing.IN_FORCE: N_("in force"),
    Standing.SUPERSEDED: N_("superseded"),
    Standing.NEVER_RATIFIED: N_("never ratified"),
    Standing.UNKNOWN: N_("unknown"),
}
KIND_TEXT = {"event": N_("Event"), "visit": N_("Visit"), "agreement": N_("Agreement"), "exercise": N_("Exercise")}
GAP_TEXT = N_("not given")
# Each partner's words whole, not "{name}" in a sentence: Russian declines the name.
TRADE_HEADERS = {
    "russia": (N_("Pakistan's exports to Russia"), N_("Pakistan's imports from Russia")),
    "china": (N_("Pakistan's exports to China"), N_("Pakistan's imports from China")),
}
TRADE_CAPTION = {
    "russia": N_("Pakistan's trade in goods with Russia, in US dollars"),
    "china": N_("Pakistan's trade in goods with China, in US dollars"),
}
TRADE_NOTES_TITLE = {
    "russia": N_("About particular years (Russia)"),
    "china": N_("About particular years (China)"),
}
LATEST_TOTAL = {
    "russia": N_("Pakistan's trade with Russia, latest total:"),
    "china": N_("Pakistan's trade with China, latest total:"),
}
LATEST_PARTS = {  # a latest period whose sources give exports and imports but no total
    "russia": N_("Pakistan's trade with Russia, latest year given:"),
    "china": N_("Pakistan's trade with China, latest year given:"),
}
MEASURE_WORDS = {"exports": N_("exports"), "imports": N_("imports")}
# The English that pakru_data.trade_series and pakru_data.charts write, marked here for the
# catalogue (only this package is extracted); they are translated through ``words=_``.
CHART_WORDS = (
    N_("no figure found"),
    N_("no total given (see the table)"),
    N_("{start} to {end}"),
    N_("Pakistan's trade with Russia: total, by year"),
    N_("Pakistan's trade with China: total, by year"),
    N_("Bar chart: {title}. {values}."),
    N_("China"),
    N_("Russia"),
    N_("{statistics}, {years}"),
    N_("calendar years"),
    N_("fiscal years (July to June)"),
)
# Whose statistics a trade series is (pakru_data.model.Statistics), as its name shows them.
STATISTICS_WORDS = (
    N_("Pakistan's official statistics"),
    N_("State Bank of Pakistan"),
    N_("Russia's official figures"),
    N_("China's customs"),
    N_("Pakistan Business Council"),
    N_("Lahore Chamber of Commerce and Industry"),
    N_("Federation of Pakistan Chambers of Commerce and Industry"),
    N_("whose figures not stated"),
)

# Tables a reader may filter: pakru-filter.js (self-hosted) puts one box above them; without
# script, every row shows.
FILTERABLE = "pakru-filterable"
FILTER_JS = "pakru-filter.js"
UNCITED = "pakru-uncited"  # a list whose dates carry no source numbers (another page cites them)


def _text(value: str) -> list[nodes.Node]:
    return [nodes.Text(value)]


def _gap() -> list[nodes.Node]:
    text = _(GAP_TEXT)
    return [nodes.inline(text, text, classes=["pakru-gap"])]


def _words(env: BuildEnvironment, record: object, field: str, *, capitalise: bool = False) -> list[nodes.Node]:
    """A record's field in the edition's language, as ``record_words`` shows it; with its
    first letter a capital where the table starts a sentence with it."""
    if not capitalise:
        return record_words(env, record, field)
    text, english = record_text(env, record, field)
    return marked_if_english([nodes.Text(text[:1].upper() + text[1:])], english)


def _marker(status: Status) -> list[nodes.Node]:
    """An event's status badge in the edition's language, for a list that does not link it."""
    text = _(MARKER_TEXT[status]) if status in MARKER_TEXT else status.value
    return [nodes.Text(" "), nodes.inline(text, text, classes=[f"pakru-marker-{status.value}", "pakru-marker"])]


def _by_date(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.start.first_day(), e.id))


def _rows_with_kind(node: nodes.table, kinds: list[str]) -> nodes.table:
    """Give each body row the class of its record's kind (``pakru-kind-visit``), for styling."""
    for row, kind in zip(node.findall(nodes.row), ["head", *kinds], strict=False):
        if kind != "head":
            row["classes"].append(f"pakru-kind-{kind}")
    return node


@generates_text
class RecordsTable(SphinxDirective):
    """``{pakru:records-table} visits`` (or ``agreements``, ``exercises``): every record of the
    kind, oldest first, with its date shown as a cited fact."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        collection = known_value(self, self.arguments[0], _tabled_kinds(), what="the argument")
        if collection is None:
            return []
        domain.note_use(self.env, dependencies.collection(collection))
        records: list[Event] = _by_date([e for e in data().events if kinds.kind_of(e).plural == collection])
        headers, rows = self.columns(collection, records)
        node = table(headers, rows, [RECORDS_CLASS, FILTERABLE, f"pakru-{collection}-table"])
        self.set_source_info(node)
        return [node]

    def columns(self, collection: str, records: list[Event]) -> tuple[list[str], list[list[list[nodes.Node]]]]:
        env = self.env
        rows: list[list[list[nodes.Node]]] = []
        for record in records:
            date: list[nodes.Node] = [fact_node(env, record)]
            if isinstance(record, Visit):
                direction = direction_text(record)
                rows.append(
                    [
                        date,
                        [
                            *_words(env, record, "who"),
                            nodes.Text(" ("),
                            *_words(env, record, "office"),
                            nodes.Text(")"),
                        ],
                        _text(_(direction) if direction else str(record.direction)),
                        _words(env, record, "place"),
                        _words(env, record, "outcome", capitalise=True) if record.outcome else _gap(),
                    ]
                )
            elif isinstance(record, Agreement):
                standing = STANDING_TEXT.get(record.standing)
                rows.append(
                    [
                        date,
                        _words(env, record, "label"),
                        _words(env, record, "what"),
                        _words(env, record, "place") if record.place else _gap(),
                        _text(_(standing) if standing else str(record.standing)),
                    ]
                )
            elif isinstance(record, Exercise):
                rows.append(
                    [
                        date,
                        _words(env, record, "name"),
                        _words(env, record, "edition") if record.edition else _gap(),
                        _words(env, record, "place") if record.place else _gap(),
                    ]
                )
        headers = {
            "visits": [_("Date"), _("Who"), _("Which way"), _("Where"), _("What came of it")],
            "agreements": [_("Signed"), _("Agreement"), _("What it does"), _("Where"), _("Standing")],
            "exercises": [_("Dates"), _("Exercise"), _("Edition"), _("Where")],
        }[collection]
        return headers, rows


@generates_text
class EventList(SphinxDirective):
    """``{pakru:event-list}`` with ``:era: <id>`` and optionally ``:kinds: visit, agreement``: a
    compact table of the era's events (date, kind, what happened), for the full timeline
    and the history page, where a sideways strip of every record would not be readable."""

    option_spec: ClassVar = {
        "era": directives.unchanged_required,
        "kinds": directives.unchanged,
        # No source numbers after the dates: for a page that lists the era's records for
        # orientation and whose weight must stay small (the history page); the timeline
        # page, which it links to, cites every row.
        "uncited": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        dataset = data()
        era = known_value(self, self.options.get("era", ""), dataset.era_by_id, what="the :era: option")
        event_kinds = [kind.name for kind in kinds.kinds_in("events")]
        wanted = known_values(self, self.options.get("kinds", ""), event_kinds, what="the :kinds: option")
        if era is None or wanted is None:
            return []
        domain.note_use(self.env, dependencies.era_events(era))
        events = [e for e in dataset.events_in_era(era) if not wanted or kinds.kind_of(e).name in wanted]
        if not events:
            return []
        uncited = "uncited" in self.options
        rows: list[list[list[nodes.Node]]] = []
        for event in _by_date(events):
            value = fact_node(self.env, event)
            date: list[nodes.Node] = [value]
            if uncited:
                value["cite"] = False
                if event.status is not Status.VERIFIED:  # still say so, without the link
                    date += _marker(event.status)
            kind = KIND_TEXT.get(event.kind)
            rows.append([date, _text(_(kind) if kind else event.kind), record_words(self.env, event, "label")])
        node = _rows_with_kind(
            table(
                [_("Date"), _("Kind"), _("What happened")],
                rows,
                [RECORDS_CLASS, FILTERABLE, "pakru-event-list", *([UNCITED] if uncited else [])],
            ),
            [event.kind for event in _by_date(events)],
        )
        self.set_source_info(node)
        return [node]


@generates_text
class TradeTable(SphinxDirective):
    """``{pakru:trade-table} russia``: one table for each of the partner's bases (whose
    statistics, calendar or fiscal years), its periods oldest first, each amount a cited
    fact, a gap shown as a gap; each followed by what the sources say about particular
    years.  Rows on different bases never share a table, as they never share a series."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        partner = _partner(self)
        if partner is None:
            return []
        domain.note_use(self.env, dependencies.collection("trade"))
        dataset = data()
        name = partner.english_name
        exports, imports = TRADE_HEADERS.get(
            partner, (f"Pakistan's exports to {name}", f"Pakistan's imports from {name}")
        )
        headers = [_("Period"), _(exports), _(imports), _("Total"), _("Reported by")]
        result: list[nodes.Node] = []
        for basis in bases(dataset, partner):
            rows: list[list[list[nodes.Node]]] = []
            notes = nodes.bullet_list(classes=["pakru-trade-notes"])
            for point in series(dataset, partner, basis):
                row = point.row
                period = format_period(row.period, locale_of(self.env))  # «2022/23 фин. г.»
                rows.append([_text(period), *self.amounts(dataset, row), self.reported_by(row)])
                said = self.said(row)
                if said:
                    item = nodes.list_item()
                    item += nodes.paragraph("", "", nodes.strong(period, period), nodes.Text(": "), *said)
                    notes += item
            node = table(headers, rows, [RECORDS_CLASS, "pakru-trade-table"])
            node["ids"] = [f"trade-{partner}-{basis.key}"]
            caption = _("{table}: {basis}").format(
                table=_(TRADE_CAPTION.get(partner, f"Pakistan's trade in goods with {name}, in US dollars")),
                basis=basis_name(basis, _),
            )
            node.insert(0, nodes.title(caption, caption))
            self.set_source_info(node)
            result.append(node)
            if notes.children:
                block = nodes.container(classes=[RECORDS_CLASS, "pakru-trade-notes-block"])
                heading = _(TRADE_NOTES_TITLE.get(partner, f"About particular years ({name})"))
                block += nodes.paragraph(heading, heading, classes=["pakru-trade-notes-title"])
                block += notes
                result.append(block)
        return result

    def amounts(self, dataset: Dataset, row: TradeYear) -> list[list[nodes.Node]]:
        """The row's exports, imports and total: each a cited fact, what the sources state
        when they give no exact total, or a gap."""
        cells: list[list[nodes.Node]] = []
        for measure in ("exports", "imports", "total"):
            figure = dataset.facts.get(row.figure_id(measure))
            if isinstance(figure, Figure) and (measure != "total" or row.total is not None or row.total_fact):
                cells.append([fact_node(self.env, figure)])
            elif measure == "total" and row.stated:
                cells.append([*record_words(self.env, row, "stated"), *source_marks(self.env, row.sources)])
            else:
                cells.append(_gap())
        return cells

    def reported_by(self, row: TradeYear) -> list[nodes.Node]:
        """Who gave the figures, when not the statistics' own publisher."""
        if not row.reported_by:
            return [nodes.Text("—")]
        return record_words(self.env, row, "reported_by")

    def said(self, row: TradeYear) -> list[nodes.Node]:
        """What the sources say about the year (its note, then why the parts do not add up)."""
        said: list[nodes.Node] = []
        for field in ("note", "difference"):
            if getattr(row, field):
                said += [*([nodes.Text(" ")] if said else []), *record_words(self.env, row, field)]
        return said


@generates_text
class TradeChart(SphinxDirective):
    """``{pakru:trade-chart} russia``: the partner's total trade by year as bars, one named group
    of bars for each basis (never one line across two), gaps kept as rows with no bar, with
    its data table and alternative text; content is the caption."""

    required_arguments = 1
    has_content = True

    def run(self) -> list[nodes.Node]:
        partner = _partner(self)
        if partner is None:
            return []
        domain.note_use(self.env, dependencies.collection("trade"))
        dataset = data()
        # By the period as the bars show it, in the edition's language.
        stated = {
            (basis_name(basis, _), format_period(p.row.period, locale_of(self.env))): p.row
            for basis in bases(dataset, partner)
            for p in series(dataset, partner, basis)
            if p.row.stated
        }
        drawn = self.stated_in_edition(trade_chart(dataset, partner, locale=locale_of(self.env), words=_), stated)
        block = nodes.container(ids=[f"chart-{drawn.id}"], classes=["pakru-chart", "pakru-trade-chart"])
        block += chart_picture(self, drawn)
        rows: list[list[list[nodes.Node]]] = []
        for bar in drawn.bars:
            value: list[nodes.Node] = [fact_node(self.env, bar.figure)] if bar.figure is not None else _text(bar.text)
            row = stated.get((bar.series, bar.label)) if bar.figure is None else None
            if row is not None:  # what the sources say, cited
                value = [*record_words(self.env, row, "stated"), *source_marks(self.env, row.sources)]
            rows.append([_text(bar.series), _text(bar.label), value])
        block += data_and_caption(
            self, drawn, table([_("Statistics"), _("Period"), _("Total")], rows, ["pakru-chart-table"])
        )
        self.set_source_info(block)
        return [block]

    def stated_in_edition(self, drawn: Chart, stated: dict[tuple[str, str], TradeYear]) -> Chart:
        """The chart with what the sources state for a year with no figure in the edition's
        language (the picture has no lang="en" marks, so it shows the English if untranslated)."""
        bars = tuple(
            replace(bar, text=record_text(self.env, stated[bar.series, bar.label], "stated")[0])
            if bar.figure is None and (bar.series, bar.label) in stated
            else bar
            for bar in drawn.bars
        )
        return replace(drawn, bars=bars)


class site_counts(nodes.General, nodes.Element):  # noqa: N801 - docutils naming
    """Where the numbers of facts, sources and corrections go once the page is written."""


KEY_FIGURES = "key-figures"  # the domain's target key of the page that shows them


@generates_text
class KeyFigures(SphinxDirective):
    """``{pakru:key-figures}``: the story at a glance, from the data: the latest total of trade
    with each partner, the latest visit, and how many facts, sources and corrections the
    site has.  The figures and the visit are facts, cited; which ones are the latest is the
    page's digest key ``all:at_a_glance``.  The counts are filled in as the page is written
    (as the register's entries are), so adding a fact no page shows re-reads no page: the
    page is written again when a count changes (``counts_to_write``)."""

    def run(self) -> list[nodes.Node]:
        dataset = data()
        domain.note_use(self.env, dependencies.collection("at_a_glance"))
        domain.get_domain(self.env).claims.claim(KEY_FIGURES, self.env.docname, "")
        listing = nodes.bullet_list(classes=[RECORDS_CLASS, "pakru-key-figures"])
        for partner in Partner:
            row = dataset.latest_trade(partner)
            if row is not None:
                listing += nodes.list_item("", self.latest(dataset, partner, row))
        visit = dataset.latest_visit
        if visit is not None:
            text = _("Latest visit or meeting:") + " "
            listing += nodes.list_item(
                "",
                nodes.paragraph(
                    "",
                    "",
                    nodes.strong(text, text),
                    *record_words(self.env, visit, "label"),
                    nodes.Text(punctuation(locale_of(self.env)).comma),
                    fact_node(self.env, visit),
                ),
            )
        listing += nodes.list_item("", site_counts())
        return [listing]

    def latest(self, dataset: Dataset, partner: Partner, row: TradeYear) -> nodes.paragraph:
        """The partner's most recent period a source gives: its total, or what the sources
        state, or its exports and imports; with its period and its basis, as one row gives
        them (nothing here is worked out from two rows)."""
        name = partner.english_name
        label = _(LATEST_TOTAL.get(partner, f"Pakistan's trade with {name}, latest total:")) + " "
        figures = {m: dataset.facts.get(row.figure_id(m)) for m in TradeYear.MEASURES}
        total = figures["total"]
        shown: list[nodes.Node]
        if isinstance(total, Figure):
            shown = [fact_node(self.env, total)]
        elif row.stated:
            shown = [*record_words(self.env, row, "stated"), *source_marks(self.env, row.sources)]
        else:
            label = _(LATEST_PARTS.get(partner, f"Pakistan's trade with {name}, latest year given:")) + " "
            shown = []
            for measure in ("exports", "imports"):
                figure = figures[measure]
                if isinstance(figure, Figure):
                    words = _(MEASURE_WORDS[measure]) + " "
                    comma = punctuation(locale_of(self.env)).comma
                    shown += [nodes.Text(comma if shown else ""), nodes.Text(words), fact_node(self.env, figure)]
        return nodes.paragraph(
            "",
            "",
            nodes.strong(label, label),
            *shown,
            nodes.Text(" "),
            *with_slot(_("in {period}"), "period", [nodes.Text(format_period(row.period, locale_of(self.env)))]),
            nodes.Text(" (" + basis_name(row.basis, _) + ")"),
        )


def count_text(dataset: Dataset) -> str:
    facts, sources, corrections = len(dataset.facts), len(dataset.sources), len(dataset.corrections)
    return _(
        "On this site: {facts} facts, from {sources} sources, and {corrections} corrections to the original article."
    ).format(facts=facts, sources=sources, corrections=corrections)


def fill_counts(app: Sphinx, doctree: nodes.document, page: str) -> None:
    for node in list(doctree.findall(site_counts)):
        text = count_text(data())
        node.replace_self(nodes.paragraph(text, text, classes=["pakru-site-counts"]))


def counts_to_write(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The page with the key figures, when a count changed since it was last written."""
    pakru = domain.get_domain(env)
    where = pakru.targets.get(KEY_FIGURES)
    if where is None:
        return []
    changed = pakru.built_from.changed(KEY_FIGURES, count_text(data()))
    return [where[0]] if changed else []


def source_marks(env: BuildEnvironment, source_ids: tuple[str, ...]) -> list[nodes.Node]:
    """The page's numbered links to these sources, for a value that is not a fact."""
    for source_id in source_ids:
        domain.note_use(env, dependencies.record("source", source_id))
    return [pakru_nodes.source_ref("", source_id=source_id) for source_id in source_ids]


def _partner(directive: SphinxDirective) -> Partner | None:
    """The trade partner a directive's argument names, checked."""
    named = known_value(directive, directive.arguments[0], [p.value for p in Partner], what="the partner")
    return None if named is None else Partner(named)


def _tabled_kinds() -> list[str]:
    """The collections ``{pakru:records-table}`` lists: each kind of event that has its own table."""
    return [kind.plural for kind in kinds.kinds_in("events") if kind.exported]


def setup(app: Sphinx) -> None:
    app.add_directive_to_domain("pakru", "records-table", RecordsTable)
    app.add_directive_to_domain("pakru", "event-list", EventList)
    app.add_directive_to_domain("pakru", "trade-table", TradeTable)
    app.add_directive_to_domain("pakru", "trade-chart", TradeChart)
    app.add_directive_to_domain("pakru", "key-figures", KeyFigures)
    app.add_node(site_counts)
    app.connect("doctree-resolved", fill_counts)
    app.connect("env-get-updated", counts_to_write)
    app.add_js_file(FILTER_JS, loading_method="defer")
