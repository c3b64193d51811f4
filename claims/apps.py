from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Quotes and fact-checks"
    default_auto_field = "django.db.models.BigAutoField"
