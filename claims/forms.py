"""Forms of the reviewer web interface.

They only parse and check input; every change goes through
``claims.services``. A form that changes a quote carries the quote's
version as a hidden field, which the view hands to the service as
``expected_version``.
"""

from __future__ import annotations

from django import forms
from django.db.models import F, Q
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from claims.models import (
    Document,
    DocumentKind,
    Language,
    Relation,
    Source,
    SourceKind,
    Speaker,
    SpeakerKind,
    Verdict,
)
from claims.partial_dates import parse_partial_date

# Uploaded articles larger than this are refused (the body limit of the
# request is a little larger, see DATA_UPLOAD_MAX_MEMORY_SIZE).
MAX_ARTICLE_BYTES = 1_000_000


class LongSelect(forms.Select):
    """A ``<select>`` whose options are written in Python rather than through
    the template engine, which costs ~70 µs per option: 150 ms for the
    speaker menu of a registry of 2,000. The same HTML as ``forms.Select``
    (tests/web/test_lists.py compares them)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = widget["optgroups"]
        if any(group_name for group_name, _options, _index in groups):
            return super().render(name, value, attrs, renderer)
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], flatatt(option["attrs"]), option["label"])
                for _name, group, _index in groups
                for option in group
            ),
        )
        attributes = flatatt(widget["attrs"])
        return format_html('<select name="{}"{}>{}</select>', name, attributes, options)


def _partial_date_field(label: str, required: bool = False) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=10,
        help_text=_("YYYY, YYYY-MM or YYYY-MM-DD"),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr", "size": 10}),
    )


def _clean_partial(value: str) -> str:
    try:
        parse_partial_date(value)
    except ValueError:
        raise forms.ValidationError(
            _("Give the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2010-02).")
        ) from None
    return (value or "").strip()


NOT_IN_ARTICLE = _("These words are not in the article; copy them exactly as they appear there.")


class VersionedForm(forms.Form):
    """A form that changes a quote: it remembers the version it was shown."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class TakeForm(VersionedForm):
    pass


class ApproveForm(VersionedForm):
    pass


class VerdictForm(VersionedForm):
    status = forms.ChoiceField(label=_("Verdict"), choices=Verdict.choices)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        help_text=_("How the verdict was reached. Needed for every final verdict."),
    )


