"""US diplomatic cable references (``10PARIS191``) in running text.

A reference is two year digits, the originating post (letters, as in
``PARIS``, ``STATE``, ``USUNNEWYORK``) and a serial number.  Articles print
them in many ways: ``10PARIS191``, ``10 PARIS 191``, ``10-PARIS-191``,
lower case, or with Arabic-Indic digits; all come out as ``10PARIS191``.
"""

from __future__ import annotations

import re

from claims.extraction.normalize import normalize

__all__ = ["CABLE_REF", "find_cable_refs", "normalize_cable_ref"]

# Works on folded text (digits ASCII, Latin lower case).  Separators between
# the parts are allowed only when the post is at least 4 letters long so that
# "12 may 2010" is not a cable.
CABLE_REF = re.compile(
    r"(?<![0-9a-z])"
    r"(?P<yy>\d{2})(?:(?P<post>[a-z]{3,}?)|[\s\-_/]?(?P<spost>[a-z]{4,}))"
    r"[\s\-_/]?(?P<num>\d{1,6})"
    r"(?![0-9a-z])"
)

_LATIN = re.compile(r"[a-z]")
_NOT_POSTS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "sept",
    }
)


def _may_be_post(folded: str, i: int) -> bool:
    """A post can start at ``i`` or, after a separator, at ``i + 1``."""
    c = folded[i : i + 1]
    if "a" <= c <= "z":
        return True
    return (c.isspace() or c in ("-", "_", "/")) and "a" <= folded[i + 1 : i + 2] <= "z"


def _parts(m: re.Match[str]) -> str | None:
    post = m.group("post") or m.group("spost")
    if post in _NOT_POSTS:
        return None
    return f"{m.group('yy')}{post.upper()}{int(m.group('num'))}"


def normalize_cable_ref(ref: str) -> str | None:
    """Canonical form of one reference, or None if it is not one."""
    m = CABLE_REF.fullmatch(normalize(ref).replace(" ", ""))
    return _parts(m) if m else None


def find_cable_refs(text: str) -> list[str]:
    """Canonical cable references in ``text``, in order of first appearance."""
    seen: dict[str, None] = {}
    for _, _, ref in iter_cable_refs(normalize(text)):
        seen.setdefault(ref, None)
    return list(seen)


def iter_cable_refs(folded: str, digit_runs: list[tuple[int, int]] | None = None):
    """(start, end, canonical ref) for each reference in folded text.

    ``digit_runs``: the ``(start, end)`` of every run of ``\\d+`` in the text,
    when the caller has them; a reference needs a run of two digits or more
    followed by a Latin letter, directly or after one separator."""
    if digit_runs is not None:
        # A reference's two digits (yy) end their run: a post's letter or a
        # separator follows them.  So CABLE_REF is matched only there, at
        # the runs' ends, not searched for over the whole text (its opening
        # lookbehind lets the regex engine skip nothing: ~0.2 % of a texts
        # article); a run that starts inside a match already made is left,
        # as finditer leaves it.
        end = 0
        for s, e in digit_runs:
            if e - s >= 2 and e - 2 >= end and _may_be_post(folded, e):
                m = CABLE_REF.match(folded, e - 2)
                if m is not None:
                    end = m.end()
                    ref = _parts(m)
                    if ref:
                        yield m.start(), end, ref
        return
    if not _LATIN.search(folded):
        return  # no Latin letters, no cable reference (the common case)
    for m in CABLE_REF.finditer(folded):
        ref = _parts(m)
        if ref:
            yield m.start(), m.end(), ref
