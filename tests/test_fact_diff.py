"""`python -m pakru_data diff` and the check of the site's changes, run for real in a
temporary git repository: a copy of the project committed on ``main``, and a branch that
moves the Tashkent Declaration by a day, as a correction's pull request would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pakru_data import DATA, format_fact
from pakru_data.model import Event

ROOT = Path(__file__).resolve().parent.parent
FACT = "tashkent-declaration"
TODAY = "2026-12-04"


def run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(repo),
        "PAKRU_TODAY": TODAY,
        "PYTHONDONTWRITEBYTECODE": "1",
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    return subprocess.run(list(command), cwd=repo, capture_output=True, text=True, env=environment)


def pakru(repo: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return run(repo, sys.executable, "-m", "pakru_data", *arguments)


def git(repo: Path, *arguments: str) -> None:
    result = run(repo, "git", *arguments)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Event, Event]:
    """A repository whose ``main`` is this tree's data, and a checked-out branch ``move``
    that gives the Tashkent Declaration the next day."""
    repo = tmp_path_factory.mktemp("repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
    shutil.copytree(ROOT / "pakru_data", repo / "pakru_data", ignore=ignore)
    shutil.copytree(ROOT / "docs", repo / "docs", ignore=ignore)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "the site as it is")
    git(repo, "checkout", "-q", "-b", "move")
    before = DATA.facts[FACT]
    assert isinstance(before, Event)
    day = before.start.first_day() + dt.timedelta(days=1)
    after = dataclasses.replace(before, date=day.isoformat())
    path = repo / before.defined_at.path
    text = path.read_text(encoding="utf-8")
    old = f'date="{before.date}"'
    at = text.index(old, text.index(f'id="{FACT}"'))
    path.write_text(text[:at] + f'date="{after.date}"' + text[at + len(old) :], encoding="utf-8")
    git(repo, "commit", "-qam", "Tashkent a day later")
    return repo, before, after


def test_diff_names_the_record_its_values_in_every_edition_its_pages_and_translations(
    branch: tuple[Path, Event, Event],
) -> None:
    repo, before, after = branch
    result = pakru(repo, "diff")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("What changes for readers: main (")
    assert "1 fact(s) changed, 0 added, 0 removed; 0 other record(s) changed." in text
    assert f"event {FACT} changed ({before.defined_at})" in text
    assert f"date           {before.date} → {after.date}" in text
    for language in ("en", "ur", "ru"):
        old, new = format_fact(before, locale=language), format_fact(after, locale=language)
        assert old != new
        assert f"as shown ({language})  {old} → {new}" in text
    assert "status         verified (unchanged)" in text
    # The pages that show it, in every edition.
    assert "    en: history.html, index.html, register.html, register/events-cold-war.html, timeline.html" in text
    assert (
        "    ur: ur/history.html, ur/index.html, ur/register.html, ur/register/events-cold-war.html, ur/timeline.html"
        in text
    )
    # Its translated passages (they show the new value as they are) and no words left behind.
    assert "translations left behind: none" in text
    assert re.search(r"docs/locales/ru/LC_MESSAGES/history\.po:\d+ \(translated\)", text)
    assert re.search(r"docs/locales/ur/LC_MESSAGES/history\.po:\d+ \(translated\)", text)
    # And it owes the site's changes an entry.
    assert f"1 published change(s) without an entry in the site's changes (the check fails):\n- event {FACT}" in text


def test_diff_in_markdown_is_a_table(branch: tuple[Path, Event, Event]) -> None:
    repo, before, after = branch
    result = pakru(repo, "diff", "main", "move", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("## What changes for readers: main (")
    assert f"### event `{FACT}` changed (`{before.defined_at}`)" in result.stdout
    assert f"| date | {before.date} | {after.date} |" in result.stdout
    ru = f"| as shown (ru) | {format_fact(before, locale='ru')} | {format_fact(after, locale='ru')} |"
    assert ru in result.stdout
    assert "- ur: `ur/history.html`" in result.stdout


def test_check_fails_on_the_changed_date_without_an_entry_and_passes_with_one(
    branch: tuple[Path, Event, Event], tmp_path: Path
) -> None:
    repo, before, after = branch
    result = pakru(repo, "check")
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert re.match(
        re.escape(f"{before.defined_at}: event '{FACT}': date changed from \"{before.date}\" (at main ")
        + r"[0-9a-f]{7}\) "
        + re.escape(f'to "{after.date}" with no entry in the site\'s changes;'),
        first,
    ), first
    assert f'was={{"date": "{before.date}"}}' in first
    assert "to SITE_CHANGES in pakru_data/records/site_changes.py" in first
    assert "Traceback" not in result.stdout + result.stderr

    changes = repo / "pakru_data" / "records" / "site_changes.py"
    original = changes.read_text(encoding="utf-8")
    entry = (
        f'    SiteChange(id="tashkent-day", facts=("{FACT}",), changed="{TODAY}", was={{"date": "{before.date}"}},\n'
        f'               why="A test moves it.", sources=("{before.sources[0]}",)),\n'
    )
    changes.write_text(original.replace("SITE_CHANGES = [\n", "SITE_CHANGES = [\n" + entry, 1), encoding="utf-8")
    try:
        fixed = pakru(repo, "check")
        assert fixed.returncode == 0, fixed.stdout + fixed.stderr
        assert fixed.stderr.startswith("changes: compared with main at ")
        shown = pakru(repo, "diff")
        assert "entry in the site's changes: tashkent-day" in shown.stdout
        assert "without an entry" not in shown.stdout
    finally:
        changes.write_text(original, encoding="utf-8")


def test_an_entry_that_says_the_wrong_old_value_does_not_count(branch: tuple[Path, Event, Event]) -> None:
    repo, before, _ = branch
    changes = repo / "pakru_data" / "records" / "site_changes.py"
    original = changes.read_text(encoding="utf-8")
    wrong = (
        f'    SiteChange(id="tashkent-day", facts=("{FACT}",), changed="{TODAY}",\n'
        f'               was={{"date": "{before.start.year}"}},\n'
        f'               why="A test moves it.", sources=("{before.sources[0]}",)),\n'
    )
    changes.write_text(original.replace("SITE_CHANGES = [\n", "SITE_CHANGES = [\n" + wrong, 1), encoding="utf-8")
    try:
        assert pakru(repo, "check").returncode == 1
    finally:
        changes.write_text(original, encoding="utf-8")


def test_each_side_is_shown_by_its_own_commits_code(branch: tuple[Path, Event, Event]) -> None:
    """A branch that changes how values are written (not the data): the diff shows the old
    value as main's code wrote it and the new one as the branch's code does, so neither side
    ran the other's code; no published field changed, so no entry is owed."""
    repo, before, _ = branch
    git(repo, "checkout", "-q", "-b", "recode", "main")
    try:
        formatting = repo / "pakru_data" / "formatting.py"
        formatting.write_text(
            formatting.read_text(encoding="utf-8")
            + "\n\n_format_fact = format_fact\n\n\n"
            + "def format_fact(fact, variant='default', *, locale='en'):\n"
            + "    return '«' + _format_fact(fact, variant, locale=locale) + '»'\n",
            encoding="utf-8",
        )
        git(repo, "commit", "-qam", "values in guillemets")
        result = pakru(repo, "diff", "main", "recode")
        assert result.returncode == 0, result.stderr
        old, new = format_fact(before), f"«{format_fact(before)}»"
        assert f"event {FACT} changed ({before.defined_at})" in result.stdout
        assert f"as shown (en)  {old} → {new}" in result.stdout
        assert "without an entry" not in result.stdout
    finally:
        git(repo, "checkout", "-q", "move")


