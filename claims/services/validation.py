"""Input checks shared by the services; each names the field it refuses."""

from __future__ import annotations

import re

from claims.models import CABLE_REF_REGEX, Document
from claims.partial_dates import PartialDate, parse_partial_date
from claims.services.errors import RuleViolation

_CABLE_RE = re.compile(CABLE_REF_REGEX)


def clean_cable_ref(raw: str | None, field: str = "cable_ref") -> str:
    """Upper-case, drop spaces, and check the cable-ID form (``10PARIS191``)."""
    value = re.sub(r"\s+", "", raw or "").upper()
    if value and not _CABLE_RE.match(value):
        raise RuleViolation(
            f"{raw!r} is not a cable reference: expected two-digit year, post and number, "
            "such as 10PARIS191.",
            field=field,
        )
    return value


def clean_partial_date(raw: str | None, field: str = "cable_date") -> PartialDate | None:
    try:
        return parse_partial_date(raw)
    except ValueError as exc:
        raise RuleViolation(str(exc), field=field) from None


def clean_span(document: Document, start: int, end: int) -> str:
    """Return the document text between the offsets, or refuse them."""
    length = len(document.body)
    if not isinstance(start, int) or start < 0:
        raise RuleViolation("The start offset must be a whole number from 0.", field="start")
    if not isinstance(end, int) or end <= start:
        raise RuleViolation("The end offset must be greater than the start offset.", field="end")
    if end > length:
        raise RuleViolation(
            f"The end offset {end} lies outside the document ({length} characters).", field="end"
        )
    text = document.body[start:end]
    if not text.strip():
        raise RuleViolation("The span holds only white space.", field="start")
    return text
