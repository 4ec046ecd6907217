"""Find dates and figures typed by hand in page prose, where a {fact} role belongs.

>>> hand_typed_figures("It was signed in 1966.")
["year '1966'"]
>>> hand_typed_figures("It was signed on {fact}`tashkent-declaration`.")
[]
>>> hand_typed_figures("Russia sells 60% of its weapons; trade is $30 billion.")
["money '$30 billion'", "percentage '60%'"]
>>> hand_typed_figures("Su-35 jets, S-400 missiles, Mi-35M helicopters, a U-2 plane.")
[]
>>> hand_typed_figures("It killed 13 people.")
["number '13'"]
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["hand_typed_figures", "lint_page"]

# What is not prose: roles, inline code, link targets, and designations such as Su-35 or G7.
_NOT_PROSE = [
    re.compile(r"\{[\w:-]+\}`[^`]*`"),
    re.compile(r"`[^`]*`"),
    re.compile(r"\]\([^)]*\)"),
    re.compile(r"\b[A-Za-z]+-?\d+[A-Za-z]*\b"),
]
_FIGURES = [
    ("money", re.compile(r"(?:US)?\$\s?\d[\d,.]*(?:\s?(?:billion|million|bn|m)\b)?|\d[\d,.]*\s?(?:billion|million)\b")),
    ("percentage", re.compile(r"\d[\d,.]*\s?(?:%|per ?cent)")),
    ("year", re.compile(r"\b(?:1[6-9]|20)\d\d(?:s)?\b")),
    ("number", re.compile(r"\b\d[\d,.]*\b")),
]
_FENCE = re.compile(r"^\s*(```|~~~|:::)")
_TARGET = re.compile(r"^\s*\([\w-]+\)=\s*$")


def hand_typed_figures(line: str) -> list[str]:
    """The figures in one line of prose, each as "kind 'text'"."""
    for pattern in _NOT_PROSE:
        line = pattern.sub(" ", line)
    found = []
    for kind, pattern in _FIGURES:
        for match in pattern.finditer(line):
            found.append(f"{kind} '{match.group(0).strip()}'")
        line = pattern.sub(" ", line)
    return found


def lint_page(path: Path, root: Path) -> list[str]:
    """One message per hand-typed figure in the page's prose, with its file and line."""
    messages = []
    fence: str | None = None
    shown = path.relative_to(root).as_posix()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        opening = _FENCE.match(line)
        if opening:
            marker = opening.group(1)
            if fence is None:
                fence = marker
                continue
            if marker == fence and line.strip() == marker:
                fence = None
                continue
        if fence is not None or _TARGET.match(line):
            continue
        for figure in hand_typed_figures(line):
            messages.append(f"{shown}:{number}: hand-typed {figure} in prose; show it with a {{fact}} role")
    return messages
