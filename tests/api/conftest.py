"""API clients for the shared cast, each with its own knox token."""

from __future__ import annotations

import time

import pytest
from django.core.cache import cache
from knox.models import AuthToken
from rest_framework.test import APIClient

from claims import search_stats
from claims.api import throttling


def token_key(user) -> str:
    """A new knox token for ``user``; the clear key is only ever seen here."""
    _, key = AuthToken.objects.create(user=user)
    return key


def token_client(user) -> APIClient:
    key = token_key(user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    client.user = user
    return client


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # The cast's users are made with a password; PBKDF2 costs ~0.3 s each,
    # which the permission matrix and the fuzz test would pay hundreds of times.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class ThrottleClock:
    """The request-rate windows' clock, stopped 30 s into a minute and moved
    only by the test (``advance``). On the real clock two requests a moment
    apart can fall in two fixed windows, and a test expecting the second to
    be refused then fails once in a while (a slow schema request at hh:mm:59)."""

    def __init__(self) -> None:
        self.now = (time.time() // 3600) * 3600 + 30.0

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def throttle_clock(monkeypatch) -> ThrottleClock:
    clock = ThrottleClock()
    monkeypatch.setattr(throttling, "time", clock)
    return clock


@pytest.fixture(autouse=True)
def _fresh_throttle_buckets():
    # Request rates are counted in the cache; each test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anon_api() -> APIClient:
    return APIClient()


@pytest.fixture
def viewer_api(viewer) -> APIClient:
    return token_client(viewer)


@pytest.fixture
def reviewer_api(reviewer) -> APIClient:
    return token_client(reviewer)


@pytest.fixture
def reviewer2_api(reviewer2) -> APIClient:
    return token_client(reviewer2)


@pytest.fixture
def editor_api(editor) -> APIClient:
    return token_client(editor)


@pytest.fixture
def editor2_api(editor2) -> APIClient:
    return token_client(editor2)


@pytest.fixture
def outsider_api(outsider) -> APIClient:
    return token_client(outsider)


@pytest.fixture(autouse=True)
def _fresh_word_statistics():
    # Search plans read PostgreSQL's word statistics once per process
    # (claims.search_stats); each test reads its own database's.
    search_stats.forget()
    yield
    search_stats.forget()
