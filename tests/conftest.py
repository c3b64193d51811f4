"""The shared cast of users and the database helpers every test uses."""

from __future__ import annotations

import pytest
from django.db import connection

from claims import db_triggers
from claims.models import QuoteEvent
from tests.factories import UserFactory, make_quote


@pytest.fixture
def viewer(db):
    return UserFactory(username="viewer", role="Viewer")


@pytest.fixture
def reviewer(db):
    return UserFactory(username="reviewer", role="Reviewer")


@pytest.fixture
def reviewer2(db):
    return UserFactory(username="reviewer2", role="Reviewer")


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", role="Editor")


@pytest.fixture
def editor2(db):
    return UserFactory(username="editor2", role="Editor")


@pytest.fixture
def outsider(db):
    """Signed in, but in no role: must be refused everything."""
    return UserFactory(username="outsider")


@pytest.fixture
def quote(db):
    return make_quote()


@pytest.fixture(autouse=True)
def _empty_history_after_transactional_tests(request):
    """Let the flush after a transactional test empty the append-only table.

    SQLite's flush is a plain DELETE, which the append-only trigger refuses
    (as it should). Only here, between tests, the guard is lifted for the
    moment it takes to empty the table, then put back.
    """
    transactional = (
        "transactional_db" in request.fixturenames or "live_server" in request.fixturenames
    )
    marker = request.node.get_closest_marker("django_db")
    transactional = transactional or bool(marker and marker.kwargs.get("transaction"))
    if transactional:
        # Set the database up before this fixture, so that this teardown runs
        # before the database's own (the flush).
        request.getfixturevalue("transactional_db")
    yield
    if not transactional or connection.vendor != "sqlite":
        return
    install, uninstall = db_triggers.SQLITE_EVENT_GUARD
    with connection.cursor() as cursor:
        for sql in uninstall:
            cursor.execute(sql)
        cursor.execute(f"DELETE FROM {QuoteEvent._meta.db_table}")  # noqa: S608 (a model constant)
        for sql in install:
            cursor.execute(sql)
