"""Verbs of telling with an addressee object (أبلغ، أخبر، قال لـ …) and the
participles of saying after their clause.

The object of a verb of telling is the one told, never the speaker; a
participle of saying (مضيفا، مشيرا، مؤكدا …) after that clause shares the
verb's subject.  Every article here is invented for the test; each test fails
without the rule it names.
"""

from tests.extraction.helpers import one


def test_participle_after_a_told_quote_in_a_that_clause_is_the_tellers():
    # the subject between أنّ and a verb of telling says the words in marks
    # after its object; the participle after them goes on with him, not with
    # the one told
    for text, fragment, speaker, role in (
        (
            "وبحسب البرقية، فإن الرئيس ميشال سليمان أبلغ القائم بالأعمال الأمريكي "
            'أن "الجيش قادر"، مشيرا إلى أن "المساعدات ضرورية".',
            "المساعدات ضرورية",
            "ميشال سليمان",
            "الرئيس",
        ),
        (
            "وذكرت البرقية أن الوزيرة ليلى الطرابلسي أبلغت السفير الأمريكي أن "
            '"الحكومة مستقرة"، مضيفة أن "المعارضة ضعيفة".',
            "المعارضة ضعيفة",
            "ليلى الطرابلسي",
            "الوزيرة",
        ),
        (
            "وأوضحت البرقية أن وزير الخارجية أخبر المبعوث الأمريكي بأن "
            '"الحوار متوقف"، مشيرا إلى أن "دمشق تماطل".',
            "دمشق تماطل",
            "وزير الخارجية",
            "وزير الخارجية",
        ),
        (
            "وقالت الصحيفة إن الرئيس أبلغ الوفد الأوروبي أن "
            '"الانتخابات في موعدها"، مؤكدا أن "لا تأجيل".',
            "لا تأجيل",
            "الرئيس",
            "الرئيس",
        ),
    ):
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role), (text, q)


def test_the_one_told_after_a_that_clause_is_no_speaker_for_the_participle():
    # no words in marks of the clause's own: the one told is still no speaker
    # for the participle after it
    q = one(
        'وقال الوزير إن الرئيس أبلغ البرلمان بالقرار أمس، مضيفا أن "الحكومة ستنفذه".',
        "الحكومة ستنفذه",
    )
    assert q.speaker == "الوزير", q
    # negative: "أن المجلس طالب الشركة بـ…، مبينا": a verb that is no verb
    # of telling, no words of its own; the participle stays the reporter's
    q = one(
        "وقال الخبير إن المجلس طالب الشركة بتخصيص نسبة من أرباحها، مبينا أن "
        'المفاوضات "لا تزال في بدايتها".',
        "لا تزال",
    )
    assert q.speaker == "الخبير", q
    # a feminine body the participle does not agree with stays out of it
    q = one(
        'وأكد المتحدث أن الوزارة أبلغت الشركة أن "العقد ملغى"، موضحا أن "الإجراءات قانونية".',
        "الإجراءات قانونية",
    )
    assert q.speaker == "المتحدث", q


def test_subject_opening_the_sentence_before_a_verb_of_telling_speaks():
    # "X أبلغ Y أن": the sentence opens with the verb's subject; the phrase
    # after the verb of telling is the one told
    for text, fragment, speaker, role in (
        (
            'الرئيس ميشال سليمان أبلغ السفير أن "الجيش قادر على حماية الحدود".',
            "الجيش قادر",
            "ميشال سليمان",
            "الرئيس",
        ),
        (
            'الوزيرة هند صبري أبلغت السفير أن "الحكومة ملتزمة".',
            "الحكومة ملتزمة",
            "هند صبري",
            "الوزيرة",
        ),
        ('مصدر مطلع أبلغ الصحيفة أن "الاتفاق قريب".', "الاتفاق قريب", "مصدر مطلع", "مصدر مطلع"),
        ('المعارضون أبلغوا الوسيط أن "الحوار انتهى".', "الحوار انتهى", "المعارضون", None),
        (
            'الرئيس ميشال سليمان أبلغ القائم بالأعمال الأمريكي أن "الجيش قادر"، '
            'مضيفا أن "المساعدات ضرورية".',
            "المساعدات ضرورية",
            "ميشال سليمان",
            "الرئيس",
        ),
    ):
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role), (text, q)
    # negative: the object before the verb, taken up by its pronoun ("السفير
    # أبلغه الوزير"), and a time word opening the sentence, are no subject
    q = one('السفير أبلغه الوزير أن "الحكومة مستقرة".', "الحكومة مستقرة")
    assert q.speaker == "الوزير", q
    q = one('اليوم أبلغ الوزير السفير أن "الحكومة مستقرة".', "الحكومة مستقرة")
    assert q.speaker == "الوزير", q


