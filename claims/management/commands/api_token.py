"""Create, list and revoke API tokens (django-rest-knox: stored hashed, expiring).

manage.py api_token create alice [--days 30]   # prints the key once
manage.py api_token list [alice]
manage.py api_token revoke <key-prefix>        # the 15-character prefix `list` shows
manage.py api_token revoke --user alice        # every token of alice
manage.py api_token prune                      # delete expired tokens
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from knox.models import AuthToken
from knox.settings import CONSTANTS, knox_settings


class Command(BaseCommand):
    help = "Create, list, revoke and prune API tokens."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Create a token for a user; prints its key once.")
        create.add_argument("username", help="The user the token acts as (and so its role).")
        create.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Days until it expires (default {knox_settings.TOKEN_TTL.days}; 0 = never).",
        )
        listing = sub.add_parser("list", help="List tokens (prefix, user, created, expiry).")
        listing.add_argument("username", nargs="?", help="Only this user's tokens.")
        revoke = sub.add_parser("revoke", help="Revoke a token by its prefix, or a user's all.")
        revoke.add_argument("prefix", nargs="?", help="The token's prefix, as `list` shows it.")
        revoke.add_argument("--user", dest="revoke_user", help="Revoke all of this user's tokens.")
        sub.add_parser("prune", help="Delete expired tokens.")

    def handle(self, *args, action: str, **options) -> None:
        getattr(self, f"_{action}")(**options)

    def _user(self, username: str):
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user {username!r}.") from None

    def _create(self, *, username: str, days: int | None, **_) -> None:
        user = self._user(username)
        if not user.is_active:
            raise CommandError(f"{username!r} is not active.")
        if days is not None and days < 0:
            raise CommandError("--days must be 0 (never expires) or more.")
        ttl = knox_settings.TOKEN_TTL if days is None else (dt.timedelta(days=days) or None)
        token, key = AuthToken.objects.create(user=user, expiry=ttl)
        expiry = token.expiry.isoformat() if token.expiry else "never"
        self.stderr.write(f"Token {token.token_key} for {username}, expires {expiry}.")
        self.stderr.write("The key is shown once; it is stored only as a hash:")
        self.stdout.write(key)

    def _list(self, *, username: str | None, **_) -> None:
        tokens = AuthToken.objects.select_related("user").order_by("user__username", "created")
        if username:
            tokens = tokens.filter(user=self._user(username))
        now = timezone.now()
        for token in tokens:
            expiry = token.expiry.isoformat() if token.expiry else "never"
            state = " (expired)" if token.expiry and token.expiry < now else ""
            self.stdout.write(
                f"{token.token_key}\t{token.user.get_username()}\t"
                f"{token.created.isoformat()}\t{expiry}{state}"
            )

    def _revoke(self, *, prefix: str | None, revoke_user: str | None, **_) -> None:
        if bool(prefix) == bool(revoke_user):
            raise CommandError("Give a token prefix or --user, not both.")
        if revoke_user:
            tokens = AuthToken.objects.filter(user=self._user(revoke_user))
        else:
            tokens = AuthToken.objects.filter(token_key=prefix[: CONSTANTS.TOKEN_KEY_LENGTH])
        count, _ = tokens.delete()
        if not count:
            raise CommandError("No such token.")
        self.stdout.write(f"Revoked {count} token(s).")

    def _prune(self, **_) -> None:
        count, _ = AuthToken.objects.filter(expiry__lt=timezone.now()).delete()
        self.stdout.write(f"Deleted {count} expired token(s).")
