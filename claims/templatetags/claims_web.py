"""Template helpers of the reviewer interface: dates, JSON-LD, verdict names."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.utils import formats
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from claims.models import EventKind, Verdict
from claims.partial_dates import Precision

register = template.Library()

# The characters that could end a <script> element or start markup inside
# it, written as JSON escapes: the data stays the same, the HTML stays shut.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def jsonld(data: Any) -> SafeString:
    """JSON for a ``<script type="application/ld+json">`` block."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - escaped above


@register.simple_tag
def partial_date(value: Any, precision: str) -> str:
    """A year, month or day in the user's language, as precise as it is known."""
    if value is None or not precision:
        return ""
    if precision == Precision.YEAR:
        return str(value.year)
    if precision == Precision.MONTH:
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


_PRECISION_NOTES = {
    Precision.YEAR: _("known to the year"),
    Precision.MONTH: _("known to the month"),
    Precision.DAY: _("known to the day"),
}


@register.filter
def precision_note(precision: str) -> str:
    """How precisely a partial date is known, as a phrase."""
    return str(_PRECISION_NOTES.get(precision, ""))


@register.filter
def verdict_label(value: str) -> str:
    return Verdict(value).label if value in Verdict.values else value


@register.filter
def event_label(value: str) -> str:
    return EventKind(value).label if value in EventKind.values else value


@register.simple_tag(takes_context=True)
def page_url(context: dict, number: int) -> str:
    """The current list URL with its filters, on page ``number``."""
    query = context.get("query") or ""
    return f"?{query}&page={number}" if query else f"?page={number}"
