"""Whole-response assertions: the exact shape of each resource."""

from __future__ import annotations

import re
from typing import Any

import pytest

from claims.api.serializers import QuoteSerializer
from claims.api.views import quote_rows
from claims.services import evidence_add, quote_set_verdict
from tests.factories import DocumentFactory, SourceFactory, SpeakerFactory, make_quote


class _Timestamp:
    """Equal to any ISO 8601 UTC timestamp string."""

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, str) and bool(
            re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", other)
        )

    def __repr__(self) -> str:
        return "<timestamp>"


TIME = _Timestamp()


@pytest.fixture
def scene(reviewer):
    document = DocumentFactory(title="مقال", url="https://example.org/a", cable_ref="10PARIS191")
    speaker = SpeakerFactory(name="ستيفان غومبرتز", description="")
    speaker.aliases.create(name="Stéphane Gompertz")
    quote = make_quote(
        document=document, speaker=speaker, role="مدير قسم افريقيا", cable_date="2010-02"
    )
    source = SourceFactory(title="Cable 10PARIS191", url="https://example.org/c", cable_ref="")
    evidence = evidence_add(
        quote_id=quote.pk,
        expected_version=1,
        source_id=source.pk,
        relation="corroborates",
        excerpt="AQIM grows",
        location="§4",
        actor=reviewer,
    )
    quote = quote_set_verdict(
        quote_id=quote.pk, expected_version=2, status="corroborated", note="Cable.", actor=reviewer
    )
    return {
        "document": document,
        "speaker": speaker,
        "quote": quote,
        "source": source,
        "evidence": evidence,
    }


def test_quote_shape(viewer_api, scene) -> None:
    quote, document, speaker = scene["quote"], scene["document"], scene["speaker"]
    response = viewer_api.get(f"/api/v1/quotes/{quote.pk}/")
    assert response.json() == {
        "id": quote.pk,
        "document": {
            "id": document.pk,
            "title": "مقال",
            "language": "ar",
            "kind": "article",
            "url": "https://example.org/a",
            "cable_ref": "10PARIS191",
        },
        "text": "التعاون بين البلدين يتقدم بخطى ثابتة",
        "start": quote.start,
        "end": quote.end,
        "speaker": {"id": speaker.pk, "name": "ستيفان غومبرتز", "kind": "person"},
        "role": "مدير قسم افريقيا",
        "cable_date": "2010-02",
        "cable_date_precision": "month",
        "cable_ref": "",
        "origin": "extracted",
        "confidence": None,
        "status": "corroborated",
        "verdict_note": "Cable.",
        "verdict_by": "reviewer",
        "verdict_at": TIME,
        "approved": False,
        "approved_by": None,
        "approved_at": None,
        "assignee": None,
        "evidence_count": 1,
        "version": 3,
        "created_at": TIME,
        "updated_at": TIME,
    }
    listed = viewer_api.get("/api/v1/quotes/").json()
    assert listed == {"next": None, "previous": None, "results": [response.json()]}


def test_hand_written_quote_representation_has_the_declared_fields(viewer, scene) -> None:
    row = quote_rows(viewer).get(pk=scene["quote"].pk)
    serializer = QuoteSerializer()
    assert list(serializer.to_representation(row)) == list(serializer.fields)


def test_evidence_shape(viewer_api, scene) -> None:
    quote, source, evidence = scene["quote"], scene["source"], scene["evidence"]
    response = viewer_api.get(f"/api/v1/quotes/{quote.pk}/evidence/{evidence.pk}/")
    assert response.json() == {
        "id": evidence.pk,
        "quote": quote.pk,
        "source": {
            "id": source.pk,
            "title": "Cable 10PARIS191",
            "kind": "cable",
            "url": "https://example.org/c",
        },
        "relation": "corroborates",
        "excerpt": "AQIM grows",
        "location": "§4",
        "added_by": "reviewer",
        "added_at": TIME,
    }


def test_history_shape(viewer_api, scene) -> None:
    quote = scene["quote"]
    events = viewer_api.get(f"/api/v1/quotes/{quote.pk}/history/").json()["results"]
    assert [(e["kind"], e["version"], e["actor"]) for e in events] == [
        ("created", 1, None),
        ("evidence_added", 2, "reviewer"),
        ("verdict_changed", 3, "reviewer"),
    ]
    assert events[2] == {
        "id": events[2]["id"],
        "quote": quote.pk,
        "kind": "verdict_changed",
        "actor": "reviewer",
        "from_status": "unverified",
        "to_status": "corroborated",
        "note": "Cable.",
        "data": {"approval_withdrawn": False},
        "version": 3,
        "created_at": TIME,
    }


