"""Every 4xx is JSON that names the field and the reason; no input gives a 500."""

from __future__ import annotations

import pytest
from django.test import override_settings

from claims.services import quote_set_verdict
from tests.factories import SourceFactory


def errors_of(response) -> dict[str, list[str]]:
    body = response.json()
    assert set(body) >= {"detail", "code", "errors"}
    assert all(isinstance(m, list) and m for m in body["errors"].values())
    return body["errors"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("cable_date_from=2010-02-30", "cable_date_from"),
        ("cable_date_to=yesterday", "cable_date_to"),
        ("status=maybe", "status"),
        ("cable_ref=PARIS", "cable_ref"),
        ("speaker=abc", "speaker"),
        ("document=99999999999999999999999", "document"),
        ("has_evidence=perhaps", "has_evidence"),
        ("approved=1", "approved"),
        ("language=xx", "language"),
        ("ordering=text", "ordering"),
        ("page_size=0", "page_size"),
        ("page_size=5000", "page_size"),
        ("cursor=not-a-cursor", "cursor"),
        ("cursor=eyJvIjoiLWlkIn0", "cursor"),  # valid base64 JSON, no position
        ("q=%00", "q"),
    ],
)
def test_bad_query_parameters(viewer_api, query: str, field: str) -> None:
    response = viewer_api.get(f"/api/v1/quotes/?{query}")
    assert response.status_code == 400
    assert field in errors_of(response)


def test_a_cursor_for_another_ordering_is_refused(viewer_api, quote) -> None:
    from tests.factories import make_quote

    make_quote()
    page = viewer_api.get("/api/v1/quotes/?page_size=1").json()
    cursor = page["next"].split("cursor=")[1]
    response = viewer_api.get(f"/api/v1/quotes/?ordering=cable_date&cursor={cursor}")
    assert response.status_code == 400
    assert "ordering" in errors_of(response)["cursor"][0]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"document": "{document}", "start": 0, "end": 99999}, "end"),  # outside the document
        ({"document": "{document}", "start": 5, "end": 2}, "end"),
        ({"document": "{document}", "start": -1, "end": 2}, "start"),
        (
            {"document": "{document}", "start": 0, "end": 3, "cable_date": "2010-02-30"},
            "cable_date",
        ),
        ({"document": "{document}", "start": 0, "end": 3, "cable_ref": "PARIS-191"}, "cable_ref"),
        ({"document": 424242, "start": 0, "end": 3}, "document"),
        ({"document": "{document}", "start": 0, "end": 3, "speaker": 424242}, "speaker"),
        ({"document": "{document}", "start": "zero", "end": 3}, "start"),
        ({"document": "{document}", "start": 0, "end": 3, "role": "a\x00b"}, "role"),
        ({"start": 0, "end": 3}, "document"),
    ],
)
def test_bad_quote_bodies(reviewer_api, quote, body: dict, field: str) -> None:
    body = {k: quote.document_id if v == "{document}" else v for k, v in body.items()}
    response = reviewer_api.post("/api/v1/quotes/", body, format="json")
    assert response.status_code == 400
    assert field in errors_of(response)


def test_unknown_status_names_the_field(reviewer_api, quote) -> None:
    response = reviewer_api.post(
        f"/api/v1/quotes/{quote.pk}/verdict/", {"status": "true-ish"}, HTTP_IF_MATCH='"1"'
    )
    assert response.status_code == 400
    assert "status" in errors_of(response)


def test_verdict_rules_come_back_as_400_with_the_field(reviewer_api, quote) -> None:
    no_note = reviewer_api.post(
        f"/api/v1/quotes/{quote.pk}/verdict/", {"status": "disputed"}, HTTP_IF_MATCH='"1"'
    )
    assert no_note.status_code == 400
    assert "note" in errors_of(no_note)
    no_evidence = reviewer_api.post(
        f"/api/v1/quotes/{quote.pk}/verdict/",
        {"status": "corroborated", "note": "n"},
        HTTP_IF_MATCH='"1"',
    )
    assert no_evidence.status_code == 400
    assert "evidence" in errors_of(no_evidence)["status"][0]


