"""``python -m pakru_data check`` (``nox -s check``): validate every record and print each
problem on one line, ``pakru_data/records/<file>.py:<line>: <kind> '<id>': <what must hold>``,
then a count.  Exit status 1 when anything is wrong, 0 when all holds.

In a git checkout it also compares every published fact with where the branch left ``main``
(:mod:`pakru_data.tools.fact_diff`): a value, date or status changed, or a fact taken off
the site, with no entry in ``pakru_data/records/site_changes.py`` is a problem too.  What it
compared with (or why it could not) is said on stderr, beside the count."""

from __future__ import annotations

import sys

from pakru_data.dataset import DataError, today
from pakru_data.loading import load
from pakru_data.tools.fact_diff import check_changes

__all__ = ["check"]


def check() -> int:
    try:
        dataset = load()
    except DataError as error:
        print(error)
        return 1
    note, problems = check_changes(today().isoformat())
    for problem in problems:
        print(problem)
    print(note, file=sys.stderr)
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    print(f"{len(dataset.facts)} facts, {len(dataset.sources)} sources: {count} in pakru_data")
    return 1 if problems else 0
