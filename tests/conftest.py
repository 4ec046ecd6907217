"""Shared fixtures: the site is built once per test session, into a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def sphinx_build(
    source: Path, out: Path, *extra: str, builder: str = "html", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run sphinx-build as `nox -s docs` does, and return what it printed."""
    # No colour codes, whatever the terminal or FORCE_COLOR says: tests read this text.
    command = [
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        builder,
        "-c",
        str(ROOT),
        "-W",
        "--keep-going",
        "-n",
        "--no-color",
        *extra,
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([*command, str(source), str(out)], capture_output=True, text=True, env=env, cwd=ROOT)


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
        return sorted(p.stem for p in DOCS.glob("*.md"))


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
