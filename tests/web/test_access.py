"""Who may see and do what in the web interface."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Quote, Verdict
from tests.factories import DocumentFactory, SourceFactory, make_quote


@pytest.fixture
def page_urls(quote: Quote) -> list[str]:
    return [
        reverse("dashboard"),
        reverse("quote-list"),
        reverse("quote-detail", args=[quote.pk]),
        reverse("document-list"),
        reverse("document-detail", args=[quote.document_id]),
        reverse("speaker-detail", args=[quote.speaker_id]),
    ]


def test_every_page_but_sign_in_needs_an_account(client, page_urls, quote):
    for url in [*page_urls, reverse("document-new"), reverse("document-review", args=[1])]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
    assert client.get(reverse("login")).status_code == 200


def test_an_account_outside_the_roles_is_refused(as_outsider, page_urls):
    for url in page_urls:
        assert as_outsider.get(url).status_code == 403, url


def test_sign_in_and_out(client, reviewer):
    response = client.post(
        reverse("login"), {"username": "reviewer", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    assert client.get(reverse("dashboard")).status_code == 200
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("dashboard")).status_code == 302


def test_a_viewer_reads_every_page_without_edit_controls(as_viewer, page_urls):
    for url in page_urls:
        response = as_viewer.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for action in ("/take/", "/verdict/", "/approve/", "/evidence/", "/remove/", "/edit/"):
            assert action not in html, (url, action)
        assert 'method="post"' not in html.replace(
            f'action="{reverse("set_language")}" method="post"', ""
        ).replace(f'action="{reverse("logout")}" method="post"', ""), url


def _posts(quote: Quote, evidence_id: int | None = None) -> dict[str, dict]:
    version = {"version": quote.version}
    source = SourceFactory()
    posts = {
        reverse("quote-take", args=[quote.pk]): version,
        reverse("quote-edit", args=[quote.pk]): {**version, "text": quote.text, "role": "x"},
        reverse("quote-verdict", args=[quote.pk]): {**version, "status": "in_review"},
        reverse("quote-approve", args=[quote.pk]): version,
        reverse("quote-evidence", args=[quote.pk]): {
            **version,
            "source": source.pk,
            "relation": "corroborates",
        },
        reverse("document-new"): {"title": "t", "body": "نص", "language": "ar", "kind": "article"},
        reverse("document-review", args=[quote.document_id]): {
            "form-TOTAL_FORMS": "0",
            "form-INITIAL_FORMS": "0",
        },
    }
    if evidence_id:
        posts[reverse("evidence-remove", args=[evidence_id])] = version
    return posts


def test_the_server_refuses_every_post_of_a_viewer(as_viewer, quote, reviewer):
    from claims.services import evidence_add

    evidence = evidence_add(
        quote_id=quote.pk,
        expected_version=quote.version,
        source_id=SourceFactory().pk,
        relation="context",
        actor=reviewer,
    )
    quote.refresh_from_db()
    before = (quote.version, quote.status)
    for url, data in _posts(quote, evidence.pk).items():
        assert as_viewer.post(url, data).status_code == 403, url
    quote.refresh_from_db()
    assert (quote.version, quote.status) == before
    assert quote.evidence.count() == 1


def test_a_reviewer_cannot_approve(as_reviewer, editor):
    quote = make_quote()
    from tests.web.helpers import give_verdict

    quote = give_verdict(quote, editor, Verdict.UNVERIFIABLE)
    response = as_reviewer.post(
        reverse("quote-approve", args=[quote.pk]), {"version": quote.version}
    )
    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.approved_by is None
    html = as_reviewer.get(reverse("quote-detail", args=[quote.pk])).content.decode()
    assert reverse("quote-approve", args=[quote.pk]) not in html


def test_unknown_objects_are_404(as_reviewer):
    DocumentFactory()
    assert as_reviewer.get(reverse("quote-detail", args=[999999])).status_code == 404
    assert as_reviewer.get(reverse("document-detail", args=[999999])).status_code == 404
    assert as_reviewer.get(reverse("speaker-detail", args=[999999])).status_code == 404
