"""Names of their time: the country a record names is the one that existed on its date.

Pakistan's partner was the Soviet Union until it was dissolved on 26 December 1991, and
Russia after: a visit of 1965 went "to the USSR" («в СССР», «سوویت یونین»), one of 2003 "to
Russia".  Tables and exports take the name from the record's own date, never from the
prose around it, so every edition says the same.
"""

from __future__ import annotations

import datetime as dt

from pakru_data.dates import PartialDate

__all__ = ["USSR_DISSOLVED", "partner_state"]

# The day the Soviet of the Republics dissolved the USSR (Declaration No. 142-Н).
USSR_DISSOLVED = dt.date(1991, 12, 26)


def partner_state(when: PartialDate) -> str:
    """'ussr' for a date before the USSR's dissolution, else 'russia'.  A date known only
    to its year or month counts from its first day (a visit "in 1991" was before).

    >>> partner_state(PartialDate(1965, 4)), partner_state(PartialDate(1991, 12, 25)), partner_state(PartialDate(1999))
    ('ussr', 'ussr', 'russia')
    """
    return "ussr" if when.first_day() < USSR_DISSOLVED else "russia"
