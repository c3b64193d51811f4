"""Reviewer web interface: thin views over the services and selectors.

A view parses input with a form, calls one service, and renders. Every
quote-changing form carries the version the reviewer saw; a refusal from the
service (a rule, a conflict) is shown beside the form with what the reviewer
typed kept. Viewers get pages without edit controls, and a 403 if they post.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch
from django.forms import formset_factory
from django.forms.utils import ErrorDict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language_bidi, gettext_lazy, gettext_noop, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import extraction
from claims.claimreview import claim_review
from claims.extraction.normalize import normalize
from claims.forms import (
    ApproveForm,
    CandidateForm,
    DocumentForm,
    EvidenceForm,
    QuoteEditForm,
    QuoteFilterForm,
    TakeForm,
    VerdictForm,
    VersionedForm,
)
from claims.models import (
    Document,
    Evidence,
    Origin,
    Quote,
    QuoteEvent,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    Verdict,
)
from claims.selectors import (
    awaiting_approval,
    expected_share,
    newest_first,
    quote_search,
    quotes_visible_to,
    review_queue,
)
from claims.services import (
    DomainError,
    NotAllowed,
    RuleViolation,
    VersionConflict,
    approval_problems,
    document_ingest,
    evidence_add,
    evidence_remove,
    quote_approve,
    quote_create,
    quote_set_verdict,
    quote_take,
    quote_update,
    speaker_resolve,
    verdict_problems,
)

PAGE_SIZE = 25


class CappedPaginator(Paginator):
    """Page numbers that never count a whole table: at most ``CAP`` + 1 rows
    are counted (``SELECT COUNT(*) FROM (… LIMIT 1001)``), so a list of a
    million quotes says "more than 1,000" and offers the first 1,000. A
    search or a filter narrows it; that is what a reviewer does anyway."""

    CAP = 1000

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by()[: self.CAP + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.CAP


# The services word their refusals in English. They run under English here
# (a verdict's name inside a message would otherwise come out half
# translated) and the page shows the message in the reviewer's language when
# the catalogue has it; an unknown message is shown as the service wrote it.
SERVICE_MESSAGES = [
    gettext_noop("Every verdict needs a note saying how it was reached."),
    gettext_noop(
        "'Corroborated' needs at least one piece of evidence that corroborates the quote."
    ),
    gettext_noop("'Refuted' needs at least one piece of evidence that contradicts the quote."),
    gettext_noop("You set this verdict: another editor must approve it."),
    gettext_noop("This verdict is already approved."),
    gettext_noop("Only a final verdict can be approved; this quote is 'Unverified'."),
    gettext_noop("Only a final verdict can be approved; this quote is 'In review'."),
    gettext_noop("This source is already linked to the quote; edit that evidence instead."),
    gettext_noop("This source is already linked to the quote."),
    gettext_noop(
        "This quote already has a verdict; reopen it by setting the verdict to 'in review' instead."
    ),
    gettext_noop(
        "This is the only evidence that corroborates the quote, and its verdict "
        "'Corroborated' depends on it. Change the verdict first."
    ),
    gettext_noop(
        "This is the only evidence that contradicts the quote, and its verdict "
        "'Refuted' depends on it. Change the verdict first."
    ),
    gettext_noop("A document needs a title."),
    gettext_noop("A document needs a body of text."),
    gettext_noop("The span holds only white space."),
    gettext_noop("A speaker needs a name."),
]


def in_english() -> translation.override:
    """Run a service so that its messages come out whole, in English."""
    return translation.override("en")


def say(problem: DomainError) -> str:
    """A service's message in the reviewer's language, when we have it."""
    return _(problem.message)


CONTEXT_CHARS = 120  # article text shown either side of a candidate quote


def reader_required(view: Callable) -> Callable:
    """Signed in and in a role: everyone else sees the sign-in page or a 403."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.has_perm("claims.view_quote"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _require(request: HttpRequest, perm: str) -> None:
    # The services check permissions too; checking here first turns a
    # viewer's forged post into a plain 403 before any form is parsed.
    if not request.user.has_perm(f"claims.{perm}"):
        raise PermissionDenied


# --- Highlighting ---------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    text: str
    quote: Quote | None = None
    current: bool = False


