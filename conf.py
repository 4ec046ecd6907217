"""Sphinx configuration for pakru.  Page sources live in docs/; build with `nox -s docs`."""

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from sphinx.application import Sphinx
from sphinx.config import Config

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # pakru_data, when the build runs from a plain checkout

from pakru_data.sphinxext.editions import SITE_DESCRIPTION, SITE_TITLE  # noqa: E402 - needs the path above

project = "pakru"
author = "the pakru contributors"
copyright = "the pakru contributors"
# The English edition's language.  `-D language=ur` (or ru) builds another edition: see
# _edition_settings below for what follows from the language, and README's "Editions".
language = "en"  # facts are formatted through Babel in this language
# Each edition's translations of the pages: one catalogue per page (docs/locales/<lang>/
# LC_MESSAGES/<page>.po), updated by `nox -s translations`, and of Sphinx's and furo's own
# words (sphinx.po).  An absolute path: Sphinx resolves some catalogues from the working
# directory.  (A test building a copy of docs/ passes `-D locale_dirs=<copy>/locales`.)
locale_dirs = [str(ROOT / "docs" / "locales")]
gettext_compact = False
gettext_uuid = False
gettext_location = True
# In a translated edition, each paragraph or heading from a catalogue gets the class
# "translated" (the Urdu edition's Nastaliq line height), one still in English "untranslated"
# (and lang="en", from pakru_data.sphinxext.editions).
translation_progress_classes = True

# --- The settings to change when the site gets its real home ------------------------
# The project's repository, e.g. https://github.com/<owner>/<repo>.  Unknown until the
# public repository exists, so empty: set it here (or with PAKRU_REPOSITORY_URL).  When set,
# each page links to "edit this page" there, and each fact in the register to a prefilled
# "suggest a correction" issue.  When empty, each page links to its own Markdown source,
# copied into the site, and the register links to "How to correct a fact".
repository_url = os.environ.get("PAKRU_REPOSITORY_URL", "")
repository_branch = "main"
# Where the site is published; used for the sitemap, OpenGraph tags and the 404 page's
# links.  A placeholder: set PAKRU_BASE_URL (ending in "/") when building for real.
# Each edition is published under it: English at its root, the others at <lang>/.
SITE_URL = os.environ.get("PAKRU_BASE_URL", "https://example.org/pakru/")
html_baseurl = SITE_URL  # the English edition's; _edition_settings sets each edition's
# ------------------------------------------------------------------------------------


def _in_git_checkout(path: Path) -> bool:
    """Whether the pages are in a git checkout (not an unpacked copy without .git)."""
    if shutil.which("git") is None:
        return False
    result = subprocess.run(
        ["git", "rev-parse", "--is-inside-work-tree"], cwd=path, capture_output=True, text=True, check=False
    )
    return result.returncode == 0 and result.stdout.strip() == "true"


IN_GIT = _in_git_checkout(ROOT / "docs")


def _last_commit_time(path: Path) -> str | None:
    """The Unix time of the last commit, or None where there is none."""
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=path, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


# Reproducible builds: every date Sphinx would take from the clock comes from the last
# commit instead (https://reproducible-builds.org/specs/source-date-epoch/), unless the
# caller fixed it already.
if IN_GIT and "SOURCE_DATE_EPOCH" not in os.environ:
    _epoch = _last_commit_time(ROOT)
    if _epoch:
        os.environ["SOURCE_DATE_EPOCH"] = _epoch

extensions = [
    "myst_parser",
    "sphinx.ext.doctest",
    "notfound.extension",
    "sphinxext.opengraph",
    "pakru_data.sphinxext",
]
if IN_GIT:
    # "Last updated" dates come from each page's last commit.  From a folder that is not
    # a git checkout the plugin could only warn, so it is left out and no date is shown.
    extensions.append("sphinx_last_updated_by_git")
