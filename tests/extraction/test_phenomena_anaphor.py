"""Anaphoric descriptions as the speaker (session anaphor): "the same X"
before its noun ("ذات المصدر", "نفس المصدر"), "the latter" with its
demonstrative ("هذا الأخير", "هذه الأخيرة") and "the one concerned"
("المعني بالأمر") refer back to a person the text named.

Every article here is written for the test, with invented names and
sentences of its own; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_the_same_source_before_its_noun_is_the_last_speaker():
    # "وأضاف نفس المصدر", "وحسب ذات المصدر فإن": "the same" before the noun
    # is "المصدر ذاته": the one quoted before, with his role, as a subject
    # of a verb or after "according to"
    text = (
        'وصرح الناطق الرسمي باسم الحزب سليم بن عمر بأن "الحزب سيشارك في الانتخابات". '
        'وأضاف نفس المصدر أن "القائمة جاهزة منذ أسابيع".\n'
    )
    q = one(text, "القائمة جاهزة")
    assert q.speaker == "سليم بن عمر", q
    assert q.role == "الناطق الرسمي باسم الحزب", q
    text = (
        'قال رئيس الجمعية منير العلمي إن "الموسم كان صعبا على الفلاحين". '
        'وحسب ذات المصدر فإن "الأسعار ارتفعت بشكل كبير".\n'
    )
    q = one(text, "الأسعار ارتفعت")
    assert q.speaker == "منير العلمي", q
    assert q.role == "رئيس الجمعية", q
    # "واعتبر ذات الدبلوماسي المنتمي لصفوف X بأن": what follows the noun
    # describes the one quoted before (named with no post), no new name
    text = (
        'أكد كريم بوعلام خلال لقائه بالسفير الفرنسي أن الحزب "لن يقبل بأي تسوية مفروضة". '
        'واعتبر ذات الدبلوماسي المنتمي لصفوف المعارضة بأن "الحوار هو الحل الوحيد".\n'
    )
    q = one(text, "الحوار هو الحل")
    assert q.speaker == "كريم بوعلام", q
    assert q.role == "الدبلوماسي المنتمي لصفوف المعارضة", q
    text = (
        'قالت الناشطة سلمى بوزيد إن "المعتقلين يعانون من ظروف صعبة". '
        'وأضافت نفس الناشطة المقيمة في باريس أن "العائلات تنتظر".\n'
    )
    q = one(text, "العائلات تنتظر")
    assert q.speaker == "سلمى بوزيد", q
    # (not "في نفس الوقت", "في ذات السياق" before a new speaker: he speaks)
    text = (
        'قال رئيس الجمعية منير العلمي "الموسم كان صعبا". '
        'وفي ذات السياق قال وزير الفلاحة رضا الكافي "الدعم قادم".\n'
    )
    q = one(text, "الدعم قادم")
    assert q.speaker == "رضا الكافي", q


def test_this_latter_is_the_last_person_mentioned():
    # "التقى X بـY. وقال هذا الأخير": the last person met, not the subject
    # of the sentence before; "هذه الأخيرة" a woman
    text = (
        "التقى رئيس الحكومة أحمد العلوي بالأمين العام للنقابة سمير الطرابلسي. "
        'وقال هذا الأخير إن "الحوار سيستمر الأسبوع المقبل".\n'
    )
    q = one(text, "الحوار سيستمر")
    assert q.speaker == "سمير الطرابلسي", q
    text = (
        "استقبل الوالي مراد بن علي رئيسة الجمعية نادية الفاسي بمقر الولاية. "
        'وقالت هذه الأخيرة إن "المشروع سيوفر مئات مناصب الشغل".\n'
    )
    q = one(text, "المشروع سيوفر")
    assert q.speaker == "نادية الفاسي", q
    # ("الاجتماع الأخير": an adjective, the speaker is the verb's subject)
    text = (
        "التقى رئيس الحكومة أحمد العلوي بالأمين العام للنقابة سمير الطرابلسي. "
        'وقال رئيس الحكومة في الاجتماع الأخير إن "الحوار سيستمر".\n'
    )
    q = one(text, "الحوار سيستمر")
    assert q.speaker == "أحمد العلوي", q


def test_the_one_concerned_is_the_last_named_speaker():
    # "وأشار المعني بالأمر إلى أن «…»": the one the story is about, quoted
    # before; "الوزير المعني", "الجهات المعنية" are no such reference
    text = (
        'قال وزير الداخلية كمال العياري إن "الوضع الأمني مستقر". '
        'وأشار المعني بالأمر إلى أن "الحدود تحت السيطرة التامة".\n'
    )
    q = one(text, "الحدود تحت السيطرة")
    assert q.speaker == "كمال العياري", q
    text = (
        'قالت الوزيرة سعاد الرايس إن "الإصلاح مستمر". '
        'وأضافت المعنية بالأمر أن "النتائج ستظهر قريبا".\n'
    )
    q = one(text, "النتائج ستظهر")
    assert q.speaker == "سعاد الرايس", q
    text = (
        'قالت الوزيرة سعاد الرايس إن "الإصلاح مستمر". '
        'وقالت الجهات المعنية إن "النتائج ستظهر قريبا".\n'
    )
    q = one(text, "النتائج ستظهر")
    assert q.speaker != "سعاد الرايس", q
