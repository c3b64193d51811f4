"""Development sets of the eighth session of 2026-12-05 (dev20r): role
misses on real news, each construction shown on invented sentences.

A post charged with a task by المكلف, the task a verbal noun and its
definite genitive ("رئيس الوزراء المكلف تأليف الحكومة X", "رئيس الوزراء المكلف
بتشكيل الحكومة الجديدة X", "المسؤول المكلف بإدارة الأزمة X"): the walk
over the title's words stopped at the bare verbal noun, which opened the
name ("تأليف", then a later person took the quote), and scan_np ended the
phrase before a word glued to بـ after a definite title with no name, as
it ends "تعهد الوزير بتقديم …" (the verb's object), so the name was lost
and the post cut to "الرئيس المكلف".  The charge is the post's now: bare,
when it has a verbal noun's shape; glued to بـ, when a name (a given name,
an honorific, a word of a person met) follows its definite words.  Not a
given name after المكلف ("الرئيس المكلف بشير X", "توفيق X"), nor, with no
name after it, a بـ the verb before takes ("وتعهد الرئيس المكلف بتسريع
المشاورات،": the verb's object).

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from __future__ import annotations

from tests.extraction.helpers import one

# المكلف and the task it is charged with: the post's.


def test_charge_as_bare_verbal_noun_then_another_person_named():
    text = (
        "قال الرئيس المكلف تأليف الوزارة كمال الصباغ بعد لقائه رئيس الجمهورية "
        "العماد سمير حداد في القصر «نحتاج إلى مزيد من الوقت للتشاور مع الكتل». "
        "وأضاف الصباغ «الحكومة ستكون جاهزة قبل نهاية الشهر المقبل»."
    )
    first = one(text, "مزيد من الوقت")
    assert first.speaker == "كمال الصباغ"
    assert first.role == "الرئيس المكلف تأليف الوزارة"
    later = one(text, "جاهزة قبل نهاية")
    assert later.speaker == "كمال الصباغ"
    assert later.role == "الرئيس المكلف تأليف الوزارة"


def test_charge_glued_to_ba_verbal_noun_of_form_ifaal():
    text = 'وقال المسؤول المكلف بإدارة الأزمة كريم الهاشمي إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "كريم الهاشمي"
    assert q.role == "المسؤول المكلف بإدارة الأزمة"


def test_charge_glued_to_ba_with_an_adjective_after_its_genitive():
    text = (
        "أكد رئيس الوزراء المكلف بتشكيل الحكومة الجديدة عادل الفارس أن «التشكيلة "
        "ستضم وجوها شابة من كل المحافظات»، وتابع الفارس: «لن نقبل شروطا مسبقة من أي طرف»."
    )
    q = one(text, "شروطا مسبقة")
    assert q.speaker == "عادل الفارس"
    assert q.role == "رئيس الوزراء المكلف بتشكيل الحكومة الجديدة"


def test_charge_glued_to_ba_then_an_honorific_and_the_name():
    text = (
        "وقالت رئيسة الحكومة المكلفة بتصريف الأعمال الدكتورة هدى العابد: "
        "«الرواتب ستصرف في موعدها رغم الأزمة»."
    )
    q = one(text, "الرواتب ستصرف")
    assert q.speaker == "هدى العابد"
    assert q.role == "رئيسة الحكومة المكلفة بتصريف الأعمال"


def test_charge_bare_with_no_name_is_the_whole_post():
    text = 'وقال الرئيس المكلف تأليف الوزارة إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.role == "الرئيس المكلف تأليف الوزارة"


# near misses: a name after المكلف, and بـ the verb takes


def test_near_miss_given_name_glued_looking_after_the_charged_post():
    text = 'وقال الرئيس المكلف بشير الحسيني إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "بشير الحسيني"
    assert q.role == "الرئيس المكلف"


def test_near_miss_given_name_of_a_verbal_noun_shape_after_the_charged_post():
    text = 'وقال الرئيس المكلف توفيق الحسيني إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "توفيق الحسيني"
    assert q.role == "الرئيس المكلف"


def test_near_miss_ba_the_verb_takes_with_no_name_after():
    text = 'وتعهد الرئيس المكلف بتسريع المشاورات، وقال إن "الحوار سيستأنف الأسبوع المقبل".'
    q = one(text, "الحوار سيستأنف")
    assert q.role == "الرئيس المكلف"


def test_near_miss_ba_the_verb_takes_after_the_name():
    text = (
        "ورحب الرئيس المكلف سعد الحسيني بتسمية الوزراء الجدد، وقال إن "
        '"الحوار سيستأنف الأسبوع المقبل".'
    )
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "سعد الحسيني"
    assert q.role == "الرئيس المكلف"
