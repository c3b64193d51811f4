"""Mends from the mid-session review of the rules landed this session
(rev25, second session of 2026-12-06).

1. A caption's words in brackets after a one-word title ('وقال المدير (يسار
   الصورة) إن', 'المحافظ (صورة أرشيفية)'): kw24's reading of a holder in
   brackets after a bare title took them for his name, the speaker 'يسار
   الصورة'. bracket_holder reads no name where the brackets hold a picture
   (صورة، الصورة) or open on يمين, the right side ("a part, a side" as
   وسط). Still a name: 'الوزير (سامي الشريف)', 'مستشار الأمير (خالد بن
   فهد)', and يسار as a given name ('(يسار إبراهيم)').

Every sentence here is invented.
"""

from __future__ import annotations

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of

Q = "«المعرض سيفتتح أبوابه للزوار صباح الغد في موعده المحدد»."


def _said(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {Q}", "المعرض سيفتتح")
    return q.speaker, q.role


def _texts(text: str) -> list[str]:
    return [normalize(q.text) for q in quotes_of(text)]


# ---------------------------------------------------------------- rule 1


def test_caption_in_brackets_after_a_title_is_no_name() -> None:
    for lead, title in (
        ("وقال المدير (يسار الصورة) إن", "المدير"),
        ("وقالت الوزيرة (يمين الصورة) إن", "الوزيرة"),
        ("وقال المحافظ (صورة أرشيفية) إن", "المحافظ"),
        ("وقال الرئيس (صورة من الأرشيف) إن", "الرئيس"),
        ("وأكد السفير (يمين عبد الله) أن", "السفير"),
        ("وقال المتحدث باسم الخارجية (يمين الصورة) إن", "المتحدث باسم الخارجية"),
    ):
        # (the title speaks, not the caption: "المدير (يسار الصورة)" as
        # before kw24, never "يسار الصورة")
        speaker, _role = _said(lead)
        assert speaker is not None and normalize(title) in normalize(speaker), lead


def test_near_misses_caption_in_brackets() -> None:
    for lead, who, role in (
        # a name in the brackets, as kw24 reads it
        ("وقال الوزير (سامي الشريف) إن", "سامي الشريف", "الوزير"),
        ("وقال مستشار الأمير (خالد بن فهد) إن", "خالد بن فهد", "مستشار الأمير"),
        # يسار, the left, is also a given name
        ("وقال الوزير (يسار إبراهيم) إن", "يسار إبراهيم", "الوزير"),
        ("وقال المتحدث باسم الوزارة (يسار إبراهيم) إن", "يسار إبراهيم", "المتحدث باسم الوزارة"),
        # the caption after the name: the name speaks
        ("وقال الوزير سامي الشريف (يمين الصورة) إن", "سامي الشريف", "الوزير"),
    ):
        assert _said(lead) == (who, role), lead
