"""Token authentication: django-rest-knox, in one query per request."""

from __future__ import annotations

import binascii
from hmac import compare_digest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Func, TextField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from knox.auth import TokenAuthentication as KnoxTokenAuthentication
from knox.crypto import hash_token
from knox.models import get_token_model
from knox.settings import CONSTANTS
from rest_framework import exceptions


class UserPermissionNames(Func):
    """The ``app_label.codename`` of every permission a user holds, directly or
    through a group, comma-separated: a scalar subquery on ``user_id``.

    The same set Django's ModelBackend builds in two queries (user, group);
    here it rides along with the token's query.
    """

    output_field = TextField()

    def __init__(self, user_id_column: str) -> None:
        super().__init__(user_id_column)

    def as_sql(self, compiler, connection, **extra):
        user_id, params = compiler.compile(self.source_expressions[0])
        aggregate = "STRING_AGG" if connection.vendor == "postgresql" else "GROUP_CONCAT"
        user_model = get_user_model()
        perm = Permission._meta
        user_perms = user_model.user_permissions.through._meta.db_table
        user_groups = user_model.groups.through._meta.db_table
        group_perms = Group.permissions.through._meta.db_table
        content_types = perm.get_field("content_type").related_model._meta.db_table
        # Table names come from the models, never from input.
        sql = (
            f"(SELECT {aggregate}(ct.app_label || '.' || p.codename, ',') "  # noqa: S608
            f"FROM {perm.db_table} p JOIN {content_types} ct ON ct.id = p.content_type_id "
            f"WHERE p.id IN (SELECT up.permission_id FROM {user_perms} up "
            f"WHERE up.user_id = {user_id}) "
            f"OR p.id IN (SELECT gp.permission_id FROM {group_perms} gp "
            f"JOIN {user_groups} ug ON ug.group_id = gp.group_id WHERE ug.user_id = {user_id}))"
        )
        return sql, (*params, *params)


class TokenAuthentication(KnoxTokenAuthentication):
    """Knox's token check in one query: the token, its user and the user's
    permissions together (knox alone takes three to five).

    Knox also loads every token of the user on every request to delete the
    expired ones. That is housekeeping, not authentication: an expired token
    is refused either way (below). ``manage.py api_token prune`` sweeps.

    Nothing is cached between requests: a revoked or expired token, a
    deactivated user or a changed role takes effect on the next request.
    """

    def authenticate_credentials(self, token: bytes):
        msg = _("Invalid token.")
        token = token.decode("utf-8")
        candidates = (
            get_token_model()
            .objects.filter(token_key=token[: CONSTANTS.TOKEN_KEY_LENGTH])
            .select_related("user")
            .annotate(user_permissions=UserPermissionNames("user_id"))
        )
        for auth_token in candidates:
            if self._cleanup_token(auth_token):
                continue
            try:
                digest = hash_token(token)
            except (TypeError, binascii.Error):
                raise exceptions.AuthenticationFailed(msg) from None
            if compare_digest(digest, auth_token.digest):
                user, auth_token = self.validate_user(auth_token)
                # Django's ModelBackend reads this per-request cache first.
                names = auth_token.user_permissions
                user._perm_cache = set(names.split(",")) if names else set()
                return user, auth_token
        raise exceptions.AuthenticationFailed(msg)

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
