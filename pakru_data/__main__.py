"""`python -m pakru_data check`: validate all the data and report every problem.

One line per problem, ``pakru_data/<file>.py:<line>: <kind> '<id>': <what must hold>``,
then a count.  Exit status 1 when anything is wrong, 0 when all holds.  In a git checkout
it also compares the published facts with where the branch left ``main``: a value, date or
status changed with no entry in ``pakru_data/records/site_changes.py`` is a problem too.

`python -m pakru_data diff [BASE [HEAD]]`: what changes for readers between two commits
(BASE defaults to where the branch left ``main``, HEAD to the working tree); plain text,
or Markdown for a pull request with ``--format markdown``.
"""

from __future__ import annotations

import argparse
import sys

from pakru_data.dataset import DataError, today
from pakru_data.fact_diff import check_changes, run_diff
from pakru_data.loading import load


def check() -> int:
    try:
        dataset = load()
    except DataError as error:
        print(error)
        return 1
    note, problems = check_changes(today().isoformat())
    for problem in problems:
        print(problem)
    print(note, file=sys.stderr)  # what was compared (or why not): a note, beside the count
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    print(f"{len(dataset.facts)} facts, {len(dataset.sources)} sources: {count} in pakru_data")
    return 1 if problems else 0


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
