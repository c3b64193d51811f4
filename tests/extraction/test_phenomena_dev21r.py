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
