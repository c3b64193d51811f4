"""A verbal noun (masdar) heading the object of a verb of saying that has
no subject of its own ("وأكدت رفض هيئة الدفاع تأخير المحاكمة، مشيرة إلى
أن …"): what is said, never who says it; the last speaker goes on.

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one

_FIRST = 'قالت الناطقة باسم المحكمة سلمى حداد إن "الجلسة تأجلت". '
_LAST = '، مشيرة إلى أن "القضية تخص الرأي العام".\n'


def test_a_bare_verbal_noun_after_a_verb_of_saying_is_its_object():
    for verb, obj in (
        ("وأكدت", "رفض هيئة الدفاع تأخير المحاكمة"),
        ("وجددت", "رفض الهيئة للقرار"),
        ("وأبدت", "قلق المحكمة من التأخير"),
        ("وأعلنت", "تأخير المحاكمة إلى الشهر المقبل"),
        ("وأكدت", "تفعيل القانون الجديد"),
        ("وأكدت في السياق ذاته", "مواصلة العمل بالإجراءات"),
        ("وشددت", "إدانة الهيئة للاعتداء"),
        ("وأكدت", "انعقاد الجلسة في موعدها"),
    ):
        q = one(_FIRST + verb + " " + obj + _LAST, "القضية تخص")
        assert q.speaker == "سلمى حداد", (obj, q)
        assert q.role == "الناطقة باسم المحكمة", (obj, q)


def test_a_given_name_of_a_verbal_nouns_shape_still_speaks():
    for name in ("إيمان الطرابلسي", "إحسان الطرابلسي", "انتصار الطرابلسي", "ابتسام الطرابلسي"):
        q = one(_FIRST + "وأكدت " + name + _LAST, "القضية تخص")
        assert q.speaker == name, (name, q)
    # a verb with its own subject before the verbal noun needs nothing
    q = one(_FIRST + "وأكدت الوزيرة هدى النمر رفض الحكومة للقرار" + _LAST, "القضية تخص")
    assert q.speaker == "هدى النمر", q
    # a broken plural أفعال, a feminine participle مفاعِلة or a report of a
    # verbal noun's shape is a subject that speaks
    for subject in ("أصحاب المولدات", "مراسلة القناة", "تقرير اللجنة", "أعضاء الهيئة"):
        q = one(_FIRST + "وأكد " + subject + ' أن "القضية تخص الرأي العام".\n', "القضية تخص")
        assert q.speaker and q.speaker.startswith(subject.split()[0]), (subject, q)
