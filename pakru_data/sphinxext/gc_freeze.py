"""Python's cyclic garbage collector, kept off what a build holds for the whole build.

A build holds a large, long-lived object graph: the environment Sphinx loads (every page's
data), the loaded records, and the pages' doctrees.  Building a page allocates many small
nodes, and each time enough have been allocated the collector walks the older objects,
almost all of which live to the end of the build.  Freezing them (``gc.freeze``: moved to
a permanent generation the collector skips) once a saved environment is loaded and again
once the pages are read took about a twentieth off a rebuild that changes one fact, at the
benchmark's scale (`nox -s bench`).
Forked ``-j`` workers inherit it, and share more memory with the main process, as the
``gc.freeze`` documentation says.

Nothing is lost: objects that die are still freed by their reference counts.  The objects
stay frozen when the build ends, so the interpreter's last collection, as the process exits,
does not walk them all again (that took 0.7 s of a 6.6 s one-fact rebuild).  A process that
builds again (a test harness, an older sphinx-autobuild that ran Sphinx in its own process)
unfreezes them as the next build starts, and collects the old build's cycles as usual.
"""

from __future__ import annotations

import gc

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment


def freeze(*_args: object) -> None:
    gc.freeze()


def freeze_loaded_environment(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """After a saved environment is loaded (a rebuild).  Not on a first build: there is
    little to freeze yet, and freezing then made a clean build slower (by a sixth, measured
    at scale 1), which freezing after the reading does not."""
    if env.all_docs:
        gc.freeze()


def unfreeze(*_args: object) -> None:
    """A new build in this process: what an earlier one froze goes back to the collector."""
    gc.unfreeze()


def setup(app: Sphinx) -> None:
    app.connect("config-inited", unfreeze)
    app.connect("env-before-read-docs", freeze_loaded_environment)
    app.connect("env-updated", freeze, priority=900)  # the pages are read, before writing
