"""Red-team near misses of recent date rules (rev15): ordinary sentences
where a date of another event, or none, must not replace the day a quote
was said. Each test fails before the narrowing it names.

Every article here is written for the test.
"""

import pytest

from tests.extraction.helpers import one

# --- a827ce4: a day in a relative clause of the lead -------------------------------

_HEAD = "أخبار محلية\n\nالخميس، 08 يونيو 2023\n\n"
_FOLLOW = "\n\nوقال النائب سليم حداد إن «الخطاب خال من الأرقام الحقيقية»."


@pytest.mark.parametrize(
    "lead",
    [
        # the day right before أنّ is the verb of saying's, not the relative's
        "قال وزير المالية الذي يواجه انتقادات واسعة أمس إن «العجز سينخفض».",
        "قال الجيش الذي يخوض معارك منذ أسابيع يوم الأربعاء إن «القوات تقدمت».",
        "أعلنت الشركة التي تدير الميناء أمس أن «الصادرات ارتفعت».",
        "قالت الوزيرة التي تزور عمان حاليا أمس الأربعاء إن «الاتفاق سيوقع قريبا».",
        # a relative clause ends with its sentence
        "افتتح الوزير المستشفى الذي بني بتمويل أجنبي. وقال الوزير أمس إن «المستشفى يخدم الآلاف».",
        "زار الرئيس المدينة التي ضربها الزلزال. وأكد أمس أن «الإعمار سيبدأ قريبا».",
    ],
)
def test_the_lead_day_after_a_relative_clause_is_the_lead_own(lead):
    assert one(_HEAD + lead + _FOLLOW, "الخطاب خال").date == "2023-06-07"


def test_the_lead_day_after_a_relative_clause_under_a_publication_label():
    text = (
        "أخبار محلية\n\n  • تاريخ النشر: الخميس، 08 يونيو 2023\n\n"
        "قال وزير المالية الذي يواجه انتقادات واسعة أمس إن «العجز سينخفض»." + _FOLLOW
    )
    assert one(text, "الخطاب خال").date == "2023-06-07"


# --- a61df4b: one placed at a dated gathering -------------------------------------

_Q = "«الشركات تطالب بتخفيض الرسوم»."
_SAID = "«التوسعة تبدأ الشهر المقبل». "
_MEETING = (
    "وقال مدير الميناء كريم الساعدي خلال اجتماع عقده مع ممثلي الشركات برئاسة "
    "نبيل الموسوي يوم الأحد 10 مارس 2024 إن " + _SAID
)


@pytest.mark.parametrize(
    "text",
    [
        # a word that spells the last name is no mention of him
        "وقال مدير الميناء كريم الساعدي خلال اجتماع عقده للاطلاع على سير الأشغال يوم "
        "الأحد 10 مارس 2024 إن " + _SAID + "وأوضح حسن علي، رئيس غرفة الملاحة، أن " + _Q,
        "وقال مدير الميناء كريم الساعدي خلال اجتماع عقده بحضور الأمين العام للوزارة يوم "
        "الأحد 10 مارس 2024 إن " + _SAID + "وأوضح محمد الأمين، رئيس غرفة الملاحة، أن " + _Q,
        "وقال مدير الأوقاف كريم الساعدي خلال اجتماع عقده في باحة الحرم الشريف يوم الأحد "
        "10 مارس 2024 إن «الترميم يبدأ الشهر المقبل». وقال المفتي أحمد الشريف إن " + _Q,
        "وقال مدير الميناء كريم الساعدي خلال اجتماع عقده لضمان توزيع عادل للأرصفة يوم "
        "الأحد 10 مارس 2024 إن " + _SAID + "وقال الخبير سمير عادل إن " + _Q,
        # another's given name
        "وقال مدير الميناء كريم الساعدي خلال اجتماع عقده مع الوزير علي حسن يوم الأحد 10 "
        "مارس 2024 إن " + _SAID + "وقال النائب سالم علي إن " + _Q,
        # his words apart from the gathering
        _MEETING + "وفي سياق آخر، قال الموسوي إن " + _Q,
        _MEETING + "وقال الموسوي في مقابلة تلفزيونية إن " + _Q,
        # a day of its own
        _MEETING + "وقال الموسوي أمس إن " + _Q,
        "وقال مدير الميناء كريم الساعدي خلال اجتماع عقده مع ممثلي الشركات لمناقشة "
        "تصريحات نبيل الموسوي يوم الأحد 10 مارس 2024 إن «التصريحات غير دقيقة». "
        "وكان الموسوي قال إن " + _Q,
    ],
)
def test_one_not_placed_at_the_dated_gathering_stays_undated(text):
    assert one(text, "الشركات تطالب").date is None


