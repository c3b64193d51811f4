"""Dating constructions met on development text (dev15d, third session of
2026-12-05).

1. A page's numeric stamp glued to the Latin word before it, as a scraper
   keeps the name of the icon a theme prints beside the date
   ("today14/03/2023", "calendar_today14-03-2023"): the date all the same,
   the day the lead's "اليوم" and weekdays count from (before, the word
   glued to the day hid the date, and the lead's "اليوم الثلاثاء" dated
   nothing).  Not a Latin code glued to numbers that make no date.
2. A lead that quotes a speaker whose only time is in what he reports,
   after its أنّ ("أفاد X أنه تم السبت الماضي … «…»": when the seizure was
   made, not when he spoke), then a sentence that goes on with him at an
   occasion dated by the page's day ("وأوضح X في تصريح صحفي اليوم الثلاثاء
   أنه «…»", "أمس الاثنين", "في بيان أصدره اليوم"): the lead's words are of
   that statement, as they were when the next sentence gave the occasion a
   full date (dev14d), and as a lead with no time at all (before, a time
   anywhere in the lead kept its words undated, and a day counted from the
   stamp was no occasion's date).  Not an occasion the next sentence does
   not tell, an earlier one, a day after its أنّ, another speaker, nor a
   lead that tells its own time before its أنّ.
3. A broken plural of people alone with the article ("وقال الوجهاء في
   بيانهم", "الشيوخ") after the group named with it in construct ("نفى وجهاء
   القبيلة في البلدة، في بيان صدر يوم الأحد 9 آذار 2025، …"): the same
   group, so its statement's date goes on to its words as a named
   speaker's does (before, the bare plural was a group of its own, and the
   words stayed undated).  Not with no such group named before, nor after
   a group of another plural.
4. A day, then "of the month" before the month's name ("يوم 12 من شهر مارس
   2024", "في الثاني عشر من شهر مارس 2024"): the day (before, the month
   alone was read, from "شهر مارس 2024").  Not a count of months ("خلال 12
   شهرا من مارس 2020").
5. A day of the current month or of the one before, counted from the
   dateline ("في 5 من الشهر الجاري", "في الخامس من الشهر الحالي", "يوم 28
   من الشهر الماضي"): that day (before, the dateline's own day).  Not a
   day still to come ("في 25 من الشهر الجاري" under a dateline of the
   12th, an event announced), which keeps what it had.
6. A comma after the words, then the occasion they were said at with its
   day ("قال X «…»، في تصريحات أدلى بها للصحفيين يوم 3 مارس 2023", "،
   خلال ندوة نظمت يوم …", "، في كلمة ألقاها يوم …"): that day, as without
   the comma or after "، وذلك" (before, the comma ended the scan).  Not a
   date the occasion speaks of ("، خلال ندوة حول أحداث 3 مارس 2011"), nor
   one after another phrase ("، في إشارة إلى قرار 3 مارس 2023").
7. Last year and a Levantine month of two words with "الماضي", counted
   from the dateline ("قال X العام الماضي إن", "في السنة الماضية", "في
   تشرين الأول الماضي", "في 20 تشرين الثاني الماضي"): the year before, or
   that month (and day), as "سبتمبر الماضي" was (before, the dateline's own
   day).  Not in a relative clause, with or without a comma before it ("،
   الذي عين في منصبه العام الماضي،", "في ذكرى الزلزال الذي ضرب المدينة
   العام الماضي"): an event's time.
8. A group named again by the same plural with the article ("أكد المتظاهرون
   أن «…»" then "وقال المتظاهرون، في بيان لهم يوم الأحد 9 مارس 2025، إن
   «…»"): the same group, so the next sentence's dated statement dates the
   lead's words as it does a named speaker's (before, each mention was a
   group of its own).  Not another group ("وقال الأطباء، في بيان لهم …").
"""

from __future__ import annotations

from claims.extraction.dates import find_dates
from tests.extraction.helpers import one


def _isos(text: str) -> list[str | None]:
    return [d.iso for d in find_dates(text)]


def test_numeric_date_glued_to_an_icon_name() -> None:
    assert _isos("today14/03/2023 25") == ["2023-03-14"]
    assert _isos("calendar_today14-03-2023") == ["2023-03-14"]
    assert _isos("نشر event02.11.2021 في الموقع") == ["2021-11-02"]


