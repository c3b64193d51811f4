"""Keyset ("cursor") pagination with a whitelist of orderings, and no COUNT(*).

A page is "the next N rows after this one in this order". The cursor holds
the sort value and id of the row at the edge of the page, so page 10,000 of
a million quotes costs the same as page 1: an index range scan, never an
OFFSET and never a count.

Ordering is part of the paginator because the cursor depends on it: each
viewset lists the fields one may sort by (``ordering_fields``); the row id
is always the tie-breaker, so the order is total and no row is skipped or
repeated between pages. A NULL sort value counts as larger than any other
(PostgreSQL's own rule), so one index on ``(field, id)`` serves both
directions.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Q, QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from claims.selectors import expected_share, newest_first

ORDERING_PARAM = "ordering"
CURSOR_PARAM = "cursor"
PAGE_SIZE_PARAM = "page_size"


@dataclass(frozen=True)
class Ordering:
    field: str  # "id" or a whitelisted model field
    ascending: bool
    nullable: bool

    @property
    def param(self) -> str:
        return self.field if self.ascending else f"-{self.field}"

    def order_by(self, *, reverse: bool = False) -> list:
        ascending = self.ascending != reverse
        if self.field == "id":
            return ["id" if ascending else "-id"]
        if ascending:
            return [F(self.field).asc(nulls_last=True), "id"]
        return [F(self.field).desc(nulls_first=True), "-id"]

    def after(self, value: Any, row_id: int, *, reverse: bool = False) -> Q:
        """Rows strictly after ``(value, row_id)`` in this order (or before, reversed)."""
        ascending = self.ascending != reverse
        if self.field == "id":
            return Q(id__gt=row_id) if ascending else Q(id__lt=row_id)
        f = self.field
        if ascending:
            if value is None:  # in the NULL tail: only later NULLs remain
                return Q(**{f"{f}__isnull": True, "id__gt": row_id})
            later = Q(**{f"{f}__gt": value}) | Q(**{f: value, "id__gt": row_id})
            # The redundant bound lets PostgreSQL start an index range scan at
            # the cursor instead of filtering from the start of the index.
            later = Q(**{f"{f}__gte": value}) & later
            return later | Q(**{f"{f}__isnull": True}) if self.nullable else later
        if value is None:
            return Q(**{f"{f}__isnull": False}) | Q(**{f"{f}__isnull": True, "id__lt": row_id})
        earlier = Q(**{f"{f}__lt": value}) | Q(**{f: value, "id__lt": row_id})
        return Q(**{f"{f}__lte": value}) & earlier


def _encode(payload: dict[str, Any]) -> str:
    raw = json.dumps(payload, separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _bad_cursor(reason: str) -> ValidationError:
    return ValidationError({CURSOR_PARAM: [f"{reason} Use the next/previous links as given."]})


def _decode(token: str) -> dict[str, Any]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise _bad_cursor("The cursor is not one this API made.") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("i"), int):
        raise _bad_cursor("The cursor is not one this API made.")
    return payload


class KeysetPagination(BasePagination):
    default_page_size: int = settings.REST_FRAMEWORK["PAGE_SIZE"]
    max_page_size: int = settings.API_MAX_PAGE_SIZE

    def __init__(self) -> None:
        self.next_url: str | None = None
        self.previous_url: str | None = None

    # --- parameters --------------------------------------------------------
    def get_ordering(self, request, view) -> Ordering:
        fields: dict[str, bool] = getattr(view, "ordering_fields", {"id": False})
        default: str = getattr(view, "default_ordering", "-id")
        raw = request.query_params.get(ORDERING_PARAM, "").strip() or default
        name = raw.removeprefix("-")
        if name not in fields:
            allowed = ", ".join(sorted(fields) + sorted(f"-{f}" for f in fields))
            raise ValidationError(
                {ORDERING_PARAM: [f"Cannot order by {raw!r}; use one of: {allowed}."]}
            )
        return Ordering(field=name, ascending=not raw.startswith("-"), nullable=fields[name])

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(PAGE_SIZE_PARAM)
        if raw is None or raw == "":
            return self.default_page_size
        if not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError(
                {PAGE_SIZE_PARAM: [f"Give a whole number from 1 to {self.max_page_size}."]}
            )
        return int(raw)

    def _cursor_position(self, request, queryset: QuerySet, ordering: Ordering):
        token = request.query_params.get(CURSOR_PARAM)
        if not token:
            return None
        payload = _decode(token)
        if payload.get("o") != ordering.param:
            raise _bad_cursor(
                f"The cursor was made for ordering {payload.get('o')!r}, not {ordering.param!r}."
            )
        value = payload.get("v")
        if ordering.field != "id" and value is not None:
            field = queryset.model._meta.get_field(ordering.field)
            try:
                value = field.to_python(value)
            except DjangoValidationError:
                raise _bad_cursor("The cursor's position is not valid.") from None
        return value, payload["i"], bool(payload.get("r"))

    # --- paging ------------------------------------------------------------
    def paginate_queryset(self, queryset, request, view=None):
        ordering = self.get_ordering(request, view)
        page_size = self.get_page_size(request)
        position = self._cursor_position(request, queryset, ordering)
        backwards = bool(position and position[2])
        if position is not None:
            value, row_id, _ = position
            queryset = queryset.filter(ordering.after(value, row_id, reverse=backwards))
        if self._windowed(request, view, ordering, backwards):
            below = position[1] if position is not None else None
            share = expected_share(request.query_params.get(view.windowed_search_param, ""))
            rows = newest_first(queryset, limit=page_size + 1, below=below, share=share)
        else:
            rows = list(queryset.order_by(*ordering.order_by(reverse=backwards))[: page_size + 1])
        more = len(rows) > page_size
        rows = rows[:page_size]
        if backwards:
            rows.reverse()
        url = request.build_absolute_uri()
        has_next = more if not backwards else True
        has_previous = position is not None and (more if backwards else True)
        self.next_url = self._link(url, ordering, rows[-1]) if rows and has_next else None
        self.previous_url = (
            self._link(url, ordering, rows[0], backwards=True) if rows and has_previous else None
        )
        return rows

    @staticmethod
    def _windowed(request, view, ordering: Ordering, backwards: bool) -> bool:
        """Newest-first pages of a search are read by ``newest_first``: a
        view names its search parameter in ``windowed_search_param``."""
        param = getattr(view, "windowed_search_param", None)
        return bool(
            param
            and request.query_params.get(param, "").strip()
            and ordering.field == "id"
            and not ordering.ascending
            and not backwards
        )

    def _link(self, url: str, ordering: Ordering, row: Any, *, backwards: bool = False) -> str:
        # A page holds model instances or, for quotes, values() rows.
        if isinstance(row, dict):
            row_id, value = row["id"], row.get(ordering.field)
        else:
            row_id, value = row.pk, getattr(row, ordering.field)
        payload: dict[str, Any] = {
            "o": ordering.param,
            "v": None if ordering.field == "id" else value,
            "i": row_id,
        }
        if backwards:
            payload["r"] = 1
        return replace_query_param(url, CURSOR_PARAM, _encode(payload))

    def get_paginated_response(self, data) -> Response:
        return Response({"next": self.next_url, "previous": self.previous_url, "results": data})

    # --- schema ------------------------------------------------------------
    def get_paginated_response_schema(self, schema: dict) -> dict:
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {
                "next": {**link, "description": "The next page, or null on the last one."},
                "previous": {**link, "description": "The previous page, or null on the first."},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view) -> list[dict]:
        fields = sorted(getattr(view, "ordering_fields", {"id": False}))
        choices = [v for f in fields for v in (f, f"-{f}")]
        default = getattr(view, "default_ordering", "-id")
        return [
            {
                "name": CURSOR_PARAM,
                "in": "query",
                "required": False,
                "description": "Opaque position from a previous page's `next` or `previous` "
                "link. Deep pages cost the same as the first one.",
                "schema": {"type": "string"},
            },
            {
                "name": PAGE_SIZE_PARAM,
                "in": "query",
                "required": False,
                "description": f"Rows per page, 1 to {self.max_page_size} "
                f"(default {self.default_page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
            {
                "name": ORDERING_PARAM,
                "in": "query",
                "required": False,
                "description": f"Sort order; `-` for descending. Default `{default}`. "
                "The row id breaks ties.",
                "schema": {"type": "string", "enum": choices, "default": default},
                "example": default,
            },
        ]
