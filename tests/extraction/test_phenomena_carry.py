"""Whose words a quote carries when the cue before it names someone else
first: a relay verb whose object is a noun of saying in construct with the
one who spoke ('وتنقل البرقية قول الرئيس X: «…»'), and the follow-ups that go
on with him.

Every article here is invented for the test.
"""

from tests.extraction.helpers import one


def test_relay_of_a_named_persons_words_gives_that_person():
    q = one(
        "وتنقل البرقية المؤرخة في 3 مارس 2008 قول الوزير سامي الحداد لوفد "
        'البرلمان: "لن نقبل بأي تسوية لا تحفظ حقوقنا".',
        "لن نقبل",
    )
    assert (q.speaker, q.role) == ("سامي الحداد", "الوزير"), q
    q = one(
        'ونقلت الصحيفة حديث السفيرة ماري جونز للصحفيين: "نحن قلقون من تدهور الوضع".',
        "نحن قلقون",
    )
    assert (q.speaker, q.role, q.via) == ("ماري جونز", "السفيرة", "الصحيفة"), q
    q = one(
        'ونقلت الصحف تصريح الناطق الرسمي باسم الحكومة: "لا نية لرفع الأسعار الآن".',
        "لا نية",
    )
    assert q.speaker == "الناطق الرسمي باسم الحكومة", q


def test_relay_of_words_with_no_person_keeps_the_relayer():
    # his words (a pronoun), a thing's talk: no one named speaks
    q = one(
        'وقال الوزير أحمد العلي إن "الحكومة ماضية في الإصلاح". '
        'ونقلت الصحيفة كلامه إلى رئيس الحكومة "دون أي تعديل يذكر".',
        "دون أي",
    )
    assert q.speaker == "الصحيفة", q
    q = one(
        'ونقلت الوكالة عن مصدر حكومي قوله إن "القرار نهائي ولا رجعة فيه".',
        "القرار نهائي",
    )
    assert q.speaker == "مصدر حكومي", q


def test_relayer_described_with_a_name_in_marks_before_the_particle():
    # the outlet's affiliation names a body in marks before عن: the one
    # after عن speaks, and the follow-up goes on with him
    q = one(
        'ونقلت صحيفة "الأيام" المقربة من "حزب الاتحاد" عن وزير الداخلية '
        'خالد سعيد قوله إن "الوضع تحت السيطرة".',
        "الوضع تحت",
    )
    assert (q.speaker, q.role) == ("خالد سعيد", "وزير الداخلية"), q
    text = (
        'ونقلت وكالة "سبأ" التابعة لـ"الحكومة الشرعية" عن اللواء سالم ناصر '
        'قوله إن "المعارك مستمرة". وأضاف أن "الجيش يتقدم على كل الجبهات".'
    )
    assert one(text, "المعارك").speaker == "سالم ناصر"
    assert one(text, "الجيش يتقدم").speaker == "سالم ناصر"


def test_marks_after_a_relay_verb_with_no_particle_change_nothing():
    # "by way of" after a place in marks: no relay, the minister goes on
    q = one(
        'وقال الوزير أحمد العلي إن "الحكومة ماضية في الإصلاح". ونقلت الشرطة '
        'المصابين إلى "مستشفى الأمل" عن طريق سيارات الإسعاف. '
        'وأضاف: "الوضع تحت السيطرة تماما".',
        "الوضع تحت",
    )
    assert q.speaker == "أحمد العلي", q
