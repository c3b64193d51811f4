"""Phenomena found by the fresh author's set F21 (``articles_blind26.py``).

Every article here is written for the test, in sentences that are not in
F21's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of, same_name


def test_a_three_word_name_in_marks_after_with_is_the_interlocutor():
    # "في اتصال هاتفي مع «جوهرة أف أم»": a conversation's other side,
    # named in marks after مع, is an outlet or a body, not words said
    text = (
        "وقال رئيس البلدية، فوزي القاسمي، في حديث مع «جوهرة أف أم»، إن "
        "«الأشغال ستنطلق قبل نهاية الشهر الجاري».\n"
    )
    assert [q.text for q in quotes_of(text)] == ["الأشغال ستنطلق قبل نهاية الشهر الجاري"]


def test_a_body_named_in_marks_stays_in_a_he_or_she_apposition_role():
    # "يقول X، وهو عضو في جمعية «…» بالمدينة:": the name in marks after its
    # label noun belongs to the description, which goes on after it
    text = (
        "وتقول سلمى الطرابلسي، وهي متطوعة في جمعية «نساء الغد» بصفاقس: "
        "«لن نسكت بعد اليوم عن هذه الانتهاكات المتكررة».\n"
    )
    q = one(text, "لن نسكت")
    assert same_name(q.speaker, "سلمى الطرابلسي"), q
    assert q.role == "متطوعة في جمعية «نساء الغد» بصفاقس", q


def test_a_saying_verb_right_after_the_quote_beats_an_earlier_cue_of_a_run_on_sentence():
    # "… ما نسب إليه … «…»، قال X": with the full stop dropped, the earlier
    # cue ("نسب إليه", "وفق ما جاء في") does not introduce the quote (no colon
    # or أنّ before it); the verb after the quote and its comma does
    text = (
        "وتعود القضية حسب ما جاء في لائحة الاتهام إلى سنة 2019 ونفى الموظف السابق "
        "ما نسب إليه «لم أوقع أي وثيقة ولم أتلق أي مبلغ من أي مورد»، قال حسان "
        "البجاوي أمام المحكمة\n"
    )
    q = one(text, "لم أوقع أي وثيقة")
    assert same_name(q.speaker, "حسان البجاوي"), q


def test_a_headline_date_without_its_year_does_not_hide_the_dateline():
    # "…: وقفة احتجاجية يوم 3 مارس" in the headline, then the wire dateline
    # "صفاقس 20 فيفري 2026 (وات) -": the dateline tells what "أمس" is
    text = (
        "عمال النسيج: وقفة احتجاجية يوم 3 مارس أمام مقر الولاية\n\n"
        "صفاقس 20 فيفري 2026 (وات) - أعلنت النقابة الأساسية لعمال النسيج تنفيذ وقفة "
        "احتجاجية.\n\n"
        "وأكدت إدارة المصنع، في بلاغ أصدرته أمس الخميس، أن "
        '"الأجور ستصرف كاملة قبل نهاية الأسبوع المقبل".\n'
    )
    q = one(text, "الأجور ستصرف")
    assert q.date == "2026-02-19", q


def test_a_body_convened_today_is_a_gathering_that_dates_what_is_said_at_it():
    # "قررت الهيئة الإدارية، المنعقدة اليوم الاثنين، …" after a dated
    # dateline: the sitting is today's, and what is said on its sidelines too
    text = (
        "صفاقس 16 فيفري 2026 (وات) - قررت الهيئة الإدارية الجهوية للفلاحين، "
        "المنعقدة اليوم الاثنين بمقر الاتحاد، مقاطعة موسم الجني.\n\n"
        "وقال رئيس الاتحاد الجهوي للفلاحين منصف الكراي، في تصريح على هامش أشغال "
        'الهيئة، إن "الأسعار المقترحة لا تغطي حتى كلفة الإنتاج".\n'
    )
    q = one(text, "الأسعار المقترحة")
    assert q.date == "2026-02-16", q


def test_a_court_hearing_a_case_on_a_date_dates_what_is_said_at_the_hearing():
    # "نظرت الدائرة الجنائية، يوم الخميس 6 نوفمبر 2025، في القضية …": the
    # hearing of the lead dates the defendant's and the lawyers' words
    text = (
        "نظرت الدائرة الجنائية بالمحكمة الابتدائية بصفاقس، يوم الخميس 6 نوفمبر 2025، "
        "في قضية تبييض الأموال المتعلقة بشركة للنقل.\n\n"
        "وخلال استنطاقه، نفى المتهم الأول كل التهم. وقال: «لم أوقع على أي تحويل "
        "ولم أعلم بوجود هذه الحسابات».\n"
    )
    q = one(text, "لم أوقع على أي تحويل")
    assert q.date == "2025-11-06", q


def test_a_gathering_held_today_is_dated_by_the_dateline_not_by_the_date_it_decided():
    # run together as scrapers deliver it: "المنعقدة اليوم الخميس … الإضراب
    # يوم 10 مارس": the sitting is the dateline's day; 10 March is the strike's
    text = (
        "إضراب الأطباء: يوم غضب في المستشفيات الجامعية سوسة 5 مارس 2026 (وات) - "
        "قررت الهيئة الإدارية لنقابة الأطباء، المنعقدة اليوم الخميس بسوسة، الدخول "
        "في إضراب يوم الثلاثاء 10 مارس الجاري. وقال الكاتب العام للنقابة سامي "
        'الورغي، على هامش أشغال الهيئة، إن "الوزارة لم تف بأي من التزاماتها".\n'
    )
    q = one(text, "لم تف بأي من التزاماتها")
    assert q.date == "2026-03-05", q


def test_a_headline_quote_run_into_the_lead_does_not_hide_the_dated_hearing():
    # scraped, the headline "…: «…»" runs into the lead with no cue found; the
    # hearing's date after it (far from the gathering word) still dates the
    # account
    text = (
        "قضية صفقات الشركة الجهوية للنقل أمام القضاء المدير العام الأسبق للشركة: "
        "«لست مسؤولا عن الصفقات» نظرت الدائرة الجنائية المختصة في قضايا الفساد "
        "المالي بالمحكمة الابتدائية بسوسة، يوم الأربعاء 12 نوفمبر 2025، في قضية "
        "صفقات الحافلات. وفي مستهل الجلسة نفى المتهم التهم. «كل الصفقات مرت عبر "
        "لجنة الشراءات وبموافقة الوزارة»، قال المتهم.\n"
    )
    q = one(text, "كل الصفقات مرت")
    assert q.date == "2025-11-12", q


def test_the_writer_named_after_a_verb_and_in_it_is_the_speaker_with_the_cables_date():
    # "ويكتب فيها السفير X أن": "in it" (the cable just told of) comes before
    # the subject, a title and a name; the words take the cable's date
    text = (
        "وتعود البرقية 06RABAT2211 إلى 14 ديسمبر 2006. ويكتب فيها القائم بالأعمال "
        'الأمريكي روبرت هولي أن "القصر يمسك بكل الملفات الاقتصادية الكبرى".\n'
    )
    q = one(text, "القصر يمسك")
    assert same_name(q.speaker, "روبرت هولي"), q
    assert q.date == "2006-12-14", q


def test_the_teacher_at_a_university_in_apposition_is_a_role_not_an_honorific_and_a_name():
    # "أما X، الأستاذ بجامعة صفاقس، فاعتبر": الأستاذ is also an honorific
    # ("الأستاذة فلانة"), but a bare place of work glued to بـ is no name
    text = (
        'أما سليم الكعبي، الأستاذ بجامعة صفاقس، فاعتبر أن هذه الأرقام "لا تعكس '
        'حقيقة الوضع في الجهات الداخلية".\n'
    )
    q = one(text, "لا تعكس حقيقة")
    assert same_name(q.speaker, "سليم الكعبي"), q
    assert q.role == "الأستاذ بجامعة صفاقس", q


def test_held_to_it_that_is_a_cue_of_court_reports():
    # "تمسك المتهم/X بأن «…»": the defendant holds to his account; the
    # participle after it ("مضيفا:") goes on with him
    text = (
        "وخلال استنطاقه، تمسك فوزي الغربي، مدير شركة للأشغال العامة، بأن شركته "
        "«نفذت كل المشاريع في آجالها»، مضيفا: «لدينا كل محاضر الاستلام وهي "
        "موجودة في الملف».\n"
    )
    q = one(text, "لدينا كل محاضر")
    assert same_name(q.speaker, "فوزي الغربي"), q
    assert q.role == "مدير شركة للأشغال العامة", q


def test_an_agency_in_brackets_after_lam_is_the_addressee_not_the_speaker():
    # "صرح لـ(وات)", "قال X لـ(قنا)": the wire agency in brackets glued to لـ
    # is who was told, as "لـ«الشروق»"; the subject is before or after it
    text = (
        "وكان مصدر بوزارة الصحة قد صرح لـ(وات)، الأحد الماضي، بأن الأدوية "
        '"ستتوفر في الصيدليات قبل نهاية الشهر".\n\n'
        "وقال مدير المستشفى الجهوي لـ(وات) إن قسم الاستعجالي "
        '"يعمل بنصف طاقته منذ أسابيع".\n'
    )
    assert one(text, "ستتوفر في الصيدليات").speaker == "مصدر بوزارة الصحة"
    assert one(text, "يعمل بنصف طاقته").speaker == "مدير المستشفى الجهوي"


def test_a_report_of_a_definite_body_in_construct_is_the_bodys():
    # "تقرير المعهد الوطني للإحصاء الصادر في …": the body in construct wrote
    # the report, not "الإحصاء" after its لل
    text = (
        "ويؤكد تقرير المرصد الوطني للفلاحة الصادر في مارس الماضي أن إنتاج الحبوب "
        '"تراجع بنسبة الثلث مقارنة بالموسم الفارط".\n'
    )
    q = one(text, "تراجع بنسبة الثلث")
    assert q.speaker == "المرصد الوطني للفلاحة", q


def test_the_guest_of_the_programme_is_the_interviewee_introduced_before():
    # "كشف ضيف البرنامج أن …": the radio's guest, the person the
    # interview introduced, with his role and the interview's date
    text = (
        "أكد وزير النقل، رشيد العمدوني، صباح اليوم الثلاثاء 3 مارس 2026، في حوار "
        'إذاعي أن "الخط الحديدي الجديد سيدخل حيز الاستغلال في الصيف".\n\n'
        "وحول ملف الموانئ، كشف ضيف البرنامج أن الوزارة أعدت خطة جديدة، مبينا أن "
        'الأشغال "ستنطلق قبل نهاية السنة الحالية".\n'
    )
    q = one(text, "ستنطلق قبل نهاية")
    assert same_name(q.speaker, "رشيد العمدوني"), q
    assert q.role == "وزير النقل", q
    assert q.date == "2026-03-03", q


def test_as_he_wrote_after_a_verb_clause_takes_the_clauses_subject():
    # "ويذهب الباحث X أبعد من ذلك، إذ كتب أن …": the cue explains the clause
    # before it; its subject is that clause's, after its first verb (not the
    # report quoted in the sentence before)
    text = (
        'ويشير تقرير البنك المركزي إلى أن التضخم "بلغ مستوى قياسيا هذا العام". '
        "ويمضي الخبير الاقتصادي نبيل "
        'الحمروني أبعد من ذلك، إذ كتب في مقال نشره أمس أن "الأرقام الرسمية لا '
        'تحتسب العاملين في القطاع الموازي".\n'
    )
    q = one(text, "لا تحتسب العاملين")
    assert same_name(q.speaker, "نبيل الحمروني"), q
    assert q.role == "الخبير الاقتصادي", q


def test_a_titled_name_then_the_teacher_at_a_university_keeps_its_name():
    # "أما الباحث X، الأستاذ بجامعة صفاقس، فاعتبر": the apposition after the
    # name is its fuller role, not an honorific before another name
    text = (
        "أما الباحث سليم الكعبي، الأستاذ بجامعة صفاقس، فاعتبر أن هذه الأرقام "
        '"لا تعكس حقيقة الوضع في الجهات الداخلية".\n'
    )
    q = one(text, "لا تعكس حقيقة")
    assert same_name(q.speaker, "سليم الكعبي"), q
    assert q.role == "الأستاذ بجامعة صفاقس", q


def test_a_year_in_the_speakers_apposition_does_not_date_the_words():
    # "قال X، أحد قادة اعتصام الكامور سنة 2017، لـ«…» إن": the year tells of
    # the man in the apposition; a time adverbial in commas still dates
    text = (
        "وفي تعليق على هذه الوثائق، قال طارق الحداد، أحد قادة اعتصام الكامور سنة "
        '2017، لـ"الصباح" إن "الحكومات المتعاقبة لم تف بوعودها".\n\n'
        "وقال الوزير، في تصريح سنة 2019، إن "
        '"الاتفاق سينفذ على مراحل".\n'
    )
    assert one(text, "لم تف بوعودها").date is None
    assert one(text, "سينفذ على مراحل").date == "2019"