def test_outside_a_git_checkout_the_comparison_is_skipped_with_a_note(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "pakru_data", tmp_path / "pakru_data", ignore=shutil.ignore_patterns("__pycache__"))
    result = pakru(tmp_path, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        result.stderr.splitlines()[0] == "changes: not a git checkout, so published facts were not compared with main"
    )
    diff = pakru(tmp_path, "diff")
    assert diff.returncode == 2
    assert "not a git checkout" in diff.stderr


def test_the_review_workflow_posts_the_markdown_diff_as_one_comment_and_uploads_the_site() -> None:
    """What can be checked of .github/workflows/review.yml without GitHub: its shape."""
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "review.yml").read_text(encoding="utf-8"))
    assert list(workflow[True]) == ["pull_request"]  # YAML 1.1 reads the key `on` as True
    assert workflow["permissions"] == {"contents": "read", "pull-requests": "write"}
    (job,) = workflow["jobs"].values()
    steps = job["steps"]
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # the base branch's history, for the merge base
    runs = [step.get("run", "") for step in steps]
    assert 'pipx install "nox[uv]"' in runs  # as the README's quick start
    diff = next(run for run in runs if "nox -s diff" in run)
    assert "--format markdown" in diff and "> fact-diff.md" in diff
    marker = diff.split('echo "', 1)[1].split('"', 1)[0]
    assert marker.startswith("<!--")
    comment = next(step for step in steps if step.get("uses", "").startswith("actions/github-script@"))
    script = comment["with"]["script"]
    assert f'"{marker}"' in script and "updateComment" in script and "createComment" in script
    assert script.index("updateComment") < script.index("createComment")  # update the one there, else create it
    assert runs.index("nox -s docs") > runs.index(diff)
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "build/html"


