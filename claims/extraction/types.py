"""The value object the extraction engine returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# Speaker kinds (plain strings so that this package stays free of Django; the
# model layer maps them onto its TextChoices).
PERSON = "person"
GROUP = "group"
ORGANIZATION = "organization"
DOCUMENT = "document"
ANONYMOUS = "anonymous"
SPEAKER_KINDS = (PERSON, GROUP, ORGANIZATION, DOCUMENT, ANONYMOUS)

# Date precisions.
YEAR = "year"
MONTH = "month"
DAY = "day"
DATE_PRECISIONS = (YEAR, MONTH, DAY)


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    """One direct quotation found in a text.

    ``start``/``end`` are offsets into the original text (quote marks
    excluded), so ``text == source[start:end]``.  ``date`` is ISO ``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD`` with ``date_precision`` ``"year"``,
    ``"month"`` or ``"day"``, both ``None`` when the text gives no date.
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_kind: str | None = None
    role: str | None = None
    date: str | None = None
    date_precision: str | None = None
    cue: str | None = None
    via: str | None = None
    cable_ref: str | None = None
    confidence: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
