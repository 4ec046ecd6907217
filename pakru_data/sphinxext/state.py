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
        # Each problem is logged as `python -m pakru_data check` prints it: at its
        # repository-relative file and line (a plain string location, since no page
        # is being read yet), then the build stops with no traceback.
        for problem in error.problems:
            logger.error(
                f"{problem.kind} '{problem.id}': {problem.message}",
                location=str(problem.location),
                type="pakru",
                subtype="data",
            )
        count = len(error.problems)
        logger.error(
            f"pakru_data has {count} problem{'s' if count != 1 else ''}, listed above; "
            "fix them (`nox -s check` lists them too) and build again"
        )
        raise SystemExit(2) from None


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", load_data, priority=100)
