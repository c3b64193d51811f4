"""Serializers: one for what the API shows, another for what it accepts.

Output serializers are read-only throughout: ``status``, the verdict and the
approval fields change only through their actions (``verdict``, ``approve``),
which call the services. Input serializers check shape and type only; the
rules (offsets inside the document, verdict needs evidence, cable-reference
form...) live in the services, which name the field they refuse.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rest_framework import serializers

from claims.models import (
    DatePrecision,
    Document,
    DocumentKind,
    Evidence,
    Language,
    Quote,
    QuoteEvent,
    Relation,
    Source,
    SourceKind,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    Verdict,
)
from claims.partial_dates import to_iso
from claims.services import RuleViolation
from claims.services.validation import clean_cable_ref

MAX_ID = 2**63 - 1
MAX_OFFSET = 2**31 - 1
CABLE_REF_HELP = "Cable ID: two-digit year, post, number, such as 10PARIS191. Empty if unknown."
PARTIAL_DATE_HELP = "ISO date to the precision known: YYYY, YYYY-MM or YYYY-MM-DD."
VERSION_HELP = (
    "The quote version your change is based on; an alternative to the If-Match header. "
    "A stale version gets 412."
)


def _datetime(value: dt.datetime | None) -> str | None:
    """The same ISO 8601 form DRF's DateTimeField gives ("Z" for UTC)."""
    if value is None:
        return None
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _username(user) -> str | None:
    return user.get_username() if user is not None else None


def _id_field(**kwargs: Any) -> serializers.IntegerField:
    return serializers.IntegerField(min_value=1, max_value=MAX_ID, **kwargs)


# --- references embedded in other resources ----------------------------------


