"""Constructions from the Known weaknesses list (kw16a, second session of 2026-12-05).

1. A rank, a name and a post with no comma, then the verb's object with no
   article ("أكد العميد X Y مدير دائرة الأمن نجاح العملية، وقال"): the
   phrase ran on through the object, and either the post was read as the
   object's holder ("نجاح العملية", a person) and dropped from the role, or
   the object ran into the role ("العقيد، مدير الشرطة انتهاء التحقيق"). A
   definite genitive completes the post and takes no bare word after it but
   its holder's name, which the person named before it already has: a
   verbal noun there (of a derived form's shape, _masdar_head, or a
   first-form one of _FIRST_FORM_OBJECTS) or an incident in construct with
   the next word opens the verb's object. Not a definite adjective of the
   post ("مدير الأمن العام"), nor a given name of a verbal noun's shape.
2. An incident in construct (or glued to بـ) right after a name
   ("واستنكر الوزير X Y مجزرة السوق", "وندد X Y بمجزرة السوق") ran into the
   name, or, after a post, into the role; it is the verb's object, no word
   of the name. The untitled name before it is a person met, whom the later
   verb with no subject takes up. Not an incident inside the title before
   the name ("رئيس لجنة التحقيق في مجزرة السوق X").
3. A body's short name in marks after its full name, set off by commas
   ("رئيس حزب X الوطني، «Y»، Z W، إن") or followed by an honorific and the
   holder's name ("… الوطني «Y» الدكتور Z W إن"): the title, or the short
   name, was read as the speaker. The marks are an aside in the post, and
   the name after them, bare or after an honorific, is its holder's. Not a
   person's name in marks after the post's comma ("المتحدث باسم الجماعة،
   «أبو X»، إن"), nor marks with no name after them.
4. A bare name after the outlet or the press the words were told to
   ("وقالت لـ«بي بي سي» ليلى X إن", "وقال للصحفيين X Y إن", "لوكالة «أ.ف.ب»
   ليلى X"), which a title after them already opened: no speaker was found.
   A given name (or a name met before) with no article, with at most two
   words after it up to أنّ/إنّ, a colon or a comma, is the verb's subject.
   Not a time ("للصحفيين صباح اليوم إن"), nor nothing ("لـ«الشروق» إن").
5. Several of a plural ("وقالت عدة منظمات حقوقية إن", "عدة أحزاب معارضة")
   was read as a person "عدة منظمات" with the adjective for a title, and
   some of a plural of no title ("وقال بعض المحتجين") took the plural for
   role: both are unnamed speakers, the whole phrase, no role, as "عدد من
   …" already was. Not "بعض المسؤولين" (a title's plural: the capacity).
6. A noun with "their" (هم، هن) after a definite plural ("وأعلنت النائبات
   رفضهن للقرار، وقلن") ran into the group's name; it is the verb's object.
7. A news verb's object in the accusative right after a verb of saying
   ("وقالت مؤتمرا صحفيا:", a garbled "في مؤتمر صحفي") was read as the
   speaker "مؤتمرا"; it heads no subject, and the speaker before goes on.
8. After an outlet's that-clause whose subject did something, a verb with و
   after a comma ("وذكرت الوكالة أن المحافظ تفقد الموقع، وقال:") went to
   the outlet though it disagrees in gender: the subject of the that-clause
   who agrees with the verb says the words. Not an outlet of the verb's
   gender ("وذكر الموقع أن …، وقال"), which is left as it was.
9. Words opening an excerpt with a verb and no subject were given to the
   person the next quote names even when the text turns to him as another
   party ("من جهته، قال X", "بدوره", "أما X فقال"): no speaker then.
10. A verb of the first or second form after a title that opens its clause
   ("أن الوزير وجّه الدعوة إلى …"، "وجّه الوزير الدعوة"، "أن الوزير دشّن
   مستشفى جديدا"، "أن الوزير X Y وجّه رسالة") was read as the name or a
   word of it: what a leader directs (الدعوة، الشكر، التحية، النداء) is a
   definite object of news verbs, an indefinite object with its adjective
   in the accusative follows a verb, and a three-letter word before an
   object of news verbs after a name of two words is the verb. Not a verb
   before the title ("وألقى الوزير X Y Z كلمة": the name keeps its third
   word), nor a given name.
11. A kingdom named by its adjective ("وقالت المملكة العربية السعودية إن",
   "المملكة المتحدة", "المملكة المغربية") is the state, as "الولايات
   المتحدة" is: before, a person's name cut before the nationality
   ("المملكة العربية"). Not "المملكة" alone, nor a post in construct with
   the kingdom ("سفير المملكة العربية السعودية لدى …").
"""

