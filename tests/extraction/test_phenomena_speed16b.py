"""Gates of speed16b (fourth session of 2026-12-05): the rules still fire.

speed16b made per-quote work cheaper where it is done and thrown away or
done twice; the output is unchanged (bench/same_output.py identical). These
tests pin that each rule behind a new gate or memo still fires, and that
its near misses stay as they were:

1. "لكنه رفض قائلا" (speakers.but_pronoun_agent): the article's flag for a
   word of refusal is now read before the test on the subject's place.
2. "والأخير قال إن", "وهذا الأخير أكد" (speakers._fronted_latter on the
   subject before the verb): the normalised surface is split only when it
   holds "الاخير"; the table test below pins that no surface without it can
   be "the latter".
3. Words in marks with no cue (speakers.attribute): the subject of the
   verb that opens the sentence is read once (uncued_subject) for the three
   rules that ask for it (a that-clause's titled subject, a named subject
   with its object, the sentence's verb's subject as the last resort).
4. "ودافع X عن …، وقال", "وسارع الوزير X إلى …، قائلا" (speakers.attribute):
   the subject of the clause's first verb is read once per quote
   (clause_subject_once) though two rules ask for it, and the bare reading
   (a name the text never met, before the verb's preposition) comes from
   that one scan (bare_clause_subject), not from a second.
5. "في جلسة سابقة", "في وقت لاحق" (dating.earlier_occasion): whether the
   article has either word is now found once per article, not per quote;
   the relative time phrases (dating.time_moves) are read from their memo
   inline.
"""

from __future__ import annotations

from itertools import product

from claims.extraction import normalize
from claims.extraction.speakers import _THE_LATTER, _THIS_LATTER, _fronted_latter
from tests.extraction.helpers import one, said


def test_refusal_pronoun_still_names_the_one_asked() -> None:
    q = one(
        'وحاولت اللجنة إقناع الطبيبة هالة الصافي بالعودة لكنها رفضت قائلة "لقد حسمت أمري نهائيا".',
        "حسمت أمري",
    )
    assert q.speaker == "هالة الصافي"
    q = one(
        "وحاولت الإدارة إقناع المدرب جمال الوزاني بالبقاء إلا أنه رفض قائلا "
        '"انتهت مهمتي هنا بكل فخر".',
        "انتهت مهمتي",
    )
    assert q.speaker == "جمال الوزاني"
    assert q.confidence == 0.7  # (the refusal rule's, not the clause subject's)


def test_near_miss_no_refusal_the_clause_subject() -> None:
    q = one(
        'وحاولت الإدارة إقناع المدرب جمال الوزاني بالبقاء، وقال "انتهت مهمتي هنا بكل فخر".',
        "انتهت مهمتي",
    )
    assert q.speaker == "جمال الوزاني"
    assert q.confidence == 0.75


def test_the_latter_before_its_verb_still_the_last_named() -> None:
    q = one(
        "والتقى وزير النقل فؤاد الكردي السفير مراد البناني، والأخير قال إن "
        '"العلاقات بين البلدين في أحسن أحوالها".',
        "العلاقات بين",
    )
    assert q.speaker == "مراد البناني"
    q = one(
        "والتقت الوزيرة سلمى العمري بالقاضية رنا الشامي، والأخيرة قالت إن "
        '"العدالة لا تتجزأ أبدا في هذا البلد".',
        "العدالة لا",
    )
    assert q.speaker == "رنا الشامي"
    q = one(
        "وحضر الاجتماع النائب كريم الساعدي والوزير هشام العلوي، والأخير أكد أن "
        '"الميزانية جاهزة للتصويت".',
        "الميزانية جاهزة",
    )
    assert q.speaker == "هشام العلوي"


def test_every_latter_surface_holds_the_gate_word() -> None:
    # the gate in attribute skips _fronted_latter for a surface whose
    # normalised form lacks "الاخير": every form it answers holds it
    firsts = ["", *(_THIS_LATTER), *(f"و{w}" for w in _THIS_LATTER)]
    seconds = [*_THE_LATTER, *(f"و{w}" for w in _THE_LATTER), "الأخير", "الأخيرة"]
    answered = 0
    for a, b in product(firsts, seconds):
        surface = normalize(f"{a} {b}".strip())
        if _fronted_latter(surface) is not None:
            answered += 1
            assert "الاخير" in surface, surface
    assert answered >= 8
    assert _fronted_latter(normalize("الوزير")) is None


