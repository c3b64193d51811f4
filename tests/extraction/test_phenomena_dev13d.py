"""Dating constructions met on development text (dev13d, 2026-12-05).

1. A reply to earlier remarks ("في سياق رده على حديث سابق لـX",
   "ردا على تصريح سابق", "تعليقا على بيان سابق"): the earlier occasion is
   the other side's, the object of the reply; the words that answer it are
   of the story's time (before, earlier_occasion read "حديث سابق" as
   the time of the words and left them undated). Not "في تصريحات سابقة"
   with no reply before it: the speaker's own earlier words stay undated.
   So also when the earlier occasion closes the reply's object ("ردا على
   ما قاله X في وقت سابق"); not a reply told after the earlier occasion
   ("قال X في وقت سابق، ردا على سؤال") or in a clause before it.
2. A statement that goes on in a participle of saying ("«…» قائلا إن «…»",
   "«…»، مضيفا: «…»") and ends on an attribution that dates it ("، بحسب ما
   أدلى به في مؤتمر صحفي يوم 4 مايو 2022", "، كما قال في …"): the date
   is the whole statement's, its first words too (before, only the words
   right before the attribution took it). Not when the words after the
   first quote are no participle of the same speaker ("«…»، فيما قال Y").
3. A text whose only date is an embedded post's signature ("— قناة X
   (@x) March 2, 2024") and whose lead names no day: the post's day is the
   story's (the post carries the words or the occasion the story reports),
   so the statements nothing else dates take it, as a page stamp with its
   clock time dates them (before, only an "اليوم" counted from it). Not
   words told as earlier (the pluperfect "وكان X قد قال"), nor a statement
   whose sentence tells another time.
"""

from __future__ import annotations

from tests.extraction.helpers import one

LEAD = (
    "عمّان 14 مارس 2023 (وكالات) - عقد وزير المالية سامر الخطيب مؤتمرا صحفيا "
    "اليوم الثلاثاء في مقر الوزارة.\n"
)
W = "«لن نسمح بأن تتحمل الأسر الفقيرة كلفة الإصلاح»"


def test_reply_to_earlier_remarks_is_of_the_story_time() -> None:
    for opener in (
        "وفي سياق رده على حديث سابق لرئيس البنك المركزي، قال الوزير",
        "وردا على تصريح سابق للنقابة، قال الخطيب",
        "وتعليقا على بيان سابق للمعارضة، أكد الوزير",
    ):
        q = one(f"{LEAD}{opener} {W}.", "لن نسمح")
        assert q.date == "2023-03-14", opener


def test_near_miss_own_earlier_remarks_stay_undated() -> None:
    q = one(f"{LEAD}وفي تصريحات سابقة لقناة محلية، قال الوزير {W}.", "لن نسمح")
    assert q.date is None


def test_reply_to_what_another_said_earlier_is_of_the_story_time() -> None:
    for opener in (
        "وردا على ما قاله رئيس البلدية في وقت سابق، أكد الوزير",
        "وفي رده على تصريحات أدلى بها النائب في مقابلة سابقة، قال الخطيب",
    ):
        q = one(f"{LEAD}{opener} {W}.", "لن نسمح")
        assert q.date == "2023-03-14", opener


def test_near_miss_a_reply_that_is_not_to_the_earlier_occasion() -> None:
    for opener in (
        "وقال الوزير في وقت سابق، ردا على سؤال،",
        "وردا على سؤال، قال الوزير في وقت سابق",
    ):
        q = one(f"{LEAD}{opener} {W}.", "لن نسمح")
        assert q.date is None, opener


def test_statement_going_on_in_a_participle_dated_after_it() -> None:
    text = (
        "وصرّح رئيس الاتحاد كريم الساعدي «بأن الموسم المقبل سيكون صعبا على الأندية» "
        "قائلا إن «الديون تهدد مستقبل عدد منها»، بحسب ما أدلى به في مؤتمر صحفي "
        "انعقد يوم الأربعاء 4 مايو 2022 بالعاصمة."
    )
    assert one(text, "بأن الموسم").date == "2022-05-04"
    assert one(text, "الديون تهدد").date == "2022-05-04"
    text = (
        "وقالت الوزيرة نادية الحسني: «سنفتح باب التسجيل قريبا»، مضيفة: «الأولوية للمناطق "
        "الريفية»، كما قالت في كلمة ألقتها يوم 9 سبتمبر 2020 أمام البرلمان."
    )
    assert one(text, "سنفتح باب").date == "2020-09-09"


def test_near_miss_another_speaker_after_the_first_quote() -> None:
    text = (
        "وقال رئيس الاتحاد كريم الساعدي «إن الموسم المقبل سيكون صعبا على الأندية»، "
        "فيما قال المدرب سليم العباسي إن «الديون تهدد مستقبل عدد منها»، بحسب ما أدلى به "
        "في مؤتمر صحفي انعقد يوم الأربعاء 4 مايو 2022 بالعاصمة."
    )
    assert one(text, "إن الموسم").date is None


POST = (
    "أكد رئيس الحزب سمير الجبوري، في مقابلة مع قناة المدار، أن الانتخابات ستجرى "
    "في موعدها.\n"
    "وقال الجبوري إن «الحكومة لم تقدم أي ضمانات حقيقية للمعارضة».\n"
    "«لن نشارك في أي حكومة لا تحترم إرادة الناخبين في الشمال»\n"
    "— قناة المدار (@almadar_tv) March 2, 2024\n"
)


def test_an_embedded_post_dates_a_story_with_no_other_date() -> None:
    text = POST + "وأضاف الجبوري أن «الحوار هو الطريق الوحيد للخروج من الأزمة»."
    for words in ("الحكومة لم تقدم", "لن نشارك", "الحوار هو الطريق"):
        assert one(text, words).date == "2024-03-02", words


def test_near_miss_earlier_words_in_a_story_with_a_post() -> None:
    text = POST + "وكان الجبوري قد قال إن «الحوار هو الطريق الوحيد للخروج من الأزمة»."
    assert one(text, "الحوار هو الطريق").date is None
    text = POST + "وقال الجبوري في حديث آخر مطلع 2019 إن «الحوار هو الطريق الوحيد للخروج»."
    assert one(text, "الحوار هو الطريق").date == "2019"
