"""Known weaknesses taken up by kw27 (from the top of the list in the
fifth session of 2026-12-06). Every sentence here is invented.

Rule 1 (item 1, dating.met_at_place): a meeting's date past eight tokens
from its verb holds at the place it was held at only when no incident or
contest stands between the verb and the place: "التقى الوزير أهالي
المعتقلين خلال المظاهرات في مدينة X يوم …", "استقبل الرئيس المنتخب الفائز
بكأس العالم في البلد X يوم …" gave the meeting the day of the protests or
the cup; the place and the date are theirs. Near misses: the people met at
the place with no event named (the wounded in a hospital, the protesters
in a square), a summit or a visit (a gathering, the meeting's occasion), a
contest on whose sidelines the meeting was held ("على هامش بطولة …"), an
event after the date.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _only(text: str):
    quotes = extract(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


class TestKw27MeetingPlaceOfAnotherEvent:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "والتقى الوزير أهالي المعتقلين خلال المظاهرات في مدينة حمص يوم 3 مارس "
                "2019، وقال لهم إن «أبناءكم سيعودون».",
                id="detained-during-the-protests",
            ),
            pytest.param(
                "واستقبل الرئيس المنتخب الفائز بكأس العالم في قطر يوم 18 ديسمبر 2022، "
                "وقال لهم إن «البلاد فخورة بكم».",
                id="winner-of-the-cup",
            ),
            pytest.param(
                "والتقى المحافظ عائلات الموقوفين أثناء الاحتجاجات في ساحة الشهداء يوم 9 "
                "أبريل 2021، وقال لهم إن «الملف يعالج».",
                id="held-during-the-protests",
            ),
            pytest.param(
                "والتقى الرئيس أعضاء الفريق الفائز ببطولة أفريقيا في القاهرة يوم 18 "
                "ديسمبر 2022، وقال لهم إن «البلاد فخورة بكم».",
                id="winner-of-the-championship",
            ),
            pytest.param(
                "والتقى الوزير أسر الجرحى خلال المواجهات في مدينة درعا يوم 3 مارس 2019، "
                "وقال لهم إن «العلاج مجاني».",
                id="wounded-in-the-clashes",
            ),
            pytest.param(
                "واستقبلت الوزيرة المتضررين من الفيضانات في ولاية نابل يوم 22 سبتمبر "
                "2018، وقالت لهم إن «التعويض سيصرف».",
                id="harmed-by-the-floods",
            ),
        ],
    )
    def test_the_place_and_date_are_the_events(self, text):
        assert _only(text).date is None

    @pytest.mark.parametrize(
        ("text", "date"),
        [
            pytest.param(
                "والتقى الوزير الجرحى المصابين بجروح خطيرة في مستشفى المدينة يوم 3 مارس "
                "2019، وقال لهم إن «العلاج مجاني».",
                "2019-03-03",
                id="the-wounded-in-a-hospital",
            ),
            pytest.param(
                "والتقى الوزير المتظاهرين في ساحة الشهداء يوم 9 أبريل 2021، وقال لهم إن "
                "«مطالبكم مشروعة».",
                "2021-04-09",
                id="the-protesters-in-a-square",
            ),
            pytest.param(
                "والتقى الرئيس نظيره المصري خلال القمة العربية في مدينة الرياض يوم 5 مايو "
                "2019، وقال له إن «التعاون ضروري».",
                "2019-05-05",
                id="during-a-summit",
            ),
            pytest.param(
                "والتقى الرئيس نظيره الفرنسي على هامش بطولة كأس العالم في الدوحة يوم 18 "
                "ديسمبر 2022، وقال له إن «العلاقات ممتازة».",
                "2022-12-18",
                id="on-the-sidelines-of-the-cup",
            ),
            pytest.param(
                "والتقى الوزير الطلاب المتفوقين في الامتحانات في قاعة الوزارة يوم 3 مارس "
                "2019، وقال لهم إن «المستقبل لكم».",
                "2019-03-03",
                id="the-best-in-the-exams",
            ),
        ],
    )
    def test_the_meeting_place_still_dates_it(self, text, date):
        assert _only(text).date == date
