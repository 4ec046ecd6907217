"""The registry of record kinds: a kind is declared once, and every part of the site reads
the declaration.

A toy kind (a summit, an event with a host) is added the way a contributor adds one: a
declaration in ``pakru_data/kinds.py`` and one record file.  It is then loaded, validated
(its mistakes reported at its file and line), exported with its own fields, put in the
records' catalogue, and listed in the fact register of a real build."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, sphinx_command

from pakru_data import DATA, kinds
from pakru_data.dataset import DataError
from pakru_data.exports import csv_columns, fact_rows
from pakru_data.model import Event, Figure, Source, Visit
from pakru_data.record_text import fields_of

# The declaration a contributor appends to pakru_data/kinds.py.
DECLARATION = '''
from dataclasses import field  # noqa: E402


@dataclass(frozen=True, slots=True, kw_only=True)
class Summit(Event):
    """A summit both countries attended (a toy kind, declared by a test)."""

    host: str

    kind: str = field(default="summit", init=False)


declare(
    RecordKind(
        name="summit",
        record_class=Summit,
        defined_in=("records.summits",),
        list_name="SUMMITS",
        collection="events",
        translated=("label", "note", "host"),
        exported=("host",),
        linked_as="fact",
        plural="summits",
    )
)
'''
# And its one record file, pakru_data/records/summits.py.
RECORDS = """\
from pakru_data.kinds import Summit
from pakru_data.model import Status

