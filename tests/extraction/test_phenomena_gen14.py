"""The rules of the second session of 2026-12-05, made general (gen14).

Each rule landed this session from development misses is tried here on
invented variants a reader of Arabic news expects it to cover too (other
spellings, feminine and plural speakers, other outlets' wording, another
word order, a clause between its parts) and on near misses it must leave
alone.  Every sentence is invented for the test.

Widened here (the dating rules of dev14d):

1. A speech the lead dates after خلال/في is also a lecture, an
   intervention, a sermon ("خلال محاضرة ألقاها", "في مداخلة له", "خلال خطبة
   الجمعة"), bare or with its pronoun, not only خطاب and كلمة.
2. The statement the next sentence dates right after its verb and the
   lead's speaker is also a post he published ("وكتب X في تدوينة على صفحته
   يوم …", "في تغريدة"), as بيان and بلاغ.
3. Near misses the event lead's date reached: "وسبق أن أوضح" (had said
   before, as "وكان قد") and "وفي وقت لاحق، أوضح" (later on: another
   occasion, as "في وقت سابق" already was).  Not "إلى جلسة لاحقة" (a
   hearing put off to, no occasion of the words), nor "سبق" as a verb of
   preceding ("وسبق الاجتماع لقاء").

The variants of the other rules of the session pass as they are, or are
marked xfail (their authors are still at work on them; what should change
is said in each reason).
"""

from __future__ import annotations

import pytest

from claims.extraction.dates import find_dates
from tests.extraction.helpers import one, quotes_of, same_name

# ---------------------------------------------------------------------------
# dev14d: event leads and statements dated in the next sentence (widened)

ALGER = (
    "11/04/2021\n"
    "في مدينة الواحة الخضراء، يوم الجمعة 9 أبريل 2021، {occasion} أمام طلبة المعهد، "
    "{verb} نزار البوعزيزي، أمين عام جمعية الفجر، قيم العمل التطوعي.\n"
    "{said} البوعزيزي إن «التطوع مدرسة للمواطنة»."
)


def _lead(occasion: str, verb: str = "تناول", said: str = "وقال") -> str:
    return ALGER.format(occasion=occasion, verb=verb, said=said)


def test_a_lecture_intervention_or_sermon_the_lead_dates_is_an_event() -> None:
    for occasion in (
        "خلال محاضرة ألقاها",
        "في مداخلة له",
        "خلال محاضرته",
        "أثناء خطبة الجمعة",
    ):
        q = one(_lead(occasion), "التطوع مدرسة")
        assert q.date == "2021-04-09", occasion


def test_a_speech_lead_with_a_woman_speaking() -> None:
    text = (
        _lead("خلال مداخلتها", verb="تناولت", said="وقالت")
        .replace("نزار البوعزيزي", "نوال البوعزيزي")
        .replace("أمين عام", "أمينة عام")
    )
    assert one(text, "التطوع مدرسة").date == "2021-04-09"
    # (the speeches already covered, in another spelling of their ة)
    assert one(_lead("خلال كلمته"), "التطوع مدرسة").date == "2021-04-09"


def test_near_miss_a_lecture_as_a_topic() -> None:
    text = (
        "11/04/2021\n"
        "في مدينة الواحة الخضراء، يوم الجمعة 9 أبريل 2021، ناقش طلبة المعهد محاضرات "
        "الموسم الماضي.\n"
        "وقال نزار البوعزيزي إن «التطوع مدرسة للمواطنة»."
    )
    assert one(text, "التطوع مدرسة").date is None


LEAD_SUMS = (
    "اعتبر الناطق باسم تنسيقية المعطلين في الواحات عادل الفرطاسي أن قرار المجلس "
    "“خطوة إلى الوراء”، مضيفاً أن “الشباب لن يصمتوا بعد اليوم”.\n"
)
D = "2018-10-09"


def test_lead_quotes_of_a_post_dated_in_the_next_sentence() -> None:
    for nxt in (
        "وكتب الفرطاسي في تدوينة على صفحته يوم الثلاثاء 9 أكتوبر 2018 أن "
        "“البطالة تهدد السلم الأهلي”.",
        "وقال الفرطاسي، في تغريدة يوم 9 أكتوبر 2018، إن “البطالة تهدد السلم الأهلي”.",
        "وقال الفرطاسي في منشور على صفحته يوم 9 أكتوبر 2018 إن “البطالة تهدد السلم الأهلي”.",
    ):
        text = LEAD_SUMS + nxt
        for words in ("خطوة إلى الوراء", "الشباب لن يصمتوا", "البطالة تهدد"):
            assert one(text, words).date == D, (nxt, words)


def test_lead_quotes_of_a_statement_variants_already_covered() -> None:
    # a statement with its hamzas unwritten, and a spokeswoman
    text = LEAD_SUMS + (
        "واكد الفرطاسي، في بيان اصدره يوم الثلاثاء 9 أكتوبر 2018، ان “البطالة تهدد السلم الأهلي”."
    )
    assert one(text, "خطوة إلى الوراء").date == D
    fem = (
        LEAD_SUMS.replace("اعتبر الناطق", "اعتبرت الناطقة")
        .replace("عادل الفرطاسي", "عادلة الفرطاسي")
        .replace("مضيفاً", "مضيفةً")
    )
    text = fem + "وقالت الفرطاسي في بيانها يوم 9 أكتوبر 2018 إن “البطالة تهدد السلم الأهلي”."
    assert one(text, "خطوة إلى الوراء").date == D


