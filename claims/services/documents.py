"""Documents in, quotes out: ingestion and extraction filing."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from claims import extraction
from claims.extraction.normalize import normalize
from claims.models import Document, DocumentKind, Language, Origin, Quote, SpeakerKind
from claims.services._common import User, require_perm
from claims.services.errors import RuleViolation
from claims.services.quotes import quote_create
from claims.services.speakers import speaker_resolve
from claims.services.validation import clean_cable_ref, clean_partial_date


@dataclass
class IngestResult:
    document: Document
    created: bool
    quotes: list[Quote] = field(default_factory=list)


def body_checksum(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def document_ingest(
    *,
    title: str,
    body: str,
    language: str,
    actor: User | None,
    kind: str = DocumentKind.ARTICLE,
    publisher: str = "",
    url: str = "",
    published_on: dt.date | None = None,
    cable_ref: str = "",
    run_extraction: bool = True,
    system: bool = False,
) -> IngestResult:
    """Store a document once (by body checksum) and, if asked, file its quotes.

    Ingesting the same body again changes nothing and returns the stored
    document. ``system=True`` is for trusted loaders (seeds, the ingest
    command) that run without a signed-in user.
    """
    if not system:
        require_perm(actor, "add_document", "add documents")
    if not (title or "").strip():
        raise RuleViolation("A document needs a title.", field="title")
    if not (body or "").strip():
        raise RuleViolation("A document needs a body of text.", field="body")
    if language not in Language.values:
        raise RuleViolation(
            f"{language!r} is not a supported language; use one of {', '.join(Language.values)}.",
            field="language",
        )
    if kind not in DocumentKind.values:
        raise RuleViolation(f"{kind!r} is not a document kind.", field="kind")
    checksum = body_checksum(body)
    existing = Document.objects.filter(checksum=checksum).first()
    if existing is not None:
        return IngestResult(existing, created=False)
    with transaction.atomic():
        try:
            with transaction.atomic():
                document = Document.objects.create(
                    title=title.strip(),
                    body=body,
                    language=language,
                    kind=kind,
                    publisher=publisher.strip(),
                    url=url.strip(),
                    published_on=published_on,
                    cable_ref=clean_cable_ref(cable_ref),
                    checksum=checksum,
                    created_by=actor if actor is not None and actor.is_authenticated else None,
                )
        except IntegrityError:
            # Someone stored the same text a moment ago: theirs stands.
            return IngestResult(Document.objects.get(checksum=checksum), created=False)
        quotes = (
            document_extract(document_id=document.pk, actor=actor, system=True)
            if run_extraction
            else []
        )
    return IngestResult(document, created=True, quotes=quotes)


def document_extract(*, document_id: int, actor: User | None, system: bool = False) -> list[Quote]:
    """Run the extraction engine on a stored document and file what is new.

    New quotes are ``unverified`` and ``extracted``. A candidate whose span
    overlaps a quote already filed for the document, or whose normalised
    text is already there, is skipped: re-running never duplicates a quote
    and never touches one a person has edited or reviewed.
    """
    if not system:
        require_perm(actor, "add_quote", "run extraction")
    try:
        document = Document.objects.get(pk=document_id)
    except Document.DoesNotExist:
        raise RuleViolation(f"No document with id {document_id}.", field="document") from None
    candidates = extraction.extract(document.body, language=document.language)
    filed: list[Quote] = []
    with transaction.atomic():
        existing = list(
            Quote.objects.select_for_update()
            .filter(document=document)
            .values_list("start", "end", "text_normalized")
        )
        texts = {t for _, _, t in existing}
        spans = [(s, e) for s, e, _ in existing]
        for candidate in candidates:
            if normalize(candidate.text) in texts or any(
                candidate.start < e and s < candidate.end for s, e in spans
            ):
                continue
            speaker = None
            if candidate.speaker:
                kind = (
                    candidate.speaker_kind
                    if candidate.speaker_kind in SpeakerKind.values
                    else SpeakerKind.PERSON
                )
                speaker = speaker_resolve(name=candidate.speaker[:300], kind=kind)
            # The engine's guesses must not stop the filing: a date or cable
            # reference it got malformed is left for the reviewer to enter.
            ref = candidate.cable_ref or document.cable_ref
            try:
                ref = clean_cable_ref(ref)
            except RuleViolation:
                ref = ""
            date = candidate.date
            try:
                clean_partial_date(date)
            except RuleViolation:
                date = None
            quote = quote_create(
                document_id=document.pk,
                start=candidate.start,
                end=candidate.end,
                actor=actor,
                speaker_id=speaker.pk if speaker else None,
                role=(candidate.role or "")[:300],
                cable_date=date,
                cable_ref=ref,
                origin=Origin.EXTRACTED,
                confidence=candidate.confidence,
            )
            filed.append(quote)
            texts.add(quote.text_normalized)
            spans.append((quote.start, quote.end))
    return filed
