"""Visits, agreements, exercises and trade: the records hold their rules, every
generated table agrees with the data and with every other page that shows the same row,
each kind of mistake gets its message, and editing one year of trade re-reads only the
pages that show it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter, defaultdict
from decimal import Decimal

import jsonschema
import pytest
from test_incremental import built_project, project  # noqa: F401 - the rebuild fixtures
from test_validation import lists, problems

from pakru_data import DATA, format_fact
from pakru_data.exports import TRADE_SCHEMA, trade_row
from pakru_data.model import Agreement, Direction, Event, Exercise, Figure, Statistics, Status, TradeYear, Visit
from pakru_data.register_groups import group_of
from pakru_data.trade_series import bases, basis_name, growth, latest, peak, series, trade_chart
from pakru_data.validation.details import PARTNERS, period_bounds

TABLE_PAGES = {"visits": "visits-and-agreements", "agreements": "visits-and-agreements"}


# The records


def test_the_issue_targets_are_met_or_the_research_note_says_why():
    assert len(DATA.visits) >= 25
    assert len(DATA.agreements) >= 15
    assert len(DATA.exercises) >= 10
    # Russia's periods with a figure (on any basis) are short of fifteen: no figure was found
    # for 2022, 2024, FY2023-24 or FY2024-25 (research/trade-series.md says what was searched).
    given = {row.period for row in DATA.trade if row.partner == "russia" if _gives_a_figure(row)}
    assert len(given) >= 13


def _gives_a_figure(row: TradeYear) -> bool:
    return any(isinstance(DATA.facts.get(row.figure_id(m)), Figure) for m in TradeYear.MEASURES)


def test_every_new_record_rests_on_a_read_source_or_says_it_is_unverified():
    for record in [*DATA.visits, *DATA.agreements, *DATA.exercises, *DATA.trade]:
        ids = record.sources if isinstance(record, TradeYear) else record.cited_source_ids  # with an event's versions
        cited = [DATA.source_by_id[s] for s in ids]
        assert cited, record.id
        if record.status is not Status.UNVERIFIED:
            assert any(source.accessed for source in cited), record.id


def test_the_series_has_one_row_per_partner_basis_and_period_and_valid_periods():
    keys = Counter((row.partner, row.basis, row.period) for row in DATA.trade)
    assert max(keys.values()) == 1
    for row in DATA.trade:
        assert row.partner in PARTNERS
        assert period_bounds(row.period) is not None, row.period
        assert isinstance(row.statistics, Statistics), row.id
        assert row.basis.fiscal == row.period.startswith("FY"), row.id


def test_totals_equal_exports_plus_imports_or_the_record_explains_why():
    for row in DATA.trade:
        parts = [DATA.facts.get(row.figure_id(m)) for m in ("exports", "imports", "total")]
        if all(isinstance(p, Figure) and p.amount is not None for p in parts):  # not a disputed total
            exports, imports, total = (p.amount for p in parts)  # type: ignore[union-attr]
            assert exports + imports == total or row.difference, row.id


def test_a_gap_stays_a_gap():
    """No figure exists for an amount a row leaves out: nothing is computed."""
    for row in DATA.trade:
        for measure in ("exports", "imports"):
            assert (row.figure_id(measure) in DATA.facts) == (getattr(row, measure) is not None), (row.id, measure)


def test_the_peak_of_a_series_is_its_highest_total_on_its_own_basis():
    for partner in PARTNERS:
        for basis in bases(DATA, partner):
            points = series(DATA, partner, basis)
            assert {p.row.basis for p in points} == {basis}
            best = peak(DATA, partner, basis)
            if best is None:
                assert all(p.amount is None for p in points)
                continue
            assert best.row.basis == basis
            assert all(p.amount is None or p.amount <= best.amount for p in points)


def test_no_chart_peak_latest_or_growth_combines_two_bases():
    """Each series is one basis, and so is everything computed from it; the trade chart
    draws each series as its own named group, and a fact chart of trade figures keeps to
    one basis (validation refuses another)."""
    for partner in PARTNERS:
        named = {basis_name(basis): basis for basis in bases(DATA, partner)}
        assert len(named) == len(bases(DATA, partner))
        for basis in bases(DATA, partner):
            for found in (peak(DATA, partner, basis), latest(DATA, partner, basis)):
                assert found is None or found.row.basis == basis
            for step in growth(DATA, partner, basis):
                assert step.before.row.basis == step.after.row.basis == basis
        drawn = trade_chart(DATA, partner)
        groups = [bar.series for bar in drawn.bars]
        assert groups == sorted(groups, key=list(named).index)  # each series drawn once, whole
        for bar in drawn.bars:
            if bar.figure is not None:
                row = next(r for r in DATA.trade if bar.figure.id in {r.figure_id(m) for m in TradeYear.MEASURES})
                assert named[bar.series] == row.basis, bar.figure.id
    trade_figures = {r.figure_id(m): r.basis for r in DATA.trade for m in TradeYear.MEASURES}
    for spec in DATA.chart_specs:
        assert len({trade_figures[f] for f, _group in spec.bars if f in trade_figures}) <= 1, spec.id


def test_growth_is_not_taken_across_a_gap_or_a_change_of_basis():
    from pakru_data.trade_series import example_dataset

    def row(period, statistics, total):
        return TradeYear(
            id=f"russia-{statistics.name.lower()}-{period}",
            partner="russia",
            period=period,
            statistics=statistics,
            total=total,
            status=Status.VERIFIED,
            sources=("s",),
        )

    data = example_dataset(
        [
            row("2012", Statistics.RUSSIA, "100"),
            row("2013", Statistics.RUSSIA, "150"),
            row("2015", Statistics.RUSSIA, "300"),
            row("2014", Statistics.BUSINESS_COUNCIL, "120"),
        ]
    )
    russian, council = bases(data, "russia")
    assert [(g.before.row.period, g.after.row.period, g.change) for g in growth(data, "russia", russian)] == [
        ("2012", "2013", Decimal("0.5"))
    ]  # 2013 to 2015 has a gap; 2013 to the Council's 2014 is another statistic
    assert growth(data, "russia", council) == []
    assert peak(data, "russia", russian).row.period == "2015" and peak(data, "russia", council).row.period == "2014"
    assert latest(data, "russia", council).row.period == "2014"


def test_typed_events_sit_in_the_era_of_their_date():
    for event in [*DATA.visits, *DATA.agreements, *DATA.exercises]:
        era = DATA.era_by_id[event.era]
        assert era.start_year <= event.start.year <= (era.end_year or dt.date.today().year), event.id


def test_no_visit_is_recorded_twice():
    seen = Counter((v.date, v.who, v.place) for v in DATA.visits)
    assert max(seen.values()) == 1


# The generated tables


def table_facts(site, page: str, selector: str) -> list[str]:
    return [span["data-fact"] for span in site.article(page).select(f"{selector} span.pakru-fact[data-fact]")]


@pytest.mark.parametrize(
    ("collection", "css"),
    [
        ("visits", "table.pakru-visits-table"),
        ("agreements", "table.pakru-agreements-table"),
        ("exercises", "table.pakru-exercises-table"),
    ],
)
def test_each_table_lists_every_record_of_its_kind_oldest_first(site, collection, css):
    records: list[Event] = getattr(DATA, collection)
    rows = site.article("visits-and-agreements").select(f"{css} tbody tr")
    shown = [row.select_one("span.pakru-fact")["data-fact"] for row in rows]
    assert sorted(shown) == sorted(r.id for r in records)
    dates = [DATA.facts[i].start.first_day() for i in shown]  # type: ignore[attr-defined]
    assert dates == sorted(dates)


def test_a_visit_row_shows_its_fields_as_written(site):
    for row in site.article("visits-and-agreements").select("table.pakru-visits-table tbody tr"):
        visit = DATA.facts[row.select_one("span.pakru-fact")["data-fact"]]
        assert isinstance(visit, Visit)
        cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
        assert cells[0].startswith(format_fact(visit))
        assert cells[1] == f"{visit.who} ({visit.office})"
        assert cells[3] == visit.place


def test_every_row_appears_with_the_same_value_on_every_page_that_shows_it(site):
    """A record shown in a table, a list or a chart shows the same text on every page."""
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for page in site.page_names:
        for span in site.article(page).select(".pakru-records span.pakru-fact, .pakru-chart span.pakru-fact"):
            if span["data-variant"] == "default":
                seen[span["data-fact"]][page].add(span.get_text())
    typed = {r.id for r in [*DATA.visits, *DATA.agreements, *DATA.exercises]}
    assert typed <= set(seen)
    for fact_id, pages in seen.items():
        texts = set().union(*pages.values())
        assert texts == {format_fact(DATA.facts[fact_id], "default")}, (fact_id, dict(pages))
    # Each typed record is listed on its table page and the timeline; the history page tells the
    # story and links to them rather than listing the records a third time.
    for fact_id in typed:
        assert {"visits-and-agreements", "timeline"} <= set(seen[fact_id]), fact_id


def test_the_trade_tables_show_each_basis_apart_with_each_amount_or_a_gap(site):
    article = site.article("trade")
    for partner in PARTNERS:
        tables = [t for t in article.select("table.pakru-trade-table") if partner.title() in t.caption.get_text()]
        assert [t["id"] for t in tables] == [f"trade-{partner}-{basis.key}" for basis in bases(DATA, partner)]
        for basis, shown in zip(bases(DATA, partner), tables, strict=True):
            assert basis_name(basis) in shown.caption.get_text().replace("\u2019", "'")  # Sphinx's smart quotes
            _check_trade_table(shown, series(DATA, partner, basis))


def _check_trade_table(shown, points):
    rows = shown.select("tbody tr")
    assert [row.select_one("td").get_text() for row in rows] == [p.row.period for p in points]
    for row, point in zip(rows, points, strict=True):
        for cell, measure in zip(row.select("td")[1:4], ("exports", "imports", "total"), strict=True):
            figure = DATA.facts.get(point.row.figure_id(measure))
            span = cell.select_one("span.pakru-fact")
            if isinstance(figure, Figure):
                assert span is not None and span.get_text() == format_fact(figure), (point.row.id, measure)
            else:
                assert span is None and (cell.select_one(".pakru-gap") or point.row.stated), (point.row.id, measure)


def test_the_trade_chart_matches_its_table_and_names_its_gaps(site):
    for page in ("trade",):  # the challenges page links to it rather than drawing it again
        chart = site.article(page).select_one("#chart-trade-russia-total")
        assert chart is not None, page
        desc = chart.select_one("svg desc").get_text()
        headings = [text.get_text() for text in chart.select("svg text.pakru-chart-series")]
        assert headings == [basis_name(basis) for basis in bases(DATA, "russia")]  # each series named once
        for basis in bases(DATA, "russia"):
            named = desc.index(basis_name(basis))
            for point in series(DATA, "russia", basis):
                if point.figure is not None:
                    assert f"{point.row.period}: {format_fact(point.figure)}" in desc[named:]
        assert "no figure found" in desc  # the years between records are shown as gaps


def test_the_pages_are_in_the_index_and_the_sidebar(site):
    for page in ("visits-and-agreements", "trade"):
        assert site.page("index").select_one(f'div.toctree-wrapper a[href="{page}.html"]') is not None
        assert site.page("history").select_one(f'.sidebar-tree a[href="{page}.html"]') is not None


def test_the_trade_download_follows_its_schema_and_the_data(site):
    rows = json.loads((site.root / "trade.json").read_text(encoding="utf-8"))
    jsonschema.validate(rows, TRADE_SCHEMA)
    assert rows == [trade_row(row) for row in DATA.trade]
    facts = {row["id"]: row for row in json.loads((site.root / "facts.json").read_text(encoding="utf-8"))}
    for visit in DATA.visits:
        assert facts[visit.id]["kind"] == "visit" and facts[visit.id]["details"]["who"] == visit.who


# Each kind of mistake, with its message


def first(collection: str, kind: type) -> object:
    return next(r for r in lists()[collection] if isinstance(r, kind))


def with_record(collection: str, old: object, new: object) -> dict[str, list]:
    data = lists()
    data[collection] = [new if r is old else r for r in data[collection]]
    return data


def message_for(record: object, kind: str, message: str) -> str:
    return f"{record.defined_at}: {kind} '{record.id}': {message}"  # type: ignore[attr-defined]


def test_a_visit_with_no_one_named_is_reported():
    visit = first("events", Visit)
    data = with_record("events", visit, dataclasses.replace(visit, who=" "))
    assert problems(data) == [message_for(visit, "visit", "who must not be empty; write the visit's who as text")]


def test_a_visit_with_a_direction_as_text_is_reported():
    visit = first("events", Visit)
    data = with_record("events", visit, dataclasses.replace(visit, direction="to Russia"))
    choices = ", ".join(f"Direction.{d.name}" for d in Direction)
    assert problems(data) == [message_for(visit, "visit", f"direction must be one of: {choices}")]


def test_an_agreement_without_what_it_does_is_reported():
    agreement = first("events", Agreement)
    data = with_record("events", agreement, dataclasses.replace(agreement, what=""))
    assert problems(data) == [
        message_for(agreement, "agreement", "what must not be empty; write the agreement's what as text")
    ]


def test_an_exercise_without_a_name_is_reported():
    exercise = first("events", Exercise)
    data = with_record("events", exercise, dataclasses.replace(exercise, name=""))
    assert problems(data) == [
        message_for(exercise, "exercise", "name must not be empty; write the exercise's name as text")
    ]


def trade(row_id: str) -> TradeYear:
    return next(r for r in DATA.trade if r.id == row_id)


def test_a_second_row_for_the_same_partner_and_period_is_reported():
    row = trade("russia-2014")
    copy = dataclasses.replace(row, id="russia-2014-again", total="454e6")
    data = lists()
    data["trade"] = [*data["trade"], copy]
    data["figures"] = [*data["figures"], *copy.figures()]
    message = (
        "period 2014 must appear once per partner and statistics ('russia-2014' already gives russia 2014 in "
        "Russia's official figures, calendar years); keep one row and say in its note where sources differ"
    )
    assert problems(data) == [message_for(copy, "trade year", message)]
    # Another publisher's figure for the same year is a row of its own, in its own series.
    other = dataclasses.replace(copy, statistics=Statistics.FPCCI, reported_by="")
    data["trade"][-1] = other
    assert problems(data) == []


def test_a_total_that_is_not_exports_plus_imports_is_reported_unless_explained():
    row = trade("russia-2012")
    wrong = dataclasses.replace(row, total="552e6")
    data = with_record("trade", row, wrong)
    data["figures"] = [f for f in data["figures"] if not f.id.startswith("trade-russia-2012-")] + wrong.figures()
    message = (
        "total must equal exports plus imports (332000000 + 210000000 = 542000000, not 552000000); "
        "correct the amounts, or say why they differ in difference='...'"
    )
    assert problems(data) == [message_for(row, "trade year", message)]
    explained = dataclasses.replace(wrong, difference="The source rounds each part.")
    assert problems(with_record("trade", row, explained) | {"figures": data["figures"]}) == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"partner": "india"}, "partner must be one of: Partner.RUSSIA, Partner.CHINA (not 'india')"),
        (
            {"period": "FY2014-16"},
            "period must be a calendar year such as '2014' or a fiscal year such as 'FY2020-21' (not 'FY2014-16')",
        ),
        (
            {"statistics": "Russian"},
            "statistics must say whose figures these are, one of: "
            + ", ".join(f"Statistics.{s.name}" for s in Statistics)
            + " (NOT_STATED when the source does not say; who stated them goes in reported_by)",
        ),
        (
            {"status": Status.DISPUTED},
            "status must be Status.VERIFIED, Status.SINGLE_SOURCE or Status.UNVERIFIED; keep the better-supported "
            "value and say in note what other sources give, or give the disputed total as a figure with versions "
            "in pakru_data/records/figures.py and name it in total_fact",
        ),
        ({"sources": ()}, "must cite at least one source that gives its amounts"),
        (
            {"sources": ("thenews-dedov-downturn",)},
            "cites source 'thenews-dedov-downturn', which must exist in pakru_data/records/sources/article.py or "
            "relations.py (did you mean 'thenews-dedov-downturn-2015'?)",
        ),
        (
            {"total": None},
            "must give at least one amount (exports, imports or total), or say in stated what sources say",
        ),
    ],
)
def test_each_mistake_in_a_trade_row_is_reported_with_its_fix(changes, message):
    row = trade("russia-2014")
    data = with_record("trade", row, dataclasses.replace(row, **changes))
    found = [p for p in problems(data) if "trade year" in p]
    assert found == [message_for(row, "trade year", message)]


def test_a_total_fact_that_does_not_exist_is_reported():
    row = trade("russia-fy2022-23")
    data = with_record("trade", row, dataclasses.replace(row, total_fact="trade-pak-russia-fy2032"))
    message = (
        "total_fact 'trade-pak-russia-fy2032' must be a figure in pakru_data/records/figures.py "
        "(did you mean 'trade-pak-russia-fy2023'?)"
    )
    assert problems(data) == [message_for(row, "trade year", message)]


def test_the_check_command_reports_a_broken_trade_row_at_its_line(tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    shutil.copytree(root / "pakru_data", tmp_path / "pakru_data", ignore=shutil.ignore_patterns("__pycache__"))
    path = tmp_path / "pakru_data" / "records" / "trade.py"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('total="542e6"', 'total="552e6"', 1), encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if 'id="russia-2012"' in t) - 1
    result = subprocess.run(
        [sys.executable, "-m", "pakru_data", "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path), "PAKRU_TODAY": "2026-12-04", "PATH": ""},
    )
    assert result.returncode == 1
    assert f"pakru_data/records/trade.py:{line}: trade year 'russia-2012': total must equal exports plus imports" in (
        result.stdout + result.stderr
    )


# Rebuilds follow the trade data


def test_editing_one_year_of_trade_rereads_only_the_pages_that_show_the_series(project):  # noqa: F811
    row = trade("russia-2014")
    fact = row.figure_id("total")
    showing = project.pages_showing_fact(fact)
    register = f"register/{group_of(DATA.facts[fact])}"
    assert {"trade", register} <= showing
    old = format_fact(DATA.facts[fact])
    figure = DATA.facts[fact]
    assert isinstance(figure, Figure) and figure.amount is not None
    new_value = str(figure.amount + Decimal(3_000_000))
    new = format_fact(dataclasses.replace(figure, value=new_value))

    project.edit_record("pakru_data/records/trade.py", row.id, "total", new_value)
    build = project.build()

    # The changes page names the facts it lists (a relabelled total among them) and is read again too.
    listing = {"site-changes"} if DATA.changes_of(fact) else set()
    assert build.reread == (showing - {register}) | listing
    assert project.fact_values(fact) == {page: {new} for page in showing}
    assert old != new
    assert f'"{Decimal(new_value):f}"' in (project.html / "trade.json").read_text(encoding="utf-8")


def test_adding_a_visit_rereads_the_pages_that_list_visits_and_no_other(project):  # noqa: F811
    visit = next(v for v in DATA.visits if v.defined_at.path == "pakru_data/records/visits.py")
    assert visit.era == "cold-war"
    showing = {page for page in project.pages if f'data-fact="{visit.id}"' in project.page(page)}
    copy = f'''    Visit(
        id="test-added-visit",
        label="A visit added by a test",
        date="{visit.date}",
        era="{visit.era}",
        status=Status.VERIFIED,
        sources={visit.sources!r},
        who="Someone",
        office="A minister",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
    ),
]'''
    text = (project.root / "pakru_data" / "records" / "visits.py").read_text(encoding="utf-8")
    project.edit("pakru_data/records/visits.py", text[text.rindex("]") :], copy + "\n")
    build = project.build()
    # The visits table, the timeline and the history page's era list; the visit's register
    # page and the register's index are written again, not read.
    register = f"register/{group_of(visit)}"
    assert build.reread == showing - {register}
    assert "test-added-visit" in project.page("visits-and-agreements")
    assert {register, "register"} <= build.rewritten


# The first page's key figures


def test_the_first_page_shows_the_latest_figures_and_the_counts_from_the_data(site):
    from pakru_data.sphinxext.record_tables import count_text

    glance = site.article("index").select_one("ul.pakru-key-figures")
    items = glance.select("li")
    for item, partner in zip(items, PARTNERS, strict=False):
        row = DATA.latest_trade(partner)
        assert row is not None
        shown = [span["data-fact"] for span in item.select("span.pakru-fact[data-variant=default]")]
        given = [row.figure_id(m) for m in ("total", "exports", "imports") if row.figure_id(m) in DATA.facts]
        assert shown == (given[:1] if row.figure_id("total") in DATA.facts else given)
        text = item.get_text().replace("\u2019", "'")  # Sphinx's smart quotes
        assert row.period in text and basis_name(row.basis) in text
    # Russia's latest period is 2023, which sources give only in words, on Russia's figures.
    assert DATA.latest_trade("russia").stated
    assert items[-2].select_one("span.pakru-fact")["data-fact"] == DATA.latest_visit.id
    assert glance.select_one(".pakru-site-counts").get_text() == count_text(DATA)


def test_adding_a_fact_no_page_shows_rereads_no_page_but_updates_the_counts(project):  # noqa: F811
    from pakru_data.sphinxext.record_tables import count_text

    project.edit(
        "pakru_data/records/figures.py",
        "FIGURES = [\n",
        'FIGURES = [\n    Figure(id="a-counted-figure", label="A figure", value="1", unit="count", '
        "status=Status.UNVERIFIED),\n",
    )
    build = project.build()
    assert build.reread == set()
    assert "index" in build.rewritten
    counted = count_text(DATA).replace(f"{len(DATA.facts)} facts", f"{len(DATA.facts) + 1} facts")
    assert counted in project.page("index")
