"""Extract quotations from text files to JSON Lines, without a database."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.cli import DESCRIPTION, add_arguments, run_cli


class Command(BaseCommand):
    help = DESCRIPTION
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser) -> None:
        add_arguments(parser)

    def handle(self, *args, **options) -> None:
        status = run_cli(options["files"], self.stdout)
        if status:
            raise CommandError("Some files could not be read; see the messages above.")
