"""Helpers for the web-interface tests: signed-in clients for the cast."""

from __future__ import annotations

import pytest
from django.test import Client


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def as_viewer(viewer) -> Client:
    return _client_for(viewer)


@pytest.fixture
def as_reviewer(reviewer) -> Client:
    return _client_for(reviewer)


@pytest.fixture
def as_reviewer2(reviewer2) -> Client:
    return _client_for(reviewer2)


@pytest.fixture
def as_editor(editor) -> Client:
    return _client_for(editor)


@pytest.fixture
def as_editor2(editor2) -> Client:
    return _client_for(editor2)


@pytest.fixture
def as_outsider(outsider) -> Client:
    return _client_for(outsider)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:
    # The cast is created with a password; the real hasher takes a second
    # per user on purpose, which would dominate this suite's run time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
