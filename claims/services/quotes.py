"""Creating, editing, taking and deleting quotes."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from claims.extraction.normalize import normalize
from claims.models import Document, EventKind, Origin, Quote, Speaker, Verdict
from claims.services._common import (
    User,
    approval_withdrawal,
    lock_quote,
    record,
    require_perm,
    save_quote,
)
from claims.services.errors import RuleViolation
from claims.services.validation import clean_cable_ref, clean_partial_date, clean_span

# Fields a person may change with quote_update; everything else has its own
# service (verdicts, approval, evidence) or is derived.
EDITABLE_FIELDS = frozenset({"start", "end", "speaker_id", "role", "cable_date", "cable_ref"})


def _speaker_exists(speaker_id: int | None) -> None:
    if speaker_id is not None and not Speaker.objects.filter(pk=speaker_id).exists():
        raise RuleViolation(f"No speaker with id {speaker_id}.", field="speaker")


def quote_create(
    *,
    document_id: int,
    start: int,
    end: int,
    actor: User | None,
    speaker_id: int | None = None,
    role: str = "",
    cable_date: str | None = None,
    cable_ref: str = "",
    origin: str = Origin.ENTERED,
    confidence: float | None = None,
) -> Quote:
    """File a quote: the words between two offsets of a stored document."""
    if origin == Origin.ENTERED:
        require_perm(actor, "add_quote", "add quotes")
    try:
        document = Document.objects.get(pk=document_id)
    except Document.DoesNotExist:
        raise RuleViolation(f"No document with id {document_id}.", field="document") from None
    text = clean_span(document, start, end)
    date = clean_partial_date(cable_date)
    _speaker_exists(speaker_id)
    with transaction.atomic():
        quote = Quote.objects.create(
            document=document,
            text=text,
            text_normalized=normalize(text),
            start=start,
            end=end,
            speaker_id=speaker_id,
            role=(role or "").strip(),
            cable_date=date.value if date else None,
            cable_date_precision=date.precision if date else "",
            cable_ref=clean_cable_ref(cable_ref),
            origin=origin,
            confidence=confidence,
        )
        record(
            quote,
            EventKind.CREATED,
            actor,
            to_status=quote.status,
            data={"origin": origin, "start": start, "end": end},
        )
    return quote


def quote_update(
    *, quote_id: int, expected_version: int, actor: User, changes: dict[str, Any]
) -> Quote:
    """Change the span, speaker, role, cable date or cable reference.

    ``changes`` holds only the fields to change; ``cable_date`` is ISO
    ``YYYY[-MM[-DD]]`` or empty. A change withdraws any approval.
    """
    require_perm(actor, "change_quote", "edit quotes")
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        name = sorted(unknown)[0]
        raise RuleViolation(f"{name!r} cannot be edited here.", field=name)
    with transaction.atomic():
        quote = lock_quote(quote_id, expected_version)
        fields: dict[str, Any] = {}
        if "start" in changes or "end" in changes:
            start = changes.get("start", quote.start)
            end = changes.get("end", quote.end)
            text = clean_span(quote.document, start, end)
            fields.update(start=start, end=end, text=text, text_normalized=normalize(text))
        if "speaker_id" in changes:
            _speaker_exists(changes["speaker_id"])
            fields["speaker_id"] = changes["speaker_id"]
        if "role" in changes:
            fields["role"] = (changes["role"] or "").strip()
        if "cable_date" in changes:
            date = clean_partial_date(changes["cable_date"])
            fields["cable_date"] = date.value if date else None
            fields["cable_date_precision"] = date.precision if date else ""
        if "cable_ref" in changes:
            fields["cable_ref"] = clean_cable_ref(changes["cable_ref"])
        diff = {
            name: [_plain(getattr(quote, name)), _plain(value)]
            for name, value in fields.items()
            if name != "text_normalized" and getattr(quote, name) != value
        }
        if not diff:
            return quote
        fields = {k: v for k, v in fields.items() if k in diff or k == "text_normalized"}
        withdrawn = approval_withdrawal(quote)
        save_quote(quote, {**fields, **withdrawn})
        record(
            quote,
            EventKind.EDITED,
            actor,
            data={"changes": diff, "approval_withdrawn": bool(withdrawn)},
        )
    return quote


def quote_take(*, quote_id: int, expected_version: int, actor: User) -> Quote:
    """Put an open quote into the actor's review queue."""
    require_perm(actor, "set_verdict", "take quotes into review")
    with transaction.atomic():
        quote = lock_quote(quote_id, expected_version)
        if quote.status not in (Verdict.UNVERIFIED, Verdict.IN_REVIEW):
            raise RuleViolation(
                "This quote already has a verdict; reopen it by setting the verdict to "
                "'in review' instead.",
                field="status",
            )
        previous = quote.status
        save_quote(quote, {"status": Verdict.IN_REVIEW, "assignee": actor})
        record(quote, EventKind.TAKEN, actor, from_status=previous, to_status=Verdict.IN_REVIEW)
    return quote


def quote_delete(*, quote_id: int, expected_version: int, actor: User) -> None:
    """Delete a quote that has no verdict yet; its history stays."""
    require_perm(actor, "delete_quote", "delete quotes")
    with transaction.atomic():
        quote = lock_quote(quote_id, expected_version)
        if quote.status not in (Verdict.UNVERIFIED, Verdict.IN_REVIEW):
            raise RuleViolation(
                f"A quote with the verdict '{quote.get_status_display()}' cannot be deleted.",
                field="status",
            )
        quote.version += 1
        record(quote, EventKind.DELETED, actor, from_status=quote.status, data={"text": quote.text})
        quote.delete()


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a field value for the event's diff."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "pk"):
        return value.pk
    return value
