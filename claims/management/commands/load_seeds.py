"""Load the seed documents from seeds/ and file their extracted quotes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.services import DomainError, document_ingest


class Command(BaseCommand):
    help = (
        "Ingest every document listed in seeds/manifest.json and run quote extraction "
        "on it. Idempotent: a document already stored (same text) is left as it is."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dir",
            default=str(Path(settings.BASE_DIR) / "seeds"),
            help="Folder holding manifest.json and the seed texts (default: seeds/).",
        )

    def handle(self, *args, **options) -> None:
        folder = Path(options["dir"])
        manifest_path = folder / "manifest.json"
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CommandError(f"{manifest_path}: no such file.") from None
        except json.JSONDecodeError as exc:
            raise CommandError(f"{manifest_path}: not valid JSON ({exc}).") from None
        for entry in manifest.get("documents", []):
            path = folder / entry["file"]
            try:
                body = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise CommandError(f"{path}: listed in the manifest but missing.") from None
            published = entry.get("published_on")
            try:
                result = document_ingest(
                    title=entry["title"],
                    body=body,
                    language=entry["language"],
                    kind=entry.get("kind", "article"),
                    publisher=entry.get("publisher", ""),
                    url=entry.get("url", ""),
                    published_on=dt.date.fromisoformat(published) if published else None,
                    actor=None,
                    system=True,
                )
            except DomainError as exc:
                raise CommandError(f"{path}: {exc.field or 'document'}: {exc.message}") from None
            if result.created:
                self.stdout.write(f"{path.name}: stored, {len(result.quotes)} quotes extracted.")
            else:
                self.stdout.write(f"{path.name}: already stored, nothing changed.")
