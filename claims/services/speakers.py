"""Speakers: find-or-create by any spelling, and merge duplicates."""

from __future__ import annotations

from django.db import transaction

from claims.extraction.normalize import normalize
from claims.models import EventKind, Quote, Speaker, SpeakerAlias, SpeakerKind
from claims.services._common import User, record, require_perm, save_quote
from claims.services.errors import RuleViolation


def speaker_find(*, name: str) -> Speaker | None:
    """The speaker whose name or any alias normalises to the same string."""
    key = normalize(name)
    if not key:
        return None
    speaker = Speaker.objects.filter(name_normalized=key).order_by("id").first()
    if speaker is not None:
        return speaker
    alias = SpeakerAlias.objects.filter(name_normalized=key).select_related("speaker").first()
    return alias.speaker if alias else None


def speaker_resolve(*, name: str, kind: str = SpeakerKind.PERSON) -> Speaker:
    """Reuse the registered speaker for this spelling, or register a new one.

    A new speaker gets its spelling as an alias too, so that later
    spellings added as aliases and this one are found the same way.
    """
    name = " ".join(name.split())
    if not name:
        raise RuleViolation("A speaker needs a name.", field="speaker")
    if kind not in SpeakerKind.values:
        raise RuleViolation(f"Unknown speaker kind {kind!r}.", field="speaker_kind")
    existing = speaker_find(name=name)
    if existing is not None:
        return existing
    speaker = Speaker(name=name, kind=kind)
    speaker.save()
    SpeakerAlias(speaker=speaker, name=name).save()
    return speaker


def speaker_merge(*, source_id: int, target_id: int, actor: User) -> Speaker:
    """Fold speaker ``source`` into ``target``: its quotes, name and aliases move.

    Every moved quote is locked, gets a new version and a ``speaker_merged``
    event; the source speaker is then deleted.
    """
    require_perm(actor, "merge_speaker", "merge speakers")
    if source_id == target_id:
        raise RuleViolation("A speaker cannot be merged into itself.", field="target")
    with transaction.atomic():
        speakers = {
            s.pk: s
            for s in Speaker.objects.select_for_update().filter(pk__in=[source_id, target_id])
        }
        if source_id not in speakers:
            raise RuleViolation(f"No speaker with id {source_id}.", field="source")
        if target_id not in speakers:
            raise RuleViolation(f"No speaker with id {target_id}.", field="target")
        source, target = speakers[source_id], speakers[target_id]
        for quote in Quote.objects.select_for_update().filter(speaker_id=source_id).order_by("pk"):
            save_quote(quote, {"speaker_id": target.pk})
            record(
                quote,
                EventKind.SPEAKER_MERGED,
                actor,
                data={
                    "from_speaker": [source.pk, source.name],
                    "to_speaker": [target.pk, target.name],
                },
            )
        known = set(target.aliases.values_list("name_normalized", flat=True))
        for spelling in [source.name, *source.aliases.values_list("name", flat=True)]:
            if normalize(spelling) not in known:
                SpeakerAlias(speaker=target, name=spelling).save()
                known.add(normalize(spelling))
        source.delete()
    return target
