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


TURIN = (
    "10/12/2019\n"
    "في مدينة الزهراء، يوم السبت 7 ديسمبر 2019، {occasion} أمام مئات من أبناء الجالية، "
    "استحضر سمير الودغيري، رئيس حزب النماء، قيم التضامن.\n"
    "وقال الودغيري إن «الوطن فوق كل اعتبار»."
)


def test_a_speech_the_lead_dates_is_an_event() -> None:
    for occasion in ("خلال خطابه", "وفي كلمة ألقاها"):
        text = TURIN.format(occasion=occasion)
        assert one(text, "الوطن فوق").date == "2019-12-07", occasion


def test_near_miss_a_speech_as_a_topic() -> None:
    text = (
        "10/12/2019\n"
        "في مدينة الزهراء، يوم السبت 7 ديسمبر 2019، انتقد عدد من الباحثين الخطاب السياسي "
        "لحزب النماء.\n"
        "وقال سمير الودغيري إن «الوطن فوق كل اعتبار»."
    )
    assert one(text, "الوطن فوق").date is None


HALL = (
    "احتضنت قاعة المؤتمرات بمدينة الزهراء، يوم الثلاثاء 5 مارس 2024، اجتماعا موسعا "
    "لمجلس الجهة حول مشاريع الماء.\n"
)


def test_subjectless_verb_after_an_event_lead() -> None:
    for nxt in (
        "وأوضح أن «الأشغال ستنطلق قبل الصيف».",
        "وتحدث في الاجتماع عدد من المنتخبين. كما أكد أن «الأشغال ستنطلق قبل الصيف».",
    ):
        assert one(HALL + nxt, "الأشغال ستنطلق").date == "2024-03-05", nxt


def test_near_miss_subjectless_verb_of_another_time() -> None:
    for nxt in (
        "وكان قد أوضح أن «الأشغال ستنطلق قبل الصيف».",
        "وبعد أسبوع، أوضح أن «الأشغال ستنطلق قبل الصيف».",
    ):
        assert one(HALL + nxt, "الأشغال ستنطلق").date is None, nxt


def test_page_date_just_after_keeps_its_year_over_a_weekday_slip() -> None:
    lead = "\nفي مدينة الزهراء، يوم السبت 8 ديسمبر، ألقى الوزير خطابا"
    assert _isos("ديسمبر 2019" + lead)[-1] == "2019-12-08"
    assert _isos("10 ديسمبر 2019" + lead)[-1] == "2019-12-08"


def test_near_miss_page_date_before_the_day_or_of_another_month() -> None:
    lead = "\nفي مدينة الزهراء، يوم السبت 8 ديسمبر، ألقى الوزير خطابا"
    # (8 December was a Saturday in 2018)
    assert _isos("2 ديسمبر 2019" + lead)[-1] == "2018-12-08"
    assert _isos("20 نوفمبر 2019" + lead)[-1] == "2018-12-08"


WIRE = (
    "عمّان 10 ديسمبر 2019 (وكالات) - في مدينة الزهراء، يوم السبت {when}، {occasion} "
    "مئات من أبناء الجالية، استحضر سمير الودغيري، رئيس حزب النماء، قيم التضامن.\n"
    "وقال الودغيري إن «الوطن فوق كل اعتبار»."
)


def test_wire_lead_weekday_dates_its_gathering() -> None:
    for occasion in ("خلال لقاء مع", "خلال خطابه أمام"):
        text = WIRE.format(when="الماضي", occasion=occasion)
        assert one(text, "الوطن فوق").date == "2019-12-07", occasion


def test_near_miss_wire_lead_weekday_to_come() -> None:
    text = WIRE.format(when="المقبل", occasion="خلال لقاء مع")
    assert one(text, "الوطن فوق").date != "2019-12-14"
