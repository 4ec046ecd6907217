"""The project's entry points.  `nox` alone builds the site; see README.md for each session.

Every session installs through requirements/constraints.txt (`nox -s lock` writes it), so
each one gets the same versions of everything, with the uv and the virtualenv backends alike.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["docs"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).resolve().parent
CONSTRAINTS = "requirements/constraints.txt"
HTML = "build/html"


def _load_sphinx_command() -> ModuleType:
    """pakru_data/tools/sphinx_command.py, the one sphinx-build command line (shared with the
    tests and the benchmark), loaded by its path: importing the package would need the
    project's dependencies, which nox's own environment does not have."""
    spec = importlib.util.spec_from_file_location("sphinx_command", ROOT / "pakru_data" / "tools" / "sphinx_command.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import would: its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


sphinx_command = _load_sphinx_command()


def install(session: nox.Session, *extras: str) -> None:
    """Install the project with ``extras``, every package at its locked version."""
    target = f".[{','.join(extras)}]" if extras else "."
    session.install("-c", CONSTRAINTS, "-e", target)


def sphinx(session: nox.Session, builder: str, output: str, *, language: str = "en", autobuild: bool = False) -> None:
    """Run sphinx-build (or sphinx-autobuild) over docs/ for one edition, with the shared arguments."""
    if autobuild:
        command = [
            "sphinx-autobuild",
            "--host",
            "127.0.0.1",
            "--port",
            "8000",
            "--watch",
            "pakru_data",  # an edit to the data rebuilds the pages that show it
            "--watch",
            "conf.py",
            "--re-ignore",
            r"__pycache__|\.mo$|\.mo\.tmp$",  # catalogues compiled by the build itself
        ]
    else:
        command = ["sphinx-build"]
    jobs = sphinx_command.jobs_for_editions(1) if builder in {"html", "linkcheck"} else None
    session.run(*command, *edition_arguments(session, builder, output, language, jobs=jobs))


def edition_arguments(session: nox.Session, builder: str, output: str, language: str, *, jobs: str | None) -> list[str]:
    """sphinx-build's arguments for one edition: the shared options, the session's own, the folders."""
    options = sphinx_command.sphinx_options(
        builder=builder,
        jobs=jobs,
        # Doctrees go beside the output, never into it: build/html is what gets published.
        # Each edition has its own, so building one never makes another rebuild.
        doctrees=sphinx_command.edition_doctrees("build/doctrees", builder, language),
        language=language,
    )
    _, passed = parse_posargs(session.posargs)
    return [*options, *passed, "docs", output]


def build_editions_at_once(session: nox.Session, languages: list[str]) -> None:
    """Build several editions at the same time (sphinx_command.jobs_for_editions says how
    each reads), then print each one's messages whole, in the editions' order; fail if any
    failed."""
    sphinx_build = str(Path(session.bin) / "sphinx-build")
    jobs = sphinx_command.jobs_for_editions(len(languages))
    commands = {
        language: [sphinx_build, *edition_arguments(session, "html", edition_output(language), language, jobs=jobs)]
        for language in languages
    }
    env = {**os.environ, "PATH": os.pathsep.join([session.bin, os.environ.get("PATH", "")])}

    def show(finished: sphinx_command.Finished) -> None:
        session.log(f"{finished.name} edition ({edition_output(finished.name)}): {' '.join(commands[finished.name])}")
        print(finished.output, end="", flush=True)

    failed = [
        f.name for f in sphinx_command.build_at_once(commands, env=env, cwd=str(ROOT), show=show) if f.returncode != 0
    ]
    if failed:
        session.error(f"the {', '.join(failed)} edition{'s' if len(failed) > 1 else ''} failed: see the messages above")


def parse_posargs(posargs: list[str]) -> tuple[list[str], list[str]]:
    """The editions asked for (`--language ur`, repeatable; all by default), and the options
    for Sphinx: `--strict` turns unverified or overdue facts, and untranslated text, into
    errors; other arguments go to Sphinx as they are."""
    languages: list[str] = []
    options: list[str] = []
    args = iter(posargs)
    for arg in args:
        if arg == "--strict":
            options += ["-D", "pakru_strict=1"]
        elif arg == "--language" or arg.startswith("--language="):
            language = arg.partition("=")[2] or next(args, "")
            if language not in sphinx_command.EDITIONS:
                raise SystemExit(f"--language takes one of {', '.join(sphinx_command.EDITIONS)}, not {language!r}")
            languages.append(language)
        else:
            options.append(arg)
    return languages or list(sphinx_command.EDITIONS), options


def edition_output(language: str) -> str:
    """build/html for English (the site's root), build/html/<lang> for the others."""
    return f"{HTML}/{sphinx_command.edition_path(language)}".rstrip("/")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the three editions at the same time, English into build/html and Urdu and
    Russian into build/html/ur and build/html/ru (warnings are errors); `-- --language ur`
    builds one; `-- --strict` also refuses unverified facts in pages, facts past their review date
    and untranslated text."""
    install(session, "docs")
    languages, _ = parse_posargs(session.posargs)
    if len(languages) == 1:
        sphinx(session, "html", edition_output(languages[0]), language=languages[0])
    else:
        build_editions_at_once(session, languages)
    session.log(f"The site is in {HTML}/index.html ({', '.join(edition_output(lang) for lang in languages)})")


@nox.session
def translations(session: nox.Session) -> None:
    """Extract the pages' English into build/gettext (Sphinx's gettext builder), merge it into
    docs/locales/<lang>/LC_MESSAGES/<page>.po for Urdu and Russian (or `-- --language ur`),
    and print each language's progress and every entry still untranslated or fuzzy."""
    install(session, "docs")
    languages, _ = parse_posargs(session.posargs)
    languages = [language for language in languages if language != sphinx_command.DEFAULT_LANGUAGE]
    options = sphinx_command.sphinx_options(builder="gettext", doctrees="build/doctrees/gettext")
    session.run("sphinx-build", *options, "docs", "build/gettext")
    # The extension's own words ("accessed", "read via", badges), for its message catalogue.
    session.run(
        "pybabel",
        "extract",
        "--keywords=_ N_",
        "--no-location",
        "--omit-header",
        "--sort-output",
        "--output-file=pakru_data/sphinxext/locales/pakru.pot",
        "pakru_data/sphinxext",
    )
    session.run(
        "python",
        "-m",
        "pakru_data.tools.translations",
        "--templates",
        "build/gettext",
        "--locales",
        "docs/locales",
        "--records-template",  # the records' text (labels, notes, era titles), from the loaded records
        "build/gettext/records.pot",
        "--interface-template",
        "pakru_data/sphinxext/locales/pakru.pot",
        *(["--strict"] if "--strict" in session.posargs else []),  # a glossary term written another way fails
        *languages,
    )


