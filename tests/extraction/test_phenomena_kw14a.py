"""Constructions other engineers found (kw14a, ninth session of 2026-12-04).

1. After a post in construct with a definite body ("رئيس الحزب",
   "وزير الخارجية", "مدير الشركة"), the bare word after the body was read as
   the body's genitive, so the name was never "named" and a في after it was
   taken for the post's place: "وشكك رئيس الحزب X Y في نزاهة الحكم" gave
   "X Y في". A definite body takes no genitive: the bare word after it opens
   the name, and في after the name is the verb's complement, as after a bare
   title ("وشكك الوزير X Y في …"). Not a second post joined by و
   ("مؤسسة الشركة ورئيستها التنفيذية، X"), nor an indefinite body that takes
   its own name ("رئيس حزب الأمة X Y").
2. "lately" (مؤخرا) after a post's participle, then the post's place after
   لدى or في, then the name: "السفير المعين مؤخرا لدى المغرب X Y" lost the
   name. The place is the post's, the name follows. Not when no name
   follows ("السفير المعين مؤخرا في الرباط إن").
"""

from __future__ import annotations

from tests.extraction.helpers import one

R = "«هذه النتائج لا تعكس إرادة الناخبين أبدا»"
E = "«العلاقات بين البلدين تمر بأفضل مراحلها»"


def test_name_after_definite_body_stops_before_fi() -> None:
    q = one(f"وشكك رئيس الحزب نبيل الساعدي في نزاهة الفرز، وقال إن {R}.", "هذه النتائج")
    assert (q.speaker, q.role) == ("نبيل الساعدي", "رئيس الحزب")
    q = one(f"وطعن وزير الخارجية مراد الحلبي في شرعية اللجنة، وقال إن {R}.", "هذه النتائج")
    assert (q.speaker, q.role) == ("مراد الحلبي", "وزير الخارجية")
    q = one(f"وشكك مدير الشركة نبيل الساعدي في صحة الأرقام، وقال إن {R}.", "هذه النتائج")
    assert (q.speaker, q.role) == ("نبيل الساعدي", "مدير الشركة")


def test_near_misses_for_the_definite_body() -> None:
    # a bare title already worked
    q = one(f"وشكك الوزير نبيل الساعدي في نزاهة الفرز، وقال إن {R}.", "هذه النتائج")
    assert (q.speaker, q.role) == ("نبيل الساعدي", "الوزير")
    # an indefinite body takes its own name, then the person's
    q = one(f"وشكك رئيس حزب الأمة نبيل الساعدي في نزاهة الفرز، وقال إن {R}.", "هذه النتائج")
    assert (q.speaker, q.role) == ("نبيل الساعدي", "رئيس حزب الأمة")
    # a post held in a place after the body still reads as the post's
    q = one(f"وقال مدير المكتب الإعلامي في الوزارة نبيل الساعدي إن {R}.", "هذه النتائج")
    assert (q.speaker, q.role) == ("نبيل الساعدي", "مدير المكتب الإعلامي في الوزارة")
    # a second post joined by و after the definite body stays the post's
    q = one(f"وقالت مؤسسة الشركة ورئيستها التنفيذية، هدى المصري: {R}.", "هذه النتائج")
    assert (q.speaker, q.role) == ("هدى المصري", "مؤسسة الشركة ورئيستها التنفيذية")


def test_lately_then_the_posts_place_then_the_name() -> None:
    q = one(f"وقال السفير المعين مؤخرا لدى تونس مراد الحلبي إن {E}.", "العلاقات بين")
    assert (q.speaker, q.role) == ("مراد الحلبي", "السفير المعين مؤخرا لدى تونس")
    q = one(f"وقال السفير المعين مؤخرا في عمان مراد الحلبي إن {E}.", "العلاقات بين")
    assert (q.speaker, q.role) == ("مراد الحلبي", "السفير المعين مؤخرا في عمان")


def test_near_misses_for_lately() -> None:
    # no name after the place: the post speaks, unnamed
    q = one(f"وقال السفير المعين مؤخرا لدى تونس إن {E}.", "العلاقات بين")
    assert (q.speaker, q.role) == ("السفير المعين", "السفير المعين")
    # lately right before the name already worked
    q = one(f"وقال السفير المعين مؤخرا مراد الحلبي إن {E}.", "العلاقات بين")
    assert (q.speaker, q.role) == ("مراد الحلبي", "السفير المعين")


def test_hadithan_then_the_posts_place_then_the_name() -> None:
    # حديثا reads as a name word in scan_np; the same rule as مؤخرا
    q = one(f"وقالت السفيرة المعينة حديثا لدى تونس ريم الحايك إن {E}.", "العلاقات بين")
    assert (q.speaker, q.role) == ("ريم الحايك", "السفيرة المعينة حديثا لدى تونس")
    # near miss: حديثا right before the name stays out of the role
    q = one(f"وقالت السفيرة المعينة حديثا ريم الحايك إن {E}.", "العلاقات بين")
    assert (q.speaker, q.role) == ("ريم الحايك", "السفيرة المعينة")
