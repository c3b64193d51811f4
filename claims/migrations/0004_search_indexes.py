"""Indexes for quote search and keyset pagination.

PostgreSQL: the pg_trgm extension (needs a superuser or a trusted-extension
grant) and GIN indexes whose expressions match claims.selectors.quote_search
exactly; a different expression would leave them unused. pg_trgm sees Arabic
letters only when the database's LC_CTYPE classifies them as letters: C.UTF-8,
en_US.UTF-8 and ICU locales do; plain "C" does not (every Arabic trigram
would be empty). SQLite gets only the B-tree indexes.

Raw SQL rather than Meta.indexes: the expression and operator-class indexes
exist on PostgreSQL only, and the models module stays database-neutral.
"""

from django.db import migrations

BTREE = [
    # Keyset pagination ordered by cable date / last change, id as tie-breaker.
    ("quote_cable_date_id", "claims_quote (cable_date, id)"),
    ("quote_updated_at_id", "claims_quote (updated_at, id)"),
]

POSTGRES_ONLY = [
    ("quote_text_arabic_fts", "claims_quote USING gin (to_tsvector('arabic'::regconfig, text))"),
    (
        "quote_textnorm_simple_fts",
        "claims_quote USING gin (to_tsvector('simple'::regconfig, text_normalized))",
    ),
    ("quote_textnorm_trgm", "claims_quote USING gin (text_normalized gin_trgm_ops)"),
    ("speaker_name_trgm", "claims_speaker USING gin (name_normalized gin_trgm_ops)"),
    ("alias_name_trgm", "claims_speakeralias USING gin (name_normalized gin_trgm_ops)"),
]


def _indexes(vendor):
    return BTREE + (POSTGRES_ONLY if vendor == "postgresql" else [])


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, target in _indexes(vendor):
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def drop(apps, schema_editor):
    for name, _ in _indexes(schema_editor.connection.vendor):
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_roles")]
    operations = [migrations.RunPython(create, drop)]