@nox.session
def serve(session: nox.Session) -> None:
    """Preview one edition at http://127.0.0.1:8000, rebuilt on every edit to docs/ or
    pakru_data/: English, or the one named with `-- --language ur`."""
    install(session, "docs", "dev")
    languages, _ = parse_posargs(session.posargs)
    language = languages[0] if len(languages) == 1 else sphinx_command.DEFAULT_LANGUAGE
    sphinx(session, "html", edition_output(language), language=language, autobuild=True)


@nox.session
def check(session: nox.Session) -> None:
    """Validate every record: one line per problem, with its file and line; in a git checkout,
    also every changed published fact against where the branch left main (site_changes.py)."""
    install(session)
    session.run("python", "-m", "pakru_data", "check")


@nox.session
def diff(session: nox.Session) -> None:
    """What changes for readers between two commits: `-- [BASE [HEAD]] [--format markdown]`
    (BASE: where the branch left main; HEAD: the working tree)."""
    install(session)
    session.run("python", "-m", "pakru_data", "diff", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint and format) over the repository, and mypy --strict over pakru_data."""
    install(session, "docs", "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "--strict", "pakru_data")


@nox.session
def tests(session: nox.Session) -> None:
    """Run pytest: data checks, module doctests, build and consistency tests."""
    install(session, "docs", "test")
    # Tests run in one worker process per core (pytest-xdist): most of them build the site.
    session.run("pytest", "-n", "auto", *session.posargs)


@nox.session
def doctest(session: nox.Session) -> None:
    """Run the {doctest} blocks in the pages with Sphinx's doctest builder."""
    install(session, "docs")
    sphinx(session, "doctest", "build/doctest")  # English: the pins are the same facts in every edition


@nox.session
def linkcheck(session: nox.Session) -> None:
    """Check that every external link answers.  Needs the network, so CI does not run it."""
    install(session, "docs")
    sphinx(session, "linkcheck", "build/linkcheck")  # English: the editions link to the same sources


@nox.session
def lock(session: nox.Session) -> None:
    """Re-resolve every pinned dependency into requirements/constraints.txt (pass --upgrade to update)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    session.install(*pyproject["project"]["optional-dependencies"]["lock"])
    session.run(
        "uv",
        "pip",
        "compile",
        "pyproject.toml",
        "--all-extras",
        "--universal",
        "--python-version",
        "3.11",
        "--output-file",
        CONSTRAINTS,
        *session.posargs,
    )


@nox.session
def browser(session: nox.Session) -> None:
    """Test the built site in Chromium: errors, search, dark mode, accessibility, size."""
    install(session, "docs", "test", "browser")
    # -s shows the transfer size that each page prints.
    session.run("pytest", "-m", "browser", "-s", "tests/browser", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """The scale benchmark: builds a generated site (300 pages, 7,000 facts) with the real extension
    and writes benchmarks/results.md.  Not run by CI; `-- --scale 0.5 --runs 3` for a quicker run."""
    install(session, "docs", "books")  # the books are timed beside the editions (benchmarks/editions.py)
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session
def books(session: nox.Session) -> None:
    """An EPUB and a PDF of each edition, into build/books/pakru-<lang>.epub and .pdf (Sphinx's
    epub builder; WeasyPrint over Sphinx's singlehtml output), then the site again, so that
    its downloads page and sidebars link to them (pages written again, none read), then the
    books' tests (tests/books); `-- --language ur` for one edition."""
    install(session, "docs", "books", "test")
    languages, _ = parse_posargs(session.posargs)
    session.run("python", "-m", "pakru_data.tools.books", *(f"--language={language}" for language in languages))
    if len(languages) == 1:
        sphinx(session, "html", edition_output(languages[0]), language=languages[0])
    else:
        build_editions_at_once(session, languages)
    session.run("pytest", "-m", "books", "tests/books", env={"PAKRU_BOOKS_EDITIONS": " ".join(languages)})
