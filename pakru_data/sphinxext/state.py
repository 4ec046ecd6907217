"""Load pakru_data once per build, and turn data problems into build errors."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

import pakru_data
from pakru_data.dataset import Dataset

logger = logging.getLogger(__name__)

PACKAGE_ROOT = Path(pakru_data.__file__).resolve().parent.parent
_data: Dataset | None = None


def data() -> Dataset:
    """The build's validated data."""
    if _data is None:  # pragma: no cover - setup() loads it first
        raise RuntimeError("pakru_data was not loaded; is the extension set up?")
    return _data


def load_data(app: Sphinx) -> None:
    global _data
    try:
        _data = pakru_data.load(fresh=True)
    except pakru_data.DataError as error:
        for problem in error.problems:
            path = PACKAGE_ROOT / problem.location.path
            logger.error(
                f"{problem.kind} '{problem.id}': {problem.message}",
                location=f"{path}:{problem.location.line}",
                type="pakru",
                subtype="data",
            )
        count = len(error.problems)
        logger.error(
            f"pakru_data has {count} problem{'s' if count != 1 else ''}, listed above; "
            "fix them (`python -m pakru_data check` lists them too) and build again",
            type="pakru",
            subtype="data",
        )
        # Nothing can be built from broken data, and Sphinx would answer an exception
        # with a crash report; the problems are already said, so stop here.
        raise SystemExit(1) from None


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", load_data, priority=100)
