"""The one sphinx-build command line that builds pakru, shared by nox, the tests and the
benchmark, so that what they build is what `nox -s docs` builds.

It imports nothing: noxfile.py runs in nox's own environment, which has none of the
project's packages, and loads this file by its path.

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

__all__ = ["EDITIONS", "STRICT", "edition_doctrees", "edition_path", "sphinx_options"]

# The site's languages, English first: the English edition is the site's root.
EDITIONS = ("en", "ur", "ru")
DEFAULT_LANGUAGE = EDITIONS[0]


def edition_path(language: str) -> str:
    """Where an edition lives under the site's root: "" for English, "ur/" for Urdu."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def edition_doctrees(doctrees: str, builder: str, language: str) -> str:
    """Each edition's own doctree folder, so that its environment is never another's."""
    return f"{doctrees}/{builder}-{language}"


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
