"""The data of the workbench and the rules the database itself enforces.

Rows change only through ``claims.services``; the constraints below are the
last line of defence for rules that can be stated per row. Cross-table rules
(quote offsets inside the document body, the append-only history) are
database triggers, installed by migration from ``claims.db_triggers``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from claims.extraction.normalize import normalize
from claims.partial_dates import Precision, to_iso

# A WikiLeaks cable ID: two-digit year, the originating post in capitals,
# then a serial number (10PARIS191, 09BAMAKO123, 06USUNNEWYORK1234).
CABLE_REF_REGEX = r"^[0-9]{2}[A-Z]{2,}[0-9]{1,6}$"


class Language(models.TextChoices):
    ARABIC = "ar", _("Arabic")
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")


class DocumentKind(models.TextChoices):
    ARTICLE = "article", _("News article")
    CABLE = "cable", _("Diplomatic cable")
    STATEMENT = "statement", _("Statement")
    OTHER = "other", _("Other")


class SpeakerKind(models.TextChoices):
    PERSON = "person", _("Person")
    GROUP = "group", _("Group")
    ORGANIZATION = "organization", _("Organization")
    DOCUMENT = "document", _("Document")
    ANONYMOUS = "anonymous", _("Anonymous source")


class DatePrecision(models.TextChoices):
    YEAR = Precision.YEAR, _("Year")
    MONTH = Precision.MONTH, _("Month")
    DAY = Precision.DAY, _("Day")


class Origin(models.TextChoices):
    EXTRACTED = "extracted", _("Extracted")
    ENTERED = "entered", _("Entered by hand")


class Verdict(models.TextChoices):
    UNVERIFIED = "unverified", _("Unverified")
    IN_REVIEW = "in_review", _("In review")
    CORROBORATED = "corroborated", _("Corroborated")
    PARTLY_CORROBORATED = "partly_corroborated", _("Partly corroborated")
    DISPUTED = "disputed", _("Disputed")
    REFUTED = "refuted", _("Refuted")
    UNVERIFIABLE = "unverifiable", _("Unverifiable")

    @classmethod
    def final(cls) -> frozenset[str]:
        """Verdicts that need a note and can be approved."""
        return frozenset(cls.values) - {cls.UNVERIFIED, cls.IN_REVIEW}


class SourceKind(models.TextChoices):
    CABLE = "cable", _("Diplomatic cable")
    NEWS_REPORT = "news_report", _("News report")
    OFFICIAL_STATEMENT = "official_statement", _("Official statement")
    INTERVIEW = "interview", _("Interview")
    OTHER = "other", _("Other")


class Relation(models.TextChoices):
    CORROBORATES = "corroborates", _("Corroborates")
    CONTRADICTS = "contradicts", _("Contradicts")
    CONTEXT = "context", _("Gives context")


class EventKind(models.TextChoices):
    CREATED = "created", _("Created")
    EDITED = "edited", _("Edited")
    TAKEN = "taken", _("Taken into review")
    VERDICT_CHANGED = "verdict_changed", _("Verdict changed")
    APPROVED = "approved", _("Approved")
    EVIDENCE_ADDED = "evidence_added", _("Evidence added")
    EVIDENCE_CHANGED = "evidence_changed", _("Evidence changed")
    EVIDENCE_REMOVED = "evidence_removed", _("Evidence removed")
    SPEAKER_MERGED = "speaker_merged", _("Speaker merged")
    DELETED = "deleted", _("Deleted")


def _choices_check(
    field: str, choices: type[models.TextChoices], name: str
) -> models.CheckConstraint:
    return models.CheckConstraint(condition=Q(**{f"{field}__in": choices.values}), name=name)


def _cable_ref_check(name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(cable_ref="") | Q(cable_ref__regex=CABLE_REF_REGEX), name=name
    )


def _partial_date_check(field: str, name: str) -> models.CheckConstraint:
    # A date always carries its precision, and a precision never stands alone.
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True, f"{field}_precision": ""})
        | Q(**{f"{field}__isnull": False, f"{field}_precision__in": DatePrecision.values}),
        name=name,
    )


class Document(models.Model):
    title = models.CharField(_("title"), max_length=500)
    body = models.TextField(_("body"), help_text=_("The original text, never rewritten."))
    language = models.CharField(_("language"), max_length=8, choices=Language.choices)
    kind = models.CharField(
        _("kind"), max_length=16, choices=DocumentKind.choices, default=DocumentKind.ARTICLE
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    cable_ref = models.CharField(
        _("cable reference"), max_length=40, blank=True, help_text=_("Cable ID such as 10PARIS191.")
    )
    checksum = models.CharField(
        _("checksum"),
        max_length=64,
        unique=True,
        editable=False,
        help_text=_("SHA-256 of the body."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        # The document list's order, read backwards: a deep page is an index
        # range, not a sort of every document.
        indexes = [models.Index(fields=["created_at", "id"], name="document_created_id")]
        constraints = [
            _choices_check("language", Language, "document_language_known"),
            _choices_check("kind", DocumentKind, "document_kind_known"),
            _cable_ref_check("document_cable_ref_form"),
            models.CheckConstraint(condition=~Q(body=""), name="document_body_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title


class Speaker(models.Model):
    name = models.CharField(_("name"), max_length=300)
    name_normalized = models.CharField(max_length=300, editable=False, db_index=True)
    kind = models.CharField(
        _("kind"), max_length=16, choices=SpeakerKind.choices, default=SpeakerKind.PERSON
    )
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [_choices_check("kind", SpeakerKind, "speaker_kind_known")]
        permissions = [("merge_speaker", "Can merge two speakers")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # A derived column, not a rule: kept in step wherever the name is set.
        self.name_normalized = normalize(self.name)
        super().save(*args, **kwargs)


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("alias"), max_length=300)
    name_normalized = models.CharField(max_length=300, editable=False, db_index=True)

    class Meta:
        ordering = ["name", "id"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["speaker", "name_normalized"], name="alias_unique_per_speaker"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_normalized = normalize(self.name)
        super().save(*args, **kwargs)


class QuoteQuerySet(models.QuerySet):
    def with_related(self) -> QuoteQuerySet:
        return self.select_related("document", "speaker", "verdict_by", "approved_by", "assignee")


class Quote(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField(_("text"), help_text=_("The quoted words, exactly as in the document."))
    text_normalized = models.TextField(editable=False)
    start = models.PositiveIntegerField(_("start"), help_text=_("Offset of the first character."))
    end = models.PositiveIntegerField(_("end"), help_text=_("Offset after the last character."))
    speaker = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, related_name="quotes", null=True, blank=True
    )
    role = models.CharField(_("role"), max_length=300, blank=True)
    cable_date = models.DateField(_("cable date"), null=True, blank=True)
    cable_date_precision = models.CharField(
        _("cable date precision"), max_length=8, choices=DatePrecision.choices, blank=True
    )
    cable_ref = models.CharField(_("cable reference"), max_length=40, blank=True)
    origin = models.CharField(
        _("origin"), max_length=16, choices=Origin.choices, default=Origin.ENTERED
    )
    confidence = models.FloatField(_("extraction confidence"), null=True, blank=True)
    status = models.CharField(
        _("verdict"), max_length=24, choices=Verdict.choices, default=Verdict.UNVERIFIED
    )
    verdict_note = models.TextField(_("verdict note"), blank=True)
    verdict_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    verdict_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_quotes",
        help_text=_("The reviewer who took the quote into review."),
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["status", "-id"], name="quote_status_id"),
            models.Index(fields=["speaker", "-id"], name="quote_speaker_id"),
            models.Index(fields=["document", "start"], name="quote_document_start"),
            models.Index(fields=["cable_date"], name="quote_cable_date"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lt=models.F("end")), name="quote_start_before_end"
            ),
            _choices_check("status", Verdict, "quote_status_known"),
            _choices_check("origin", Origin, "quote_origin_known"),
            _cable_ref_check("quote_cable_ref_form"),
            _partial_date_check("cable_date", "quote_cable_date_has_precision"),
            # Approval exists only on a final verdict, and never by its author.
            models.CheckConstraint(
                condition=Q(approved_by__isnull=True)
                | (Q(status__in=sorted(Verdict.final())) & ~Q(approved_by=models.F("verdict_by"))),
                name="quote_approval_four_eyes",
            ),
        ]
        permissions = [
            ("set_verdict", "Can set a verdict on a quote"),
            ("approve_verdict", "Can approve a verdict (editor)"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def cable_date_iso(self) -> str | None:
        return to_iso(self.cable_date, self.cable_date_precision)

    @property
    def is_approved(self) -> bool:
        return self.approved_by_id is not None


class Source(models.Model):
    title = models.CharField(_("title"), max_length=500)
    kind = models.CharField(_("kind"), max_length=24, choices=SourceKind.choices)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    cable_ref = models.CharField(_("cable reference"), max_length=40, blank=True)
    archived_url = models.URLField(_("archived URL"), max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["title", "id"]
        constraints = [
            _choices_check("kind", SourceKind, "source_kind_known"),
            _cable_ref_check("source_cable_ref_form"),
        ]

    def __str__(self) -> str:
        return self.title


class Evidence(models.Model):
    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    relation = models.CharField(_("relation"), max_length=16, choices=Relation.choices)
    excerpt = models.TextField(_("excerpt"), blank=True)
    location = models.CharField(
        _("location"), max_length=200, blank=True, help_text=_("Paragraph, page or section.")
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["quote", "source"], name="evidence_one_per_quote_source"
            ),
            _choices_check("relation", Relation, "evidence_relation_known"),
        ]

    def __str__(self) -> str:
        return f"{self.get_relation_display()}: {self.source}"


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete a QuoteEvent."""


class QuoteEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Quote history is append-only: events cannot be updated.")

    def delete(self):
        raise AppendOnlyError("Quote history is append-only: events cannot be deleted.")


class QuoteEvent(models.Model):
    # No database foreign key on purpose: the history of a quote outlives the
    # quote (deleting a quote leaves its events, ending with a "deleted" one).
    quote = models.ForeignKey(
        Quote, on_delete=models.DO_NOTHING, db_constraint=False, related_name="events"
    )
    kind = models.CharField(max_length=24, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    from_status = models.CharField(max_length=24, blank=True)
    to_status = models.CharField(max_length=24, blank=True)
    note = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    version = models.PositiveIntegerField(help_text="The quote's version after this change.")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = QuoteEventQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["quote", "id"], name="event_quote_id")]
        constraints = [_choices_check("kind", EventKind, "event_kind_known")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} (v{self.version})"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AppendOnlyError("Quote history is append-only: events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Quote history is append-only: events cannot be deleted.")
