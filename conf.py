"""Sphinx configuration for pakru.  Page sources live in docs/; build with `nox -s docs`."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # pakru_data, when the build runs from a plain checkout

project = "pakru"
author = "the pakru contributors"
copyright = "the pakru contributors"
language = "en"  # facts are formatted through Babel in this language

extensions = [
    "myst_parser",
    "sphinx.ext.doctest",
    "pakru_data.sphinxext",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_static"]
root_doc = "index"

html_theme = "furo"
html_title = "pakru: Pakistan and Russia, fact-checked"
html_static_path = [str(ROOT / "docs" / "_static")]
html_css_files = ["pakru.css"]
html_last_updated_fmt = None
html_copy_source = False
html_show_sourcelink = False

# The project's repository, e.g. https://github.com/<owner>/<repo>: each fact in the register
# then links to a prefilled "suggest a correction" issue there.  Unknown until the public
# repository exists, so empty (the register links to "How to correct a fact" instead): set
# it here, or with the PAKRU_REPOSITORY_URL environment variable.
pakru_repository_url = os.environ.get("PAKRU_REPOSITORY_URL", "")

# MyST never makes doctests from ">>>" in prose; explicit {doctest} blocks only.
doctest_global_setup = "from pakru_data import DATA, format_fact"
