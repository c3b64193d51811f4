"""Dating constructions met on development text (dev14d, second session of
2026-12-05).

1. A numeric date whose dots or dashes have spaces beside them, as some
   Iraqi and Levantine sites type a dateline ("البصرة / الخميس 14 . 05 .
   2020 —", "12 - 09 - 2019"): the day, as the same date unspaced (before,
   only slashes could be spaced, and such a dateline dated nothing, not the
   lead's "السبت" counted from it).  Not numbers spaced out with one kind
   of mark on one side and another on the other ("14 . 05 - 2020"), nor a
   year that is no year.
2. A byline before a page's stamp on its line ("سامر فؤاد الكيلاني - دمشق
   في الخميس 11 سبتمبر 2025 09:15 صباحاً -"): the writer's name, the place,
   then the stamp's weekday and its "في", which belong to the stamp (before,
   the words before the date were too many for a stamp, and the lead's
   "اليوم" counted from nothing).
3. A lead that quotes a speaker with no time, then a sentence that goes on
   with him "in a statement" it dates right after its verb and his name
   ("وأكد X، في بيان أصدره يوم الثلاثاء 14 مارس 2017، أن «…»"): the lead sums
   up that statement, its words are of its date, as they were already after
   a talk or a gathering so dated (before, a statement was no occasion
   there and the lead's quotes stayed undated).  Not a statement commented
   on ("تعليقا على بيان الحكومة يوم …"), another one ("في بيان آخر"), nor a
   lead that tells its own time or occasion.  A statement right after the
   lead's أنّ ("أكد X أن بيان الوزراء «…»") is what he speaks of, no
   occasion the lead tells of its own.
"""

from __future__ import annotations

from claims.extraction.dates import find_dates
from tests.extraction.helpers import one


def _isos(text: str) -> list[str | None]:
    return [d.iso for d in find_dates(text)]


def test_numeric_date_with_spaced_dots_or_dashes() -> None:
    assert _isos("البصرة / الخميس 14 . 05 . 2020 —") == ["2020-05-14"]
    assert _isos("نشر في 3 - 11 - 2018 على الموقع") == ["2018-11-03"]
    assert _isos("الموصل 7 .10. 2021") == ["2021-10-07"]


def test_near_miss_numbers_spaced_out_are_no_date() -> None:
    assert _isos("بلغت النسبة 14 . 05 - 2020 نقطة") == []
    assert _isos("فاز الفريق 3 - 1 - 0 في المباريات") == []
    assert _isos("سجل 12 . 40 . 3100 مرة") == []


def test_spaced_dateline_dates_the_lead_weekday() -> None:
    text = (
        "البصرة / الخميس 14 . 05 . 2020 — قال عضو مجلس المحافظة النائب كاظم السعيدي، "
        "الأربعاء، إن «مشروع الماء الجديد سينجز قبل الصيف»."
    )
    assert one(text, "مشروع الماء").date == "2020-05-13"


STAMP = "سامر فؤاد الكيلاني - دمشق في الخميس 11 سبتمبر 2025 09:15 صباحاً - "
BODY = (
    "حسم وزير النقل ماهر الدباغ الجدل حول الطريق الساحلي. وقال في المؤتمر الصحفي "
    "الذي عقد اليوم بمقر الوزارة: «سنفتتح الطريق قبل نهاية العام».\n"
    "وتابع وزير النقل: «لا نية لرفع أسعار التذاكر»."
)


def test_byline_before_a_stamp_with_its_weekday() -> None:
    text = STAMP + BODY
    assert one(text, "سنفتتح الطريق").date == "2025-09-11"
    assert one(text, "لا نية لرفع").date == "2025-09-11"
    # (the weekday alone, without في)
    text = STAMP.replace(" في ", " ") + BODY
    assert one(text, "سنفتتح الطريق").date == "2025-09-11"


def test_near_miss_a_sentence_before_a_date_is_no_byline() -> None:
    text = (
        "أعلنت الشركة الوطنية للنقل البري عن رحلاتها الجديدة في الخميس 11 سبتمبر 2025 "
        "09:15 صباحاً - " + BODY
    )
    assert one(text, "سنفتتح الطريق").date is None


LEAD_QUOTES = (
    "أكد المتحدث باسم حركة الوفاق في البصرة سالم الكناني أن بيان وزراء الداخلية العرب "
    "“مرفوض جملة وتفصيلا”، مشيراً إلى أن “الشارع كفيل بالرد عليه”.\n"
)


def test_lead_quotes_of_a_statement_dated_in_the_next_sentence() -> None:
    for nxt in (
        "وأكد الكناني، في بيان أصدره يوم الثلاثاء 14 مارس 2017، أن “الحصار لا يهدد بلدنا فحسب”.",
        "وقال الكناني في بيانه يوم 14 مارس 2017 إن “الحصار لا يهدد بلدنا فحسب”.",
        "وشدد الكناني في بلاغ صحفي، الثلاثاء 14 مارس 2017، على أن “الحصار لا يهدد بلدنا فحسب”.",
    ):
        text = LEAD_QUOTES + nxt
        for words in ("مرفوض جملة", "الشارع كفيل", "الحصار لا يهدد"):
            assert one(text, words).date == "2017-03-14", (nxt, words)


def test_near_miss_a_statement_commented_on_or_another() -> None:
    for nxt in (
        "وقال الكناني، تعليقا على بيان الحكومة يوم 14 مارس 2017، إن “الحصار لا يهدد بلدنا فحسب”.",
        "وقال الكناني، في بيان آخر يوم 14 مارس 2017، إن “الحصار لا يهدد بلدنا فحسب”.",
    ):
        text = LEAD_QUOTES + nxt
        assert one(text, "مرفوض جملة").date is None, nxt
        assert one(text, "الشارع كفيل").date is None, nxt


def test_near_miss_a_lead_with_its_own_time_or_occasion() -> None:
    nxt = "وأكد الكناني، في بيان أصدره يوم الثلاثاء 14 مارس 2017، أن “الحصار لا يهدد بلدنا فحسب”."
    for lead in (
        LEAD_QUOTES.replace("الكناني أن", "الكناني، في مقابلة مع قناة الرافدين، أن"),
        LEAD_QUOTES.replace("الكناني أن", "الكناني، الأحد، أن"),
    ):
        assert one(lead + nxt, "مرفوض جملة").date != "2017-03-14", lead