def test_lead_quotes_of_a_post_by_a_woman_or_a_statement_through() -> None:
    fem = (
        LEAD_SUMS.replace("اعتبر الناطق", "اعتبرت الناطقة")
        .replace("عادل الفرطاسي", "عادلة الفرطاسي")
        .replace("مضيفاً", "مضيفةً")
    )
    text = fem + "وكتبت الفرطاسي في تدوينتها يوم 9 أكتوبر 2018 أن “البطالة تهدد السلم الأهلي”."
    assert one(text, "خطوة إلى الوراء").date == D
    text = LEAD_SUMS + (
        "وأوضح الفرطاسي، عبر بيان صحفي يوم 9 أكتوبر 2018، أن “البطالة تهدد السلم الأهلي”."
    )
    assert one(text, "خطوة إلى الوراء").date == D


STAMP_BODY = (
    "حسم وزير الطاقة رامي العبيدي الجدل حول أسعار الوقود. وقال في المؤتمر الصحفي "
    "الذي عقد اليوم بمقر الوزارة: «لن نرفع الأسعار هذا العام».\n"
)


def test_byline_before_a_stamp_variants() -> None:
    for stamp in (
        "بقلم نادر سليم العلي - عمان في الأحد 12 أكتوبر 2025 10:30 صباحاً - ",
        "نادر سليم العلي - عمان في الأحد 12 أكتوبر 2025 - ",
        "نادر العلي - عمان في الأحد 12 أكتوبر 2025 10:30 مساءً - ",
    ):
        assert one(stamp + STAMP_BODY, "لن نرفع").date == "2025-10-12", stamp


def test_near_miss_a_second_or_later_statement() -> None:
    for nxt in (
        "وقال الفرطاسي، في بيان ثان يوم 9 أكتوبر 2018، إن “البطالة تهدد السلم الأهلي”.",
        "وقال الفرطاسي، في تغريدة لاحقة يوم 9 أكتوبر 2018، إن “البطالة تهدد السلم الأهلي”.",
        "وقال الفرطاسي، ردا على بيان الوزارة يوم 9 أكتوبر 2018، إن “البطالة تهدد السلم الأهلي”.",
        "وقال الفرطاسي، تعقيبا على بيان الوزارة يوم 9 أكتوبر 2018، إن “البطالة تهدد السلم الأهلي”.",
    ):
        assert one(LEAD_SUMS + nxt, "خطوة إلى الوراء").date is None, nxt


def test_a_name_ending_in_thani_is_no_second_statement() -> None:
    lead = LEAD_SUMS.replace("عادل الفرطاسي", "عادل آل ثاني")
    nxt = "وقال آل ثاني، في بيان أصدره يوم 9 أكتوبر 2018، إن “البطالة تهدد السلم الأهلي”."
    assert one(lead + nxt, "خطوة إلى الوراء").date == D


def test_near_miss_a_post_of_another_or_another_post() -> None:
    for nxt in (
        "وقال الفرطاسي، في تدوينة أخرى يوم 9 أكتوبر 2018، إن “البطالة تهدد السلم الأهلي”.",
        "وأكد والي الواحات منير الدهماني، في تدوينة على صفحته يوم 9 أكتوبر 2018، أن "
        "“البطالة تهدد السلم الأهلي”.",
    ):
        assert one(LEAD_SUMS + nxt, "خطوة إلى الوراء").date is None, nxt


HALL = (
    "احتضن قصر الثقافة بمدينة المرسى الجديدة، يوم الأربعاء 6 نوفمبر 2024، لقاء "
    "تشاوريا حول النقل الحضري.\n"
)


def test_subjectless_verb_after_an_event_lead_variants() -> None:
    for nxt in (
        "وأشار إلى أن «الحافلات الجديدة ستصل قبل الشتاء».",
        "وأوضحت أن «الحافلات الجديدة ستصل قبل الشتاء».",
        "كما شدد على أن «الحافلات الجديدة ستصل قبل الشتاء».",
    ):
        assert one(HALL + nxt, "الحافلات الجديدة").date == "2024-11-06", nxt


def test_near_miss_said_before_or_later_on() -> None:
    for nxt in (
        "وسبق أن أوضح أن «الحافلات الجديدة ستصل قبل الشتاء».",
        "وسبق وأن أوضحت أن «الحافلات الجديدة ستصل قبل الشتاء».",
        "وسبق أن أوضح مدير النقل أن «الحافلات الجديدة ستصل قبل الشتاء».",
        "وفي وقت لاحق، أوضح أن «الحافلات الجديدة ستصل قبل الشتاء».",
        "وفي وقت لاحق، أوضح مدير النقل أن «الحافلات الجديدة ستصل قبل الشتاء».",
    ):
        assert one(HALL + nxt, "الحافلات الجديدة").date is None, nxt


def test_near_miss_a_later_hearing_or_sabaqa_preceding() -> None:
    for nxt in (
        "وقرر المجلس تأجيل الحسم إلى جلسة لاحقة، وقال مدير النقل إن «الحافلات الجديدة "
        "ستصل قبل الشتاء».",
        "وسبق اللقاء اجتماع مع السائقين، وأوضح مدير النقل أن «الحافلات الجديدة ستصل قبل الشتاء».",
    ):
        assert one(HALL + nxt, "الحافلات الجديدة").date == "2024-11-06", nxt


def test_spaced_numeric_dates_variants() -> None:
    assert [d.iso for d in find_dates("الرباط / الأحد 9 - 6 - 2019 —")] == ["2019-06-09"]
    assert [d.iso for d in find_dates("صدر في 1 . 2 . 2019 بالجريدة")] == ["2019-02-01"]


