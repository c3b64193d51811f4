"""Where request-rate counts live: one count for every server process when
REDIS_URL names a Redis (claims/api/throttling.py), and requests still served
when the counters' store is down."""

from __future__ import annotations

import logging
import os

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

from claims.api.throttling import TokenRateThrottle
from tests.api.conftest import token_client

needs_redis = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set (.ci/run sets it)"
)


@needs_redis
def test_the_settings_put_the_counts_in_redis() -> None:
    assert isinstance(caches["default"], RedisCache)


@needs_redis
def test_two_server_processes_share_one_count(viewer, monkeypatch) -> None:
    """Two cache clients, each with its own connections (as two gunicorn
    workers have): the third request in a minute is refused whichever
    process serves it."""
    monkeypatch.setattr(TokenRateThrottle, "rate", "2/minute", raising=False)
    first_worker, second_worker = (
        caches.create_connection("default"),
        caches.create_connection("default"),
    )
    assert first_worker is not second_worker
    client = token_client(viewer)
    codes = []
    for worker in (first_worker, second_worker, first_worker, second_worker):
        monkeypatch.setattr(TokenRateThrottle, "cache", worker)
        codes.append(client.get("/api/v1/quotes/").status_code)
    assert codes == [200, 200, 429, 429]


class _DownStore:
    """A cache whose server does not answer."""

    def add(self, *args, **kwargs):
        raise ConnectionError("Connection refused")

    incr = set = get = add


def test_requests_are_served_uncounted_when_the_store_is_down(viewer, monkeypatch, caplog) -> None:
    monkeypatch.setattr(TokenRateThrottle, "rate", "1/minute", raising=False)
    monkeypatch.setattr(TokenRateThrottle, "cache", _DownStore())
    client = token_client(viewer)
    with caplog.at_level(logging.WARNING, logger="claims.api.throttling"):
        codes = [client.get("/api/v1/quotes/").status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    assert "Request-rate counters unavailable" in caplog.text
