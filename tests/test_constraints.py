"""The database refuses rows that break a rule, whatever code writes them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, connection, transaction

from claims.models import Evidence, Quote, Relation
from tests.factories import DocumentFactory, SourceFactory, SpeakerFactory, make_quote

pytestmark = pytest.mark.django_db


def refused(fn) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


def _quote_row(document, **overrides) -> Quote:
    phrase = "التعاون بين البلدين يتقدم بخطى ثابتة"
    start = document.body.index(phrase)
    fields = {
        "document": document,
        "text": phrase,
        "text_normalized": phrase,
        "start": start,
        "end": start + len(phrase),
    }
    fields.update(overrides)
    return Quote.objects.create(**fields)


def test_a_consistent_quote_row_is_accepted():
    document = DocumentFactory()
    assert _quote_row(document).pk


def test_offsets_must_be_in_order():
    document = DocumentFactory()
    refused(lambda: _quote_row(document, start=10, end=10, text=""))


def test_offsets_must_lie_inside_the_document():
    document = DocumentFactory()
    n = len(document.body)
    refused(lambda: _quote_row(document, start=n - 2, end=n + 5, text=document.body[n - 2 :]))


def test_quote_text_must_be_the_document_text_between_its_offsets():
    document = DocumentFactory()
    refused(lambda: _quote_row(document, text="كلام لم يقله أحد في هذا المقال"))


def test_one_evidence_per_quote_and_source(reviewer):
    quote = make_quote()
    source = SourceFactory()
    Evidence.objects.create(
        quote=quote, source=source, relation=Relation.CONTEXT, added_by=reviewer
    )
    refused(
        lambda: Evidence.objects.create(
            quote=quote, source=source, relation=Relation.CORROBORATES, added_by=reviewer
        )
    )


def test_document_checksum_is_unique():
    document = DocumentFactory()
    refused(lambda: DocumentFactory(body=document.body + " ", checksum=document.checksum))


@pytest.mark.parametrize(
    ("field", "value"),
    [("status", "true-ish"), ("origin", "scraped"), ("cable_date_precision", "week")],
)
def test_unknown_choice_values_are_refused(field, value):
    document = DocumentFactory()
    extra = {field: value}
    if field == "cable_date_precision":
        extra["cable_date"] = dt.date(2010, 2, 1)
    refused(lambda: _quote_row(document, **extra))


def test_unknown_evidence_relation_is_refused(reviewer):
    quote = make_quote()
    refused(
        lambda: Evidence.objects.create(
            quote=quote, source=SourceFactory(), relation="agrees", added_by=reviewer
        )
    )


@pytest.mark.parametrize("ref", ["10PARIS191", "09BAMAKO1234", "06USUNNEWYORK12"])
def test_cable_references_of_the_cable_id_form_are_accepted(ref):
    assert _quote_row(DocumentFactory(), cable_ref=ref).pk


@pytest.mark.parametrize(
    "ref", ["PARIS191", "10paris191", "10 PARIS 191", "2010PARIS191", "10PARIS"]
)
def test_malformed_cable_references_are_refused(ref):
    document = DocumentFactory()
    refused(lambda: _quote_row(document, cable_ref=ref))


def test_a_date_needs_its_precision_and_a_precision_its_date():
    document = DocumentFactory()
    refused(lambda: _quote_row(document, cable_date=dt.date(2010, 2, 1)))
    refused(lambda: _quote_row(document, cable_date_precision="month"))
    assert _quote_row(document, cable_date=dt.date(2010, 2, 1), cable_date_precision="month").pk


def test_approval_by_the_verdict_author_is_refused_by_the_database(editor):
    quote = make_quote()
    Quote.objects.filter(pk=quote.pk).update(status="disputed", verdict_note="n", verdict_by=editor)
    refused(lambda: Quote.objects.filter(pk=quote.pk).update(approved_by=editor))


def test_approval_of_an_open_quote_is_refused_by_the_database(editor, reviewer):
    quote = make_quote()
    refused(
        lambda: Quote.objects.filter(pk=quote.pk).update(verdict_by=reviewer, approved_by=editor)
    )


def test_a_document_body_is_never_rewritten():
    document = DocumentFactory()
    with (
        pytest.raises(Exception, match="never rewritten"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "UPDATE claims_document SET body = %s WHERE id = %s", ["نص آخر", document.pk]
        )


def test_speaker_kind_must_be_known():
    refused(lambda: SpeakerFactory(kind="alien"))