def highlight(body: str, quotes: list[Quote], current: Quote | None = None) -> list[Segment]:
    """Split ``body`` into plain runs and quoted spans, in reading order.

    A span overlapping an earlier one is left unmarked (it is still listed
    beside the article): marks cannot nest across each other in HTML.
    """
    segments: list[Segment] = []
    position = 0
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        if quote.start < position:
            continue
        if quote.start > position:
            segments.append(Segment(body[position : quote.start]))
        is_current = current is not None and quote.pk == current.pk
        segments.append(Segment(body[quote.start : quote.end], quote, is_current))
        position = quote.end
    if position < len(body):
        segments.append(Segment(body[position:]))
    return segments


# --- Dashboard --------------------------------------------------------------

CHART_WIDTH = 420
CHART_LABEL_WIDTH = 160
CHART_ROW = 28
CHART_BAR = 18


def verdict_chart(counts: dict[str, int], *, rtl: bool) -> dict[str, Any]:
    """Coordinates of a horizontal bar chart, mirrored for right-to-left."""
    top = max(counts.values(), default=0) or 1
    room = CHART_WIDTH - CHART_LABEL_WIDTH - 50
    bars = []
    for index, (value, label) in enumerate(Verdict.choices):
        count = counts.get(value, 0)
        width = round(room * count / top)
        y = index * CHART_ROW
        if rtl:
            bar_x = CHART_WIDTH - CHART_LABEL_WIDTH - width
            label_x, label_anchor = CHART_WIDTH - 4, "end"
            count_x, count_anchor = bar_x - 6, "end"
        else:
            bar_x = CHART_LABEL_WIDTH
            label_x, label_anchor = CHART_LABEL_WIDTH - 8, "end"
            count_x, count_anchor = bar_x + width + 6, "start"
        bars.append(
            {
                "value": value,
                "label": label,
                "count": count,
                "y": y,
                "text_y": y + CHART_BAR - 4,
                "bar_x": bar_x,
                "bar_width": width,
                "label_x": label_x,
                "label_anchor": label_anchor,
                "count_x": count_x,
                "count_anchor": count_anchor,
            }
        )
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": len(bars) * CHART_ROW,
        "bar_height": CHART_BAR,
        "total": sum(counts.values()),
    }


@reader_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    visible = quotes_visible_to(user)
    counts = dict(visible.order_by().values_list("status").annotate(n=Count("id")))
    activity = (
        QuoteEvent.objects.filter(quote__in=visible.values("pk"))
        .select_related("actor", "quote")
        .order_by("-id")[:12]
    )
    context = {
        "chart": verdict_chart(counts, rtl=get_language_bidi()),
        "my_queue": list(review_queue(user).order_by("-updated_at", "-id")[:10]),
        "awaiting": list(awaiting_approval(user).order_by("verdict_at", "id")[:10])
        if user.has_perm("claims.approve_verdict")
        else None,
        "activity": list(activity),
    }
    return render(request, "claims/dashboard.html", context)


# --- Quote list ---------------------------------------------------------------