class UserNameField(serializers.CharField):
    """A user shown by user name (null when nobody)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(read_only=True, allow_null=True, **kwargs)

    def to_representation(self, value) -> str | None:
        return _username(value)


class DocumentRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)
    language = serializers.ChoiceField(choices=Language.choices, read_only=True)
    kind = serializers.ChoiceField(choices=DocumentKind.choices, read_only=True)
    url = serializers.CharField(read_only=True)
    cable_ref = serializers.CharField(read_only=True)


class SpeakerRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(choices=SpeakerKind.choices, read_only=True)


class SourceRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(choices=SourceKind.choices, read_only=True)
    url = serializers.CharField(read_only=True)


# --- quotes --------------------------------------------------------------------


class QuoteSerializer(serializers.ModelSerializer):
    """A quote as the API shows it. Every field is read-only."""

    document = DocumentRefSerializer(read_only=True)
    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)
    cable_date = serializers.CharField(
        source="cable_date_iso", read_only=True, allow_null=True, help_text=PARTIAL_DATE_HELP
    )
    verdict_by = UserNameField(help_text="Who set the current verdict.")
    approved = serializers.BooleanField(
        source="is_approved", read_only=True, help_text="Approved by a second editor: published."
    )
    approved_by = UserNameField()
    assignee = UserNameField(help_text="The reviewer who took the quote into review.")
    cable_date_precision = serializers.ChoiceField(
        choices=DatePrecision.choices,
        allow_blank=True,
        read_only=True,
        help_text="How much of `cable_date` is known; empty when there is no date.",
    )
    evidence_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Quote
        fields = [
            "id",
            "document",
            "text",
            "start",
            "end",
            "speaker",
            "role",
            "cable_date",
            "cable_date_precision",
            "cable_ref",
            "origin",
            "confidence",
            "status",
            "verdict_note",
            "verdict_by",
            "verdict_at",
            "approved",
            "approved_by",
            "approved_at",
            "assignee",
            "evidence_count",
            "version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def to_representation(self, row: dict[str, Any]) -> dict[str, Any]:
        """Render a row of ``Quote.objects.values(*QUOTE_VALUES)``.

        Rows rather than model instances, and written out rather than walked
        field by field: this is the hot path of every list page, and model
        instances (six per row with the joins) plus DRF's generic walk cost
        several times the query. tests/api/test_shapes.py pins the result to
        the declared fields.
        """
        speaker_id = row["speaker_id"]
        return {
            "id": row["id"],
            "document": {
                "id": row["document_id"],
                "title": row["document__title"],
                "language": row["document__language"],
                "kind": row["document__kind"],
                "url": row["document__url"],
                "cable_ref": row["document__cable_ref"],
            },
            "text": row["text"],
            "start": row["start"],
            "end": row["end"],
            "speaker": None
            if speaker_id is None
            else {"id": speaker_id, "name": row["speaker__name"], "kind": row["speaker__kind"]},
            "role": row["role"],
            "cable_date": to_iso(row["cable_date"], row["cable_date_precision"]),
            "cable_date_precision": row["cable_date_precision"],
            "cable_ref": row["cable_ref"],
            "origin": row["origin"],
            "confidence": row["confidence"],
            "status": row["status"],
            "verdict_note": row["verdict_note"],
            "verdict_by": row["verdict_by_name"],
            "verdict_at": _datetime(row["verdict_at"]),
            "approved": row["approved_by_id"] is not None,
            "approved_by": row["approved_by_name"],
            "approved_at": _datetime(row["approved_at"]),
            "assignee": row["assignee_name"],
            "evidence_count": row["evidence_count"],
            "version": row["version"],
            "created_at": _datetime(row["created_at"]),
            "updated_at": _datetime(row["updated_at"]),
        }


# What QuoteSerializer reads: one query, no model instances (see above);
# claims.api.views.quote_rows adds the annotations (*_name, evidence_count).
QUOTE_VALUES = [
    "id",
    "document_id",
    "document__title",
    "document__language",
    "document__kind",
    "document__url",
    "document__cable_ref",
    "text",
    "start",
    "end",
    "speaker_id",
    "speaker__name",
    "speaker__kind",
    "role",
    "cable_date",
    "cable_date_precision",
    "cable_ref",
    "origin",
    "confidence",
    "status",
    "verdict_note",
    "verdict_by_name",
    "verdict_at",
    "approved_by_id",
    "approved_by_name",
    "approved_at",
    "assignee_name",
    "evidence_count",
    "version",
    "created_at",
    "updated_at",
]


class VersionedInputSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_OFFSET, help_text=VERSION_HELP
    )


class QuoteCreateSerializer(serializers.Serializer):
    document = _id_field(help_text="The document the quote is in.")
    start = serializers.IntegerField(
        min_value=0, max_value=MAX_OFFSET, help_text="Offset of the first character (0-based)."
    )
    end = serializers.IntegerField(
        min_value=1, max_value=MAX_OFFSET, help_text="Offset after the last character."
    )
    speaker = _id_field(required=False, allow_null=True, help_text="Speaker id, or null.")
    role = serializers.CharField(
        required=False, allow_blank=True, max_length=300, help_text="Role as the article gives it."
    )
    cable_date = serializers.CharField(
        required=False,
        allow_blank=True,
        allow_null=True,
        max_length=10,
        help_text=PARTIAL_DATE_HELP,
    )
    cable_ref = serializers.CharField(
        required=False, allow_blank=True, max_length=40, help_text=CABLE_REF_HELP
    )

    def service_arguments(self) -> dict[str, Any]:
        data = dict(self.validated_data)
        if "speaker" in data:
            data["speaker_id"] = data.pop("speaker")
        data["document_id"] = data.pop("document")
        return data


class QuoteUpdateSerializer(VersionedInputSerializer):
    start = serializers.IntegerField(required=False, min_value=0, max_value=MAX_OFFSET)
    end = serializers.IntegerField(required=False, min_value=1, max_value=MAX_OFFSET)
    speaker = _id_field(required=False, allow_null=True)
    role = serializers.CharField(required=False, allow_blank=True, max_length=300)
    cable_date = serializers.CharField(
        required=False,
        allow_blank=True,
        allow_null=True,
        max_length=10,
        help_text=PARTIAL_DATE_HELP,
    )
    cable_ref = serializers.CharField(
        required=False, allow_blank=True, max_length=40, help_text=CABLE_REF_HELP
    )

    def changes(self) -> dict[str, Any]:
        data = {k: v for k, v in self.validated_data.items() if k != "version"}
        if "speaker" in data:
            data["speaker_id"] = data.pop("speaker")
        return data


class VerdictSerializer(VersionedInputSerializer):
    status = serializers.ChoiceField(choices=Verdict.choices, help_text="The new verdict.")
    note = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=10_000,
        default="",
        help_text="How the verdict was reached; required for every final verdict.",
    )


class ApprovalSerializer(VersionedInputSerializer):
    pass


class ClaimReviewSerializer(serializers.Serializer):
    """schema.org ClaimReview (JSON-LD); see https://schema.org/ClaimReview."""

    context = serializers.CharField(read_only=True)
    type = serializers.CharField(read_only=True)
    url = serializers.URLField(read_only=True)
    claimReviewed = serializers.CharField(read_only=True)
    datePublished = serializers.CharField(read_only=True)
    reviewRating = serializers.DictField(read_only=True)
    itemReviewed = serializers.DictField(read_only=True)
    author = serializers.DictField(read_only=True)

    def get_fields(self) -> dict:
        fields = super().get_fields()
        fields["@context"] = fields.pop("context")
        fields["@type"] = fields.pop("type")
        return fields


# --- history -------------------------------------------------------------------


class QuoteEventSerializer(serializers.ModelSerializer):
    quote = serializers.IntegerField(source="quote_id", read_only=True)
    actor = UserNameField()
    data = serializers.JSONField(read_only=True)

    class Meta:
        model = QuoteEvent
        fields = [
            "id",
            "quote",
            "kind",
            "actor",
            "from_status",
            "to_status",
            "note",
            "data",
            "version",
            "created_at",
        ]
        read_only_fields = fields


# --- evidence ------------------------------------------------------------------


