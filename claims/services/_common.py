"""Shared steps of every quote-changing service: permission, lock, version, event."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import connection
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


def no_such_quote(quote_id: int) -> Quote.DoesNotExist:
    return Quote.DoesNotExist(f"No quote with id {quote_id}.")


def lock_quote(quote_id: int, expected_version: int | None) -> Quote:
    """Lock the quote row and check the caller saw the current version.

    ``select_for_update`` serialises writers on PostgreSQL; on SQLite the
    IMMEDIATE transaction already holds the write lock. The conditional
    UPDATE in :func:`save_quote` is the portable last guard either way.
    """
    try:
        quote = Quote.objects.select_for_update().get(pk=quote_id)
    except Quote.DoesNotExist:
        raise no_such_quote(quote_id) from None
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


def quote_write_in_one_statement(
    *,
    quote_id: int,
    expected_version: int | None,
    fields: dict[str, Any],
    kind: EventKind,
    actor: User,
    to_status: str,
    note: str,
    allowed: bool,
    requires_evidence: str | None = None,
) -> tuple[Quote | None, int, bool]:
    """Lock, check, update and record in ONE statement (PostgreSQL only).

    The same steps as ``lock_quote`` + ``save_quote`` + ``record``, as one
    data-modifying CTE: under autocommit a single statement is its own
    transaction, so there is no BEGIN/COMMIT round trip and no separate lock
    query. ``old`` locks the row (``FOR UPDATE``; after waiting for another
    writer it sees that writer's committed row); the UPDATE runs only when
    the version is the expected one, the rules checked in Python passed
    (``allowed``) and, with ``requires_evidence``, the quote has evidence of
    that relation; the event is inserted only for an updated row, with the
    status read under the lock as ``from_status``. A concurrent change to the
    quote or its evidence bumps the version, so it always ends in a conflict
    here, never in a check against a stale snapshot. Any approval is withdrawn
    (the event's ``data.approval_withdrawn`` says whether there was one).

    Returns ``(quote after the change or None, version under the lock or 0
    when there is no such quote, whether the evidence requirement holds)``.
    """
    now = timezone.now()
    meta = Quote._meta
    columns = [field.column for field in meta.concrete_fields]
    assignments = {
        **{meta.get_field(name).column: value for name, value in fields.items()},
        "approved_by_id": None,
        "approved_at": None,
        "updated_at": now,
    }
    for name, value in list(assignments.items()):
        if hasattr(value, "pk"):  # a user
            assignments[name] = value.pk
    quote_table = connection.ops.quote_name(meta.db_table)
    event_table = connection.ops.quote_name(QuoteEvent._meta.db_table)
    evidence_table = connection.ops.quote_name(
        meta.get_field("evidence").related_model._meta.db_table
    )
    sets = ", ".join(f"{connection.ops.quote_name(c)} = %s" for c in assignments)
    requirement = "TRUE"
    requirement_params: list[Any] = []
    if requires_evidence:
        requirement = (
            f"EXISTS (SELECT 1 FROM {evidence_table} e "  # noqa: S608 - model names only
            "WHERE e.quote_id = q.id AND e.relation = %s)"
        )
        requirement_params = [requires_evidence]
    returning = ", ".join(f"q.{connection.ops.quote_name(c)}" for c in columns)
    sql = f"""
        WITH old AS (
            SELECT q.id, q.version, q.status, q.approved_by_id, {requirement} AS requirement_met
            FROM {quote_table} q WHERE q.id = %s FOR UPDATE
        ), new AS (
            UPDATE {quote_table} q SET {sets}, version = q.version + 1
            FROM old
            WHERE q.id = old.id AND (%s::integer IS NULL OR old.version = %s)
              AND old.requirement_met AND %s
            RETURNING {returning}, old.status AS previous_status,
                      old.approved_by_id IS NOT NULL AS approval_withdrawn
        ), event AS (
            INSERT INTO {event_table}
                (quote_id, kind, actor_id, from_status, to_status, note, data, version, created_at)
            SELECT id, %s, %s, previous_status, %s, %s,
                   jsonb_build_object('approval_withdrawn', approval_withdrawn), version, %s
            FROM new
        )
        SELECT old.version, old.requirement_met, new.*
        FROM old LEFT JOIN new ON TRUE
    """  # noqa: S608 - table and column names come from the models
    params = [
        *requirement_params,
        quote_id,
        *assignments.values(),
        expected_version,
        expected_version,
        allowed,
        kind.value,
        actor.pk,
        to_status,
        note,
        now,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None, 0, False
    current_version, requirement_met, *values = row
    if values[0] is None:
        return None, current_version, bool(requirement_met)
    attnames = [field.attname for field in meta.concrete_fields]
    quote = Quote.from_db(connection.alias, attnames, values[: len(columns)])
    return quote, current_version, bool(requirement_met)
