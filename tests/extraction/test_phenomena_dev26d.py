"""Dates and quote spans (dev26d, sixth session of 2026-12-06).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestOlderTuesdaySpelling:
    """الثلثاء, the older spelling of Tuesday that some Gulf and Levant
    papers keep, is the weekday الثلاثاء: a day told as "أمس الثلثاء (…)"
    dates the occasion as any other weekday does, and the weekday ends a
    speaker's phrase."""

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            (
                'قال رئيس المجلس كمال العياري إن "الإصلاح لن يتوقف مهما كانت الظروف".\n'
                "وكان رئيس المجلس استقبل، في مكتبه ضحى أمس الثلثاء (19 يوليو/ تموز 2016)، "
                "وفدا من النقابات.\n",
                "الإصلاح لن",
                "2016-07-19",
            ),
            (
                'أكدت الوزيرة ليلى حداد أن "المدارس ستفتح أبوابها في موعدها".\n'
                "وكانت الوزيرة التقت مساء أمس الثلثاء (14 مارس/ آذار 2023) عددا من المديرين.\n",
                "المدارس ستفتح",
                "2023-03-14",
            ),
            (
                'وقال السفير سامي الخطيب إن "العلاقات بين البلدين ممتازة".\n'
                "وكان السفير زار، ظهر أمس الثلثاء (9 مايو/ أيار 2017)، مقر الغرفة التجارية.\n",
                "العلاقات بين",
                "2017-05-09",
            ),
        ],
    )
    def test_dates_as_tuesday(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date

    @pytest.mark.parametrize(
        ("text", "date"),
        [
            # the usual spelling and another weekday date as before
            (
                'قال رئيس المجلس كمال العياري إن "الإصلاح لن يتوقف مهما كانت الظروف".\n'
                "وكان رئيس المجلس استقبل، في مكتبه صباح أمس الأربعاء (27 يوليو/ تموز 2016)، "
                "وفدا من النقابات.\n",
                "2016-07-27",
            ),
            # a full date after the weekday dates by itself
            (
                'وقال رئيس المجلس كمال العياري الثلثاء 9 مايو 2017 إن "الإصلاح لن يتوقف أبدا".',
                "2017-05-09",
            ),
        ],
    )
    def test_other_dates_unchanged(self, text: str, date: str) -> None:
        assert one(text, "الإصلاح لن").date == date

    def test_weekday_ends_the_speaker(self) -> None:
        q = one('وقال الوزير كمال العياري الثلثاء إن "الموازنة ستقدم قريبا للبرلمان".', "الموازنة")
        assert q.speaker == "كمال العياري"


class TestDaysFromElevenOn:
    """ "بعد 12 يوما على X في D": from eleven on the days of a span are
    counted in the singular accusative (يوما), and the clause's time is D
    moved by them, as with "بعد ثلاثة أيام على"; the number must be of two
    digits and followed by على or من, else the span moves nothing."""

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            (
                "وجاء اللقاء بعد 12 يوما على اغتيال القاضي سامي الخطيب في 21 نوفمبر 2006.\n"
                'وقال الوزير إن "الجريمة لن تمر دون عقاب أبدا".',
                "الجريمة لن",
                "2006-12-03",
            ),
            (
                "وجاءت الندوة قبل 15 يوما من الاقتراع المقرر في 20 مايو 2024.\n"
                'وقال رئيس الهيئة إن "كل شيء جاهز للتصويت في موعده".',
                "كل شيء",
                "2024-05-05",
            ),
            (
                "وقال الوزير خلال اللقاء الذي جاء بعد 12 يوما من الاقتراع في 20 مايو 2024 "
                'إن "النتائج كانت متوقعة منذ البداية".',
                "النتائج كانت",
                "2024-06-01",
            ),
        ],
    )
    def test_span_moves_the_day(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date

    @pytest.mark.parametrize(
        ("text", "date"),
        [
            # twelve days of something, no على/من after them: the day told stays
            (
                "وجاءت الزيارة، التي استمرت 12 يوما، في 21 نوفمبر 2006.\n"
                'وقال الوزير إن "الجريمة لن تمر دون عقاب أبدا".',
                "2006-11-21",
            ),
            # the span in another sentence than the date
            (
                "وجاء اللقاء بعد 12 يوما من الحادث.\n"
                'وقال الوزير في 21 نوفمبر 2006 إن "الجريمة لن تمر دون عقاب أبدا".',
                "2006-11-21",
            ),
            # fewer than eleven days, counted in the plural, as before
            (
                "وجاء اللقاء بعد ثلاثة أيام على اغتيال القاضي سامي الخطيب في 21 نوفمبر 2006.\n"
                'وقال الوزير إن "الجريمة لن تمر دون عقاب أبدا".',
                "2006-11-24",
            ),
        ],
    )
    def test_no_span_moves_nothing(self, text: str, date: str) -> None:
        assert one(text, "الجريمة لن").date == date
