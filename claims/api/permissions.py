"""Who may call what: each viewset maps its actions to a role permission.

The roles (claims/roles.py) are Django groups; the services check the same
permissions again, so the API cannot allow what the web pages refuse. This
class answers first so that a refused caller learns nothing about the input
(no validation errors for someone who may not write at all).
"""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.db.models import Q
from rest_framework.permissions import BasePermission


def load_permissions(user) -> None:
    """Fill Django's per-request permission cache in one query, not two.

    ModelBackend reads user and group permissions separately; every API call
    checks a permission, and the query budget per request is three.
    """
    if hasattr(user, "_perm_cache") or not user.is_active or user.is_superuser:
        return
    rows = (
        Permission.objects.filter(Q(group__user=user) | Q(user=user))
        .values_list("content_type__app_label", "codename")
        .distinct()
    )
    user._perm_cache = {f"{app}.{codename}" for app, codename in rows}


class RolePermission(BasePermission):
    """Allow an action when the user holds the permission the view names for it.

    Views declare ``required_perms = {"list": "view_quote", ...}``; an action
    missing from the map is refused, so a new action is closed until someone
    decides who may use it. ``None`` means open to everyone (the API docs).
    """

    message = "Your role does not allow this."

    def has_permission(self, request, view) -> bool:
        perms: dict[str, str | None] = getattr(view, "required_perms", {})
        method = request.method.lower()
        action = getattr(view, "action", method if hasattr(view, method) else None)
        if action is None:
            # A method the view does not route: DRF answers 405 after this.
            return bool(request.user and request.user.is_authenticated)
        if action not in perms:
            return False
        perm = perms[action]
        if perm is None:
            return True
        user = request.user
        if not user or not user.is_authenticated:
            return False
        load_permissions(user)
        return user.has_perm(f"claims.{perm}")
