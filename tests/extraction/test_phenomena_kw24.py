"""Constructions from the Known weaknesses list (kw24, second session of 2026-12-06).

Every sentence here is invented.

1. "In front of him" with its pronoun after a title or a name ('وكرر رئيس
   الوفد أمامه موقفه، وقال:'; kw23a's item) was read as the name of the
   title's holder, "his imam": the speaker 'أمامه' ('وشرح السفير أمامهم
   موقف الحكومة' gave 'أمامهم موقف'). As right after the clause's verb
   (kw23a's 6079f9c9), it is where the thing was done: scan_np ends the
   phrase before it. Not the imam the text writes with its hamza below
   ('وكرر إمامه موقفه'), nor أمام before a noun.
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«الحكومة لن تتراجع عن قرارها مهما حدث في الأيام المقبلة»."


def _said(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {Q}", "الحكومة لن تتراجع")
    return q.speaker, q.role


# ---------------------------------------------------------------- rule 1


def test_before_him_after_a_title_is_no_name() -> None:
    for lead, who, role in (
        ("وكرر رئيس الوفد أمامه موقفه، وقال:", "رئيس الوفد", "رئيس الوفد"),
        ("وكرر الوزير أمامهم موقفه، وقال:", "الوزير", "الوزير"),
        ("وشرح السفير أمامهم موقف الحكومة، مؤكدا", "السفير", "السفير"),
        ("وعرض المدير العام أمامها خطته، قائلا:", "المدير العام", "المدير العام"),
        ("وقالت الوزيرة أمامهم إن", "الوزيرة", "الوزيرة"),
        (
            "وبسط محافظ البنك المركزي أمامهما أرقام الميزانية، قائلا:",
            "محافظ البنك المركزي",
            "محافظ البنك المركزي",
        ),
    ):
        assert _said(lead) == (who, role), lead


def test_near_misses_before_him() -> None:
    for lead, who, role in (
        # a name, then "in front of them": the name stays the speaker
        ("وكرر الوزير سامي الخطيب أمامهم موقفه، وقال:", "سامي الخطيب", "الوزير"),
        # أمام before a noun, as before
        ("وكرر رئيس الوفد أمام النواب موقفه، وقال:", "رئيس الوفد", "رئيس الوفد"),
        # the imam written with its hamza below, opening the clause
        (
            "استقبل وزير الداخلية سامي الخطيب إمام المسجد الكبير. وكرر إمامه موقفه، قائلا:",
            "إمامه",
            "إمامه",
        ),
    ):
        assert _said(lead) == (who, role), lead
