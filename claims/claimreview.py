"""schema.org ClaimReview JSON-LD for an approved verdict.

One builder, shared by the API (``/api/v1/quotes/{id}/claimreview/`` and the
bulk export) and the reviewer UI (embedded in the quote page), so the
published form of a fact-check cannot differ between them.

Only an approved verdict is published (DESIGN.md: four eyes before anything
leaves the desk); for anything else the builder raises
:class:`ClaimReviewUnavailable` with a reason a person can read.

Rating scale: 1 (refuted) to 5 (corroborated). ``alternateName`` carries the
verdict's label, which is what fact-check consumers show; the number only
orders the verdicts. ``unverifiable`` sits in the middle (3): it is neither
support nor contradiction.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from claims.models import DocumentKind, Quote, SpeakerKind, Verdict

RATING_SCALE: dict[str, int] = {
    Verdict.REFUTED: 1,
    Verdict.DISPUTED: 2,
    Verdict.UNVERIFIABLE: 3,
    Verdict.PARTLY_CORROBORATED: 4,
    Verdict.CORROBORATED: 5,
}
WORST_RATING = 1
BEST_RATING = 5

# Where a cable ID can be read when the quote names one (the seed corpus is
# the WikiLeaks "Cablegate" release).
CABLE_URL = "https://wikileaks.org/plusd/cables/{ref}_a.html"


class ClaimReviewUnavailable(Exception):
    """The quote has no published verdict; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def quote_path(quote: Quote) -> str:
    """The public path of a quote's page, relative to the site root."""
    return f"/quotes/{quote.pk}/"


def unavailable_reason(quote: Quote) -> str | None:
    """Why ``quote`` cannot be published yet, or None when it can."""
    if quote.status not in Verdict.final():
        return (
            f"The quote has no final verdict yet (it is '{quote.get_status_display()}'); "
            "only approved verdicts are published."
        )
    if quote.approved_by_id is None:
        return (
            "The verdict has not been approved by an editor yet; "
            "only approved verdicts are published."
        )
    return None


def _publisher() -> dict[str, Any]:
    organization: dict[str, Any] = {
        "@type": "Organization",
        "name": settings.FACTCHECK_PUBLISHER_NAME,
    }
    if settings.FACTCHECK_PUBLISHER_URL:
        organization["url"] = settings.FACTCHECK_PUBLISHER_URL
    return organization


def _speaker(quote: Quote) -> dict[str, Any] | None:
    speaker = quote.speaker
    if speaker is None:
        return None
    person = speaker.kind in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
    kind = "Person" if person else "Organization"
    author: dict[str, Any] = {"@type": kind, "name": speaker.name}
    if quote.role and kind == "Person":
        author["jobTitle"] = quote.role
    return author


def _appearance(quote: Quote) -> dict[str, Any]:
    document = quote.document
    kind = "NewsArticle" if document.kind == DocumentKind.ARTICLE else "CreativeWork"
    work: dict[str, Any] = {
        "@type": kind,
        "headline": document.title,
        "inLanguage": document.language,
    }
    if document.url:
        work["url"] = document.url
    if document.published_on:
        work["datePublished"] = document.published_on.isoformat()
    if document.publisher:
        work["publisher"] = {"@type": "Organization", "name": document.publisher}
    return work


def _first_appearance(quote: Quote) -> dict[str, Any] | None:
    ref = quote.cable_ref or quote.document.cable_ref
    if not ref:
        return None
    cable: dict[str, Any] = {
        "@type": "CreativeWork",
        "name": f"US diplomatic cable {ref}",
        "identifier": ref,
        "url": CABLE_URL.format(ref=ref),
    }
    if quote.cable_date_iso:
        cable["datePublished"] = quote.cable_date_iso
    return cable


def claim_review(quote: Quote, *, base_url: str) -> dict[str, Any]:
    """The ClaimReview JSON-LD of an approved quote.

    ``base_url`` is the public root of the site (``https://factcheck.example.org``);
    the review's ``url`` is the quote's page under it. Reads ``quote.document``
    and ``quote.speaker``: fetch them with ``Quote.objects.with_related()``.
    """
    reason = unavailable_reason(quote)
    if reason is not None:
        raise ClaimReviewUnavailable(reason)

    claim: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(quote)}
    author = _speaker(quote)
    if author is not None:
        claim["author"] = author
    if quote.cable_date_iso:
        claim["datePublished"] = quote.cable_date_iso
    first = _first_appearance(quote)
    if first is not None:
        claim["firstAppearance"] = first

    verdict = Verdict(quote.status)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": base_url.rstrip("/") + quote_path(quote),
        "claimReviewed": quote.text,
        "inLanguage": quote.document.language,
        "datePublished": quote.approved_at.date().isoformat() if quote.approved_at else None,
        "author": _publisher(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_SCALE[verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": str(verdict.label),
            "ratingExplanation": quote.verdict_note,
        },
        "itemReviewed": claim,
    }