from __future__ import annotations

from tests.extraction.helpers import one

S = "«لن نسمح بتكرار ما حدث مهما كلف الأمر»"


def test_post_after_rank_and_name_ends_before_a_verbal_noun_object() -> None:
    q = one(f"أكد العميد مراد الكعبي مدير دائرة الجوازات نجاح الخطة، وقال: {S}.", "لن نسمح")
    assert q.speaker == "مراد الكعبي"
    assert q.role == "العميد، مدير دائرة الجوازات"
    q = one(f"وأعلن العقيد وائل الفارسي مدير الدفاع المدني انتهاء التفتيش، وقال: {S}.", "لن نسمح")
    assert q.speaker == "وائل الفارسي"
    assert q.role == "العقيد، مدير الدفاع المدني"
    q = one(
        f"وأعلن اللواء وائل الفارسي قائد حرس الحدود إطلاق حملة واسعة، وقال: {S}.",
        "لن نسمح",
    )
    assert q.role == "اللواء، قائد حرس الحدود"
    q = one(
        f"وأكد العميد مراد الكعبي مدير شرطة الولاية تأجيل المباراة، وقال: {S}.",
        "لن نسمح",
    )
    assert q.role == "العميد، مدير شرطة الولاية"


def test_near_miss_definite_adjective_of_the_post_stays() -> None:
    q = one(f"وأكد العميد مراد الكعبي مدير الأمن الوطني أن {S}.", "لن نسمح")
    assert q.speaker == "مراد الكعبي"
    assert q.role == "العميد، مدير الأمن الوطني"
    q = one(f"وأكد العميد مراد الكعبي مدير دائرة الجوازات، وقال: {S}.", "لن نسمح")
    assert q.role == "العميد، مدير دائرة الجوازات"


def test_incident_after_a_name_is_the_verbs_object() -> None:
    q = one(f"واستنكر وزير العدل نبيل الطرابلسي مجزرة حي الزيتون، وقال: {S}.", "لن نسمح")
    assert q.speaker == "نبيل الطرابلسي"
    assert q.role == "وزير العدل"
    q = one(f"وندد وزير العدل نبيل الطرابلسي بمجزرة حي الزيتون، وقال: {S}.", "لن نسمح")
    assert q.speaker == "نبيل الطرابلسي"
    q = one(
        f"وندد العقيد نبيل الطرابلسي قائد الشرطة بتفجير حي الزيتون، وقال: {S}.",
        "لن نسمح",
    )
    assert q.speaker == "نبيل الطرابلسي"
    assert q.role == "العقيد، قائد الشرطة"
    q = one(f"واستنكر نبيل الطرابلسي مجزرة حي الزيتون، وقال: {S}.", "لن نسمح")
    assert q.speaker == "نبيل الطرابلسي"


def test_near_miss_incident_inside_the_title_before_the_name() -> None:
    q = one(f"وقال رئيس لجنة التحقيق في تفجير السوق المركزي نبيل الطرابلسي: {S}.", "لن نسمح")
    assert q.speaker == "نبيل الطرابلسي"
    assert q.role == "رئيس لجنة التحقيق في تفجير السوق المركزي"


