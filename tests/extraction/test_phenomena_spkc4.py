"""Phenomena found in the speaker misses of the real sets r1-r6 in special
constructions: statements and their issuers, headlines (spkc4).

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_the_subject_of_a_pluperfect_issuing_verb_speaks_in_its_statement():
    # "وكانت الحركة أصدرت بيانا قالت فيه": after كان, with no قد, the verb
    # that issues the statement ends its subject (not part of its name); the
    # issuer speaks in the statement, whatever its name
    text = (
        "وكانت جمعية المزارعين أصدرت بيانا أمس قالت فيه إنها "
        '"لن تقبل بأسعار الشراء الجديدة مهما كانت الضغوط".\n'
    )
    q = one(text, "لن تقبل بأسعار")
    assert q.speaker == "جمعية المزارعين", q
    # masculine, the issuer a bare name, a colon for the cue
    text = (
        "وكان حزب الأمل نشر بلاغا اليوم قال: إنه "
        '"سيقاطع الجلسة المقبلة للبرلمان احتجاجا على القانون".\n'
    )
    q = one(text, "سيقاطع الجلسة")
    assert q.speaker == "حزب الأمل", q
    # a body named in marks and set off by a comma, the verb feminine: the
    # bare name is the body's, not a man's
    text = (
        "ودعا المتحدث إلى الهدوء. وكانت “رابطة الأطباء”، أصدرت بيانا أمس قالت: إنها "
        "“تابعت بقلق بالغ الاعتداءات على الطواقم الطبية في المستشفيات”.\n"
    )
    q = one(text, "تابعت بقلق بالغ")
    assert q.speaker == "رابطة الأطباء", q


def test_a_statement_received_is_not_issued_by_the_subject():
    # "وكانت الحكومة تلقت رسالة من النقابة قالت فيها": who receives a
    # statement does not speak in it
    text = (
        "وكانت الحكومة تلقت رسالة من النقابة قالت فيها إن "
        '"الأجور لم تعد تكفي العمال في المدن الكبرى".\n'
    )
    q = one(text, "الأجور لم تعد")
    assert q.speaker != "الحكومة", q


def test_who_held_an_interview_with_the_press_speaks_in_it():
    # "في حوار أجراه X مع الصحف المحلية أكد أن": the cue has no subject;
    # the subject of أجرى gave the interview to the press and speaks
    text = (
        "الجزائر - وكالات - في حوار اجراه بوعلام مع الصحف المحلية اكد إنّ "
        'الإصلاحات "ستتواصل رغم كل الصعوبات التي تواجهها البلاد".\n'
    )
    q = one(text, "ستتواصل رغم كل")
    assert q.speaker == "بوعلام", q
    # feminine, a titled subject, an outlet after مع, a comma
    text = (
        "وفي مقابلة أجرتها وزيرة التربية مع قناة الشرق، قالت إن "
        '"المدارس ستفتح أبوابها في موعدها المحدد".\n'
    )
    q = one(text, "المدارس ستفتح")
    assert q.speaker == "وزيرة التربية", q


def test_an_interview_held_with_a_titled_person_is_his_words():
    # "وفي مقابلة أجراها الصحفي X مع وزير المالية، قال إن": the one
    # interviewed speaks, not the journalist
    text = (
        "وفي مقابلة أجراها الصحفي كريم مع وزير المالية، قال إن "
        '"العجز سيتراجع هذا العام بشكل ملحوظ".\n'
    )
    q = one(text, "العجز سيتراجع")
    assert q.speaker == "وزير المالية", q
    # negative: a meeting with the press and no interview verb keeps the
    # speaker named before
    text = (
        "التقى الوزير سامي عادل نظيره أمس. وفي لقاء مع الصحفيين، قال إن "
        '"التعاون بين البلدين سيتعزز في المرحلة المقبلة".\n'
    )
    q = one(text, "التعاون بين البلدين")
    assert q.speaker == "سامي عادل", q


def test_a_legal_text_that_provided_speaks_in_the_masculine_past():
    # "أوضح أن قانون الموازنة نص على «…»": the masculine past نص before على,
    # after a legal text, is "provided", as ينص/تنص/نصت are; the law's
    # words, not the minister's
    text = (
        "قال الوزير سامي عادل إن الأمر متعمد. كما أوضح أن قانون الموازنة نص على "
        '"أن تمويل الميزانية يأتي من الاحتياطي العام"، مبينا أن للاحتياطي سلطة التقدير.\n'
    )
    q = one(text, "أن تمويل الميزانية")
    assert q.speaker == "قانون الموازنة", q
    text = (
        "قال الوزير سامي عادل إن الأمر متعمد. وأضاف أن القرار الوزاري نص على "
        '"منع التجمعات في الأماكن العامة طيلة الشهر".\n'
    )
    q = one(text, "منع التجمعات")
    assert q.speaker == "القرار الوزاري", q
    # negative: the noun "text" ("نص البيان") is no verb
    text = 'قال الوزير سامي عادل إن "نص البيان لم يصلنا بعد من الوزارة المعنية".\n'
    q = one(text, "نص البيان لم")
    assert q.speaker == "سامي عادل", q


def test_a_thing_that_reveals_inside_a_sources_that_clause_is_his_words():
    # "قال مصدر مطلع إن ما نشره الموقع من تسريبات تكشف في أغلبها «…»": the
    # verb of the that-clause agrees with the thing that reveals, nobody who
    # speaks; the source who tells the clause speaks
    text = (
        'عمان ـ وكالات ـ قال مصدر أردني مطلع إن ما بثته قناة "الحدث" الفضائية من '
        'تسجيلات تتعلق بالأردن تظهر في معظمها "جهل القناة التام بما يجري في البلاد".\n'
    )
    q = one(text, "جهل القناة التام")
    # (the source's description whole, "informed" too: test_phenomena_bound)
    assert q.speaker == "مصدر أردني مطلع", q
    text = (
        'الرباط ـ وكالات ـ قال مسؤول مغربي مطلع إن ما عرضه برنامج "الحقيقة" '
        "التلفزيوني من شهادات تخص المغرب تكشف في مجملها "
        '"انحيازا فاضحا ضد المؤسسات الدستورية".\n'
    )
    q = one(text, "انحيازا فاضحا")
    assert q.speaker == "مسؤول مغربي مطلع", q
    # negative: the verb in a sentence of its own is no part of his clause
    text = (
        "قال مصدر مغربي مطلع إن الأمر خطير. وتكشف الشهادات التي عرضها البرنامج "
        'في مجملها "انحيازا فاضحا ضد المؤسسات الدستورية".\n'
    )
    q = one(text, "انحيازا فاضحا")
    assert q.speaker != "مصدر مغربي", q


def test_who_wrote_on_his_page_with_dawwana_speaks():
    # "دوّن X في صفحته" then the words on a line of their own: دوّن (wrote,
    # posted) is a verb of saying before a page or an account, as كتب is
    text = (
        "أخبار الثقافة\n\nدون الروائي كريم الهادي في صفحته\n\n"
        "” الرواية الجديدة ستصدر في الخريف المقبل عن دار نشر تونسية ”\n"
    )
    q = one(text, "الرواية الجديدة ستصدر")
    assert q.speaker == "كريم الهادي", q
    text = (
        "أخبار الثقافة\n\nودوّنت الشاعرة سلمى عادل على صفحتها\n\n"
        "” القصيدة الأخيرة كتبتها في ليلة واحدة بعد عودتي من السفر ”\n"
    )
    q = one(text, "القصيدة الأخيرة")
    assert q.speaker == "سلمى عادل", q
    # negative: دون "without" after the verb's subject takes no words from it
    text = (
        "قال الوزير سامي عادل دون تردد في صفحته الرسمية إن "
        '"الحكومة ستعلن قريبا عن خطة جديدة للإصلاح".\n'
    )
    q = one(text, "الحكومة ستعلن قريبا")
    assert q.speaker == "سامي عادل", q


def test_a_document_after_a_demonstrative_is_the_verbs_subject():
    # "وتكشف هذه الوثائق السرية عن …", "وتقول هذه البرقية إن": the
    # demonstrative points to a document, the subject of the verb of saying
    text = (
        "وتكشف هذه الوثائق السرية بشكل خاص عن نصيحة لبعض المسؤولين "
        'ب"عدم تقليص المساعدات العسكرية خلال العام المقبل".\n'
    )
    q = one(text, "عدم تقليص المساعدات")
    assert q.speaker == "الوثائق السرية", q
    text = 'وتقول هذه البرقية إن "الوزير لا يثق في مستشاريه منذ سنوات".\n'
    q = one(text, "الوزير لا يثق")
    assert q.speaker == "البرقية", q
    # negative: a person after the demonstrative is no document
    text = 'وقال هذا الرجل إن "الوزير لا يثق في مستشاريه منذ سنوات".\n'
    q = one(text, "الوزير لا يثق")
    assert q.speaker != "الرجل", q


def test_the_subject_of_the_present_yasifuhu_describes_with_his_words():
    # "القصر الذي يصفه الدبلوماسي الأمريكي بـ«…»": the present of وصف with
    # its object pronoun is a cue as وصفه is; its subject speaks, not the
    # document the sentence tells of
    text = (
        "وتشير البرقية إلى شركة لها صلة بالقصر، القصر الذي يصفه الدبلوماسي "
        "الأمريكي ب “قمة الفساد في البلاد”.\n"
    )
    q = one(text, "قمة الفساد")
    assert q.speaker == "الدبلوماسي الأمريكي", q
    text = (
        'وتتحدث الوثيقة عن الحزب الذي تصفه السفيرة الأمريكية بـ"أكبر قوة سياسية منظمة في البلاد".\n'
    )
    q = one(text, "أكبر قوة سياسية")
    assert q.speaker == "السفيرة الأمريكية", q
    # negative: with no subject after it, the one who speaks goes on
    text = (
        "قال الوزير سامي عادل إن الإصلاح الذي يصفه بأنه "
        '"ضرورة وطنية لا تحتمل التأجيل" سيبدأ قريبا.\n'
    )
    q = one(text, "ضرورة وطنية")
    assert q.speaker == "سامي عادل", q
