"""Stored tsvector columns for quote search (PostgreSQL only; SQLite: nothing).

With expression indexes (0004), a search whose best plan walks the newest
quotes in id order (a common word: stop at the first 50 matches) computes
``to_tsvector`` for every row it passes, ~30 µs each: 50-300 ms at a million
quotes. Stored, generated columns make that check a cheap comparison, and the
GIN indexes move onto them.

The columns are not model fields: PostgreSQL computes them, Django never reads
or writes them (claims.selectors.TextSearchMatch names them). A later change
of the type of ``text`` or ``text_normalized`` must drop them first.
"""

from django.db import migrations

COLUMNS = [
    # (column, text-search config, source column)
    ("search_arabic", "arabic", "text"),
    ("search_simple", "simple", "text_normalized"),
]
INDEXES = [
    ("quote_search_arabic", "claims_quote USING gin (search_arabic)"),
    ("quote_search_simple", "claims_quote USING gin (search_simple)"),
]
REPLACED = [
    ("quote_text_arabic_fts", "claims_quote USING gin (to_tsvector('arabic'::regconfig, text))"),
    (
        "quote_textnorm_simple_fts",
        "claims_quote USING gin (to_tsvector('simple'::regconfig, text_normalized))",
    ),
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column, config, source in COLUMNS:
        schema_editor.execute(
            f"ALTER TABLE claims_quote ADD COLUMN IF NOT EXISTS {column} tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('{config}'::regconfig, {source})) STORED"
        )
    for name, _ in REPLACED:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for name, target in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _ in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for column, _, _ in COLUMNS:
        schema_editor.execute(f"ALTER TABLE claims_quote DROP COLUMN IF EXISTS {column}")
    for name, target in REPLACED:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_search_indexes")]
    operations = [migrations.RunPython(forwards, backwards)]
