"""Known weaknesses, worked from the bottom of the list (kw13b, eighth
session of 2026-12-04).

Speaker kinds: a crew and a battalion (طاقم, كتيبة, with or without the
article) are bodies, as a delegation is ("وقال الطاقم الطبي إن «…»",
"وقالت الكتيبة الخامسة إن", before a person). The head of such a body,
named or not, stays a person with the post as role ("وقال قائد الكتيبة X
إن", "وقال قائد الطاقم إن"). A league (رابطة) and a club (نادي) are left
persons: as a body, "أن الرابطة تشكك «…»" in a person's that-clause would
go to him (test_phenomena_dev12a.py pins the league), and "وشكك رئيس
النادي X Y في نزاهة …" would read في into the name, as after any post in construct
(test_phenomena_rev12.py pins the club).
"""

from __future__ import annotations

from tests.extraction.helpers import one

R = "«حالة المصابين مستقرة تماما الآن»"


def test_crew_and_battalion_are_bodies() -> None:
    q = one(f"وقال الطاقم الطبي إن {R}.", "حالة المصابين")
    assert (q.speaker, q.speaker_kind) == ("الطاقم الطبي", "organization")
    q = one(f"وقالت الكتيبة الخامسة إن {R}.", "حالة المصابين")
    assert (q.speaker, q.speaker_kind) == ("الكتيبة الخامسة", "organization")
    q = one(f"وقال طاقم الطائرة إن {R}.", "حالة المصابين")
    assert (q.speaker, q.speaker_kind) == ("طاقم الطائرة", "organization")


def test_head_of_such_a_body_stays_a_person() -> None:
    q = one(f"وقال قائد الطاقم إن {R}.", "حالة المصابين")
    assert (q.speaker, q.speaker_kind, q.role) == ("قائد الطاقم", "person", "قائد الطاقم")
    q = one(f"وقالت قائدة الكتيبة سلوى النجار إن {R}.", "حالة المصابين")
    assert (q.speaker, q.speaker_kind, q.role) == ("سلوى النجار", "person", "قائدة الكتيبة")