def test_document_shapes(viewer_api, scene) -> None:
    document = scene["document"]
    summary = {
        "id": document.pk,
        "title": "مقال",
        "language": "ar",
        "kind": "article",
        "publisher": "AFP",
        "url": "https://example.org/a",
        "published_on": None,
        "cable_ref": "10PARIS191",
        "checksum": document.checksum,
        "created_at": TIME,
        "created_by": None,
    }
    assert viewer_api.get("/api/v1/documents/").json()["results"] == [summary]
    detail = viewer_api.get(f"/api/v1/documents/{document.pk}/").json()
    assert detail == {**summary, "body": document.body}


def test_document_create_shape(reviewer_api) -> None:
    body = {"title": "t", "body": "نص", "language": "ar", "published_on": "2010-12-05"}
    created = reviewer_api.post("/api/v1/documents/", body)
    assert created.status_code == 201
    assert created.json() == {
        "id": created.json()["id"],
        "title": "t",
        "language": "ar",
        "kind": "article",
        "publisher": "",
        "url": "",
        "published_on": "2010-12-05",
        "cable_ref": "",
        "checksum": created.json()["checksum"],
        "created_at": TIME,
        "created_by": "reviewer",
        "body": "نص",
        "quotes_filed": [],
    }
    again = reviewer_api.post("/api/v1/documents/", body)
    assert again.status_code == 200
    assert again.json()["id"] == created.json()["id"]


def test_speaker_shape(viewer_api, scene) -> None:
    speaker = scene["speaker"]
    alias = speaker.aliases.get()
    expected = {
        "id": speaker.pk,
        "name": "ستيفان غومبرتز",
        "kind": "person",
        "description": "",
        "aliases": [{"id": alias.pk, "name": "Stéphane Gompertz"}],
        "created_at": TIME,
    }
    assert viewer_api.get(f"/api/v1/speakers/{speaker.pk}/").json() == expected
    assert viewer_api.get("/api/v1/speakers/").json()["results"] == [expected]


def test_speaker_create_finds_known_spellings(reviewer_api, scene) -> None:
    known = reviewer_api.post("/api/v1/speakers/", {"name": "Stéphane  Gompertz"})
    assert known.status_code == 200
    assert known.json()["id"] == scene["speaker"].pk
    new = reviewer_api.post("/api/v1/speakers/", {"name": "جانيت دوغلاس"})
    assert new.status_code == 201
    assert [a["name"] for a in new.json()["aliases"]] == ["جانيت دوغلاس"]


def test_source_shape(viewer_api, scene) -> None:
    source = scene["source"]
    expected = {
        "id": source.pk,
        "title": "Cable 10PARIS191",
        "kind": "cable",
        "url": "https://example.org/c",
        "publisher": "WikiLeaks",
        "published_on": None,
        "cable_ref": "",
        "archived_url": "",
        "created_at": TIME,
        "created_by": None,
    }
    assert viewer_api.get(f"/api/v1/sources/{source.pk}/").json() == expected
    assert viewer_api.get("/api/v1/sources/").json()["results"] == [expected]


def test_csv_export(viewer_api, scene) -> None:
    quote = scene["quote"]
    response = viewer_api.get("/api/v1/export/quotes/?status=corroborated")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines == [
        "id,document_id,document_title,text,speaker_id,speaker,role,cable_date,cable_ref,"
        "status,verdict_note,approved,approved_at,version",
        f"{quote.pk},{quote.document_id},مقال,التعاون بين البلدين يتقدم بخطى ثابتة,"
        f"{quote.speaker_id},ستيفان غومبرتز,مدير قسم افريقيا,2010-02,,corroborated,Cable.,"
        "false,,3",
    ]
    empty = viewer_api.get("/api/v1/export/quotes/?status=refuted")
    assert b"".join(empty.streaming_content).decode().count("\n") == 1


def test_csv_cells_that_look_like_formulas_are_defused(reviewer_api, reviewer) -> None:
    document = DocumentFactory(title='=HYPERLINK("x")')
    make_quote(document=document)
    text = b"".join(reviewer_api.get("/api/v1/export/quotes/").streaming_content).decode()
    assert "'=HYPERLINK" in text
