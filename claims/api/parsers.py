"""JSON bodies, with the checks DRF leaves out.

DRF reads a JSON body straight from the socket, past Django's
DATA_UPLOAD_MAX_MEMORY_SIZE; and text PostgreSQL cannot store (NUL
characters, lone surrogates) would otherwise fail deep in the database
driver as a 500. Both are refused here with a 4xx naming the field.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError

from claims.api.errors import BodyTooLarge


def unstorable_reason(text: str) -> str | None:
    """Why ``text`` cannot be stored as text, or None when it can."""
    if "\x00" in text:
        return "Text may not contain NUL (\\u0000) characters."
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "Text contains an unpaired surrogate; send valid UTF-8."
    return None


def _check_strings(value: Any, path: str, errors: dict[str, list[str]]) -> None:
    if isinstance(value, str):
        reason = unstorable_reason(value)
        if reason:
            errors.setdefault(path or "body", []).append(reason)
    elif isinstance(value, dict):
        for key, item in value.items():
            if unstorable_reason(str(key)):
                errors.setdefault("body", []).append("A key contains characters that are not text.")
                continue
            _check_strings(item, f"{path}.{key}" if path else str(key), errors)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{path}[{index}]", errors)


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        request = (parser_context or {}).get("request")
        if request is not None and limit is not None:
            try:
                declared = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                raise ParseError("The Content-Length header is not a number.") from None
            if declared > limit:
                raise BodyTooLarge(f"The body is {declared} bytes; the limit is {limit} bytes.")
        raw = stream.read(limit + 1) if (stream is not None and limit is not None) else b""
        if limit is not None and len(raw) > limit:
            raise BodyTooLarge(f"The body is over the limit of {limit} bytes.")
        if not raw:
            return {}
        encoding = parsers.get_encoding(parser_context or {})
        try:
            data = json.loads(raw.decode(encoding), parse_constant=_refuse_constant)
        except UnicodeDecodeError:
            raise ParseError(f"The body is not valid {encoding} text.") from None
        except ValueError as exc:
            raise ParseError(f"The body is not valid JSON: {exc}") from None
        except RecursionError:
            raise ParseError("The body is nested too deeply.") from None
        errors: dict[str, list[str]] = {}
        _check_strings(data, "", errors)
        if errors:
            raise ValidationError(errors)
        return data


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON value")
