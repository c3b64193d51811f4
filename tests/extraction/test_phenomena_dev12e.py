"""Roles on development sets r4–r7 (dev12e, eighth session of 2026-12-04).

A post in construct with a body's definite name and no name after it
("رئيس مجلس الشورى", "رئيس هيئة الأركان") told as the subject of the
lead's verb, then a name met for the first time as the subject of the
next sentence's verb of saying, with no role of its own ("قال رئيس مجلس
الشورى إن …. وأكد الزبيدي: «…»"): the name holds that post, as it
already did after "رئيس المجلس" (the construct with the indefinite word
after the head is read as an anonymous source, which the rule skipped).
Not a source's head ("عضو مجلس الشورى": one member of many), not a post
of the other gender ("رئيسة مجلس الشورى"), nor an indefinite complement
("نائب عن كتلة").
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«لن نتراجع عن حماية الوطن مهما كلفنا الأمر»"
HEARD = "وأكد الزبيدي خلال لقائه الجنود في عدن: " + Q + "."


def test_post_of_a_body_in_the_lead_is_the_name_next() -> None:
    q = one("قال رئيس مجلس الشورى إن البلاد لن تتراجع عن مواقفها.\n" + HEARD, "لن نتراجع")
    assert q.speaker == "الزبيدي"
    assert q.role == "رئيس مجلس الشورى"
    q = one(
        "عدن - وكالات\nقال رئيس مجلس الرئاسة القائد العام للقوات المسلحة إننا لن"
        " نقبل بأي ضغوط.\n" + HEARD,
        "لن نتراجع",
    )
    assert q.speaker == "الزبيدي"
    assert q.role == "رئيس مجلس الرئاسة القائد العام للقوات المسلحة"


def test_near_miss_member_other_gender_or_indefinite_post() -> None:
    for lead in (
        "قال عضو مجلس الشورى إن البلاد لن تتراجع عن مواقفها.",
        "قالت رئيسة مجلس الشورى إن البلاد لن تتراجع عن مواقفها.",
        "قال نائب عن كتلة الوفاق إن البلاد لن تتراجع عن مواقفها.",
    ):
        q = one(lead + "\n" + HEARD, "لن نتراجع")
        assert q.speaker == "الزبيدي"
        assert q.role is None
