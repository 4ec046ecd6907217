"""The project's entry points.  `nox` alone builds the site; see README.md for each session."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["docs"]
nox.options.reuse_existing_virtualenvs = True

HTML = "build/html"
SPHINX = ["sphinx-build", "-c", ".", "--keep-going", "-W", "-n"]


def install(session: nox.Session, *extras: str) -> None:
    session.install("-e", f".[{','.join(extras)}]")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the HTML site into build/html (warnings are errors)."""
    install(session, "docs")
    session.run(*SPHINX, "-j", "auto", "-b", "html", "docs", HTML, *session.posargs)
    session.log(f"The site is in {HTML}/index.html")


@nox.session
def tests(session: nox.Session) -> None:
    """Run pytest: data checks, module doctests, build and consistency tests."""
    install(session, "docs", "test")
    session.run("pytest", *session.posargs)


@nox.session
def doctest(session: nox.Session) -> None:
    """Run the {doctest} blocks in the pages with Sphinx's doctest builder."""
    install(session, "docs")
    session.run(*SPHINX, "-b", "doctest", "docs", "build/doctest", *session.posargs)


@nox.session
def browser(session: nox.Session) -> None:
    """Test the built site in Chromium: errors, search, dark mode, accessibility, size."""
    install(session, "docs", "test", "browser")
    # -s shows the transfer size that each page prints.
    session.run("pytest", "-m", "browser", "-s", "tests/browser", *session.posargs)
