"""Problems pakru finds while reading pages, reported on every build until they are fixed.

A build's verdict must depend only on the tree, never on what the previous build did.
Sphinx re-reads a page only when it (or, through the domain's digests, its data)
changed, so a warning logged while reading would be printed by the build that read the
page and by no later one: a second build of the same broken tree would pass.  So pakru
never logs a page's problem where it finds it.  It keeps it, per page, in the pakru
domain's data (cleared when the page is read again, merged from parallel workers,
saved with the environment) and reports every page's problems, in page order, once per
build on ``env-updated``, which Sphinx emits on every build, clean or incremental, even
when no page was read (:mod:`.reporting` runs every report in one stated order).  Clean
and incremental builds of one tree therefore print the same warnings in the same order
and fail alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from pakru_data import kinds
from pakru_data.sphinxext import domain
from pakru_data.suggest import did_you_mean

logger = logging.getLogger(__name__)

# Every warning subtype pakru emits, with what it means (``suppress_warnings`` takes
# ``pakru.<subtype>``).
SUBTYPES = {
    "unknown_fact": "a page names a fact id that no record has",
    "unknown_variant": "a fact is shown with a format variant it does not have",
    "unknown_point": "a page names a challenge or opportunity that no record defines",
    "unknown_era": "a page or timeline names an era that no record defines",
    "unknown_source": "a page cites a source id that no record defines",
    "unknown_chart": "a page draws a chart that no record defines",
    "unknown_record": "a page shows the code of a record that does not exist",
    "unknown_correction": "a page links to a correction that no record defines",
    "bad_option": "a directive's argument or option names something that does not exist",
    "unverified": "strict mode: a page shows a fact whose status is unverified",
    "single_source": "strict mode: a page shows a fact that rests on one source (status single-source)",
    "review_due": "strict mode: a fact is past its review_by date",
    "duplicate_target": "two pages claim one link target (a point's heading, the corrections, the register)",
    "register_group": "a group of facts has no register page, so its facts have no entry",
    "data": "a record in pakru_data breaks a rule (the build stops)",
    "broken_translation": "a translated entry drops, adds or changes a role or link of its English",
    "untranslated": "strict mode: a page's catalogue has untranslated or fuzzy entries, or the page has none",
}


def unknown(kind: str, ident: str, known: Iterable[str], *, called: str = "") -> str:
    """The one wording of a page naming a record that does not exist: what, the closest
    known id, and where such records are defined.  ``called`` names the kind in words."""
    where = "; ".join(kinds.where_defined(k) for k in (("fact", "source") if kind == "record" else (kind,)))
    return f"unknown {called or kind} '{ident}'{did_you_mean(ident, known)}; {where}"


@dataclass(frozen=True, slots=True)
class PageProblem:
    """One problem found while reading a page: where, which kind, and how to fix it."""

    location: str  # "path:line", as Sphinx prints a location
    subtype: str
    message: str

    def warn(self) -> None:
        warn(self.location, self.subtype, self.message)


def warn(location: str, subtype: str, message: str) -> None:
    """Log a pakru warning (an error under -W) of a declared subtype."""
    _check_declared(subtype)
    logger.warning(message, location=location, type="pakru", subtype=subtype)


def note_problem(env: BuildEnvironment, location: str, subtype: str, message: str) -> None:
    """Keep a problem of the page being read; :func:`report_page_problems` reports it."""
    _check_declared(subtype)
    domain.get_domain(env).problems.note(env.docname, PageProblem(location, subtype, message))


def _check_declared(subtype: str) -> None:
    if subtype not in SUBTYPES:  # a programming error: every subtype is listed, for suppress_warnings
        raise ValueError(f"undeclared pakru warning subtype {subtype!r}; add it to SUBTYPES")


def report_page_problems(app: Sphinx, env: BuildEnvironment) -> None:
    """Every page's problems, whether or not this build read the page again."""
    for _docname, problems in sorted(domain.get_domain(env).problems.items()):
        for problem in problems:
            problem.warn()


def report_contested_targets(app: Sphinx, env: BuildEnvironment) -> None:
    """A link target (a point's heading, a correction, the register) that two pages claim:
    links go to the first page by name, but only one page should claim it."""
    for key, pages in domain.get_domain(env).claims.contested().items():
        kind, _, ident = key.partition(":")
        what = f"{kind} '{ident}'" if ident else f"the {kind}"
        warn(
            pages[1],  # a docname: Sphinx prints its file
            "duplicate_target",
            f"{what} is the link target of more than one page ({', '.join(pages)}); "
            f"links go to '{pages[0]}': keep it on one page",
        )