class EvidenceForm(VersionedForm):
    """Link a source: an existing one found by search, or a new one typed in."""

    relation = forms.ChoiceField(label=_("Relation"), choices=Relation.choices)
    excerpt = forms.CharField(
        label=_("Excerpt"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    location = forms.CharField(
        label=_("Location in the source"),
        required=False,
        max_length=200,
        help_text=_("Paragraph, page or section."),
    )
    source_q = forms.CharField(
        label=_("Find a source"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "dir": "auto"}),
        help_text=_("Title, publisher or cable reference."),
    )
    source = forms.ModelChoiceField(
        label=_("Existing source"),
        queryset=Source.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        empty_label=None,
    )
    new_title = forms.CharField(
        label=_("New source: title"),
        required=False,
        max_length=500,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    new_kind = forms.ChoiceField(
        label=_("New source: kind"), choices=SourceKind.choices, required=False
    )
    new_url = forms.URLField(
        assume_scheme="https",
        label=_("New source: URL"),
        required=False,
        max_length=1000,
        widget=forms.URLInput(attrs={"dir": "ltr"}),
    )
    new_publisher = forms.CharField(
        label=_("New source: publisher"), required=False, max_length=200
    )
    new_published_on = forms.DateField(
        label=_("New source: date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    SOURCE_CHOICES_LIMIT = 20

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = self.matching_sources()

    def matching_sources(self):
        """The sources offered: those matching the search, or the most recent ones."""
        raw = self.data.get(self.add_prefix("source_q"), "") if self.is_bound else ""
        q = (raw or "").strip()
        sources = Source.objects.all()
        if q:
            sources = sources.filter(
                Q(title__icontains=q) | Q(publisher__icontains=q) | Q(cable_ref__iexact=q)
            )
            return sources.order_by("title", "id")
        return sources.order_by("-created_at", "-id")

    def offered_sources(self) -> list[Source]:
        return list(self.fields["source"].queryset[: self.SOURCE_CHOICES_LIMIT])

    def clean(self) -> dict:
        data = super().clean()
        source = data.get("source")
        title = (data.get("new_title") or "").strip()
        if source and title:
            raise forms.ValidationError(
                _("Pick an existing source or describe a new one, not both.")
            )
        if not source and not title:
            raise forms.ValidationError(
                _("Pick an existing source, or give at least the title of a new one.")
            )
        if title and not data.get("new_kind"):
            self.add_error("new_kind", _("Say what kind of source it is."))
        return data

    def new_source(self) -> Source | None:
        """An unsaved Source from the inline fields, or None when one was picked."""
        data = self.cleaned_data
        if data.get("source"):
            return None
        return Source(
            title=data["new_title"].strip(),
            kind=data["new_kind"],
            url=data.get("new_url") or "",
            publisher=(data.get("new_publisher") or "").strip(),
            published_on=data.get("new_published_on"),
        )


class AttributionFields(forms.Form):
    """The span and attribution of a quote, shared by the edit and candidate forms."""

    text = forms.CharField(
        label=_("Quoted words"),
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        strip=False,
        help_text=_("Shorten or extend the span: the words must appear in the article."),
    )
    speaker = forms.CharField(
        label=_("Speaker"),
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs={"dir": "auto"}),
        help_text=_("Any known spelling finds the registered speaker."),
    )
    speaker_kind = forms.ChoiceField(
        label=_("Speaker kind"),
        choices=SpeakerKind.choices,
        initial=SpeakerKind.PERSON,
        help_text=_("Used only when the name is new."),
    )
    role = forms.CharField(
        label=_("Role"),
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    cable_date = _partial_date_field(_("Cable date"))
    cable_ref = forms.CharField(
        label=_("Cable reference"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"dir": "ltr", "size": 12}),
    )

    def clean_cable_date(self) -> str:
        return _clean_partial(self.cleaned_data.get("cable_date", ""))


class QuoteEditForm(VersionedForm, AttributionFields):
    """Correct a filed quote's span and attribution."""

    def __init__(self, *args, body: str = "", near: int = 0, **kwargs) -> None:
        self.body = body
        self.near = near
        super().__init__(*args, **kwargs)

    def clean(self) -> dict:
        data = super().clean()
        text = data.get("text")
        if text is not None:
            located = locate_span(self.body, text, near=self.near)
            if located is None:
                self.add_error("text", NOT_IN_ARTICLE)
            else:
                data["start"], data["end"] = located
        return data


class QuoteFilterForm(forms.Form):
    """The filters of the quote list (a GET form: every field optional)."""

    ORDERINGS = {
        "-id": _("Newest first"),
        "id": _("Oldest first"),
        "-cable_date": _("Cable date, latest first"),
        "cable_date": _("Cable date, earliest first"),
        "speaker": _("Speaker"),
    }
    ORDER_BY = {
        "-id": ["-id"],
        "id": ["id"],
        "-cable_date": [F("cable_date").desc(nulls_last=True), "-id"],
        "cable_date": [F("cable_date").asc(nulls_last=True), "id"],
        "speaker": ["speaker__name", "-id"],
    }

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "dir": "auto"}),
        help_text=_("Words of the quote or a speaker's name, in any spelling."),
    )
    status = forms.ChoiceField(
        label=_("Verdict"), required=False, choices=[("", _("Any verdict")), *Verdict.choices]
    )
    speaker = forms.ModelChoiceField(
        label=_("Speaker"),
        required=False,
        queryset=Speaker.objects.order_by("name", "id"),
        empty_label=_("Any speaker"),
        widget=LongSelect,
    )
    document = forms.ModelChoiceField(
        label=_("Document"),
        required=False,
        queryset=Document.objects.only("id", "title").order_by("-created_at", "-id"),
        empty_label=_("Any document"),
        widget=LongSelect,
        help_text=_("The newest documents. A document's own page lists all its quotes."),
    )
    date_from = forms.DateField(
        label=_("Cable date from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=_("Cable date to"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    approved = forms.ChoiceField(
        label=_("Approved"),
        required=False,
        choices=[("", _("Either")), ("yes", _("Approved")), ("no", _("Not approved"))],
    )
    ordering = forms.ChoiceField(label=_("Order"), required=False, choices=list(ORDERINGS.items()))

    # The document menu offers the newest documents only (and the one chosen):
    # a newsroom archive holds tens of thousands, too many for one menu.
    RECENT_DOCUMENTS = 100

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["document"]
        # Newest by id (the primary key's index), shown newest-created first.
        newest = Document.objects.order_by("-id").values("pk")[: self.RECENT_DOCUMENTS]
        recent = Q(pk__in=newest)
        chosen = self.data.get("document", "") if self.is_bound else ""
        if chosen.isdigit() and chosen.isascii() and len(chosen) <= 18:
            recent |= Q(pk=int(chosen))
        field.queryset = field.queryset.filter(recent)

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end of the range is before its start."))
        return data


class DocumentForm(forms.Form):
    """A new article: pasted or uploaded."""

    title = forms.CharField(
        label=_("Title"), max_length=500, widget=forms.TextInput(attrs={"dir": "auto"})
    )
    body = forms.CharField(
        label=_("Article text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "dir": "auto"}),
        help_text=_("Paste the article here, or upload it as a UTF-8 text file below."),
        strip=False,
    )
    upload = forms.FileField(
        label=_("Or upload a text file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,text/plain"}),
    )
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices, initial="ar")
    kind = forms.ChoiceField(
        label=_("Kind"), choices=DocumentKind.choices, initial=DocumentKind.ARTICLE
    )
    publisher = forms.CharField(
        label=_("Publisher"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    url = forms.URLField(
        assume_scheme="https",
        label=_("URL"),
        required=False,
        max_length=1000,
        widget=forms.URLInput(attrs={"dir": "ltr"}),
    )
    published_on = forms.DateField(
        label=_("Published on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    cable_ref = forms.CharField(
        label=_("Cable reference"),
        required=False,
        max_length=40,
        help_text=_("Cable ID such as 10PARIS191."),
        widget=forms.TextInput(attrs={"dir": "ltr"}),
    )

    def clean(self) -> dict:
        data = super().clean()
        upload = data.get("upload")
        body = data.get("body") or ""
        if upload and body.strip():
            raise forms.ValidationError(_("Paste the text or upload a file, not both."))
        if upload:
            if upload.size > MAX_ARTICLE_BYTES:
                self.add_error("upload", _("The file is too large (at most 1 MB)."))
                return data
            try:
                body = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                self.add_error("upload", _("The file is not UTF-8 text."))
                return data
        # Browsers send CRLF line ends from a textarea; store plain LF so the
        # same article pasted or uploaded has the same checksum.
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        if not body.strip():
            self.add_error("body", _("Paste the article text or upload a file."))
        data["body"] = body
        return data


NOT_IN_ARTICLE = _("These words are not in the article; copy them exactly as they appear there.")


class CandidateForm(AttributionFields):
    """One quote the extraction engine found, as the reviewer corrects it."""

    ACCEPT = "accept"
    REJECT = "reject"

    start = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    end = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    confidence = forms.FloatField(widget=forms.HiddenInput, required=False)
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(ACCEPT, _("Accept")), (REJECT, _("Reject"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose accept or reject.")},
    )

    def __init__(self, *args, body: str = "", **kwargs) -> None:
        self.body = body
        super().__init__(*args, **kwargs)
        # A rejected candidate needs no words; an accepted one is checked in clean().
        self.fields["text"].required = False

    @property
    def accepted(self) -> bool:
        return self.is_valid() and self.cleaned_data["decision"] == self.ACCEPT

    def clean(self) -> dict:
        data = super().clean()
        if data.get("decision") == self.REJECT:
            # Nothing of a rejected candidate is filed: its fields cannot be wrong.
            for name in [n for n in self._errors if n not in ("decision", "start", "end")]:
                del self._errors[name]
            return data
        if data.get("decision") != self.ACCEPT:
            return data
        start, end, text = data.get("start"), data.get("end"), data.get("text")
        if not (text or "").strip():
            self.add_error("text", _("Give the quoted words, or reject the candidate."))
            return data
        if start is None or end is None:
            return data
        located = locate_span(self.body, text, near=start)
        if located is None:
            self.add_error("text", NOT_IN_ARTICLE)
        else:
            data["start"], data["end"] = located
        return data


def locate_span(body: str, text: str, *, near: int) -> tuple[int, int] | None:
    """The offsets of ``text`` in ``body``, taking the occurrence nearest ``near``.

    Leading and trailing white space of the typed text is ignored; the
    words themselves must match the article exactly (the database refuses a
    quote whose text is not the document's text between its offsets).
    """
    needle = text.strip()
    if not needle:
        return None
    best: int | None = None
    position = body.find(needle)
    while position != -1:
        if best is None or abs(position - near) < abs(best - near):
            best = position
        position = body.find(needle, position + 1)
    if best is None:
        return None
    return best, best + len(needle)
