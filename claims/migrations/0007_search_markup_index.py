"""A partial index of the few quotes whose normalised text holds a ``<``.

PostgreSQL's text-search parser reads ``<b …>`` or ``<!-- … -->`` as markup
and leaves the words inside out of the ``search_simple`` vector. A phrase
that ``claims.selectors.quote_search`` narrows by its inner words through
that vector would then miss such a quote; so it also checks, through this
index, every quote that holds a ``<`` (a handful in a newsroom's archive).
PostgreSQL only; the predicate must stay exactly the selector's
``strpos(text_normalized, '<') > 0``.
"""

from django.db import migrations

NAME = "quote_textnorm_markup"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON claims_quote (id) "
            "WHERE strpos(text_normalized, '<') > 0"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0006_document_created_index")]
    operations = [migrations.RunPython(create, drop)]
