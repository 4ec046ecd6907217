"""The generated data: the text of each record module of the synthetic ``pakru_data``.

The modules are written as contributors write them (one constructor call a record), so
that the build imports and validates them exactly as it does the real ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# At scale 1: the figures the issue names.
BASE = {"pages": 300, "events": 2000, "figures": 5000, "sources": 1000, "facts_per_page": 50}
ERAS = [
    ("era-one", "The first era", 1947, 1965),
    ("era-two", "The second era", 1966, 1980),
    ("era-three", "The third era", 1981, 1999),
    ("era-four", "The fourth era", 2000, 2014),
    ("era-five", "The fifth era", 2015, None),
]


@dataclass
class Scale:
    """How big the generated site is; every count but facts per page grows with ``factor``."""

    factor: float
    pages: int
    events: int
    figures: int
    sources: int
    facts_per_page: int

    @classmethod
    def of(cls, factor: float) -> Scale:
        n = {k: max(1, round(v * factor)) for k, v in BASE.items() if k != "facts_per_page"}
        return cls(factor=factor, facts_per_page=BASE["facts_per_page"], **n)


def record_modules(rng: random.Random, scale: Scale) -> dict[str, str]:
    """The text of each generated record module, by its path under ``pakru_data/``."""
    out: dict[str, str] = {}
    # Newer models give each source a kind, and a verified fact needs a primary source or two
    # publishers: the generated sources are primary, so every generated fact stays verified.
    has_kind = "class SourceKind" in (REPO / "pakru_data" / "model.py").read_text(encoding="utf-8")
    kind = " kind=SourceKind.PRIMARY," if has_kind else ""
    imported = "Source, SourceKind" if has_kind else "Source"
    sources = [f"from pakru_data.model import {imported}\n\nSOURCES = ["]
    for i in range(scale.sources):
        sources.append(
            f"    Source(id='source-{i:05d}',{kind} publisher='Publisher {i % 97}', title='Report number {i}',"
            f" url='https://example.org/reports/{i}', published='2025-{1 + i % 12:02d}-{1 + i % 28:02d}',"
            f" accessed='2026-11-01'),"
        )
    sources.append("]\n")
    out["records/sources/article.py"] = "\n".join(sources)

    references = ["from pakru_data.model import ArticleReference\n\nARTICLE_REFERENCES = ["]
    for i in range(3):
        references.append(
            f"    ArticleReference(id='reference-{i}', cited_as='Reference {i}', found=False,"
            f" finding='Not found as named.'),"
        )
    references.append("]\n")
    out["records/article_references.py"] = "\n".join(references)

    eras = ["from pakru_data.model import Era\n\nERAS = ["]
    eras += [f"    Era(id={e!r}, title={t!r}, start_year={s}, end_year={end!r})," for e, t, s, end in ERAS]
    out["records/eras.py"] = "\n".join([*eras, "]\n"])

    corrected: list[str] = []
    events = ["from pakru_data.model import Event, Status\n\nEVENTS = ["]
    for i in range(scale.events):
        era, _title, start, end = ERAS[i % len(ERAS)]
        year = rng.randint(start, end or 2024)
        precision = i % 3
        date = f"{year}" if precision == 0 else f"{year}-{rng.randint(1, 12):02d}"
        if precision == 2:
            date += f"-{rng.randint(1, 28):02d}"
        status, cited = "VERIFIED", _cite(rng, scale)
        if i % 97 == 5:
            status = "CORRECTED"
            corrected.append(f"event-{i:05d}")
        elif i % 101 == 7:
            status, cited = "UNVERIFIED", "()"
        events.append(
            f"    Event(id='event-{i:05d}', label='Synthetic event {i}', date={date!r}, era={era!r},"
            f" status=Status.{status}, sources={cited}),"
        )
    out["records/events.py"] = "\n".join([*events, "]\n"])

    figures = ["from pakru_data.model import Figure, Status, Version\n\nFIGURES = ["]
    for i in range(scale.figures):
        figures.append(_figure(rng, scale, i, corrected))
    out["records/figures.py"] = "\n".join([*figures, "]\n"])

    out["records/points.py"] = (
        "from pakru_data.model import Challenge, ConclusionRow, Opportunity\n\n"
        "CHALLENGES = [Challenge(id='challenge-one', heading='The first challenge')]\n"
        "OPPORTUNITIES = [Opportunity(id='opportunity-one', heading='The first opportunity')]\n"
        "CONCLUSION = [ConclusionRow(challenge='challenge-one', opportunity='opportunity-one')]\n"
    )
    corrections = ["from pakru_data.model import Correction, Verdict\n\nCORRECTIONS = ["]
    # Newer models give each correction a topic (its heading); write one when the model has the field.
    has_topic = "    topic: str" in (REPO / "pakru_data" / "model.py").read_text(encoding="utf-8")
    for n, start in enumerate(range(0, len(corrected), 3)):
        facts = corrected[start : start + 3]
        finding = " ".join(f"It was {{fact}}`{f}`." for f in facts)
        topic = f" topic='Synthetic claim {n}'," if has_topic else ""
        corrections.append(
            f"    Correction(id='correction-{n:04d}',{topic} article_said='The article said otherwise ({n}).',"
            f" section='history', reviewed='2026-11-01', verdict=Verdict.{('WRONG', 'IMPRECISE')[n % 2]},"
            f" finding={finding!r}, facts={tuple(facts)!r}, sources=('source-00000',)),"
        )
    out["records/corrections.py"] = "\n".join([*corrections, "]\n"])
    # The real charts name real figures, which the generated data does not have: draw none.
    out["records/chart_specs.py"] = "CHART_SPECS = []\n"
    # The relations' record modules cite real sources and figures too: the generated events
    # and figures stand in for them.
    out["records/sources/relations.py"] = "SOURCES = []\n"
    out["records/visits.py"] = "VISITS = []\n"
    out["records/agreements.py"] = "AGREEMENTS = []\n"
    out["records/exercises.py"] = "EXERCISES = []\n"
    out["records/trade.py"] = "TRADE = []\n"
    return out


def _cite(rng: random.Random, scale: Scale) -> str:
    """One or two source ids, as a tuple's Python text."""
    count = 1 if rng.random() < 0.7 else 2
    return repr(tuple(sorted({f"source-{rng.randrange(scale.sources):05d}" for _ in range(count)})))


