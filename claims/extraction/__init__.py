"""Quotation extraction and attribution for Arabic news text (pure Python).

Nothing in this package imports Django: text in, ``ExtractedQuote`` out.
"""

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


def extract(text: str, *, language: str = "ar") -> list[ExtractedQuote]:
    """Placeholder until the engine lands: finds nothing."""
    return []


__all__ = [
    "ANONYMOUS",
    "DOCUMENT",
    "GROUP",
    "ORGANIZATION",
    "PERSON",
    "SPEAKER_KINDS",
    "ExtractedQuote",
    "extract",
    "normalize",
    "normalize_with_offsets",
]