# ---------------------------------------------------------------------------
# dev14b: "any" (أي) opening the object; the attention drawn; the words
# referred back to after an ellipsis; the post glued to بـ

T = "«لم أوقع على أي قرار من هذا النوع»"


def test_any_variants_hamzaless_shadda_inserted() -> None:
    for text, name in (
        (f"ونفى الوزير حاتم الزرقاني اي دور له في تأجيل المشروع، وقال: {T}.", "حاتم الزرقاني"),
        (f"ونفى النائب وسيم العتيبي أيّ علاقة له بالشركة، وقال: {T}.", "وسيم العتيبي"),
        (
            f"ونفى الوزير حاتم الزرقاني، في تصريح للصحفيين، أي دور له في تأجيل المشروع، وقال: {T}.",
            "حاتم الزرقاني",
        ),
    ):
        q = one(text, "لم أوقع")
        assert q.speaker == name, text
    q = one(f"ونفت المديرة أي تقصير من الإدارة، وقالت: {T}.", "لم أوقع")
    assert q.speaker == "المديرة"


def test_near_miss_a_name_opening_with_ay() -> None:
    for name in ("أيمن الطحان", "ايمن الطحان"):
        q = one(f"وقال الوزير {name}: {T}.", "لم أوقع")
        assert q.speaker == name
        assert q.role == "الوزير"


def test_any_feminine_ayya() -> None:
    # (fixed in rev14b, second session of 2026-12-05)
    q = one(f"ونفت الوزيرة نجلاء الصفدي أية مسؤولية لها عن الحادث، وقالت: {T}.", "لم أوقع")
    assert q.speaker == "نجلاء الصفدي"
    q = one(f"ونفى الناطق أية نية للانسحاب، وقال: {T}.", "لم أوقع")
    assert q.speaker == "الناطق"


B = 'وأكد الوزير سامي القدسي، في بيان له، أن "الخطة ماضية"، '


def test_attention_drawn_variants() -> None:
    for turn in (
        "ولفت الإنتباه إلى أن",  # (its hamza misplaced)
        "لافتا الانتباه إلى أن",
        "ولفت انتباه الحضور إلى أن",
        "ولفت الأنظار إلى أن",
        "فلفت الانتباه إلى أن",
    ):
        q = one(B + turn + ' الشركات "تعمل دون رقابة كافية".', "تعمل دون رقابة")
        assert q.speaker == "سامي القدسي", turn
        assert q.role == "الوزير", turn
    text = (
        'وأكدت الوزيرة سعاد البناني، في بيان لها، أن "الخطة ماضية"، ولفتت الانتباه '
        'إلى أن الشركات "تعمل دون رقابة كافية".'
    )
    assert one(text, "تعمل دون رقابة").speaker == "سعاد البناني"


def test_near_miss_a_woman_subject_after_lafatat() -> None:
    q = one('ولفتت مديرة المدرسة رنا الحايك إلى أن "المبنى يحتاج إلى ترميم".', "المبنى يحتاج")
    assert q.speaker == "رنا الحايك"
    assert q.role == "مديرة المدرسة"


def test_attention_drawn_plural() -> None:
    # (passes since kw18b: a broken plural of a title with its plural
    # adjective, "النواب المعارضون", is a group a plural verb takes up)
    text = (
        'وأكد النواب المعارضون في بيان مشترك أن "الخطة فاشلة"، ولفتوا الانتباه إلى أن '
        'الشركات "تعمل دون رقابة كافية".'
    )
    assert one(text, "تعمل دون رقابة").speaker == "النواب المعارضون"


WIN = "انتهت الانتخابات البلدية بفوز القائمة المستقلة.\n\n"


def test_back_reference_after_dots_variants() -> None:
    for dots in ("...", "…", ".."):
        text = (
            WIN + f"«سنعمل لأجل كل سكان المدينة»{dots} بهذه الكلمات علق المرشح باسل "
            "القاضي على فوزه.\n"
        )
        q = one(text, "سنعمل لأجل")
        assert q.speaker == "باسل القاضي", dots
    for back in ("بهذه العبارات عبرت", "هكذا علقت"):
        text = WIN + f"«سنعمل لأجل كل سكان المدينة».. {back} المرشحة هند الراشدي عن فوزها.\n"
        q = one(text, "سنعمل لأجل")
        assert q.speaker == "هند الراشدي", back
        assert q.role == "المرشحة", back


@pytest.mark.xfail(
    reason="dev14b (625ebfe7): a comma after the words' adjective, before the verb "
    "('بهذه الكلمات البسيطة، علقت X') should still refer back",
    strict=True,
)
def test_back_reference_with_a_comma_before_the_verb() -> None:
    text = (
        WIN + "«سنعمل لأجل كل سكان المدينة».. بهذه الكلمات البسيطة، علقت المرشحة هند "
        "الراشدي على فوزها.\n"
    )
    assert one(text, "سنعمل لأجل").speaker == "هند الراشدي"


def test_post_glued_to_ba_variants() -> None:
    first = "وكتب الناشط طارق الحسيني على حسابه: “اليوم يوم فرح للعائلات”.\n"
    for nxt in ("وأضاف بمنشور آخر", "ثم أضاف بتدوينة ثانية", "وأضاف بتصريح لاحق:"):
        text = first + nxt + " “أشكر كل من ساندنا في هذه المحنة الطويلة”.\n"
        q = one(text, "أشكر كل من")
        assert q.speaker == "طارق الحسيني", nxt


