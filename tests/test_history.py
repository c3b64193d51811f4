"""Every operation writes its event; no event can be changed or deleted."""

from __future__ import annotations

import threading

import pytest
from django.db import DatabaseError, connection, connections, transaction

from claims.models import AppendOnlyError, EventKind, Quote, QuoteEvent, Relation, Verdict
from claims.services import (
    VersionConflict,
    document_ingest,
    evidence_add,
    evidence_remove,
    evidence_update,
    quote_approve,
    quote_delete,
    quote_set_verdict,
    quote_take,
    quote_update,
    speaker_merge,
)
from tests.factories import SourceFactory, SpeakerFactory, make_quote

pytestmark = pytest.mark.django_db


def kinds(quote_id: int) -> list[str]:
    return list(
        QuoteEvent.objects.filter(quote_id=quote_id).order_by("id").values_list("kind", flat=True)
    )


def test_each_operation_writes_one_event_with_the_new_version(reviewer, editor):
    quote = make_quote()
    assert kinds(quote.pk) == [EventKind.CREATED]
    quote = quote_take(quote_id=quote.pk, expected_version=quote.version, actor=reviewer)
    quote = quote_update(
        quote_id=quote.pk,
        expected_version=quote.version,
        actor=reviewer,
        changes={"cable_date": "2010-02"},
    )
    evidence = evidence_add(
        quote_id=quote.pk,
        expected_version=quote.version,
        source_id=SourceFactory().pk,
        relation=Relation.CONTEXT,
        actor=reviewer,
    )
    quote.refresh_from_db()
    evidence_update(
        evidence_id=evidence.pk,
        expected_version=quote.version,
        actor=reviewer,
        relation="corroborates",
    )
    quote.refresh_from_db()
    quote = quote_set_verdict(
        quote_id=quote.pk,
        expected_version=quote.version,
        status=Verdict.CORROBORATED,
        note="n",
        actor=reviewer,
    )
    quote = quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor)
    quote = quote_set_verdict(
        quote_id=quote.pk,
        expected_version=quote.version,
        status=Verdict.IN_REVIEW,
        note="",
        actor=reviewer,
    )
    quote = evidence_remove(evidence_id=evidence.pk, expected_version=quote.version, actor=reviewer)
    assert kinds(quote.pk) == [
        EventKind.CREATED,
        EventKind.TAKEN,
        EventKind.EDITED,
        EventKind.EVIDENCE_ADDED,
        EventKind.EVIDENCE_CHANGED,
        EventKind.VERDICT_CHANGED,
        EventKind.APPROVED,
        EventKind.VERDICT_CHANGED,
        EventKind.EVIDENCE_REMOVED,
    ]
    versions = list(
        QuoteEvent.objects.filter(quote_id=quote.pk)
        .order_by("id")
        .values_list("version", flat=True)
    )
    assert versions == list(range(1, 10))
    assert Quote.objects.get(pk=quote.pk).version == 9
    edited = QuoteEvent.objects.get(quote_id=quote.pk, kind=EventKind.EDITED)
    assert edited.actor == reviewer
    assert edited.data["changes"]["cable_date"] == [None, "2010-02-01"]


def test_merging_speakers_records_an_event_on_each_moved_quote(editor):
    keep, dup = SpeakerFactory(name="ستيفان غومبرتز"), SpeakerFactory(name="ستيفان غومبيرتز")
    quote = make_quote(speaker=dup)
    speaker_merge(source_id=dup.pk, target_id=keep.pk, actor=editor)
    quote.refresh_from_db()
    assert quote.speaker == keep
    assert kinds(quote.pk)[-1] == EventKind.SPEAKER_MERGED
    assert "ستيفان غومبيرتز" in set(keep.aliases.values_list("name", flat=True))


def test_deleting_an_open_quote_keeps_its_history(editor):
    quote = make_quote()
    quote_delete(quote_id=quote.pk, expected_version=quote.version, actor=editor)
    assert not Quote.objects.filter(pk=quote.pk).exists()
    assert kinds(quote.pk) == [EventKind.CREATED, EventKind.DELETED]


def test_a_quote_with_a_verdict_cannot_be_deleted(editor):
    quote = make_quote()
    quote = quote_set_verdict(
        quote_id=quote.pk,
        expected_version=quote.version,
        status=Verdict.DISPUTED,
        note="n",
        actor=editor,
    )
    with pytest.raises(Exception, match="cannot be deleted"):
        quote_delete(quote_id=quote.pk, expected_version=quote.version, actor=editor)
    assert Quote.objects.filter(pk=quote.pk).exists()


def test_events_cannot_be_changed_through_the_orm(quote):
    event = QuoteEvent.objects.get(quote_id=quote.pk)
    event.note = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        QuoteEvent.objects.filter(pk=event.pk).update(note="rewritten")
    with pytest.raises(AppendOnlyError):
        QuoteEvent.objects.filter(pk=event.pk).delete()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE claims_quoteevent SET note = 'rewritten' WHERE id = %s",
        "DELETE FROM claims_quoteevent WHERE id = %s",
    ],
)
def test_events_cannot_be_changed_in_sql(quote, sql):
    event = QuoteEvent.objects.get(quote_id=quote.pk)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [event.pk])
    assert QuoteEvent.objects.get(pk=event.pk).note == ""


def test_ingesting_the_same_text_twice_is_a_no_op(reviewer):
    first = document_ingest(
        title="a", body="نص المقال", language="ar", actor=reviewer, run_extraction=False
    )
    second = document_ingest(
        title="b", body="نص المقال", language="ar", actor=reviewer, run_extraction=False
    )
    assert first.created and not second.created
    assert second.document.pk == first.document.pk
    assert second.document.title == "a"


@pytest.mark.django_db(transaction=True)
def test_two_sessions_changing_one_quote_at_once(reviewer, reviewer2):
    """Both read version 1 and write together: one wins, the other is told, nothing is lost."""
    quote = make_quote()
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def session(name: str, actor, status: str, note: str) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[name] = quote_set_verdict(
                quote_id=quote.pk, expected_version=1, status=status, note=note, actor=actor
            ).status
        except VersionConflict as exc:
            outcomes[name] = exc
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=session, args=("a", reviewer, Verdict.DISPUTED, "first")),
        threading.Thread(target=session, args=("b", reviewer2, Verdict.UNVERIFIABLE, "second")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    conflicts = [o for o in outcomes.values() if isinstance(o, VersionConflict)]
    wins = [o for o in outcomes.values() if not isinstance(o, VersionConflict)]
    assert len(conflicts) == 1 and len(wins) == 1, outcomes
    assert conflicts[0].current == 2
    stored = Quote.objects.get(pk=quote.pk)
    assert stored.status == wins[0] and stored.version == 2
    assert kinds(quote.pk) == [EventKind.CREATED, EventKind.VERDICT_CHANGED]


def test_sqlite_runs_in_wal_mode_with_immediate_transactions():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
