"""What every build reports, in one step and in one stated order.

A build's verdict must depend only on the tree, never on what the previous build read, so
everything pakru reports is reported on every build (on ``env-updated``, which Sphinx emits
on clean and incremental builds alike, after reading), from what the domain keeps:

1. each page's own problems, found while it was read, in page order;
2. link targets that two pages claim;
3. the edition's translations: a translated entry that breaks a fact or a link, and (strict
   mode) what is still untranslated;
4. the data's doubts: facts past their review date, and (strict mode) unverified facts shown;
5. a group of facts with no register page.
"""

from __future__ import annotations

from collections.abc import Callable

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from pakru_data.sphinxext import problems, provenance, register, translations

__all__ = ["STEPS", "report"]

STEPS: tuple[Callable[[Sphinx, BuildEnvironment], None], ...] = (
    problems.report_page_problems,
    problems.report_contested_targets,
    translations.check_translations,
    provenance.report_doubtful_facts,
    register.report_groups_without_a_page,
)


def report(app: Sphinx, env: BuildEnvironment) -> None:
    for step in STEPS:
        step(app, env)


def setup(app: Sphinx) -> None:
    # Before the garbage collector is kept off the pages read (gc_freeze, priority 900).
    app.connect("env-updated", report, priority=400)
