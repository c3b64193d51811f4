"""An anonymous source in the accusative after لكنّ (session of 2026-12-03).

"لكن مصدرا في قوات X قال إن": the accusative head (مصدرا، مسؤولا) and where
the source works, before its verb, is the speaker, as "مصدر في …" is. Every
article here is invented for the test; each positive test fails without the
rule.
"""

from tests.extraction.helpers import one

BEFORE = 'وقال الناطق باسم الجيش نبيل عبد الله إن "القوات تتقدم". '


def test_an_accusative_source_with_its_place_speaks_after_but():
    for but, head, where, verb in (
        ("لكن", "مصدرا", "في قوات الدعم السريع", "قال إن"),
        ("ولكن", "مسؤولا", "في وزارة الدفاع", "أكد أن"),
        ("لكنّ", "مصدرا", "في الحكومة", "قال إن"),
    ):
        q = one(f'{BEFORE}{but} {head} {where} {verb} "الجيش يقصف الأحياء".', "يقصف")
        assert q.speaker == f"{head[:-1]} {where}", (but, head, q)


def test_the_speaker_before_goes_on_without_a_new_subject():
    # negative: "but he said" carries the earlier speaker
    q = one(f'{BEFORE}لكنه قال إن "الجيش يقصف الأحياء".', "يقصف")
    assert q.speaker == "نبيل عبد الله", q