def test_uncued_words_still_take_the_opening_verbs_subject() -> None:
    # a that-clause right after the verb that opens the sentence
    q = one(
        'واتهم وزير المالية سمير الدباغ المعارضة بأنها "تعرقل كل الإصلاحات الضرورية للبلاد".',
        "تعرقل كل",
    )
    assert q.speaker == "سمير الدباغ"
    # the verb's named subject and its object right before the marks
    q = one(
        'وفي المقابل، رفض رئيس النقابة عادل الشريف هذا الاقتراح "جملة وتفصيلا ودون أي نقاش".',
        "جملة وتفصيلا",
    )
    assert q.speaker == "عادل الشريف"
    # the sentence's verb's subject, the last resort
    q = one(
        'وحمّل رئيس الحكومة ماجد السويدي الشركة "مسؤولية كل ما حدث في الميناء خلال الأسبوع".',
        "مسؤولية كل",
    )
    assert q.speaker == "ماجد السويدي"


def test_earlier_and_later_occasions_still_take_no_date() -> None:
    lead = 'وقال المحامي رامي الخطيب يوم 3 مارس 2021 إن "القضية ستحسم قريبا". '
    q = one(
        lead + "وكانت النيابة قد طالبت، في جلسة سابقة، بتأجيل المحاكمة، إذ قال ممثلها "
        'إن "الملف لم يكتمل بعد".',
        "الملف لم",
    )
    assert q.date is None
    q = one(lead + 'وفي وقت لاحق، أوضح الخطيب أن "الجلسة القادمة ستكون حاسمة".', "الجلسة القادمة")
    assert q.date is None
    assert said(lead, "القضية").date == "2021-03-03"


def test_near_miss_same_speaker_goes_on_with_the_date() -> None:
    lead = 'وقال المحامي رامي الخطيب يوم 3 مارس 2021 إن "القضية ستحسم قريبا". '
    q = one(lead + 'وأوضح الخطيب أن "الجلسة القادمة ستكون حاسمة".', "الجلسة القادمة")
    assert q.date == "2021-03-03"


def test_time_moving_on_still_drops_the_carried_date() -> None:
    lead = 'وقال الوزير أنور السالم يوم 5 مايو 2019 إن "الطريق سيفتح قريبا". '
    q = one(lead + 'وبعد عدة أشهر، قال السالم إن "الأشغال توقفت تماما".', "الأشغال توقفت")
    assert q.date is None
    q = one(lead + 'وقال السالم إن "الأشغال توقفت تماما".', "الأشغال توقفت")
    assert q.date == "2019-05-05"


def test_clause_subject_before_a_participle_still_speaks() -> None:
    q = one(
        'وسارع وزير الصحة عمر الفاسي إلى الترحيب بالاتفاق، قائلا "هذه خطوة تاريخية".',
        "خطوة تاريخية",
    )
    assert q.speaker == "عمر الفاسي"
    q = one('واكتفى مصدر حكومي بالقول "الملف قيد الدراسة".', "قيد الدراسة")
    assert q.speaker == "مصدر حكومي"


def test_bare_name_before_the_verbs_preposition_still_speaks() -> None:
    # a name the text never met, right after the clause's verb, then one
    # word glued to لـ or an adverb, then the verb's preposition
    q = one(
        'وتحدثت رنا الحسيني للإذاعة عن المشروع، وقالت: "سنبدأ التنفيذ بعد شهرين".',
        "سنبدأ التنفيذ",
    )
    assert q.speaker == "رنا الحسيني"
    q = one(
        'واعتذر عماد السقا مجددا عن التأخير، وقال: "الظروف كانت أقوى منا".',
        "الظروف كانت",
    )
    assert q.speaker == "عماد السقا"
    q = one(
        'وتحدث باسل القاسمي للصحفيين عن الأزمة، مؤكدا أن "الحل بيد الحكومة وحدها".',
        "الحل بيد",
    )
    assert q.speaker == "باسل القاسمي"


def test_near_miss_no_preposition_after_the_bare_name() -> None:
    # (a word that is no adverb of the list between: nobody, as before)
    q = one(
        'وتحدث باسل القاسمي أمس عن الأزمة، وقال: "الحل بيد الحكومة وحدها".',
        "الحل بيد",
    )
    assert q.speaker is None
