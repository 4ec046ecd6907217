"""The charts drawn from the data, and the site's reader features (404 page, sitemap,
OpenGraph tags, last-updated dates, edit links), checked in the built HTML."""

from __future__ import annotations

import pickle
import shutil
import subprocess

import pytest
from bs4 import BeautifulSoup
from conftest import DOCS, ROOT, sphinx_build, sphinx_command

from pakru_data import DATA, format_fact
from pakru_data.charts import alt_text, chart, svg


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
    page.write_text(text.replace("{fact-chart} trade-china-russia", "{fact-chart} trade-china-rusia"), encoding="utf-8")
    result = sphinx_build(docs_copy, tmp_path / "out")
    assert result.returncode != 0
    assert (
        "unknown chart 'trade-china-rusia' (did you mean 'trade-china-russia'?); "
        "charts are defined in pakru_data/chart_specs.py"
    ) in result.stderr
    assert "challenges.md:" in result.stderr
