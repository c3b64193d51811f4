"""One FilterSet per list, with help texts that become the API docs.

Every filter refuses what it cannot read (an unknown status, a date that is
not a date, a word where a number belongs) with a 400 naming the parameter,
instead of silently ignoring it.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.db.models import QuerySet
from django_filters import rest_framework as filters

from claims.extraction.normalize import normalize
from claims.models import (
    Document,
    DocumentKind,
    Evidence,
    Language,
    Origin,
    Quote,
    Relation,
    Source,
    SourceKind,
    Speaker,
    SpeakerKind,
    Verdict,
)
from claims.partial_dates import Precision, parse_partial_date
from claims.selectors import quote_search, speakers_matching, with_evidence
from claims.services import RuleViolation
from claims.services.validation import clean_cable_ref

MAX_ID = 2**63 - 1


class IdFilter(filters.Filter):
    """A row id: a whole number, nothing else."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class BoolFilter(filters.ChoiceFilter):
    """``true`` or ``false``; anything else is an error, not "no filter"."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["choices"] = [("true", "true"), ("false", "false")]
        super().__init__(*args, **kwargs)

    def filter(self, qs: QuerySet, value: str) -> QuerySet:
        if value in ("", None):
            return qs
        return self.apply(qs, value == "true")

    def apply(self, qs: QuerySet, value: bool) -> QuerySet:
        return qs.filter(**{self.field_name: value})


def _literal(message: str) -> str:
    # django-filter %-formats every message: a "%" from the input must survive it.
    return message.replace("%", "%%")


class PartialDateField(forms.CharField):
    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        try:
            return parse_partial_date(text)
        except ValueError as exc:
            raise forms.ValidationError(_literal(str(exc))) from None


class PartialDateFilter(filters.Filter):
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: from the start of that period
    (``lookup_expr="gte"``) or up to its end (``"lte"``)."""

    field_class = PartialDateField

    def filter(self, qs: QuerySet, value) -> QuerySet:
        if value is None:
            return qs
        day = value.value
        if self.lookup_expr == "lte":
            day = _period_end(day, value.precision)
        return qs.filter(**{f"{self.field_name}__{self.lookup_expr}": day})


def _period_end(start: dt.date, precision: str) -> dt.date:
    if precision == Precision.YEAR:
        return dt.date(start.year, 12, 31)
    if precision == Precision.MONTH:
        following = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return start


class CableRefField(forms.CharField):
    def to_python(self, value):
        try:
            return clean_cable_ref(super().to_python(value))
        except RuleViolation as exc:
            raise forms.ValidationError(_literal(exc.message)) from None


class CableRefFilter(filters.CharFilter):
    field_class = CableRefField


SEARCH_HELP = (
    "Search the quote text, the speaker's name and aliases, in any Arabic spelling: "
    "hamza and alef forms, ta marbuta, alef maqsura and diacritics are folded, and "
    "clitics are found (القاعدة finds والقاعدة, بالقاعده)."
)


class HasEvidenceFilter(BoolFilter):
    def apply(self, qs: QuerySet, value: bool) -> QuerySet:
        return with_evidence(qs, present=value)


class ApprovedFilter(BoolFilter):
    def apply(self, qs: QuerySet, value: bool) -> QuerySet:
        return qs.filter(approved_by__isnull=not value)


class QuoteFilter(filters.FilterSet):
    q = filters.CharFilter(method="search", max_length=200, help_text=SEARCH_HELP)
    status = filters.MultipleChoiceFilter(
        choices=Verdict.choices,
        distinct=False,  # no join to duplicate rows; DISTINCT would sort every match
        help_text="Verdict; repeat the parameter for several (status=disputed&status=refuted).",
    )
    speaker = IdFilter(field_name="speaker_id", help_text="Speaker id.")
    document = IdFilter(field_name="document_id", help_text="Document id.")
    language = filters.ChoiceFilter(
        field_name="document__language",
        choices=Language.choices,
        help_text="Language of the document the quote is in.",
    )
    cable_date_from = PartialDateFilter(
        field_name="cable_date",
        lookup_expr="gte",
        help_text="Cable date on or after the start of this period: YYYY, YYYY-MM or YYYY-MM-DD.",
    )
    cable_date_to = PartialDateFilter(
        field_name="cable_date",
        lookup_expr="lte",
        help_text="Cable date on or before the end of this period: YYYY, YYYY-MM or YYYY-MM-DD.",
    )
    cable_ref = CableRefFilter(help_text="Cable reference, such as 10PARIS191.")
    has_evidence = HasEvidenceFilter(help_text="`true`: quotes with evidence; `false`: without.")
    approved = ApprovedFilter(
        help_text="`true`: approved (published) verdicts; `false`: not approved.",
    )
    origin = filters.ChoiceFilter(choices=Origin.choices, help_text="How the quote was made.")
    assignee = IdFilter(field_name="assignee_id", help_text="User id of the reviewer in charge.")

    class Meta:
        model = Quote
        fields: list[str] = []

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # One query: the speaker match stays a subquery, and the pages of a
        # search are read by selectors.newest_first (see pagination.py),
        # which never lets PostgreSQL walk the whole id index for a rare word.
        return quote_search(queryset, value)


class DocumentFilter(filters.FilterSet):
    language = filters.ChoiceFilter(choices=Language.choices, help_text="Language of the text.")
    kind = filters.ChoiceFilter(choices=DocumentKind.choices, help_text="Kind of document.")
    cable_ref = CableRefFilter(help_text="Cable reference, such as 10PARIS191.")
    published_from = filters.DateFilter(
        field_name="published_on",
        lookup_expr="gte",
        help_text="Published on or after (YYYY-MM-DD).",
    )
    published_to = filters.DateFilter(
        field_name="published_on",
        lookup_expr="lte",
        help_text="Published on or before (YYYY-MM-DD).",
    )
    q = filters.CharFilter(
        field_name="title", lookup_expr="icontains", max_length=200, help_text="Words in the title."
    )

    class Meta:
        model = Document
        fields: list[str] = []


class SpeakerFilter(filters.FilterSet):
    q = filters.CharFilter(
        method="search",
        max_length=200,
        help_text="Part of the name or of any alias, in any Arabic spelling.",
    )
    kind = filters.ChoiceFilter(choices=SpeakerKind.choices, help_text="Kind of speaker.")

    class Meta:
        model = Speaker
        fields: list[str] = []

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        key = normalize(value)
        if not key:
            return queryset
        return queryset.filter(pk__in=speakers_matching(key).values("pk"))


class SourceFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=SourceKind.choices, help_text="Kind of source.")
    cable_ref = CableRefFilter(help_text="Cable reference, such as 10PARIS191.")
    q = filters.CharFilter(
        field_name="title", lookup_expr="icontains", max_length=200, help_text="Words in the title."
    )

    class Meta:
        model = Source
        fields: list[str] = []


class EvidenceFilter(filters.FilterSet):
    relation = filters.ChoiceFilter(choices=Relation.choices, help_text="How the source relates.")

    class Meta:
        model = Evidence
        fields: list[str] = []


class FilterBackend(filters.DjangoFilterBackend):
    """django-filter, skipped when the query string names none of the filters.

    Building and validating a form of a dozen fields costs more than the rest
    of an unfiltered list page; without a filter parameter it would filter
    nothing anyway.
    """

    def filter_queryset(self, request, queryset: QuerySet, view) -> QuerySet:
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None or not any(
            name in request.query_params for name in filterset_class.base_filters
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)