def test_the_one_told_after_the_subject_of_a_verb_of_telling_is_no_part_of_it():
    # verb, subject, object: after the subject's complete title (or its
    # titled name, or an indefinite source and its adjective) the person
    # told opens the object; a rank or an honorific with a name is the one
    # told when the verb's complement follows it
    for text, fragment, speaker, role in (
        (
            'وأبلغ وزير الدفاع الجنرال ديفيد بترايوس بأن "الجيش جاهز".',
            "الجيش جاهز",
            "وزير الدفاع",
            "وزير الدفاع",
        ),
        (
            'وزير الدفاع أبلغ الجنرال ديفيد بترايوس بأن "الجيش جاهز".',
            "الجيش جاهز",
            "وزير الدفاع",
            "وزير الدفاع",
        ),
        (
            'وأبلغ السفير الأمريكي وزير الدفاع أن "واشنطن قلقة".',
            "واشنطن قلقة",
            "السفير الأمريكي",
            "السفير الأمريكي",
        ),
        (
            'وأبلغت الوزيرة هند صبري السفيرة الأمريكية أن "الحكومة ملتزمة بالإصلاح".',
            "الحكومة ملتزمة",
            "هند صبري",
            "الوزيرة",
        ),
        (
            'وأخبر مسؤول أمني الصحفيين أن "التحقيق مستمر".',
            "التحقيق مستمر",
            "مسؤول أمني",
            "مسؤول أمني",
        ),
        (
            'وأبلغ مسؤول لبناني السفير الأمريكي أن "الحكومة ستسقط".',
            "الحكومة ستسقط",
            "مسؤول لبناني",
            "مسؤول لبناني",
        ),
    ):
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role), (text, q)
    # negative: the honorific or rank and name followed by another object
    # are the subject's own; two posts in construct are one man's; an
    # adjective's genitive stays in the source's description
    for text, fragment, speaker, role in (
        (
            'وأبلغ وزير الخارجية الشيخ صباح الخالد السفير الأمريكي أن "الكويت ملتزمة".',
            "الكويت ملتزمة",
            "صباح الخالد",
            "وزير الخارجية",
        ),
        (
            "وأبلغ نائب رئيس الوزراء وزير الخارجية الشيخ صباح الخالد السفير الأمريكي "
            'أن "الكويت ملتزمة".',
            "الكويت ملتزمة",
            "صباح الخالد",
            "نائب رئيس الوزراء وزير الخارجية",
        ),
        (
            'وأبلغ وزير الدفاع اللواء محمد الأحمد السفير أن "الجيش جاهز".',
            "الجيش جاهز",
            "محمد الأحمد",
            "وزير الدفاع",
        ),
        (
            'وطالب مسؤول أمني رفيع المستوى بـ"تشديد الرقابة على الحدود".',
            "تشديد الرقابة",
            "مسؤول أمني رفيع المستوى",
            "مسؤول أمني رفيع المستوى",
        ),
    ):
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role), (text, q)


def test_a_person_told_glued_to_lam_after_the_subjects_title_ends_it():
    # "قال/أكد الوزير للسفير …": after the subject's complete title, a
    # person's title or a delegation glued to لل is the one told
    for text, fragment, speaker in (
        ('وقال الوزير للسفير الأمريكي إن "الحكومة لن تتراجع".', "لن تتراجع", "الوزير"),
        ('وأكد الرئيس للوفد الأمريكي أن "لبنان يريد السلام".', "يريد السلام", "الرئيس"),
        ('وقالت الوزيرة للسفيرة الفرنسية إن "باريس شريك".', "باريس شريك", "الوزيرة"),
        ('وقال مسؤول كبير للسفير إن "الحكومة منقسمة".', "منقسمة", "مسؤول كبير"),
        (
            'وقال السفير الأمريكي للرئيس اللبناني إن "واشنطن تدعم الجيش".',
            "تدعم الجيش",
            "السفير الأمريكي",
        ),
    ):
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, speaker), (text, q)
    # negative: a post that serves someone takes him for its genitive
    for subject in (
        "المستشار الإعلامي للرئيس",
        "المبعوث الخاص للأمين العام",
        "النائب الأول للرئيس",
        "السكرتيرة الخاصة للوزير",
    ):
        q = one(f'وقال {subject} إن "الحوار مستمر".', "الحوار مستمر")
        assert q.role == subject, (subject, q)


def test_a_body_or_plural_of_persons_told_after_the_subject_is_no_part_of_it():
    # after a titled name a body or a nisba plural, after a singular
    # feminine, nisba or title a sound plural of persons: the one told
    for text, fragment, speaker, role in (
        (
            'وأبلغ الرئيس الأمريكي باراك أوباما الكونغرس أن "الحرب انتهت".',
            "الحرب انتهت",
            "باراك أوباما",
            "الرئيس الأمريكي",
        ),
        (
            'وطالب النائب ضياء الدين داود الحكومة بـ"مصارحة الرأي العام بحجم العجز الحقيقي".',
            "مصارحة الرأي",
            "ضياء الدين داود",
            "النائب",
        ),
        (
            'وأخبرت المتحدثة باسم الخارجية الصحفيين أن "الزيارة مؤجلة".',
            "الزيارة مؤجلة",
            "المتحدثة باسم الخارجية",
            "المتحدثة باسم الخارجية",
        ),
        (
            'ودعا رئيس الحزب الديمقراطي المواطنين إلى "المشاركة في الانتخابات".',
            "المشاركة في",
            "رئيس الحزب الديمقراطي",
            "رئيس الحزب الديمقراطي",
        ),
        (
            'وأبلغ السفير الصحفيين أن "الزيارة مؤجلة".',
            "الزيارة مؤجلة",
            "السفير",
            "السفير",
        ),
    ):
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role), (text, q)
    # negative: a body's name is read whole ("مكتب الأمم المتحدة")
    q = one(
        'وحذر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية من أن "الوضع خطير جدا".',
        "الوضع خطير",
    )
    assert q.speaker.startswith("مكتب الأمم المتحدة"), q