def test_near_miss_latin_codes_glued_to_numbers() -> None:
    assert _isos("طائرة B737 من طراز MAX8 هبطت") == []
    assert _isos("الرمز AB12/45/2019 في السجل") == []
    assert _isos("رحلة MH17 سقطت فوق السهول") == []


GLUED_STAMP = (
    "الرباط: توقيف شخصين في قضية تهريب للعملة\n\n"
    "today14/03/2023 25\n\n"
    "أكد المتحدث باسم النيابة العامة كريم الودغيري في تصريح صحفي اليوم الثلاثاء "
    "أن “التحقيقات ما زالت جارية مع الموقوفين”.\n\n"
    "وقال الودغيري إن “المتهمين سيحالان على القضاء قريبا”.\n"
)


def test_glued_stamp_dates_the_lead_today() -> None:
    assert one(GLUED_STAMP, "التحقيقات ما زالت").date == "2023-03-14"
    assert one(GLUED_STAMP, "المتهمين سيحالان").date == "2023-03-14"
    text = GLUED_STAMP.replace("today14", "calendar_today14")
    assert one(text, "التحقيقات ما زالت").date == "2023-03-14"


STAMP = "نابل: حجز كميات من السلع المدعمة\n\n14/03/2023 25\n\n"
SEIZURE = (
    "أفاد المدير الجهوي للتجارة بنابل سفيان الورتاني أنه تم السبت الماضي بإذن من "
    "النيابة “حجز 12 طنا من السكر المدعم في مستودع عشوائي”.\n\n"
)
ON_TODAY = "وأوضح الورتاني في تصريح صحفي اليوم الثلاثاء بنابل أنه “سيتم إتلاف المواد الفاسدة”.\n"


def test_lead_with_the_reported_time_only_takes_the_next_occasion_day() -> None:
    for nxt, day in (
        (ON_TODAY, "2023-03-14"),
        (ON_TODAY.replace("اليوم الثلاثاء", "أمس الاثنين"), "2023-03-13"),
        ("وقال الورتاني، في بيان أصدره اليوم، إن “سيتم إتلاف المواد الفاسدة”.\n", "2023-03-14"),
    ):
        text = STAMP + SEIZURE + nxt
        assert one(text, "حجز 12 طنا").date == day, nxt
        assert one(text, "سيتم إتلاف").date == day, nxt


def test_near_miss_no_occasion_another_speaker_or_the_lead_own_time() -> None:
    for nxt in (
        ON_TODAY.replace("في تصريح صحفي ", ""),
        ON_TODAY.replace("في تصريح صحفي", "في تصريح سابق"),
        ON_TODAY.replace("وأوضح الورتاني", "وأوضح الوالي كمال الحداد"),
        "وأوضح الورتاني في تصريح صحفي أنه تم اليوم الثلاثاء “إتلاف المواد الفاسدة”.\n",
    ):
        assert one(STAMP + SEIZURE + nxt, "حجز 12 طنا").date is None, nxt
    lead = SEIZURE.replace("الورتاني أنه", "الورتاني، الأحد، أنه")
    assert one(STAMP + lead + ON_TODAY, "حجز 12 طنا").date == "2023-03-12"


TRIBE_LEAD = (
    "نفى وجهاء القبيلة في البلدة، في بيان صدر يوم الأحد 9 آذار 2025، ما تردد عن "
    "قبولهم بالتسوية.\n\n"
)
TRIBE_WORDS = "وقال الوجهاء في بيانهم: “لم نوقع على أي ورقة ولن نفعل ذلك”، داعين إلى التهدئة.\n"


def test_bare_broken_plural_is_the_group_named_before() -> None:
    q = one(TRIBE_LEAD + TRIBE_WORDS, "لم نوقع")
    assert (q.speaker, q.date) == ("وجهاء القبيلة", "2025-03-09")
    text = TRIBE_LEAD.replace("وجهاء", "شيوخ") + TRIBE_WORDS.replace("الوجهاء", "الشيوخ")
    q = one(text, "لم نوقع")
    assert (q.speaker, q.date) == ("شيوخ القبيلة", "2025-03-09")


def test_near_miss_no_group_or_another_plural_before() -> None:
    q = one(TRIBE_WORDS, "لم نوقع")
    assert (q.speaker, q.date) == ("الوجهاء", None)
    q = one(TRIBE_LEAD.replace("وجهاء القبيلة", "نواب المعارضة") + TRIBE_WORDS, "لم نوقع")
    assert (q.speaker, q.date) == ("الوجهاء", None)


