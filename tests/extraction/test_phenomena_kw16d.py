"""Constructions other engineers found and left, speaker side (kw16d,
second session of 2026-12-05).

1. A full name of two or three words in marks right after a verb of
   saying, then where or in what he spoke, then a colon and the words in
   marks ('وقال "X Y" في رسالة …: "…"'): the name, no longer read as a
   quote, is the verb's subject and speaks (before, the words had no
   speaker). Not words in marks opening with a negation, nor a thing
   named with the article on every word.
2. Pinned (already right on main): two posts joined by و before the name
   ("وأضاف حاكم ولاية X ونائب رئيس الحزب Y Z …: «…»"): the holder of both
   speaks, not "ونائب".
3. Unmarked words after a colon that open with a plural imperative, said
   by one speaker ("قال X: افتحوا أبوابكم، ودعوا التجار …"), go on over
   the next imperative glued to و after a comma (before, they were cut
   there, "ودعوا" read as the narrator's "and they called"). Not after a
   plural subject ("وقال المحتجون: ارحلوا …، وطالبوا بـ …"), nor after
   words that open with no imperative.
4. A second من after a post's own prepositional phrase, then a bare
   verbal noun in construct ("وحذر مسؤول من وزارة الصحة من انتشار
   الحمى …، وقال إن «…»"): what the verb warns of, not the speaker's
   (before, the speaker ran to "الحمى"). Not a من then a body's name.
5. A bare feminine noun and an indefinite feminine participle in م after
   a name ("الذي اعتبره الوزير X Y خطوة متسرعة"): the verb's second
   object, no word of the name (a name is definite). Not a family name of
   a participle's shape with a long vowel ("عطية مسعودة").
6. A fronted subject, then its verb and an object in the indefinite
   accusative set off by commas ("النائب عن حزب X، وجه انتقادا حادا، إلى
   الحكومة وقال إن"): the verb phrase is no name in apposition (before,
   "وجه انتقادا حادا" spoke). Not a name in commas before the verb.
7. An unnamed source's من right after it, then a bare verbal noun in
   construct ("وحذر مسؤول من تفشي …"): the verb's complement, the
   source alone speaks. Not من then a body ("عضو من ائتلاف الشباب").
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of

W = "لن نتراجع عن مطالبنا مهما طال الانتظار"


def test_full_name_in_marks_then_the_occasion_then_colon_speaks() -> None:
    q = one(f'وقال "سامر البيطار" في رسالة نشرها على صفحته: "{W}".\n', "لن نتراجع")
    assert q.speaker == "سامر البيطار"
    q = one(f'وكتبت "ريم بنت خلفان" خلال كلمتها أمام المحتجين: "{W}".\n', "لن نتراجع")
    assert q.speaker == "ريم بنت خلفان"


def test_near_miss_words_or_a_thing_in_marks_before_the_occasion() -> None:
    # words said in marks open with a negation: a quote of their own
    found = [q.text for q in quotes_of(f'وقال الوزير "لن نتنازل" في بيانه: "{W}".\n')]
    assert "لن نتنازل" in found
    # a thing named, every word with the article, is no speaker
    q = one(f'وجاء "الاتفاق الجديد" في رسالة الحكومة: "{W}".\n', "لن نتراجع")
    assert q.speaker != "الاتفاق الجديد"


def test_two_posts_joined_by_wa_before_the_name_pinned() -> None:
    q = one(
        f'وأضاف حاكم ولاية النهرين ونائب رئيس الحزب الحاكم عمر الدسوقي في مؤتمر صحفي: "{W}".\n',
        "لن نتراجع",
    )
    assert q.speaker == "عمر الدسوقي"
    assert q.role is not None and q.role.startswith("حاكم ولاية النهرين")


def test_second_plural_imperative_after_a_comma_goes_on() -> None:
    text = (
        "وقال الشيخ حمدان الراشد: افتحوا أبوابكم للضيوف، ودعوا الباعة يخفضون الأسعار قبل العيد.\n"
    )
    q = one(text, "افتحوا")
    assert q.text == "افتحوا أبوابكم للضيوف، ودعوا الباعة يخفضون الأسعار قبل العيد"
    assert q.speaker == "حمدان الراشد"


def test_near_miss_the_narrators_plural_verb_after_the_words() -> None:
    text = "وقال المحتجون: ارحلوا عن بلادنا، وطالبوا بإسقاط الحكومة المؤقتة فورا.\n"
    assert one(text, "ارحلوا").text == "ارحلوا عن بلادنا"
    text = "وقال الشيخ حمدان الراشد: البلد بحاجة إليكم، ودعوا الباعة إلى خفض الأسعار.\n"
    assert one(text, "البلد").text == "البلد بحاجة إليكم"


Z = '"المستشفيات عاجزة عن استقبال المزيد من المرضى"'


def test_second_min_then_a_verbal_noun_ends_the_speaker() -> None:
    text = f"وحذر مسؤول من وزارة الزراعة من تفاقم الجفاف في السهول، وقال إن {Z}.\n"
    assert one(text, "المستشفيات").speaker == "مسؤول من وزارة الزراعة"
    text = f"وحذرت ممرضة في مستشفى الوادي من انتشار العدوى، وقالت إن {Z}.\n"
    assert one(text, "المستشفيات").speaker == "ممرضة في مستشفى الوادي"


def test_near_miss_second_min_then_a_body() -> None:
    text = f"وقال عضو في مجلس البلدية من حزب الغد إن {Z}.\n"
    assert one(text, "المستشفيات").speaker == "عضو في مجلس البلدية من حزب الغد"


R = '"لم يستشرنا أحد قبل إصدار هذا القرار"'


def test_bare_noun_and_feminine_participle_after_a_name_is_the_object() -> None:
    text = f"وصدر المرسوم الذي اعتبره الوزير رامي الساعدي خطوة متسرعة، وقال إن {R}.\n"
    q = one(text, "يستشرنا")
    assert q.speaker == "رامي الساعدي"
    assert q.role == "الوزير"
    text = f"وأطلقت المحافظة جنان الكبيسي حملة منظمة لتنظيف الحدائق، وقالت إن {R}.\n"
    assert one(text, "يستشرنا").speaker == "جنان الكبيسي"


def test_near_miss_a_family_name_of_a_participles_shape() -> None:
    text = f"وقال الطالب وسيم عطية مسعودة إن {R}.\n"
    assert one(text, "يستشرنا").speaker == "وسيم عطية مسعودة"


V = '"الميزانية الجديدة تتجاهل الفقراء تماما"'


def test_verb_and_accusative_object_in_commas_is_no_name() -> None:
    text = f"النائبة عن حزب الفجر، وجهت انتقادا لاذعا، إلى وزارة المالية وقالت إن {V}.\n"
    q = one(text, "الميزانية")
    assert q.speaker == "النائبة عن حزب الفجر"
    text = f"النائب عن حزب الفجر مروان الخياط، وجه انتقادا لاذعا، إلى الوزارة وقال إن {V}.\n"
    q = one(text, "الميزانية")
    assert q.speaker == "مروان الخياط"


def test_near_miss_name_in_commas_before_the_verb() -> None:
    text = f"النائب عن حزب الفجر، مروان الخياط، وجه انتقادا لاذعا إلى الوزارة وقال إن {V}.\n"
    assert one(text, "الميزانية").speaker == "مروان الخياط"


def test_unnamed_source_then_min_and_a_verbal_noun() -> None:
    text = f"وحذر مسؤول من انتشار الجراد في الحقول، وقال إن {Z}.\n"
    assert one(text, "المستشفيات").speaker == "مسؤول"
    text = f"واشتكى تاجر من ارتفاع الإيجارات، وقال إن {Z}.\n"
    assert one(text, "المستشفيات").speaker == "تاجر"


def test_near_miss_unnamed_source_from_a_body() -> None:
    text = f"وقال عضو من ائتلاف الشباب إن {Z}.\n"
    assert one(text, "المستشفيات").speaker == "عضو من ائتلاف الشباب"
