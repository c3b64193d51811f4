"""Ingest text files as documents and file their extracted quotes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.models import DocumentKind, Language
from claims.services import DomainError, document_ingest


class Command(BaseCommand):
    help = (
        "Store each FILE as a document (the file name is the title unless --title is "
        "given) and run quote extraction on it. A file whose text is already stored is "
        "skipped. Each file is its own transaction: a failure leaves nothing half-written "
        "and the other files go on."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files.")
        parser.add_argument(
            "--language", default="ar", choices=Language.values, help="Language of the texts."
        )
        parser.add_argument(
            "--kind",
            default=DocumentKind.ARTICLE,
            choices=DocumentKind.values,
            help="Document kind.",
        )
        parser.add_argument("--publisher", default="", help="Publisher of every file.")
        parser.add_argument("--title", default="", help="Title (only with a single FILE).")
        parser.add_argument(
            "--published-on", default="", help="Publication date, YYYY-MM-DD, for every file."
        )
        parser.add_argument(
            "--no-extract", action="store_true", help="Store the documents without extraction."
        )

    def handle(self, *args, **options) -> None:
        files = [Path(f) for f in options["files"]]
        if options["title"] and len(files) > 1:
            raise CommandError("--title can only be used with a single file.")
        published = None
        if options["published_on"]:
            try:
                published = dt.date.fromisoformat(options["published_on"])
            except ValueError:
                raise CommandError(
                    f"--published-on: {options['published_on']!r} is not a YYYY-MM-DD date."
                ) from None
        stored = skipped = quotes = 0
        failures: list[str] = []
        progress = tqdm(files, unit="file", disable=len(files) < 2, file=self.stderr._out)
        for path in progress:
            try:
                body = path.read_text(encoding="utf-8")
                result = document_ingest(
                    title=options["title"] or path.stem,
                    body=body,
                    language=options["language"],
                    kind=options["kind"],
                    publisher=options["publisher"],
                    published_on=published,
                    actor=None,
                    system=True,
                    run_extraction=not options["no_extract"],
                )
            except (OSError, UnicodeDecodeError) as exc:
                failures.append(f"{path}: cannot read: {exc}")
                continue
            except DomainError as exc:
                failures.append(f"{path}: {exc.field or 'document'}: {exc.message}")
                continue
            if result.created:
                stored += 1
                quotes += len(result.quotes)
            else:
                skipped += 1
        for failure in failures:
            self.stderr.write(failure)
        self.stdout.write(
            f"{stored} stored, {skipped} already there, {quotes} quotes filed, "
            f"{len(failures)} failed."
        )
        if failures:
            raise CommandError(f"{len(failures)} file(s) failed.")
