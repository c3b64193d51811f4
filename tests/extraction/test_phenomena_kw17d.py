"""Constructions left today (kw17d, third session of 2026-12-05).

1. An honorific pronoun noun as the subject after "in it", the verb of
   saying opening a relative on a speech ('ألقى كلمة أوضح فيها سموه أن',
   'كلمة شدد فيها معاليه على'): the honorific was looked for only
   before the verb and at the phrase's start, so the verb went to the
   speaker before. The word after 'فيه'/'فيها' right after the verb is now
   read too, and the person introduced with that honorific speaks. Not a
   plain pronoun verb after 'فيها' (the speaker before goes on).
"""

from __future__ import annotations

from tests.extraction.helpers import one, same_name

W = "المنطقة الشرقية تنتظر مشاريع صناعية كبيرة في الأعوام المقبلة"
D = "وقال عميد المعهد ناصر الحربي إن «الخريجين هذا العام أكثر عددا من أي وقت مضى»."


def test_honorific_pronoun_after_in_it() -> None:
    for intro, said, who in (
        (
            "رعى صاحب السمو الأمير ماجد بن تركي الحفل السنوي للمعهد.",
            "أوضح فيها سموه",
            "ماجد بن تركي",
        ),
        ("حضر الحفل السنوي للمعهد سمو الأمير ماجد بن تركي.", "أكد فيها سموه", "ماجد بن تركي"),
        (
            "رعى معالي الوزير عادل الشمراني الحفل السنوي للمعهد.",
            "شدد فيها معاليه على",
            "عادل الشمراني",
        ),
        ("حضرت الحفل السنوي للمعهد سمو الأميرة نورة بنت سعد.", "أكدت فيها سموها", "نورة بنت سعد"),
    ):
        for speech in (
            f"وألقى راعي الحفل كلمة بالمناسبة، والتي {said} أن «{W}».",
            f"ثم ألقيت كلمة {said} أن «{W}».",
        ):
            q = one(f"{intro} {D} {speech}", "تنتظر مشاريع")
            assert same_name(q.speaker, who), (intro, speech)


def test_near_miss_plain_pronoun_after_in_it() -> None:
    intro = "رعى صاحب السمو الأمير ماجد بن تركي الحفل السنوي للمعهد."
    q = one(f"{intro} {D} ثم ألقى كلمة أكد فيها أن «{W}».", "تنتظر مشاريع")
    assert same_name(q.speaker, "ناصر الحربي")