def test_body_short_name_in_marks_before_the_holders_name() -> None:
    q = one(f"وقال رئيس حزب النهضة المدنية، «نهضة»، فاروق الزيادي، إن {S}.", "لن نسمح")
    assert q.speaker == "فاروق الزيادي"
    assert q.role == "رئيس حزب النهضة المدنية"
    q = one(
        f"وقال رئيس حزب النهضة المدنية، «نهضة»، الدكتور فاروق الزيادي، إن {S}.",
        "لن نسمح",
    )
    assert q.speaker == "فاروق الزيادي"
    q = one(f"وقال رئيس حزب النهضة المدنية «نهضة» الدكتور فاروق الزيادي إن {S}.", "لن نسمح")
    assert q.speaker == "فاروق الزيادي"
    assert q.role is not None and q.role.startswith("رئيس حزب النهضة المدنية")


def test_near_miss_name_in_marks_or_no_name_after_the_marks() -> None:
    q = one(f"وقال المتحدث باسم الجماعة، «أبو هاشم»، إن {S}.", "لن نسمح")
    assert q.speaker == "أبو هاشم"
    q = one(f"وقال رئيس حزب التقدم المدني، «تقدم»، إن {S}.", "لن نسمح")
    assert q.speaker == "رئيس حزب التقدم المدني"


def test_bare_name_after_the_outlet_told_is_the_subject() -> None:
    q = one(f"وقالت لـ«بي بي سي» نادية الفرجاني إن {S}.", "لن نسمح")
    assert q.speaker == "نادية الفرجاني"
    q = one(f"وقالت لوكالة «أ.ف.ب» نادية الفرجاني إن {S}.", "لن نسمح")
    assert q.speaker == "نادية الفرجاني"
    q = one(f"وقال للصحفيين فاروق الزيادي إن {S}.", "لن نسمح")
    assert q.speaker == "فاروق الزيادي"
    q = one(f"وقال لـ«الأيام» فاروق الزيادي، وزير النقل، إن {S}.", "لن نسمح")
    assert q.speaker == "فاروق الزيادي"
    assert q.role == "وزير النقل"
    q = one(f"وقالت لوكالة الأنباء الفرنسية نادية الفرجاني إن {S}.", "لن نسمح")
    assert q.speaker == "نادية الفرجاني"


def test_near_miss_no_name_after_the_outlet() -> None:
    q = one(f"وقال للصحفيين صباح اليوم إن {S}.", "لن نسمح")
    assert q.speaker is None
    q = one(f"وقال لـ«الأيام» إن {S}.", "لن نسمح")
    assert q.speaker is None
    q = one(f"وقالت لـ«الأيام» الوزيرة نادية الفرجاني إن {S}.", "لن نسمح")
    assert q.speaker == "نادية الفرجاني"
    assert q.role == "الوزيرة"


def test_several_or_some_of_a_plural_is_an_unnamed_group() -> None:
    q = one(f"وقالت عدة منظمات إغاثية إن {S}.", "لن نسمح")
    assert q.speaker == "عدة منظمات إغاثية"
    assert q.role is None
    q = one(f"وقالت عدة نقابات عمالية إن {S}.", "لن نسمح")
    assert q.speaker == "عدة نقابات عمالية"
    assert q.role is None
    q = one(f"وقال بعض المعتصمين إن {S}.", "لن نسمح")
    assert q.speaker == "بعض المعتصمين"
    assert q.role is None


def test_near_miss_some_of_a_titles_plural_keeps_its_capacity() -> None:
    q = one(f"وقال بعض المسؤولين إن {S}.", "لن نسمح")
    assert q.speaker == "بعض المسؤولين"
    assert q.role == "المسؤولين"


def test_noun_with_their_after_a_plural_is_the_object() -> None:
    q = one(f"وأعلنت المعلمات تمسكهن بالإضراب، وقلن إن {S}.", "لن نسمح")
    assert q.speaker == "المعلمات"
    q = one(f"وجدد العمال رفضهم للاتفاق، وقالوا: {S}.", "لن نسمح")
    assert q.speaker == "العمال"


