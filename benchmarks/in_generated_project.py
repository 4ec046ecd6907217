"""Helper modes run inside the generated project, with its ``pakru_data`` imported.

``python benchmarks/in_generated_project.py MODE ARGS`` with the generated project as the working folder
and on PYTHONPATH (see ``generate.run_inside``).  Each mode prints JSON:

- ``sphinx USAGE ARGS``: run Sphinx, then write its peak memory to USAGE;
- ``render REQUEST``: the text of each requested fact:variant;
- ``facts`` and ``corrections``: every fact and correction written out, for the baseline;
- ``consistency MANIFEST``: the checks over the built site;
- ``check-edit FACT OLD PAGES``: the edited fact's new value on every page that shows it.

The modes import ``pakru_data`` inside their functions: only once the path starts at the
generated project (see the end of this file) is it the generated one that is imported.
"""

from __future__ import annotations

import json
import os
import resource
import runpy
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any


def run_sphinx(usage: str, args: list[str]) -> int:
    """Run `python -m sphinx ARGS`, then record this process's and its children's max RSS.

    Sphinx's -j workers are forked children that it waits for, so RUSAGE_CHILDREN's
    ru_maxrss is the largest of them (one process's peak, not the sum of all)."""
    sys.argv = ["sphinx", *args]
    code = 0
    try:
        runpy.run_module("sphinx", run_name="__main__", alter_sys=True)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    to_mb = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024  # ru_maxrss is in KiB on Linux
    Path(usage).write_text(
        json.dumps(
            {
                "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * to_mb,
                "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * to_mb,
            }
        ),
        encoding="utf-8",
    )
    return code


def render(request: str) -> int:
    import pakru_data
    from pakru_data import DATA, format_fact

    rendered = {}
    for key in json.loads(Path(request).read_text(encoding="utf-8")):
        fid, variant = key.rsplit(":", 1)
        rendered[key] = format_fact(DATA.facts[fid], variant)
    print(json.dumps({"imported_from": str(Path(pakru_data.__file__).resolve()), "rendered": rendered}))
    return 0


def facts() -> int:
    """Every fact, pre-rendered, for the baseline's register and timeline."""
    from pakru_data import DATA, format_fact
    from pakru_data.formatting import format_date_at_precision

    def cite(source: Any) -> str:
        published = format_date_at_precision(source.published_date) if source.published else "undated"
        return f"{source.publisher}, *{source.title}*, {published}"

    listed = [
        {
            "id": f.id,
            "kind": f.kind,
            "label": f.label,
            "shown": format_fact(f),
            "status": f.status.value,
            "sources": [cite(s) for s in DATA.cited_sources(f)],
            "start": f.start.first_day().isoformat() if f.kind == "event" else "",
        }
        for f in DATA.facts.values()
    ]
    print(json.dumps(listed))
    return 0


def corrections() -> int:
    """Every correction, its finding's facts written out, for the baseline."""
    from pakru_data import DATA, format_fact
    from pakru_data.fact_references import FactReference, split_text

    def plain(text: str) -> str:
        parts = split_text(text)
        return "".join(
            format_fact(DATA.facts[p.fact_id], p.variant) if isinstance(p, FactReference) else p for p in parts
        )

    listed = [
        {
            "id": c.id,
            "verdict": c.verdict.value,
            "section": c.section,
            "article_said": c.article_said,
            "finding": plain(c.finding),
        }
        for c in DATA.corrections
    ]
    print(json.dumps(listed))
    return 0


