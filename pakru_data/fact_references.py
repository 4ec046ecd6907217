"""Fact references inside text, written as pages write them: {fact}`id` or {fact}`id:variant`.

>>> [ref.fact_id for ref in fact_references("Signed on {fact}`tashkent-declaration`.")]
['tashkent-declaration']
>>> parse_reference("tashkent-declaration:year")
FactReference(fact_id='tashkent-declaration', variant='year')
>>> split_text("On {fact}`a:year`, peace.")
['On ', FactReference(fact_id='a', variant='year'), ', peace.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FactReference", "fact_references", "parse_reference", "split_text"]

_ROLE = re.compile(r"\{fact\}`([^`]*)`")


@dataclass(frozen=True, slots=True)
class FactReference:
    fact_id: str
    variant: str = "default"


def parse_reference(text: str) -> FactReference:
    """Read ``id`` or ``id:variant``, the text of a {fact} role."""
    fact_id, _, variant = text.strip().partition(":")
    return FactReference(fact_id.strip(), variant.strip() or "default")


def fact_references(text: str) -> list[FactReference]:
    return [parse_reference(match.group(1)) for match in _ROLE.finditer(text)]


def split_text(text: str) -> list[str | FactReference]:
    """Plain text and fact references, in order, for renderers to build nodes from."""
    parts: list[str | FactReference] = []
    position = 0
    for match in _ROLE.finditer(text):
        if match.start() > position:
            parts.append(text[position : match.start()])
        parts.append(parse_reference(match.group(1)))
        position = match.end()
    if position < len(text):
        parts.append(text[position:])
    return parts
