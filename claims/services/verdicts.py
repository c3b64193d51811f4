"""Verdicts and their approval: the rules of DESIGN.md, in one place."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from claims.models import EventKind, Quote, Relation, Verdict
from claims.services._common import (
    User,
    approval_withdrawal,
    lock_quote,
    record,
    require_perm,
    save_quote,
)
from claims.services.errors import RuleViolation

# A verdict that claims support needs the matching kind of evidence.
REQUIRED_EVIDENCE = {
    Verdict.CORROBORATED: Relation.CORROBORATES,
    Verdict.REFUTED: Relation.CONTRADICTS,
}


def verdict_problems(*, quote: Quote, status: str, note: str) -> list[RuleViolation]:
    """Every rule the verdict would break, without writing anything.

    Forms call this to show all problems at once; ``quote_set_verdict`` calls
    it again under the lock and refuses on the first.
    """
    problems: list[RuleViolation] = []
    if status not in Verdict.values:
        problems.append(
            RuleViolation(
                f"{status!r} is not a verdict; use one of {', '.join(Verdict.values)}.",
                field="status",
            )
        )
        return problems
    if status in Verdict.final() and not (note or "").strip():
        problems.append(
            RuleViolation("Every verdict needs a note saying how it was reached.", field="note")
        )
    relation = REQUIRED_EVIDENCE.get(status)
    if relation and not quote.evidence.filter(relation=relation).exists():
        problems.append(
            RuleViolation(
                f"'{Verdict(status).label}' needs at least one piece of evidence that "
                f"{Relation(relation).label.lower()} the quote.",
                field="status",
            )
        )
    return problems


def quote_set_verdict(
    *, quote_id: int, expected_version: int, status: str, note: str, actor: User
) -> Quote:
    """Record a verdict with its note; any approval is withdrawn."""
    require_perm(actor, "set_verdict", "set verdicts")
    with transaction.atomic():
        quote = lock_quote(quote_id, expected_version)
        problems = verdict_problems(quote=quote, status=status, note=note)
        if problems:
            raise problems[0]
        previous = quote.status
        withdrawn = approval_withdrawal(quote)
        fields = {
            "status": status,
            "verdict_note": (note or "").strip(),
            "verdict_by": actor,
            "verdict_at": timezone.now(),
            **withdrawn,
        }
        if status == Verdict.IN_REVIEW:
            fields["assignee"] = actor
        elif status == Verdict.UNVERIFIED:
            fields["assignee"] = None
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
