"""The REST API: thin viewsets that parse, call a service or selector, render.

No view writes a quote, a verdict or an event itself: every change goes
through ``claims.services``, which owns the transaction, the row lock, the
version check and the history. The exception handler (``errors.py``) turns
the services' domain errors into 400/403/412 responses.
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Callable, Iterator
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import renderers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer

from claims import services
from claims.api import serializers as s
from claims.api.concurrency import expected_version, with_etag
from claims.api.errors import NotPublished
from claims.api.filters import (
    DocumentFilter,
    EvidenceFilter,
    QuoteFilter,
    SourceFilter,
    SpeakerFilter,
)
from claims.api.parsers import unstorable_reason
from claims.claimreview import ClaimReviewUnavailable, claim_review
from claims.extraction.normalize import normalize
from claims.models import (
    Document,
    Evidence,
    Origin,
    Quote,
    QuoteEvent,
    Source,
    Speaker,
    SpeakerAlias,
)
from claims.selectors import can_see_quotes, quotes_visible_to

ID_REGEX = r"[0-9]{1,18}"  # ids beyond a 64-bit integer are simply not found


class JSONLDRenderer(renderers.JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


class CSVRenderer(renderers.BaseRenderer):
    """Only lets ``Accept: text/csv`` through negotiation; the view streams."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


def read(serializer_class: type[Serializer], request: Request) -> Serializer:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer


def call(service: Callable[..., Any], *, rename: dict[str, str] | None = None, **kwargs: Any):
    """Call a service; a RuleViolation about one of its arguments is reported
    under the name the API gives that input."""
    try:
        return service(**kwargs)
    except services.RuleViolation as exc:
        if rename and exc.field in rename:
            exc.field = rename[exc.field]
        raise


class ApiViewSet(viewsets.GenericViewSet):
    """What every viewset shares: id format, query-string hygiene, JSON errors."""

    lookup_value_regex = ID_REGEX
    required_perms: dict[str, str | None] = {}
    ordering_fields: dict[str, bool] = {"id": False}
    default_ordering = "-id"
    error_renderer = renderers.JSONRenderer()

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        errors = {
            name: [reason]
            for name, values in request.query_params.lists()
            for value in values
            if (reason := unstorable_reason(value))
        }
        if errors:
            raise ValidationError(errors)

    def finalize_response(self, request, response, *args, **kwargs):
        # Errors are always JSON, also from the JSON-LD and CSV endpoints.
        if isinstance(response, Response) and response.status_code >= 400:
            request.accepted_renderer = self.error_renderer
            request.accepted_media_type = self.error_renderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)

    def get_object(self):
        # Filters are for lists: a detail URL finds its row whatever the query string.
        obj = get_object_or_404(self.get_queryset(), pk=self.kwargs[self.lookup_field])
        self.check_object_permissions(self.request, obj)
        return obj

    def list_response(self, queryset: QuerySet, serializer_class: type[Serializer]) -> Response:
        page = self.paginate_queryset(self.filter_queryset(queryset))
        return self.get_paginated_response(serializer_class(page, many=True).data)


@csrf_exempt  # a POST to a wrong URL is a 404, not a CSRF failure page
def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """The answer for a URL under /api/v1/ that names no endpoint (or no valid id)."""
    detail = f"No API endpoint at {request.path}."
    return JsonResponse(
        {"detail": detail, "code": "not_found", "errors": {"non_field_errors": [detail]}},
        status=404,
    )


# --- quotes ----------------------------------------------------------------------

VERSION_HEADER = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description='The ETag of your last read of the quote, such as "3". Required unless the '
    "body carries `version`. A stale one gets 412 with the current version; none gets 428.",
)