def test_near_miss_welcoming_a_statement_keeps_the_woman_subject() -> None:
    text = 'ورحبت الوزيرة لمى الخطيب ببيان الاتحاد، وقالت: "هذه خطوة في الاتجاه الصحيح".'
    q = one(text, "هذه خطوة")
    assert q.speaker == "لمى الخطيب"
    assert q.role == "الوزيرة"


# ---------------------------------------------------------------------------
# dev14a: من after a bare title; sermons and lectures; two posts in commas

W = "«المرحلة المقبلة ستكون صعبة على الجميع»"


def test_from_after_a_bare_title_variants() -> None:
    for text, speaker in (
        (f"وحذرت الوزيرة من تنامي الجريمة والتهريب، مشيرة إلى أن {W}.", "الوزيرة"),
        (f"وحذر وزير الداخلية من تنامي الجريمة والتهريب، مؤكدا أن {W}.", "وزير الداخلية"),
        (f"وحذر النواب من تنامي الجريمة والتهريب، مشيرين إلى أن {W}.", "النواب"),
        (f"واشتكى رئيس الجمعيه من تاخر صرف المنح قائلا ان {W}.", "رئيس الجمعيه"),
        (
            f"وحذر المحافظ، في ختام الاجتماع، من تنامي الجريمة والتهريب، مشيرا إلى أن {W}.",
            "المحافظ",
        ),
    ):
        assert one(text, "المرحلة المقبلة").speaker == speaker, text


def test_near_miss_from_a_body_or_a_place_feminine() -> None:
    q = one(f"وقالت مسؤولة من وزارة الفلاحة إن {W}.", "المرحلة المقبلة")
    assert q.speaker == "مسؤولة من وزارة الفلاحة"
    q = one(f"وترى المزارعة القادمة من جندوبة سلوى الدريدي أن {W}.", "المرحلة المقبلة")
    assert same_name(q.speaker, "سلوى الدريدي")
    q = one(f"وقال عضو الوفد من حركة التجديد رامي الشابي إن {W}.", "المرحلة المقبلة")
    assert same_name(q.speaker, "رامي الشابي")


def test_sermon_lecture_intervention_variants() -> None:
    for text, speaker in (
        (f"وقالت الأستاذة في محاضرة ألقتها بكلية الآداب: {W}.", "الأستاذة"),
        (f"وقال النائب في مداخلة له أمام البرلمان: {W}.", "النائب"),
        (f"وقال الامام في خطبه الجمعة: {W}.", "الامام"),
    ):
        assert one(text, "المرحلة المقبلة").speaker == speaker, text
    q = one(f"وقال الإمام يوسف الحداد في خطبة الجمعة: {W}.", "المرحلة المقبلة")
    assert q.speaker == "يوسف الحداد"
    assert q.role == "الإمام"


def test_a_lesson_ends_the_phrase() -> None:
    # (fixed in rev14b, second session of 2026-12-05)
    q = one(f"وقال الشيخ في درس ألقاه بالمسجد الكبير: {W}.", "المرحلة المقبلة")
    assert q.speaker == "الشيخ"


S = "«الحدود آمنة ولن نسمح بأي تجاوز»"


def test_two_posts_in_commas_variants() -> None:
    for text, name in (
        (
            f"قالت نائبة وزير الصحة، مديرة المستشفى الجامعي، الدكتورة ليلى المنصوري إن {S}.",
            "ليلى المنصوري",
        ),
        (f"وقال مساعد وزير الخارجية، المتحدث باسم الوزارة، كمال الفاسي، إن {S}.", "كمال الفاسي"),
        (
            f"وأضاف نائب رئيس الأركان، قائد القوات الجوية، الفريق سالم العنزي، أن {S}.",
            "سالم العنزي",
        ),
        (
            f"وقال نائب وزير الداخليه، قائد الحرس الوطني، اللواء مراد الزغلامي ان {S}.",
            "مراد الزغلامي",
        ),
    ):
        assert same_name(one(text, "الحدود آمنة").speaker, name), text


def test_near_miss_two_posts_no_name_feminine() -> None:
    q = one(f"وقالت نائبة وزير الصحة، مديرة المستشفى سابقا، إن {S}.", "الحدود آمنة")
    assert q.speaker == "نائبة وزير الصحة"


# ---------------------------------------------------------------------------
# dev14s: colon then أنّ; a name in marks; ودعى; واستكمل; a long occasion

R = "الوضع الأمني مستقر تماما في المحافظات الشمالية منذ أسابيع"


def test_colon_then_anna_variants() -> None:
    for text in (
        f"وقالت العقيد سهى الدباغ في مؤتمر صحفي: أن {R}.",
        f"وأكد الناطق باسم الجيش في بيان: أن {R}.",
        f"وقال المسؤولون في مؤتمر صحفي: أنهم يعتبرون {R}.",
        f"وقال العقيد فارس الدباغ: أنّ {R}.",
    ):
        assert quotes_of(text) == [], text


def test_near_miss_colon_then_first_person_words_with_hamza() -> None:
    for said in (
        "أنجزنا المرحلة الأولى من الخطة بنجاح",
        "أنا مسؤول عن كل ما جرى في المرحلة الأولى",
        "أنتم أبطال هذه المرحلة الأولى من الخطة",
    ):
        q = one(f"وقال العقيد فارس الدباغ: {said}.", "المرحلة الأولى")
        assert q.speaker == "فارس الدباغ", said
    q = one(f"وقالت العقيد سهى الدباغ في مؤتمر صحفي: إن {R}.", "مستقر تماما")
    assert q.speaker == "سهى الدباغ"


