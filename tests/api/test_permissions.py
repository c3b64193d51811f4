"""Who may call what: every endpoint × method × role, from one table.

Each row names an endpoint, the roles allowed to use it and the status they
get; everyone else gets 403 (signed in, wrong role) or 401 (anonymous). The
requests of allowed roles are valid, so the table also shows that each
endpoint works for the people meant to use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from claims.api import urls
from claims.models import Quote
from claims.services import evidence_add, quote_approve, quote_set_verdict
from tests.factories import SourceFactory, SpeakerFactory, make_quote

V, R, E = "viewer", "reviewer", "editor"
READERS = {V, R, E}
WRITERS = {R, E}
EDITORS = {E}
EVERYONE = {"anonymous", "outsider", V, R, E}


@dataclass(frozen=True)
class Row:
    method: str
    path: str  # formatted with the ids of the world below
    allowed: set[str]
    status: int
    body: dict[str, Any] = field(default_factory=dict)
    versioned: bool = False  # send If-Match with the quote's version

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


TABLE = [
    # quotes
    Row("get", "/api/v1/quotes/", READERS, 200),
    Row("get", "/api/v1/quotes/{quote}/", READERS, 200),
    Row("post", "/api/v1/quotes/", WRITERS, 201, {"document": "{document}", "start": 0, "end": 3}),
    Row("patch", "/api/v1/quotes/{quote}/", WRITERS, 200, {"role": "وزير"}, versioned=True),
    Row("delete", "/api/v1/quotes/{quote}/", EDITORS, 204, versioned=True),
    Row("post", "/api/v1/quotes/{quote}/verdict/", WRITERS, 200, {"status": "in_review"}, True),
    Row("post", "/api/v1/quotes/{quote}/take/", WRITERS, 200, versioned=True),
    Row("post", "/api/v1/quotes/{final}/approve/", EDITORS, 200, versioned=True),
    Row("get", "/api/v1/quotes/{approved}/claimreview/", READERS, 200),
    Row("get", "/api/v1/quotes/{quote}/history/", READERS, 200),
    # evidence
    Row("get", "/api/v1/quotes/{quote}/evidence/", READERS, 200),
    Row("get", "/api/v1/quotes/{quote}/evidence/{evidence}/", READERS, 200),
    Row(
        "post",
        "/api/v1/quotes/{quote}/evidence/",
        WRITERS,
        201,
        {"source": "{source2}", "relation": "context"},
        versioned=True,
    ),
    Row(
        "patch",
        "/api/v1/quotes/{quote}/evidence/{evidence}/",
        WRITERS,
        200,
        {"location": "§2"},
        versioned=True,
    ),
    Row("delete", "/api/v1/quotes/{quote}/evidence/{evidence}/", WRITERS, 204, versioned=True),
    # documents
    Row("get", "/api/v1/documents/", READERS, 200),
    Row("get", "/api/v1/documents/{document}/", READERS, 200),
    Row(
        "post",
        "/api/v1/documents/",
        WRITERS,
        201,
        {"title": "t", "body": "نص جديد", "language": "ar", "extract": True},
    ),
    Row("post", "/api/v1/documents/{document}/extract/", WRITERS, 200),
    # speakers
    Row("get", "/api/v1/speakers/", READERS, 200),
    Row("get", "/api/v1/speakers/{speaker}/", READERS, 200),
    Row("post", "/api/v1/speakers/", WRITERS, 201, {"name": "جانيت دوغلاس"}),
    Row("patch", "/api/v1/speakers/{speaker}/", WRITERS, 200, {"description": "d"}),
    Row("post", "/api/v1/speakers/{speaker}/aliases/", WRITERS, 201, {"name": "Janet Douglas"}),
    Row("delete", "/api/v1/speakers/{speaker}/aliases/{alias}/", WRITERS, 204),
    Row("post", "/api/v1/speakers/{speaker2}/merge/", EDITORS, 200, {"into": "{speaker}"}),
    # sources
    Row("get", "/api/v1/sources/", READERS, 200),
    Row("get", "/api/v1/sources/{source}/", READERS, 200),
    Row("post", "/api/v1/sources/", WRITERS, 201, {"title": "Cable", "kind": "cable"}),
    Row("patch", "/api/v1/sources/{source}/", WRITERS, 200, {"publisher": "WikiLeaks"}),
    # exports
    Row("get", "/api/v1/export/claimreviews/", READERS, 200),
    Row("get", "/api/v1/export/quotes/", READERS, 200),
    # documentation is public
    Row("get", "/api/v1/schema/", EVERYONE, 200),
    Row("get", "/api/v1/docs/", EVERYONE, 200),
]


@pytest.fixture
def world(reviewer2, editor2) -> dict[str, int]:
    """One of everything the table's URLs point at."""
    speaker, speaker2 = SpeakerFactory(), SpeakerFactory()
    alias = speaker.aliases.create(name="Stéphane Gompertz")
    quote = make_quote(speaker=speaker)
    source, source2 = SourceFactory(), SourceFactory()
    evidence = evidence_add(
        quote_id=quote.pk,
        expected_version=1,
        source_id=source.pk,
        relation="context",
        actor=reviewer2,
    )
    final = make_quote(speaker=speaker2)
    final = quote_set_verdict(
        quote_id=final.pk, expected_version=1, status="disputed", note="n", actor=reviewer2
    )
    approved = make_quote()
    approved = quote_set_verdict(
        quote_id=approved.pk, expected_version=1, status="unverifiable", note="n", actor=reviewer2
    )
    quote_approve(quote_id=approved.pk, expected_version=approved.version, actor=editor2)
    return {
        "quote": quote.pk,
        "final": final.pk,
        "approved": approved.pk,
        "document": quote.document_id,
        "speaker": speaker.pk,
        "speaker2": speaker2.pk,
        "alias": alias.pk,
        "source": source.pk,
        "source2": source2.pk,
        "evidence": evidence.pk,
    }


