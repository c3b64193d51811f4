"""ETag / If-Match for quotes: the version a write is based on.

A quote's ETag is its version number, quoted (``"3"``). Every write to a
quote (edit, delete, verdict, approval, evidence) must say which version it
was based on, in ``If-Match`` or as ``version`` in the body. The service
compares it with the locked row: a stale one gets 412 with the current
version, a missing one 428. So no update is ever lost, even between two
clients that read the quote at the same moment.
"""

from __future__ import annotations

import re

from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.errors import PreconditionRequired

_ETAG = re.compile(r'^(?:W/)?"?([0-9]{1,10})"?$')


def etag(version: int) -> str:
    return f'"{version}"'


def with_etag(response: Response, version: int) -> Response:
    response["ETag"] = etag(version)
    return response


def expected_version(request: Request, body_version: int | None) -> int:
    """The version the client's write is based on, from If-Match or the body."""
    header = request.headers.get("If-Match", "").strip()
    if not header:
        if body_version is None:
            raise PreconditionRequired()
        return body_version
    match = _ETAG.match(header)
    if match is None:
        raise ValidationError(
            {
                "if_match": [
                    f"{header[:40]!r} is not an ETag of this API: send the ETag header of "
                    'your last read, such as "3" (If-Match: * is not accepted).'
                ]
            }
        )
    version = int(match.group(1))
    if body_version is not None and body_version != version:
        raise ValidationError(
            {"version": [f"The body says version {body_version}, If-Match says {version}."]}
        )
    return version