def test_name_in_marks_then_the_occasion_variants() -> None:
    assert quotes_of("وقال «سالم بن حمدان» في رسالة بمناسبة العام الدراسي الجديد.") == []
    assert quotes_of('وقالت "هدى بنت راشد" خلال كلمتها في حفل التخرج بالعاصمة.') == []


def test_name_in_marks_speaks_the_words_after_the_colon() -> None:
    # (passes since the second session of 2026-12-05's later commits: no xfail)
    text = 'وأكد "ناصر العلي" في تدوينة على صفحته: "المدارس جاهزة لاستقبال الطلاب في موعدها".'
    assert one(text, "المدارس جاهزة").speaker == "ناصر العلي"


@pytest.mark.xfail(
    reason="dev14s (bb43d0eb): words in marks opening with a future verb (سنواصل، "
    "سيتم) are words said, no name, as those opening with a negation or a present verb",
    strict=True,
)
def test_near_miss_words_in_marks_opening_with_a_future_verb() -> None:
    assert [q.text for q in quotes_of('وقال "سنواصل العمل" في بيان صدر مساء الأحد.')] == [
        "سنواصل العمل"
    ]
    assert [q.text for q in quotes_of('وقال "سيتم فتح الطريق" في بيان صدر مساء الأحد.')] == [
        "سيتم فتح الطريق"
    ]


OPEN = "افتحوا أبوابكم للزوار .. المدينة تنتظركم"


def test_unmarked_words_end_at_the_narrators_called_on_feminine() -> None:
    text = (
        f"قالت المحافظة رنا العتيبي مخاطبة أهالي المدينة: {OPEN} ، ودعت التجار إلى "
        "خفض الأسعار خلال الموسم."
    )
    assert one(text, "افتحوا أبوابكم").text == OPEN


def test_unmarked_words_end_at_fada_misspelt() -> None:
    # (fixed in rev14b, second session of 2026-12-05)
    text = (
        f"قال المحافظ رامز العتيبي مخاطبا أهالي المدينة: {OPEN} ، فدعى التجار إلى "
        "خفض الأسعار خلال الموسم."
    )
    assert one(text, "افتحوا أبوابكم").text == OPEN


L = "كل ما يقال عن نقص الأسمدة في الأسواق كلام لا أساس له"


def test_istakmala_variants() -> None:
    q = one(f"وقال وزير الري عماد الشناوي: نتابع الموقف يوميا.\nفاستكمل: {L}.", "نقص الأسمدة")
    assert q.text == L
    assert q.speaker == "عماد الشناوي"
    q = one(f"وقال أعضاء اللجنة: نتابع الموقف يوميا.\nواستكملوا: {L}.", "نقص الأسمدة")
    assert q.text == L
    q = one(
        f"وقال وزير الري عماد الشناوي: «نتابع الموقف يوميا».\nواستكمل الشناوي «{L}».",
        "نقص الأسمدة",
    )
    assert q.speaker == "عماد الشناوي"


def test_guillemets_spaced_inside_curly_quotes_nest() -> None:
    said = (
        "لا أظن أن العقيد « سالم البرغوثي » يرغب في خوض الانتخابات المقبلة لأن مهمته حماية الحدود"
    )
    assert one(f"وأضاف الكيلاني: “{said}”.", "حماية الحدود").text == said


def test_long_occasion_right_after_the_verb_variants() -> None:
    for opening in (
        "وقالت على هامش فعاليات المعرض الزراعي الذي افتتح اليوم في مدينة الواحات "
        "الجديدة للإعلان عن خطة الموسم الزراعي المقبل :",
        "وأضاف خلال الندوة التي نظمتها الجمعية الوطنية للمزارعين صباح اليوم في قاعة "
        "المؤتمرات الكبرى بالعاصمة حول مستقبل الزراعة:",
        "وقالوا خلال الوقفة الاحتجاجية التي نظموها صباح اليوم أمام مقر الوزارة في "
        "العاصمة للمطالبة بصرف مستحقاتهم المتأخرة:",
    ):
        assert one(f"{opening} {L}.", "نقص الأسمدة").text == L, opening


# ---------------------------------------------------------------------------
# kw16a: the verb's object after a name; a body's short name in marks; a
# bare name after the outlet told

K = "«لن نسمح بتكرار ما حدث مهما كلف الأمر»"


def test_object_after_a_post_variants() -> None:
    for text, name, role in (
        (
            f"وأكدت العقيد منى الكعبي مديرة دائرة الجوازات نجاح الخطة، وقالت: {K}.",
            "منى الكعبي",
            "العقيد، مديرة دائرة الجوازات",
        ),
        (
            f"واعلن العقيد وائل الفارسي مدير الدفاع المدني انتهاء التفتيش، وقال: {K}.",
            "وائل الفارسي",
            "العقيد، مدير الدفاع المدني",
        ),
        (
            f"وأعلن اللواء وائل الفارسي قائد حرس الحدود بدء حملة واسعة، وقال: {K}.",
            "وائل الفارسي",
            "اللواء، قائد حرس الحدود",
        ),
        (
            f"وأعلن العقيد سامر الحربي مدير شرطة المنطقة توقيف ثلاثة مشتبه بهم، وقال: {K}.",
            "سامر الحربي",
            "العقيد، مدير شرطة المنطقة",
        ),
    ):
        q = one(text, "لن نسمح")
        assert (q.speaker, q.role) == (name, role), text