myst_enable_extensions = ["attrs_block", "colon_fence", "deflist"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_static", "_templates", "locales"]
root_doc = "index"

html_theme = "furo"
html_title = SITE_TITLE  # each edition's in its language: _edition_settings
html_short_title = "pakru"
DESCRIPTION = SITE_DESCRIPTION
html_context = {"pakru_description": DESCRIPTION, "pakru_description_lang": ""}
templates_path = [str(ROOT / "docs" / "_templates")]
# furo's sidebar, with the language switcher (the same page in each edition) under the name.
html_sidebars = {
    "**": [
        "sidebar/brand.html",
        "sidebar/editions.html",
        "sidebar/books.html",
        "sidebar/search.html",
        "sidebar/scroll-start.html",
        "sidebar/navigation.html",
        "sidebar/scroll-end.html",
    ]
}
html_static_path = [str(ROOT / "docs" / "_static")]
# Written as Sphinx stores it (with its default priority), so that the stored and the new
# configuration compare equal and a rebuild with no change re-writes nothing.
html_css_files = [("pakru.css", {"priority": 800})]
# The books (`nox -s books`, pakru_data/tools/books.py): the EPUB's own stylesheet with pakru's, and
# where the site finds the books to link to (pakru_data/sphinxext/books.py).
epub_css_files = ["pakru.css", "pakru-book.css"]
epub_basename = "pakru"
epub_show_urls = "no"  # a link stays a link; its address is not printed after it
epub_use_index = False
pakru_books_dir = os.environ.get("PAKRU_BOOKS_DIR", str(ROOT / "build" / "books"))
html_favicon = str(ROOT / "docs" / "_static" / "favicon.svg")
if repository_url:
    html_copy_source = False
    html_theme_options = {
        "source_repository": repository_url,
        "source_branch": repository_branch,
        "source_directory": "docs/",
    }
else:
    html_copy_source = True
    html_show_sourcelink = True
# The date of each page's last commit; none at all outside a git checkout (Sphinx would
# otherwise show the build date, which is not when the page changed).
html_last_updated_fmt = "%d %B %Y" if IN_GIT else None
git_last_updated_timezone = "UTC"
git_untracked_check_dependencies = False  # a new, uncommitted page shows no date
suppress_warnings = ["git.too_shallow"]  # a shallow clone shows no dates rather than failing

# The 404 page links to the site's files by absolute path, under the base URL's path
# (set for each edition in _edition_settings).
notfound_urls_prefix = urlsplit(html_baseurl).path or "/"

# sitemap.xml lists every page under html_baseurl, each with its last commit in a git
# checkout (written by pakru_data.sphinxext.sitemap; see there why not sphinx-sitemap).
pakru_sitemap_excludes: list[str] = []

# OpenGraph tags for link previews: text only, and nothing is fetched or drawn.
ogp_site_url = html_baseurl
ogp_site_name = "pakru"
ogp_type = "article"
ogp_social_cards = {"enable": False}
ogp_custom_meta_tags: list[str] = []  # og:locale, set for each edition in _edition_settings
# og:locale of each edition: Pakistani or British English (dates as "10 January 1966"),
# Urdu as written in Pakistan, Russian as written in Russia.
OG_LOCALES = {"en": "en_GB", "ur": "ur_PK", "ru": "ru_RU"}

pakru_repository_url = repository_url  # see the top of this file
pakru_site_url = SITE_URL  # the editions' hreflang links and sitemap alternates

# MyST never makes doctests from ">>>" in prose; explicit {doctest} blocks only.
doctest_global_setup = "from pakru_data import DATA, format_fact"


def _load_furo_for_every_builder(app: Sphinx) -> None:
    """Load furo while conf.py is read, whatever the builder.

    furo registers its own setting (pygments_dark_style) only when the theme loads, after
    Sphinx has compared the configuration with the stored one, so every rebuild would
    report a configuration change.  Loading it here, for every builder alike (never by
    guessing the builder from the command line), keeps that comparison exact.  furo
    refuses non-HTML builders (doctest, linkcheck) at builder-inited and writes its
    pygments.css at build-finished: those two hooks run for HTML builders only, and with its
    page context, not for the books' builders (epub, singlehtml), which use Sphinx's plain
    epub theme (pakru_data/sphinxext/books.py)."""
    import furo

    app.setup_extension("furo")
    hooks = (
        ("builder-inited", furo._builder_inited),
        ("html-page-context", furo._html_page_context),
        ("build-finished", furo._overwrite_pygments_css),
    )
    for event, hook in hooks:
        for listener in list(app.events.listeners[event]):
            if listener.handler is hook:
                app.disconnect(listener.id)
                app.connect(event, _for_html_builders(hook), priority=listener.priority)


def _for_html_builders(hook: Callable[..., None]) -> Callable[..., None]:
    def run_for_html(app: Sphinx, *args: object) -> None:
        # Not for the books: the EPUB and the PDF's singlehtml use Sphinx's epub theme.
        if app.builder.format == "html" and app.builder.name not in {"epub", "singlehtml"}:
            hook(app, *args)

    return run_for_html


def _edition_settings(app: Sphinx, config: Config) -> None:
    """What follows from the edition's language, set once the command line's `-D language=`
    is applied (it is applied after this file runs): the edition's address under the site,
    the 404 page's links, the OpenGraph address and locale, and the catalogues' folder."""
    from pakru_data.sphinxext.editions import (
        last_updated_format,
        not_found_context,
        site_copyright,
        site_title_and_description,
    )
    from pakru_data.tools.sphinx_command import edition_path

    language = config.language or "en"
    config.html_baseurl = SITE_URL + edition_path(language)
    config.ogp_site_url = config.html_baseurl
    others = [locale for other, locale in OG_LOCALES.items() if other != language]
    config.ogp_custom_meta_tags = [
        f'<meta property="og:locale" content="{OG_LOCALES.get(language, language)}">',
        *(f'<meta property="og:locale:alternate" content="{locale}">' for locale in others),
    ]
    config.notfound_urls_prefix = urlsplit(config.html_baseurl).path or "/"
    config.notfound_context = not_found_context(config.notfound_urls_prefix)  # in the edition's language
    config.html_title, description = site_title_and_description()
    config.copyright = site_copyright()  # the footer's "© the pakru contributors", translated
    if config.html_last_updated_fmt:  # "29 ноября 2026 г.", "29 نومبر، 2026": each language's long date
        config.html_last_updated_fmt = last_updated_format(language, config.html_last_updated_fmt)
    untranslated = language != "en" and description == DESCRIPTION  # then marked as English
    config.html_context = {
        **config.html_context,
        "pakru_description": description,
        "pakru_description_lang": "en" if untranslated else "",
    }


def setup(app: Sphinx) -> None:
    _load_furo_for_every_builder(app)
    app.connect("config-inited", _edition_settings, priority=100)
