"""How the fact register is split into pages: events by era, figures by kind of amount.

One page of every fact grew too heavy to read or to load, and a change to one fact wrote
all of it again.  Each group has its own page (``docs/register/<group id>.md``, holding
``{pakru:register}`` with ``:group: <group id>``), so a changed fact writes only its
group's page; ``register.html`` is the index, with an anchor per fact
(``#fact-<id>``), so old links still land on the fact.

>>> from pakru_data import DATA
>>> group_of(DATA.facts["tashkent-declaration"])
'events-cold-war'
>>> group_of(DATA.facts["trade-pak-russia-fy2023"])
'figures-money'
>>> [group.id for group in register_groups(DATA)][-2:]
['figures-money', 'figures-other']
"""

from __future__ import annotations

from dataclasses import dataclass

from pakru_data.dataset import Dataset
from pakru_data.formatting import MONEY_UNITS
from pakru_data.model import Event, Fact, Figure

__all__ = ["RegisterGroup", "group_of", "register_groups"]

MONEY_GROUP = "figures-money"
OTHER_FIGURES_GROUP = "figures-other"


@dataclass(frozen=True)
class RegisterGroup:
    id: str
    title: str
    facts: tuple[Fact, ...]  # in the data's order


def group_of(fact: Fact) -> str:
    if isinstance(fact, Event):
        return f"events-{fact.era}"
    if isinstance(fact, Figure) and fact.unit in MONEY_UNITS:
        return MONEY_GROUP
    return OTHER_FIGURES_GROUP


def register_groups(dataset: Dataset) -> list[RegisterGroup]:
    """Every group, in the register's order: the eras' events, oldest era first, then the figures."""
    titles = {
        f"events-{era.id}": f"Events, {era_years(era.start_year, era.end_year)}: {era.title}" for era in dataset.eras
    }
    titles[MONEY_GROUP] = "Figures: amounts of money"
    titles[OTHER_FIGURES_GROUP] = "Figures: shares, counts and sizes"
    members: dict[str, list[Fact]] = {group: [] for group in titles}
    for fact in dataset.facts.values():
        members.setdefault(group_of(fact), []).append(fact)
    return [RegisterGroup(group, titles.get(group, group), tuple(facts)) for group, facts in members.items()]


def era_years(start: int, end: int | None) -> str:
    return f"{start}–{end if end else 'present'}"
