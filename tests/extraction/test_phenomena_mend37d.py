"""mend37d: review B's R6, R7, R8 and the lead's L3 on dev37rd's dating
rules. Every sentence here is invented.

R6 (dates.find_dates, a day "of the same month"): the day takes the month
of the last mention that names one, with its year if that mention tells it
("في 3 مارس" with no year, "في مارس الماضي": no date), not the last
mention with a year; a Hijri month gives no Gregorian one, and "من العام
التالي" after the phrase names another year (no date).

L3 (dates._windows): the ordinal day of the same month has no digit ("وفي
الخامس من الشهر نفسه،"): the phrase of the same month opens a window for the
date pattern as the same year's does, however far the last digit is.

R7 (dating.said_lately): "lately" in a relative clause ("الذي زار طهران
مؤخرا") is the time of what the clause tells, not of the words; and a day
the cue clause names ("اليوم", "أمس", a weekday) is the day he spoke.

R8 (dating.occasion_opening with coarse, dating.meets_another): after a
document's lead, a next sentence telling a later or another meeting
("لاحقا", "بعد ذلك", "لقائه الثاني") or one with someone other than the
envoy or embassy who wrote the document ("بوزير الخارجية الفرنسي",
"بالسفير الفرنسي" after "السفير الأمريكي") gives the lead no date.
"""

from __future__ import annotations

import pytest

from claims.extraction.dates import find_dates
from claims.extraction.normalize import normalize
from tests.extraction.helpers import one

_DATELINE = "بغداد، 7 ديسمبر 2026 - "
_LEAD = (
    "كشفت برقية سرية بعث بها السفير الأمريكي في عمان أن الرئيس سامي حداد حذر"
    " من «انفجار وشيك في المنطقة إذا استمر التصعيد». "
)
_EDGE = " أن المنطقة «على حافة الانفجار ولا أحد يريد الاعتراف بذلك»."


def _date(text: str, fragment: str) -> str | None:
    return one(text, fragment).date


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.iso, d.precision) for d in find_dates(normalize(text))]


class TestTheSameMonthIsTheLastMonthNamed:
    @pytest.mark.parametrize(
        "text, fragment",
        [
            pytest.param(
                _DATELINE + "وقعت الحادثة في 3 مارس. وفي 12 من الشهر نفسه، قال الوزير"
                " سامي حداد إن «الوضع خطير».",
                "الوضع خطير",
                id="a-month-told-without-its-year",
            ),
            pytest.param(
                _DATELINE + "وقعت الحادثة في 3 مارس 2025. وفي العاشر من الشهر نفسه"
                " من العام التالي قال الوزير سامي حداد إن «الوضع خطير».",
                "الوضع خطير",
                id="another-year-named-after",
            ),
        ],
    )
    def test_undated(self, text, fragment):
        assert _date(text, fragment) is None

    def test_a_yearless_month_between(self):
        text = "في 3 مارس 2025 بدأت الأزمة، ثم في 5 يناير تجددت، وفي 10 من الشهر نفسه انتهت"
        assert _found(text) == [("2025-03-03", "day"), (None, None), (None, None)]

    def test_a_hijri_month_before(self):
        text = "في 15 رمضان 1445 هـ بدأت الأزمة، وفي 20 من الشهر نفسه انتهت"
        assert _found(text)[1] == (None, None)

    @pytest.mark.parametrize(
        "text, found",
        [
            pytest.param(
                "في 3 مارس 2025، وفي العاشر من الشهر نفسه من العام نفسه",
                [("2025-03-03", "day"), ("2025-03-10", "day")],
                id="of-the-same-year-too",
            ),
            pytest.param(
                "في مارس 2019 بدأت الأزمة، وفي 12 من الشهر ذاته انتهت",
                [("2019-03", "month"), ("2019-03-12", "day")],
                id="a-month-with-its-year",
            ),
        ],
    )
    def test_near_misses(self, text, found):
        assert _found(text) == found


