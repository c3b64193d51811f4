"""Request rates: one bucket per token, one per anonymous client address.

Fixed windows counted with the cache's atomic ``incr``: one cheap cache call
per request, whatever the rate. (DRF's own throttles keep every request's
timestamp in one cache entry and rewrite it on each request, which costs more
the higher the rate.) A client can burst to twice its rate across a window
boundary; ``Retry-After`` says when its window ends.
"""

from __future__ import annotations

import time

from rest_framework.throttling import SimpleRateThrottle


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
        self.cache.add(key, 0, self.duration + 1)
        try:
            count = self.cache.incr(key)
        except ValueError:  # expired between add and incr
            self.cache.set(key, 1, self.duration + 1)
            count = 1
        self.retry_after = (window + 1) * self.duration - now
        return count <= self.num_requests

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
