"""Quotation extraction and attribution for Arabic news text (pure Python).

Nothing in this package imports Django: text in, ``ExtractedQuote`` out.
"""

from claims.extraction.cables import find_cable_refs
from claims.extraction.dates import parse_date
from claims.extraction.engine import extract
from claims.extraction.normalize import normalize, normalize_with_offsets
from claims.extraction.types import (
    ANONYMOUS,
    DOCUMENT,
    GROUP,
    ORGANIZATION,
    PERSON,
    SPEAKER_KINDS,
    ExtractedQuote,
)

__all__ = [
    "ANONYMOUS",
    "DOCUMENT",
    "GROUP",
    "ORGANIZATION",
    "PERSON",
    "SPEAKER_KINDS",
    "ExtractedQuote",
    "extract",
    "find_cable_refs",
    "normalize",
    "normalize_with_offsets",
    "parse_date",
]
