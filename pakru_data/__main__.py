"""`python -m pakru_data COMMAND`: the data package's commands for contributors.

- ``check``: validate every record and report every problem (:mod:`pakru_data.tools.check`).
"""

from __future__ import annotations

import argparse
import sys

from pakru_data.tools.check import check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pakru_data", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check"], help="check: validate every record")
    parser.parse_args(argv)
    return check()


if __name__ == "__main__":
    sys.exit(main())
