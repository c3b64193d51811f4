"""The three roles and what each may do, as Django groups.

Viewer reads; Reviewer also writes quotes, documents, speakers, sources,
evidence and verdicts; Editor also approves verdicts, deletes quotes and
merges speakers. The services check these permissions, so every interface
refuses the same things.
"""

from __future__ import annotations

VIEWER = "Viewer"
REVIEWER = "Reviewer"
EDITOR = "Editor"

_MODELS = ["document", "speaker", "speakeralias", "quote", "source", "evidence", "quoteevent"]

_VIEW = [f"view_{m}" for m in _MODELS]
_REVIEW = [
    *_VIEW,
    "add_document",
    "add_speaker",
    "change_speaker",
    "add_speakeralias",
    "change_speakeralias",
    "delete_speakeralias",
    "add_quote",
    "change_quote",
    "set_verdict",
    "add_source",
    "change_source",
    "add_evidence",
    "change_evidence",
    "delete_evidence",
]
_EDIT = [*_REVIEW, "approve_verdict", "delete_quote", "merge_speaker", "change_document"]

ROLE_PERMISSIONS: dict[str, list[str]] = {VIEWER: _VIEW, REVIEWER: _REVIEW, EDITOR: _EDIT}


def sync_groups(group_model, permission_model) -> None:
    """Create the groups and give each exactly its permissions (idempotent)."""
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=role)
        perms = list(
            permission_model.objects.filter(
                content_type__app_label="claims", codename__in=codenames
            )
        )
        missing = set(codenames) - {p.codename for p in perms}
        if missing:
            raise RuntimeError(f"permissions missing for role {role}: {sorted(missing)}")
        group.permissions.set(perms)
