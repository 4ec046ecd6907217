"""`python -m pakru_data COMMAND`: the data package's commands for contributors.

- ``check``: validate every record and report every problem, and, in a git checkout, every
  published fact changed with no entry in the site's changes (:mod:`pakru_data.tools.check`).
- ``diff [BASE [HEAD]]``: what changes for readers between two commits (BASE defaults to
  where the branch left ``main``, HEAD to the working tree); ``--format markdown`` for a pull
  request (:mod:`pakru_data.tools.fact_diff`).
"""

from __future__ import annotations

import argparse
import sys

from pakru_data.tools.check import check
from pakru_data.tools.fact_diff import run_diff


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pakru_data", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate every record, and every published change against main")
    diff = commands.add_parser("diff", help="what changes for readers between two commits")
    diff.add_argument("base", nargs="?", help="a commit, branch or tag (default: where the branch left main)")
    diff.add_argument("head", nargs="?", help="a commit, branch or tag (default: the working tree)")
    diff.add_argument("--format", choices=["text", "markdown"], default="text")
    arguments = parser.parse_args(argv)
    if arguments.command == "diff":
        status, text = run_diff(arguments.base, arguments.head, markdown=arguments.format == "markdown")
        (sys.stdout if status == 0 else sys.stderr).write(text)
        return status
    return check()


if __name__ == "__main__":
    sys.exit(main())
