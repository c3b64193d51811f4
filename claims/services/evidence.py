"""Linking sources to quotes as evidence."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from claims.models import EventKind, Evidence, Quote, Relation, Source
from claims.services._common import (
    User,
    approval_withdrawal,
    lock_quote,
    record,
    require_perm,
    save_quote,
)
from claims.services.errors import RuleViolation
from claims.services.verdicts import REQUIRED_EVIDENCE


def _check_relation(relation: str) -> None:
    if relation not in Relation.values:
        raise RuleViolation(
            f"{relation!r} is not a relation; use one of {', '.join(Relation.values)}.",
            field="relation",
        )


def _touch(quote: Quote, kind: EventKind, actor: User, data: dict) -> None:
    withdrawn = approval_withdrawal(quote)
    save_quote(quote, withdrawn)
    record(quote, kind, actor, data={**data, "approval_withdrawn": bool(withdrawn)})


def evidence_add(
    *,
    quote_id: int,
    expected_version: int,
    source_id: int,
    relation: str,
    actor: User,
    excerpt: str = "",
    location: str = "",
) -> Evidence:
    require_perm(actor, "add_evidence", "add evidence")
    _check_relation(relation)
    with transaction.atomic():
        quote = lock_quote(quote_id, expected_version)
        if not Source.objects.filter(pk=source_id).exists():
            raise RuleViolation(f"No source with id {source_id}.", field="source")
        if Evidence.objects.filter(quote_id=quote.pk, source_id=source_id).exists():
            raise RuleViolation(
                "This source is already linked to the quote; edit that evidence instead.",
                field="source",
            )
        try:
            with transaction.atomic():
                evidence = Evidence.objects.create(
                    quote=quote,
                    source_id=source_id,
                    relation=relation,
                    excerpt=excerpt.strip(),
                    location=location.strip(),
                    added_by=actor,
                )
        except IntegrityError:
            raise RuleViolation(
                "This source is already linked to the quote.", field="source"
            ) from None
        _touch(
            quote,
            EventKind.EVIDENCE_ADDED,
            actor,
            {"evidence": evidence.pk, "source": source_id, "relation": relation},
        )
    return evidence


def _lock_evidence(evidence_id: int, expected_version: int) -> tuple[Evidence, Quote]:
    quote_id = Evidence.objects.filter(pk=evidence_id).values_list("quote_id", flat=True).first()
    if quote_id is None:
        raise RuleViolation(f"No evidence with id {evidence_id}.", field="evidence")
    quote = lock_quote(quote_id, expected_version)
    evidence = Evidence.objects.select_for_update().get(pk=evidence_id)
    return evidence, quote


def _still_supports(quote: Quote, removed: Evidence, new_relation: str | None) -> None:
    """Refuse to pull the last support from under a verdict that needs it."""
    needed = REQUIRED_EVIDENCE.get(quote.status)
    if needed is None or removed.relation != needed or new_relation == needed:
        return
    others = quote.evidence.filter(relation=needed).exclude(pk=removed.pk).exists()
    if not others:
        raise RuleViolation(
            f"This is the only evidence that {Relation(needed).label.lower()} the quote, and "
            f"its verdict '{quote.get_status_display()}' depends on it. Change the verdict first.",
            field="evidence",
        )


def evidence_update(
    *,
    evidence_id: int,
    expected_version: int,
    actor: User,
    relation: str | None = None,
    excerpt: str | None = None,
    location: str | None = None,
) -> Evidence:
    require_perm(actor, "change_evidence", "change evidence")
    if relation is not None:
        _check_relation(relation)
    with transaction.atomic():
        evidence, quote = _lock_evidence(evidence_id, expected_version)
        changes = {}
        for name, value in (("relation", relation), ("excerpt", excerpt), ("location", location)):
            if value is not None and getattr(evidence, name) != value.strip():
                changes[name] = [getattr(evidence, name), value.strip()]
        if not changes:
            return evidence
        if "relation" in changes:
            _still_supports(quote, evidence, relation)
        for name, (_, new) in changes.items():
            setattr(evidence, name, new)
        evidence.save(update_fields=list(changes))
        _touch(
            quote, EventKind.EVIDENCE_CHANGED, actor, {"evidence": evidence.pk, "changes": changes}
        )
    return evidence


def evidence_remove(*, evidence_id: int, expected_version: int, actor: User) -> Quote:
    require_perm(actor, "delete_evidence", "remove evidence")
    with transaction.atomic():
        evidence, quote = _lock_evidence(evidence_id, expected_version)
        _still_supports(quote, evidence, None)
        data = {
            "evidence": evidence.pk,
            "source": evidence.source_id,
            "relation": evidence.relation,
            "excerpt": evidence.excerpt,
        }
        evidence.delete()
        _touch(quote, EventKind.EVIDENCE_REMOVED, actor, data)
    return quote
