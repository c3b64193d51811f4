"""ETag / If-Match: no lost update, ever."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from claims.models import EventKind, Quote, QuoteEvent
from tests.api.conftest import token_client
from tests.factories import make_quote


def test_detail_carries_the_version_as_etag(viewer_api, quote) -> None:
    response = viewer_api.get(f"/api/v1/quotes/{quote.pk}/")
    assert response["ETag"] == '"1"'


def test_second_writer_with_the_same_etag_gets_412(reviewer_api, reviewer2_api, quote) -> None:
    etag = reviewer_api.get(f"/api/v1/quotes/{quote.pk}/")["ETag"]
    first = reviewer_api.patch(
        f"/api/v1/quotes/{quote.pk}/", {"role": "وزير الخارجية"}, HTTP_IF_MATCH=etag
    )
    second = reviewer2_api.patch(
        f"/api/v1/quotes/{quote.pk}/", {"role": "السفير"}, HTTP_IF_MATCH=etag
    )
    assert first.status_code == 200
    assert first["ETag"] == '"2"'
    assert second.status_code == 412
    assert second.json()["current_version"] == 2
    assert second.json()["errors"] == {"version": [second.json()["detail"]]}
    assert second["ETag"] == '"2"'
    quote.refresh_from_db()
    assert quote.role == "وزير الخارجية"
    edits = QuoteEvent.objects.filter(quote_id=quote.pk, kind=EventKind.EDITED)
    assert edits.count() == 1


def test_version_in_the_body_works_like_if_match(reviewer_api, quote) -> None:
    stale = reviewer_api.post(
        f"/api/v1/quotes/{quote.pk}/verdict/", {"status": "in_review", "version": 7}
    )
    assert stale.status_code == 412
    fresh = reviewer_api.post(
        f"/api/v1/quotes/{quote.pk}/verdict/", {"status": "in_review", "version": 1}
    )
    assert fresh.status_code == 200
    assert fresh.json()["version"] == 2


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("patch", "", {"role": "x"}),
        ("delete", "", None),
        ("post", "verdict/", {"status": "in_review"}),
        ("post", "take/", {}),
        ("post", "approve/", {}),
    ],
)
def test_a_write_without_a_version_gets_428(editor_api, quote, method, suffix, body) -> None:
    response = getattr(editor_api, method)(f"/api/v1/quotes/{quote.pk}/{suffix}", body)
    assert response.status_code == 428
    assert "version" in response.json()["errors"]
    quote.refresh_from_db()
    assert quote.version == 1


def test_if_match_star_and_garbage_are_refused(reviewer_api, quote) -> None:
    for header in ("*", "abc", '"1", "2"'):
        response = reviewer_api.patch(
            f"/api/v1/quotes/{quote.pk}/", {"role": "x"}, HTTP_IF_MATCH=header
        )
        assert response.status_code == 400
        assert list(response.json()["errors"]) == ["if_match"]


def test_if_match_and_body_version_must_agree(reviewer_api, quote) -> None:
    response = reviewer_api.patch(
        f"/api/v1/quotes/{quote.pk}/", {"role": "x", "version": 2}, HTTP_IF_MATCH='"1"'
    )
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["version"]


def test_evidence_writes_check_the_quote_version(reviewer_api, quote) -> None:
    from tests.factories import SourceFactory

    source = SourceFactory()
    url = f"/api/v1/quotes/{quote.pk}/evidence/"
    added = reviewer_api.post(
        url, {"source": source.pk, "relation": "context"}, HTTP_IF_MATCH='"1"'
    )
    assert added.status_code == 201
    assert added["ETag"] == '"2"'
    stale = reviewer_api.patch(
        f"{url}{added.json()['id']}/", {"location": "p. 2"}, HTTP_IF_MATCH='"1"'
    )
    assert stale.status_code == 412
    assert stale.json()["current_version"] == 2


@pytest.mark.django_db(transaction=True)
def test_simultaneous_writers_one_wins(reviewer, reviewer2) -> None:
    """Two threads, two connections, the same ETag, at the same moment."""
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(
        "file:memorydb"
    ):
        pytest.skip("an in-memory SQLite database is not shared between threads")
    quote = make_quote()
    clients = [token_client(reviewer), token_client(reviewer2)]
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def write(client, role: str) -> None:
        barrier.wait()
        response = client.patch(f"/api/v1/quotes/{quote.pk}/", {"role": role}, HTTP_IF_MATCH='"1"')
        statuses.append(response.status_code)
        connection.close()

    threads = [
        threading.Thread(target=write, args=(client, role))
        for client, role in zip(clients, ("أ", "ب"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200, 412]
    assert Quote.objects.get(pk=quote.pk).version == 2
    assert QuoteEvent.objects.filter(quote_id=quote.pk, kind=EventKind.EDITED).count() == 1
