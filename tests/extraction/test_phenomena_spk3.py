"""Speaker phenomena found on real news text (sets r6-r8, kept outside the
repository).

Every article here is written for the test, in invented sentences with
invented names; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_bare_verb_of_saying_goes_on_with_the_last_reporting_verbs_subject():
    # "قال X …. وأضاف … وأوضح الوزير أنه …. وتابع: «…»": no quote of his
    # before, the person reported in indirect speech for several sentences
    # speaks on (he was first named more than three sentences back)
    text = (
        "قال المهندس سامي الوردي، وزير التجهيز، إن أشغال الطريق ستنتهي قبل الصيف. "
        "وأضاف وزير التجهيز أن الكلفة تجاوزت التقديرات الأولى بقليل. "
        "ثم تحدث عن الجسور الجديدة في الجنوب. "
        "وأوضح الوزير أن الفرق تعمل ليلا ونهارا في الورشات الكبرى. "
        "وتابع: «لن نترك أي قرية معزولة بعد اليوم».\n"
    )
    q = one(text, "لن نترك أي قرية")
    assert q.speaker == "سامي الوردي", q
    assert q.role == "وزير التجهيز", q
