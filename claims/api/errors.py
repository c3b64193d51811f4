"""Every API error as one JSON shape, and the domain errors mapped to statuses.

Shape of every 4xx (and the rare 5xx)::

    {"detail": "one sentence for a person",
     "code": "machine_readable_code",
     "errors": {"field_name": ["reason", ...], ...}}

``errors`` names the field at fault (``body`` for the request body as a
whole, ``non_field_errors`` when no single field is to blame), so a client
can put each message beside the input that caused it.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, RequestDataTooBig
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.services import NotAllowed, RuleViolation, VersionConflict


class PreconditionFailed(exceptions.APIException):
    """The client's version of the quote is not the current one (412)."""

    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "version_conflict"

    def __init__(self, detail: str, *, current_version: int) -> None:
        super().__init__(detail)
        self.current_version = current_version


class PreconditionRequired(exceptions.APIException):
    """A write to a quote came without the version it was based on (428)."""

    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_code = "version_required"
    default_detail = (
        "Send the quote's version: an If-Match header with the ETag of your last "
        'read (If-Match: "3"), or "version" in the body.'
    )


class BodyTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "body_too_large"
    default_detail = "The request body is larger than the server accepts."


class NotPublished(exceptions.NotFound):
    """404 for a ClaimReview of a quote whose verdict is not approved."""

    default_code = "not_published"


def _field_errors(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """Flatten DRF's nested error detail into ``{"field.sub": [reasons]}``."""
    errors: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            for field, messages in _field_errors(value, name).items():
                errors.setdefault(field, []).extend(messages)
    elif isinstance(detail, list):
        for index, item in enumerate(detail):
            if isinstance(item, dict | list):
                for field, messages in _field_errors(item, f"{prefix}[{index}]").items():
                    errors.setdefault(field, []).extend(messages)
            else:
                errors.setdefault(prefix or "non_field_errors", []).append(str(item))
    else:
        errors.setdefault(prefix or "non_field_errors", []).append(str(detail))
    return errors


def _first_message(errors: dict[str, list[str]]) -> str:
    for field, messages in errors.items():
        if messages:
            return messages[0] if field == "non_field_errors" else f"{field}: {messages[0]}"
    return "The request is not valid."


def _translate(exc: Exception) -> Exception:
    """Domain and Django errors become the DRF exception of the right status."""
    if isinstance(exc, VersionConflict):
        return PreconditionFailed(exc.message, current_version=exc.current)
    if isinstance(exc, NotAllowed):
        return exceptions.PermissionDenied(exc.message)
    if isinstance(exc, RuleViolation):
        return exceptions.ValidationError(exc.as_dict())
    if isinstance(exc, RequestDataTooBig):
        return BodyTooLarge()
    if isinstance(exc, Http404 | ObjectDoesNotExist):
        # A row that vanished between the view's read and the service's lock.
        return exceptions.NotFound(str(exc) or None)
    if isinstance(exc, PermissionDenied):
        return exceptions.PermissionDenied(str(exc) or None)
    return exc


# Which field an error without one is about, by exception class.
_SUBJECT = {
    exceptions.ParseError: "body",
    exceptions.UnsupportedMediaType: "body",
    BodyTooLarge: "body",
    exceptions.NotAuthenticated: "authorization",
    exceptions.AuthenticationFailed: "authorization",
    exceptions.PermissionDenied: "non_field_errors",
    exceptions.MethodNotAllowed: "method",
    exceptions.NotAcceptable: "accept",
    exceptions.Throttled: "non_field_errors",
    PreconditionFailed: "version",
    PreconditionRequired: "version",
}


def exception_handler(exc: Exception, context: dict) -> Response | None:
    exc = _translate(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # an unexpected error: let Django log it and answer 500
    if isinstance(exc, exceptions.ValidationError):
        errors = _field_errors(exc.detail)
        detail = _first_message(errors)
        code = "invalid"
    else:
        detail = str(getattr(exc, "detail", exc))
        errors = {_SUBJECT.get(type(exc), "non_field_errors"): [detail]}
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        code = codes if isinstance(codes, str) else "error"
    body: dict[str, Any] = {"detail": detail, "code": code, "errors": errors}
    if isinstance(exc, PreconditionFailed):
        body["current_version"] = exc.current_version
        response["ETag"] = f'"{exc.current_version}"'
    response.data = body
    return response
