"""Roles in real news, development sets r1-r3 (dev12c, eighth session of
2026-12-04).

A headline's description gives way to the lead's when both are as long: a
first line of a few words with no full stop at its end ("رئيس تونس قيس
سعيد") names a person with a post, and the lead names him again with a
post of as many words ("حث الرئيس التونسي قيس سعيد …"): the lead's post
is his role (before, the headline's, the first met). Only the lead's first
description counts, and only when it is as long as the headline's: a
shorter one ("التقى الوزير X") leaves the headline's, a longer one won
already. Not a first line that ends with a full stop (a sentence, not a
headline), nor two descriptions both in the body: the first stays.

A definite title and a family name with the article, quoted before the
person is named in full ("الرئيس النعيمي: «…»" a headline, then "أعلن
الرئيس السوداني حامد النعيمي …"), is that person, named a few sentences
later with that name last and a post of the same title: his name and post
(before, "الرئيس النعيمي" spoke, with that for its role, the family name
read as an adjective of the post). Not a title and an adjective when the
person named later has another family name, nor a person with that family
name and a post of another title.

A post told after the name with no comma keeps its genitive glued to لـ
when that is a broken plural فعول or a noun in ة before a definite word,
after the body's adjective ("X رئيس المرصد اليمني لحقوق الإنسان إن",
"X رئيسة المنظمة العربية لحرية الصحافة إن"), as it does after a title
before the name (before, the post ended at the adjective). Not an outlet
spoken to ("… لصحيفة الشروق إن"), nor such a noun before an indefinite
word ("… لحظة وصولها").

A verbal noun of a derived form glued to لـ after a post told after the
name, before an indefinite word that no definite genitive follows ("عاد
X الأمين العام لحزب النهضة لإطلاق تصريحات نارية"), is the purpose of the
clause's verb and ends the post (before, the post ran on into it). Not a
body's purpose before a definite word ("رئيس الهيئة الوطنية لمكافحة
الفساد"), nor one whose complement ends the phrase ("المنسق الأممي لإعمار
غزة إن", a place).

A body glued to لـ in a title, its name in marks, then an adjective
("قال الرئيس السابق لحزب «الأمل» المعارض X Y إن", "وقال الأمين العام
لحزب «الأمل» المعارض إن"): the marks hold the body's name, the adjective
is the body's, and the name after them the holder's (before, the opening
mark was read as a noun in construct, and the closing mark and the
adjective became the speaker, «"»). Not an outlet in marks ("المدير العام
لقناة «…»"), read as before.

A post told after the name and ended by "former" (السابق, السابقة,
الأسبق) stays open for a body glued to لـ, its name bare or in marks ("X
الرئيس السابق لحزب «الأمل» المعارض إن", "X الأمينة العامة السابقة لنقابة
الصحفيين إن"), as it did after a nisba or "العام" (before, the post ended
at "former", the body read as the one spoken to); a body's name in marks
after لـ keeps the post open after those words too ("X الأمين العام
لحركة «الأمل» إن"). Not an outlet ("X الوزير السابق لقناة الجزيرة إن",
"… لصحيفة «الشروق»"): the one spoken to.

A post, an article or a recording (تدوينة, منشور, مقال, تسجيل, فيديو,
تصريح) with its author glued to لـ, after at most one indefinite
adjective ("«…»، حسب تدوينة لX Y", "حسب نص تدوينة مطولة لولد X") is the
author's: he speaks (before, "تدوينة لX Y" was read as a person's name,
which also kept a later "ولد X" from the person named in full before).
Not an outlet or a bare title after لـ ("حسب تصريح لقناة الجزيرة"), as
before.

The feminine elative in ا of a body's name (العليا, الدنيا) keeps a post
told after the name open for its genitive glued to لـ, as a nisba does ("X
رئيس اللجنة العليا لحقوق الإنسان إن", "X عضو الهيئة العليا لحركة الأمل
إن"; before, the post ended at العليا). Not an outlet after it ("… العليا
لقناة الجزيرة إن"): the one spoken to.
"""

from __future__ import annotations

from tests.extraction.helpers import one

LEAD = (
    "\n\nحث الرئيس التونسي قيس سعيد اليوم الأحد، النقابات على الحوار مع الحكومة. "
    "جاء ذلك في كلمة ألقاها بمناسبة عيد الشغل.\n\n"
    'وقال سعيد: "أدعو كل الأطراف إلى تغليب مصلحة الوطن على كل الحسابات الضيقة".'
)


def test_lead_description_over_the_headline() -> None:
    q = one("رئيس تونس قيس سعيد" + LEAD, "أدعو كل الأطراف")
    assert q.speaker == "قيس سعيد"
    assert q.role == "الرئيس التونسي"


