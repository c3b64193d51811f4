"""ClaimReview JSON-LD, field by field, for a quote of the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from claims.claimreview import claim_review
from claims.models import Quote
from claims.services import (
    document_ingest,
    evidence_add,
    quote_approve,
    quote_create,
    quote_set_verdict,
    speaker_resolve,
)
from tests.factories import SourceFactory

SEED = Path(settings.BASE_DIR) / "seeds" / "wikileaks-aqim-cables.ar.txt"
TITLE = "وثائق ويكيليكس: تعاون فرنسي أمريكي ضد القاعدة في بلاد المغرب الإسلامي"
GOMPERTZ = (
    "تنظيم القاعدة في بلاد المغرب الاسلامي ينمو حتى شمال بوركينا فاسو وهو يجمع مقاتلين "
    "في السنغال وسيجد بعض الضعف في شمال نيجيريا"
)
ROLE = "مدير قسم افريقيا في وزارة الخارجية الفرنسية"


@pytest.fixture
def seed_quote(reviewer, editor2):
    """The February 2010 cable quote of Stéphane Gompertz, corroborated and approved."""
    body = SEED.read_text(encoding="utf-8")
    document = document_ingest(
        title=TITLE,
        body=body,
        language="ar",
        publisher="AFP (via Le Monde)",
        actor=None,
        system=True,
        run_extraction=False,
    ).document
    start = body.index(GOMPERTZ)
    speaker = speaker_resolve(name="ستيفان غومبرتز")
    quote = quote_create(
        document_id=document.pk,
        start=start,
        end=start + len(GOMPERTZ),
        actor=reviewer,
        speaker_id=speaker.pk,
        role=ROLE,
        cable_date="2010-02",
    )
    source = SourceFactory(title="US cable, Paris, February 2010")
    evidence_add(
        quote_id=quote.pk,
        expected_version=1,
        source_id=source.pk,
        relation="corroborates",
        actor=reviewer,
    )
    note = "The cable quoted by Le Monde says the same."
    quote = quote_set_verdict(
        quote_id=quote.pk, expected_version=2, status="corroborated", note=note, actor=reviewer
    )
    return quote_approve(quote_id=quote.pk, expected_version=3, actor=editor2)


@override_settings(
    FACTCHECK_PUBLISHER_NAME="مكتب التحقق", FACTCHECK_PUBLISHER_URL="https://factcheck.example/"
)
def test_claimreview_of_the_seed_quote(viewer_api, seed_quote) -> None:
    response = viewer_api.get(f"/api/v1/quotes/{seed_quote.pk}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    review = response.json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"http://testserver/quotes/{seed_quote.pk}/"
    assert review["claimReviewed"] == GOMPERTZ
    assert review["inLanguage"] == "ar"
    assert review["datePublished"] == seed_quote.approved_at.date().isoformat()
    assert review["author"] == {
        "@type": "Organization",
        "name": "مكتب التحقق",
        "url": "https://factcheck.example/",
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Corroborated",
        "ratingExplanation": "The cable quoted by Le Monde says the same.",
    }
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Person", "name": "ستيفان غومبرتز", "jobTitle": ROLE}
    assert claim["datePublished"] == "2010-02"  # the cable's month, as precise as known
    assert claim["appearance"] == {
        "@type": "NewsArticle",
        "headline": TITLE,
        "inLanguage": "ar",
        "publisher": {"@type": "Organization", "name": "AFP (via Le Monde)"},
    }
    assert "firstAppearance" not in claim  # the article names no cable ID
    assert set(review) == {
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "inLanguage",
        "datePublished",
        "author",
        "reviewRating",
        "itemReviewed",
    }


def test_an_edit_withdraws_the_published_review(viewer_api, editor_api, seed_quote) -> None:
    edited = editor_api.patch(
        f"/api/v1/quotes/{seed_quote.pk}/", {"cable_ref": "10PARIS191"}, HTTP_IF_MATCH='"4"'
    )
    assert edited.status_code == 200
    assert edited.json()["approved"] is False  # the edit withdrew the approval
    withdrawn = viewer_api.get(f"/api/v1/quotes/{seed_quote.pk}/claimreview/")
    assert withdrawn.status_code == 404
    assert "approved" in withdrawn.json()["detail"]


def test_first_appearance_from_the_cable_reference(seed_quote, editor) -> None:
    # An illustrative cable ID (the seed article does not give the real one),
    # set behind the services' back so that the approval stays.
    Quote.objects.filter(pk=seed_quote.pk).update(cable_ref="10PARIS191")
    quote = Quote.objects.with_related().get(pk=seed_quote.pk)
    claim = claim_review(quote, base_url="https://desk.example")["itemReviewed"]
    assert claim["firstAppearance"] == {
        "@type": "CreativeWork",
        "name": "US diplomatic cable 10PARIS191",
        "identifier": "10PARIS191",
        "url": "https://wikileaks.org/plusd/cables/10PARIS191_a.html",
        "datePublished": "2010-02",
    }


def test_not_approved_is_404_with_the_reason(viewer_api, quote) -> None:
    response = viewer_api.get(f"/api/v1/quotes/{quote.pk}/claimreview/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == "not_published"
    assert "no final verdict" in response.json()["detail"]


def test_bulk_export_holds_every_approved_verdict(viewer_api, seed_quote, quote) -> None:
    response = viewer_api.get("/api/v1/export/claimreviews/")
    assert response["Content-Type"] == "application/ld+json"
    graph = json.loads(b"".join(response.streaming_content))
    assert graph["@context"] == "https://schema.org"
    assert [item["claimReviewed"] for item in graph["@graph"]] == [GOMPERTZ]
    assert "@context" not in graph["@graph"][0]
