"""Dates and quote spans (dev24d, fourth session of 2026-12-06).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestMeetingDateAtItsPlace:
    """A meeting's own date may stand past eight tokens from its verb (or
    the meeting held), up to twelve, when the place it was held at stands
    right before the date's lead (في and one or two words, or a word glued
    to بـ), with no purpose glued to لـ or topic (حول، بشأن، عن) between."""

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            (
                "وعقد وزير الدفاع اجتماعا مع قائد القوات البحرية الفرنسية في مرسيليا يوم "
                '14 مايو 2015، وقال له إن "الأمن البحري مسؤولية مشتركة بين الضفتين".',
                "الأمن البحري",
                "2015-05-14",
            ),
            (
                "والتقى رئيس الوزراء وفدا من رجال الأعمال الصينيين في قصر الحكومة صباح 3 "
                'فبراير 2018، وقال لهم: "أبواب الاستثمار مفتوحة أمامكم دون قيود".',
                "أبواب الاستثمار",
                "2018-02-03",
            ),
            (
                "واستقبلت الوزيرة ممثلي جمعيات حماية المستهلك بمقر الوزارة يوم الثلاثاء 9 "
                'أكتوبر 2018، وقالت لهم إن "الأسعار ستخضع لمراقبة صارمة".',
                "الأسعار ستخضع",
                "2018-10-09",
            ),
        ],
    )
    def test_date_after_the_place(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # a purpose glued to لـ: the date is of what the meeting was about
            (
                "والتقى الرئيس قادة الأحزاب لمناقشة نتائج الانتخابات في البلديات يوم 12 "
                'مارس 2024، وقال لهم إن "المرحلة تتطلب الحكمة والهدوء".',
                "المرحلة تتطلب",
            ),
            # a topic: the elections' date
            (
                "وعقد الوزير اجتماعا مع المسؤولين حول الانتخابات المقررة في البلاد يوم 20 "
                'يونيو 2021، وقال لهم إن "الشفافية شرط لا تنازل عنه".',
                "الشفافية شرط",
            ),
            # no place before the date: a noun's (the accident's) date
            (
                "واستقبل المحافظ وفدا من عائلات ضحايا حادثة القطار السريع يوم 5 مارس 2020، "
                'وقال لهم إن "الدولة لن تتخلى عنكم أبدا".',
                "لن تتخلى",
            ),
            # past twelve tokens
            (
                "والتقى وزير الخارجية وفدا من ممثلي الغرف التجارية والصناعية العربية "
                "والأجنبية في العاصمة يوم 3 مارس 2021، وقال لهم إن "
                '"التجارة البينية تحتاج إلى دفعة".',
                "التجارة البينية",
            ),
        ],
    )
    def test_no_date_without_the_place(self, text: str, words: str) -> None:
        assert one(text, words).date is None
