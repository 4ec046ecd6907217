"""`python -m pakru_data check`, run for real against a broken copy of the data.

Each case copies the project into a temporary folder, makes one mistake in the copy's
record modules (never in the real ones), and runs the command there as a contributor
would.  It must print the exact problem at its relative ``pakru_data/<file>.py:<line>``,
then the count, exit with status 1, and never show a traceback.  The same broken record
must fail ``sphinx-build`` with the same text.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import sphinx_command

from pakru_data import DATA

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-12-04"  # the day of the latest accessed dates: none may be in the future


def copy_project(tmp_path: Path) -> Path:
    """conf.py, docs/ and pakru_data/ in a fresh folder (no caches)."""
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy(ROOT / "conf.py", copy)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "pakru_data", copy / "pakru_data", ignore=ignore)
    shutil.copytree(ROOT / "docs", copy / "docs", ignore=ignore)
    return copy


def edit(copy: Path, file: str, after: str | None, old: str, new: str) -> int:
    """Replace the first ``old`` (after the first ``after``, if given) in the copy's file;
    return the line it was on."""
    path = copy / file
    text = path.read_text(encoding="utf-8")
    start = text.index(after) if after else 0
    at = text.index(old, start)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def environment(copy: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(copy), "PAKRU_TODAY": TODAY, "PYTHONDONTWRITEBYTECODE": "1"}


def check(copy: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pakru_data", "check"]
    return subprocess.run(command, capture_output=True, text=True, cwd=copy, env=environment(copy))


def sphinx_build(copy: Path) -> subprocess.CompletedProcess[str]:
    command = [*sphinx_command(), "-q", "docs", "build/html"]
    return subprocess.run(command, capture_output=True, text=True, cwd=copy, env=environment(copy))


def at(collection: str, record_id: str) -> str:
    """Where the real data defines a record; single-line edits keep every line where it was."""
    record = next(r for r in getattr(DATA, collection) if r.id == record_id)
    return str(record.defined_at)


def row_at(challenge: str) -> str:
    return str(next(r for r in DATA.conclusion if r.challenge == challenge).defined_at)


# (file, anchor, old, new, expected lines).  An anchor of `id="x"` edits record x.
# EDITED stands for the edited line: a module that Python cannot run is reported there.
CASES = [
    pytest.param(
        "points.py",
        "CONCLUSION",
        'opportunity="defence-deals"',
        'opportunity="defense-deals"',
        [
            f"{at('opportunities', 'defence-deals')}: opportunity 'defence-deals': must appear in exactly one "
            "conclusion row (it appears in 0); pair it with one other point in CONCLUSION in "
            "pakru_data/records/points.py",
            f"{row_at('india-ties')}: conclusion row 'india-ties/defense-deals': opportunity 'defense-deals' must "
            "exist in pakru_data/records/points.py OPPORTUNITIES (did you mean 'defence-deals'?)",
        ],
        id="conclusion-row-missing-opportunity",
    ),
    pytest.param(
        "corrections.py",
        'id="defense-treaty-1971"',
        "{fact}`indo-soviet-treaty`",
        "{fact}`indo-soviet-treatie`",
        [
            f"{at('corrections', 'defense-treaty-1971')}: correction 'defense-treaty-1971': finding shows fact "
            "'indo-soviet-treatie', which must exist in pakru_data/records/events.py, visits.py, agreements.py, "
            "exercises.py, figures.py or trade.py "
            "(did you mean 'indo-soviet-treaty'?)"
        ],
        id="data-text-unknown-fact-id",
    ),
    pytest.param(
        "corrections.py",
        'id="defense-treaty-1971"',
        "{fact}`indo-soviet-treaty`",
        "{fact}`indo-soviet-treaty:yaer`",
        [
            f"{at('corrections', 'defense-treaty-1971')}: correction 'defense-treaty-1971': finding: fact "
            "'indo-soviet-treaty' has no variant 'yaer'; use one of: default, in, year, month, day, label"
        ],
        id="data-text-unknown-variant",
    ),
    pytest.param(
        "events.py",
        'id="u2-incident"',
        'sources=("national-interest-u2", "wikipedia-u2-incident")',
        "sources=None",
        [
            f"{at('events', 'u2-incident')}: event 'u2-incident': sources must be a tuple of source ids, "
            'e.g. ("source-id",), not None'
        ],
        id="sources-not-a-tuple",
    ),
    pytest.param(
        "events.py",
        'id="u2-incident"',
        'label="A US U-2 spy plane from Peshawar is shot down over the USSR"',
        "label=1960",
        [
            f"{at('events', 'u2-incident')}: event 'u2-incident': has a field of the wrong type (expected string "
            "or bytes-like object, got 'int'); write text and dates in quotes, sources as a tuple such as "
            '("source-id",), and amounts as numbers'
        ],
        id="field-of-the-wrong-type",
    ),
    # A record module that Python cannot even run: one problem at the edited line.
    pytest.param(
        "events.py",
        'id="u2-incident"',
        'era="cold-war",',
        'eraa="cold-war",',
        [
            f"{at('events', 'u2-incident')}: record 'events': Event() has no field 'eraa' (did you mean 'era'?); "
            "use one of: id, label, status, sources, note, as_of, review_by, date, end, era, versions, story"
        ],
        id="typo-in-a-field-name",
    ),
    pytest.param(
        "events.py",
        'id="u2-incident"',
        'era="cold-war",',
        'era="cold-war"',
        [
            "EDITED: record 'events': is not valid Python (invalid syntax. Perhaps you forgot a comma?); check the "
            "brackets, quotes and commas on this line and the line before"
        ],
        id="syntax-error",
    ),
    pytest.param(
        "events.py",
        'id="u2-incident"',
        'era="cold-war",',
        "era=cold-war,",
        [
            "EDITED: record 'events': name 'cold' is not defined; put text and dates in quotes (\"...\") and check "
            "the spelling of names"
        ],
        id="text-without-quotes",
    ),
    pytest.param(
        "events.py",
        'id="u2-incident"',
        "status=Status.VERIFIED",
        "status=Status.VERIFED",
        ["EDITED: record 'events': Status.VERIFED does not exist (did you mean 'VERIFIED'?); check the spelling"],
        id="misspelled-status",
    ),
]


@pytest.mark.parametrize(("file", "anchor", "old", "new", "expected"), CASES)
def test_check_reports_each_mistake_and_exits_1(tmp_path, file, anchor, old, new, expected):
    copy = copy_project(tmp_path)
    line = edit(copy, f"pakru_data/records/{file}", anchor, old, new)
    expected = [e.replace("EDITED", f"pakru_data/records/{file}:{line}") for e in expected]
    result = check(copy)
    count = f"{len(expected)} problem{'s' if len(expected) != 1 else ''} in pakru_data"
    assert (result.returncode, result.stdout.splitlines(), result.stderr) == (1, [*expected, count], "")


def test_check_passes_on_an_untouched_copy(tmp_path):
    result = check(copy_project(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.fullmatch(r"\d+ facts, \d+ sources: 0 problems in pakru_data\n", result.stdout)
    # A copy is no git checkout: the comparison with main (tests/test_fact_diff.py) is skipped, and says so.
    assert result.stderr == "changes: not a git checkout, so published facts were not compared with main\n"


# Edits to different records, so one build meets them all; a module that Python cannot
# run hides every other problem in it, so that mistake gets a build of its own.
BUILD_CASES = {
    "records": [
        ("events.py", 'id="tashkent-declaration"', 'date="1966-01-10"', 'date="1966-02-30"'),
        ("events.py", 'id="u2-incident"', "status=Status.VERIFIED", "status=Status.DISPUTED"),
        ("chart_specs.py", 'id="trade-china-russia"', '"trade-russia-fy2021-22-total"', '"trade-russia-fy2012-total"'),
    ],
    "syntax-error": [("events.py", 'id="u2-incident"', 'era="cold-war",', 'era="cold-war"')],
}


@pytest.mark.parametrize("edits", BUILD_CASES.values(), ids=BUILD_CASES.keys())
def test_broken_records_fail_the_docs_build_with_the_same_messages(tmp_path, edits):
    copy = copy_project(tmp_path)
    for file, anchor, old, new in edits:
        edit(copy, f"pakru_data/records/{file}", anchor, old, new)
    problems = check(copy).stdout.splitlines()[:-1]
    assert len(problems) >= len(edits)
    result = sphinx_build(copy)
    assert result.returncode == 2
    for problem in problems:
        location, _, message = problem.partition(": ")
        assert f"{location}: ERROR: {message}" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "Extension error" not in result.stderr


SCRIPT = "<script>alert(1)</script>"


def test_markup_in_data_text_is_shown_escaped_never_run(tmp_path):
    copy = copy_project(tmp_path)
    edit(
        copy,
        "pakru_data/records/events.py",
        'id="tashkent-declaration"',
        'label="',
        f'label="{SCRIPT} <b>bold</b> ',
    )
    edit(
        copy,
        "pakru_data/records/corrections.py",
        'id="defense-treaty-1971"',
        'finding=(\n            "',
        f'finding=(\n            "{SCRIPT} <img src=x onerror=alert(2)> ',
    )
    assert check(copy).returncode == 0  # text may hold any characters: it is escaped, not refused
    result = sphinx_build(copy)
    assert result.returncode == 0, result.stderr
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    seen_in = set()
    for page in (copy / "build" / "html").glob("*.html"):
        html = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        assert not [s for s in soup.find_all("script") if "alert(" in s.get_text()], page.name
        assert not soup.find_all("img", attrs={"onerror": True}), page.name
        assert not soup.find_all("b", string="bold"), page.name
        if escaped in html:
            seen_in.add(page.stem)
    assert {"corrections", "register"} <= seen_in, seen_in
