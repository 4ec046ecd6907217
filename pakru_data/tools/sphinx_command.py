"""The one sphinx-build command line that builds pakru, shared by nox, the tests and the
benchmark, so that what they build is what `nox -s docs` builds.

It imports only the standard library: noxfile.py runs in nox's own environment, which has
none of the project's packages, and loads this file by its path.

>>> " ".join(sphinx_options(jobs="auto", doctrees="build/doctrees/html"))
'-c . --keep-going -W -n -j auto -b html -d build/doctrees/html'
>>> sphinx_options(builder="doctest", confdir="/repo", plain=True)
['-c', '/repo', '--keep-going', '-W', '-n', '-b', 'doctest', '--no-color']

The site has three editions, one per language, each a whole site with its own doctrees
(so building one never makes another rebuild): English at the top of the output folder,
the others in a folder named by their language.

>>> [(lang, edition_path(lang)) for lang in EDITIONS]
[('en', ''), ('ur', 'ur/'), ('ru', 'ru/')]
>>> " ".join(sphinx_options(language="ur", doctrees=edition_doctrees("build/doctrees", "html", "ur")))
'-c . --keep-going -W -n -b html -d build/doctrees/html-ur -D language=ur'
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "EDITIONS",
    "STRICT",
    "Finished",
    "build_at_once",
    "edition_doctrees",
    "edition_path",
    "jobs_for_editions",
    "sphinx_options",
]

# The site's languages, English first: the English edition is the site's root.
EDITIONS = ("en", "ur", "ru")
DEFAULT_LANGUAGE = EDITIONS[0]


def edition_path(language: str) -> str:
    """Where an edition lives under the site's root: "" for English, "ur/" for Urdu."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def edition_doctrees(doctrees: str, builder: str, language: str) -> str:
    """Each edition's own doctree folder, so that its environment is never another's."""
    return f"{doctrees}/{builder}-{language}"


def jobs_for_editions(count: int) -> str | None:
    """``-j`` for each of ``count`` editions built at once: one edition alone reads and writes
    in parallel (one process per core); several build at the same time, one serial build
    each, since together they fill the cores and a build's own parallel reading costs more
    than it saves here (measured in benchmarks/results.md).

    >>> jobs_for_editions(1), jobs_for_editions(3)
    ('auto', None)
    """
    return "auto" if count == 1 else None


# Every warning fails the build (-W), but only after all of them are listed (--keep-going);
# a reference that resolves to nothing warns too (-n).
STRICT = ("--keep-going", "-W", "-n")


def sphinx_options(
    *,
    builder: str | None = "html",
    confdir: str = ".",
    jobs: str | None = None,
    doctrees: str | None = None,
    plain: bool = False,
    language: str | None = None,
) -> list[str]:
    """The options before the source and output folders.  ``jobs`` reads and writes in
    parallel (``"auto"``: one process per core); ``doctrees`` keeps Sphinx's own files out of
    the output; ``plain`` drops colour codes from what Sphinx prints, for output a program reads; ``language``
    builds that edition."""
    options = ["-c", confdir, *STRICT]
    if jobs:
        options += ["-j", jobs]
    if builder:  # None: Sphinx's own default (html)
        options += ["-b", builder]
    if doctrees:
        options += ["-d", doctrees]
    if plain:
        options.append("--no-color")
    if language:  # conf.py derives the edition's addresses from it (a config-inited handler)
        options += ["-D", f"language={language}"]
    return options


@dataclass(frozen=True)
class Finished:
    """One build run by `build_at_once`: its name, exit status and everything it printed."""

    name: str
    returncode: int
    output: str


def build_at_once(
    commands: Mapping[str, Sequence[str]],
    *,
    env: Mapping[str, str] | None = None,
    cwd: str | None = None,
    show: Callable[[Finished], None] = lambda finished: None,
) -> list[Finished]:
    """Run several builds (one per edition) at the same time, and give each one's output
    whole, in the order of ``commands``, so that what is printed never depends on which
    build finished first.  ``show`` is called for each as soon as it and those before it
    are done.

    Each build's output goes to its own temporary file (a pipe could fill and stall it),
    unbuffered, so that its warnings stay among its progress lines as on a terminal.

    >>> import sys
    >>> said = lambda name, code: [sys.executable, "-c", f"print({name!r}); raise SystemExit({code})"]
    >>> [(f.name, f.returncode, f.output) for f in build_at_once({"a": said("a", 0), "b": said("b", 1)})]
    [('a', 0, 'a\\n'), ('b', 1, 'b\\n')]
    """
    child_env = {**(env if env is not None else os.environ), "PYTHONUNBUFFERED": "1"}
    finished = []
    with contextlib.ExitStack() as logs:
        running = []
        for name, command in commands.items():
            log = logs.enter_context(tempfile.TemporaryFile(mode="w+", encoding="utf-8"))
            process = subprocess.Popen(list(command), stdout=log, stderr=subprocess.STDOUT, env=child_env, cwd=cwd)
            running.append((name, process, log))
        for name, process, log in running:
            returncode = process.wait()
            log.seek(0)
            finished.append(Finished(name, returncode, log.read()))
            show(finished[-1])
    return finished