def test_incident_after_a_name_variants() -> None:
    for text in (
        f"واستنكرت وزيرة العدل هالة الطرابلسي مجزرة حي الزيتون، وقالت: {K}.",
        f"وندد وزير العدل نبيل الطرابلسي بهجوم حي الزيتون، وقال: {K}.",
        f"وأدان وزير العدل نبيل الطرابلسي مذبحة حي الزيتون، وقال: {K}.",
        f"واستنكر وزير العدل نبيل الطرابلسي اغتيال الصحفي، وقال: {K}.",
    ):
        assert one(text, "لن نسمح").speaker.split()[-1] == "الطرابلسي", text
    q = one(f"وقالت رئيسة لجنة التحقيق في مجزرة السوق المركزي هالة الطرابلسي: {K}.", "لن نسمح")
    assert q.role == "رئيسة لجنة التحقيق في مجزرة السوق المركزي"


def test_short_name_in_marks_and_outlet_told_variants() -> None:
    for text in (
        f"وقالت رئيسة حزب النهضة المدنية، «نهضة»، فاطمة الزيادي، إن {K}.",
        f"وقال رئيس حزب النهضة المدنية، “نهضة”، فاطمة الزيادي، إن {K}.",
        f"وقال الأمين العام لحركة الشباب الديمقراطي، «شباب»، فاطمة الزيادي، إن {K}.",
        f"وقالت للصحفيين فاطمة الزيادي إن {K}.",
        f"وقالت لقناة «فرانس 24» فاطمة الزيادي إن {K}.",
        f"وقال لـ«القدس العربي» فاطمة الزيادي إن {K}.",
    ):
        assert one(text, "لن نسمح").speaker == "فاطمة الزيادي", text
    assert one(f"وقالت للصحفيين مساء أمس إن {K}.", "لن نسمح").speaker is None


# ---------------------------------------------------------------------------
# kw16b: an unclosed mark after a stance or an outlet; a second paragraph;
# an exclamation mark inside the words

U = "القرار الذي اتخذته الإدارة دون الرجوع إلى المزارعين وممثليهم في لجان الري والتعويضات"


def test_unclosed_mark_after_a_stance_variants() -> None:
    q = one(f'وأعربت وزيرة الموارد المائية سهى الكرمي عن ترحيبها بـ"{U}.', "دون الرجوع")
    assert (q.text, q.speaker) == (U, "سهى الكرمي")
    q = one(f'وأعلن نواب المعارضة رفضهم لـ"{U}.', "دون الرجوع")
    assert q.text == U
    q = one(f"وأعلن رئيس اتحاد المزارعين نبيل القصاب رفضه لـ«{U}.", "دون الرجوع")
    assert q.text == U


def test_near_miss_unclosed_mark_after_her_visit() -> None:
    text = (
        'وأعلنت رئيسة الاتحاد نوال القصاب في زيارتها لـ"مدينة الصناعات الثقيلة التي '
        "أقيمت قبل عقدين في جنوب الإقليم."
    )
    assert quotes_of(text) == []


def test_unclosed_mark_after_a_denunciation() -> None:
    q = one(f'وجدد رئيس اتحاد المزارعين نبيل القصاب تنديده بـ"{U}.', "دون الرجوع")
    assert q.text == U


V = "الحكومة ستصرف الرواتب المتأخرة للمعلمين قبل نهاية الشهر الجاري"


def test_unclosed_words_after_an_outlet_variants() -> None:
    for text in (
        f'وقالت وزيرة التربية سلمى الخوري لـ"المنارة""{V}.',
        f"وقالت وزيرة التربية سلمى الخوري لـ«المنارة» «{V}.",
        f'وقالت وزيرة التربية سلمى الخوري لقناة "المنارة" "{V}.',
        f'وقالت وزيرة التربية سلمى الخوري لموقع "المنارة"، "{V}.',
    ):
        q = one(text, "ستصرف الرواتب")
        assert (q.text, q.speaker) == (V, "سلمى الخوري"), text


PORT = "ستنطلق أعمال توسعة الميناء الجنوبي في الربيع المقبل بتمويل من صندوق التنمية"


def test_second_paragraph_pronoun_variants() -> None:
    text = (
        f"وقالت وزيرة الأشغال سلمى الدباغ:\n\n{PORT}.\n\nفنحن عازمون على تسليم الأرصفة "
        "الجديدة قبل موسم الحصاد، ولن نقبل أي تأخير.\n"
    )
    assert one(text, "عازمون على تسليم").speaker == "سلمى الدباغ"
    text = (
        f"وقال وزير الأشغال سامي الدباغ: “{PORT}.”\n\nونحن عازمون على تسليم الأرصفة "
        "الجديدة قبل موسم الحصاد، ولن نقبل أي تأخير.\n"
    )
    assert one(text, "عازمون على تسليم").speaker == "سامي الدباغ"


def test_exclamation_inside_the_words_variants() -> None:
    text = 'وأكدت النائبة منى الحداد أن"التغيير قادم لا محالة !! ومن يراهن على عودة الماضي "خاسر".'
    assert one(text, "قادم لا محالة").text.endswith('"خاسر')


