"""The only code that changes quotes. One function per operation.

Each takes keyword arguments, runs in one transaction, locks the quote,
checks the caller's version, enforces the rules and writes a QuoteEvent.
"""

from claims.services.documents import IngestResult, document_extract, document_ingest
from claims.services.errors import DomainError, NotAllowed, RuleViolation, VersionConflict
from claims.services.evidence import evidence_add, evidence_remove, evidence_update
from claims.services.quotes import quote_create, quote_delete, quote_take, quote_update
from claims.services.speakers import speaker_find, speaker_merge, speaker_resolve
from claims.services.verdicts import (
    approval_problems,
    quote_approve,
    quote_set_verdict,
    verdict_problems,
)

__all__ = [
    "DomainError",
    "IngestResult",
    "NotAllowed",
    "RuleViolation",
    "VersionConflict",
    "approval_problems",
    "document_extract",
    "document_ingest",
    "evidence_add",
    "evidence_remove",
    "evidence_update",
    "quote_approve",
    "quote_create",
    "quote_delete",
    "quote_set_verdict",
    "quote_take",
    "quote_update",
    "speaker_find",
    "speaker_merge",
    "speaker_resolve",
    "verdict_problems",
]
