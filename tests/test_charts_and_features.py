"""The charts drawn from the data, and the site's reader features (404 page, sitemap,
OpenGraph tags, last-updated dates, edit links), checked in the built HTML."""

from __future__ import annotations

import pickle
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import DOCS, ROOT, sphinx_build, sphinx_command

from pakru_data import DATA, format_fact
from pakru_data.charts import alt_text, chart, svg
from pakru_data.trade_series import trade_chart


def test_each_chart_is_inline_svg_named_and_described_from_the_data(site):
    article = site.article("challenges")
    for chart_id in DATA.chart_by_id:
        block = article.select_one(f"#chart-{chart_id}")
        assert block is not None, chart_id
        drawing = block.select_one("svg")
        assert drawing["role"] == "img"
        title_id, desc_id = drawing["aria-labelledby"].split()
        drawn = chart(chart_id, DATA)
        assert drawing.find(id=title_id).get_text() == drawn.title
        assert drawing.find(id=desc_id).get_text() == alt_text(drawn)
        assert len(drawing.select("rect.pakru-chart-bar")) == len(drawn.bars)


def test_each_chart_has_a_data_table_of_its_facts(site):
    for chart_id, spec in DATA.chart_by_id.items():
        table = site.article("challenges").select_one(f"#chart-{chart_id} table")
        values = [span.get_text() for span in table.select("tbody span.pakru-fact")]
        assert values == [format_fact(DATA.facts[fact_id]) for fact_id, _group in spec.bars]


def test_the_trade_chart_sits_under_weak_trade_and_the_arms_chart_under_india_ties(site):
    article = site.article("challenges")
    assert article.select_one("section#weak-trade #chart-trade-china-russia") is not None
    assert article.select_one("section#india-ties #chart-india-arms-imports-from-russia") is not None


def test_the_page_carries_the_chart_the_data_draws(site):
    # (That the same data draws the same bytes in every build: test_reproducible.py.)
    html = (site.root / "challenges.html").read_text(encoding="utf-8")
    for chart_id in DATA.chart_by_id:
        assert svg(chart(chart_id, DATA)).strip() in html


def test_the_page_notes_each_charted_fact_so_it_rebuilds_when_the_fact_changes(site):
    with (site.root / ".doctrees" / "environment.pickle").open("rb") as file:
        env = pickle.load(file)
    uses = env.domaindata["pakru"]["uses"]["challenges"]
    for spec in DATA.chart_by_id.values():
        for fact_id, _group in spec.bars:
            assert f"fact:{fact_id}" in uses, fact_id


# Every chart the site draws: the specs' charts, and the trade series with its gaps.
ALL_CHARTS = [
    *(chart(chart_id, DATA) for chart_id in DATA.chart_by_id),
    *(trade_chart(DATA, partner) for partner in ("russia", "china")),
]
WIDTH = 360  # the SVG's width when every text fits in it (pakru_data.charts._WIDTH)


def _drawing(picture: str) -> Tag:
    return BeautifulSoup(picture, "html.parser").find("svg")


def _numbers(element: Tag, *names: str) -> list[Decimal]:
    return [Decimal(element[name]) for name in names]


@pytest.mark.parametrize("drawn", ALL_CHARTS, ids=lambda c: c.id)
def test_a_right_to_left_chart_is_the_left_to_right_one_mirrored(drawn):
    ltr, rtl = _drawing(svg(drawn)), _drawing(svg(drawn, direction="rtl"))
    across = Decimal(ltr["width"])  # the drawing's width, the same in both directions
    assert rtl["width"] == ltr["width"] and rtl["viewbox"] == ltr["viewbox"] == f"0 0 {across} {ltr['height']}"
    # Its text is set right to left, so text-anchor's default ("start") anchors each text at
    # its right-hand end, the end it starts from; no text overrides that anchor.
    assert rtl["direction"] == "rtl" and ltr.get("direction") is None
    assert not rtl.select("[text-anchor]") and not ltr.select("[text-anchor]")
    ltr_rows, rtl_rows = ltr.select("g.pakru-chart-row"), rtl.select("g.pakru-chart-row")
    assert [row.get("data-fact") for row in rtl_rows] == [row.get("data-fact") for row in ltr_rows]
    baselines = set()
    for left, right in zip(ltr_rows, rtl_rows, strict=True):
        # Labels, values and gap texts start at the mirror of their left-to-right x, on the same line.
        for before, after in zip(left.select("text"), right.select("text"), strict=True):
            assert after["class"] == before["class"] and after.get_text() == before.get_text()
            assert Decimal(after["x"]) == across - Decimal(before["x"]) and after["y"] == before["y"]
        if left.select_one("rect") is None:  # a gap: no bar in either direction
            assert right.select_one("rect") is None
            continue
        x, width = _numbers(left.select_one("rect"), "x", "width")
        mirrored_x, mirrored_width = _numbers(right.select_one("rect"), "x", "width")
        assert mirrored_width == width  # the same length, grown leftwards from the right
        assert mirrored_x + mirrored_width == across - x
        baselines.add(mirrored_x + mirrored_width)
        # The value sits past the bar's left end, as it sits past its right end left to right.
        value = Decimal(right.select_one("text.pakru-chart-value")["x"])
        label = Decimal(right.select_one("text.pakru-chart-label")["x"])
        assert value < mirrored_x < label
    assert len(baselines) == 1  # every bar grows from the one right-hand baseline
    assert baselines == {Decimal(right.select_one("text.pakru-chart-label")["x"])}  # labels start there too


