"""Constructions from the Known weaknesses list (kw20a, sixth session of 2026-12-05).

1. A verb, its titled and named subject, then its object: a bare plural of
   things and a feminine participle of the first form (فاعلة, مفعولة) that
   describes it ('واتهم وزير الإعلام X Y صفحات مجهولة', 'ملفات عالقة',
   'طلبات مكتوبة'), or a plural in ات of four letters and its relative
   adjective ('جهات خارجية'; dev17d's item and the fifth session's
   list): the object was read into the name. A plural of things takes its
   adjective in the feminine singular, so the two words are the verb's
   object whatever the adjective's shape. Not a name in ات with nothing
   after it ('الوزير كريم بركات', 'المدرب كريم شحات'), nor a given name of
   that shape after a full name.
"""

from __future__ import annotations

from tests.extraction.helpers import one, same_name

Q = "«الحكومة لن تتراجع عن قرارها مهما حدث في الأيام المقبلة»."


def _said(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {Q}", "الحكومة لن تتراجع")
    return q.speaker, q.role


def test_plural_of_things_and_its_participle_after_a_full_name() -> None:
    for lead, who, role in (
        (
            "واتهم وزير الإعلام كريم السعدي صفحات مجهولة بنشر الشائعات، وقال:",
            "كريم السعدي",
            "وزير الإعلام",
        ),
        (
            "وناقش وزير العدل سامي الزيادي ملفات عالقة مع نظيره، وقال إن",
            "سامي الزيادي",
            "وزير العدل",
        ),
        (
            "وتسلم المحافظ عادل الخطيب طلبات مكتوبة من السكان، وقال:",
            "عادل الخطيب",
            "المحافظ",
        ),
        (
            "وقدم النائب كريم السعدي مقترحات مدروسة للحوار، وقال:",
            "كريم السعدي",
            "النائب",
        ),
        (
            "واتهم رئيس الحكومة عادل الخطيب جهات خارجية بتمويل الاحتجاجات، مؤكدا أن",
            "عادل الخطيب",
            "رئيس الحكومة",
        ),
        (
            "ونشرت الوزيرة سلمى الحداد قوات إضافية في الجنوب، وقالت:",
            "سلمى الحداد",
            "الوزيرة",
        ),
    ):
        speaker, got_role = _said(lead)
        assert speaker is not None and speaker.split() == who.split(), (lead, speaker)
        assert got_role == role, (lead, got_role)


def test_near_misses_names_in_at_and_names_of_that_shape() -> None:
    for lead, who in (
        ("وقال الوزير كريم بركات:", "كريم بركات"),
        ("وقال المدرب كريم شحات:", "كريم شحات"),
        ("وقال الرئيس ياسر عرفات:", "ياسر عرفات"),
        ("وقالت الفنانة ريم عابدة:", "ريم عابدة"),
        # (already read right: a feminine noun and its adjective)
        ("وقدم الوزير كريم السعدي خطة شاملة للإصلاح، وقال:", "كريم السعدي"),
    ):
        speaker, _ = _said(lead)
        assert same_name(speaker, who) and speaker.split() == who.split(), (lead, speaker)
