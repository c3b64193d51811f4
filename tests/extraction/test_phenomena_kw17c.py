"""Constructions from the Known weaknesses list (kw17c, third session of 2026-12-05).

1. A wire known by its name alone, with no head noun (وكالة, قناة), named
   after the quote, a comma and a relay's word ('وقال X إن «…»، نقلا عن
   رويترز.', '، وفقا لفرانس برس', '، بحسب سكاي نيوز'): ``via`` stayed
   empty, since only an outlet's head was looked for after the relay's word.
   A name of words._WIRE_NAMES right after the relay's word or its عن now
   fills ``via``. Not a wire named after another word ('، نقلا عن مصدر
   تحدث لرويترز'), nor a source that is no outlet.
2. A body, not a person, in construct with a noun of saying that is the
   subject of جاء or glued to بـ before أنّ ('وجاء تأكيد الحكومة أن «…»',
   'وجاء تأكيد وزارة X على أن', 'وانتهى الاجتماع بإعلان الهيئة أن'): no
   speaker, since only a person or a group was taken as the noun's agent
   (speakers.statement_agent). A body now is too. Not after بتحذير (the
   one warned is its object), nor a person's words (unchanged).
3. A document, a verb of publishing with its pronoun, a day, then an
   outlet or a body ('وقال تقرير نشرته أمس صحيفة X إن', 'وقال بيان أصدرته
   اليوم وزارة X إن'): the bare document spoke ("تقرير"), since the outlet
   was looked for right after the verb only. A day of words._DEICTIC_DAYS
   between them is now passed over. Not a person after the day ('تقرير
   نشره أمس الكاتب X Y' stays the document).
4. After a relative, a verb with its object's pronoun whose own gender is
   not the relative's ('التقت الوزيرة X بالسفير Y، الذي وصفته بأنه «…»',
   'التقى الوزير X بالسفيرة Y، التي وصفها بأنها'): the antecedent spoke,
   the verb's gender ignored. The antecedent is the verb's object, and
   the clause's subject, who agrees, speaks. Not a verb of the relative's
   gender ('الذي قال', 'الذي وصف اللقاء بأنه': the antecedent speaks).
"""

from __future__ import annotations

from tests.extraction.helpers import one, same_name

Q = "المصانع الجديدة ستفتح أبوابها أمام العمال مطلع الربيع القادم"
S = "وقال وزير الصناعة فريد الشامي"


def test_relay_after_the_quote_to_a_wire_named_alone() -> None:
    for after, wire in (
        ("نقلا عن رويترز", "رويترز"),
        ("نقلا عن فرانس برس", "فرانس برس"),
        ("وفقا لرويترز", "رويترز"),
        ("بحسب سكاي نيوز", "سكاي نيوز"),
    ):
        q = one(f"{S} إن «{Q}»، {after}.", "المصانع الجديدة")
        assert same_name(q.speaker, "فريد الشامي"), after
        assert q.via == wire, after


def test_near_miss_wire_after_another_word_or_no_outlet() -> None:
    for after in ("نقلا عن مصدر تحدث لرويترز", "نقلا عن مصادر مطلعة"):
        q = one(f"{S} إن «{Q}»، {after}.", "المصانع الجديدة")
        assert same_name(q.speaker, "فريد الشامي"), after
        assert q.via is None, after
    q = one(f"{S} إن «{Q}»، نقلا عن وكالة رويترز.", "المصانع الجديدة")
    assert q.via == "وكالة رويترز"


R = "المخزون الاستراتيجي من القمح يكفي حاجة البلاد لستة أشهر على الأقل"


def test_a_body_after_a_noun_of_saying_speaks() -> None:
    for lead, who in (
        ("وجاء تأكيد الحكومة أن", "الحكومة"),
        ("وجاء تأكيد وزارة التجارة على أن", "وزارة التجارة"),
        ("وانتهى الاجتماع بإعلان الهيئة أن", "الهيئة"),
    ):
        q = one(f"{lead} «{R}».", "المخزون الاستراتيجي")
        assert same_name(q.speaker, who), lead


def test_near_miss_the_one_warned_and_a_person() -> None:
    q = one(f"وانتهت الجلسة بتحذير الحكومة أن «{R}».", "المخزون الاستراتيجي")
    assert q.speaker is None
    q = one(f"وجاء تأكيد وزير التجارة نادر سليم أن «{R}».", "المخزون الاستراتيجي")
    assert same_name(q.speaker, "نادر سليم")


P = "عدد السياح الوافدين تراجع بنحو الثلث خلال موسم الصيف الماضي"


def test_document_published_on_a_day_by_an_outlet_or_a_body() -> None:
    for lead, who in (
        ("وقال تقرير نشرته أمس صحيفة الوادي إن", "صحيفة الوادي"),
        ("وقال بيان أصدرته اليوم وزارة السياحة إن", "وزارة السياحة"),
        ("وكشفت دراسة نشرتها الأحد مجلة الاقتصاد الجديد أن", "مجلة الاقتصاد الجديد"),
    ):
        q = one(f"{lead} «{P}».", "السياح الوافدين")
        assert same_name(q.speaker, who), lead


def test_near_miss_a_person_after_the_day() -> None:
    q = one(f"وقال تقرير نشره أمس الكاتب جميل العطار إن «{P}».", "السياح الوافدين")
    assert q.speaker == "تقرير"


W = "شريك موثوق في كل مشاريع التنمية التي تنفذها الحكومة في الجنوب"


def test_relative_verb_of_the_other_gender_with_an_object_pronoun() -> None:
    for text, who in (
        (f"استقبلت الوزيرة هالة النجار السفير كريم الزين، الذي وصفته بأنه «{W}».", "هالة النجار"),
        (f"التقى المحافظ وليد حمدان بالمديرة رنا سالم، التي وصفها بأنها «{W}».", "وليد حمدان"),
    ):
        q = one(text, "شريك موثوق")
        assert same_name(q.speaker, who), text


def test_near_miss_relative_verb_of_its_gender() -> None:
    for tail in (f"الذي قال إن «{W}»", f"الذي وصف اللقاء بأنه «{W}»"):
        q = one(f"استقبلت الوزيرة هالة النجار السفير كريم الزين، {tail}.", "شريك موثوق")
        assert same_name(q.speaker, "كريم الزين"), tail