def test_day_of_the_month_named_after_shahr() -> None:
    assert _isos("يوم 12 من شهر مارس 2024") == ["2024-03-12"]
    assert _isos("في الثاني عشر من شهر مارس 2024") == ["2024-03-12"]
    assert _isos("يوم 3 من شهر مايو من العام 2021") == ["2021-05-03"]


def test_near_miss_a_count_of_months() -> None:
    assert _isos("خلال 12 شهرا من مارس 2020") == ["2020-03"]


DATELINE = "طنجة 12 مارس 2024 (وكالات) - "
SAID = "أكد رئيس الجماعة منير الليموري، {}، أن “المشروع سينطلق قبل الصيف”."


def test_day_of_the_current_or_last_month_from_the_dateline() -> None:
    for when, day in (
        ("في 5 من الشهر الجاري", "2024-03-05"),
        ("في الخامس من الشهر الحالي", "2024-03-05"),
        ("يوم الثاني عشر من الشهر الجاري", "2024-03-12"),
        ("يوم 28 من الشهر الماضي", "2024-02-28"),
    ):
        assert one(DATELINE + SAID.format(when), "المشروع سينطلق").date == day, when


def test_near_miss_a_day_still_to_come_this_month() -> None:
    text = DATELINE + SAID.format("في 25 من الشهر الجاري")
    assert one(text, "المشروع سينطلق").date == "2024-03-12"


WORDS = "صرح محافظ المدينة رامي العتيبي “الطرق الجديدة ستفتح قبل موسم الأمطار”، "


def test_occasion_after_the_words_and_a_comma_dates_them() -> None:
    for tail in (
        "في تصريحات أدلى بها للصحفيين يوم 3 مارس 2023.",
        "خلال ندوة نظمت يوم الجمعة 3 مارس 2023 بمقر الولاية.",
        "في كلمة ألقاها مساء 3 مارس 2023.",
        "في بيان له يوم 3 مارس 2023.",
    ):
        assert one(WORDS + tail, "الطرق الجديدة").date == "2023-03-03", tail


def test_near_miss_a_date_the_occasion_speaks_of_or_another_phrase() -> None:
    for tail in (
        "خلال ندوة حول أحداث 3 مارس 2011.",
        "في إشارة إلى قرار 3 مارس 2023.",
        "في ندوة نظمت بعد 3 مارس 2023.",
    ):
        assert one(WORDS + tail, "الطرق الجديدة").date is None, tail


LEVANT = "حلب 12 آذار 2024 (وكالات) - "
GOVERNOR = "أكد مدير الموانئ سليم الخوري {} أن “أعمال التوسعة ستنتهي قريبا”."


def test_last_year_and_two_word_months_from_the_dateline() -> None:
    for when, date in (
        ("العام الماضي", "2023"),
        ("في السنة الماضية", "2023"),
        ("في تشرين الأول الماضي", "2023-10"),
        ("في 20 تشرين الثاني الماضي", "2023-11-20"),
        ("في 5 كانون الثاني الماضي", "2024-01-05"),
    ):
        assert one(LEVANT + GOVERNOR.format(when), "أعمال التوسعة").date == date, when


def test_near_miss_last_year_in_a_relative_clause() -> None:
    for when in (
        "، الذي عين في منصبه العام الماضي،",
        "، في ذكرى الحريق الذي ضرب المرفأ العام الماضي،",
    ):
        text = LEVANT + GOVERNOR.format(when)
        assert one(text, "أعمال التوسعة").date == "2024-03-12", when


MARCHERS = "أكد المتظاهرون في الساحة أن مطالبهم “عادلة ولن نتراجع عنها”.\n"
THEIR_STATEMENT = "وقال المتظاهرون، في بيان لهم يوم الأحد 9 مارس 2025، إن “الاعتصام سيتواصل”.\n"


def test_same_group_named_again_dates_the_lead() -> None:
    text = MARCHERS + THEIR_STATEMENT
    assert one(text, "عادلة ولن").date == "2025-03-09"
    assert one(text, "الاعتصام سيتواصل").date == "2025-03-09"


def test_near_miss_another_group_states() -> None:
    text = MARCHERS + THEIR_STATEMENT.replace("المتظاهرون", "الأطباء")
    assert one(text, "عادلة ولن").date is None
