"""A page that asks for something the data does not have fails the build, at its page and
line, with the fix.  One build meets every mistake at once: each is reported once, in its
own words, and none stops the others from being found."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import pytest
from conftest import DOCS, sphinx_build


@dataclass(frozen=True)
class Mistake:
    page: str
    old: str
    new: str
    message: str
    line_shift: int = 0  # a directive's problems are reported at its first line, above the option

    def make(self, docs) -> str:
        """Make the mistake in the copy; where the build should report it."""
        path = docs / self.page
        text = path.read_text(encoding="utf-8")
        assert text.count(self.old) >= 1, (self.page, self.old)
        path.write_text(text.replace(self.old, self.new, 1), encoding="utf-8")
        line = text[: text.index(self.old)].count("\n") + 1 + self.line_shift
        return f"{self.page}:{line}"


MISTAKES = [
    Mistake(
        "history.md",
        "{fact}`tashkent-declaration`",
        "{fact}`tashkent-declaraton`",
        "unknown fact 'tashkent-declaraton' (did you mean 'tashkent-declaration'?); "
        "facts are defined in pakru_data/records/events.py, visits.py, agreements.py, exercises.py, "
        "figures.py and trade.py",
    ),
    Mistake(
        "history.md",
        "{fact}`u2-incident`",
        "{fact}`u2-incident:yaer`",
        "fact 'u2-incident' has no format variant 'yaer' (did you mean 'year'?); use one of: ",
    ),
    Mistake(
        "history.md",
        "{source}`hindu-kashmir-veto-1957`",
        "{source}`hindu-kashmir-veto-1975`",
        "unknown source 'hindu-kashmir-veto-1975' (did you mean 'hindu-kashmir-veto-1957'?); "
        "sources are defined in pakru_data/records/sources/article.py and relations.py",
    ),
    Mistake(
        "history.md",
        ":era: cold-war",
        ":era: cold-wars",
        "pakru:timeline: the :era: option 'cold-wars' is not known (did you mean 'cold-war'?); "
        "use one of: cold-war, new-beginning, growing-friendship",
        line_shift=-1,
    ),
    Mistake(
        "how-to-correct.md",
        "{pakru:record-as-written} trade-pak-russia-fy2023",
        "{pakru:record-as-written} trade-pak-russia-fy2032",
        "unknown fact or source 'trade-pak-russia-fy2032' (did you mean 'trade-pak-russia-fy2023'?); "
        "facts are defined in pakru_data/records/events.py, visits.py, agreements.py, exercises.py, "
        "figures.py and trade.py; "
        "sources are defined in pakru_data/records/sources/article.py and relations.py",
    ),
    Mistake(
        "opportunities.md",
        "<mining-balochistan>",
        "<mining-balochstan>",
        "unknown correction 'mining-balochstan' (did you mean 'mining-balochistan'?); "
        "corrections are defined in pakru_data/records/corrections.py",
    ),
]
# The same unknown id twice in one paragraph, on its second and third lines: each is
# reported at its own line, not both at the paragraph's first.
REPEATED = "\nA paragraph that names\n{fact}`no-such-fact` once\nand {fact}`no-such-fact` again.\n"
# A heading that shows {point}`india-ties` makes its section the point's link target: a
# second page with one claims the same target.
CONTESTED_TARGET = (
    "conclusion.md: WARNING: point 'india-ties' is the link target of more than one page "
    "(challenges, conclusion); links go to 'challenges': keep it on one page"
)


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    docs = tmp_path_factory.mktemp("broken") / "docs"
    shutil.copytree(DOCS, docs)
    where = {mistake: mistake.make(docs) for mistake in MISTAKES}
    conclusion = docs / "conclusion.md"
    text = conclusion.read_text(encoding="utf-8")
    conclusion.write_text(text + REPEATED + "\n## {point}`india-ties`\n", encoding="utf-8")
    first_line = text.count("\n") + 2  # after the text: a blank line, then the paragraph
    where["repeated"] = [f"conclusion.md:{first_line + 1}", f"conclusion.md:{first_line + 2}"]
    return where, sphinx_build(docs, docs.parent / "out")


def test_the_build_fails_with_no_traceback(broken_build):
    _where, result = broken_build
    assert result.returncode == 1  # sphinx-build -W: warnings were turned into errors
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.message.split(" (")[0].split(";")[0])
def test_each_mistake_is_reported_once_at_its_page_and_line_with_the_fix(broken_build, mistake):
    where, result = broken_build
    reported = [line for line in result.stderr.splitlines() if f"{where[mistake]}: WARNING: {mistake.message}" in line]
    assert len(reported) == 1, result.stderr


def test_the_same_unknown_id_twice_is_reported_at_each_line(broken_build):
    where, result = broken_build
    reported = [line for line in result.stderr.splitlines() if "unknown fact 'no-such-fact'" in line]
    assert [line.split(": WARNING")[0].split("/")[-1] for line in reported] == where["repeated"]


def test_a_link_target_claimed_by_two_pages_names_both(broken_build):
    _where, result = broken_build
    assert CONTESTED_TARGET in result.stderr, result.stderr


def test_nothing_else_is_reported(broken_build):
    # Each mistake once, the repeated id twice, the contested target once; a link to an unknown id is reported
    # while its page is read, not again as a reference Sphinx could not resolve.  (The copy
    # is not in git, so sphinx-last-updated-by-git warns too: not pakru's to count.)
    _where, result = broken_build
    warnings = [line for line in result.stderr.splitlines() if "WARNING:" in line and "[pakru." in line]
    assert len(warnings) == len(MISTAKES) + 2 + 1, "\n".join(warnings)
    assert "reference target not found" not in result.stderr
