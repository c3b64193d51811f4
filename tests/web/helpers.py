"""Small builders shared by the web tests."""

from __future__ import annotations

from claims.models import Quote, Relation, Verdict
from claims.services import evidence_add, quote_set_verdict
from tests.factories import SourceFactory


def give_verdict(quote: Quote, actor, status: str = Verdict.CORROBORATED) -> Quote:
    """Set a final verdict, adding the evidence the rules ask for first."""
    relation = {Verdict.REFUTED: Relation.CONTRADICTS}.get(status, Relation.CORROBORATES)
    evidence_add(
        quote_id=quote.pk,
        expected_version=quote.version,
        source_id=SourceFactory().pk,
        relation=relation,
        actor=actor,
    )
    quote.refresh_from_db()
    return quote_set_verdict(
        quote_id=quote.pk,
        expected_version=quote.version,
        status=status,
        note="Checked against the cable.",
        actor=actor,
    )
