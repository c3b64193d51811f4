"""Constructions from the Known weaknesses list (kw23a, first session of 2026-12-06).

Every sentence here is invented.

1. dd69942b's على arm (a state told by على and its noun after a bare title
   opening its clause keeps the word before على a name: 'اللواء صقر على رأس
   القوة') read a verb of a name's shape there as the name: 'أن الوزير جلس
   على رأس الطاولة، وقال' gave the speaker 'جلس' ('عمل على رأس الفريق',
   'حصل على موعد' the same). A verb whose complement على introduces
   (phrases._VERBS_WITH_ALA, which gains the verbs of a seat or a stand
   taken: جلس، وقف، نزل) is the title's verb there, no name. Not a family
   name of a verb's shape outside that set ('الوزير نمر على رأس الوفد',
   'الوزير جبر على تواصل دائم').
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«الحكومة لن تتراجع عن قرارها مهما حدث في الأيام المقبلة»."


def _said(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {Q}", "الحكومة لن تتراجع")
    return q.speaker, q.role


# ---------------------------------------------------------------- rule 1


def test_verb_taking_ala_after_a_bare_title_is_no_name() -> None:
    for lead, role in (
        ("وذكرت الصحيفة أن الوزير جلس على رأس الطاولة، وقال:", "الوزير"),
        ("وذكرت الصحيفة أن المدرب عمل على رأس الجهاز الفني، وقال:", "المدرب"),
        ("وذكرت الصحيفة أن الوزير حصل على موعد مع الرئيس، وقال:", "الوزير"),
        ("وذكرت الصحيفة أن الوزير نزل على رأس القائمة، وقال:", "الوزير"),
        ("وأفادت مصادر بأن المحافظ وقف على رأس الطاولة، وقال:", "المحافظ"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == role, (lead, speaker)
        assert got_role == role, (lead, got_role)


def test_near_misses_a_family_name_before_ala() -> None:
    for lead, who, role in (
        ("وذكرت الصحيفة أن اللواء صقر على رأس القوة المنتشرة، وقال:", "صقر", "اللواء"),
        ("وذكرت الصحيفة أن الوزير نمر على رأس الوفد، وقال:", "نمر", "الوزير"),
        ("وذكرت الصحيفة أن الوزير جبر على تواصل دائم مع الحكومة، وقال:", "جبر", "الوزير"),
        ("وذكرت الصحيفة أن الوزير عون على رأس الوفد، وقال:", "عون", "الوزير"),
        # (the name Ali after a verb of a seat taken is still read)
        ("وجلس الرئيس علي صالح على المنصة وقال:", "علي صالح", "الرئيس"),
    ):
        speaker, got_role = _said(lead)
        assert speaker == who, (lead, speaker)
        assert got_role == role, (lead, got_role)
