"""Request rates: one bucket per token, one per anonymous client address.

Fixed windows counted with the cache's atomic ``incr``: one cheap cache call
per request, whatever the rate. (DRF's own throttles keep every request's
timestamp in one cache entry and rewrite it on each request, which costs more
the higher the rate.) A client can burst to twice its rate across a window
boundary; ``Retry-After`` says when its window ends.

The counts are shared by every server process when the cache is (REDIS_URL,
factcheck/settings.py); with the default local-memory cache each process
counts on its own. If the cache cannot be reached, requests are served
uncounted and a warning is logged.
"""

from __future__ import annotations

import logging
import time

from rest_framework.throttling import SimpleRateThrottle

logger = logging.getLogger(__name__)


class WindowThrottle(SimpleRateThrottle):
    cache_format = "throttle:%(scope)s:%(ident)s"

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        ident = self.get_cache_key(request, view)
        if ident is None:
            return True
        now = time.time()
        window = int(now // self.duration)
        key = f"{ident}:{window}"
        self.retry_after = (window + 1) * self.duration - now
        try:
            count = self._count(key)
        except Exception:  # whatever the cache backend raises
            # The counters' store (Redis, say) is down: serve the request
            # rather than fail every one, and say so in the log.
            logger.warning("Request-rate counters unavailable; %s not counted.", key, exc_info=True)
            return True
        return count <= self.num_requests

    def _count(self, key: str) -> int:
        self.cache.add(key, 0, self.duration + 1)
        try:
            return self.cache.incr(key)
        except ValueError:  # expired between add and incr
            self.cache.set(key, 1, self.duration + 1)
            return 1

    def wait(self) -> float:
        return self.retry_after


class TokenRateThrottle(WindowThrottle):
    """Per token for integrations (two tokens of one user count apart), per
    user for the browser session."""

    scope = "token"

    def get_cache_key(self, request, view) -> str | None:
        if not request.user or not request.user.is_authenticated:
            return None
        token_key = getattr(request.auth, "token_key", None)
        ident = f"t{token_key}" if token_key else f"u{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class AnonymousRateThrottle(WindowThrottle):
    scope = "anon"

    def get_cache_key(self, request, view) -> str | None:
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
