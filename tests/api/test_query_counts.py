"""Query counts of every list and detail endpoint, the same for 1 and 50 rows.

With a token, every request costs:
  1. the knox token with its user (one join);
  2. the user's permissions, user and group ones in one query (permissions.py);
then the endpoint's own queries, listed per row below.
"""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.services import evidence_add, quote_approve, quote_set_verdict
from tests.factories import DocumentFactory, SourceFactory, SpeakerFactory, make_quote

AUTH = 2  # token + user, permissions

# (url, rows it lists, the endpoint's own queries after AUTH)
ENDPOINTS = [
    ("/api/v1/quotes/", 1),  # the page, with document, speaker, users, evidence count
    # q looks the matching speakers up first (selectors.quote_search)
    ("/api/v1/quotes/?q=التعاون&has_evidence=true&status=corroborated", 2),
    ("/api/v1/quotes/?ordering=-cable_date&approved=true", 1),
    ("/api/v1/quotes/{quote}/", 1),
    ("/api/v1/quotes/{quote}/claimreview/", 1),
    ("/api/v1/quotes/{quote}/history/", 1),  # the events with their actors
    ("/api/v1/quotes/{quote}/evidence/", 2),  # the quote exists; the evidence with sources
    ("/api/v1/quotes/{quote}/evidence/{evidence}/", 1),
    ("/api/v1/documents/", 1),
    ("/api/v1/documents/{document}/", 1),
    ("/api/v1/speakers/", 2),  # the speakers; their aliases (prefetch)
    ("/api/v1/speakers/{speaker}/", 2),
    ("/api/v1/sources/", 1),
    ("/api/v1/sources/{source}/", 1),
    ("/api/v1/export/claimreviews/", 1),  # one streamed query
    ("/api/v1/export/quotes/", 1),
]


def _make(n: int, reviewer, editor) -> dict[str, int]:
    """``n`` approved quotes with evidence, over n documents, speakers and sources."""
    ids: dict[str, int] = {}
    for _ in range(n):
        speaker = SpeakerFactory()
        speaker.aliases.create(name=f"alias of {speaker.name}")
        quote = make_quote(speaker=speaker, document=DocumentFactory(), cable_date="2010-02")
        source = SourceFactory()
        evidence = evidence_add(
            quote_id=quote.pk,
            expected_version=1,
            source_id=source.pk,
            relation="corroborates",
            actor=reviewer,
        )
        quote = quote_set_verdict(
            quote_id=quote.pk, expected_version=2, status="corroborated", note="n", actor=reviewer
        )
        quote_approve(quote_id=quote.pk, expected_version=3, actor=editor)
        ids = {
            "quote": quote.pk,
            "evidence": evidence.pk,
            "document": quote.document_id,
            "speaker": speaker.pk,
            "source": source.pk,
        }
    return ids


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, (url, response.content[:300])
    return len(queries)


def test_query_counts_are_constant(viewer_api, reviewer, editor) -> None:
    # One test for all endpoints: building 50 rows through the services is
    # the slow part, so it is done once rather than once per endpoint.
    ids = _make(1, reviewer, editor)
    one = {url: _count(viewer_api, url.format(**ids)) for url, _ in ENDPOINTS}
    ids = _make(49, reviewer, editor)
    fifty = {url: _count(viewer_api, url.format(**ids)) for url, _ in ENDPOINTS}
    expected = {url: AUTH + own for url, own in ENDPOINTS}
    assert one == expected
    assert fifty == expected
    page = viewer_api.get("/api/v1/quotes/").json()
    assert len(page["results"]) == 50
