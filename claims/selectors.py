"""Reads that more than one interface needs: visibility, search, the queues."""

from __future__ import annotations

from django.db import connection
from django.db.models import Q, QuerySet

from claims.extraction.normalize import normalize
from claims.models import Quote, Verdict


def quotes_visible_to(user) -> QuerySet[Quote]:  # noqa: ANN001
    """Every interface starts from this: nothing for users outside the roles."""
    if not user.is_authenticated or not user.has_perm("claims.view_quote"):
        return Quote.objects.none()
    return Quote.objects.with_related()


def quote_search(queryset: QuerySet[Quote], q: str) -> QuerySet[Quote]:
    """Quotes whose text, speaker or alias matches ``q`` in any Arabic spelling.

    The query is normalised the same way as the stored text, so ``القاعده``
    finds ``القاعدة``. (PostgreSQL's full-text and trigram paths build on this.)
    """
    key = normalize(q or "")
    if not key:
        return queryset
    condition = Q(text_normalized__contains=key) | Q(speaker__name_normalized__contains=key)
    condition |= Q(speaker__aliases__name_normalized__contains=key)
    matching = queryset.filter(condition).values("pk")
    return queryset.filter(pk__in=matching)


def review_queue(user) -> QuerySet[Quote]:  # noqa: ANN001
    """Quotes in review that ``user`` took."""
    return quotes_visible_to(user).filter(status=Verdict.IN_REVIEW, assignee=user)


def awaiting_approval(user) -> QuerySet[Quote]:  # noqa: ANN001
    """Final verdicts not yet approved and not set by ``user`` (editors only)."""
    if not user.has_perm("claims.approve_verdict"):
        return Quote.objects.none()
    return (
        quotes_visible_to(user)
        .filter(status__in=sorted(Verdict.final()), approved_by__isnull=True)
        .exclude(verdict_by=user)
    )


def database_is_postgres() -> bool:
    return connection.vendor == "postgresql"
