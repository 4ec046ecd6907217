"""Shared fixtures: the site is built once per test session, into a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from pakru_data import DATA
from pakru_data.register_groups import group_of
from pakru_data.tools.sphinx_command import sphinx_options

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def replace_once(path: Path, old: str, new: str, originals: dict[Path, str]) -> None:
    """Replace the one occurrence of ``old`` in a file, keeping its first text in
    ``originals`` so that a test can put it back."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path.name}"
    originals.setdefault(path, text)
    path.write_text(text.replace(old, new), encoding="utf-8")


def sphinx_command(
    *, confdir: str = ".", builder: str | None = "html", doctrees: str | None = None, jobs: str | None = None
) -> list[str]:
    """`python -m sphinx` with the options `nox -s docs` gives sphinx-build (they are written
    once, in pakru_data/tools/sphinx_command.py), printing no colour codes whatever the terminal
    or FORCE_COLOR says: tests read this text.  The source and output folders follow."""
    options = sphinx_options(builder=builder, confdir=confdir, doctrees=doctrees, jobs=jobs, plain=True)
    return [sys.executable, "-m", "sphinx", *options]


def sphinx_build(
    source: Path, out: Path, *extra: str, builder: str = "html", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Build ``source`` with the checkout's conf.py as `nox -s docs` does; what it printed."""
    command = [*sphinx_command(confdir=str(ROOT), builder=builder), *extra, str(source), str(out)]
    # No books unless a test puts some there: whatever `nox -s books` left in build/books.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PAKRU_BOOKS_DIR": "", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)


@dataclass
class Site:
    root: Path
    pages: dict[str, BeautifulSoup] = field(default_factory=dict)

    def page(self, name: str) -> BeautifulSoup:
        if name not in self.pages:
            html = (self.root / f"{name}.html").read_text(encoding="utf-8")
            self.pages[name] = BeautifulSoup(html, "html.parser")
        return self.pages[name]

    def article(self, name: str) -> BeautifulSoup:
        return self.page(name).find("article")

    @property
    def page_names(self) -> list[str]:
        """Every page, as Sphinx names it ("history", "register/figures-money")."""
        return sorted(p.relative_to(DOCS).with_suffix("").as_posix() for p in DOCS.rglob("*.md"))

    def register_entry(self, fact_id: str) -> Tag | None:
        """A fact's full entry, on its group's page of the register."""
        return self.article(f"register/{group_of(DATA.facts[fact_id])}").find(id=f"fact-{fact_id}")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    out = tmp_path_factory.mktemp("site")
    result = sphinx_build(DOCS, out)
    assert result.returncode == 0, result.stderr
    return Site(out)


@pytest.fixture
def docs_copy(tmp_path: Path) -> Path:
    """A copy of the pages, for tests that break one on purpose."""
    copy = tmp_path / "docs"
    shutil.copytree(DOCS, copy)
    return copy
