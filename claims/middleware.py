"""A strict Content-Security-Policy for the reviewer pages.

The pages load scripts and styles only from our own static files: no
inline script, no inline style, no third-party host. The admin and the API
(their own templates, some with inline code we do not own) are left out.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

HEADER = "Content-Security-Policy"


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = settings.WEB_CONTENT_SECURITY_POLICY
        self.exempt = tuple(settings.WEB_CSP_EXEMPT_PREFIXES)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if HEADER not in response and not request.path.startswith(self.exempt):
            response[HEADER] = self.policy
        return response
