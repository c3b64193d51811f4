"""Which earlier person a follow-up verb of saying with no subject of its
own goes to (session carry2, 2026-12-03).

Every article here is invented for the test; each positive test fails
without the rule it names.
"""

from tests.extraction.helpers import one


def test_person_inside_the_that_clause_of_the_sentence_before_does_not_go_on():
    # "واعتبر أن …، لافتا إلى أن وزير خارجية X أكد له …. وتابع: «…»": the
    # person named inside what the speaker reported (the subject of a verb
    # in the that-clause of a verb with no subject of its own) is what he
    # told of; the speaker goes on
    for text, fragment, speaker in (
        (
            'أكد وزير الداخلية سليم حداد أن "الأمن مستتب في كل المناطق". واعتبر أن '
            "على الحكومة الإسراع بالتعيينات، لافتا إلى أن وزير خارجية قطر أكد له "
            'وقوف قطر إلى جانب لبنان. وتابع: "أبلغني الرجل أنه سيزور بيروت قريبا جدا".',
            "سيزور بيروت",
            "سليم حداد",
        ),
        (
            'قال النائب وليد عيسى: "المجلس سيجتمع الأسبوع المقبل". وأوضح أن سفير '
            "فرنسا أبلغ رئيس المجلس نبيه خليل دعم باريس للمؤتمر. وتابع: "
            '"سنطلب دعما إضافيا من الدول الصديقة".',
            "دعما إضافيا",
            "وليد عيسى",
        ),
        (
            'أكد رئيس البلدية مروان طه أن "المشروع سينطلق قريبا". ولفت إلى أن '
            "مسؤولا أوروبيا رفيعا أبلغ المحافظ سمير ناصيف موافقة الاتحاد على "
            'التمويل. وأضاف: "وصلتنا الرسالة الرسمية أمس".',
            "الرسالة الرسمية",
            "مروان طه",
        ),
        # no quote of his before: the chain of his verbs goes on past the
        # verb inside the that-clause
        (
            "قال وزير الإعلام نادر كرم إن الحكومة مستمرة. واعتبر أن الأزمة "
            "عابرة، لافتا إلى أن وزير خارجية مصر أكد له وقوف مصر إلى جانب لبنان. "
            'وتابع: "أبلغني الوزير أن القاهرة ستدعمنا بكل قوة".',
            "ستدعمنا",
            "نادر كرم",
        ),
    ):
        q = one(text, fragment)
        assert q.speaker == speaker, (fragment, q)


def test_subject_of_the_first_verb_of_saying_of_the_sentence_before_still_goes_on():
    # negatives: the sentence before opens with a verb of saying and its own
    # subject, who goes on (today's answer)
    q = one(
        'قال الوزير سامي فؤاد إن "الاقتصاد يتحسن". وقال وزير الإعلام رامي نصر '
        "في مؤتمر صحفي، إن الحكومة ستجتمع غدا. وأضاف قائلا: "
        '"سنعلن القرارات بعد الجلسة".',
        "سنعلن القرارات",
    )
    assert q.speaker == "رامي نصر", q
    q = one(
        'قال النائب وليد عيسى: "المجلس سيجتمع الأسبوع المقبل". وقال رئيس '
        "الحكومة فؤاد سالم إن سفير فرنسا أبلغ المجلس دعم باريس. وتابع: "
        '"سنطلب دعما إضافيا من الدول الصديقة".',
        "دعما إضافيا",
    )
    assert q.speaker == "فؤاد سالم", q
    q = one(
        "ذكرت البرقية أن مسؤولا كويتيا رفيعا أبلغ السفيرة ديبرا جونز أن الوضع "
        'مقلق. وأضاف المسؤول: "نحن قلقون جدا من التطورات".',
        "قلقون",
    )
    assert q.speaker == "مسؤول كويتي رفيع", q
