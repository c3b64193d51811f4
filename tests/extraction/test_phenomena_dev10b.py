"""Speakers on development sets e4–e7 (dev10b, 2026-12-04).

A source a preposition names ("بحسب صحيفة X"، "نقلا عن وكالة Y") was taken
up by a participle later in its sentence ("مضيفة أن «…»") even when the
sentence named a titled person after it as the subject of a verb of saying
("نقلا عن Y رسالة تفيد بأن السفيرة Z أبلغت …، مضيفة"): the person goes on.
Not a person whose verb is no verb of saying ("وحسب X، فإن الوزيرة Y زارت
…، مؤكدة": the source goes on, as test_phenomena_rev8 holds), nor a person
who does not agree with the participle.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import one


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            # "نقلا عن X وثيقة تشير إلى أن الوزيرة Y أبلغت …، مؤكدة"
            "نشرت صحيفة محلية نقلا عن وكالة الأنباء وثيقة سرية تشير إلى أن "
            "وزيرة المالية سلمى الناصري أبلغت السفير الكندي أن الميزانية "
            "ستتأخر، مؤكدة أنها ستستقيل «إذا لم تقر الحكومة الإصلاحات».",
            "إذا لم تقر",
            "سلمى الناصري",
        ),
        (
            # "نقلا عن X رسالة تفيد بأن السفيرة Y أبلغت …، مضيفة"
            "ونشرت القناة نقلا عن صحيفة الأيام رسالة مسربة تفيد بأن سفيرة "
            "السويد آنا لارسون أبلغت وزير الخارجية أن بلادها ستعيد النظر في "
            "المساعدات، مضيفة أن «القرار لم يتخذ بعد».",
            "القرار لم",
            "آنا لارسون",
        ),
        (
            # "بحسب X، التقت الوزيرة Y … وقالت …، مضيفة"
            "وبحسب صحيفة الأيام، التقت وزيرة التربية هدى العلمي النقابات أمس "
            "وقالت لهم إن الإضراب غير قانوني، مضيفة أن «الحوار هو الطريق الوحيد».",
            "الحوار هو",
            "هدى العلمي",
        ),
    ],
)
def test_a_person_who_speaks_after_a_prepositional_source_goes_on(text, fragment, speaker):
    # "نقلا عن X … أن الوزيرة Y أبلغت …، مؤكدة «…»": the participle is Y's
    q = one(text, fragment)
    assert q.speaker == speaker, q


@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            # no titled person after the source
            "وحسب وكالة الأنباء الرسمية، فإن الحكومة ستعلن برنامجا جديدا للسكن "
            "خلال أيام، مؤكدة أن «العائلات الفقيرة لها الأولوية».",
            "العائلات الفقيرة",
        ),
        (
            # the person's verb is no verb of saying
            "وبحسب وكالة الأنباء الرسمية، فإن وزيرة التربية هدى العلمي زارت "
            "المدارس المتضررة أمس، مؤكدة أن «الدراسة ستستأنف الأحد المقبل».",
            "الدراسة ستستأنف",
        ),
        (
            # the person does not agree with the participle
            "وبحسب وكالة الأنباء الرسمية، فإن وزير التربية سمير العلمي أكد "
            "للنقابات أن الإضراب غير قانوني، مؤكدة أن «الدراسة ستستأنف الأحد».",
            "الدراسة ستستأنف",
        ),
    ],
)
def test_the_source_goes_on_with_no_person_speaking_after_it(text, fragment):
    # near misses: the source named by the preposition goes on
    q = one(text, fragment)
    assert q.speaker == "وكالة الأنباء الرسمية", q
