"""Phenomena found by the fresh author's set F29 (``articles_blind34.py``).

Every article here is written for the test, in sentences that are not in
F29's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_date_alone_in_marks_is_a_name_not_a_time():
    # "ائتلاف «14 آذار»": a movement or an event named by its day; the
    # report's own month is the date of what it quotes
    text = (
        "وفي تقرير يعود إلى مارس/ آذار 2007، تنقل السفارة عن قيادي في "
        'ائتلاف "14 آذار" قوله: "لن نقبل بحكومة يملك فيها الطرف الآخر حق النقض".\n'
    )
    q = one(text, "لن نقبل بحكومة")
    assert q.date == "2007-03", q


def test_ali_after_a_name_and_before_a_comma_is_the_name():
    # "علي" folds like the preposition "على", but no preposition ends before
    # a comma: after a name it is the last part of the name, and the
    # apposition after the comma describes the speaker
    text = (
        "«لم نر أحدا من البلدية منذ شهرين»، يقول حسن محمود علي، وهو سائق "
        "حافلة، بينما ينتظر دوره أمام محطة الوقود.\n"
    )
    q = one(text, "لم نر أحدا")
    assert q.speaker == "حسن محمود علي", q
    assert q.role == "سائق حافلة", q


def test_a_described_source_named_by_yudaa_is_that_person():
    # "إحدى الممرضات، وتدعى X،": the apposition names the source the
    # description introduced; the description is the role
    text = (
        "وقالت إحدى الممرضات، وتدعى سلمى حداد، لمراسلنا إن «الجرحى ينامون في "
        "الممرات منذ يومين».\n\n"
        "وأضافت حداد: «نحتاج إلى أكياس دم قبل أي شيء آخر».\n"
    )
    q = one(text, "الجرحى ينامون")
    assert q.speaker == "سلمى حداد", q
    assert q.role == "إحدى الممرضات", q
    q = one(text, "نحتاج إلى أكياس")
    assert q.speaker == "سلمى حداد", q


def test_the_number_of_a_university_before_an_honorific_is_part_of_the_post():
    # "بجامعة الجزائر 2 الدكتورة X": the number names the university, and
    # the honorific after it opens the name
    text = (
        "وترى أستاذة علم الاجتماع بجامعة الجزائر 2 الدكتورة سعاد منصوري أن "
        '"الهجرة لم تعد خيارا فرديا بل قرارا عائليا".\n'
    )
    q = one(text, "الهجرة لم تعد")
    assert q.speaker == "سعاد منصوري", q
    assert q.role == "أستاذة علم الاجتماع بجامعة الجزائر 2", q


def test_a_participle_of_manner_after_the_subject_is_no_name():
    # "ورد الوزير مستغربا:", "وجاء رد المتحدث مقتضبا:": an indefinite
    # participle in the accusative tells how the words were said; the bare
    # title before it is the minister named before
    text = (
        "قال وزير النقل كريم الهاشمي في ندوة صحافية إن «الطريق السريع سيفتح "
        "قبل نهاية العام».\n\n"
        "وسئل عن كلفة المشروع، فرد الوزير مستغربا: «الأرقام منشورة منذ أشهر على "
        "موقع الوزارة».\n\n"
        "وجاء رد الوزير مقتضبا: «لا تعليق على ما تنشره الصحف».\n"
    )
    for fragment in ("الأرقام منشورة", "لا تعليق على"):
        q = one(text, fragment)
        assert q.speaker == "كريم الهاشمي", q
        assert q.role == "وزير النقل", q


def test_a_topic_may_hold_an_acronym_in_brackets():
    # "أما مندوب وكالة الأنباء الأردنية (بترا) علي X فسأل:": the topic runs
    # from أما to the verb with ف, over the agency's acronym (and "علي"
    # before the name that runs to the verb is Ali)
    text = (
        "وعقد الناطق باسم الحكومة مؤتمرا صحافيا في عمان.\n\n"
        "أما مندوب وكالة الأنباء الأردنية (بترا) علي خليل العبادي فسأل: "
        '"متى تصرف الحكومة مستحقات المزارعين؟".\n'
    )
    q = one(text, "متى تصرف الحكومة")
    assert q.speaker == "علي خليل العبادي", q
    assert q.role == "مندوب وكالة الأنباء الأردنية (بترا)", q


def test_ali_in_a_topic_before_a_name_that_runs_to_the_verb_is_the_name():
    # "أما مراسل الإذاعة علي X فسأل": the topic ends at its verb, so "علي"
    # opening the words after the title, all of them a name, is Ali
    text = (
        "وفي ختام الجلسة، أما مراسل الإذاعة الوطنية علي كريم الزبيدي فقال: "
        '"الناس تريد أفعالا لا وعودا".\n'
    )
    q = one(text, "الناس تريد أفعالا")
    assert q.speaker == "علي كريم الزبيدي", q
    assert q.role == "مراسل الإذاعة الوطنية", q


def test_a_press_conference_dates_the_reporters_questions():
    # "قال الوزير، في مؤتمر صحافي عقده … الأحد 9 مارس 2025، إن": the
    # reporters' questions at the conference are of its day, like the
    # answers; a comment given to the outlet afterwards is not
    text = (
        "عمان - وكالات\n\n"
        "قال وزير المياه الأردني، رائد الخصاونة، في مؤتمر صحافي عقده في عمان "
        'الأحد 9 مارس 2025، إن "الموسم المطري كان الأضعف منذ عقود".\n\n'
        'وسأله أحد الصحافيين: "هل ستلجأ الحكومة إلى تقنين المياه في الصيف؟".\n\n'
        'فأجاب الخصاونة: "التقنين قائم أصلا في معظم المحافظات".\n\n'
        'وفي تعليق لـ"الغد"، قال الخبير المائي سامر العمري: "الحلول المؤقتة لم '
        'تعد تكفي".\n'
    )
    q = one(text, "هل ستلجأ الحكومة")
    assert q.date == "2025-03-09", q
    q = one(text, "الحلول المؤقتة")
    assert q.date is None, q


def test_a_participle_in_a_when_clause_takes_the_when_clauses_subject():
    # "وحين سألها مراسل X عن …، قائلا: «…؟»، ردت الوزيرة": the participle
    # belongs to the when-clause, whose verb follows حين; its subject asks
    text = (
        "وتحدثت وزيرة الصحة هالة الصافي إلى الصحافيين في القاهرة.\n\n"
        'وحين سألها مراسل "الأهرام" عن موعد وصول اللقاحات، قائلا: "هل يكفي '
        'المخزون الحالي؟"، ردت الوزيرة: "المخزون يكفي لثلاثة أشهر على الأقل".\n'
    )
    q = one(text, "هل يكفي المخزون")
    assert q.speaker == 'مراسل "الأهرام"', q
    q = one(text, "المخزون يكفي")
    assert q.speaker == "هالة الصافي", q


def test_a_relative_time_right_after_a_date_explains_it_and_moves_nothing():
    # "المؤرخة في مارس 2007 بعد أسابيع من …": "weeks after" tells when the
    # dated cable was written; the words it relays keep the cable's date
    text = (
        "أما البرقية الأخرى، المؤرخة في مارس/آذار 2007 بعد أسابيع من تشكيل "
        'الحكومة، فقد نقلت عن نائب معارض قوله إن "الحكومة الجديدة لن تعمر طويلا".\n'
    )
    q = one(text, "الحكومة الجديدة لن")
    assert q.date == "2007-03", q


def test_but_opens_a_clause_whose_subject_comes_before_its_verb():
    # "لكن نقابة الأطباء تقول …، إن": "but" before the subject, then the
    # verb; the subject speaks, and "ولكن" is no part of it
    text = (
        "وأعلنت الوزارة أن المستشفيات الجديدة ستفتح أبوابها في الربيع.\n\n"
        'لكن نقابة الأطباء تقول، في بيان أصدرته أمس، إن "نصف الأقسام بلا '
        'أطباء اختصاص".\n\n'
        'ولكن الوزارة قالت إن "التوظيف سيبدأ قبل الافتتاح".\n'
    )
    q = one(text, "نصف الأقسام")
    assert q.speaker == "نقابة الأطباء", q
    q = one(text, "التوظيف سيبدأ")
    assert q.speaker == "الوزارة", q


def test_the_present_of_ajaba_is_a_verb_of_saying():
    # "ويجيب المدرب X:", "فتجيب:": he answers
    text = (
        "سئل المدرب عن غياب الجمهور عن المباريات الأخيرة.\n\n"
        'ويجيب مدرب الفريق سامي الطرابلسي: "الملعب سيمتلئ حين نعود إلى الانتصارات".\n'
    )
    q = one(text, "الملعب سيمتلئ")
    assert q.speaker == "سامي الطرابلسي", q
    assert q.cue == "ويجيب", q


def test_a_person_met_by_a_description_then_a_name_in_commas_answers():
    # "إحدى الأمهات، سعاد، 34 عاما، …. نسألها …، فتجيب:": the verb with no
    # subject is hers, the name her name, the description her role
    text = (
        "إحدى الأمهات، سعاد، 34 عاما، تقف في الطابور منذ الفجر. نسألها عن "
        'سبب مجيئها المبكر، فتجيب: "الخبز ينفد قبل الثامنة".\n'
    )
    q = one(text, "الخبز ينفد")
    assert q.speaker == "سعاد", q
    assert q.role == "إحدى الأمهات", q


def test_a_feminine_participle_of_manner_after_the_subject_is_no_name():
    # "وردت الوزيرة مستغربة:": the feminine participle in a derived form
    # with ت tells how she answered (a name such as "منيرة" stays a name)
    text = (
        "قالت وزيرة التربية سعاد الفاسي في البرلمان إن «الامتحانات ستجرى في موعدها».\n\n"
        "وردت الوزيرة مستغربة: «لم يطلب أحد التأجيل رسميا».\n\n"
        "وتقول المعلمة منيرة: «التلاميذ مستعدون».\n"
    )
    q = one(text, "لم يطلب أحد")
    assert q.speaker == "سعاد الفاسي", q
    q = one(text, "التلاميذ مستعدون")
    assert q.speaker == "منيرة", q


def test_ali_alone_before_a_comma_is_the_name():
    # "ويقول علي، وهو سائق أجرة، إن": right after the verb and before a
    # comma, "علي" is the man, not the preposition
    text = "ويقول علي، وهو سائق أجرة، إن «الزبائن قلوا منذ رفع سعر الوقود».\n"
    q = one(text, "الزبائن قلوا")
    assert q.speaker == "علي", q
    assert q.role == "سائق أجرة", q


def test_a_person_met_as_one_of_a_group_who_is_called_a_name_answers():
    # "أحد الشباب، ويدعى مراد، يقف …. يقول:": the name after ويدعى, not
    # the verb, is the person the subjectless verb of saying is his
    text = (
        "أحد الشباب، ويدعى مراد، يقف عند باب المصنع المغلق منذ الصباح. يقول: "
        '"لا عمل هنا منذ سنتين".\n'
    )
    q = one(text, "لا عمل هنا")
    assert q.speaker == "مراد", q
    assert q.role == "أحد الشباب", q


def test_hakaa_tells_like_rawaa():
    # "يحكي: «…»", "وتحكي X:": a verb of telling, as يروي
    text = (
        "على بعد أمتار، يجلس الحاج عمر بوزيد، صاحب مقهى صغير، أمام بابه. يحكي: "
        '"كانت القرية مليئة بالناس قبل الجفاف".\n\n'
        'وتحكي المعلمة سعاد الهاشمي: "نصف التلاميذ رحلوا مع أهاليهم".\n'
    )
    q = one(text, "كانت القرية")
    assert q.speaker == "عمر بوزيد", q
    q = one(text, "نصف التلاميذ")
    assert q.speaker == "سعاد الهاشمي", q
    assert q.cue == "وتحكي", q


def test_a_first_name_met_after_the_opening_verb_with_an_aside_speaks_next():
    # "تجلس خديجة، وهي أرملة …، أمام خيمتها. تروي:", "يقف مراد، 25 عاما،
    # عند الباب. ويقول:": the person the sentence before met, with who she
    # is (or his age) set off by commas, is the subjectless verb's subject
    text = (
        "تجلس خديجة، وهي أرملة في الخمسين، أمام خيمتها كل صباح. تروي: "
        '"فقدت البيت والزوج في ليلة واحدة".\n\n'
        "بعيدا عن الخيام، يقف مراد، 25 عاما، عند باب المصنع المغلق. ويقول: "
        '"لا عمل هنا منذ سنتين".\n'
    )
    q = one(text, "فقدت البيت")
    assert q.speaker == "خديجة", q
    assert q.role == "أرملة في الخمسين", q
    q = one(text, "لا عمل هنا")
    assert q.speaker == "مراد", q


def test_a_definite_noun_after_a_bare_definite_title_is_the_verbs_object():
    # "واعتبر الوزير الاتفاق «…»", "ووصف الوزير الحكومة بأنها": no
    # construct can follow a title with the article, so the body or the
    # thing after it is the object; the minister is the one named before
    text = (
        "وصل وزير الطاقة سامر الخوري إلى أنقرة أمس لتوقيع اتفاق الغاز.\n\n"
        'واعتبر الوزير القرار "خطوة أولى نحو إنهاء العجز".\n\n'
        'ووصف الوزير الحكومة السابقة بأنها "أهدرت عشر سنوات".\n'
    )
    for fragment in ("خطوة أولى", "أهدرت عشر"):
        q = one(text, fragment)
        assert q.speaker == "سامر الخوري", q
        assert q.role == "وزير الطاقة", q


def test_a_second_definite_title_after_a_verb_of_telling_is_the_one_told():
    # "وأبلغ وزير الخارجية السفير الأمريكي أن …": أبلغ takes the person told
    # as its object right after the subject; the minister speaks
    text = (
        "وتنقل البرقية أن وزير الخارجية مراد مدلسي استقبل السفير في مكتبه.\n\n"
        'وأبلغ وزير الخارجية السفير الأمريكي أن "الجزائر لن تقبل أي قاعدة '
        'عسكرية على أرضها".\n'
    )
    q = one(text, "لن تقبل أي قاعدة")
    assert q.speaker == "مراد مدلسي", q
    assert q.role == "وزير الخارجية", q


def test_the_compound_title_of_a_chief_executive_is_no_one_told():
    # "ودعا الرئيس المدير العام لـ…": one compound title (a company's chief
    # executive), not a president telling a director
    text = 'ودعا الرئيس المدير العام لشركة الكهرباء إلى "ترشيد الاستهلاك في ساعات الذروة".\n'
    q = one(text, "ترشيد")
    assert q.speaker == "الرئيس المدير العام لشركة الكهرباء", q


def test_and_when_opens_a_clause_with_no_stop_before_it():
    # scraped text runs a subheading into the next paragraph: "… أسئلة
    # الحضور وحين سأله X …، قائلا": "وحين" opens the when-clause anyway
    text = (
        'وقال وزير الزراعة فهد الراشد إن "المحصول سيكون وفيرا هذا العام". '
        'أسئلة الحضور وحين سأله مزارع من الجنوب عن أسعار الأسمدة، قائلا: "من '
        'سيعوضنا عن خسائر الموسم الماضي؟"، أجاب الوزير: "صندوق الجفاف".\n'
    )
    q = one(text, "من سيعوضنا")
    assert same_name(q.speaker, "مزارع من الجنوب"), q
