"""The same commit always builds the same site, serial or parallel."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import DOCS, sphinx_build


def site_files(root: Path) -> dict[str, bytes]:
    """Every file of a built site, by path; Sphinx's own pickles (.doctrees) are not the site."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".doctrees" not in path.relative_to(root).parts
    }


def differences(first: dict[str, bytes], second: dict[str, bytes]) -> list[str]:
    only = sorted(first.keys() ^ second.keys())
    changed = sorted(name for name in first.keys() & second.keys() if first[name] != second[name])
    return [f"only in one build: {name}" for name in only] + [f"differs: {name}" for name in changed]


@pytest.fixture(scope="module")
def parallel_builds(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two clean parallel builds, as `nox -s docs` makes them, into different folders."""
    outputs = []
    for _ in range(2):
        out = tmp_path_factory.mktemp("parallel")
        result = sphinx_build(DOCS, out, "-j", "2")
        assert result.returncode == 0, result.stderr
        # Sphinx names a range of pages ("challenges .. history") per chunk only when
        # it reads them in parallel worker processes.
        assert re.search(r"reading sources\.\.\. \[.*\] \S+ \.\. \S+", result.stdout), result.stdout
        outputs.append(out)
    return outputs


def test_two_clean_builds_of_the_same_commit_are_byte_identical(parallel_builds):
    first, second = (site_files(out) for out in parallel_builds)
    assert len(first) > 20
    assert differences(first, second) == []


def test_a_parallel_build_writes_the_same_site_as_a_serial_build(site, parallel_builds):
    serial = site_files(site.root)
    parallel = site_files(parallel_builds[0])
    assert differences(serial, parallel) == []


def test_charts_and_downloads_are_among_the_files_compared(parallel_builds):
    files = site_files(parallel_builds[0])
    for name in ["facts.json", "facts.csv", "sources.json", "facts.schema.json", "sitemap.xml", "searchindex.js"]:
        assert name in files
    assert b"<svg" in files["challenges.html"]