def _fill(value: Any, ids: dict[str, int]) -> Any:
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return ids[value[1:-1]]
    return value


def expected_status(row: Row, role: str) -> int:
    if role in row.allowed:
        return row.status
    return 401 if role == "anonymous" else 403


@pytest.mark.parametrize("role", ["anonymous", "outsider", V, R, E])
@pytest.mark.parametrize("row", TABLE, ids=str)
def test_permission_matrix(row: Row, role: str, world, request) -> None:
    client = request.getfixturevalue(f"{role if role != 'anonymous' else 'anon'}_api")
    path = row.path.format(**world)
    body = {key: _fill(value, world) for key, value in row.body.items()}
    headers = {}
    if row.versioned:
        version = Quote.objects.get(pk=int(path.split("/")[4])).version
        headers["HTTP_IF_MATCH"] = f'"{version}"'
    response = getattr(client, row.method)(path, body or None, format="json", **headers)
    assert response.status_code == expected_status(row, role), response.content[:300]
    if response.status_code == 401:
        assert response["WWW-Authenticate"] == "Token"
    if response.status_code in (401, 403):
        assert set(response.json()) == {"detail", "code", "errors"}


def test_every_api_route_is_in_the_table() -> None:
    """A new endpoint cannot slip in without deciding who may call it."""
    documented = {(row.method, _shape(row.path)) for row in TABLE}
    routed = {
        (method, _shape(str(pattern.pattern)))
        for pattern in urls.urlpatterns
        for method in getattr(pattern.callback, "actions", {})
        if method != "head"  # answered like GET
    }
    assert len(routed) > 20
    assert routed - documented == set()


def _shape(route: str) -> str:
    """Both ``/api/v1/quotes/{quote}/verdict/`` and the router's
    ``^quotes/(?P<pk>[0-9]{1,18})/verdict/$`` become ``quotes/*/verdict/``."""
    route = route.removeprefix("/api/v1/").removeprefix("^").removesuffix("$")
    route = re.sub(r"\(\?P<[a-z_]+>[^)]*\)", "*", route)
    return re.sub(r"\{[a-z0-9_]+\}", "*", route).replace("\\.", ".")