def test_deleting_a_quote_with_a_verdict_is_refused(editor_api, reviewer, quote) -> None:
    quote_set_verdict(
        quote_id=quote.pk, expected_version=1, status="disputed", note="n", actor=reviewer
    )
    response = editor_api.delete(f"/api/v1/quotes/{quote.pk}/", HTTP_IF_MATCH='"2"')
    assert response.status_code == 400
    assert "status" in errors_of(response)


def test_approving_your_own_verdict_is_refused(editor_api, editor, quote) -> None:
    quote_set_verdict(
        quote_id=quote.pk, expected_version=1, status="disputed", note="n", actor=editor
    )
    response = editor_api.post(f"/api/v1/quotes/{quote.pk}/approve/", HTTP_IF_MATCH='"2"')
    assert response.status_code == 400
    assert "approved_by" in errors_of(response)


def test_non_json_body(reviewer_api) -> None:
    response = reviewer_api.generic(
        "POST", "/api/v1/quotes/", "{not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert "body" in errors_of(response)


def test_form_body_is_unsupported(reviewer_api) -> None:
    response = reviewer_api.post("/api/v1/quotes/", {"start": 1}, format="multipart")
    assert response.status_code == 415
    assert "body" in errors_of(response)


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_body_over_the_size_limit(reviewer_api) -> None:
    body = '{"title": "t", "language": "ar", "body": "' + "ا" * 2000 + '"}'
    response = reviewer_api.generic(
        "POST", "/api/v1/documents/", body.encode(), content_type="application/json"
    )
    assert response.status_code == 413
    assert "body" in errors_of(response)


def test_deeply_nested_json(reviewer_api) -> None:
    body = "[" * 100_000 + "]" * 100_000
    response = reviewer_api.generic(
        "POST", "/api/v1/sources/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert "body" in errors_of(response)


def test_lone_surrogate_in_a_string(reviewer_api) -> None:
    response = reviewer_api.generic(
        "POST",
        "/api/v1/sources/",
        '{"title": "\\ud800", "kind": "cable"}',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "title" in errors_of(response)


def test_bad_date_in_a_source(reviewer_api) -> None:
    response = reviewer_api.post(
        "/api/v1/sources/", {"title": "t", "kind": "cable", "published_on": "2010-02-30"}
    )
    assert response.status_code == 400
    assert "published_on" in errors_of(response)


def test_evidence_twice_for_one_source(reviewer_api, quote) -> None:
    source = SourceFactory()
    url = f"/api/v1/quotes/{quote.pk}/evidence/"
    assert (
        reviewer_api.post(
            url, {"source": source.pk, "relation": "context", "version": 1}
        ).status_code
        == 201
    )
    again = reviewer_api.post(url, {"source": source.pk, "relation": "context", "version": 2})
    assert again.status_code == 400
    assert "source" in errors_of(again)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/quotes/999999/",
        "/api/v1/quotes/99999999999999999999999999/",
        "/api/v1/quotes/-1/",
        "/api/v1/quotes/abc/",
        "/api/v1/nothing-here/",
        "/api/v1/quotes/999999/history/",
    ],
)
def test_not_found_is_json(viewer_api, path: str) -> None:
    response = viewer_api.get(path)
    assert response.status_code == 404
    errors_of(response)


def test_wrong_method_is_405_json(viewer_api) -> None:
    response = viewer_api.put("/api/v1/quotes/", {})
    assert response.status_code == 405
    assert "method" in errors_of(response)


def test_bad_token_is_401_json(anon_api, db) -> None:
    anon_api.credentials(HTTP_AUTHORIZATION="Token nonsense")
    response = anon_api.get("/api/v1/quotes/")
    assert response.status_code == 401
    assert "authorization" in errors_of(response)


def test_source_cable_reference_is_checked_and_normalised(reviewer_api, db) -> None:
    bad = reviewer_api.post("/api/v1/sources/", {"title": "t", "kind": "cable", "cable_ref": "x"})
    assert bad.status_code == 400
    assert "cable_ref" in errors_of(bad)
    good = reviewer_api.post(
        "/api/v1/sources/", {"title": "t", "kind": "cable", "cable_ref": "10 paris 191"}
    )
    assert good.status_code == 201
    assert good.json()["cable_ref"] == "10PARIS191"
