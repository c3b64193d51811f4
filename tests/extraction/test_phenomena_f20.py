"""Phenomena found by the fresh author's set F20 (``articles_blind25.py``).

Every article here is written for the test, in sentences that are not in
F20's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_participle_after_a_body_in_construct_is_its_verbal_noun():
    # "رئيس لجنة متابعة تنفيذ الاتفاق، X،": متابعة is the committee's
    # genitive ("follow-up"), not the participle "continuing"; the title
    # runs on and the name in commas is the speaker
    text = (
        "وقال رئيس لجنة متابعة تنفيذ الاتفاق الزراعي، الدكتور سالم العبيدي، "
        'إن اللجنة "ستنشر تقريرها الأول قبل نهاية الشهر المقبل".\n'
    )
    q = one(text, "ستنشر تقريرها")
    assert same_name(q.speaker, "سالم العبيدي"), q
    assert q.role and "لجنة متابعة تنفيذ الاتفاق" in q.role, q


def test_at_the_time_after_a_title_and_its_place_then_the_name_in_commas():
    # "السفير الفرنسي بتونس آنذاك، X، عن …": "at the time" closes the title,
    # the name in commas follows, and a relay's source comes after it
    text = (
        "ونقل القنصل الفرنسي بصفاقس آنذاك، جان لوي مارتان، عن رجل أعمال محلي "
        'قوله إن "الميناء يحتاج إلى عشر سنوات من الاستثمار".\n'
    )
    q = one(text, "الميناء يحتاج")
    assert q.speaker == "رجل أعمال محلي", q
    text = (
        "وقال القنصل الفرنسي بصفاقس آنذاك، جان لوي مارتان، إن "
        '"الميناء يحتاج إلى عشر سنوات من الاستثمار".\n'
    )
    q = one(text, "الميناء يحتاج")
    assert same_name(q.speaker, "جان لوي مارتان"), q
    assert q.role and "القنصل الفرنسي بصفاقس" in q.role, q


def test_a_fronted_subject_with_an_aside_in_commas_takes_its_verb():
    # "مسؤول في الوزارة، ممن …، لخص الوضع بجملة قصيرة:": the sentence opens
    # with the subject and an aside; the noun phrase after the verb is its
    # object, not its subject
    text = (
        "وتحدث الوزير طويلا عن الإصلاحات. أحد مهندسي الشركة الوطنية، ممن "
        "التقيناهم في الموقع وطلب عدم ذكر اسمه، لخص المشروع بكلمات قليلة: "
        '"الأشغال متوقفة منذ الربيع الماضي".\n'
    )
    q = one(text, "الأشغال متوقفة")
    assert q.speaker == "أحد مهندسي الشركة الوطنية", q


def test_a_feminine_title_before_the_name_in_commas_makes_a_woman_without_a_cue():
    # "وقفت وزيرة الصحة، X، أمام …: «…». وأضافت:": no cue says her gender
    # when the first quote is read; the feminine title does, so that the
    # feminine follow-up verb finds her
    text = (
        "وقفت وزيرة الصحة، ليلى بن عمار، أمام النواب بثقة واضحة: «المستشفيات "
        "الجهوية ستحصل على تجهيزات جديدة». وأضافت: «لن نغلق أي مستوصف ريفي».\n"
    )
    q = one(text, "لن نغلق")
    assert same_name(q.speaker, "ليلى بن عمار"), q


def test_a_when_clause_before_the_cue_names_no_subject():
    # "أما X، فقد ذهب أبعد …، حين اعتبر أن «…»": حين (when) opens a time
    # clause; the verb after it takes up the topic, not the conjunction
    text = (
        "أما المحلل المالي سمير القروي، فقد كان أكثر تشاؤما في حديثه للإذاعة، "
        "حين اعتبر أن «العجز سيتجاوز كل التوقعات هذا العام».\n"
    )
    q = one(text, "العجز سيتجاوز")
    assert same_name(q.speaker, "سمير القروي"), q


def test_an_honorific_word_with_an_adjective_before_the_name_in_commas_is_a_title():
    # "المهندس البلدي، X،": المهندس with a nisba adjective is the post (the
    # municipal engineer), not an honorific before a name "البلدي"; the name
    # is in commas
    text = (
        "وقال الفلاحون إن المحصول ضعيف. لكن المهندس الفلاحي، كمال الحداد، "
        'رفض هذا التقدير، مؤكدا أن "الأمطار الأخيرة أنقذت نصف الموسم".\n'
    )
    q = one(text, "الأمطار الأخيرة")
    assert same_name(q.speaker, "كمال الحداد"), q
    assert q.role == "المهندس الفلاحي", q


def test_a_relay_with_a_pronoun_after_a_coordinated_clause_takes_the_sentence_subject():
    # "ودافع الوزير X عن القرار، ونقلت عنه الوكالة قوله إن": "عنه" (from him)
    # is the subject of the sentence's first verb, not the last speaker;
    # the relay verb's feminine is the agency's, not his
    text = (
        'وقال أحد التجار إن "الأسعار ارتفعت بشكل جنوني". وبرر وزير التجارة '
        "سالم ولد أحمد الزيادة، ونقلت عنه الإذاعة الرسمية قوله إن "
        '"الدولة لا تتحكم في أسعار السوق العالمية".\n'
    )
    q = one(text, "الدولة لا تتحكم")
    assert same_name(q.speaker, "سالم ولد أحمد"), q


def test_a_relay_whose_relative_aside_holds_a_title_in_marks_reaches_its_source():
    # "ونقلت الوثيقة، التي حملت عنوان «…»، عن X:": the subject line in marks
    # inside the relative does not cut the relayer from عن and its source
    text = (
        'وقال الوزير إن "الوضع مستقر". ونقلت الوثيقة، التي حملت عنوان '
        "«الجنوب: اقتصاد الظل»، عن تاجر محلي: «كل شيء يمر عبر الصحراء هنا».\n"
    )
    q = one(text, "كل شيء يمر")
    assert q.speaker == "تاجر محلي", q


def test_a_second_that_clause_in_marks_keeps_the_speaker_of_the_first():
    # "وأضاف X، بحسب البرقية، أن «…»، وأن «…»": the coordinated that-clause
    # goes on with X, not with the source named in the aside
    text = (
        "وأضاف الوزير، بحسب التقرير، أن الحكومة «ستراجع الاتفاق كله»، "
        "وأن «القرار النهائي سيصدر قبل الصيف».\n"
    )
    q = one(text, "القرار النهائي")
    assert q.speaker == "الوزير", q


def test_a_year_inside_a_quote_does_not_move_the_time_of_the_cable():
    # "«… منذ 1994»": a date inside the quoted words is no new time of the
    # text, so the cable's author commenting a paragraph later still writes
    # in the cable of that month
    text = (
        "في برقية مؤرخة في مارس 2009، نقل السفير الأمريكي بتونس آنذاك، روبرت "
        "غوديك، عن وزير سابق قوله إن «الإصلاح مؤجل منذ سنوات». وأضاف الوزير "
        "ذاته أن الحكومة «تعيد الوعود نفسها منذ 1987».\n\n"
        "أما غوديك نفسه، فكتب في خلاصة برقيته: «لا نتوقع تغييرا قريبا».\n"
    )
    q = one(text, "لا نتوقع")
    assert q.date == "2009-03", q


def test_a_deputy_for_a_named_place_in_a_chamber_then_the_name_in_commas():
    # "النائب عن ولاية X بالمجلس الشعبي الوطني، NAME،": the word after
    # "عن ولاية" is the place's name, the chamber with its two adjectives is
    # where the post is held, and the name in commas is the speaker's
    text = (
        "من جهته، انتقد النائب عن دائرة قفصة بالمجلس الوطني التأسيسي، منير "
        'العياري، القرار بشدة، وقال: "لم يستشرنا أحد قبل التوقيع".\n'
    )
    q = one(text, "لم يستشرنا")
    assert same_name(q.speaker, "منير العياري"), q
    assert q.role and "دائرة قفصة" in q.role, q


def test_a_topic_set_up_by_amma_speaks_after_a_colon_without_a_verb_of_saying():
    # "أما X، فلم يخف غضبه: «…»": no cue, but أما makes X the topic and the
    # colon gives the words to it, not to the last speaker
    text = (
        '"ننتظر منذ سنوات"، قال متقاعد من البلدية. أما الطالب ياسين، فلم '
        'يخف سخطه: "الجامعة بلا مخابر ولا أساتذة".\n'
    )
    q = one(text, "الجامعة بلا مخابر")
    assert same_name(q.speaker, "ياسين"), q


def test_the_verb_that_withholds_a_name_ends_an_anonymous_description():
    # "طالبة في الجامعة رفضت الكشف عن اسمها": the verb is no name; the
    # source is named by its description
    text = (
        '"لا أحد يستمع إلينا"، قال عامل. أما طالبة في الجامعة رفضت الكشف عن '
        'اسمها، فلم تخف قلقها: "المنحة تتأخر كل شهر".\n'
    )
    q = one(text, "المنحة تتأخر")
    assert q.speaker == "طالبة في الجامعة", q


def test_the_subject_of_a_pluperfect_stands_between_kana_and_qad():
    # "وكان الوزير قد قدّر الخسائر بـ…، محذرا": the subject is between كان
    # and قد; the phrase after the verb of saying is its object, and the
    # participle after it goes with the subject
    text = (
        "وكان محافظ البنك المركزي قد قدر العجز بنحو ثلاثة مليارات، محذرا من "
        'أن "الاحتياطي لن يكفي أكثر من شهرين".\n'
    )
    q = one(text, "الاحتياطي لن يكفي")
    assert q.speaker == "محافظ البنك المركزي", q


def test_concluding_goes_on_with_the_account_of_the_dated_cable():
    # "وخلصت السفارة في تعليقها إلى أن «…»" right after a quote of a cable
    # dated so: the embassy concludes the same cable, which dates it
    text = (
        "أما البرقية الثانية، 09TUNIS77 المؤرخة في 3 مارس 2009، فتروي لقاء "
        "جمع الوزير بالسفير، أبلغه خلاله أن بلاده «لن تقبل أي قاعدة أجنبية». "
        "وخلصت السفارة في تعليقها إلى أن الموقف التونسي «ثابت لكنه براغماتي».\n"
    )
    q = one(text, "ثابت لكنه")
    assert q.date == "2009-03-03", q


def test_a_body_in_construct_after_a_report_is_its_author():
    # "تقرير المجلس الأعلى للحسابات": the definite body after the report with
    # its adjective and genitive is who wrote it, not a person "الحسابات"
    text = 'وسجل تقرير الهيئة الوطنية للرقابة أن "نصف الصفقات أبرمت دون منافسة".\n'
    q = one(text, "نصف الصفقات")
    assert q.speaker == "الهيئة الوطنية للرقابة", q


def test_a_dated_report_before_a_relative_is_its_antecedent():
    # "مستندا إلى تقرير X الصادر في …، الذي سجل أن «…»": the relative
    # clause's verb has the report (its author) for subject, not the
    # sentence's speaker
    text = (
        'وقال المحامي إن موكله "بريء من كل التهم"، مستندا إلى تقرير ديوان '
        "المحاسبة الصادر في مارس 2022، الذي سجل أن "
        '"المشروع لم يتجاوز مرحلة الدراسات".\n'
    )
    q = one(text, "المشروع لم يتجاوز")
    assert q.speaker == "ديوان المحاسبة", q


def test_the_main_clause_after_a_time_clause_shares_its_subject():
    # "وعندما سئل X عن …، قال إن «…»": the verb after the time clause has no
    # subject of its own; it is the time clause's, not the last speaker
    text = (
        'وقال النائب إن "الحكومة فشلت في إدارة الأزمة". وعندما سئل وزير '
        'الداخلية عن هذه الاتهامات، قال إن "الأرقام تتحدث عن نفسها".\n'
    )
    q = one(text, "الأرقام تتحدث")
    assert q.speaker == "وزير الداخلية", q


def test_amin_after_a_first_name_before_a_nisba_is_a_compound_name():
    # "محمد أمين X-ي": أمين here is the second half of a given name, not the
    # title "secretary" (which takes a noun as genitive, never a nisba), so
    # the surname alone later finds the whole name and its role
    text = (
        'وقال محمد أمين الشابي، الباحث في علم الاجتماع، إن "الهجرة لم تتوقف". '
        'ويضيف الشابي: "الأرقام الرسمية أقل من الحقيقة".\n'
    )
    q = one(text, "الأرقام الرسمية")
    assert q.speaker == "محمد أمين الشابي", q
    assert q.role == "الباحث في علم الاجتماع", q


def test_a_joint_report_of_bodies_in_la_is_theirs():
    # "تقرير مشترك للبنك الدولي والأمم المتحدة": "joint" is the report's
    # adjective, and the bodies after لـ wrote it
    text = (
        "وكان تقرير مشترك للبنك الإفريقي للتنمية والاتحاد الإفريقي قد رصد "
        'الوضع، محذرا من أن "الأوبئة ستنتشر مع أول موجة حر".\n'
    )
    q = one(text, "الأوبئة ستنتشر")
    assert q.speaker == "البنك الإفريقي للتنمية والاتحاد الإفريقي", q


def test_a_pluperfect_subject_with_an_aside_in_commas_before_qad():
    # "وكان تقرير للبنك الدولي، صدر في …، قد قدّر …، محذرا": the aside (a
    # clause with its date) between the subject and قد does not hide it
    text = (
        "وكان تقرير لصندوق النقد الدولي، نشر في مارس 2023، قد قدر العجز "
        'بنحو عشرة مليارات، محذرا من أن "الدين سيتجاوز الناتج المحلي".\n'
    )
    q = one(text, "الدين سيتجاوز")
    assert q.speaker == "صندوق النقد الدولي", q