def evidence_count() -> Coalesce:
    count = (
        Evidence.objects.filter(quote_id=OuterRef("pk"))
        .order_by()
        .values("quote_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(count, output_field=IntegerField()), 0)


def user_name(field: str) -> Subquery:
    users = get_user_model().objects.filter(pk=OuterRef(field))
    return Subquery(users.values(get_user_model().USERNAME_FIELD)[:1])


@functools.cache
def _quote_rows_template() -> QuerySet[Quote]:
    # Built once per process and only ever cloned (never evaluated): resolving
    # the four annotations and the values() list cost ~1.5 ms of every request.
    return Quote.objects.annotate(
        evidence_count=evidence_count(),
        verdict_by_name=user_name("verdict_by_id"),
        approved_by_name=user_name("approved_by_id"),
        assignee_name=user_name("assignee_id"),
    ).values(*s.QUOTE_VALUES)


def quote_rows(user) -> QuerySet[Quote]:
    """Visible quotes as the rows QuoteSerializer renders, in one query.

    The three user names are scalar subqueries rather than joins: with the
    document and speaker joins (and a filter's joins) PostgreSQL would plan a
    seven-way join on every request, which costs more than running the query.
    """
    rows = _quote_rows_template().all()
    return rows if can_see_quotes(user) else rows.none()


def quote_response(request: Request, quote_id: int, code: int = status.HTTP_200_OK) -> Response:
    row = get_object_or_404(quote_rows(request.user), pk=quote_id)
    return with_etag(Response(s.QuoteSerializer(row).data, status=code), row["version"])


@extend_schema_view(
    list=extend_schema(
        summary="List quotes",
        description="Newest first by default. Filters combine with AND; `q` searches the "
        "text and speaker in any Arabic spelling. Pages are cursor-based and never counted.",
    ),
    retrieve=extend_schema(
        summary="Get a quote",
        description="The `ETag` response header carries the quote's version: send it back "
        "in `If-Match` with any change.",
    ),
)
class QuoteViewSet(ApiViewSet):
    serializer_class = s.QuoteSerializer
    filterset_class = QuoteFilter
    ordering_fields = {"id": False, "cable_date": True, "updated_at": False}
    windowed_search_param = "q"  # pagination.py: newest matches without a full index walk
    required_perms = {
        "list": "view_quote",
        "retrieve": "view_quote",
        "claimreview": "view_quote",
        "create": "add_quote",
        "partial_update": "change_quote",
        "destroy": "delete_quote",
        "verdict": "set_verdict",
        "take": "set_verdict",
        "approve": "approve_verdict",
    }

    def get_queryset(self) -> QuerySet[Quote]:
        return quote_rows(self.request.user)

    def list(self, request: Request) -> Response:
        return self.list_response(self.get_queryset(), s.QuoteSerializer)

    def retrieve(self, request: Request, pk: str) -> Response:
        return quote_response(request, int(pk))

    @extend_schema(
        summary="File a quote by hand",
        description="The quote is the document's text between `start` and `end` (character "
        "offsets). It starts `unverified`.",
        request=s.QuoteCreateSerializer,
        responses={201: s.QuoteSerializer},
        examples=[
            OpenApiExample(
                "A quote with speaker and cable date",
                value={
                    "document": 1,
                    "start": 120,
                    "end": 168,
                    "speaker": 3,
                    "role": "director of the Africa department",
                    "cable_date": "2010-02",
                    "cable_ref": "10PARIS191",
                },
                request_only=True,
            )
        ],
    )
    def create(self, request: Request) -> Response:
        data = read(s.QuoteCreateSerializer, request).service_arguments()
        quote = call(services.quote_create, actor=request.user, origin=Origin.ENTERED, **data)
        response = quote_response(request, quote.pk, status.HTTP_201_CREATED)
        response["Location"] = request.build_absolute_uri(f"{quote.pk}/")
        return response

    @extend_schema(
        summary="Edit a quote",
        description="Change the span, speaker, role, cable date or cable reference. Needs "
        "the version (If-Match or `version`). Any change withdraws an approval.",
        request=s.QuoteUpdateSerializer,
        responses={200: s.QuoteSerializer},
        parameters=[VERSION_HEADER],
        examples=[
            OpenApiExample(
                "Set the cable date to a month",
                value={"cable_date": "2010-02", "version": 3},
                request_only=True,
            )
        ],
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        data = read(s.QuoteUpdateSerializer, request)
        version = expected_version(request, data.validated_data.get("version"))
        call(
            services.quote_update,
            rename={"speaker_id": "speaker"},
            quote_id=int(pk),
            expected_version=version,
            actor=request.user,
            changes=data.changes(),
        )
        return quote_response(request, int(pk))

    @extend_schema(
        summary="Delete a quote",
        description="Only a quote without a verdict (unverified or in review) can be deleted; "
        "its history stays. Editors only.",
        request=None,
        parameters=[VERSION_HEADER],
        responses={204: None},
    )
    def destroy(self, request: Request, pk: str) -> Response:
        data = read(s.VersionedInputSerializer, request)
        version = expected_version(request, data.validated_data.get("version"))
        services.quote_delete(quote_id=int(pk), expected_version=version, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        summary="Set the verdict",
        description="`corroborated` needs corroborating evidence, `refuted` contradicting "
        "evidence; every final verdict needs a note. Setting a verdict withdraws any approval.",
        request=s.VerdictSerializer,
        responses={200: s.QuoteSerializer},
        parameters=[VERSION_HEADER],
        examples=[
            OpenApiExample(
                "Corroborated",
                value={
                    "status": "corroborated",
                    "note": "Matches cable 10PARIS191, paragraph 4.",
                    "version": 4,
                },
                request_only=True,
            )
        ],
    )
    @action(detail=True, methods=["post"])
    def verdict(self, request: Request, pk: str) -> Response:
        data = read(s.VerdictSerializer, request).validated_data
        services.quote_set_verdict(
            quote_id=int(pk),
            expected_version=expected_version(request, data.get("version")),
            status=data["status"],
            note=data["note"],
            actor=request.user,
        )
        return quote_response(request, int(pk))

    @extend_schema(
        summary="Approve the verdict",
        description="A second editor, not the one who set the verdict, publishes it. Editors only.",
        request=s.ApprovalSerializer,
        responses={200: s.QuoteSerializer},
        parameters=[VERSION_HEADER],
        examples=[OpenApiExample("Approve", value={"version": 5}, request_only=True)],
    )
    @action(detail=True, methods=["post"])
    def approve(self, request: Request, pk: str) -> Response:
        data = read(s.ApprovalSerializer, request).validated_data
        services.quote_approve(
            quote_id=int(pk),
            expected_version=expected_version(request, data.get("version")),
            actor=request.user,
        )
        return quote_response(request, int(pk))

    @extend_schema(
        summary="Take a quote into review",
        description="Puts an unverified quote in your review queue (status `in_review`).",
        request=s.ApprovalSerializer,
        responses={200: s.QuoteSerializer},
        parameters=[VERSION_HEADER],
        examples=[OpenApiExample("Take", value={"version": 1}, request_only=True)],
    )
    @action(detail=True, methods=["post"])
    def take(self, request: Request, pk: str) -> Response:
        data = read(s.ApprovalSerializer, request).validated_data
        services.quote_take(
            quote_id=int(pk),
            expected_version=expected_version(request, data.get("version")),
            actor=request.user,
        )
        return quote_response(request, int(pk))

    @extend_schema(
        summary="ClaimReview JSON-LD",
        description="schema.org ClaimReview for an approved verdict, ready to embed in a "
        "page (Google Fact Check markup). 404 with the reason while the verdict is not "
        "approved.",
        responses={200: s.ClaimReviewSerializer},
    )
    @action(detail=True, methods=["get"], renderer_classes=[JSONLDRenderer, renderers.JSONRenderer])
    def claimreview(self, request: Request, pk: str) -> Response:
        quote = get_object_or_404(quotes_visible_to(request.user), pk=pk)
        try:
            return Response(claim_review(quote, base_url=request.build_absolute_uri("/")))
        except ClaimReviewUnavailable as exc:
            raise NotPublished(exc.reason) from None


@extend_schema_view(
    list=extend_schema(
        summary="History of a quote",
        description="Every change, oldest first: created, edited, taken, verdict changed, "
        "approved, evidence added/changed/removed, deleted. Read-only; kept after deletion.",
    )
)
class QuoteHistoryViewSet(ApiViewSet):
    serializer_class = s.QuoteEventSerializer
    default_ordering = "id"
    required_perms = {"list": "view_quoteevent"}

    def get_queryset(self) -> QuerySet[QuoteEvent]:
        if getattr(self, "swagger_fake_view", False):  # schema generation: no URL kwargs
            return QuoteEvent.objects.none()
        return QuoteEvent.objects.filter(quote_id=self.kwargs["quote_pk"]).select_related("actor")

    def list(self, request: Request, quote_pk: str) -> Response:
        response = self.list_response(self.get_queryset(), s.QuoteEventSerializer)
        if not response.data["results"] and "cursor" not in request.query_params:
            # No event at all: no such quote, now or ever.
            raise NotFound(f"No quote with id {quote_pk}.")
        return response


@extend_schema_view(
    list=extend_schema(summary="Evidence for a quote"),
    retrieve=extend_schema(summary="One piece of evidence"),
)
class EvidenceViewSet(ApiViewSet):
    serializer_class = s.EvidenceSerializer
    filterset_class = EvidenceFilter
    default_ordering = "id"
    required_perms = {
        "list": "view_evidence",
        "retrieve": "view_evidence",
        "create": "add_evidence",
        "partial_update": "change_evidence",
        "destroy": "delete_evidence",
    }

    def get_queryset(self) -> QuerySet[Evidence]:
        if getattr(self, "swagger_fake_view", False):
            return Evidence.objects.none()
        return Evidence.objects.filter(quote_id=self.kwargs["quote_pk"]).select_related(
            "source", "added_by"
        )

    def _quote_version(self) -> int:
        return get_object_or_404(
            Quote.objects.values_list("version", flat=True), pk=self.kwargs["quote_pk"]
        )

    def list(self, request: Request, quote_pk: str) -> Response:
        get_object_or_404(quotes_visible_to(request.user).values("pk"), pk=quote_pk)
        return self.list_response(self.get_queryset(), s.EvidenceSerializer)

    def retrieve(self, request: Request, quote_pk: str, pk: str) -> Response:
        return Response(s.EvidenceSerializer(self.get_object()).data)

    @extend_schema(
        summary="Add evidence",
        description="Link a source to the quote: it corroborates, contradicts or gives "
        "context. Needs the quote's version (If-Match); the response's ETag is the new one.",
        request=s.EvidenceCreateSerializer,
        responses={201: s.EvidenceSerializer},
        parameters=[VERSION_HEADER],
        examples=[
            OpenApiExample(
                "A corroborating cable",
                value={
                    "source": 2,
                    "relation": "corroborates",
                    "excerpt": "AQIM is expanding into northern Burkina Faso",
                    "location": "paragraph 4",
                    "version": 3,
                },
                request_only=True,
            )
        ],
    )
    def create(self, request: Request, quote_pk: str) -> Response:
        data = read(s.EvidenceCreateSerializer, request).validated_data
        version = expected_version(request, data.pop("version", None))
        evidence = services.evidence_add(
            quote_id=int(quote_pk),
            expected_version=version,
            actor=request.user,
            source_id=data.pop("source"),
            **data,
        )
        evidence = self.get_queryset().get(pk=evidence.pk)
        response = Response(s.EvidenceSerializer(evidence).data, status=status.HTTP_201_CREATED)
        return with_etag(response, self._quote_version())

    @extend_schema(
        summary="Change evidence",
        request=s.EvidenceUpdateSerializer,
        responses={200: s.EvidenceSerializer},
        parameters=[VERSION_HEADER],
        examples=[
            OpenApiExample(
                "Now contradicts",
                value={"relation": "contradicts", "version": 4},
                request_only=True,
            )
        ],
    )
    def partial_update(self, request: Request, quote_pk: str, pk: str) -> Response:
        evidence = self.get_object()
        data = read(s.EvidenceUpdateSerializer, request).validated_data
        version = expected_version(request, data.pop("version", None))
        services.evidence_update(
            evidence_id=evidence.pk, expected_version=version, actor=request.user, **data
        )
        evidence = self.get_object()
        return with_etag(Response(s.EvidenceSerializer(evidence).data), self._quote_version())

    @extend_schema(
        summary="Remove evidence",
        description="Refused while the verdict depends on it (the only corroborating piece "
        "of a `corroborated` quote).",
        request=None,
        parameters=[VERSION_HEADER],
        responses={204: None},
    )
    def destroy(self, request: Request, quote_pk: str, pk: str) -> Response:
        evidence = self.get_object()
        data = read(s.VersionedInputSerializer, request).validated_data
        quote = services.evidence_remove(
            evidence_id=evidence.pk,
            expected_version=expected_version(request, data.get("version")),
            actor=request.user,
        )
        return with_etag(Response(status=status.HTTP_204_NO_CONTENT), quote.version)


# --- documents -------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="List documents", description="Without their bodies."),
    retrieve=extend_schema(summary="Get a document", description="With its full text."),
)
class DocumentViewSet(ApiViewSet):
    serializer_class = s.DocumentSerializer
    filterset_class = DocumentFilter
    ordering_fields = {"id": False, "published_on": True}
    required_perms = {
        "list": "view_document",
        "retrieve": "view_document",
        "create": "add_document",
        "extract": "add_quote",
    }

    def get_queryset(self) -> QuerySet[Document]:
        queryset = Document.objects.select_related("created_by")
        return queryset.defer("body") if self.action == "list" else queryset

    def list(self, request: Request) -> Response:
        return self.list_response(self.get_queryset(), s.DocumentSerializer)

    def retrieve(self, request: Request, pk: str) -> Response:
        return Response(s.DocumentDetailSerializer(self.get_object()).data)

    @extend_schema(
        summary="Add a document",
        description="Stored once: sending the same body again returns the stored document "
        "with 200 instead of 201. `extract: true` files its quotes right away.",
        request=s.DocumentCreateSerializer,
        responses={201: s.DocumentIngestSerializer, 200: s.DocumentIngestSerializer},
        examples=[
            OpenApiExample(
                "An article, with extraction",
                value={
                    "title": "وثائق ويكيليكس: تعاون فرنسي اميركي",
                    "body": 'وقال المسؤول ان "التعاون يتقدم".',
                    "language": "ar",
                    "kind": "article",
                    "publisher": "AFP",
                    "url": "https://example.org/article",
                    "published_on": "2010-12-05",
                    "cable_ref": "",
                    "extract": True,
                },
                request_only=True,
            )
        ],
    )
    def create(self, request: Request) -> Response:
        data = read(s.DocumentCreateSerializer, request).validated_data
        run_extraction = data.pop("extract")
        result = services.document_ingest(actor=request.user, run_extraction=run_extraction, **data)
        document = result.document
        document.quotes_filed = [quote.pk for quote in result.quotes]
        code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        return Response(s.DocumentIngestSerializer(document).data, status=code)

    @extend_schema(
        summary="Run quote extraction",
        description="Files the quotes the extraction engine finds that are not filed yet "
        "(never duplicates, never touches a reviewed quote).",
        request=None,
        responses={200: s.ExtractionResultSerializer},
    )
    @action(detail=True, methods=["post"])
    def extract(self, request: Request, pk: str) -> Response:
        document = self.get_object()
        filed = services.document_extract(document_id=document.pk, actor=request.user)
        quotes = quote_rows(request.user).filter(pk__in=[q.pk for q in filed]).order_by("start")
        return Response(
            {"document": document.pk, "quotes": s.QuoteSerializer(quotes, many=True).data}
        )


# --- speakers --------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="List speakers", description="With their aliases."),
    retrieve=extend_schema(summary="Get a speaker"),
)
class SpeakerViewSet(ApiViewSet):
    serializer_class = s.SpeakerSerializer
    filterset_class = SpeakerFilter
    ordering_fields = {"id": False, "name": False}
    default_ordering = "name"
    required_perms = {
        "list": "view_speaker",
        "retrieve": "view_speaker",
        "create": "add_speaker",
        "partial_update": "change_speaker",
        "aliases": "add_speakeralias",
        "remove_alias": "delete_speakeralias",
        "merge": "merge_speaker",
    }

    def get_queryset(self) -> QuerySet[Speaker]:
        return Speaker.objects.prefetch_related("aliases")

    def list(self, request: Request) -> Response:
        return self.list_response(self.get_queryset(), s.SpeakerSerializer)

    def retrieve(self, request: Request, pk: str) -> Response:
        return Response(s.SpeakerSerializer(self.get_object()).data)

    @extend_schema(
        summary="Register a speaker",
        description="Finds the speaker by any known spelling first: if the name or an alias "
        "already matches, that speaker is returned with 200; otherwise a new one with 201.",
        request=s.SpeakerCreateSerializer,
        responses={201: s.SpeakerSerializer, 200: s.SpeakerSerializer},
        examples=[
            OpenApiExample(
                "A person", value={"name": "ستيفان غومبرتز", "kind": "person"}, request_only=True
            )
        ],
    )
    def create(self, request: Request) -> Response:
        data = read(s.SpeakerCreateSerializer, request).validated_data
        existing = services.speaker_find(name=data["name"])
        speaker = existing or call(services.speaker_resolve, rename={"speaker": "name"}, **data)
        code = status.HTTP_200_OK if existing else status.HTTP_201_CREATED
        return Response(
            s.SpeakerSerializer(self.get_queryset().get(pk=speaker.pk)).data, status=code
        )

    @extend_schema(
        summary="Edit a speaker",
        request=s.SpeakerUpdateSerializer,
        responses={200: s.SpeakerSerializer},
        examples=[
            OpenApiExample(
                "Describe",
                value={"description": "Director for Africa, French foreign ministry"},
                request_only=True,
            )
        ],
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        speaker = self.get_object()
        data = read(s.SpeakerUpdateSerializer, request).validated_data
        if "name" in data and not data["name"].strip():
            raise ValidationError({"name": ["A speaker needs a name."]})
        for name, value in data.items():
            setattr(speaker, name, value.strip() if name == "name" else value)
        speaker.save()  # Speaker.save keeps the normalised name in step
        return Response(s.SpeakerSerializer(self.get_queryset().get(pk=speaker.pk)).data)

    @extend_schema(
        summary="Add an alias",
        description="Another spelling of the speaker's name (Arabic or Latin).",
        request=s.AliasCreateSerializer,
        responses={201: s.SpeakerSerializer},
        examples=[
            OpenApiExample("Latin spelling", value={"name": "Stéphane Gompertz"}, request_only=True)
        ],
    )
    @action(detail=True, methods=["post"])
    def aliases(self, request: Request, pk: str) -> Response:
        speaker = self.get_object()
        name = read(s.AliasCreateSerializer, request).validated_data["name"].strip()
        if not name:
            raise ValidationError({"name": ["An alias needs a name."]})
        alias = SpeakerAlias(speaker=speaker, name=name)
        if SpeakerAlias.objects.filter(speaker=speaker, name_normalized=normalize(name)).exists():
            raise ValidationError({"name": ["The speaker already has this spelling."]})
        alias.save()
        speaker = self.get_queryset().get(pk=speaker.pk)
        return Response(s.SpeakerSerializer(speaker).data, status=status.HTTP_201_CREATED)

    @extend_schema(summary="Remove an alias", request=None, responses={204: None})
    @action(detail=True, methods=["delete"], url_path=rf"aliases/(?P<alias_id>{ID_REGEX})")
    def remove_alias(self, request: Request, pk: str, alias_id: str) -> Response:
        speaker = self.get_object()
        get_object_or_404(SpeakerAlias, pk=alias_id, speaker=speaker).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        summary="Merge into another speaker",
        description="Folds this speaker into `into`: its quotes (each gets a new version and "
        "a history entry), name and aliases move, and this speaker is deleted. Editors only.",
        request=s.SpeakerMergeSerializer,
        responses={200: s.SpeakerSerializer},
        examples=[OpenApiExample("Merge", value={"into": 7}, request_only=True)],
    )
    @action(detail=True, methods=["post"])
    def merge(self, request: Request, pk: str) -> Response:
        target = read(s.SpeakerMergeSerializer, request).validated_data["into"]
        merged = call(
            services.speaker_merge,
            rename={"source": "id", "target": "into"},
            source_id=int(pk),
            target_id=target,
            actor=request.user,
        )
        return Response(s.SpeakerSerializer(self.get_queryset().get(pk=merged.pk)).data)


# --- sources ---------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="List sources"),
    retrieve=extend_schema(summary="Get a source"),
)
class SourceViewSet(ApiViewSet):
    serializer_class = s.SourceSerializer
    filterset_class = SourceFilter
    ordering_fields = {"id": False, "title": False}
    default_ordering = "title"
    required_perms = {
        "list": "view_source",
        "retrieve": "view_source",
        "create": "add_source",
        "partial_update": "change_source",
    }

    def get_queryset(self) -> QuerySet[Source]:
        return Source.objects.select_related("created_by")

    def list(self, request: Request) -> Response:
        return self.list_response(self.get_queryset(), s.SourceSerializer)

    def retrieve(self, request: Request, pk: str) -> Response:
        return Response(s.SourceSerializer(self.get_object()).data)

    @extend_schema(
        summary="Add a source",
        request=s.SourceWriteSerializer,
        responses={201: s.SourceSerializer},
        examples=[
            OpenApiExample(
                "A cable",
                value={
                    "title": "France/Africa: AQIM expanding",
                    "kind": "cable",
                    "url": "https://wikileaks.org/plusd/cables/10PARIS191_a.html",
                    "publisher": "WikiLeaks",
                    "published_on": "2010-02-19",
                    "cable_ref": "10PARIS191",
                },
                request_only=True,
            )
        ],
    )
    def create(self, request: Request) -> Response:
        data = read(s.SourceWriteSerializer, request).validated_data
        source = Source.objects.create(created_by=request.user, **data)
        return Response(s.SourceSerializer(source).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit a source",
        request=s.SourceWriteSerializer(partial=True),
        responses={200: s.SourceSerializer},
        examples=[
            OpenApiExample(
                "Add an archive link",
                value={"archived_url": "https://web.archive.org/web/2011/https://example.org/"},
                request_only=True,
            )
        ],
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        source = self.get_object()
        serializer = s.SourceWriteSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        for name, value in serializer.validated_data.items():
            setattr(source, name, value)
        source.save(update_fields=list(serializer.validated_data) or None)
        return Response(s.SourceSerializer(source).data)


# --- exports ---------------------------------------------------------------------

CSV_COLUMNS = [
    "id",
    "document_id",
    "document_title",
    "text",
    "speaker_id",
    "speaker",
    "role",
    "cable_date",
    "cable_ref",
    "status",
    "verdict_note",
    "approved",
    "approved_at",
    "version",
]


def _csv_cell(value: Any) -> Any:
    # A cell starting with = + - @ is a formula to a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class _Line:
    def write(self, value: str) -> str:
        return value


class ExportViewSet(ApiViewSet):
    """Bulk exports for data teams: streamed, so the size of the table does not matter."""

    filterset_class = QuoteFilter
    required_perms = {"claimreviews": "view_quote", "quotes_csv": "view_quote"}
    pagination_class = None

    def get_queryset(self) -> QuerySet[Quote]:
        return quotes_visible_to(self.request.user).defer("document__body").order_by("id")

    @extend_schema(
        summary="Export approved verdicts as ClaimReview JSON-LD",
        description="Every approved verdict as one schema.org JSON-LD document "
        '(`{"@context": "https://schema.org", "@graph": [ClaimReview, ...]}`), oldest first.',
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT},
        filters=False,
    )
    @action(
        detail=False, methods=["get"], renderer_classes=[JSONLDRenderer, renderers.JSONRenderer]
    )
    def claimreviews(self, request: Request) -> StreamingHttpResponse:
        quotes = self.get_queryset().filter(approved_by__isnull=False)
        base_url = request.build_absolute_uri("/")

        def stream() -> Iterator[str]:
            yield '{"@context": "https://schema.org", "@graph": ['
            for index, quote in enumerate(quotes.iterator(chunk_size=1000)):
                review = claim_review(quote, base_url=base_url)
                del review["@context"]
                yield ("," if index else "") + json.dumps(review, ensure_ascii=False)
            yield "]}"

        return StreamingHttpResponse(stream(), content_type="application/ld+json")

    @extend_schema(
        summary="Export quotes as CSV",
        description="One row per quote, with the same filters as the quote list. UTF-8; cells "
        "that a spreadsheet would run as a formula are prefixed with an apostrophe.",
        responses={(200, "text/csv"): OpenApiTypes.STR},
    )
    @action(
        detail=False,
        methods=["get"],
        url_path="quotes",
        renderer_classes=[CSVRenderer, renderers.JSONRenderer],
    )
    def quotes_csv(self, request: Request) -> StreamingHttpResponse:
        quotes = self.filter_queryset(self.get_queryset())
        writer = csv.writer(_Line())

        def stream() -> Iterator[str]:
            yield writer.writerow(CSV_COLUMNS)
            for quote in quotes.iterator(chunk_size=1000):
                row = [
                    quote.pk,
                    quote.document_id,
                    quote.document.title,
                    quote.text,
                    quote.speaker_id or "",
                    quote.speaker.name if quote.speaker else "",
                    quote.role,
                    quote.cable_date_iso or "",
                    quote.cable_ref,
                    quote.status,
                    quote.verdict_note,
                    "true" if quote.approved_by_id else "false",
                    quote.approved_at.isoformat() if quote.approved_at else "",
                    quote.version,
                ]
                yield writer.writerow([_csv_cell(value) for value in row])

        response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="quotes.csv"'
        return response
