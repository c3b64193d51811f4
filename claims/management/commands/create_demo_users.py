"""Demo accounts for trying the workbench on a developer's machine."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from claims import roles

# Known passwords are acceptable only because this refuses to run without DEBUG.
DEMO_ACCOUNTS = [
    ("reviewer", "reviewer-demo-pass", roles.REVIEWER, True),
    ("editor", "editor-demo-pass", roles.EDITOR, True),
    ("viewer", "viewer-demo-pass", roles.VIEWER, False),
]


class Command(BaseCommand):
    help = (
        "Create demo accounts (reviewer, editor, viewer; reviewer and editor may use the admin) "
        "and print their credentials. Refuses to run unless DJANGO_DEBUG is on."
    )

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("Demo accounts are only created when DJANGO_DEBUG is on.")
        users = get_user_model()
        for username, password, role, staff in DEMO_ACCOUNTS:
            user, created = users.objects.get_or_create(username=username)
            if created:
                user.set_password(password)
                user.is_staff = staff
                user.save()
                user.groups.add(Group.objects.get(name=role))
            state = "created" if created else "exists"
            self.stdout.write(f"  {role:<9} {username} / {password}   ({state})")