@reader_required
def quote_list(request: HttpRequest) -> HttpResponse:
    form = QuoteFilterForm(request.GET or None)
    quotes = quotes_visible_to(request.user)
    ordering = ["-id"]
    search = ""
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        search = data["q"]
        quotes = quote_search(quotes, search)
        if data["status"]:
            quotes = quotes.filter(status=data["status"])
        if data["speaker"]:
            quotes = quotes.filter(speaker=data["speaker"])
        if data["document"]:
            quotes = quotes.filter(document=data["document"])
        if data["date_from"]:
            quotes = quotes.filter(cable_date__gte=data["date_from"])
        if data["date_to"]:
            quotes = quotes.filter(cable_date__lte=data["date_to"])
        if data["approved"] == "yes":
            quotes = quotes.filter(approved_by__isnull=False)
        elif data["approved"] == "no":
            quotes = quotes.filter(approved_by__isnull=True)
        ordering = QuoteFilterForm.ORDER_BY.get(data["ordering"] or "-id", ordering)
    page = CappedPaginator(quotes.order_by(*ordering), PAGE_SIZE).get_page(request.GET.get("page"))
    if search and ordering == ["-id"]:
        # The newest matches of a search, read as the API reads them: a
        # bounded walk of the newest ids, or the indexes for a rare match
        # (selectors.newest_first); an OFFSET would walk the id index until
        # it found them, every row of it for a word found nowhere.
        newest = newest_first(
            quotes.values_list("id", flat=True),
            limit=page.end_index(),
            share=expected_share(search),
        )
        on_page = newest[page.start_index() - 1 :] if page.end_index() else []
        page.object_list = list(quotes.filter(id__in=on_page).order_by("-id"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "claims/quote_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


# --- Quote page and its forms --------------------------------------------------


def _quote_for(request: HttpRequest, pk: int) -> Quote:
    return get_object_or_404(quotes_visible_to(request.user), pk=pk)


def _claim_review(request: HttpRequest, quote: Quote) -> dict | None:
    """The published fact-check, embedded once the verdict is approved."""
    if not quote.is_approved:
        return None
    return claim_review(quote, base_url=request.build_absolute_uri("/"))


def _quote_page(
    request: HttpRequest,
    quote: Quote,
    *,
    forms: dict[str, Any] | None = None,
    problems: dict[str, list[str]] | None = None,
    status: int = 200,
) -> HttpResponse:
    user = request.user
    initial = {"version": quote.version}
    forms = forms or {}
    if user.has_perm("claims.change_quote"):
        forms.setdefault("edit", _make_form("edit", quote, initial=_edit_initial(quote)))
    if user.has_perm("claims.set_verdict"):
        forms.setdefault("take", TakeForm(initial=initial))
        forms.setdefault("verdict", VerdictForm(initial={**initial, "status": quote.status}))
    if user.has_perm("claims.add_evidence"):
        forms.setdefault("evidence", EvidenceForm(initial=initial))
    if user.has_perm("claims.approve_verdict"):
        forms.setdefault("approve", ApproveForm(initial=initial))
    evidence = list(quote.evidence.select_related("source", "added_by"))
    events = list(quote.events.select_related("actor").order_by("id"))
    can_take = (
        "take" in forms
        and quote.status in (Verdict.UNVERIFIED, Verdict.IN_REVIEW)
        and quote.assignee_id != user.pk
    )
    context = {
        "quote": quote,
        "segments": highlight(quote.document.body, [quote], current=quote),
        "evidence": evidence,
        "events": events,
        "forms": forms,
        "problems": problems or {},
        "can_take": can_take,
        "can_remove_evidence": user.has_perm("claims.delete_evidence"),
        "approval_blockers": [say(p) for p in _approval_problems(quote, user)]
        if "approve" in forms
        else [],
        "offered_sources": forms["evidence"].offered_sources() if "evidence" in forms else [],
        "claim_review": _claim_review(request, quote),
    }
    return render(request, "claims/quote_detail.html", context, status=status)


def _approval_problems(quote: Quote, user: Any) -> list[RuleViolation]:
    with in_english():
        return approval_problems(quote=quote, actor=user)


@reader_required
def quote_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _quote_page(request, _quote_for(request, pk))


def _edit_initial(quote: Quote) -> dict[str, Any]:
    return {
        "version": quote.version,
        "text": quote.text,
        "speaker": quote.speaker.name if quote.speaker else "",
        "speaker_kind": quote.speaker.kind if quote.speaker else SpeakerKind.PERSON,
        "role": quote.role,
        "cable_date": quote.cable_date_iso or "",
        "cable_ref": quote.cable_ref,
    }


def _make_form(action: str, quote: Quote, **kwargs: Any) -> Any:
    form_class = QUOTE_ACTIONS[action][0]
    if form_class is QuoteEditForm:
        kwargs.update(body=quote.document.body, near=quote.start)
    return form_class(**kwargs)


def _edit(request: HttpRequest, quote: Quote, form: QuoteEditForm) -> Any:
    data = form.cleaned_data
    changes: dict[str, Any] = {
        "start": data["start"],
        "end": data["end"],
        "role": data["role"],
        "cable_date": data["cable_date"] or None,
        "cable_ref": data["cable_ref"],
    }
    with transaction.atomic():  # a refused change leaves no new speaker behind
        name = data["speaker"].strip()
        if not name:
            changes["speaker_id"] = None
        elif quote.speaker is None or normalize(name) != quote.speaker.name_normalized:
            changes["speaker_id"] = speaker_resolve(name=name, kind=data["speaker_kind"]).pk
        quote_update(
            quote_id=quote.pk,
            expected_version=data["version"],
            actor=request.user,
            changes=changes,
        )
    return gettext_lazy("Quote corrected.")


def _take(request: HttpRequest, quote: Quote, form: TakeForm) -> str:
    quote_take(quote_id=quote.pk, expected_version=form.cleaned_data["version"], actor=request.user)
    return gettext_lazy("The quote is in your review queue.")


def _verdict(request: HttpRequest, quote: Quote, form: VerdictForm) -> str:
    data = form.cleaned_data
    problems = verdict_problems(quote=quote, status=data["status"], note=data["note"])
    if problems:
        raise _Problems(problems)
    quote_set_verdict(
        quote_id=quote.pk,
        expected_version=data["version"],
        status=data["status"],
        note=data["note"],
        actor=request.user,
    )
    return gettext_lazy("Verdict recorded.")


def _approve(request: HttpRequest, quote: Quote, form: ApproveForm) -> str:
    quote_approve(
        quote_id=quote.pk, expected_version=form.cleaned_data["version"], actor=request.user
    )
    return gettext_lazy("Verdict approved.")


def _evidence(request: HttpRequest, quote: Quote, form: EvidenceForm) -> str:
    data = form.cleaned_data
    with transaction.atomic():
        source = data["source"]
        new = form.new_source()
        if new is not None:
            if not request.user.has_perm("claims.add_source"):
                raise NotAllowed("Your role does not allow you to add sources.")
            new.created_by = request.user
            new.save()
            source = new
        # A refusal below rolls the new source back with the evidence.
        evidence_add(
            quote_id=quote.pk,
            expected_version=data["version"],
            source_id=source.pk,
            relation=data["relation"],
            excerpt=data["excerpt"],
            location=data["location"],
            actor=request.user,
        )
    return gettext_lazy("Evidence added.")


class _Problems(Exception):
    def __init__(self, problems: list[RuleViolation]) -> None:
        super().__init__(problems[0].message)
        self.problems = problems


QUOTE_ACTIONS: dict[str, tuple[type, str, Callable[..., Any]]] = {
    "edit": (QuoteEditForm, "change_quote", _edit),
    "take": (TakeForm, "set_verdict", _take),
    "verdict": (VerdictForm, "set_verdict", _verdict),
    "approve": (ApproveForm, "approve_verdict", _approve),
    "evidence": (EvidenceForm, "add_evidence", _evidence),
}


def _attach(form: Any, problems: list[RuleViolation]) -> list[str]:
    """Put each problem on its field when the form has it; return the rest."""
    loose = []
    for problem in problems:
        if problem.field in form.fields and problem.field != "version":
            form.add_error(problem.field, say(problem))
        else:
            loose.append(say(problem))
    return loose


def _quiet(form: Any) -> Any:
    """A bound form shown with its input but without errors (a search round-trip)."""
    form.cleaned_data = {}
    form._errors = ErrorDict()
    return form


@reader_required
@require_POST
def quote_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    _form_class, perm, run = QUOTE_ACTIONS[action]
    _require(request, perm)
    quote = _quote_for(request, pk)
    form = _make_form(action, quote, data=request.POST)
    if action == "evidence" and "search" in request.POST:
        return _quote_page(request, quote, forms={action: _quiet(form)})
    if not form.is_valid():
        return _quote_page(request, quote, forms={action: form}, status=400)
    try:
        with in_english():
            message = run(request, quote, form)
    except NotAllowed:
        raise PermissionDenied from None
    except VersionConflict as conflict:
        # Show the quote as it is now, with the reviewer's input and the new
        # version in the form: one more click applies it on top of the change.
        data = request.POST.copy()
        data["version"] = str(conflict.current)
        fresh = _quote_for(request, pk)
        return _quote_page(
            request,
            fresh,
            forms={action: _quiet(_make_form(action, fresh, data=data))},
            problems={
                action: [
                    _(
                        "Someone else changed this quote while you were working on it "
                        "(version %(old)s is now %(new)s). The page now shows their change; "
                        "your input is kept below. Submit again to apply it."
                    )
                    % {"old": conflict.expected, "new": conflict.current}
                ]
            },
            status=409,
        )
    except _Problems as refused:
        return _quote_page(
            request,
            quote,
            forms={action: form},
            problems={action: _attach(form, refused.problems)},
            status=400,
        )
    except RuleViolation as refused:
        return _quote_page(
            request,
            quote,
            forms={action: form},
            problems={action: _attach(form, [refused])},
            status=400,
        )
    messages.success(request, message)
    return redirect(reverse("quote-detail", args=[quote.pk]) + f"#{action}")


@reader_required
@require_POST
def evidence_remove_view(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "delete_evidence")
    evidence = get_object_or_404(Evidence, pk=pk)
    quote = _quote_for(request, evidence.quote_id)
    form = VersionedForm(request.POST)
    if not form.is_valid():
        return redirect("quote-detail", pk=quote.pk)
    try:
        with in_english():
            evidence_remove(
                evidence_id=evidence.pk,
                expected_version=form.cleaned_data["version"],
                actor=request.user,
            )
    except NotAllowed:
        raise PermissionDenied from None
    except (VersionConflict, RuleViolation) as refused:
        messages.error(request, say(refused))
    else:
        messages.success(request, _("Evidence removed."))
    return redirect(reverse("quote-detail", args=[quote.pk]) + "#evidence")


# --- Documents ---------------------------------------------------------------


@reader_required
def document_list(request: HttpRequest) -> HttpResponse:
    documents = Document.objects.only(
        "id", "title", "publisher", "language", "published_on", "created_at"
    ).order_by("-created_at", "-id")
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    # Quotes are counted for the page's documents only, in one query (an
    # annotation would count them for every document an OFFSET skips).
    counts = dict(
        Quote.objects.filter(document__in=[d.pk for d in page.object_list])
        .order_by()
        .values_list("document")
        .annotate(n=Count("id"))
    )
    page.object_list = list(page.object_list)
    for document in page.object_list:
        document.quote_count = counts.get(document.pk, 0)
    return render(request, "claims/document_list.html", {"page": page, "query": ""})


@reader_required
def document_new(request: HttpRequest) -> HttpResponse:
    _require(request, "add_document")
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with in_english():
                result = document_ingest(
                    title=data["title"],
                    body=data["body"],
                    language=data["language"],
                    kind=data["kind"],
                    publisher=data["publisher"],
                    url=data["url"],
                    published_on=data["published_on"],
                    cable_ref=data["cable_ref"],
                    actor=request.user,
                    run_extraction=False,
                )
        except NotAllowed:
            raise PermissionDenied from None
        except RuleViolation as refused:
            for message in _attach(form, [refused]):
                form.add_error(None, message)
        else:
            if not result.created:
                messages.info(
                    request,
                    _("This article is already stored as “%(title)s”; here are its candidates.")
                    % {"title": result.document.title},
                )
            return redirect("document-review", pk=result.document.pk)
    status = 400 if form.is_bound else 200
    return render(request, "claims/document_new.html", {"form": form}, status=status)


CandidateFormSet = formset_factory(CandidateForm, extra=0)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _candidate_initial(document: Document, filed: list[tuple[int, int]]) -> list[dict]:
    """What the engine finds in the stored body, less what is filed already.

    Extraction is deterministic, so the candidates need not be stored
    between showing them and filing them: they are computed again.
    """
    initial = []
    for found in extraction.extract(document.body, language=document.language):
        if _overlaps(found.start, found.end, filed):
            continue
        kind = (
            found.speaker_kind if found.speaker_kind in SpeakerKind.values else SpeakerKind.PERSON
        )
        initial.append(
            {
                "start": found.start,
                "end": found.end,
                "confidence": found.confidence,
                "text": found.text,
                "speaker": found.speaker or "",
                "speaker_kind": kind,
                "role": found.role or "",
                "cable_date": found.date or "",
                "cable_ref": found.cable_ref or document.cable_ref,
            }
        )
    return initial


def _in_context(body: str, start: int | None, end: int | None) -> dict[str, str] | None:
    if start is None or end is None or not (0 <= start < end <= len(body)):
        return None
    before = body[max(0, start - CONTEXT_CHARS) : start]
    after = body[end : end + CONTEXT_CHARS]
    return {
        "before": ("…" if start > CONTEXT_CHARS else "") + before,
        "quote": body[start:end],
        "after": after + ("…" if end + CONTEXT_CHARS < len(body) else ""),
    }


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@reader_required
def document_review(request: HttpRequest, pk: int) -> HttpResponse:
    """Review the engine's candidates, then file the accepted ones."""
    _require(request, "add_quote")
    document = get_object_or_404(Document, pk=pk)
    filed = list(document.quotes.values_list("start", "end"))
    kwargs = {"form_kwargs": {"body": document.body}}
    if request.method == "POST":
        formset = CandidateFormSet(request.POST, **kwargs)
        if formset.is_valid():
            try:
                with in_english():
                    count = _file_candidates(request, document, formset, filed)
            except _CandidateRefused:
                pass
            else:
                rejected = len(formset.forms) - count
                messages.success(
                    request,
                    ngettext("%(n)d quote filed", "%(n)d quotes filed", count) % {"n": count}
                    + (
                        "; "
                        + ngettext("%(n)d rejected.", "%(n)d rejected.", rejected) % {"n": rejected}
                    ),
                )
                return redirect("document-detail", pk=document.pk)
        status = 400
    else:
        formset = CandidateFormSet(initial=_candidate_initial(document, filed), **kwargs)
        status = 200
    rows = [
        (
            form,
            _in_context(
                document.body,
                _as_int(form["start"].value()),
                _as_int(form["end"].value()),
            ),
        )
        for form in formset.forms
    ]
    return render(
        request,
        "claims/document_review.html",
        {"document": document, "formset": formset, "rows": rows, "filed_count": len(filed)},
        status=status,
    )


class _CandidateRefused(Exception):
    pass


# Service fields that a candidate form shows under another name.
_CANDIDATE_FIELDS = {"start": "text", "end": "text", "speaker_kind": "speaker_kind"}


def _file_candidates(
    request: HttpRequest, document: Document, formset: Any, filed: list[tuple[int, int]]
) -> int:
    """File every accepted candidate, all or none."""
    count = 0
    failed = False
    with transaction.atomic():
        for form in formset.forms:
            if not form.accepted:
                continue
            data = form.cleaned_data
            if (data["start"], data["end"]) in filed:
                continue  # sent twice (a double click): filed already
            try:
                speaker = None
                if data["speaker"].strip():
                    speaker = speaker_resolve(name=data["speaker"], kind=data["speaker_kind"])
                quote_create(
                    document_id=document.pk,
                    start=data["start"],
                    end=data["end"],
                    actor=request.user,
                    speaker_id=speaker.pk if speaker else None,
                    role=data["role"],
                    cable_date=data["cable_date"] or None,
                    cable_ref=data["cable_ref"],
                    origin=Origin.EXTRACTED,
                    confidence=data.get("confidence"),
                )
            except RuleViolation as refused:
                field = _CANDIDATE_FIELDS.get(refused.field or "", refused.field)
                form.add_error(field if field in form.fields else None, say(refused))
                failed = True
                continue
            filed.append((data["start"], data["end"]))
            count += 1
        if failed:
            transaction.set_rollback(True)
    if failed:
        raise _CandidateRefused
    return count


@reader_required
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    quotes = list(quotes_visible_to(request.user).filter(document=document).order_by("start", "id"))
    return render(
        request,
        "claims/document_detail.html",
        {
            "document": document,
            "quotes": quotes,
            "segments": highlight(document.body, quotes),
            "can_review": request.user.has_perm("claims.add_quote"),
        },
    )


# --- Speakers ------------------------------------------------------------------


@reader_required
def speaker_detail(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = get_object_or_404(
        Speaker.objects.prefetch_related(
            Prefetch("aliases", queryset=SpeakerAlias.objects.order_by("name", "id"))
        ),
        pk=pk,
    )
    quotes = quotes_visible_to(request.user).filter(speaker=speaker)
    roles = list(
        quotes.exclude(role="")
        .order_by()
        .values("role")
        .annotate(n=Count("id"))
        .order_by("-n", "role")
    )
    page = Paginator(quotes.order_by("-id"), PAGE_SIZE).get_page(request.GET.get("page"))
    aliases = [a for a in speaker.aliases.all() if a.name != speaker.name]
    return render(
        request,
        "claims/speaker_detail.html",
        {"speaker": speaker, "aliases": aliases, "roles": roles, "page": page, "query": ""},
    )