def test_accusative_object_after_the_verb_is_no_speaker() -> None:
    text = f"وقالت الوزيرة رنا الكبيسي: «سنواصل العمل». وقالت مؤتمرا صحفيا: {S}."
    q = one(text, "لن نسمح")
    assert q.speaker == "رنا الكبيسي"


def test_near_miss_foreign_name_in_alif_speaks() -> None:
    q = one(f"وقالت ماريكا سوبوتا إن {S}.", "لن نسمح")
    assert q.speaker == "ماريكا سوبوتا"


def test_verb_after_a_that_clause_goes_to_its_agreeing_subject() -> None:
    text = f"وذكرت الإذاعة الرسمية أن المحافظ تفقد الأحياء المتضررة، وقال: {S}."
    q = one(text, "لن نسمح")
    assert q.speaker == "المحافظ"


def test_near_miss_outlet_of_the_verbs_gender_still_speaks() -> None:
    text = f"وذكرت الإذاعة الرسمية أن المحافظ تفقد الأحياء المتضررة، وقالت: {S}."
    q = one(text, "لن نسمح")
    assert q.speaker == "الإذاعة الرسمية"


def test_first_words_are_not_given_to_another_party_named_later() -> None:
    text = (
        f"وتابع قائلا: {S}. من جهته، قال رئيس الغرفة التجارية نادر الشامي إن "
        "«الأسواق ستتعافى قريبا»."
    )
    q = one(text, "لن نسمح")
    assert q.speaker is None
    q = one(text, "الأسواق ستتعافى")
    assert q.speaker == "نادر الشامي"


def test_near_miss_first_words_go_to_the_next_speaker_with_no_turn() -> None:
    text = f"وأضاف: {S}. وقال رئيس الغرفة التجارية نادر الشامي: «الأسواق ستتعافى قريبا»."
    q = one(text, "لن نسمح")
    assert q.speaker == "نادر الشامي"


def test_verb_after_a_title_opening_its_clause_is_no_name() -> None:
    q = one(f"وذكرت الصحيفة أن الوزير وجه الدعوة إلى رجال الأعمال، وقال: {S}.", "لن نسمح")
    assert q.speaker == "الوزير"
    q = one(f"وجه المحافظ الدعوة إلى رجال الأعمال، وقال: {S}.", "لن نسمح")
    assert q.speaker == "المحافظ"
    q = one(f"وذكرت الصحيفة أن الوزير دشن ملعبا جديدا في البلدة، وقال: {S}.", "لن نسمح")
    assert q.speaker == "الوزير"
    q = one(
        f"وذكرت الصحيفة أن الوزير مازن العطار وجه رسالة إلى رجال الأعمال، وقال: {S}.",
        "لن نسمح",
    )
    assert q.speaker == "مازن العطار"


def test_near_miss_third_name_word_after_a_verb_before_the_title() -> None:
    q = one(f"وألقى الوزير مازن حسين جبر كلمة في الحفل، وقال: {S}.", "لن نسمح")
    assert q.speaker == "مازن حسين جبر"


def test_kingdom_by_its_adjective_is_the_state() -> None:
    q = one(f"وأعلنت المملكة العربية السعودية في بيان أن {S}.", "لن نسمح")
    assert q.speaker is not None and q.speaker.endswith("السعودية")
    assert q.speaker_kind == "organization"
    q = one(f"وأكدت المملكة المغربية أن {S}.", "لن نسمح")
    assert q.speaker == "المملكة المغربية"
    q = one(f"وقالت المملكة الأردنية إن {S}.", "لن نسمح")
    assert q.speaker == "المملكة الأردنية"


def test_near_miss_post_of_the_kingdom_speaks() -> None:
    q = one(f"وقال سفير المملكة العربية السعودية لدى اليونسكو إن {S}.", "لن نسمح")
    assert q.speaker_kind != "organization"
    assert q.role is not None and q.role.startswith("سفير المملكة")
