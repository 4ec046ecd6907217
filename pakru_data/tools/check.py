"""``python -m pakru_data check`` (``nox -s check``): validate every record and print each
problem on one line, ``pakru_data/records/<file>.py:<line>: <kind> '<id>': <what must hold>``,
then a count.  Exit status 1 when anything is wrong, 0 when all holds."""

from __future__ import annotations

from pakru_data.dataset import DataError
from pakru_data.loading import load

__all__ = ["check"]


def check() -> int:
    try:
        dataset = load()
    except DataError as error:
        print(error)
        return 1
    print(f"{len(dataset.facts)} facts, {len(dataset.sources)} sources: 0 problems in pakru_data")
    return 0
