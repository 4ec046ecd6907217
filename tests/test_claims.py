"""Claims in the pages that the data can check: a "first" agrees with the records, and a
sentence never sets side by side figures that do not compare (two bases of trade figures,
or SIPRI's overlapping five-year periods).

These read the pages' Markdown, not the built site, so they need no build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pakru_data import DATA
from pakru_data.model import Event, Exercise, Figure

DOCS = Path(__file__).resolve().parent.parent / "docs"
FACT = re.compile(r"\{fact\}`([\w-]+)(?::\w+)?`")
FENCE = re.compile(r"^\s*(```|~~~)")
SPAN = re.compile(r"^(\d{4})–(\d{2})$")  # a SIPRI period, "2016–20"
KIND_WORDS = ("army", "armies", "naval", "navy", "navies")


def sentences(text: str) -> list[str]:
    """The sentences of a page's prose: paragraphs and list items, split after a full stop."""
    prose, fence = [], None
    for line in text.splitlines():
        opening = FENCE.match(line)
        if opening and (fence is None or line.strip() == fence):
            fence = None if fence else opening.group(1)
            continue
        prose.append("" if fence else line)
    blocks = re.split(r"\n\s*\n|\n(?=\s*- )", "\n".join(prose))
    split = (re.split(r"(?<=[.;])\s+(?=[A-Z{(])", " ".join(block.split())) for block in blocks)
    return [s.strip() for parts in split for s in parts if s.strip()]


def page_sentences() -> list[tuple[str, str]]:
    return [(page.name, s) for page in sorted(DOCS.glob("*.md")) for s in sentences(page.read_text(encoding="utf-8"))]


def exercises() -> list[Exercise]:
    return [fact for fact in DATA.facts.values() if isinstance(fact, Exercise)]


def earliest(records: list[Exercise]) -> Exercise:
    return min(records, key=lambda e: e.start.first_day())


def test_sentences_split_paragraphs_and_list_items_and_skip_code():
    text = "One. Two {fact}`a`.\n\n- Three; and\n  more.\n- Four.\n\n```{doctest}\n>>> Five.\n```\n"
    assert sentences(text) == ["One.", "Two {fact}`a`.", "- Three; and more.", "- Four."]


def claimed(sentence: str, word: str) -> list[Exercise]:
    """The exercise each "first" (or "latest") in a sentence speaks of: the next one it shows."""
    found = []
    prose = FACT.sub(lambda role: "_" * len(role.group(0)), sentence)  # the word in prose, not in an id
    for match in re.finditer(rf"\b{word}\b", prose):
        after = [DATA.facts.get(i) for i in FACT.findall(sentence[match.end() :])]
        following = [fact for fact in after if isinstance(fact, Exercise)]
        if following:
            found.append(following[0])
    return found


@pytest.mark.parametrize(("page", "sentence"), page_sentences())
def test_a_first_exercise_is_the_earliest_record_of_its_series_and_says_which_forces(page, sentence):
    for exercise in claimed(sentence, "first"):
        series = [e for e in exercises() if e.name == exercise.name]
        assert earliest(series) is exercise, (page, sentence)
        if earliest(exercises()) is not exercise:
            # an older exercise of another kind exists: "the first joint exercise" must say whose
            assert any(word in sentence for word in KIND_WORDS), (page, sentence)


@pytest.mark.parametrize(("page", "sentence"), page_sentences())
def test_a_latest_exercise_is_the_latest_record_of_its_series(page, sentence):
    for exercise in claimed(sentence, "latest"):
        series = [e for e in exercises() if e.name == exercise.name]
        assert max(series, key=lambda e: e.start.first_day()) is exercise, (page, sentence)


def test_the_first_druzhba_is_not_the_first_joint_exercise_so_pages_say_army():
    # The data behind the fix of issue 22: a naval exercise came before the first Druzhba.
    assert earliest(exercises()).name != "Druzhba (Friendship)"
    assert earliest([e for e in exercises() if e.name.startswith("Druzhba")]).id == "druzhba-first"


def basis(figure: Figure) -> str:
    return "fiscal year" if figure.period.startswith("FY") else "calendar year"


@pytest.mark.parametrize(("page", "sentence"), page_sentences())
def test_no_sentence_sets_trade_figures_of_two_bases_side_by_side(page, sentence):
    trade = [
        DATA.facts[i]
        for i in FACT.findall(sentence)
        if i.startswith("trade-") and isinstance(DATA.facts.get(i), Figure) and DATA.facts[i].unit == "money"
    ]
    assert len({basis(f) for f in trade}) <= 1, (page, sentence, [(f.id, f.period) for f in trade])


def overlapping(periods: list[str]) -> list[tuple[str, str]]:
    spans = []
    for period in periods:
        match = SPAN.match(period)
        if match:
            start = int(match.group(1))
            spans.append((period, start, start // 100 * 100 + int(match.group(2))))
    return [(a, b) for i, (a, s1, e1) in enumerate(spans) for b, s2, e2 in spans[i + 1 :] if s1 <= e2 and s2 <= e1]


def test_overlap_finds_shared_years_only():
    assert overlapping(["2019–23", "2020–24"]) == [("2019–23", "2020–24")]
    assert overlapping(["2011–15", "2016–20", "2021–25"]) == []


@pytest.mark.parametrize(("page", "sentence"), page_sentences())
def test_no_sentence_sets_overlapping_five_year_periods_side_by_side(page, sentence):
    periods = {
        DATA.facts[i].period
        for i in FACT.findall(sentence)
        if isinstance(DATA.facts.get(i), Figure) and DATA.facts[i].unit == "percent"
    }
    assert overlapping(sorted(periods)) == [], (page, sentence)


@pytest.mark.parametrize("chart", DATA.chart_specs, ids=lambda c: c.id)
def test_no_chart_draws_overlapping_five_year_periods(chart):
    periods = [DATA.facts[figure].period for figure, _group in chart.bars]
    assert overlapping(periods) == [], chart.id


def test_the_dasu_attack_says_why_it_is_on_a_pakistan_russia_timeline():
    attack = DATA.facts["dasu-attack"]
    assert isinstance(attack, Event)
    assert "No Russian" in attack.note
