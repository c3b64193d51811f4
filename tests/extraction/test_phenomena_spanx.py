"""Quote finding phenomena of real news prose (the spanx round).

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_asking_participle_and_its_addressee_introduce_unmarked_speech():
    # "سائلاً السفير: …؟": the participle of asking (the one asked after
    # it) and a colon introduce the question, the clause subject's words
    text = "وتوجه الوزير خالد العمري إلى مقر الحكومة، سائلاً رئيسها: متى تنتهي هذه الأزمة الطويلة؟\n"
    q = one(text, "متى تنتهي")
    assert q.speaker == "خالد العمري", q
    assert q.role == "الوزير", q
    text = "واتصل النائب سالم الكعبي بالمحافظ سائلا: هل وصلت المساعدات إلى القرى المنكوبة؟\n"
    q = one(text, "هل وصلت المساعدات")
    assert q.speaker == "سالم الكعبي", q


def test_liquid_is_no_participle_of_asking():
    # "مواد سائلة": the feminine is also "liquid", no cue
    text = "ونقلت الشاحنة مواد سائلة: وقودا وزيوتا ومياها معدنية إلى المخيمات البعيدة.\n"
    assert quotes_of(text) == []


def test_abraza_is_a_verb_of_saying_in_its_unambiguous_forms():
    # "وأبرزت الهيئة في بيان أنه “…" (the opener never closed), "وأبرزت
    # الوزيرة X في ندوة صحفية: …": highlighted, stated
    text = (
        "وأبرزت نقابة الأطباء في بيانها أن “الوضع في المستشفيات العمومية لم يعد "
        "يحتمل مزيدا من التأجيل\n"
    )
    q = one(text, "الوضع في المستشفيات")
    assert q.speaker == "نقابة الأطباء", q
    text = (
        "وأبرزت الوزيرة ليلى العمراني في ندوة صحفية: الحكومة ماضية في إصلاح "
        "المنظومة الصحية رغم كل الصعوبات.\n"
    )
    q = one(text, "الحكومة ماضية")
    assert q.speaker == "ليلى العمراني", q
    assert q.role == "الوزيرة", q


def test_the_most_salient_is_no_verb_of_saying():
    # "وهذه أبرز المداخلات: النائب X: «…»": the superlative "أبرز" is no cue
    # (the masculine is left out), the member speaks
    text = (
        "شهدت جلسة البرلمان أمس نقاشا حادا. وهذه أبرز المداخلات: النائب سالم "
        'الكعبي: "الحكومة لم تقدم أي أرقام دقيقة حول الميزانية".\n'
    )
    q = one(text, "الحكومة لم تقدم")
    assert q.speaker == "سالم الكعبي", q


def test_three_words_after_a_participle_and_its_addressee_are_said():
    # "وختم حديثه قائلا للعراقيين، «…».": the participle, its addressee and
    # a comma, then three words in marks that end the sentence
    text = 'وختم الوزير كلمته قائلا للحاضرين، "شكرا لكم جميعا".\n'
    q = one(text, "شكرا لكم")
    assert q.speaker == "الوزير", q
    text = "وختم الرئيس خطابه قائلا للعراقيين، «اذهبوا إلى الصناديق».\n"
    q = one(text, "اذهبوا إلى")
    assert q.speaker == "الرئيس", q


def test_a_name_after_a_participle_and_its_addressee_stays_a_name():
    # the sentence goes on after the marks: a party's name, no words said
    text = "وختم الوزير كلمته قائلا للحاضرين، «حزب الأمة الجديد» لن يدخل الحكومة المقبلة.\n"
    assert quotes_of(text) == []


def test_a_span_of_days_counted_into_the_date_moves_no_time_after_it():
    # "بعد يومين على اندلاع الاحتجاجات في 3 مايو 2011، حيث …": the date is
    # already the day the span leads to (5 May); the quote later in the
    # sentence is of that day
    lead = (
        "نشرت صحيفة «الأفق» وثيقة تروي لقاء بين الوزير سمير حداد والسفير جون "
        "بيرد بعد يومين على اندلاع الاحتجاجات في 3 مايو 2011، حيث توجه حداد إلى "
        "السفارة "
    )
    q = one(lead + "سائلا السفير: ما الذي تنوي واشنطن فعله الآن؟\n", "ما الذي تنوي")
    assert q.date == "2011-05-05", q
    q = one(lead + "وقال للسفير: «لا نعرف ما الذي تنوي واشنطن فعله».\n", "لا نعرف")
    assert q.date == "2011-05-05", q


def test_a_span_of_days_after_the_date_still_moves_time():
    # "في 3 مايو 2011، ثم بعد يومين توجه …": the days counted after the
    # date move the time on to a day the text does not give
    text = (
        "نشرت صحيفة «الأفق» وثيقة تروي لقاء بين الوزير سمير حداد والسفير جون "
        "بيرد في 3 مايو 2011، ثم بعد يومين توجه حداد إلى السفارة وقال للسفير: "
        "«لا نعرف ما الذي تنوي واشنطن فعله».\n"
    )
    q = one(text, "لا نعرف")
    assert q.date is None, q


def test_a_body_keeps_its_purpose_or_members_glued_to_lam_in_its_name():
    # "الهيئة العليا للانتخابات", "النقابة الوطنية للصحفيين", "الاتحاد العام
    # التونسي للشغل": after a body's head and its adjectives, a word glued
    # to لل is its purpose, its members or the body it belongs to, not an
    # addressee
    for body in (
        "الهيئة العليا للانتخابات",
        "النقابة الوطنية للصحفيين",
        "الاتحاد العام التونسي للشغل",
        "مجلس الهيئة الوطنية للمحامين",
        "المكتب التنفيذي للنقابة",
    ):
        text = f"وقال {body} في بيان إن «عملية الفرز ستنتهي مساء الغد في كل الدوائر».\n"
        q = one(text, "عملية الفرز")
        assert q.speaker == body, q


def test_a_body_name_read_past_lam_ends_at_where_it_sits():
    # "قررت المندوبية الجهوية للتربية بسوسة تعليق الدروس": the body's seat
    # ends its name; the verb's object after it is no part of it
    text = (
        "وقررت المندوبية الجهوية للتربية بسوسة تعليق الدروس يوم الاثنين، وفق بلاغ "
        'نشرته على صفحتها جاء فيه: "تقرر تعليق الدروس بصفة استثنائية في كامل '
        'المؤسسات التربوية".\n'
    )
    q = one(text, "بصفة استثنائية")
    assert q.speaker == "المندوبية الجهوية للتربية بسوسة", q


def test_a_government_or_an_outlet_glued_to_lam_is_still_the_addressee():
    # "وقالت الحكومة التونسية للصحفيين", "وقال الاتحاد الأوروبي للوكالة":
    # the press or an outlet spoken to, after a body that has no members
    # in its name or before an outlet
    text = "وقالت الحكومة التونسية للصحفيين إن «الزيادة في الأسعار غير مقبولة».\n"
    assert one(text, "الزيادة في الأسعار").speaker == "الحكومة التونسية"
    text = "وقال الاتحاد الأوروبي للوكالة إن «الزيادة في الأسعار غير مقبولة».\n"
    assert one(text, "الزيادة في الأسعار").speaker == "الاتحاد الأوروبي"
    text = "وقالت الهيئة للصحفيين إن «الزيادة في الأسعار غير مقبولة».\n"
    assert one(text, "الزيادة في الأسعار").speaker == "الهيئة"


def test_an_apostrophe_closes_after_a_bracket_or_a_digit():
    # "… عام 2000)'،", "… بلغ 2000'.": straight apostrophes for quote marks
    # whose words end in a closing bracket or a number
    text = (
        "واعتبر الوزير سمير حداد أن على الحكومة 'ان تتجنب الاعتداء على الخط "
        "الازرق (الذي رسمته الامم المتحدة عام 2000)'، و'الا تقصف المناطق السكنية'.\n"
    )
    q = one(text, "ان تتجنب الاعتداء")
    assert q.text.endswith("عام 2000)"), q
    assert q.speaker == "سمير حداد", q
    text = "وقال المدير سمير حداد إن 'عدد المسجلين هذا العام بلغ 2000'.\n"
    q = one(text, "عدد المسجلين")
    assert q.text == "عدد المسجلين هذا العام بلغ 2000", q


def test_minutes_marked_with_apostrophes_are_no_quote():
    # "في الدقيقة 10' … في الدقيقة 20'": no mark opens after a digit
    text = "سجل اللاعب هدفه في الدقيقة 10' وأضاف زميله هدفا ثانيا في الدقيقة 20'.\n"
    assert quotes_of(text) == []


def test_a_possessed_plural_after_the_subject_is_the_verbs_object():
    # "دعت وزارة الخارجية السعودية مواطنيها إلى", "دفعت القيادة قواتها":
    # a plural noun with a possessive pronoun ends the subject's name
    text = (
        "دعت وزارة الخارجية السعودية مواطنيها إلى عدم نشر الوثائق. وقالت الوزارة "
        'في تغريدة: "عزيزي المواطن: لا تنشر الوثائق المسربة".\n'
    )
    assert one(text, "لا تنشر").speaker == "وزارة الخارجية السعودية"
    text = (
        'ودفعت قيادة الجيش الليبي قواتها إلى الجنوب، وقالت في بيان: "الوضع تحت السيطرة الكاملة".\n'
    )
    assert one(text, "تحت السيطرة").speaker == "قيادة الجيش الليبي"


def test_a_possessed_plural_after_a_post_stays_its_genitive():
    # "X منسقة حملاتها": after a post the possessed plural is its genitive
    text = "وقالت سعاد المرزوقي منسقة حملاتها إن «الحملة ستستمر حتى نهاية الشهر».\n"
    q = one(text, "الحملة ستستمر")
    assert q.speaker == "سعاد المرزوقي", q
    assert q.role == "منسقة حملاتها", q


def test_elias_without_its_hamza_opens_the_name_after_a_post():
    # "وزير الدفاع اللبناني الياس المر": "إلياس" printed without its hamza
    # looks like a word with the article; after a post it opens the name
    text = "وقال وزير الدفاع اللبناني الياس المر إن «الحرب ستكون مدمرة».\n"
    q = one(text, "الحرب ستكون")
    assert q.speaker == "الياس المر", q
    assert q.role == "وزير الدفاع اللبناني", q
    text = "قال رئيس الحكومة الياس حنا إن «الحكومة لن تستقيل قبل الانتخابات».\n"
    q = one(text, "لن تستقيل")
    assert q.speaker == "الياس حنا", q
    assert q.role == "رئيس الحكومة", q


def test_the_verb_of_a_that_clause_ends_its_subjects_name():
    # "أن النائب X Y تلقى تحذيرا من", "ان وزير الدفاع X Y قدم للسفيرة", "أن
    # ملك البحرين X اتهم أمام": after the subject of أنّ, a word followed by
    # an accusative, someone glued to لـ or a preposition is the verb
    text = (
        "وجاء في البرقية أن النائب وليد جنبلاط تلقّى تحذيرا من مسؤول سوري كي يكون "
        'حذرا. وقال جنبلاط: "لا نحتاج الآن الى ديمقراطية".\n'
    )
    q = one(text, "لا نحتاج")
    assert q.speaker == "وليد جنبلاط", q
    assert q.role == "النائب", q
    text = (
        "كشفت وثائق سرية ان وزير الدفاع اللبناني إلياس المر قدم للسفيرة الامريكية "
        "رؤيته. وقال المر إن «الحرب ستكون مدمرة».\n"
    )
    q = one(text, "الحرب ستكون")
    assert q.speaker == "إلياس المر", q
    assert q.role == "وزير الدفاع اللبناني", q
    text = (
        "كشفت وثائق أن ملك البحرين حمد بن عيسى آل خليفة اتهم أمام مسؤولين أمريكيين "
        "سوريا بتدريب متطرفين. وقال الملك حمد: «لدينا أدلة على ذلك».\n"
    )
    assert one(text, "لدينا أدلة").speaker == "حمد بن عيسى آل خليفة"


def test_a_that_subjects_name_keeps_its_words_before_an_adverb_or_a_post():
    # "أن الرئيس X Y Z أيضا رفض": an adverb; "أن مستشار الرئيس X علي X حذر
    # من": على is also the name Ali; "مستشار الرئيس X Y للشؤون الخارجية، Z":
    # the post's genitive
    text = "وذكرت البرقية أن الرئيس محمد حسني مبارك أيضا رفض العرض، وقال: «لن أغير موقفي».\n"
    assert one(text, "لن أغير").speaker == "محمد حسني مبارك"
    text = (
        "وورد في البرقية أن مستشار الرئيس السوداني نافع علي نافع حذر من أن «أي "
        "محاولة لاعتقال الرئيس ستشعل حربا».\n"
    )
    assert "نافع علي نافع" in one(text, "أي محاولة").speaker
    text = (
        "ورد أن مستشار الرئيس نبيه بري للشؤون الخارجية، علي حمدان، اتصل بالسفير. "
        "وقال حمدان إن «الوضع خطير جدا في الجنوب».\n"
    )
    q = one(text, "الوضع خطير")
    assert q.role == "مستشار الرئيس نبيه بري للشؤون الخارجية", q


def test_a_name_in_marks_right_after_a_relaying_verb_is_its_subject():
    # 'ونقلت "الوثيقة" قول X "…"': the relayer named in marks, no words said
    text = 'ونقلت "الوثيقة" قول الرئيس "يمكن حل المشكلة بعد التوصل الى اتفاق شامل".\n'
    assert [q.text for q in quotes_of(text)] == ["يمكن حل المشكلة بعد التوصل الى اتفاق شامل"]
    text = 'ونقل "الموقع" عن الوزير قوله إن "الحكومة لن تستقيل قبل الانتخابات".\n'
    assert [q.text for q in quotes_of(text)] == ["الحكومة لن تستقيل قبل الانتخابات"]
    # (a word in marks that ends the sentence after the relay is still said)
    text = 'ونقل الموقع عن الوزير قوله: "أبدا".\n'
    assert one(text, "أبدا").speaker == "الوزير"


def test_an_unclosed_opener_after_a_reporting_verb_and_its_subject():
    # 'وذكرت البرقية "أن …. وأضافت': the mark never closed, right after the
    # verb and its subject: the words up to the sentence's end
    text = (
        'وذكرت البرقية "أن قوات الأمن طوقت المنطقة بسرعة وفتشتها بأكملها. وأضافت '
        "الصحيفة أن التقارير الأولية كانت غامضة.\n"
    )
    q = one(text, "طوقت المنطقة")
    assert q.text == "أن قوات الأمن طوقت المنطقة بسرعة وفتشتها بأكملها", q
    assert q.speaker == "البرقية", q
    text = (
        'وأكد الوزير "سنواصل العمل حتى النهاية رغم كل الصعوبات. وأشار إلى أن الحكومة ستجتمع غدا.\n'
    )
    assert one(text, "سنواصل العمل").speaker == "الوزير"


def test_an_unclosed_opener_far_from_a_reporting_verb_gives_no_quote():
    # the verb (no verb of saying) and a long adverbial before the mark
    text = (
        'وذكرت البرقية في فقرة أخرى من فقراتها الطويلة "أن قوات الأمن طوقت المنطقة '
        "بسرعة وفتشتها بأكملها. وأضافت الصحيفة أن التقارير كانت غامضة.\n"
    )
    assert quotes_of(text) == []


def test_a_papers_publication_ends_its_name():
    # "وقالت صحيفة X الصادرة في بيروت إن": where or when a paper is
    # published is no word of its name
    text = "وقالت صحيفة الأخبار الصادرة في بيروت إن «الحكومة ستستقيل قريبا».\n"
    assert one(text, "ستستقيل").speaker == "صحيفة الأخبار"
    text = "وذكرت جريدة الصباح الصادرة صباح اليوم أن «الوزير سيقدم استقالته غدا».\n"
    assert one(text, "سيقدم استقالته").speaker == "جريدة الصباح"


def test_a_statement_issued_keeps_its_participle():
    # "البيان الصادر عن الوزارة": a document's, not a paper's
    text = "وقال البيان الصادر عن الوزارة إن «الحكومة ستستقيل قريبا».\n"
    assert one(text, "ستستقيل").speaker == "البيان الصادر"
