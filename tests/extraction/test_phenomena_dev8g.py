"""Who said it (dev8g, 2026-12-04).

"All" heading a plural ("جميع الأطراف", "كافة المسؤولين") after a verb of
warning or demanding names a group, never a person: "وحذر جميع الأطراف من
المساس بالمعتصمين، مضيفا: «…»" was read as a man named "جميع الأطراف", who
then spoke the singular participle's words.  In the plural, the group does
not agree with a singular participle, whose words stay with the speaker
before; it still speaks its own verb ("وحذر جميع المتحدثين من «…»") and a
plural participle ("…، مضيفين: «…»").
"""

from __future__ import annotations

from tests.extraction.helpers import said, same_name

_MINISTER = 'قال الوزير سامي الحداد إن "الوضع مستقر". '


def test_singular_participle_after_all_of_a_plural_is_the_speaker_before():
    q = said(
        _MINISTER + "وحذر جميع الأطراف من المساس بالمعتصمين، مضيفا: «نحن ماضون نحو غاية واضحة».",
        "نحن ماضون",
    )
    assert same_name(q.speaker, "سامي الحداد"), q.speaker


def test_plural_participle_after_all_of_a_plural_is_the_group():
    q = said(
        _MINISTER + "وحذر جميع الأطراف من المساس بالمعتصمين، مضيفين: «نحن ماضون نحو غاية واضحة».",
        "نحن ماضون",
    )
    assert same_name(q.speaker, "جميع الأطراف"), q.speaker
