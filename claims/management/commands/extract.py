"""Extract quotations from text files to JSON Lines, without a database."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.cli import run_cli


class Command(BaseCommand):
    help = (
        "Find the direct quotations in each FILE and print one JSON object per file: "
        '{"document": NAME, "quotes": [...]}. Reads no database; this is the input of '
        "../shared/gold/score.py."
    )
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files.")
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print JSON Lines (the only output format; accepted for clarity).",
        )

    def handle(self, *args, **options) -> None:
        status = run_cli(options["files"], self.stdout)
        if status:
            raise CommandError("Some files could not be read; see the messages above.")