SUMMITS = [
    Summit(
        id="toy-summit-2019",
        label="A toy summit in Bishkek",
        date="{date}",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("{source}",),
        host="Kyrgyzstan",
    ),
]
"""


def test_every_kind_is_declared_once_and_names_its_real_class():
    for kind in kinds.DECLARED.values():
        assert kinds.kind_of(kind.record_class) is kind
        label = getattr(kind.record_class, "__dataclass_fields__", {}).get("kind")
        if label is not None and not label.init:  # a kind's label (a source's own kind is what work it is)
            assert label.default == kind.name
        fields = {f.name for f in dataclasses.fields(kind.record_class)}
        assert set(kind.translated) <= fields, kind.name
        assert set(kind.exported) <= fields, kind.name


def test_every_record_is_in_the_file_its_kind_declares():
    for record in DATA.records():
        kind = kinds.kind_of(record)
        if (
            isinstance(record, Figure)
            and record.id.startswith("trade-")
            and record.defined_at.path.endswith("trade.py")
        ):
            continue  # a year of trade's figures are written as that year's record
        assert record.defined_at.path in {kinds.module_path(m) for m in kind.defined_in}, record.id


def test_a_visit_is_a_visit_wherever_the_history_tells_it():
    # Meaning sits in fields: a visit in the history's story is still in the visits file.
    story_visits = [e for e in DATA.events if isinstance(e, Visit) and e.story]
    assert story_visits
    assert {v.defined_at.path for v in story_visits} == {"pakru_data/records/visits.py"}


def test_a_record_in_another_kinds_list_is_reported_with_the_file_to_move_it_to(tmp_path):
    copy = _project(tmp_path)
    events = copy / "pakru_data" / "records" / "events.py"
    visit = (ROOT / "pakru_data" / "records" / "visits.py").read_text(encoding="utf-8")
    start = visit.index("    Visit(\n")
    block = visit[start : visit.index("\n    ),\n", start) + len("\n    ),\n")]
    text = events.read_text(encoding="utf-8").replace(
        "EVENTS = [\n", "EVENTS = [\n" + block.replace('id="', 'id="x', 1), 1
    )
    written = "from pakru_data.model import Direction, Visit\n" + text
    events.write_text(written, encoding="utf-8")
    result = _check(copy)
    assert result.returncode == 1
    line = written[: written.index("    Visit(")].count("\n") + 1
    assert (
        f"pakru_data/records/events.py:{line}: record 'xayub-moscow-visit': is written as Visit(...) in EVENTS, "
        "which holds events only; move it to pakru_data/records/visits.py, or write it as Event(...)"
    ) in result.stdout


@pytest.fixture(scope="module")
def toy_kind_project(tmp_path_factory):
    copy = _project(tmp_path_factory.mktemp("toy-kind"))
    with (copy / "pakru_data" / "kinds.py").open("a", encoding="utf-8") as handle:
        handle.write(DECLARATION)
    records = copy / "pakru_data" / "records" / "summits.py"
    records.write_text(RECORDS.format(date="2020-11", source=_a_source_read_after_2020()), encoding="utf-8")
    return copy


def test_a_toy_kind_is_loaded_exported_and_put_in_the_catalogue(toy_kind_project):
    found = _inside(
        toy_kind_project,
        """
        from pakru_data import DATA
        from pakru_data.exports import csv_columns, fact_rows
        from pakru_data.record_text import fields_of
        summit = DATA.facts["toy-summit-2019"]
        row = next(r for r in fact_rows(DATA) if r["id"] == "toy-summit-2019")
        print(json.dumps({
            "kind": row["kind"], "details": row["details"], "columns": csv_columns(),
            "fields": fields_of(summit), "in_era": summit in DATA.events_in_era("growing-friendship"),
        }))
        """,
    )
    assert found["kind"] == "summit"
    assert found["details"] == {"host": "Kyrgyzstan"}
    assert "host" in found["columns"]
    assert ["summit:toy-summit-2019.host", "Kyrgyzstan"] in found["fields"]
    assert found["in_era"]


def test_a_toy_kinds_mistake_is_reported_at_its_file_and_line(toy_kind_project, tmp_path):
    copy = tmp_path / "broken"
    shutil.copytree(toy_kind_project, copy)
    records = copy / "pakru_data" / "records" / "summits.py"
    records.write_text(RECORDS.format(date="2020-13-13", source="no-such-source"), encoding="utf-8")
    result = _check(copy)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("pakru_data/records/summits.py:5: ") and "'toy-summit-2019': date " in line for line in lines
    )
    assert any("cites source 'no-such-source'" in line for line in lines), result.stdout


def test_a_toy_kinds_record_is_listed_in_the_register_of_a_real_build(toy_kind_project):
    out = toy_kind_project / "out"
    command = [*sphinx_command(confdir=str(toy_kind_project)), str(toy_kind_project / "docs"), str(out)]
    env = {"PYTHONPATH": str(toy_kind_project), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(command, capture_output=True, text=True, cwd=toy_kind_project, env=env)
    assert "Traceback" not in result.stderr
    page = BeautifulSoup(
        (out / "register" / "events-growing-friendship.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert page.find(id="fact-toy-summit-2019") is not None
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert next(f for f in facts if f["id"] == "toy-summit-2019")["details"] == {"host": "Kyrgyzstan"}


def test_the_real_registry_exports_each_kinds_own_fields():
    rows = {row["id"]: row for row in fact_rows(DATA)}
    visit = next(e for e in DATA.events if isinstance(e, Visit))
    assert set(rows[visit.id]["details"]) == set(kinds.DECLARED["visit"].exported)
    assert set(kinds.DECLARED["visit"].exported) <= set(csv_columns())
    assert ("source:" + DATA.sources[0].id + ".via", DATA.sources[0].via) in fields_of(DATA.sources[0]) or not (
        DATA.sources[0].via
    )
    assert isinstance(DATA.sources[0], Source)
    plain = next(e for e in DATA.events if type(e) is Event)
    assert rows[plain.id]["details"] == {}


def test_loading_a_broken_registry_module_is_a_data_error_not_a_traceback(tmp_path):
    copy = _project(tmp_path)
    (copy / "pakru_data" / "records" / "eras.py").write_text("ERA = []\n", encoding="utf-8")
    result = _check(copy)
    assert result.returncode == 1
    assert "pakru_data/records/eras.py:1: record 'eras': must define ERAS = [...]" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert DataError  # the error the check prints


def _a_source_read_after_2020() -> str:
    return next(
        s.id
        for s in DATA.sources
        if s.accessed and s.published_date and s.published_date.first_day().year >= 2021 and s.kind == "press"
    )  # one press report: the toy summit is single-source


def _project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy(ROOT / "conf.py", copy)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
    shutil.copytree(ROOT / "pakru_data", copy / "pakru_data", ignore=ignore)
    shutil.copytree(ROOT / "docs", copy / "docs", ignore=ignore)
    return copy


def _environment(copy: Path) -> dict[str, str]:
    return {"PYTHONPATH": str(copy), "PAKRU_TODAY": "2026-12-04", "PATH": "/usr/bin:/bin"}


def _check(copy: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pakru_data", "check"]
    return subprocess.run(command, capture_output=True, text=True, cwd=copy, env=_environment(copy))


def _inside(copy: Path, code: str) -> dict[str, object]:
    program = "import json\n" + textwrap.dedent(code)
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=copy, env=_environment(copy)
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found
