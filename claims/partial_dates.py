"""Partial dates: a year, a month or a day, as the source gives it.

A cable date is often known only to the month ("February 2010"). We store the
first day of the period plus a precision, and write it back as ISO-8601
reduced precision: ``2010``, ``2010-02`` or ``2010-02-14``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision:
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class PartialDate:
    value: dt.date
    precision: str

    def iso(self) -> str:
        if self.precision == Precision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision == Precision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


def parse_partial_date(raw: str | None) -> PartialDate | None:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty gives None.

    Raises ValueError with a reason a person can act on.
    """
    if raw is None or not str(raw).strip():
        return None
    text = str(raw).strip()
    match = _ISO.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
    year, month, day = match.groups()
    if not 1 <= int(year) <= 9999 or year == "0000":
        raise ValueError(f"{text!r} has no valid year.")
    try:
        if day is not None:
            return PartialDate(dt.date(int(year), int(month), int(day)), Precision.DAY)
        if month is not None:
            return PartialDate(dt.date(int(year), int(month), 1), Precision.MONTH)
    except ValueError:
        raise ValueError(f"{text!r} is not a real calendar date.") from None
    return PartialDate(dt.date(int(year), 1, 1), Precision.YEAR)


def to_iso(value: dt.date | None, precision: str) -> str | None:
    if value is None or not precision:
        return None
    return PartialDate(value, precision).iso()
