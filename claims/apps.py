from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_roles(**kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_groups

    sync_groups(Group, Permission)


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Quotes and fact-checks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The roles come from a data migration; `flush` (and the flush between
        # transactional tests) empties the groups without re-running it, but it
        # does send post_migrate, as every `migrate` does. Re-syncing there
        # keeps the groups and their permissions whole.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="claims.sync_roles")
