"""Constructions colleagues reported and left (kw15c, session of
2026-12-05).

A number or a group of a definite plural with its size between ("عدد كبير
من", "مجموعة صغيرة من"), and tens, hundreds or thousands of one, with من
or in construct ("عشرات من", "مئات"), are unnamed speakers, many, as "عدد
من" was; a channel's initials spelt in letters' names ("تي في") are part of
its name, as a radio's ("أف أم") were; and a body's acronym in brackets
right before a comma, plain or in initials with full stops, is an aside in
the post, not the holder's name nor the post's end.
"""

from __future__ import annotations

from tests.extraction.helpers import one

R = "«المخزون لن يكفي حتى نهاية الموسم الزراعي الحالي»"
F = "المخزون لن يكفي"


def test_a_number_with_its_size_and_tens_or_hundreds_are_unnamed() -> None:
    q = one(f"وقال عدد كبير من الصيادين إن {R}.", F)
    assert (q.speaker, q.speaker_kind) == ("عدد كبير من الصيادين", "anonymous")
    q = one(f"وأكدت مجموعة صغيرة من الممرضات أن {R}.", F)
    assert (q.speaker, q.speaker_kind) == ("مجموعة صغيرة من الممرضات", "anonymous")
    q = one(f"وقال عشرات من السائقين إن {R}.", F)
    assert (q.speaker, q.speaker_kind) == ("عشرات من السائقين", "anonymous")
    q = one(f"وقال مئات الفلاحين إن {R}.", F)
    assert (q.speaker, q.speaker_kind) == ("مئات الفلاحين", "anonymous")


def test_near_miss_a_group_named_as_a_body_stays_one() -> None:
    q = one(f"وقالت مجموعة البنك الدولي إن {R}.", F)
    assert q.speaker == "مجموعة البنك الدولي"
    assert q.speaker_kind != "anonymous"


def test_a_channels_initials_are_part_of_its_name() -> None:
    q = one(f"وقالت مديرة قناة الوادي تي في هدى منصور إن {R}.", F)
    assert (q.speaker, q.role) == ("هدى منصور", "مديرة قناة الوادي تي في")
    q = one(f"وقال مراسل الوادي تي في إن {R}.", F)
    assert (q.speaker, q.speaker_kind) == ("مراسل الوادي تي في", "anonymous")


def test_near_miss_in_after_a_name_stays_a_preposition() -> None:
    q = one(f"وقالت مديرة القناة هدى منصور في مقابلة إن {R}.", F)
    assert (q.speaker, q.role) == ("هدى منصور", "مديرة القناة")


def test_an_acronym_before_a_comma_is_an_aside_in_the_post() -> None:
    q = one(f"وقال أمين سر حزب الفجر الجديد (ف.ج)، عادل مراد، إن {R}.", F)
    assert (q.speaker, q.role) == ("عادل مراد", "أمين سر حزب الفجر الجديد (ف.ج)")
    q = one(f"وقال عادل مراد، أمين سر حزب الفجر الجديد (ف.ج)، إن {R}.", F)
    assert (q.speaker, q.role) == ("عادل مراد", "أمين سر حزب الفجر الجديد (ف.ج)")
    q = one(f"وقال عادل مراد، أمين سر حزب الفجر (فجد)، إن {R}.", F)
    assert (q.speaker, q.role) == ("عادل مراد", "أمين سر حزب الفجر (فجد)")


def test_near_miss_initials_after_a_title_still_name_a_person() -> None:
    q = one(f"وقال المتهم الرابع (ن.ط) إن {R}.", F)
    assert (q.speaker, q.role) == ("ن.ط", "المتهم الرابع")
    q = one(f"وقال عادل مراد، أمين سر الحزب (الذي انسحب من الحكومة أمس)، إن {R}.", F)
    assert (q.speaker, q.role) == ("عادل مراد", "أمين سر الحزب")