class FactSpans(HTMLParser):
    """The facts in a page: (fact id, variant, text) for each span.pakru-fact, and the
    targets of the page's source links and its ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()
        self.cite_targets: list[str] = []
        self._open: list[list[str]] = []  # fact spans being read: [id, variant, text]
        self._depth: list[int] = []  # span nesting inside each open fact span

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and "pakru-cite" in (a.get("class") or "").split():
            self.cite_targets.append((a.get("href") or "").lstrip("#"))
        if tag == "span":
            if self._depth:
                self._depth[-1] += 1
            if a.get("data-fact"):
                self._open.append([a["data-fact"] or "", a.get("data-variant") or "", ""])
                self._depth.append(0)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._depth:
            if self._depth[-1] == 0:
                self._depth.pop()
                fid, variant, text = self._open.pop()
                self.facts.append((fid, variant, text))
            else:
                self._depth[-1] -= 1

    def handle_data(self, data: str) -> None:
        for item in self._open:
            item[2] += data


def consistency(manifest: str) -> int:
    """Check the built site: every fact renders as format_fact says, so identically
    wherever it appears; each generated page shows exactly its facts; every source link
    of a fact leads to an entry on the same page."""
    from pakru_data import DATA, format_fact

    uses = json.loads(Path(manifest).read_text(encoding="utf-8"))
    problems: list[str] = []
    shown: dict[tuple[str, str], set[str]] = {}
    spans = pages = 0
    for path in sorted(Path("build/html").glob("*.html")):
        parser = FactSpans()
        parser.feed(path.read_text(encoding="utf-8"))
        pages += 1
        spans += len(parser.facts)
        for fid, variant, text in parser.facts:
            shown.setdefault((fid, variant), set()).add(text)
        page = path.stem
        if page in uses:
            expected = sorted((f, v) for f, v in uses[page])
            got = sorted((f, v) for f, v, _ in parser.facts)
            if got != expected:
                problems.append(f"{page}: shows {len(got)} facts, expected its {len(expected)}")
        missing = [t for t in parser.cite_targets if t not in parser.ids]
        if missing:
            problems.append(f"{page}: source links to missing entries {missing[:3]}")
    for (fid, variant), texts in shown.items():
        want = format_fact(DATA.facts[fid], variant)
        if texts != {want}:
            problems.append(f"{fid}:{variant}: shown as {sorted(texts)}, format_fact gives {want!r}")
    summary = f"{pages} HTML pages, {spans} fact spans, {len(shown)} distinct facts/variants"
    print(json.dumps({"problems": problems, "summary": summary}))
    return 0


def check_edit(fact_id: str, old_value: str, pages: list[str]) -> int:
    """After an edit: the new value is on every page that shows the fact, the old on none."""
    from pakru_data import DATA, format_fact
    from pakru_data.formatting import format_amount

    fact = DATA.facts[fact_id]
    new = format_fact(fact)
    old = {format_amount(Decimal(old_value), fact, v, "en") for v in ("default", "short")}
    problems = []
    from pakru_data.register_groups import group_of

    for page in [*pages, f"register/{group_of(fact)}"]:
        parser = FactSpans()
        parser.feed(Path(f"build/html/{page}.html").read_text(encoding="utf-8"))
        shown = [(variant, text) for fid, variant, text in parser.facts if fid == fact_id]
        if not shown:
            problems.append(f"{page}: does not show {fact_id}")
        for variant, text in shown:
            if text != format_fact(fact, variant) or text in old:
                problems.append(f"{page}: shows {fact_id}:{variant} as {text!r}, the old value was {sorted(old)}")
    print(json.dumps({"problems": problems, "new": new}))
    return 0


def main(args: list[str]) -> int:
    mode, rest = args[0], args[1:]
    if mode == "sphinx":
        return run_sphinx(rest[0], rest[1:])
    if mode == "render":
        return render(rest[0])
    if mode == "facts":
        return facts()
    if mode == "corrections":
        return corrections()
    if mode == "consistency":
        return consistency(rest[0])
    if mode == "check-edit":
        return check_edit(rest[0], rest[1], rest[2:])
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    # The generated project, not this folder (whose run.py or report.py could shadow a module
    # that Sphinx imports), comes first on the path.
    sys.path[0] = os.getcwd()
    sys.exit(main(sys.argv[1:]))
