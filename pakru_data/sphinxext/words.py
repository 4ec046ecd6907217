"""The extension's own words ("accessed", "read via", the timeline's hint, the status badges,
the register's headings), translated through a message catalogue, as Sphinx's are.

Each is written in English in the code as ``_("accessed")`` (or marked ``N_("…")`` where it
is a module-level constant, and translated with ``_()`` where it is used), so the English
edition shows exactly that.  ``nox -s translations`` extracts them into
``pakru_data/sphinxext/locales/pakru.pot``; a translation goes into
``locales/<lang>/LC_MESSAGES/pakru.po``, which this module compiles into its ``.mo`` when
the build starts (the ``.mo`` is not kept in git).  An edited ``pakru.po`` is part of the
code's digest (``digests.code_digest``), so it re-reads the pages that show data.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from sphinx.application import Sphinx
from sphinx.locale import get_translation

from pakru_data.catalogues import INTERFACE as CATALOGUE
from pakru_data.catalogues import INTERFACE_LOCALE_DIR as LOCALE_DIR

_ = get_translation(CATALOGUE)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a module-level constant for extraction; translate it with ``_()`` where it is used."""
    return message


def compile_catalogues(locale_dir: Path = LOCALE_DIR) -> None:
    """Compile each ``pakru.po`` whose ``.mo`` is missing or older (fuzzy entries are left out)."""
    for po in sorted(locale_dir.glob(f"*/LC_MESSAGES/{CATALOGUE}.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as source:
            catalogue = read_po(source)
        # Written beside it and then moved into place: the editions build at the same time,
        # and one must never read the .mo another is half-way through writing.
        with tempfile.NamedTemporaryFile("wb", dir=mo.parent, suffix=".mo.tmp", delete=False) as target:
            write_mo(target, catalogue)
        os.replace(target.name, mo)


def setup(app: Sphinx) -> None:
    compile_catalogues()
    app.add_message_catalog(CATALOGUE, str(LOCALE_DIR))