@pytest.mark.parametrize("drawn", ALL_CHARTS, ids=lambda c: c.id)
def test_a_left_to_right_chart_is_drawn_as_before(drawn):
    """Left to right is the default and gives the drawing it always gave: the labels and bars
    from x=8 (the drawing's margin), each value after its bar's right end, and nothing said about direction."""
    picture = svg(drawn)
    assert svg(drawn, direction="ltr") == picture
    assert "direction" not in picture and "text-anchor" not in picture
    drawing = _drawing(picture)
    assert {text["x"] for text in drawing.select("text.pakru-chart-label, text.pakru-chart-gap-text")} == {"8"}
    for row in drawing.select("g.pakru-chart-row:not(.pakru-chart-gap)"):
        x, width = _numbers(row.select_one("rect"), "x", "width")
        assert x == 8
        # (the value's x is rounded from the bar's unrounded length: within 0.1 of the drawn end)
        assert abs(Decimal(row.select_one("text.pakru-chart-value")["x"]) - (x + width + 6)) <= Decimal("0.1")


def test_a_long_value_widens_the_drawing_and_leaves_the_bars_as_long_as_they_were():
    drawn = chart("trade-china-russia", DATA)
    longest = max((bar for bar in drawn.bars if bar.amount == drawn.scale), key=lambda bar: len(bar.text))
    long_text = replace(longest, text=longest.text + " (" + "a note that makes the value long" * 2 + ")")
    widened = replace(drawn, bars=tuple(long_text if bar is longest else bar for bar in drawn.bars))
    before, after = _drawing(svg(drawn)), _drawing(svg(widened))
    assert Decimal(after["width"]) > Decimal(before["width"]) >= WIDTH
    # The value has room up to the drawing's edge, at 0.62 of the font size per character.
    value = next(t for t in after.select("text.pakru-chart-value") if t.get_text() == long_text.text)
    assert Decimal(value["x"]) + len(long_text.text) * Decimal("0.62") * 15 <= Decimal(after["width"])
    assert [r["width"] for r in after.select("rect")] == [r["width"] for r in before.select("rect")]


def test_a_chart_knows_only_two_directions():
    with pytest.raises(ValueError, match="direction must be 'ltr' or 'rtl'"):
        svg(ALL_CHARTS[0], direction="right-to-left")  # type: ignore[arg-type]


def test_the_site_has_a_404_page_a_sitemap_and_opengraph_tags(site):
    assert "Page not found" in site.article("404").get_text()
    sitemap = (site.root / "sitemap.xml").read_text(encoding="utf-8")
    for name in site.page_names:
        assert f"<loc>https://example.org/pakru/{name}.html</loc>" in sitemap, name
    head = site.page("history").head
    assert head.select_one('meta[property="og:title"]')["content"].startswith("A brief history")
    assert head.select_one('meta[property="og:url"]')["content"] == "https://example.org/pakru/history.html"


def test_without_a_repository_each_page_links_to_its_own_source_in_the_site(site):
    link = site.page("history").select_one("a.muted-link[href*='_sources/']")
    assert (site.root / link["href"]).read_text(encoding="utf-8") == (DOCS / "history.md").read_text(encoding="utf-8")


def test_with_a_repository_each_page_links_to_its_source_there(tmp_path):
    repository = "https://github.com/example/pakru"  # furo understands GitHub, GitLab and Bitbucket
    result = sphinx_build(DOCS, tmp_path / "out", env={"PAKRU_REPOSITORY_URL": repository})
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((tmp_path / "out" / "history.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one("a.muted-link[href*='/edit/']")["href"] == f"{repository}/edit/main/docs/history.md"


def test_pages_show_the_date_of_their_last_commit_in_a_git_checkout(site):
    inside_git = subprocess.run(["git", "rev-parse"], cwd=ROOT, capture_output=True).returncode == 0
    shallow = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True, text=True)
    if inside_git and shallow.stdout.strip() == "true":
        pytest.skip("a shallow clone: the plugin shows no dates rather than wrong ones")
    footer = site.page("history").select_one("footer").get_text()
    assert ("Last updated on" in footer) == inside_git


def test_the_site_builds_from_a_folder_that_is_not_a_git_checkout(tmp_path):
    copy = tmp_path / "pakru"
    shutil.copytree(
        ROOT, copy, ignore=shutil.ignore_patterns(".git", ".nox", "build", "*.egg-info", "__pycache__", ".*_cache")
    )
    assert subprocess.run(["git", "rev-parse"], cwd=copy, capture_output=True).returncode != 0
    result = subprocess.run(
        [*sphinx_command(), "docs", "out"],
        cwd=copy,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(copy), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Last updated" not in (copy / "out" / "history.html").read_text(encoding="utf-8")


def test_a_page_naming_an_unknown_chart_fails_the_build_at_its_line(docs_copy, tmp_path):
    page = docs_copy / "challenges.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace("{pakru:chart} trade-china-russia", "{pakru:chart} trade-china-rusia"), encoding="utf-8"
    )
    result = sphinx_build(docs_copy, tmp_path / "out")
    assert result.returncode != 0
    assert (
        "unknown chart 'trade-china-rusia' (did you mean 'trade-china-russia'?); "
        "charts are defined in pakru_data/records/chart_specs.py"
    ) in result.stderr
    assert "challenges.md:" in result.stderr