def test_lead_description_over_a_headline_with_the_family_name() -> None:
    q = one("رئيس تونس سعيد يدعو إلى الحوار" + LEAD, "أدعو كل الأطراف")
    assert q.speaker == "قيس سعيد"
    assert q.role == "الرئيس التونسي"


def test_near_miss_first_line_is_a_sentence() -> None:
    q = one("رئيس تونس قيس سعيد يدعو النقابات إلى الحوار." + LEAD, "أدعو كل الأطراف")
    assert q.speaker == "قيس سعيد"
    assert q.role == "رئيس تونس"


def test_near_miss_both_descriptions_in_the_body() -> None:
    q = one(
        "حث رئيس تونس قيس سعيد اليوم الأحد، النقابات على الحوار مع الحكومة. وقال الرئيس "
        'التونسي قيس سعيد في كلمة بالمناسبة: "أدعو كل الأطراف إلى تغليب مصلحة الوطن".',
        "أدعو كل الأطراف",
    )
    assert q.role == "رئيس تونس"


def test_near_miss_shorter_lead_description_keeps_the_headline() -> None:
    q = one(
        "وزير خارجية المغرب ناصر بوريطة\n\nالتقى الوزير ناصر بوريطة اليوم نظيره الموريتاني "
        'في الرباط.\n\nوقال بوريطة: "العلاقات بين البلدين تعيش أفضل مراحلها منذ سنوات".',
        "العلاقات بين",
    )
    assert q.speaker == "ناصر بوريطة"
    assert q.role == "وزير خارجية المغرب"


def test_near_miss_only_the_lead_first_description() -> None:
    q = one(
        "رئيس تونس قيس سعيد"
        + LEAD
        + '\n\nوأضاف رئيس الدولة قيس سعيد: "الحوار هو الطريق الوحيد للخروج من الأزمة".',
        "الحوار هو الطريق",
    )
    assert q.role == "الرئيس التونسي"


HEAD = "«النقابات مطالبة بالحوار مع الحكومة»"
LEAD2 = "\n\nأعلن الرئيس {} أن النقابات مطالبة بالحوار دون شروط مسبقة."


def test_title_and_family_name_before_the_full_name() -> None:
    q = one(f"الرئيس النعيمي: {HEAD}" + LEAD2.format("السوداني حامد النعيمي"), "النقابات مطالبة")
    assert q.speaker == "حامد النعيمي"
    assert q.role == "الرئيس السوداني"
    q = one(
        f"وقال الرئيس الحريري إن {HEAD}. وكان الرئيس اللبناني سعد الحريري قد التقى الوفد أمس.",
        "النقابات مطالبة",
    )
    assert q.speaker == "سعد الحريري"
    assert q.role == "الرئيس اللبناني"


def test_near_miss_title_and_adjective_or_another_post() -> None:
    q = one(f"الرئيس الفرنسي: {HEAD}" + LEAD2.format("الأمريكي جو بايدن"), "النقابات مطالبة")
    assert q.speaker == "الرئيس الفرنسي"
    q = one(
        f"الرئيس النعيمي: {HEAD}\n\nأعلن وزير الخارجية السوداني حامد النعيمي أن النقابات مطالبة "
        "بالحوار دون شروط مسبقة.",
        "النقابات مطالبة",
    )
    assert q.speaker == "الرئيس النعيمي"


Z = ' إن "الوضع خطير جدا في السجون".'


def test_post_after_name_keeps_its_lam_genitive() -> None:
    q = one("قال سامي الخطيب رئيس المرصد اليمني لحقوق الإنسان" + Z, "الوضع خطير")
    assert q.speaker == "سامي الخطيب"
    assert q.role == "رئيس المرصد اليمني لحقوق الإنسان"
    q = one("وقالت ليلى المنصوري رئيسة المنظمة العربية لحرية الصحافة" + Z, "الوضع خطير")
    assert q.speaker == "ليلى المنصوري"
    assert q.role == "رئيسة المنظمة العربية لحرية الصحافة"


def test_near_miss_outlet_or_time_after_the_post() -> None:
    q = one("قال سامي الخطيب رئيس الجمعية الوطنية لصحيفة الشروق" + Z, "الوضع خطير")
    assert q.speaker == "سامي الخطيب"
    assert q.role == "رئيس الجمعية الوطنية"
    q = one("وقالت ليلى المنصوري رئيسة الجمعية الوطنية لحظة وصولها إلى المطار" + Z, "الوضع خطير")
    assert q.role == "رئيسة الجمعية الوطنية"


W = ' وقال الزيادي: "الحكومة فشلت في كل الملفات".'


def test_purpose_after_post_ends_it() -> None:
    q = one(
        "عاد كريم الزيادي الأمين العام لحزب النهضة لإطلاق تصريحات نارية ضد الحكومة." + W,
        "الحكومة فشلت",
    )
    assert q.role == "الأمين العام لحزب النهضة"
    q = one("خرج كريم الزيادي وزير الخارجية لتقديم توضيحات حول الأزمة." + W, "الحكومة فشلت")
    assert q.role == "وزير الخارجية"


