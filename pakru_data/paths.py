"""Where the repository and the package are, and how a path is shown to a contributor.

The lowest layer: it imports nothing from pakru_data, so every other module can use it.

>>> (REPOSITORY_ROOT / "pakru_data" / "paths.py").is_file()
True
>>> shown_path(PACKAGE_DIR / "records" / "events.py")
'pakru_data/records/events.py'
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["PACKAGE_DIR", "REPOSITORY_ROOT", "shown_path"]

PACKAGE_DIR = Path(__file__).resolve().parent
REPOSITORY_ROOT = PACKAGE_DIR.parent


def shown_path(path: Path) -> str:
    """A path as problems show it: relative to the repository where it is inside it."""
    try:
        return path.resolve().relative_to(REPOSITORY_ROOT).as_posix()
    except ValueError:
        return path.as_posix()
