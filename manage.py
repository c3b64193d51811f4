#!/usr/bin/env python
"""Django's command-line utility for the fact-check workbench."""

import os
import sys


def main() -> None:
    if sys.argv[1:2] == ["extract"]:
        # The extraction engine is pure Python and this command reads no
        # database, so it runs without loading the settings: it works as
        # `python manage.py extract --json FILE...` on any machine, including
        # in production mode where the settings demand DJANGO_SECRET_KEY and
        # DJANGO_ALLOWED_HOSTS. (`claims/management/commands/extract.py` is
        # the same command for call_command and `manage.py help`.)
        from claims.extraction.cli import main as extract

        sys.exit(extract(sys.argv[2:], prog="manage.py extract"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
