"""Request rates: one bucket per token, one per anonymous client address."""

from __future__ import annotations

from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle


class TokenRateThrottle(SimpleRateThrottle):
    """Per token for integrations (two tokens of one user count apart), per
    user for the browser session."""

    scope = "token"

    def get_cache_key(self, request, view) -> str | None:
        if not request.user or not request.user.is_authenticated:
            return None
        token_key = getattr(request.auth, "token_key", None)
        ident = f"t{token_key}" if token_key else f"u{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class AnonymousRateThrottle(AnonRateThrottle):
    scope = "anon"
