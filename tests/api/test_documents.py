"""Documents in, quotes out: ingestion with extraction, and re-running it."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from claims.models import Document, Origin, Quote

SEED = Path(settings.BASE_DIR) / "seeds" / "wikileaks-aqim-cables.ar.txt"


def test_creating_a_document_can_run_extraction(reviewer_api) -> None:
    body = SEED.read_text(encoding="utf-8")
    created = reviewer_api.post(
        "/api/v1/documents/", {"title": "Seed", "body": body, "language": "ar", "extract": True}
    )
    assert created.status_code == 201
    filed = created.json()["quotes_filed"]
    assert filed, "the extraction engine finds the seed article's quotations"
    for quote in Quote.objects.filter(pk__in=filed):
        assert quote.origin == Origin.EXTRACTED
        assert quote.text == body[quote.start : quote.end]
    # Running it again files nothing new and changes nothing.
    again = reviewer_api.post(f"/api/v1/documents/{created.json()['id']}/extract/")
    assert again.status_code == 200
    assert again.json() == {"document": created.json()["id"], "quotes": []}
    assert Quote.objects.count() == len(filed)


def test_without_extraction_nothing_is_filed(reviewer_api) -> None:
    created = reviewer_api.post(
        "/api/v1/documents/",
        {"title": "Seed", "body": SEED.read_text(encoding="utf-8"), "language": "ar"},
    )
    assert created.status_code == 201
    assert created.json()["quotes_filed"] == []
    assert Quote.objects.count() == 0
    assert Document.objects.get().created_by.username == "reviewer"


def test_extraction_on_request_files_the_quotes(reviewer_api) -> None:
    document = reviewer_api.post(
        "/api/v1/documents/",
        {"title": "Seed", "body": SEED.read_text(encoding="utf-8"), "language": "ar"},
    ).json()
    response = reviewer_api.post(f"/api/v1/documents/{document['id']}/extract/")
    assert response.status_code == 200
    quotes = response.json()["quotes"]
    assert quotes
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)
    assert {q["status"] for q in quotes} == {"unverified"}