class EvidenceSerializer(serializers.ModelSerializer):
    quote = serializers.IntegerField(source="quote_id", read_only=True)
    source = SourceRefSerializer(read_only=True)
    added_by = UserNameField()

    class Meta:
        model = Evidence
        fields = [
            "id",
            "quote",
            "source",
            "relation",
            "excerpt",
            "location",
            "added_by",
            "added_at",
        ]
        read_only_fields = fields


class EvidenceCreateSerializer(VersionedInputSerializer):
    source = _id_field(help_text="The source that corroborates, contradicts or gives context.")
    relation = serializers.ChoiceField(choices=Relation.choices)
    excerpt = serializers.CharField(required=False, allow_blank=True, max_length=10_000, default="")
    location = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")


class EvidenceUpdateSerializer(VersionedInputSerializer):
    relation = serializers.ChoiceField(choices=Relation.choices, required=False)
    excerpt = serializers.CharField(required=False, allow_blank=True, max_length=10_000)
    location = serializers.CharField(required=False, allow_blank=True, max_length=200)


# --- documents -----------------------------------------------------------------


class DocumentSerializer(serializers.ModelSerializer):
    created_by = UserNameField()
    url = serializers.CharField(read_only=True, help_text="Where it was published; may be empty.")

    class Meta:
        model = Document
        fields = [
            "id",
            "title",
            "language",
            "kind",
            "publisher",
            "url",
            "published_on",
            "cable_ref",
            "checksum",
            "created_at",
            "created_by",
        ]
        read_only_fields = fields


class DocumentDetailSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "body"]
        read_only_fields = fields


class DocumentIngestSerializer(DocumentDetailSerializer):
    quotes_filed = serializers.ListField(
        child=serializers.IntegerField(),
        read_only=True,
        help_text="Ids of the quotes extraction filed by this call (empty without extraction).",
    )

    class Meta(DocumentDetailSerializer.Meta):
        fields = [*DocumentDetailSerializer.Meta.fields, "quotes_filed"]
        read_only_fields = fields


class DocumentCreateSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=500)
    body = serializers.CharField(trim_whitespace=False, help_text="The original text, verbatim.")
    language = serializers.ChoiceField(choices=Language.choices)
    kind = serializers.ChoiceField(choices=DocumentKind.choices, default=DocumentKind.ARTICLE)
    publisher = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")
    url = serializers.URLField(required=False, allow_blank=True, max_length=1000, default="")
    published_on = serializers.DateField(required=False, allow_null=True, default=None)
    cable_ref = serializers.CharField(
        required=False, allow_blank=True, max_length=40, default="", help_text=CABLE_REF_HELP
    )
    extract = serializers.BooleanField(
        default=False, help_text="Run quote extraction on the new document right away."
    )


class ExtractionResultSerializer(serializers.Serializer):
    document = serializers.IntegerField(read_only=True)
    quotes = QuoteSerializer(many=True, read_only=True, help_text="The quotes filed by this run.")


# --- speakers ------------------------------------------------------------------


class SpeakerAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = SpeakerAlias
        fields = ["id", "name"]
        read_only_fields = fields


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = SpeakerAliasSerializer(many=True, read_only=True)

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "description", "aliases", "created_at"]
        read_only_fields = fields


class SpeakerCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=300)
    kind = serializers.ChoiceField(choices=SpeakerKind.choices, default=SpeakerKind.PERSON)


class SpeakerUpdateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=300, required=False)
    kind = serializers.ChoiceField(choices=SpeakerKind.choices, required=False)
    description = serializers.CharField(allow_blank=True, max_length=10_000, required=False)


class AliasCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=300, help_text="Another spelling of the name.")


class SpeakerMergeSerializer(serializers.Serializer):
    into = _id_field(help_text="The speaker that stays; this one is folded into it.")


# --- sources -------------------------------------------------------------------


class SourceSerializer(serializers.ModelSerializer):
    created_by = UserNameField()
    # Plain strings: an empty URL is allowed, and "" is no "uri" to a validator.
    url = serializers.CharField(read_only=True)
    archived_url = serializers.CharField(read_only=True)

    class Meta:
        model = Source
        fields = [
            "id",
            "title",
            "kind",
            "url",
            "publisher",
            "published_on",
            "cable_ref",
            "archived_url",
            "created_at",
            "created_by",
        ]
        read_only_fields = fields


class SourceWriteSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=500)
    kind = serializers.ChoiceField(choices=SourceKind.choices)
    url = serializers.URLField(required=False, allow_blank=True, max_length=1000)
    publisher = serializers.CharField(required=False, allow_blank=True, max_length=200)
    published_on = serializers.DateField(required=False, allow_null=True)
    cable_ref = serializers.CharField(
        required=False, allow_blank=True, max_length=40, help_text=CABLE_REF_HELP
    )
    archived_url = serializers.URLField(required=False, allow_blank=True, max_length=1000)

    def validate_cable_ref(self, value: str) -> str:
        # The rule the services apply to quotes and documents, for sources too.
        try:
            return clean_cable_ref(value)
        except RuleViolation as exc:
            raise serializers.ValidationError(exc.message) from None
