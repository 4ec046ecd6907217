"""A directive's argument and option values, checked while the page is read.

Each value a page gives a directive names something: a collection of records, an era, a
kind of event, a trade partner, a group of the register.  An unknown one is a page
problem like an unknown fact id: kept by the domain and reported on every build at the
directive's page and line, with the closest known value and the full list, and the
directive draws nothing (never a traceback, never a table silently missing rows).

Check a value before anything is noted or looked up with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sphinx.util.docutils import SphinxDirective

from pakru_data.sphinxext import problems
from pakru_data.suggest import did_you_mean

__all__ = ["known_value", "known_values"]


def known_value(directive: SphinxDirective, value: str, known: Iterable[str], *, what: str) -> str | None:
    """``value`` if it is one of ``known``; otherwise note the problem and return None.
    ``what`` names the value as a reader of the page knows it ("the argument",
    "the :era: option")."""
    choices = list(known)
    if value in choices:
        return value
    problems.note_problem(
        directive.env,
        directive.get_location(),
        "bad_option",
        f"{directive.name}: {what} '{value}' is not known{did_you_mean(value, choices)}; "
        f"use one of: {', '.join(choices)}",
    )
    return None


def known_values(directive: SphinxDirective, text: str, known: Iterable[str], *, what: str) -> list[str] | None:
    """A comma-separated list of values, each one of ``known``; None (and each unknown one
    noted) if any is not."""
    choices = list(known)
    values = [part.strip() for part in text.split(",") if part.strip()]
    checked = [known_value(directive, value, choices, what=what) for value in values]
    if any(value is None for value in checked):
        return None
    return [value for value in checked if value is not None]
