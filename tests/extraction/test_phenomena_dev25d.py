"""Dates and quote spans (dev25d, fifth session of 2026-12-06).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestTimeSubjectOfBareThat:
    """A time right after a bare أنّ (no pronoun on it) is the subject of
    its clause, what the words are about ("إن عام 2026 سيكون …"), never a
    fronted adverbial that dates the words said after it; a time after
    أنّه, or after a preposition (في، خلال), still is one."""

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            (
                "قال وزير المالية سامي الخطيب، إن عام 2026، سيكون عام الإصلاحات الكبرى، "
                'مضيفا أن "الحكومة ستفي بكل وعودها للمواطنين".',
                "الحكومة ستفي",
            ),
            (
                "وأكدت رئيسة الهيئة ليلى حداد أن سنة 2025 كانت صعبة على الجميع، مشيرة إلى "
                'أن "الموارد المالية تراجعت بشكل كبير".',
                "الموارد المالية",
            ),
            (
                "وأوضح رئيس النقابة كمال العياري بأن العام 2024 حمل تحديات كثيرة، معتبرا "
                'أن "العمال دفعوا ثمن الأزمة وحدهم".',
                "العمال دفعوا",
            ),
        ],
    )
    def test_no_date_from_the_subject(self, text: str, words: str) -> None:
        assert one(text, words).date is None

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            # أنّه: the pronoun is the subject, the time an adverbial
            (
                'وقال الوزير إنه يوم 5 أبريل 2019، أبلغ نظيره بأن "الاتفاق لم يعد ممكنا".',
                "الاتفاق لم",
                "2019-04-05",
            ),
            (
                "وذكرت البرقية أنه في 12 مارس 2009 التقى السفير بالوزير وقال له "
                '"نحن نراقب الوضع عن كثب".',
                "نحن نراقب",
                "2009-03-12",
            ),
            # a preposition after a bare أنّ: still a time adverbial
            (
                "وكشف التقرير أن في مارس 2011، قال المسؤول للسفير "
                '"الحكومة لن تصمد طويلا أمام الشارع".',
                "الحكومة لن",
                "2011-03",
            ),
        ],
    )
    def test_adverbial_still_dates(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date