class TestAFrontedOrdinalDayOfTheSameMonth:
    @pytest.mark.parametrize(
        "text, fragment, date",
        [
            pytest.param(
                "وفي 3 أيار 2010 التقى السفير وزير الداخلية. وفي الخامس من الشهر نفسه،"
                " قال الوزير للسفير: «الحدود آمنة».",
                "الحدود آمنة",
                "2010-05-05",
                id="fifth-after-a-sentence",
            ),
            pytest.param(
                "عقد المجلس جلسته الأولى في 4 يونيو 2018 بحضور كل الأعضاء والوزراء"
                " والخبراء. وفي الحادي عشر من الشهر ذاته، قال رئيس المجلس خالد العمري:"
                " «سنصوت على الميزانية».",
                "سنصوت",
                "2018-06-11",
                id="eleventh-far-from-the-digits",
            ),
            pytest.param(
                "وصل الوفد إلى القاهرة في 2 أكتوبر 2019 لبدء جولة جديدة من المحادثات"
                " الصعبة. وفي العاشر من نفس الشهر، أكد رئيس الوفد سامي النجار أن"
                " «المحادثات تسير بشكل جيد».",
                "المحادثات تسير",
                "2019-10-10",
                id="same-before-the-month",
            ),
        ],
    )
    def test_dated(self, text, fragment, date):
        assert _date(text, fragment) == date

    @pytest.mark.parametrize(
        "text, fragment, date",
        [
            pytest.param(
                "وفي 3 أيار 2010 التقى السفير وزير الداخلية. ويوم 5 من الشهر نفسه، قال"
                " الوزير للسفير: «الحدود آمنة».",
                "الحدود آمنة",
                "2010-05-05",
                id="a-day-in-digits",
            ),
            pytest.param(
                "وفي الخامس من الشهر نفسه، قال الوزير للسفير: «الحدود آمنة».",
                "الحدود آمنة",
                None,
                id="no-month-told-before",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, date):
        assert _date(text, fragment) == date


class TestLatelyInARelativeClause:
    @pytest.mark.parametrize(
        "text, fragment, date",
        [
            pytest.param(
                _DATELINE + "قال وزير الخارجية سامي حداد، الذي زار طهران مؤخرا، اليوم"
                " الاثنين إن «العلاقات ممتازة».",
                "العلاقات ممتازة",
                "2026-12-07",
                id="who-visited-then-today",
            ),
            pytest.param(
                _DATELINE + "قال سامي حداد، الذي عين مؤخرا سفيرا في طهران، اليوم إن"
                " «العلاقات ممتازة».",
                "العلاقات ممتازة",
                "2026-12-07",
                id="who-was-appointed",
            ),
            pytest.param(
                _DATELINE + "أكد رئيس الوزراء، في تعليق على الاتفاق الذي وقع مؤخرا،"
                " اليوم الاثنين أن «الاتفاق تاريخي».",
                "الاتفاق تاريخي",
                "2026-12-07",
                id="the-agreement-signed-lately",
            ),
            pytest.param(
                _DATELINE + "قال وزير النفط سامي حداد يوم الاثنين 7 ديسمبر 2026 إن"
                " «الإنتاج مستقر». وأضاف حداد، الذي زار الحقول مؤخرا، إن «العمل جار».",
                "العمل جار",
                "2026-12-07",
                id="carried-past-the-relative",
            ),
            pytest.param(
                "الرباط 12 مارس 2024 (وكالات) - وقال الوزير كريم العلمي، الذي عاد مؤخرا"
                ' من طهران، إن "الإصلاح مستمر".',
                "الإصلاح مستمر",
                "2024-03-12",
                id="who-came-back",
            ),
        ],
    )
    def test_dated(self, text, fragment, date):
        assert _date(text, fragment) == date

    @pytest.mark.parametrize(
        "text, fragment",
        [
            pytest.param(
                "الرباط 12 مارس 2024 (وكالات) - وقالت الوزيرة هند الشمري مؤخرا، في حوار"
                ' مع صحيفة محلية، إن "الخدمات ستتحسن".',
                "الخدمات ستتحسن",
                id="lately-then-a-comma",
            ),
            pytest.param(
                "الرباط 12 مارس 2024 (وكالات) - وأكد الوزير كريم العلمي مؤخرا، بعد عودته"
                ' من طهران التي زارها، أن "الإصلاح مستمر".',
                "الإصلاح مستمر",
                id="lately-before-a-relative",
            ),
        ],
    )
    def test_near_misses(self, text, fragment):
        assert _date(text, fragment) is None


class TestALeadsMeetingIsTheDocumentsOwn:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                _LEAD + "وأكد لاحقا، خلال لقائه بالسفير الفرنسي عام 2010،" + _EDGE,
                id="later",
            ),
            pytest.param(
                _LEAD + "وأكد، خلال لقائه الثاني بالسفير عام 2010،" + _EDGE,
                id="his-second-meeting",
            ),
            pytest.param(
                _LEAD + "وأكد، خلال لقائه بوزير الخارجية الفرنسي عام 2007،" + _EDGE,
                id="another-person-met",
            ),
            pytest.param(
                _LEAD + "وأكد، خلال لقائه بالسفير البريطاني عام 2007،" + _EDGE,
                id="another-countrys-envoy",
            ),
        ],
    )
    def test_undated(self, text):
        assert _date(text, "انفجار وشيك") is None

    @pytest.mark.parametrize(
        "text, date",
        [
            pytest.param(
                _LEAD + "وأكد، خلال لقائه بالسفير عام 2007،" + _EDGE, "2007", id="the-envoy"
            ),
            pytest.param(
                _LEAD + "وأكد، خلال لقائه بالسفير الأمريكي عام 2007،" + _EDGE,
                "2007",
                id="the-envoy-of-the-same-country",
            ),
        ],
    )
    def test_near_misses(self, text, date):
        assert _date(text, "انفجار وشيك") == date


def test_lately_then_an_outlet_named_today():
    # (a near miss: "اليوم" in an outlet's name is no day he spoke)
    text = (
        "القاهرة 12 مارس 2024 - وقال الوزير كريم العلمي مؤخرا في حديث لصحيفة"
        ' اليوم السابع إن "الإصلاح مستمر".'
    )
    assert _date(text, "الإصلاح مستمر") is None