@pytest.mark.xfail(
    reason="kw16b (f413985b): a question mark is the speaker's too, as the exclamation "
    "mark: the words should run over it to the closer",
    strict=True,
)
def test_question_mark_inside_the_words() -> None:
    text = 'وأكدت النائبة منى الحداد أن"التغيير قادم لا محالة ؟ ومن يراهن على عودة الماضي "خاسر".'
    assert one(text, "قادم لا محالة").text.endswith('"خاسر')


# ---------------------------------------------------------------------------
# dev14d: a dateline run into an event lead, its weekday before the event

WIRE = (
    "الرباط 10 ديسمبر 2019 (وكالات) - في مدينة الساقية، يوم السبت {when}، {occasion} "
    "مئات من الطلبة، استعرض هشام الوزاني، رئيس جمعية الغد، برنامج الجمعية.\n"
    "وقال الوزاني إن «التعليم أولويتنا الأولى»."
)


def test_wire_lead_weekday_variants() -> None:
    for when, occasion in (
        ("المنصرم", "خلال لقاء مع"),
        ("الفائت", "خلال لقاء مع"),
        ("الماضي", "خلال محاضرة ألقاها أمام"),
    ):
        text = WIRE.format(when=when, occasion=occasion)
        assert one(text, "التعليم أولويتنا").date == "2019-12-07", (when, occasion)


def test_near_miss_wire_lead_weekday_to_come() -> None:
    text = WIRE.format(when="القادم", occasion="خلال لقاء مع")
    assert one(text, "التعليم أولويتنا").date != "2019-12-14"


# ---------------------------------------------------------------------------
# later rules of the session (dev14a, dev14b, dev14s, kw16a), their authors
# still at work: variants and near misses, and xfail what they miss

X = "«المرحلة المقبلة ستكون صعبة على الجميع»"


def test_second_object_of_considered_variants() -> None:
    for text, name in (
        (
            "ونوهت وزيرة الصحة سعاد الغرياني بحملة اللقاحات التي اعتبرتها السلاح "
            f"الأنجع ضد الوباء، وقالت {X}.",
            "سعاد الغرياني",
        ),
        (
            "ونوه وزير الصحة فريد الغرياني بحملة اللقاحات التي اعتبرها السلاح الانجع "
            f"ضد الوباء، وقال {X}.",
            "فريد الغرياني",
        ),
        (
            f"وأشاد وزير الصحة فريد الغرياني بالقرار الذي اعتبره الخطوة الأهم هذا العام، وقال {X}.",
            "فريد الغرياني",
        ),
    ):
        assert same_name(one(text, "المرحلة المقبلة").speaker, name), text
    text = "وتحدثت النائبة عن الإجراءات التي اعتبرتها الوزيرة «خطوة أولى نحو إصلاح شامل»."
    assert one(text, "خطوة أولى").speaker == "الوزيرة"


def test_second_object_of_described_it() -> None:
    text = f"وأشاد وزير الصحة فريد الغرياني بالإجراءات التي وصفها الحل الأمثل للأزمة، وقال {X}."
    assert same_name(one(text, "المرحلة المقبلة").speaker, "فريد الغرياني")


def test_appears_variants() -> None:
    for text, name in (
        (
            "قال كريم الفاسي، رئيس حزب الأمل، إن المواطنين أمام امتحان صعب، فيظهر صبرهم "
            "عند المحن، متابعًا: ننتظر إقبالا واسعا على صناديق الاقتراع.",
            "كريم الفاسي",
        ),
        (
            "قالت سلمى الفاسي، رئيسة حزب الأمل، إن المواطنين أمام امتحان صعب، إذ تظهر "
            "قوتهم عند المحن، متابعةً: ننتظر إقبالا واسعا على صناديق الاقتراع.",
            "سلمى الفاسي",
        ),
    ):
        assert one(text, "ننتظر إقبالا").speaker == name, text
    q = one('وتظهر وثيقة مسربة أن الوزير "كان يخشى انهيار التحالف".', "كان يخشى")
    assert q.speaker == "وثيقة مسربة"


def test_relative_words_after_a_stance_verb_variants() -> None:
    for text in (
        'هاجمت رئيسة البلدية سلمى الخطيب أصحاب المحلات، الذين "يرفعون الأسعار عمدا".',
        "انتقد رئيس البلدية سلمى الخطيب أصحاب المحلات، الذين «يرفعون الأسعار عمدا».",
        'انتقد رئيس البلدية سلمى الخطيب أصحاب المحلات الذين "يرفعون الأسعار عمدا".',
    ):
        q = one(text, "الأسعار عمدا")
        assert (q.text, q.speaker) == ("يرفعون الأسعار عمدا", "سلمى الخطيب"), text


Y = "«لن نسمح بتكرار ما حدث مهما كلف الأمر»"


def test_several_of_a_plural_variants() -> None:
    for text, speaker in (
        (f"وقالت عده منظمات حقوقية ان {Y}.", "عده منظمات حقوقية"),
        (f"فيما قالت عدة جمعيات أهلية إن {Y}.", "عدة جمعيات أهلية"),
    ):
        q = one(text, "لن نسمح")
        assert (q.speaker, q.role) == (speaker, None), text
    q = one(f"وأكد المحتجون تمسكهم بمطالبهم، وقالوا إن {Y}.", "لن نسمح")
    assert q.speaker == "المحتجون"
    text = f"وقال الوزير رامي الكبيسي: «سنواصل العمل». وقال مؤتمرا صحفيا: {Y}."
    assert one(text, "لن نسمح").speaker == "رامي الكبيسي"


