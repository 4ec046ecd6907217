"""Load pakru_data once per build, and turn data problems into build errors."""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.util import logging

from pakru_data import loading
from pakru_data.dataset import DataError, Dataset

logger = logging.getLogger(__name__)


def data() -> Dataset:
    """The build's validated dataset, loaded afresh when the build started."""
    return loading.current()


def load_data(app: Sphinx) -> None:
    try:
        loading.load(fresh=True)
    except DataError as error:
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
