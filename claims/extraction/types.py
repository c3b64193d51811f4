"""The value object the extraction engine returns."""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields, make_dataclass
from typing import Any


def mutable_twin(cls: type) -> type:
    """A mutable dataclass with the fields of the frozen, slotted dataclass
    ``cls`` (so the same slots, in the same order).

    A frozen dataclass's ``__init__`` sets each field with
    ``object.__setattr__``, which costs about four times a plain assignment.
    Where many are made, an instance of the twin is built and then given
    ``cls`` as its class, which Python allows between classes of the same
    layout: from then on it is an ordinary, frozen ``cls``."""
    return make_dataclass(
        f"_{cls.__name__}Builder",
        [
            (f.name, f.type) if f.default is MISSING else (f.name, f.type, field(default=f.default))
            for f in fields(cls)
        ],
        slots=True,
    )


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
