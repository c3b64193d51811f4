"""Schemathesis against the API's own OpenAPI schema, in the normal suite.

Every operation gets a handful of generated requests, valid and invalid
(``max_examples`` below; a few hundred cases in all), sent as an editor
through the WSGI app in the test's own transaction. Half of the generated
ids are swapped for ids of real rows, so bodies reach the services instead
of stopping at a 404. Each response must not be a 5xx and must match the
schema: documented status code, content type and body.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claims.services import evidence_add, quote_approve, quote_set_verdict
from tests.api.conftest import token_key
from tests.factories import DocumentFactory, SourceFactory, SpeakerFactory, make_quote

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())


@pytest.fixture
def _keep_connection():
    """Requests go straight to the WSGI app, past Django's test client, which
    would otherwise close the test's database connection after each one."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def world(db, _keep_connection, reviewer, editor2):
    """Real rows for generated requests to land on."""
    speaker = SpeakerFactory()
    quote = make_quote(speaker=speaker, document=DocumentFactory())
    source = SourceFactory()
    evidence = evidence_add(
        quote_id=quote.pk,
        expected_version=quote.version,
        source_id=source.pk,
        relation="corroborates",
        actor=reviewer,
    )
    quote = quote_set_verdict(
        quote_id=quote.pk, expected_version=2, status="corroborated", note="n", actor=reviewer
    )
    quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor2)
    alias = speaker.aliases.create(name="Stéphane Gompertz")
    return {"id": quote.pk, "quote_pk": quote.pk, "alias_id": alias.pk, "evidence": evidence.pk}


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_fuzz(case, world, editor):
    for name, value in list((case.path_parameters or {}).items()):
        if name in world and isinstance(value, int) and value % 2 == 0:
            case.path_parameters[name] = world["evidence" if "evidence" in case.path else name]
            if name == "quote_pk":
                case.path_parameters[name] = world["quote_pk"]
    case.call_and_validate(headers={"Authorization": f"Token {token_key(editor)}"}, checks=CHECKS)
