"""Token authentication: django-rest-knox, minus a query per request."""

from __future__ import annotations

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from knox.auth import TokenAuthentication as KnoxTokenAuthentication


class TokenAuthentication(KnoxTokenAuthentication):
    """Knox's token check without its sweep of the user's other tokens.

    Knox loads every token of the user on every request to delete the
    expired ones. That is housekeeping, not authentication: an expired token
    is refused either way (below). ``manage.py api_token prune`` sweeps.
    """

    def _cleanup_token(self, auth_token) -> bool:
        if auth_token.expiry is not None and auth_token.expiry < timezone.now():
            auth_token.delete()
            return True
        return False


class TokenScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI schema describes the token (``Authorization: Token <key>``)."""

    target_class = TokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema) -> dict:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`. Create keys with `manage.py api_token create <user>` "
            "or in the admin (Knox → Auth tokens); they are stored hashed and expire.",
        }
