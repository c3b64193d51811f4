"""Admin data entry. Every change to a quote goes through claims.services.

The admin never saves a Quote or Evidence row itself: the change form turns
what was submitted into service calls (edit, evidence, verdict, approval),
so the verdict rules, the version check and the history apply here exactly
as in the API and the web pages. A refused change rolls back the whole
submission and says why.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from claims import services
from claims.extraction.normalize import normalize
from claims.models import (
    Document,
    Evidence,
    Quote,
    QuoteEvent,
    Source,
    Speaker,
    SpeakerAlias,
    Verdict,
)
from claims.services import DomainError


class NormalizedSearchMixin:
    """Search that finds every Arabic spelling: the term is normalised like the data."""

    normalized_search_fields: tuple[str, ...] = ()

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        key = normalize(search_term or "")
        if key and self.normalized_search_fields:
            condition = Q()
            for field in self.normalized_search_fields:
                condition |= Q(**{f"{field}__contains": key})
            queryset = queryset | self.model.objects.filter(condition)
            may_have_duplicates = True
        return queryset, may_have_duplicates


class ReadOnlyMixin:
    """Listed and readable, never added, changed or deleted here."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class DomainErrorsAsMessagesMixin:
    """A refused service call: roll the submission back and say why."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            # The admin's own atomic block is inside; this outer one makes sure
            # every service call of the submission is undone together.
            with transaction.atomic():
                return super().changeform_view(request, object_id, form_url, extra_context)
        except DomainError as exc:
            label = f"{exc.field}: " if exc.field else ""
            self.message_user(request, f"Nothing was saved. {label}{exc.message}", messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


# --- Documents ---------------------------------------------------------------


class DocumentForm(forms.ModelForm):
    run_extraction = forms.BooleanField(
        required=False, initial=True, help_text=_("Find the quotations in the text and file them.")
    )

    class Meta:
        model = Document
        fields = [
            "title",
            "body",
            "language",
            "kind",
            "publisher",
            "url",
            "published_on",
            "cable_ref",
        ]


@admin.register(Document)
class DocumentAdmin(DomainErrorsAsMessagesMixin, admin.ModelAdmin):
    form = DocumentForm
    list_display = ["title", "language", "kind", "publisher", "published_on", "quote_count"]
    list_filter = ["language", "kind", "publisher"]
    search_fields = ["title", "publisher", "cable_ref"]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_quotes=Count("quotes"))

    @admin.display(description=_("quotes"), ordering="n_quotes")
    def quote_count(self, obj: Document) -> int:
        return obj.n_quotes

    def get_readonly_fields(self, request, obj=None):
        # The body is never rewritten once stored.
        return ["body", "checksum", "created_by", "created_at"] if obj else []

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        if obj is not None and "run_extraction" in fields:
            fields.remove("run_extraction")
        return fields

    def save_model(self, request, obj, form, change):
        if change:
            obj.save()
            return
        result = services.document_ingest(
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            language=form.cleaned_data["language"],
            kind=form.cleaned_data["kind"],
            publisher=form.cleaned_data["publisher"],
            url=form.cleaned_data["url"],
            published_on=form.cleaned_data["published_on"],
            cable_ref=form.cleaned_data["cable_ref"],
            actor=request.user,
            run_extraction=form.cleaned_data.get("run_extraction", False),
        )
        obj.pk = result.document.pk
        obj.__dict__.update(
            {k: v for k, v in result.document.__dict__.items() if not k.startswith("_")}
        )
        if not result.created:
            self.message_user(
                request,
                "This text was already stored: you are looking at that document.",
                messages.WARNING,
            )
        elif result.quotes:
            self.message_user(request, f"{len(result.quotes)} quotes extracted and filed.")


# --- Speakers ------------------------------------------------------------------


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    fields = ["name"]


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(queryset=Speaker.objects.none(), label=_("Keep this speaker"))

    def __init__(self, *args: Any, speakers: QuerySet[Speaker], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = speakers


@admin.register(Speaker)
class SpeakerAdmin(NormalizedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "alias_list"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    normalized_search_fields = ("name_normalized", "aliases__name_normalized")
    inlines = [SpeakerAliasInline]
    actions = ["merge_speakers"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description=_("aliases"))
    def alias_list(self, obj: Speaker) -> str:
        return ", ".join(a.name for a in obj.aliases.all())

    @admin.action(description=_("Merge the selected speakers into one"), permissions=["merge"])
    def merge_speakers(
        self, request: HttpRequest, queryset: QuerySet[Speaker]
    ) -> HttpResponse | None:
        if queryset.count() < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.ERROR)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, speakers=queryset)
        if form.is_valid():
            target = form.cleaned_data["target"]
            merged = 0
            try:
                with transaction.atomic():
                    for speaker in queryset.exclude(pk=target.pk):
                        services.speaker_merge(
                            source_id=speaker.pk, target_id=target.pk, actor=request.user
                        )
                        merged += 1
            except DomainError as exc:
                self.message_user(request, f"Nothing was merged. {exc.message}", messages.ERROR)
                return None
            self.message_user(request, f"{merged} speaker(s) merged into {target.name}.")
            return None
        return TemplateResponse(
            request,
            "admin/claims/speaker/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Merge speakers"),
                "form": form,
                "speakers": queryset,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("claims.merge_speaker")


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(NormalizedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "speaker"]
    search_fields = ["name", "speaker__name"]
    normalized_search_fields = ("name_normalized",)
    autocomplete_fields = ["speaker"]


# --- Sources -------------------------------------------------------------------


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "publisher", "published_on", "cable_ref"]
    list_filter = ["kind", "publisher"]
    search_fields = ["title", "publisher", "cable_ref", "url"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.cable_ref = (obj.cable_ref or "").replace(" ", "").upper()
        super().save_model(request, obj, form, change)


# --- Quotes ----------------------------------------------------------------------


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 1
    fields = ["source", "relation", "excerpt", "location", "added_by", "added_at"]
    readonly_fields = ["added_by", "added_at"]
    autocomplete_fields = ["source"]


class QuoteEventInline(ReadOnlyMixin, admin.TabularInline):
    model = QuoteEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "kind", "actor", "from_status", "to_status", "note", "data", "version"]
    readonly_fields = fields
    ordering = ["id"]
    verbose_name_plural = _("history")


class QuoteForm(forms.ModelForm):
    cable_date_text = forms.CharField(
        label=_("cable date"),
        required=False,
        help_text=_("YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source is."),
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    approve = forms.BooleanField(
        required=False,
        label=_("Approve this verdict"),
        help_text=_("Editors only, not the verdict's author."),
    )

    class Meta:
        model = Quote
        fields = [
            "document",
            "start",
            "end",
            "speaker",
            "role",
            "cable_ref",
            "status",
            "verdict_note",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["cable_date_text"].initial = self.instance.cable_date_iso or ""
            self.fields["expected_version"].initial = self.instance.version

    def validate_unique(self) -> None:
        # The service and the database check; the form must not reject a
        # submission on a half-built instance.
        pass

    def _post_clean(self) -> None:
        # Do not copy the submission onto the instance: the services do the writing.
        pass


@admin.register(Quote)
class QuoteAdmin(DomainErrorsAsMessagesMixin, NormalizedSearchMixin, admin.ModelAdmin):
    form = QuoteForm
    list_display = [
        "short_text",
        "speaker",
        "role",
        "cable_date_iso",
        "status",
        "approved",
        "document",
    ]
    list_filter = [
        "status",
        "origin",
        ("approved_by", admin.EmptyFieldListFilter),
        ("speaker", admin.RelatedOnlyFieldListFilter),
        ("document", admin.RelatedOnlyFieldListFilter),
        ("cable_date", admin.DateFieldListFilter),
    ]
    search_fields = ["text", "role", "speaker__name"]
    normalized_search_fields = (
        "text_normalized",
        "speaker__name_normalized",
        "speaker__aliases__name_normalized",
    )
    autocomplete_fields = ["speaker", "document"]
    list_select_related = ["speaker", "document", "approved_by"]
    inlines = [EvidenceInline, QuoteEventInline]
    readonly_fields = [
        "text",
        "origin",
        "confidence",
        "verdict_by",
        "verdict_at",
        "approved_by",
        "approved_at",
        "assignee",
        "version",
        "created_at",
        "updated_at",
    ]

    def get_fieldsets(self, request, obj=None):
        where = (
            ["document", "start", "end"] if obj is None else ["document", "text", "start", "end"]
        )
        attribution = ["speaker", "role", "cable_date_text", "cable_ref", "expected_version"]
        if obj is None:
            return [(None, {"fields": where}), (_("Attribution"), {"fields": attribution})]
        verdict = [
            "status",
            "verdict_note",
            "verdict_by",
            "verdict_at",
            "approved_by",
            "approved_at",
        ]
        if request.user.has_perm("claims.approve_verdict"):
            verdict.append("approve")
        return [
            (None, {"fields": where}),
            (_("Attribution"), {"fields": attribution}),
            (_("Verdict"), {"fields": verdict}),
            (
                _("Record"),
                {
                    "fields": [
                        "origin",
                        "confidence",
                        "assignee",
                        "version",
                        "created_at",
                        "updated_at",
                    ]
                },
            ),
        ]

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "document"] if obj else self.readonly_fields

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    @admin.display(description=_("quote"))
    def short_text(self, obj: Quote) -> str:
        return obj.text[:90]

    @admin.display(description=_("cable date"), ordering="cable_date")
    def cable_date_iso(self, obj: Quote) -> str:
        return obj.cable_date_iso or "—"

    @admin.display(description=_("approved"), boolean=True)
    def approved(self, obj: Quote) -> bool:
        return obj.is_approved

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if not change:
            quote = services.quote_create(
                document_id=data["document"].pk,
                start=data["start"],
                end=data["end"],
                actor=request.user,
                speaker_id=data["speaker"].pk if data.get("speaker") else None,
                role=data.get("role", ""),
                cable_date=data.get("cable_date_text"),
                cable_ref=data.get("cable_ref", ""),
            )
            obj.__dict__.update({k: v for k, v in quote.__dict__.items() if not k.startswith("_")})
            obj._state.adding = False
            return
        version = data.get("expected_version") or obj.version
        current = Quote.objects.get(pk=obj.pk)
        changes: dict[str, Any] = {}
        for name in ("start", "end", "role", "cable_ref"):
            if data.get(name) is not None and data[name] != getattr(current, name):
                changes[name] = data[name]
        speaker_id = data["speaker"].pk if data.get("speaker") else None
        if speaker_id != current.speaker_id:
            changes["speaker_id"] = speaker_id
        if (data.get("cable_date_text") or "") != (current.cable_date_iso or ""):
            changes["cable_date"] = data.get("cable_date_text")
        if changes:
            version = services.quote_update(
                quote_id=obj.pk, expected_version=version, actor=request.user, changes=changes
            ).version
        # Verdict and approval are applied after the evidence inline, in save_related.
        request._quote_admin_version = version

    def save_formset(self, request, form, formset, change):
        if formset.model is not Evidence:
            return super().save_formset(request, form, formset, change)
        quote = form.instance
        version = request._quote_admin_version

        def stored_version() -> int:
            # Each service bumps the version only when it changes something.
            return Quote.objects.values_list("version", flat=True).get(pk=quote.pk)

        for evidence_form in formset.forms:
            instance = evidence_form.instance
            if evidence_form in formset.deleted_forms:
                if instance.pk:
                    version = services.evidence_remove(
                        evidence_id=instance.pk, expected_version=version, actor=request.user
                    ).version
            elif instance.pk is None:
                if evidence_form.has_changed() and evidence_form.cleaned_data.get("source"):
                    services.evidence_add(
                        quote_id=quote.pk,
                        expected_version=version,
                        source_id=evidence_form.cleaned_data["source"].pk,
                        relation=evidence_form.cleaned_data["relation"],
                        excerpt=evidence_form.cleaned_data.get("excerpt", ""),
                        location=evidence_form.cleaned_data.get("location", ""),
                        actor=request.user,
                    )
                    version = stored_version()
            elif evidence_form.has_changed():
                services.evidence_update(
                    evidence_id=instance.pk,
                    expected_version=version,
                    actor=request.user,
                    relation=evidence_form.cleaned_data.get("relation"),
                    excerpt=evidence_form.cleaned_data.get("excerpt"),
                    location=evidence_form.cleaned_data.get("location"),
                )
                version = stored_version()
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        request._quote_admin_version = version
        return None

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change:
            return
        data = form.cleaned_data
        version = request._quote_admin_version
        current = Quote.objects.get(pk=form.instance.pk)
        status, note = data.get("status"), (data.get("verdict_note") or "").strip()
        if status and (status != current.status or note != current.verdict_note):
            version = services.quote_set_verdict(
                quote_id=current.pk,
                expected_version=version,
                status=status,
                note=note,
                actor=request.user,
            ).version
        if data.get("approve"):
            services.quote_approve(
                quote_id=current.pk, expected_version=version, actor=request.user
            )

    def delete_model(self, request, obj):
        services.quote_delete(quote_id=obj.pk, expected_version=obj.version, actor=request.user)

    def delete_queryset(self, request, queryset):
        for quote in queryset:
            self.delete_model(request, quote)

    def get_deleted_objects(self, objs, request):
        # History rows stay (they outlive the quote), so they are not "deleted objects".
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        blocked = [str(q) for q in objs if q.status not in (Verdict.UNVERIFIED, Verdict.IN_REVIEW)]
        return deleted, model_count, perms_needed, protected + blocked


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Read-only list; evidence is added and removed under its quote."""

    list_display = ["quote", "source", "relation", "added_by", "added_at"]
    list_filter = ["relation"]
    search_fields = ["excerpt", "source__title"]
    list_select_related = ["quote", "source", "added_by"]


@admin.register(QuoteEvent)
class QuoteEventAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """The append-only history: readable, never editable."""

    list_display = [
        "created_at",
        "quote_id",
        "kind",
        "actor",
        "from_status",
        "to_status",
        "version",
    ]
    list_filter = ["kind"]
    list_select_related = ["actor"]
    search_fields = ["note"]