def test_near_miss_body_purpose_stays_in_the_post() -> None:
    q = one("قال سامي الخطيب رئيس الهيئة الوطنية لمكافحة الفساد" + Z, "الوضع خطير")
    assert q.role == "رئيس الهيئة الوطنية لمكافحة الفساد"
    q = one("قال سامي الخطيب المنسق الأممي لإعمار غزة" + Z, "الوضع خطير")
    assert q.role == "المنسق الأممي لإعمار غزة"


M = ' إن "الحكومة فشلت في كل الملفات".'


def test_body_in_marks_after_lam_in_a_title() -> None:
    q = one('قال الرئيس السابق لحزب "الأمل" المعارض كريم الزيادي' + M, "الحكومة فشلت")
    assert q.speaker == "كريم الزيادي"
    assert q.role == 'الرئيس السابق لحزب "الأمل" المعارض'
    q = one("وقال الأمين العام لحزب «الأمل» المعارض" + M, "الحكومة فشلت")
    assert q.speaker == "الأمين العام لحزب «الأمل» المعارض"


def test_near_miss_outlet_in_marks_after_lam() -> None:
    q = one('قال المدير العام لقناة "الأمل" الفضائية كريم الزيادي' + M, "الحكومة فشلت")
    assert q.speaker == "المدير العام"


def test_former_post_keeps_its_lam_body() -> None:
    q = one('قال كريم الزيادي الرئيس السابق لحزب "الأمل" المعارض' + M, "الحكومة فشلت")
    assert q.role == 'الرئيس السابق لحزب "الأمل" المعارض'
    q = one("قالت ليلى المنصوري الأمينة العامة السابقة لنقابة الصحفيين" + M, "الحكومة فشلت")
    assert q.role == "الأمينة العامة السابقة لنقابة الصحفيين"
    q = one("قال كريم الزيادي الأمين العام لحركة «الأمل»" + M, "الحكومة فشلت")
    assert q.role == "الأمين العام لحركة «الأمل»"


def test_near_miss_former_post_then_outlet() -> None:
    q = one("قال كريم الزيادي الوزير السابق لقناة الجزيرة" + M, "الحكومة فشلت")
    assert q.role == "الوزير السابق"
    q = one('قال كريم الزيادي الوزير السابق لصحيفة "الشروق"' + M, "الحكومة فشلت")
    assert q.role == "الوزير السابق"


P = "وشهدت العاصمة احتجاجات واسعة أمس.\n«الحكومة فشلت في كل الملفات»، حسب "


def test_post_glued_to_its_author() -> None:
    q = one(P + "تدوينة لأحمد سالم بوبكر.", "الحكومة فشلت")
    assert q.speaker == "أحمد سالم بوبكر"
    q = one(P + "تسجيل صوتي لأحمد سالم بوبكر.", "الحكومة فشلت")
    assert q.speaker == "أحمد سالم بوبكر"


def test_post_author_lets_ould_find_the_full_name() -> None:
    text = (
        'قال أحمد سالم بوبكر الوزير السابق إن حزبه "مطالب بتقديم توضيحات عاجلة".\n'
        'واعتبر ولد بوبكر أن "الحزب لم يتعامل بجدية مع مواقفه"، حسب نص تدوينة مطولة '
        "لولد بوبكر.\n"
        'ولد بوبكر وصف سلوك رفاقه في الحزب تجاهه بـ"غيرة مفرطة لدى بعض الرفاق".'
    )
    q = one(text, "غيرة مفرطة")
    assert q.speaker == "أحمد سالم بوبكر"
    assert q.role == "الوزير السابق"


def test_near_miss_outlet_or_bare_title_after_the_post() -> None:
    assert one(P + "تصريح لقناة الجزيرة.", "الحكومة فشلت").speaker is None
    assert one(P + "تصريحات لوزير الخارجية.", "الحكومة فشلت").speaker is None


def test_elative_in_a_keeps_the_post_open() -> None:
    q = one("قال كريم الزيادي رئيس اللجنة العليا لحقوق الإنسان" + M, "الحكومة فشلت")
    assert q.role == "رئيس اللجنة العليا لحقوق الإنسان"
    q = one("قال كريم الزيادي عضو الهيئة العليا لحركة الأمل" + M, "الحكومة فشلت")
    assert q.role == "عضو الهيئة العليا لحركة الأمل"


def test_near_miss_elative_then_outlet() -> None:
    q = one("قال كريم الزيادي رئيس اللجنة العليا لقناة الجزيرة" + M, "الحكومة فشلت")
    assert q.role == "رئيس اللجنة العليا"
