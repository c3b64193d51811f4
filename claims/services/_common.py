"""Shared steps of every quote-changing service: permission, lock, version, event."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import F
from django.utils import timezone

from claims.models import EventKind, Quote, QuoteEvent
from claims.services.errors import NotAllowed, VersionConflict

User = AbstractBaseUser | AnonymousUser


def require_perm(actor: User | None, perm: str, action: str) -> None:
    if actor is None or not actor.is_authenticated or not actor.is_active:
        raise NotAllowed(f"You must be signed in to {action}.")
    if not actor.has_perm(f"claims.{perm}"):
        raise NotAllowed(f"Your role does not allow you to {action}.")


def lock_quote(quote_id: int, expected_version: int | None) -> Quote:
    """Lock the quote row and check the caller saw the current version.

    ``select_for_update`` serialises writers on PostgreSQL; on SQLite the
    IMMEDIATE transaction already holds the write lock. The conditional
    UPDATE in :func:`save_quote` is the portable last guard either way.
    """
    try:
        quote = Quote.objects.select_for_update().get(pk=quote_id)
    except Quote.DoesNotExist:
        raise Quote.DoesNotExist(f"No quote with id {quote_id}.") from None
    if expected_version is not None and quote.version != expected_version:
        raise VersionConflict(expected=expected_version, current=quote.version)
    return quote


def save_quote(quote: Quote, fields: dict[str, Any]) -> Quote:
    """Write ``fields`` and bump the version, only if nobody else did first."""
    fields = {**fields, "updated_at": timezone.now()}
    updated = Quote.objects.filter(pk=quote.pk, version=quote.version).update(
        **fields, version=F("version") + 1
    )
    if updated != 1:
        current = Quote.objects.filter(pk=quote.pk).values_list("version", flat=True).first()
        raise VersionConflict(expected=quote.version, current=current or 0)
    for name, value in fields.items():
        setattr(quote, name, value)
    quote.version += 1
    return quote


def record(
    quote: Quote,
    kind: EventKind,
    actor: User | None,
    *,
    from_status: str = "",
    to_status: str = "",
    note: str = "",
    data: dict[str, Any] | None = None,
) -> QuoteEvent:
    return QuoteEvent.objects.create(
        quote_id=quote.pk,
        kind=kind,
        actor=actor if actor is not None and actor.is_authenticated else None,
        from_status=from_status,
        to_status=to_status,
        note=note,
        data=data or {},
        version=quote.version,
    )


def approval_withdrawal(quote: Quote) -> dict[str, Any]:
    """Fields that withdraw an approval; empty when the quote has none."""
    if quote.approved_by_id is None:
        return {}
    return {"approved_by": None, "approved_at": None}
