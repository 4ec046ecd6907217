"""The one sphinx-build command line that builds pakru, shared by nox, the tests and the
benchmark, so that what they build is what `nox -s docs` builds.

It imports nothing: noxfile.py runs in nox's own environment, which has none of the
project's packages, and loads this file by its path.

>>> " ".join(sphinx_options(jobs="auto", doctrees="build/doctrees/html"))
'-c . --keep-going -W -n -j auto -b html -d build/doctrees/html'
>>> sphinx_options(builder="doctest", confdir="/repo", plain=True)
['-c', '/repo', '--keep-going', '-W', '-n', '-b', 'doctest', '--no-color']
"""

from __future__ import annotations

__all__ = ["STRICT", "sphinx_options"]

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
) -> list[str]:
    """The options before the source and output folders.  ``jobs`` reads and writes in
    parallel (``"auto"``: one process per core); ``doctrees`` keeps Sphinx's own files out of
    the output; ``plain`` drops colour codes from what Sphinx prints, for output a program reads."""
    options = ["-c", confdir, *STRICT]
    if jobs:
        options += ["-j", jobs]
    if builder:  # None: Sphinx's own default (html)
        options += ["-b", builder]
    if doctrees:
        options += ["-d", doctrees]
    if plain:
        options.append("--no-color")
    return options