def test_one_placed_at_the_gathering_by_his_title_and_name_speaks_at_it():
    # (near miss) "بحضور النائب الموسوي", "برئاسة نبيل الموسوي"
    text = (
        "وقال مدير الميناء كريم الساعدي خلال اجتماع عقده مع ممثلي الشركات بحضور النائب "
        "الموسوي يوم الأحد 10 مارس 2024 إن " + _SAID + "وأوضح الموسوي أن " + _Q
    )
    assert one(text, "الشركات تطالب").date == "2024-03-10"
    assert one(_MEETING + "وأوضح نبيل الموسوي أن " + _Q, "الشركات تطالب").date == "2024-03-10"


# --- 4de7d2e: a relative after a gathering, the gathering commented on ------------


@pytest.mark.parametrize(
    "occasion",
    [
        "، تعليقا على المؤتمر الذي عقدته المعارضة الخميس 18 مايو 2023،",
        " بعد المؤتمر الذي عقدته المعارضة الخميس 18 مايو 2023",
    ],
)
def test_a_gathering_commented_on_or_before_his_words_dates_nothing(occasion):
    text = "وقال الوزير سامي حداد" + occasion + " إن «المعارضة فشلت في إقناع الشارع»."
    assert one(text, "المعارضة فشلت").date is None


# --- 1ab4e77: في + a noun with his pronoun, a body of the post ---------------------


@pytest.mark.parametrize(
    "text, role",
    [
        ("وقال مسؤول في حملته الانتخابية إن «القرار سيصدر قريبا».", "مسؤول في حملته الانتخابية"),
        ("وتواجه الرئيسة ضغوطا. وقال وزير في حكومتها إن «القرار سيصدر قريبا».", "وزير في حكومتها"),
        ("وزار الوزير المدينة. وقال مستشار في وزارته إن «القرار سيصدر قريبا».", "مستشار في وزارته"),
        ("وقال عضو في كتلته النيابية إن «القرار سيصدر قريبا».", "عضو في كتلته النيابية"),
        (
            "وتتعرض الجامعة لانتقادات. وقال أستاذ في كليتها إن «القرار سيصدر قريبا».",
            "أستاذ في كليتها",
        ),
    ],
)
def test_a_body_with_a_pronoun_after_fi_stays_the_post_place(text, role):
    assert one(text, "القرار سيصدر").role == role


# --- 65cfce8: القاضي after a family's noun is the family's, no address -----------


def test_the_judge_after_his_family_stays_in_the_post():
    text = "وقال المتحدث باسم عائلة القاضي سامي حداد إن «العدالة ستأخذ مجراها»."
    assert one(text, "العدالة ستأخذ").role == "المتحدث باسم عائلة القاضي"


# --- ad6dc4a: a verb with an object pronoun after a relative, a noun after it ------


def test_a_noun_the_verb_takes_after_its_object_pronoun_is_no_speaker():
    # "الوفد الذي أبلغه رسالة شفهية": the message is what he was told
    text = "واستقبل الرئيس سامي حداد الوفد الذي أبلغه رسالة شفهية مفادها أن «خطوة تاريخية»."
    assert one(text, "خطوة تاريخية").speaker != "رسالة"


# --- 5adb889: a line with a word of publishing that is no page's label -------------


@pytest.mark.parametrize(
    "line",
    [
        "موعد نشر النتائج: الإثنين، 05 سبتمبر 2022",
        "نشر في الجريدة الرسمية يوم الإثنين، 05 سبتمبر 2022",
        "بدء نشر نتائج الامتحانات يوم الإثنين، 05 سبتمبر 2022",
    ],
)
def test_another_event_publication_date_is_no_page_stamp(line):
    text = (
        "تقرير\n\n" + line + "\n\nرد عدد من النواب أمس على تصريحات الوزير.\n\n"
        "وقال النائب سليم حداد إن «الخطاب خال من الأرقام الحقيقية»."
    )
    assert one(text, "الخطاب خال").date is None


def test_a_label_of_publication_with_its_weekday_stays_the_stamp():
    # (near miss) "تاريخ نشر الخبر: يوم الإثنين، …", "آخر تحديث للخبر: …"
    for line in (
        "تاريخ نشر الخبر: يوم الإثنين، 05 سبتمبر 2022",
        "آخر تحديث للخبر: الإثنين، 05 سبتمبر 2022",
    ):
        text = (
            "تقرير\n\n" + line + "\n\nرد عدد من النواب أمس على تصريحات الوزير.\n\n"
            "وقال النائب سليم حداد إن «الخطاب خال من الأرقام الحقيقية»."
        )
        assert one(text, "الخطاب خال").date == "2022-09-04", line
