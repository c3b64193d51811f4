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
