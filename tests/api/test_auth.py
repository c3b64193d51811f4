"""Tokens (hashed, expiring, several per user), sessions, throttling, docs."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from claims.api.throttling import AnonymousRateThrottle, TokenRateThrottle
from claims.roles import REVIEWER, VIEWER
from tests.api.conftest import token_key


def client_with(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_tokens_are_stored_hashed(viewer) -> None:
    key = token_key(viewer)
    stored = AuthToken.objects.get(user=viewer)
    assert key not in stored.digest
    assert stored.token_key == key[:15]
    assert stored.expiry is not None


def test_several_tokens_per_user_and_revoking_one(viewer) -> None:
    first, second = token_key(viewer), token_key(viewer)
    assert client_with(first).get("/api/v1/quotes/").status_code == 200
    AuthToken.objects.filter(token_key=first[:15]).delete()
    assert client_with(first).get("/api/v1/quotes/").status_code == 401
    assert client_with(second).get("/api/v1/quotes/").status_code == 200


def test_an_expired_token_is_refused(viewer) -> None:
    key = token_key(viewer)
    AuthToken.objects.filter(user=viewer).update(expiry=timezone.now() - dt.timedelta(seconds=1))
    response = client_with(key).get("/api/v1/quotes/")
    assert response.status_code == 401
    assert not AuthToken.objects.filter(user=viewer).exists()


def test_an_inactive_users_token_is_refused(viewer) -> None:
    key = token_key(viewer)
    viewer.is_active = False
    viewer.save()
    assert client_with(key).get("/api/v1/quotes/").status_code == 401


def test_a_role_change_takes_effect_on_the_next_request(viewer, quote) -> None:
    """Permissions are read with the token on every request, never kept."""
    client = client_with(token_key(viewer))
    body = {"status": "in_review", "version": 1}
    assert client.post(f"/api/v1/quotes/{quote.pk}/verdict/", body).status_code == 403
    viewer.groups.add(Group.objects.get(name=REVIEWER))
    assert client.post(f"/api/v1/quotes/{quote.pk}/verdict/", body).status_code == 200
    viewer.groups.clear()
    assert client.get("/api/v1/quotes/").status_code == 403
    viewer.groups.add(Group.objects.get(name=VIEWER))
    assert client.get("/api/v1/quotes/").status_code == 200


def test_revoking_or_deactivating_takes_effect_on_the_next_request(viewer) -> None:
    key = token_key(viewer)
    client = client_with(key)
    assert client.get("/api/v1/quotes/").status_code == 200
    viewer.is_active = False
    viewer.save()
    assert client.get("/api/v1/quotes/").status_code == 401
    viewer.is_active = True
    viewer.save()
    assert client.get("/api/v1/quotes/").status_code == 200
    AuthToken.objects.filter(token_key=key[:15]).delete()
    assert client.get("/api/v1/quotes/").status_code == 401


def test_a_user_permission_outside_the_roles_counts(outsider, quote) -> None:
    """Permissions given to the user directly, not through a group, count too."""
    client = client_with(token_key(outsider))
    assert client.get(f"/api/v1/quotes/{quote.pk}/").status_code == 403
    outsider.user_permissions.add(Permission.objects.get(codename="view_quote"))
    assert client.get(f"/api/v1/quotes/{quote.pk}/").status_code == 200


def test_session_auth_for_the_browser(reviewer, quote) -> None:
    browser = APIClient(enforce_csrf_checks=True)
    browser.force_login(reviewer)
    assert browser.get("/api/v1/quotes/").status_code == 200
    # A write from a session needs the CSRF token, like any form.
    refused = browser.patch(f"/api/v1/quotes/{quote.pk}/", {"role": "x"}, HTTP_IF_MATCH='"1"')
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]


def test_token_throttle_answers_429_with_retry_after(viewer, monkeypatch) -> None:
    monkeypatch.setattr(TokenRateThrottle, "rate", "2/minute", raising=False)
    first, second = token_key(viewer), token_key(viewer)
    client = client_with(first)
    assert [client.get("/api/v1/quotes/").status_code for _ in range(3)] == [200, 200, 429]
    refused = client.get("/api/v1/quotes/")
    assert int(refused["Retry-After"]) == 30  # the clock stands 30 s into its minute
    assert refused.json()["code"] == "throttled"
    # Counted per token: the user's other token has its own bucket.
    assert client_with(second).get("/api/v1/quotes/").status_code == 200


def test_anonymous_throttle(monkeypatch, db) -> None:
    monkeypatch.setattr(AnonymousRateThrottle, "rate", "1/minute", raising=False)
    client = APIClient()
    assert client.get("/api/v1/schema/").status_code == 200
    refused = client.get("/api/v1/schema/")
    assert refused.status_code == 429
    assert "Retry-After" in refused


def test_the_count_starts_again_in_the_next_window(viewer, monkeypatch, throttle_clock) -> None:
    monkeypatch.setattr(TokenRateThrottle, "rate", "1/minute", raising=False)
    client = client_with(token_key(viewer))
    assert client.get("/api/v1/quotes/").status_code == 200
    throttle_clock.advance(29)  # 59 s into the minute: the same window
    refused = client.get("/api/v1/quotes/")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) == 1
    throttle_clock.advance(1)  # the next minute's window
    assert client.get("/api/v1/quotes/").status_code == 200
    assert client.get("/api/v1/quotes/").status_code == 429


def test_docs_work_offline(anon_api, db) -> None:
    page = anon_api.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "/api/v1/docs/assets/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    asset = anon_api.get("/api/v1/docs/assets/swagger-ui-dist/swagger-ui-bundle.js")
    assert asset.status_code == 200
    assert anon_api.get("/api/v1/docs/assets/../../settings.py").status_code in (400, 404)


def test_schema_documents_every_operation(anon_api, db) -> None:
    schema = anon_api.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary") or operation.get("description"), (method, path)
            assert "400" in operation["responses"] or method == "get", (method, path)
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    assert parameter.get("description"), (method, path, parameter["name"])
                    assert "example" in parameter or "enum" in parameter.get("schema", {}), (
                        method,
                        path,
                        parameter["name"],
                    )


def test_api_token_command(viewer) -> None:
    out = StringIO()
    call_command("api_token", "create", "viewer", "--days", "1", stdout=out, stderr=StringIO())
    key = out.getvalue().strip()
    assert client_with(key).get("/api/v1/quotes/").status_code == 200
    listing = StringIO()
    call_command("api_token", "list", stdout=listing)
    assert key[:15] in listing.getvalue()
    assert key not in listing.getvalue()
    call_command("api_token", "revoke", key[:15], stdout=StringIO())
    assert client_with(key).get("/api/v1/quotes/").status_code == 401
    with pytest.raises(CommandError):
        call_command("api_token", "create", "nobody", stdout=StringIO(), stderr=StringIO())


def test_api_token_prune(viewer) -> None:
    token_key(viewer)
    AuthToken.objects.update(expiry=timezone.now() - dt.timedelta(days=1))
    token_key(viewer)
    call_command("api_token", "prune", stdout=StringIO())
    assert AuthToken.objects.count() == 1