def _figure(rng: random.Random, scale: Scale, i: int, corrected: list[str]) -> str:
    fid = f"figure-{i:05d}"
    status = "VERIFIED"
    if i % 10 == 0:  # money (the edited figure is one of these)
        body = f"value={rng.randint(1, 900) * 10 ** rng.choice((6, 7, 8, 9))}, unit='money', currency='USD'"
    elif i % 10 in (1, 2):
        body = f"value={rng.randint(1, 99)}, unit='percent'"
    elif i % 10 in (3, 4, 5):
        body = f"value={rng.randint(1, 100_000)}, unit='count'"
    elif i % 10 == 6:
        body = f"value={rng.randint(1, 5_000_000)}, unit='tonne'"
    elif i % 10 == 7:
        body = f"value={rng.randint(1, 3_000)}, unit='kilometre'"
    elif i % 10 == 8:
        body = f"value={rng.randint(2, 60)}, unit='year'"
    else:  # a disputed figure keeps two sources' values
        low = rng.randint(1, 50) * 10**8
        body = (
            "unit='money', currency='USD', versions=("
            f"Version(value={low}, sources={_cite(rng, scale)}, said_by='One source'), "
            f"Version(value={low * 2}, sources={_cite(rng, scale)}, said_by='Another source'))"
        )
        status = "DISPUTED"
    period = f", period='FY{2000 + i % 24}-{(i % 24 + 1) % 100:02d}'" if i % 2 and status != "DISPUTED" else ""
    review = ", as_of='2024-06-30', review_by='2028-06-30'" if i % 5 == 1 else ""
    if status == "VERIFIED" and i % 89 == 3:
        status = "CORRECTED"
        corrected.append(fid)
    cited = "" if status == "DISPUTED" else f", sources={_cite(rng, scale)}"
    return (
        f"    Figure(id={fid!r}, label='Synthetic figure {i}', {body}{period}{review}, status=Status.{status}{cited}),"
    )


def shown_variant(rng: random.Random, fact_id: str) -> str:
    """The variant a page shows a fact in: about a fifth of events by year, of money figures short."""
    roll = rng.random()
    if fact_id.startswith("event-"):
        return "year" if roll < 0.2 else "default"
    if int(fact_id.rsplit("-", 1)[1]) % 10 == 0:  # money figures (see _figure)
        return "short" if roll < 0.2 else "default"
    return "default"
