"""Development sets of the first session of 2026-12-06 (dev21r): role
misses on real news, each construction shown on invented sentences.

A Maghrebi or Sudanese first name that carries the article right after a
title that takes no genitive ("الرئيس المنصف X", "الإمام الصادق X", "الوزير
الحبيب X", "السفير الهادي X"): the walk over the title's words let such a
name open the person's name only two words past the title, where a bare
title's genitive stands ("وزير الصحة الطاهر X"), so after a definite title
the whole phrase was read as a post: speaker and role both "الإمام الصادق
X", and a later mention by the family name alone took no post.  A definite
title (or one with a possessive) takes no genitive, so the first name may
open the name right after it now.  Not after a bare title ("وزير الصحة
الطاهر X": the genitive first), nor a list word that ends the phrase
("الإمام المهدي", "الرئيس البشير": no family name after it).

An honorific alone before a name in marks ("قال الشيخ "X Y" إن",
"أكد المهندس "X Y" أن", "صرح الأستاذ "X Y""): read as a title before the
name in marks, it was kept as the post ("الشيخ", "المهندس"), where the same
words without marks give none (the gold sets keep honorifics out of roles).
No post now when every word before the marks is an honorific (phrases.
_LONE_HONORIFICS); a rank, a prince, a post before the honorific or a post
in commas after the name stay.

A slash between an honorific, a rank or a title said before a name and
the name ("وقال المهندس/ X Y، رئيس …", "وصرح السيد/ X Y", "اللواء/X"), as
Egyptian and Gulf press writes it: the slash ended the cue's subject, so the
honorific alone was speaker and role and the post after the name was lost.
The slash after such a word (words._HONORIFICS_OR_RANKS, phrases.
_TITLES_BEFORE_NAME) is read as a space now (engine.py, as a spaced و is
joined); not between months ("يناير/كانون الثاني") nor in a body's name.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from __future__ import annotations

from tests.extraction.helpers import one

# A first name with the article right after a definite title.


def test_definite_first_name_after_imam():
    text = (
        "وفي كلمته أمام أنصاره في المدينة، قال الإمام الطاهر بن عمر: "
        "«لن نتراجع عن مطالبنا المشروعة»."
    )
    q = one(text, "لن نتراجع")
    assert q.speaker == "الطاهر بن عمر"
    assert q.role == "الإمام"


def test_definite_first_name_after_minister_then_lam_hearer():
    text = "وصرح الوزير الحبيب القروي للإذاعة الوطنية بأن «الموسم الفلاحي سيكون واعدا هذا العام»."
    q = one(text, "الموسم الفلاحي")
    assert q.speaker == "الحبيب القروي"
    assert q.role == "الوزير"


def test_definite_first_name_in_a_mention_gives_the_later_surname_its_post():
    text = (
        "استقبل الرئيس المنصف العياري أمس وفدا من رجال الأعمال الأوروبيين. "
        "وقال العياري للصحفيين: «الاستثمار الأجنبي مرحب به في بلادنا»."
    )
    q = one(text, "الاستثمار الأجنبي")
    assert q.speaker == "المنصف العياري"
    assert q.role == "الرئيس"


def test_definite_first_name_after_ambassador_object_then_surname():
    text = "وانتقد السفير الهادي الزواري قرار البرلمان، وقال الزواري: «القرار يضر بمصالح الجالية»."
    q = one(text, "يضر بمصالح")
    assert q.speaker == "الهادي الزواري"
    assert q.role == "السفير"


def test_definite_first_name_after_imam_takes_the_post_given_before():
    text = (
        "قال رئيس حزب التجمع الوطني الإمام الطاهر العوضي إن الانتخابات مزورة. "
        "وحول الأزمة الاقتصادية، أوضح الإمام الطاهر العوضي «أن الشعب لن يسكت عن التزوير»."
    )
    q = one(text, "لن يسكت")
    assert q.speaker == "الطاهر العوضي"
    assert q.role.startswith("رئيس حزب التجمع الوطني")


# Near misses.


def test_definite_first_name_after_a_bare_title_and_its_genitive_unchanged():
    q = one("وقال وزير الصحة الطاهر القلال: «الوضع الوبائي تحت السيطرة».", "الوبائي")
    assert q.speaker == "الطاهر القلال"
    assert q.role == "وزير الصحة"


def test_definite_adjective_after_a_definite_title_unchanged():
    q = one("وقال الرئيس التونسي قيس سعيد: «لن نقبل بأي تدخل أجنبي».", "تدخل أجنبي")
    assert q.speaker == "قيس سعيد"
    assert q.role == "الرئيس التونسي"


def test_list_word_ending_the_phrase_after_a_definite_title_unchanged():
    q = one("وقال الإمام المهدي: «لن نسمح بالفوضى».", "بالفوضى")
    assert q.speaker == "الإمام المهدي"


def test_definite_first_name_after_an_honorific_unchanged():
    q = one("وقال الشيخ الطاهر العوضي: «الشعب لن يسكت عن التزوير».", "لن يسكت")
    assert q.speaker == "الطاهر العوضي"
    assert q.role is None


# An honorific alone before a name in marks: no post.


def test_sheikh_before_a_name_in_marks_is_no_post():
    q = one('قال الشيخ "راشد بن سعيد" إن "المبادرة جاءت في وقتها".', "جاءت في وقتها")
    assert q.speaker == "راشد بن سعيد"
    assert q.role is None


def test_engineer_before_a_name_in_marks_in_a_mention_is_no_post():
    text = (
        'أكد المهندس "خالد العتيبي" أن المشروع سينجز قبل موعده. '
        'وأضاف العتيبي: "لن نتأخر يوما واحدا".'
    )
    q = one(text, "لن نتأخر")
    assert q.speaker == "خالد العتيبي"
    assert q.role is None


def test_teacher_before_a_name_in_marks_then_lam_hearer_is_no_post():
    q = one(
        'صرح الأستاذ "فهد المطيري" لوسائل الإعلام بأن "الامتحانات ستجري في موعدها".',
        "الامتحانات ستجري",
    )
    assert q.speaker == "فهد المطيري"
    assert q.role is None


# Near misses.


def test_rank_before_a_name_in_marks_stays_the_role():
    q = one('وقال اللواء "سامي الحربي": "الحملة الأمنية مستمرة".', "الحملة الأمنية")
    assert q.speaker == "سامي الحربي"
    assert q.role == "اللواء"


def test_post_then_honorific_before_a_name_in_marks_unchanged():
    q = one('وقال وزير الخارجية الشيخ "عبدالله بن زايد": "الحملة مستمرة".', "الحملة مستمرة")
    assert q.speaker == "عبدالله بن زايد"
    assert q.role == "وزير الخارجية"


def test_post_before_a_name_in_marks_unchanged():
    q = one('وقال رئيس الوزراء "نجيب ميقاتي": "الحكومة باقية".', "الحكومة باقية")
    assert q.speaker == "نجيب ميقاتي"
    assert q.role == "رئيس الوزراء"


def test_honorific_and_name_in_marks_then_post_in_commas_unchanged():
    text = (
        'أكد الشيخ "خالد العتيبي"، رئيس مجلس إدارة الشركة، أن المشروع سينجز قبل '
        'موعده. وأضاف العتيبي: "لن نتأخر يوما واحدا".'
    )
    q = one(text, "لن نتأخر")
    assert q.speaker == "خالد العتيبي"
    assert q.role == "رئيس مجلس إدارة الشركة"


# An honorific's or a rank's slash before the name.


def test_engineer_slash_name_then_post_in_commas():
    text = (
        "وقال المهندس/ محمد عبد الله، رئيس مجلس إدارة الشركة: "
        '"الأرباح ارتفعت بنسبة كبيرة هذا العام".'
    )
    q = one(text, "الأرباح ارتفعت")
    assert q.speaker == "محمد عبد الله"
    assert q.role == "رئيس مجلس إدارة الشركة"


def test_mister_slash_name_then_post():
    q = one(
        'وصرح السيد/ أحمد سالم رئيس الغرفة التجارية بأن "الأسعار ستنخفض قريبا".',
        "الأسعار ستنخفض",
    )
    assert q.speaker == "أحمد سالم"
    assert q.role == "رئيس الغرفة التجارية"


def test_rank_slash_name_then_post_in_commas_before_that():
    text = (
        'وأكد اللواء/ خالد منصور، مدير أمن المحافظة، أن "الحملة الأمنية ستستمر '
        'حتى ضبط كل المخالفين".'
    )
    q = one(text, "الحملة الأمنية")
    assert q.speaker == "خالد منصور"
    assert q.role == "مدير أمن المحافظة"


def test_counsellor_slash_glued_to_the_name():
    q = one('وقال المستشار/عادل فهمي رئيس المحكمة: "الحكم نهائي".', "الحكم نهائي")
    assert q.speaker == "عادل فهمي"
    assert "رئيس المحكمة" in q.role


# Near misses.


def test_doctor_slash_name_in_a_mention_then_surname_unchanged():
    text = (
        "قال الدكتور/سامي الحربي، مدير مستشفى المدينة، إن الحالات مستقرة. "
        'وأضاف الحربي: "لا داعي للقلق".'
    )
    q = one(text, "لا داعي")
    assert q.speaker == "سامي الحربي"
    assert q.role == "مدير مستشفى المدينة"


def test_slash_between_month_names_unchanged():
    q = one('وأوضح السفير في رسالته يوم 14 مارس/آذار 2009 أن "المفاوضات متعثرة".', "متعثرة")
    assert q.speaker == "السفير"
    assert q.date == "2009-03-14"


def test_engineer_without_slash_unchanged():
    q = one('وقال المهندس محمد عبد الله، رئيس مجلس إدارة الشركة: "الأرباح ارتفعت".', "ارتفعت")
    assert q.speaker == "محمد عبد الله"
    assert q.role == "رئيس مجلس إدارة الشركة"