def test_some_of_the_residents_has_no_role() -> None:
    # (passes since the second session of 2026-12-05's later commits: no xfail)
    q = one(f"وأكد بعض السكان أن {Y}.", "لن نسمح")
    assert (q.speaker, q.role) == ("بعض السكان", None)


def test_their_after_a_feminine_plural_of_workers() -> None:
    # kw16a (20e369c7) left it as a strict xfail; passes since kw22b: the
    # women workers in ات are a group (words._PERSON_SINGULARS)
    q = one(f"وجددت العاملات رفضهن للاتفاق، وقلن إن {Y}.", "لن نسمح")
    assert q.speaker == "العاملات"


def test_event_lead_under_a_levantine_page_date() -> None:
    # the page's date and the lead's day in the Levantine month names
    text = (
        "10 كانون الأول 2019\n"
        "في مدينة الساقية، يوم السبت 8 كانون الأول، خلال محاضرة ألقاها أمام مئات من "
        "الطلبة، استعرض هشام الوزاني، رئيس جمعية الغد، برنامج الجمعية.\n"
        "وقال الوزاني إن «التعليم أولويتنا الأولى»."
    )
    assert one(text, "التعليم أولويتنا").date == "2019-12-08"


def test_star_of_a_club_variants() -> None:
    for text, name, role in (
        (
            'اكد سامح العدلي نجم الاهلي السابق ان "الفريق يحتاج إلى صفقات جديدة".',
            "سامح العدلي",
            "نجم الاهلي السابق",
        ),
        (
            'وقال يوسف البقالي نجم الوداد البيضاوي إن "الفريق يحتاج إلى صفقات جديدة".',
            "يوسف البقالي",
            "نجم الوداد البيضاوي",
        ),
    ):
        q = one(text, "الفريق يحتاج")
        assert (q.speaker, q.role) == (name, role), text
    q = one('وقالت سلوى نجم الدين إن "الفريق يحتاج إلى صفقات جديدة".', "الفريق يحتاج")
    assert (q.speaker, q.role) == ("سلوى نجم الدين", None)


P5 = "قال وزير الصحة فريد الغرياني إن «الوضع تحت السيطرة». "


def test_verb_name_object_then_colon_variants() -> None:
    for nxt in (
        f"ودق الغرياني ناقوس الخطر قائلا: {X}.",
        f"واطلق الغرياني صيحة فزع بهذه العبارات: {X}.",
        f"ووجه الغرياني رسالة إلى المواطنين: {X}.",
    ):
        assert same_name(one(P5 + nxt, "المرحلة المقبلة").speaker, "فريد الغرياني"), nxt
    fem = "قالت وزيرة الصحة سعاد الغرياني إن «الوضع تحت السيطرة». "
    q = one(fem + f"ودقت الغرياني ناقوس الخطر بهذه الكلمات: {X}.", "المرحلة المقبلة")
    assert same_name(q.speaker, "سعاد الغرياني")
    q = one(fem + f"\nسعاد الغرياني للصحفيين: {X}.", "المرحلة المقبلة")
    assert q.speaker == "سعاد الغرياني"


@pytest.mark.xfail(
    reason="dev14a (f64f2694): after a bare title the verb's object before the colon "
    "(ودق الوزير ناقوس الخطر بهذه الكلمات:) is read as the holder's name; it should end "
    "the phrase, the title taken up by the minister named before",
    strict=True,
)
def test_verb_title_object_then_colon() -> None:
    q = one(P5 + f"ودق الوزير ناقوس الخطر بهذه الكلمات: {X}.", "المرحلة المقبلة")
    assert same_name(q.speaker, "فريد الغرياني")


def test_headline_run_into_a_caption_feminine() -> None:
    text = (
        "وزيرة مالية حكومة الإنقاذ لا تستبعد رفع الضرائب: الوضع صعب جدا وزيرة المالية "
        "في حكومة الإنقاذ، رنا الساعدي كتب : وكالات قالت وزيرة المالية في حكومة "
        "الإنقاذ، رنا الساعدي، إن الوضع صعب."
    )
    assert one(text, "الوضع صعب جدا").text == "الوضع صعب جدا"


# ---------------------------------------------------------------------------
# dev14s: a long titled subject with no comma up to the colon

Z = "كل ما يتردد عن نقص المياه شائعات لا أساس لها"


def test_long_titled_subject_then_colon_variants() -> None:
    for opening in (
        "وقالت الدكتورة هناء فوزي نائبة رئيس الحكومة ووزيرة الري والموارد المائية في "
        "الحكومة الجديدة:",
        "وأضاف الأستاذ طارق فوزي أستاذ الموارد المائية بكلية الزراعة في جامعة الواحات الجديدة:",
        "وقال المهندس طارق فوزي رئيس الهيئة العامة لمياه الشرب والصرف الصحي بمحافظة "
        "الواحات الجديدة:",
    ):
        assert one(f"{opening} {Z}.", "نقص المياه").text == Z, opening


def test_near_miss_long_titled_subject_then_a_list_feminine() -> None:
    text = (
        "وزارت الدكتورة هناء فوزي نائبة رئيس الحكومة ووزيرة الري في الحكومة الجديدة "
        "ثلاث محافظات: أسوان والأقصر وقنا والبحر الأحمر ومطروح."
    )
    assert quotes_of(text) == []


def test_long_titled_subject_after_akkada() -> None:
    text = (
        "وأكد المهندس طارق فوزي رئيس الهيئة العامة لمياه الشرب والصرف الصحي بمحافظة "
        f"الواحات الجديدة: {Z}."
    )
    assert one(text, "نقص المياه").text == Z
