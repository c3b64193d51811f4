"""Database triggers for rules that span rows or forbid whole operations.

Installed by migration on SQLite and PostgreSQL alike:
- QuoteEvent rows are append-only: UPDATE and DELETE are refused.
- A quote's offsets lie inside its document's body, and its text is exactly
  the body between them.
- A document's body and checksum never change once stored.
"""

from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper

_SQLITE_INSTALL = [
    """CREATE TRIGGER claims_event_no_update BEFORE UPDATE ON claims_quoteevent
       BEGIN SELECT RAISE(ABORT, 'claims_quoteevent is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER claims_event_no_delete BEFORE DELETE ON claims_quoteevent
       BEGIN SELECT RAISE(ABORT, 'claims_quoteevent is append-only: DELETE refused'); END""",
    """CREATE TRIGGER claims_quote_span_insert BEFORE INSERT ON claims_quote
       WHEN NOT EXISTS (SELECT 1 FROM claims_document d WHERE d.id = NEW.document_id
                        AND NEW."end" <= length(d.body)
                        AND substr(d.body, NEW.start + 1, NEW."end" - NEW.start) = NEW.text)
       BEGIN SELECT RAISE(ABORT, 'quote span outside its document or text differs from it'); END""",
    """CREATE TRIGGER claims_quote_span_update BEFORE UPDATE OF start, "end", text, document_id
       ON claims_quote
       WHEN NOT EXISTS (SELECT 1 FROM claims_document d WHERE d.id = NEW.document_id
                        AND NEW."end" <= length(d.body)
                        AND substr(d.body, NEW.start + 1, NEW."end" - NEW.start) = NEW.text)
       BEGIN SELECT RAISE(ABORT, 'quote span outside its document or text differs from it'); END""",
    """CREATE TRIGGER claims_document_body_fixed BEFORE UPDATE OF body, checksum ON claims_document
       WHEN NEW.body IS NOT OLD.body OR NEW.checksum IS NOT OLD.checksum
       BEGIN SELECT RAISE(ABORT, 'a document body is never rewritten'); END""",
]
_SQLITE_UNINSTALL = [
    "DROP TRIGGER IF EXISTS claims_event_no_update",
    "DROP TRIGGER IF EXISTS claims_event_no_delete",
    "DROP TRIGGER IF EXISTS claims_quote_span_insert",
    "DROP TRIGGER IF EXISTS claims_quote_span_update",
    "DROP TRIGGER IF EXISTS claims_document_body_fixed",
]

_PG_INSTALL = [
    """CREATE OR REPLACE FUNCTION claims_event_append_only() RETURNS trigger AS $$
       BEGIN
         RAISE EXCEPTION 'claims_quoteevent is append-only: % refused', TG_OP
           USING ERRCODE = 'integrity_constraint_violation';
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER claims_event_append_only BEFORE UPDATE OR DELETE ON claims_quoteevent
       FOR EACH ROW EXECUTE FUNCTION claims_event_append_only()""",
    """CREATE OR REPLACE FUNCTION claims_quote_span_check() RETURNS trigger AS $$
       BEGIN
         IF NOT EXISTS (SELECT 1 FROM claims_document d WHERE d.id = NEW.document_id
                        AND NEW."end" <= length(d.body)
                        AND substr(d.body, NEW.start + 1, NEW."end" - NEW.start) = NEW.text) THEN
           RAISE EXCEPTION 'quote span outside its document or text differs from it'
             USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER claims_quote_span BEFORE INSERT OR UPDATE OF start, "end", text, document_id
       ON claims_quote FOR EACH ROW EXECUTE FUNCTION claims_quote_span_check()""",
    """CREATE OR REPLACE FUNCTION claims_document_body_fixed() RETURNS trigger AS $$
       BEGIN
         IF NEW.body IS DISTINCT FROM OLD.body OR NEW.checksum IS DISTINCT FROM OLD.checksum THEN
           RAISE EXCEPTION 'a document body is never rewritten'
             USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER claims_document_body_fixed BEFORE UPDATE OF body, checksum
       ON claims_document FOR EACH ROW EXECUTE FUNCTION claims_document_body_fixed()""",
]
_PG_UNINSTALL = [
    "DROP TRIGGER IF EXISTS claims_event_append_only ON claims_quoteevent",
    "DROP TRIGGER IF EXISTS claims_quote_span ON claims_quote",
    "DROP TRIGGER IF EXISTS claims_document_body_fixed ON claims_document",
    "DROP FUNCTION IF EXISTS claims_event_append_only()",
    "DROP FUNCTION IF EXISTS claims_quote_span_check()",
    "DROP FUNCTION IF EXISTS claims_document_body_fixed()",
]

# Only SQLite's append-only pair, so a test harness can empty the table between
# transactional tests (SQLite's flush is a DELETE; PostgreSQL's is a TRUNCATE,
# which row triggers do not see) and put the guard back.
SQLITE_EVENT_GUARD = (_SQLITE_INSTALL[:2], _SQLITE_UNINSTALL[:2])


def _statements(vendor: str, install: bool) -> list[str]:
    if vendor == "sqlite":
        return _SQLITE_INSTALL if install else _SQLITE_UNINSTALL
    if vendor == "postgresql":
        return _PG_INSTALL if install else _PG_UNINSTALL
    raise NotImplementedError(f"no triggers written for the {vendor} database")


def install(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        for statement in _statements(connection.vendor, install=True):
            cursor.execute(statement)


def uninstall(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        for statement in _statements(connection.vendor, install=False):
            cursor.execute(statement)
