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
