"""Playwright against the live server, in Debian's Chromium.

The tests skip (with the reason) only when /usr/bin/chromium is missing; CI
installs it. Playwright's sync API runs an event loop in this thread, which
Django would otherwise take for async code calling the ORM.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LAPTOP = {"width": 1280, "height": 860}
PASSWORD = "correct-horse-battery"  # tests.factories.UserFactory's


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _roles(transactional_db) -> None:
    """The groups, even after a flush that did not send post_migrate."""
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_groups

    sync_groups(Group, Permission)


class Session:
    """One browser context (one person), with what the console complained about."""

    def __init__(self, browser, base_url: str, viewport: dict | None = None) -> None:
        self.base_url = base_url
        self.context = browser.new_context(viewport=viewport or LAPTOP, locale="ar")
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)
        self.problems: list[str] = []
        self.page.on(
            "console",
            lambda m: self.problems.append(m.text) if m.type == "error" else None,
        )
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on(
            "dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss())
        )

    def go(self, path: str) -> None:
        self.page.goto(self.base_url + path)

    def set_language(self, code: str) -> None:
        self.context.add_cookies([{"name": "django_language", "value": code, "url": self.base_url}])

    def sign_in(self, username: str) -> None:
        """With the keyboard only: the fields are labelled and in order."""
        self.go("/login/")
        self.page.locator("#id_username").focus()
        self.page.keyboard.type(username)
        self.page.keyboard.press("Tab")
        self.page.keyboard.type(PASSWORD)
        self.page.keyboard.press("Enter")
        self.page.wait_for_url(self.base_url + "/")

    def sign_out(self) -> None:
        self.page.locator("form.signout button").click()
        self.page.wait_for_url("**/login/")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_session(browser, live_server) -> Iterator:
    sessions: list[Session] = []

    def make(viewport: dict | None = None) -> Session:
        session = Session(browser, live_server.url, viewport)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def screenshots(tmp_path) -> Path:
    """Where to save screenshots: docs/screenshots/ when asked, else a temp dir.

    ``FACTCHECK_SCREENSHOTS=docs/screenshots pytest tests/browser`` refreshes
    the pictures in the docs; a plain run leaves the work tree alone.
    """
    target = os.environ.get("FACTCHECK_SCREENSHOTS")
    folder = Path(target) if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder
