"""Verdicts and their approval: the rules of DESIGN.md, in one place."""

from __future__ import annotations

from django.db import connection, transaction
from django.utils import timezone

from claims.models import EventKind, Quote, Relation, Verdict
from claims.services._common import (
    User,
    approval_withdrawal,
    lock_quote,
    no_such_quote,
    quote_write_in_one_statement,
    record,
    require_perm,
    save_quote,
)
from claims.services.errors import RuleViolation, VersionConflict

# A verdict that claims support needs the matching kind of evidence.
REQUIRED_EVIDENCE = {
    Verdict.CORROBORATED: Relation.CORROBORATES,
    Verdict.REFUTED: Relation.CONTRADICTS,
}


def verdict_problems(*, quote: Quote, status: str, note: str) -> list[RuleViolation]:
    """Every rule the verdict would break, without writing anything.

    Forms call this to show all problems at once; ``quote_set_verdict`` checks
    the same rules under the lock and refuses on the first.
    """
    problems = _input_problems(status=status, note=note)
    if status not in Verdict.values:
        return problems
    relation = REQUIRED_EVIDENCE.get(status)
    if relation and not quote.evidence.filter(relation=relation).exists():
        problems.append(_missing_evidence(status))
    return problems


def _input_problems(*, status: str, note: str) -> list[RuleViolation]:
    """The rules that need only the input, not the quote."""
    if status not in Verdict.values:
        return [
            RuleViolation(
                f"{status!r} is not a verdict; use one of {', '.join(Verdict.values)}.",
                field="status",
            )
        ]
    if status in Verdict.final() and not (note or "").strip():
        return [
            RuleViolation("Every verdict needs a note saying how it was reached.", field="note")
        ]
    return []


def _missing_evidence(status: str) -> RuleViolation:
    relation = REQUIRED_EVIDENCE[status]
    return RuleViolation(
        f"'{Verdict(status).label}' needs at least one piece of evidence that "
        f"{Relation(relation).label.lower()} the quote.",
        field="status",
    )


def _verdict_fields(*, status: str, note: str, actor: User) -> dict:
    fields = {
        "status": status,
        "verdict_note": (note or "").strip(),
        "verdict_by": actor,
        "verdict_at": timezone.now(),
    }
    if status == Verdict.IN_REVIEW:
        fields["assignee"] = actor
    elif status == Verdict.UNVERIFIED:
        fields["assignee"] = None
    return fields


def quote_set_verdict(
    *, quote_id: int, expected_version: int, status: str, note: str, actor: User
) -> Quote:
    """Record a verdict with its note; any approval is withdrawn.

    On PostgreSQL the lock, the checks, the update and the event are one
    statement (``quote_write_in_one_statement``): the same guarantees, with
    one round trip instead of five (BEGIN, lock, update, event, COMMIT).
    """
    require_perm(actor, "set_verdict", "set verdicts")
    if connection.vendor == "postgresql":
        return _set_verdict_in_one_statement(
            quote_id=quote_id,
            expected_version=expected_version,
            status=status,
            note=note,
            actor=actor,
        )
    with transaction.atomic():
        quote = lock_quote(quote_id, expected_version)
        problems = verdict_problems(quote=quote, status=status, note=note)
        if problems:
            raise problems[0]
        previous = quote.status
        withdrawn = approval_withdrawal(quote)
        fields = {**_verdict_fields(status=status, note=note, actor=actor), **withdrawn}
        save_quote(quote, fields)
        record(
            quote,
            EventKind.VERDICT_CHANGED,
            actor,
            from_status=previous,
            to_status=status,
            note=fields["verdict_note"],
            data={"approval_withdrawn": bool(withdrawn)},
        )
    return quote


def _set_verdict_in_one_statement(
    *, quote_id: int, expected_version: int | None, status: str, note: str, actor: User
) -> Quote:
    # Checked in the same order as above: missing quote, stale version, then
    # the rules (input first, evidence last).
    problems = _input_problems(status=status, note=note)
    fields = _verdict_fields(status=status, note=note, actor=actor)
    quote, current_version, evidence_ok = quote_write_in_one_statement(
        quote_id=quote_id,
        expected_version=expected_version,
        fields=fields,
        kind=EventKind.VERDICT_CHANGED,
        actor=actor,
        to_status=status,
        note=fields["verdict_note"],
        allowed=not problems,
        requires_evidence=None if problems else REQUIRED_EVIDENCE.get(status),
    )
    if quote is not None:
        return quote
    if not current_version:
        raise no_such_quote(quote_id)
    if expected_version is not None and current_version != expected_version:
        raise VersionConflict(expected=expected_version, current=current_version)
    if problems:
        raise problems[0]
    if not evidence_ok:
        raise _missing_evidence(status)
    raise VersionConflict(expected=expected_version or current_version, current=current_version)


def approval_problems(*, quote: Quote, actor: User) -> list[RuleViolation]:
    problems: list[RuleViolation] = []
    if quote.status not in Verdict.final():
        problems.append(
            RuleViolation(
                f"Only a final verdict can be approved; this quote is "
                f"'{quote.get_status_display()}'.",
                field="status",
            )
        )
    elif quote.approved_by_id is not None:
        problems.append(RuleViolation("This verdict is already approved.", field="status"))
    if quote.verdict_by_id is not None and quote.verdict_by_id == actor.pk:
        problems.append(
            RuleViolation(
                "You set this verdict: another editor must approve it.", field="approved_by"
            )
        )
    return problems


def quote_approve(*, quote_id: int, expected_version: int, actor: User) -> Quote:
    """A second editor approves the current verdict (four eyes)."""
    require_perm(actor, "approve_verdict", "approve verdicts")
    with transaction.atomic():
        quote = lock_quote(quote_id, expected_version)
        problems = approval_problems(quote=quote, actor=actor)
        if problems:
            raise problems[0]
        save_quote(quote, {"approved_by": actor, "approved_at": timezone.now()})
        record(
            quote,
            EventKind.APPROVED,
            actor,
            from_status=quote.status,
            to_status=quote.status,
            data={"verdict_by": quote.verdict_by_id},
        )
    return quote
