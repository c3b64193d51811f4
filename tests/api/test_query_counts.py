"""Query counts of every list and detail endpoint, the same for 1 and 50 rows.

With a token, every request costs one query of authentication: the knox
token with its user (one join) and the user's permissions, user and group
ones, as a scalar subquery (claims/api/auth.py); then the endpoint's own
queries, listed per row below.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.services import evidence_add, quote_approve, quote_set_verdict
from tests.api.conftest import token_client
from tests.factories import DocumentFactory, SourceFactory, SpeakerFactory, make_quote

AUTH = 1  # token + user + permissions

# (url, rows it lists, the endpoint's own queries after AUTH)
ENDPOINTS = [
    ("/api/v1/quotes/", 1),  # the page, with document, speaker, users, evidence count
    # a search's page: the newest SEARCH_WINDOW ids first, then (here, with
    # too few rows for a full page) the indexes (selectors.newest_first)
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


@contextmanager
def round_trips() -> Iterator[Callable[[], int]]:
    """Statements as PostgreSQL sees them: libpq's trace of the connection,
    counting the server's ReadyForQuery messages (one per statement, BEGIN
    and COMMIT included, whatever Django's own query log shows)."""
    connection.ensure_connection()
    pgconn = connection.connection.pgconn
    with tempfile.TemporaryFile() as trace:
        pgconn.trace(trace.fileno())
        counted: list[int] = []
        try:
            yield lambda: counted[0]
        finally:
            pgconn.untrace()
            trace.seek(0)
            lines = trace.read().decode(errors="replace").splitlines()
            counted.append(sum("\tB\t" in line and "ReadyForQuery" in line for line in lines))


@pytest.mark.skipif("connection.vendor != 'postgresql'")
@pytest.mark.django_db(transaction=True)
def test_reads_and_set_verdict_take_at_most_three_statements(reviewer) -> None:
    """Counted on the wire, under autocommit as in production:
    list/detail: 1. token + user + permissions, 2. the page;
    search: 2. the newest rows within a window of ids, 3. only when that
    window holds too few matches, the rest by the indexes (selectors);
    set verdict: 1. auth, 2. lock + version check + update + event in one
    statement (services._common.quote_write_in_one_statement), 3. the quote
    read back for the response. No BEGIN, no COMMIT."""
    api = token_client(reviewer)
    quote = make_quote()
    cases = {
        "list": (lambda: api.get("/api/v1/quotes/"), 2),
        "detail": (lambda: api.get(f"/api/v1/quotes/{quote.pk}/"), 2),
        "search": (lambda: api.get("/api/v1/quotes/", {"q": "nowhere-to-be-found"}), 3),
        "set verdict": (
            lambda: api.post(
                f"/api/v1/quotes/{quote.pk}/verdict/",
                json.dumps({"status": "in_review", "version": 1}),
                content_type="application/json",
            ),
            3,
        ),
    }
    for name, (request, expected) in cases.items():
        with round_trips() as count:
            response = request()
        assert response.status_code == 200, (name, response.content[:300])
        assert count() == expected, name
