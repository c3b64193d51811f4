"""mend32c: review A's finding 4 (a title glued to لـ before a body in marks
after a post with an adjective of whom it serves).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _full(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text, q.speaker, q.role, q.date) for q in extract(text)]


class TestServedTitleGluedToLamBeforeMarks:
    """After a verb of saying and a post whose adjective names whom it
    serves (الخاص، التنفيذي، الإعلامي، الشخصي، القانوني …), a bare title
    glued to لـ before a body's name in marks is the one served, not the
    one spoken to: the post runs on with the body's name and the holder's
    name after the marks is the speaker, as without marks."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "وقال المستشار الخاص لرئيس «حزب العدالة» خالد سالم: «الحزب سيشارك في الانتخابات».",
                (
                    "الحزب سيشارك في الانتخابات",
                    "خالد سالم",
                    "المستشار الخاص لرئيس «حزب العدالة»",
                    None,
                ),
            ),
            (
                "وقال المدير التنفيذي لرئيس «مجموعة النور» سامي ناصر إن «الشركة ستتوسع في الخليج».",
                (
                    "الشركة ستتوسع في الخليج",
                    "سامي ناصر",
                    "المدير التنفيذي لرئيس «مجموعة النور»",
                    None,
                ),
            ),
            (
                'وقال المستشار الإعلامي لرئيس "حزب الفجر" سامي الحداد: «نحن معكم».',
                ("نحن معكم", "سامي الحداد", 'المستشار الإعلامي لرئيس "حزب الفجر"', None),
            ),
            (
                'وقال السكرتير الشخصي لمدير "شركة الأفق" رامي يوسف إن «المدير مسافر».',
                ("المدير مسافر", "رامي يوسف", 'السكرتير الشخصي لمدير "شركة الأفق"', None),
            ),
        ],
    )
    def test_the_served_title_runs_on(self, text: str, expected: tuple) -> None:
        assert _full(text) == [expected]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                # no marks: the same reading as before
                "وقال المستشار الخاص لرئيس حزب الأمة خالد سالم: «الحزب سيشارك في الانتخابات».",
                (
                    "الحزب سيشارك في الانتخابات",
                    "خالد سالم",
                    "المستشار الخاص لرئيس حزب الأمة",
                    None,
                ),
            ),
            (
                # العام names no one served: the one spoken to, as before
                'وقال الأمين العام لرئيس "حزب الفجر" سامي الحداد: «نحن معكم».',
                ("نحن معكم", "الأمين العام", "الأمين العام", None),
            ),
            (
                # باسم + a body closes the post: the one spoken to
                'وقال المتحدث باسم الوزارة لرئيس "اتحاد العمال" ماهر زيدان إن «الحوار مفتوح».',
                ("الحوار مفتوح", "المتحدث باسم الوزارة", "المتحدث باسم الوزارة", None),
            ),
        ],
    )
    def test_near_misses(self, text: str, expected: tuple) -> None:
        assert _full(text) == [expected]
