"""A page's directive arguments and option values are checked where the page is read.

Every directive the pages use is given, in turn, a misspelt argument or option value, all on
one page built once: each misspelling is one located message, with the closest known value
and the list to choose from, and none ends in a traceback or in a table silently showing
fewer rows."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import pytest
from conftest import DOCS, sphinx_build

from pakru_data import DATA


@dataclass(frozen=True)
class Misspelling:
    directive: str  # as the page writes it
    argument: str = ""
    option: str = ""  # ":name: value"
    message: str = ""  # what the build says, after "<page>:<line>: WARNING: "

    def markdown(self) -> str:
        lines = [f"```{{{self.directive}}} {self.argument}".rstrip()]
        if self.option:
            lines.append(self.option)
        return "\n".join([*lines, "```", ""])


ERAS = ", ".join(DATA.era_by_id)
MISSPELLINGS = [
    Misspelling(
        "pakru:records-table",
        argument="visitz",
        message="pakru:records-table: the argument 'visitz' is not known (did you mean 'visits'?); "
        "use one of: visits, agreements, exercises",
    ),
    Misspelling(
        "pakru:event-list",
        option=":era: cold-wars",
        message="pakru:event-list: the :era: option 'cold-wars' is not known (did you mean 'cold-war'?); "
        f"use one of: {ERAS}",
    ),
    Misspelling(
        "pakru:event-list",
        option=":era: cold-war\n:kinds: visit, agreemnt",
        message="pakru:event-list: the :kinds: option 'agreemnt' is not known (did you mean 'agreement'?); "
        "use one of: event, visit, agreement, exercise",
    ),
    Misspelling(
        "pakru:trade-table",
        argument="rusia",
        message="pakru:trade-table: the partner 'rusia' is not known (did you mean 'russia'?); "
        "use one of: russia, china",
    ),
    Misspelling(
        "pakru:trade-chart",
        argument="chna",
        message="pakru:trade-chart: the partner 'chna' is not known (did you mean 'china'?); use one of: russia, china",
    ),
    Misspelling(
        "pakru:timeline",
        option=":era: new-begining",
        message="pakru:timeline: the :era: option 'new-begining' is not known (did you mean 'new-beginning'?); "
        f"use one of: {ERAS}",
    ),
    Misspelling(
        "pakru:register",
        option=":group: figures-mony",
        message="pakru:register: the :group: option 'figures-mony' is not known "
        "(did you mean 'figures-money'?); use one of: ",
    ),
    Misspelling(
        "pakru:chart",
        argument="trade-china-rusia",
        message="unknown chart 'trade-china-rusia' (did you mean 'trade-china-russia'?); "
        "charts are defined in pakru_data/records/chart_specs.py",
    ),
    Misspelling(
        "pakru:record-as-written",
        argument="tashkent-declaraton",
        message="unknown fact or source 'tashkent-declaraton' (did you mean 'tashkent-declaration'?); ",
    ),
]


@pytest.fixture(scope="module")
def misspelt_build(tmp_path_factory):
    """One page holding every misspelling, each directive starting at a known line."""
    docs = tmp_path_factory.mktemp("misspelt") / "docs"
    shutil.copytree(DOCS, docs)
    lines = ["# Misspelt directives", ""]
    where = {}
    for misspelling in MISSPELLINGS:
        where[misspelling] = f"misspelt.md:{len(lines) + 1}"
        lines += misspelling.markdown().split("\n")
    (docs / "misspelt.md").write_text("\n".join(lines), encoding="utf-8")
    return where, sphinx_build(docs, docs.parent / "out")


def test_a_misspelt_page_input_fails_the_build_without_a_traceback(misspelt_build):
    _where, result = misspelt_build
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Exception occurred" not in result.stderr


@pytest.mark.parametrize("misspelling", MISSPELLINGS, ids=lambda m: f"{m.directive} {m.argument or m.option}")
def test_each_misspelling_is_one_located_message_with_a_suggestion(misspelt_build, misspelling):
    where, result = misspelt_build
    reported = [line for line in result.stderr.splitlines() if f"{where[misspelling]}: WARNING: " in line]
    assert len(reported) == 1, result.stderr
    assert misspelling.message in reported[0]


def test_a_misspelt_group_names_every_group_there_is(misspelt_build):
    where, result = misspelt_build
    group = next(m for m in MISSPELLINGS if m.directive == "pakru:register")
    reported = next(line for line in result.stderr.splitlines() if f"{where[group]}: WARNING: " in line)
    for known in ("events-cold-war", "figures-money", "figures-other"):
        assert known in reported