def test_ci_checks_out_mains_history_so_the_check_compares_with_it() -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["nox"]["steps"]
    assert "check" in workflow["jobs"]["nox"]["strategy"]["matrix"]["session"]
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0


def test_a_fact_taken_off_the_site_owes_an_entry_that_keeps_its_record() -> None:
    """unlogged() on two snapshots: a removed fact is named at its old place until an entry
    with ``removed=`` says so; a changed status needs ``was`` to give the old status."""
    from pakru_data.tools.fact_diff import Compared, Side, unlogged

    def fact(status: str) -> dict[str, object]:
        return {"kind": "figure", "where": "pakru_data/records/figures.py:9", "published": {"status": status}}

    def side(facts: dict[str, object], entries: dict[str, object]) -> Side:
        changes = {ident: {"fields": entry} for ident, entry in entries.items()}
        return Side("main", "0" * 40, {"facts": facts, "records": {"site_changes": changes}})

    base = side({"gone": fact("verified"), "kept": fact("unverified")}, {})
    head = side({"kept": fact("verified")}, {})
    found = unlogged(Compared(base, head, []))
    assert [(u.id, u.fields) for u in found] == [("gone", ()), ("kept", (("status", "unverified", "verified"),))]
    message = found[0].message("2026-12-04")
    assert message.startswith(
        "pakru_data/records/figures.py:9 (at main): figure 'gone': was taken off the site (it was published at main)"
    )
    assert "removed=<its record as it stood at main>" in message
    logged = side(
        {"kept": fact("verified")},
        {"a": {"fact": "gone", "removed": {"id": "gone"}}, "b": {"fact": "kept", "was": {"status": "unverified"}}},
    )
    assert unlogged(Compared(base, logged, [])) == []
    # An entry may name several facts that one finding changed alike (older commits name one, as "fact").
    together = side(
        {"kept": fact("verified")},
        {
            "a": {"fact": "gone", "removed": {"id": "gone"}},
            "b": {"facts": ["other", "kept"], "was": {"status": "unverified"}},
        },
    )
    assert unlogged(Compared(base, together, [])) == []
