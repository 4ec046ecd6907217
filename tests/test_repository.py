"""The repository's own files agree with each other: README, noxfile, CI and templates."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT


def read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def nox_sessions() -> set[str]:
    return set(re.findall(r"^@nox\.session\ndef (\w+)\(", read("noxfile.py"), flags=re.MULTILINE))


def test_the_readme_lists_every_nox_session_and_no_other():
    listed = set(re.findall(r"^\| `nox -s (\w+)`", read("README.md"), flags=re.MULTILINE))
    assert listed == nox_sessions()


def test_ci_runs_what_ci_run_runs_and_the_browser_job():
    local = re.findall(r"^nox -s (\w+)$", read(".ci/run"), flags=re.MULTILINE)
    assert local[:2] == ["lint", "check"]
    workflow = yaml.safe_load(read(".github/workflows/ci.yml"))
    assert set(workflow["jobs"]["nox"]["strategy"]["matrix"]["session"]) == set(local)
    assert "nox -s browser" in [step.get("run") for step in workflow["jobs"]["browser"]["steps"]]


def test_the_correction_form_can_be_prefilled_by_field_id():
    form = yaml.safe_load(read(".github/ISSUE_TEMPLATE/correction.yml"))
    ids = {element.get("id") for element in form["body"]}
    assert {"fact-id", "current-value", "proposed-value", "source-link", "date-accessed"} <= ids


def test_every_session_installs_through_the_constraints():
    noxfile = read("noxfile.py")
    assert 'session.install("-c", CONSTRAINTS' in noxfile
    assert (ROOT / "requirements" / "constraints.txt").is_file()
    assert (
        len(re.findall(r"^    install\(session", noxfile, flags=re.MULTILINE)) == len(nox_sessions()) - 1
    )  # all but lock


def test_each_register_entry_links_to_the_prefilled_form_when_the_issues_url_is_set(tmp_path, site):
    from urllib.parse import parse_qs, urlsplit

    from bs4 import BeautifulSoup
    from conftest import DOCS, sphinx_build

    assert not site.page("register").select("a.pakru-suggest")  # no address in conf.py: no links
    base = "https://github.com/example/pakru/issues/new"  # any address: the form's own fields matter
    result = sphinx_build(DOCS, tmp_path / "out", "-D", f"pakru_issues_url={base}")
    assert result.returncode == 0, result.stderr
    register = BeautifulSoup((tmp_path / "out" / "register.html").read_text(encoding="utf-8"), "html.parser")
    links = {parse_qs(urlsplit(a["href"]).query)["fact-id"][0]: a["href"] for a in register.select("a.pakru-suggest")}
    link = urlsplit(links["trade-pak-russia-fy2023"])
    assert f"{link.scheme}://{link.netloc}{link.path}" == base
    query = {key: values[0] for key, values in parse_qs(link.query).items()}
    assert query["template"] == "correction.yml"
    value = register.find(attrs={"title": "fact: trade-pak-russia-fy2023 (verified)"}).get_text()
    assert query["current-value"] == value
    form = yaml.safe_load(read(".github/ISSUE_TEMPLATE/correction.yml"))
    assert set(query) - {"template", "title"} <= {element.get("id") for element in form["body"]}
