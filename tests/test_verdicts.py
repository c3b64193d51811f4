"""Every verdict rule of DESIGN.md, each with the case it must refuse."""

from __future__ import annotations

import pytest

from claims.models import EventKind, Quote, Relation, Verdict
from claims.services import (
    NotAllowed,
    RuleViolation,
    VersionConflict,
    evidence_add,
    evidence_remove,
    quote_approve,
    quote_set_verdict,
    quote_take,
    quote_update,
)
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def set_verdict(quote: Quote, actor, status: str, note: str = "checked against the cable") -> Quote:
    return quote_set_verdict(
        quote_id=quote.pk, expected_version=quote.version, status=status, note=note, actor=actor
    )


def add_evidence(quote: Quote, actor, relation: str):
    evidence = evidence_add(
        quote_id=quote.pk,
        expected_version=quote.version,
        source_id=SourceFactory().pk,
        relation=relation,
        actor=actor,
        excerpt="the cable says so",
    )
    quote.refresh_from_db()
    return evidence


def test_corroborated_needs_corroborating_evidence(quote, reviewer):
    with pytest.raises(RuleViolation) as err:
        set_verdict(quote, reviewer, Verdict.CORROBORATED)
    assert err.value.field == "status"
    add_evidence(quote, reviewer, Relation.CONTEXT)
    with pytest.raises(RuleViolation):
        set_verdict(quote, reviewer, Verdict.CORROBORATED)
    add_evidence(quote, reviewer, Relation.CORROBORATES)
    assert set_verdict(quote, reviewer, Verdict.CORROBORATED).status == Verdict.CORROBORATED


def test_refuted_needs_contradicting_evidence(quote, reviewer):
    add_evidence(quote, reviewer, Relation.CORROBORATES)
    with pytest.raises(RuleViolation):
        set_verdict(quote, reviewer, Verdict.REFUTED)
    add_evidence(quote, reviewer, Relation.CONTRADICTS)
    assert set_verdict(quote, reviewer, Verdict.REFUTED).status == Verdict.REFUTED


@pytest.mark.parametrize("status", sorted(Verdict.final()))
def test_every_final_verdict_needs_a_note(quote, reviewer, status):
    add_evidence(quote, reviewer, Relation.CORROBORATES)
    add_evidence(quote, reviewer, Relation.CONTRADICTS)
    with pytest.raises(RuleViolation) as err:
        set_verdict(quote, reviewer, status, note="   ")
    assert err.value.field == "note"


def test_in_review_needs_no_note_and_assigns_the_reviewer(quote, reviewer):
    quote = set_verdict(quote, reviewer, Verdict.IN_REVIEW, note="")
    assert quote.assignee == reviewer


def test_unknown_status_is_refused_naming_the_field(quote, reviewer):
    with pytest.raises(RuleViolation) as err:
        set_verdict(quote, reviewer, "probably-true")
    assert err.value.field == "status"


def test_a_viewer_may_not_set_a_verdict(quote, viewer, outsider):
    for person in (viewer, outsider):
        with pytest.raises(NotAllowed):
            set_verdict(quote, person, Verdict.DISPUTED)
    assert Quote.objects.get(pk=quote.pk).status == Verdict.UNVERIFIED


def test_approval_needs_a_second_editor(quote, editor, editor2):
    quote = set_verdict(quote, editor, Verdict.DISPUTED)
    with pytest.raises(RuleViolation) as err:
        quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor)
    assert err.value.field == "approved_by"
    quote = quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor2)
    assert quote.approved_by == editor2
    assert quote.events.filter(kind=EventKind.APPROVED).count() == 1


def test_a_reviewer_may_not_approve(quote, reviewer, reviewer2):
    quote = set_verdict(quote, reviewer, Verdict.DISPUTED)
    with pytest.raises(NotAllowed):
        quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=reviewer2)


def test_an_open_quote_cannot_be_approved(quote, editor):
    with pytest.raises(RuleViolation):
        quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor)


def test_an_approved_verdict_cannot_be_approved_twice(quote, reviewer, editor, editor2):
    quote = set_verdict(quote, reviewer, Verdict.DISPUTED)
    quote = quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor)
    with pytest.raises(RuleViolation):
        quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor2)


def test_a_later_verdict_change_withdraws_the_approval(quote, reviewer, editor):
    quote = set_verdict(quote, reviewer, Verdict.DISPUTED)
    quote = quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor)
    quote = set_verdict(quote, reviewer, Verdict.UNVERIFIABLE, note="the cable is not public")
    assert quote.approved_by is None
    event = quote.events.latest("id")
    assert event.kind == EventKind.VERDICT_CHANGED
    assert event.data["approval_withdrawn"] is True


def test_a_later_edit_withdraws_the_approval(quote, reviewer, editor):
    quote = set_verdict(quote, reviewer, Verdict.DISPUTED)
    quote = quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor)
    quote = quote_update(
        quote_id=quote.pk, expected_version=quote.version, actor=reviewer, changes={"role": "وزير"}
    )
    assert Quote.objects.get(pk=quote.pk).approved_by is None


def test_the_only_supporting_evidence_cannot_be_pulled_from_under_the_verdict(quote, reviewer):
    evidence = add_evidence(quote, reviewer, Relation.CORROBORATES)
    quote = set_verdict(quote, reviewer, Verdict.CORROBORATED)
    with pytest.raises(RuleViolation):
        evidence_remove(evidence_id=evidence.pk, expected_version=quote.version, actor=reviewer)
    assert quote.evidence.count() == 1


def test_a_quote_with_a_verdict_is_no_longer_taken(quote, reviewer):
    quote = set_verdict(quote, reviewer, Verdict.UNVERIFIABLE)
    with pytest.raises(RuleViolation):
        quote_take(quote_id=quote.pk, expected_version=quote.version, actor=reviewer)


def test_a_stale_version_is_a_conflict_not_an_overwrite(quote, reviewer, reviewer2):
    stale = quote.version
    set_verdict(quote, reviewer, Verdict.IN_REVIEW, note="")
    with pytest.raises(VersionConflict) as err:
        quote_set_verdict(
            quote_id=quote.pk,
            expected_version=stale,
            status=Verdict.UNVERIFIABLE,
            note="x",
            actor=reviewer2,
        )
    assert err.value.current == stale + 1
    assert Quote.objects.get(pk=quote.pk).status == Verdict.IN_REVIEW
