"""Red-team near misses of the date rules of the date5 session (rev13):
ordinary sentences where a date of another event must not be given to a
quote. Each test fails before the narrowing it names.

Every article here is written for the test. The last section (review of
2026-12-05) pins two speaker rules read only in agreement.
"""

import pytest

from tests.extraction.helpers import one, quotes_of

# --- d320e21: a cable's sentence that dates a meeting apart -------------------

_CABLE = "أظهرت برقية مؤرخة في 17 مارس 2008 أن السفير روبرت هيل "


def test_a_date_of_another_event_after_the_meeting_verb_is_not_the_meeting():
    # "التقى بعد هجوم وقع في 12 مارس Y": the attack's date, not the meeting's
    text = (
        _CABLE + "التقى بعد هجوم وقع في 12 مارس الوزير كمال النجار. ونقلت البرقية "
        "عن النجار قوله إن «الحدود تحت السيطرة»."
    )
    assert one(text, "الحدود تحت").date == "2008-03-17"


def test_a_meeting_after_the_cable_date_is_not_of_the_cable_year():
    # "28 ديسمبر" under a cable of 5 January 2009: no meeting after the
    # cable; the cable's date stands, never 2009-12-28
    text = (
        "أظهرت برقية مؤرخة في 5 يناير 2009 أن السفير روبرت هيل التقى في 28 ديسمبر "
        "الوزير كمال النجار. ونقلت البرقية عن النجار قوله إن «الحدود تحت السيطرة»."
    )
    assert one(text, "الحدود تحت").date == "2009-01-05"


def test_the_one_met_quoted_at_a_later_meeting_takes_not_the_first_meeting_date():
    # "قوله في اجتماع لاحق": another meeting than the one the cable dated
    text = (
        _CABLE + "التقى في 12 مارس الوزير كمال النجار. ونقلت البرقية عن النجار قوله "
        "في اجتماع لاحق إن «الحدود تحت السيطرة»."
    )
    assert one(text, "الحدود تحت").date != "2008-03-12"


def test_one_named_after_the_one_met_is_not_him():
    # "مساعد النجار": his assistant, not the minister the writer met
    text = (
        _CABLE + "التقى في 12 مارس الوزير كمال النجار. ونقلت البرقية عن مساعد "
        "النجار قوله إن «الحدود تحت السيطرة»."
    )
    assert one(text, "الحدود تحت").date == "2008-03-17"


# --- 7840170: "وجاءت تصريحات X خلال …" and a relative after a gathering -------

_SAID = 'قال وزير النقل هشام البدري إن "الخط الجديد يفتتح قريبا". '


@pytest.mark.parametrize(
    "tail",
    [
        "وجاءت تصريحات البدري خلال مؤتمر صحفي، ردا على قرار البرلمان الصادر في 7 سبتمبر 2023.",
        "وجاءت تصريحات البدري في مقابلة تلفزيونية، تزامنا مع ذكرى افتتاح الخط الأول في "
        "7 سبتمبر 2015.",
        "وجاءت تصريحات البدري في ندوة حول المشروع الذي أطلق الخميس 7 سبتمبر 2023.",
    ],
)
def test_came_statements_with_another_event_date_after_the_occasion(tail):
    assert one(_SAID + tail, "الخط الجديد").date is None


@pytest.mark.parametrize(
    "clause",
    [
        "في كلمته أمام المؤتمر، الذي تأسس في 9 يناير 2004،",
        "في كلمته أمام الاجتماع، الذي ألغي موعده السابق في 9 يناير 2024،",
        "في كلمته أمام المنتدى، الذي انطلقت دورته الأولى في 9 يناير 2010،",
        "في كلمته خلال الجلسة، التي كانت مقررة في 9 يناير 2024،",
    ],
)
def test_a_relative_after_a_gathering_telling_another_moment_dates_nothing(clause):
    text = "وأكد الوزير سامي الفارس " + clause + " أن «التمويل متوفر»."
    assert one(text, "التمويل متوفر").date is None


# --- aa23028: "DAY MONTH الماضي" in a relative clause of the speaker ----------


@pytest.mark.parametrize(
    "clause", ["الذي عين في 2 أكتوبر الماضي", "الذي زار المدينة في 12 أكتوبر الماضي"]
)
def test_a_past_day_in_the_speaker_relative_clause_is_not_his_statement(clause):
    # the dateline's day, not the day of what the relative tells (before,
    # 2023-10-02 / 2023-10-12)
    text = (
        "الرباط في 15 أكتوبر 2023 (و م ع) - قال الوزير سالم العلي، "
        + clause
        + "، إن «الإصلاح ضروري»."
    )
    assert one(text, "الإصلاح ضروري").date == "2023-10-15"


# --- c4026e8: "the same day" in a relative clause of the cue's clause ----------


def test_the_same_day_in_a_relative_of_the_speaker_is_not_his_statement():
    text = (
        "أعلنت الوزارة في 5 مارس 2023 عن خطة جديدة. وقال الوزير سالم العلي، الذي "
        "يصادف عيد ميلاده اليوم نفسه، إن «الخطة ستنفذ فورا»."
    )
    assert one(text, "الخطة ستنفذ").date is None


