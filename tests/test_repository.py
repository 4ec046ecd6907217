"""The repository's own files agree with each other: README, noxfile, CI and templates."""

from __future__ import annotations

import re
import sys

import yaml
from conftest import ROOT

from pakru_data.tools.sphinx_command import EDITIONS, build_at_once, edition_doctrees, edition_path, sphinx_options


def read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def nox_sessions() -> set[str]:
    return set(re.findall(r"^@nox\.session\ndef (\w+)\(", read("noxfile.py"), flags=re.MULTILINE))


def test_the_readme_lists_every_nox_session_and_no_other():
    listed = set(re.findall(r"^\| `nox -s (\w+)`", read("README.md"), flags=re.MULTILINE))
    assert listed == nox_sessions()


def test_ci_runs_what_ci_run_runs_and_the_browser_and_books_jobs():
    local = re.findall(r"^nox -s (\w+)$", read(".ci/run"), flags=re.MULTILINE)
    assert local[:2] == ["lint", "check"]
    workflow = yaml.safe_load(read(".github/workflows/ci.yml"))
    # The browser and the books need system packages: each has a job of its own.
    assert set(workflow["jobs"]["nox"]["strategy"]["matrix"]["session"]) == set(local) - {"browser", "books"}
    for session in ("browser", "books"):
        assert f"nox -s {session}" in [step.get("run") for step in workflow["jobs"][session]["steps"]]


def quick_start() -> list[str]:
    """The commands of the README's quick start, without their comments."""
    block = re.search(r"^## Quick start\n.*?^```sh\n(.*?)^```", read("README.md"), flags=re.MULTILINE | re.DOTALL)
    assert block is not None
    return [line.split("#")[0].strip() for line in block.group(1).splitlines()]


def test_the_quick_start_is_one_set_up_command_that_needs_no_system_pip():
    setup, build, *_ = quick_start()
    assert build == "nox -s docs"
    # pip into the system's Python is refused on Debian and Ubuntu (PEP 668, externally managed).
    assert "pip install" not in setup
    assert f"`{setup}`" in read("CONTRIBUTING.md")


def test_ci_installs_nox_as_the_quick_start_says():
    setup = quick_start()[0]
    ci_run = read(".ci/run")
    assert setup in ci_run.splitlines()
    assert "pip install" not in ci_run
    workflow = yaml.safe_load(read(".github/workflows/ci.yml"))
    for name, job in workflow["jobs"].items():
        assert setup in [step.get("run") for step in job["steps"]], name


def test_the_correction_form_can_be_prefilled_by_field_id():
    form = yaml.safe_load(read(".github/ISSUE_TEMPLATE/correction.yml"))
    ids = {element.get("id") for element in form["body"]}
    assert {"fact-id", "current-value", "proposed-value", "source-link", "date-accessed"} <= ids


def test_every_session_installs_through_the_constraints():
    noxfile = read("noxfile.py")
    assert 'session.install("-c", CONSTRAINTS' in noxfile
    assert (ROOT / "requirements" / "constraints.txt").is_file()
    assert (
        len(re.findall(r"^    install\(session", noxfile, flags=re.MULTILINE)) == len(nox_sessions()) - 1
    )  # all but lock


def test_read_the_docs_builds_every_edition_as_nox_docs_does():
    commands = yaml.safe_load(read(".readthedocs.yaml"))["build"]["jobs"]["build"]["html"]
    assert len(commands) == len(EDITIONS)
    for language, command in zip(EDITIONS, commands, strict=True):
        words = command.split()
        doctrees = edition_doctrees("build/doctrees", "html", language)
        assert " ".join(sphinx_options(jobs="auto", doctrees=doctrees, language=language)) in command
        assert words[-1] == f"$READTHEDOCS_OUTPUT/html/{edition_path(language)}".rstrip("/")
        # Doctrees are kept out of the published folder.
        assert not words[words.index("-d") + 1].startswith("$READTHEDOCS_OUTPUT")


def test_editions_built_at_once_show_each_ones_messages_whole_in_the_editions_order():
    def prints(*lines: str, wait: float = 0, code: int = 0) -> list[str]:
        program = f"import sys, time\nfor line in {lines!r}:\n    print(line)\n    time.sleep({wait})\n"
        program += "print('warning', file=sys.stderr)\n" if code else ""
        return [sys.executable, "-c", program + f"raise SystemExit({code})"]

    shown: list[str] = []
    finished = build_at_once(
        # The first is the slowest: what is shown must not depend on which finishes first.
        {"en": prints("en 1", "en 2", wait=0.3), "ur": prints("ur 1", code=1), "ru": prints("ru 1")},
        show=lambda f: shown.append(f.name),
    )
    assert shown == ["en", "ur", "ru"]
    assert [(f.name, f.returncode, f.output) for f in finished] == [
        ("en", 0, "en 1\nen 2\n"),
        ("ur", 1, "ur 1\nwarning\n"),  # its warnings among its own lines
        ("ru", 0, "ru 1\n"),
    ]
