"""`python -m pakru_data check`: validate all the data and report every problem.

One line per problem, ``pakru_data/<file>.py:<line>: <kind> '<id>': <what must hold>``,
then a count.  Exit status 1 when anything is wrong, 0 when all holds.
"""

from __future__ import annotations

import argparse
import sys

from pakru_data.dataset import DataError
from pakru_data.loading import load


def check() -> int:
    try:
        dataset = load()
    except DataError as error:
        print(error)
        return 1
    print(f"{len(dataset.facts)} facts, {len(dataset.sources)} sources: 0 problems in pakru_data")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pakru_data", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check"], help="check: validate every record")
    parser.parse_args(argv)
    return check()


if __name__ == "__main__":
    sys.exit(main())
