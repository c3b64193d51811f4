"""Constructions left today (kw17d, third session of 2026-12-05).

1. An honorific pronoun noun as the subject after "in it", the verb of
   saying opening a relative on a speech ('ألقى كلمة أوضح فيها سموه أن',
   'كلمة شدد فيها معاليه على'): the honorific was looked for only
   before the verb and at the phrase's start, so the verb went to the
   speaker before. The word after 'فيه'/'فيها' right after the verb is now
   read too, and the person introduced with that honorific speaks. Not a
   plain pronoun verb after 'فيها' (the speaker before goes on).
2. A star of a team named by 'فريق' before a full name ('وقال نجم فريق
   X Y إن', 'نجمة فريق X السابقة Y Z'): 'نجم' was read as a given name
   (speaker 'نجم', or the rest as its role); dev15b's rule knew only
   'منتخب'/'نادي' and a team with the article. 'فريق' now heads the team a
   star is the star of, and the full name after it speaks, the star of
   the team as his role. Not 'نجم الدين X', nor a post of a 'فريق' that
   is no star ('قائد فريق الإنقاذ X Y').
3. A post whose place is told by a preposition and its pronoun, then the
   holder's name ('وقال المدير العام بها X Y', 'الوكيل العام به القاضي X
   Y'): the pronoun was read as the first word of the name. After a
   title's head, 'به'/'بها' within a few words ends the post, and the full
   name after it speaks with the post (without the pronoun) as role. Not a
   title alone after the pronoun ('المستشار فيها'), nor a participle's
   complement ('رئيس اللجنة غير المعترف بها رسميا X Y'). Left: 'فيها' after a post
   of more than one word ends the phrase before it ('رئيس القسم فيها X Y'),
   and the post speaks ('القيادي فيها X Y' after a body is prole's).
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


R = "المباراة المقبلة أمام المتصدر ستكون صعبة على الجميع"


def test_star_of_a_team_named_by_its_head() -> None:
    for lead, who, role in (
        ("وقال نجم فريق الشعلة رامي القاضي", "رامي القاضي", "نجم فريق الشعلة"),
        ("وأكد نجم فريق بورتو رامي القاضي", "رامي القاضي", "نجم فريق بورتو"),
        ("وقالت نجمة فريق الشعلة هالة المصري", "هالة المصري", "نجمة فريق الشعلة"),
        (
            "وقال نجم فريق الشعلة السابق رامي القاضي",
            "رامي القاضي",
            "نجم فريق الشعلة السابق",
        ),
    ):
        q = one(f"{lead} إن «{R}».", "أمام المتصدر")
        assert same_name(q.speaker, who), lead
        assert q.role == role, lead


def test_near_miss_star_given_name_and_other_posts_of_a_team() -> None:
    q = one(f"وقال نجم الدين العطار إن «{R}».", "أمام المتصدر")
    assert same_name(q.speaker, "نجم الدين العطار")
    q = one(f"وقال قائد فريق الإطفاء رامي القاضي إن «{R}».", "أمام المتصدر")
    assert same_name(q.speaker, "رامي القاضي")
    assert q.role == "قائد فريق الإطفاء"


V = "الملف أحيل إلى القضاء بعد استكمال كل التحقيقات اللازمة"


def test_post_placed_by_a_pronoun_before_the_name() -> None:
    for lead, who, role in (
        ("وقال المدير العام بها وليد السقا", "وليد السقا", "المدير العام"),
        ("وقال الوكيل العام به القاضي أنور الملاح", "أنور الملاح", "الوكيل العام"),
        ("وأكد رئيس قسم الجراحة بها وليد السقا", "وليد السقا", "رئيس قسم الجراحة"),
    ):
        q = one(f"زار الوفد المحكمة الإدارية. {lead} أن «{V}».", "استكمال كل")
        assert same_name(q.speaker, who), lead
        assert q.role == role, lead


def test_near_miss_title_alone_after_the_pronoun() -> None:
    q = one(f"زار الوفد المحكمة الإدارية. وقال المستشار فيها إن «{V}».", "استكمال كل")
    assert q.speaker is None or "فيها" not in q.speaker


def test_near_miss_participle_complement_before_the_name() -> None:
    lead = "وقال رئيس اللجنة غير المعترف بها رسميا وليد السقا"
    q = one(f"زار الوفد المحكمة الإدارية. {lead} إن «{V}».", "استكمال كل")
    assert same_name(q.speaker, "وليد السقا")
