"""The one "did you mean" of every message that names something unknown.

>>> did_you_mean("tashkent-declaraton", ["tashkent-declaration", "u2-incident"])
" (did you mean 'tashkent-declaration'?)"
>>> did_you_mean("nothing-like-it", ["tashkent-declaration"])
''
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["did_you_mean"]


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest known name, or nothing; private names
    (``_x``) are never suggested."""
    candidates = [k for k in known if not k.startswith("_")]
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
