"""Domain errors raised by the services.

Each interface turns them into its own form: a 400/403/409/412 in the API,
a message beside the form in the web pages, a form error in the admin.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule refused the operation; nothing was written."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def as_dict(self) -> dict[str, list[str]]:
        return {self.field or "non_field_errors": [self.message]}


class RuleViolation(DomainError):
    """The change breaks a verdict or data rule."""


class NotAllowed(DomainError):
    """The actor's role does not permit the operation."""


class VersionConflict(DomainError):
    """Someone else changed the quote since the caller read it."""

    def __init__(self, *, expected: int, current: int) -> None:
        super().__init__(
            f"This quote was changed by someone else (you had version {expected}, "
            f"it is now at version {current}). Reload it and apply your change again.",
            field="version",
        )
        self.expected = expected
        self.current = current
