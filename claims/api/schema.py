"""OpenAPI schema generation: the shared error responses and parameter examples."""

from __future__ import annotations

import re
from typing import Any

ERROR_SCHEMA = {
    "type": "object",
    "required": ["detail", "code", "errors"],
    "properties": {
        "detail": {"type": "string", "description": "One sentence for a person."},
        "code": {"type": "string", "description": "Machine-readable reason."},
        "errors": {
            "type": "object",
            "description": "The field (or `body`, `authorization`, `version`, "
            "`non_field_errors`) and what is wrong with it.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
        "current_version": {
            "type": "integer",
            "description": "On 412 only: the quote's version now.",
        },
    },
    "example": {
        "detail": "cable_date: '2010-02-30' is not a real calendar date.",
        "code": "invalid",
        "errors": {"cable_date": ["'2010-02-30' is not a real calendar date."]},
    },
}

ALWAYS = {
    "401": "No credentials, or a token that is unknown or expired.",
    "403": "Your role does not allow this.",
    "404": "No such resource.",
    "406": "The Accept header asks for a format this endpoint does not give.",
    "429": "Too many requests; the Retry-After header says when to retry.",
}
READS = {"400": "A query parameter is not valid: `errors` names it."}
WRITES = {
    "400": "The body is not valid: `errors` names each field at fault and why.",
    "413": "The body is over the size limit.",
    "415": "The body is not JSON (send Content-Type: application/json).",
}
VERSIONED = {
    "412": "Your version is stale: someone changed the quote. `current_version` has "
    "the version now; read the quote again and retry.",
    "428": "The version is missing: send If-Match (or `version` in the body).",
}
# Writes to an existing quote or its evidence carry the quote's version.
_VERSIONED_PATH = re.compile(r"^/api/v1/quotes/\{(id|quote_pk)\}/")

PARAMETER_EXAMPLES = {
    "q": "القاعدة",
    "status": "corroborated",
    "speaker": 3,
    "document": 1,
    "language": "ar",
    "cable_date_from": "2009",
    "cable_date_to": "2010-02",
    "cable_ref": "10PARIS191",
    "has_evidence": "true",
    "approved": "true",
    "origin": "extracted",
    "assignee": 2,
    "kind": "cable",
    "relation": "corroborates",
    "published_from": "2010-11-28",
    "published_to": "2010-12-31",
    "page_size": 50,
    # {"o": "-id", "v": null, "i": 123}: the page after quote 123, newest first.
    "cursor": "eyJvIjoiLWlkIiwidiI6bnVsbCwiaSI6MTIzfQ",
}


def add_error_responses(result: dict[str, Any], generator, request, public) -> dict[str, Any]:
    """Document the errors every operation can answer, in the one shared shape."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    ref = {"$ref": "#/components/schemas/Error"}
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            codes = dict(ALWAYS)
            codes.update(READS if method == "get" else WRITES)
            if method in ("post", "patch", "put", "delete") and _VERSIONED_PATH.match(path):
                codes.update(VERSIONED)
            if method != "get":
                codes["405"] = "This method is not allowed here."
            responses = operation.setdefault("responses", {})
            for code, description in codes.items():
                responses.setdefault(
                    code,
                    {
                        "description": description,
                        "content": {"application/json": {"schema": ref}},
                    },
                )
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "format" and not parameter.get("description"):
                    parameter["description"] = (
                        "Response format, instead of an Accept header: "
                        + " or ".join(f"`{v}`" for v in parameter["schema"].get("enum", []))
                    )
                example = PARAMETER_EXAMPLES.get(parameter.get("name"))
                if example is not None and "example" not in parameter:
                    parameter["example"] = example
    return result