# --- b4d68c8: a lead quote that tells an occasion of its own -------------------


@pytest.mark.parametrize(
    "lead",
    [
        "قال النائب سالم العلي في بيان إن «الحكومة فشلت».",
        "قال النائب سالم العلي في مقابلة مع قناة محلية إن «الحكومة فشلت».",
        "كتب النائب سالم العلي على حسابه في تويتر أن «الحكومة فشلت».",
        "قال النائب سالم العلي لصحيفة الوطن إن «الحكومة فشلت».",
    ],
)
def test_a_lead_quote_of_its_own_occasion_takes_not_the_next_sentence_date(lead):
    text = (
        lead + " وطالب العلي، خلال جلسة مجلس النواب يوم الثلاثاء 24 مايو 2016، بمحاسبة "
        "الوزراء، معتبرا أن «الوقت حان»."
    )
    assert one(text, "الحكومة فشلت").date is None
    assert one(text, "الوقت حان").date == "2016-05-24"


# --- 30b8c8c: a news agency's credit above a closing date is no signature ------


def test_an_agency_credit_above_the_closing_date_dates_nothing():
    text = (
        "قال وزير الصحة سالم العبري إن «الخطة تبدأ قريبا». وأضاف أن «التمويل متوفر».\n"
        "وكالة الأنباء العمانية\n30 كانون الأول 2019"
    )
    assert [q.date for q in quotes_of(text)] == [None, None]


# --- 57d96c7: a bare date heading the text, with no agency in its brackets -----


@pytest.mark.parametrize(
    "head",
    ["الاثنين 14 مارس 2022 (محدث)", "14 مارس 2022 (تحديث)", "14 مارس 2022 / صور /"],
)
def test_a_bare_heading_date_with_a_word_in_brackets_dates_nothing(head):
    text = head + "\nأكدت وزيرة البيئة مريم الحمادي أن «خطة التشجير تسير وفق الجدول»."
    assert one(text, "خطة التشجير").date is None


# --- 0c096e0: a post adjective before بأن is the speaker's ---------------------


def test_a_managing_director_adjective_stays_in_the_describing_speaker():
    text = "ووصف رئيس مجلس الإدارة المنتدب بأن «الأرباح قياسية»."
    assert one(text, "الأرباح قياسية").role == "رئيس مجلس الإدارة المنتدب"


# --- review of the session's speaker rules (rev13, 2026-12-05) ---------------
#
# "And another one" before a participle of saying (speakers.attribute,
# _ANOTHER_ONE: "«…» وآخر بقوله «…»") speaks only when the participle agrees
# with it, by its own ending or its pronoun's ("قائلة", "بقولها"): in
# "ودعت إلى دعم المزارعين، وآخرين مضيفة: «…»" the others are the object of
# the verb before, and the feminine singular participle goes on with the
# clause's subject (before, "آخرين" spoke).
#
# An accusative participle of manner alone between a verb of saying and its
# colon or mark ("وأضاف مداعبا:", subject_of) is read so only in the verb's
# gender: after a feminine verb a masculine word in ا is her one-word name
# ("وقالت ملالا:", before, no speaker).

W = "«لن نسمح بإغلاق المدارس الريفية مهما كانت الذرائع المطروحة»."


def test_another_one_must_agree_with_the_participle() -> None:
    q = one(f"ودعت الوزيرة إلى دعم الصيادين، وآخرين مضيفة: {W}", "لن نسمح")
    assert q.speaker == "الوزيرة"
    q = one(f"ودعا النائب إلى حماية الحرفيين، وأخرى قائلا {W}", "لن نسمح")
    assert q.speaker == "النائب"
    q = one(f"ودعت الوزيرة إلى دعم الصيادين، وآخرين بقولها: {W}", "لن نسمح")
    assert q.speaker == "الوزيرة"


def test_near_miss_another_one_that_agrees_still_speaks() -> None:
    q = one(f"قال أحد المعلمين «نحن هنا منذ الصباح الباكر»، وآخر قائلا: {W}", "لن نسمح")
    assert q.speaker == "آخر"
    q = one(f"قالت إحدى الأمهات «ننتظر منذ أسابيع»، وأخرى قائلة: {W}", "لن نسمح")
    assert q.speaker == "أخرى"
    q = one(f"قالت إحدى الأمهات «ننتظر منذ أسابيع»، وأخرى بقولها: {W}", "لن نسمح")
    assert q.speaker == "أخرى"


def test_a_masculine_word_in_alif_after_a_feminine_verb_is_her_name() -> None:
    q = one(f"وقالت ملالا: {W}", "لن نسمح")
    assert q.speaker == "ملالا"
    q = one(f"وأضافت ملالا {W}", "لن نسمح")
    assert q.speaker == "ملالا"


def test_near_miss_a_participle_of_manner_in_the_verbs_gender() -> None:
    q = one(f"تحدثت المديرة هالة الزين عن الميزانية. وأضافت متحسرة: {W}", "لن نسمح")
    assert q.speaker == "هالة الزين"
    q = one(f"تحدث المدير نبيل الحايك عن الميزانية. وأضاف مداعبا: {W}", "لن نسمح")
    assert q.speaker == "نبيل الحايك"
