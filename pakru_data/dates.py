"""Dates that know how precise they are.

The article's facts come at three precisions: a day ("10 January 1966"), a month
("April 1965") or a year ("2017").  Showing "1 April 1965" for a fact only known
to the month would invent a day, so a date keeps the precision it was written in.

>>> PartialDate.parse("1965-04")
PartialDate(year=1965, month=4, day=None)
>>> PartialDate.parse("1965-04").precision
<Precision.MONTH: 'month'>
>>> PartialDate.parse("1966-01-10").first_day()
datetime.date(1966, 1, 10)
>>> PartialDate.parse("1965").last_day()
datetime.date(1965, 12, 31)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["DateFormatError", "PartialDate", "Precision"]

# A date at the precision it is known: YYYY, YYYY-MM or YYYY-MM-DD.
PARTIAL_DATE_PATTERN = r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$"
_ISO_PARTIAL = re.compile(PARTIAL_DATE_PATTERN)


class DateFormatError(ValueError):
    """A date written in a form other than YYYY, YYYY-MM or YYYY-MM-DD, or not a real day."""


class Precision(StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A calendar date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; reject days that do not exist.

        >>> PartialDate.parse("1966-02-30")
        Traceback (most recent call last):
        ...
        pakru_data.dates.DateFormatError: '1966-02-30' is not a real date (day is out of range for month)
        >>> PartialDate.parse("10 Jan 1966")
        Traceback (most recent call last):
        ...
        pakru_data.dates.DateFormatError: '10 Jan 1966' is not written as YYYY, YYYY-MM or YYYY-MM-DD
        """
        match = _ISO_PARTIAL.match(str(text).strip())
        if not match:
            raise DateFormatError(f"{text!r} is not written as YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None  # the pattern requires it
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError as error:
            raise DateFormatError(f"{text!r} is not a real date ({error})") from None
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> dt.date:
        """The earliest real day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest real day this date can mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def isoformat(self) -> str:
        """The date as written in the data, at its own precision.

        >>> PartialDate(1965, 4).isoformat()
        '1965-04'
        """
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text
