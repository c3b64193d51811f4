"""Phenomena found by the fresh author's set F35 (``articles_blind40.py``).

Every article here is written for the test, in sentences that are not in
F35's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_three_word_name_ending_with_the_article_before_the_post():
    # Gulf names: first name, father's name, then the family name with the
    # article; the post follows with no comma, with or without the article
    text = (
        'وقال حمد سالم النعيمي مدير عام بلدية عجمان: "سننجز الطريق الدائري قبل '
        'نهاية الصيف".\n\n'
        'وأوضح راشد عبدالله الهاجري الرئيس التنفيذي لمجموعة الموانئ أن "حجم '
        'المناولة ارتفع بنسبة كبيرة".\n'
    )
    q = one(text, "سننجز الطريق")
    assert q.speaker == "حمد سالم النعيمي", q
    assert q.role.startswith("مدير عام بلدية عجمان"), q
    q = one(text, "حجم المناولة")
    assert q.speaker == "راشد عبدالله الهاجري", q
    assert q.role.startswith("الرئيس التنفيذي"), q


def test_according_to_a_noun_and_its_adjective_is_a_manner_not_a_source():
    # "وفق الخطط المعتمدة": "according to" before a definite noun and its
    # definite adjective tells how, never who; the participle after it
    # belongs to the subject of the main verb
    text = (
        "أعلن ناصر المري أن البلدية ستعيد تأهيل الحدائق العامة وفق الخطط "
        'المعتمدة، موضحا أن "العمل في الحديقة المركزية سيبدأ الشهر المقبل".\n'
    )
    q = one(text, "العمل في الحديقة")
    assert q.speaker == "ناصر المري", q


def test_a_body_in_construct_takes_its_own_genitive_in_a_second_title():
    # "رئيس مجلس إدارة الشركة": a chain of indefinite bodies in construct
    # is one title, also after a first one; the name comes after all of it
    text = (
        "وقال وزير الاقتصاد رئيس مجلس إدارة الصندوق الوطني للتنمية علي "
        'حسن المنصوري إن "الصندوق موّل ثلاثمئة مشروع صغير هذا العام".\n'
    )
    q = one(text, "الصندوق موّل")
    assert q.speaker == "علي حسن المنصوري", q
    assert q.role.endswith("الصندوق الوطني للتنمية"), q


def test_an_honorific_before_a_long_title_is_no_name():
    # "معالي"، "سعادة" open the phrase before the title; the name follows
    # the title, after another honorific, and is read whole however long
    # the title was
    text = (
        "صرح معالي وزير البيئة والمياه والزراعة رئيس مجلس إدارة المركز "
        "الوطني للأرصاد المهندس عبدالعزيز بن محمد الشهري بأن "
        '"موسم الأمطار هذا العام جاء أعلى من المعدل".\n\n'
        'وأضاف الشهري: "سنعلن نتائج الرصد كاملة في الربيع".\n'
    )
    q = one(text, "موسم الأمطار")
    assert q.speaker == "عبدالعزيز بن محمد الشهري", q
    assert q.role.startswith("وزير البيئة"), q
    q = one(text, "سنعلن نتائج")
    assert q.speaker == "عبدالعزيز بن محمد الشهري", q


def test_a_hijri_dateline_with_its_gregorian_equivalent_dates_today():
    # Saudi wire datelines give the Hijri date first, then "الموافق" and
    # the Gregorian one, then the era letter and the agency
    text = (
        "الصحة: حملة تطعيم موسمية\n\n"
        "جدة 10 رجب 1447 هـ الموافق 30 ديسمبر 2025 م واس\n"
        "أطلقت وزارة الصحة اليوم حملة التطعيم الموسمية، وقال المتحدث الرسمي "
        'للوزارة إن "اللقاحات متوفرة في جميع المراكز الصحية".\n'
    )
    q = one(text, "اللقاحات متوفرة")
    assert q.date == "2025-12-30", q


def test_a_slash_after_a_dateline_run_into_its_headline():
    # "دبي في 3 مارس 2026 / وام /" with the headline run into it (scraped
    # text): the date set off by a slash is the dateline all the same
    text = (
        "بلدية دبي تطلق مبادرة للتشجير دبي في 3 مارس 2026 / وام / أطلقت "
        "بلدية دبي اليوم مبادرة لزراعة مليون شجرة، وقال مدير المبادرة "
        'إن "الزراعة ستبدأ في الأحياء السكنية".\n'
    )
    q = one(text, "الزراعة ستبدأ")
    assert q.date == "2026-03-03", q


def test_the_occasion_told_after_the_statement_dates_it():
    # wire style: the lead gives the statement, the next sentence opens
    # with "جاء ذلك" and tells when and where it was made; the account
    # after it stays at that gathering
    text = (
        "المنامة في 9 فبراير 2026 / بنا /\n"
        'أكد وزير الصحة أن المملكة "ماضية في توسيع مظلة التأمين الصحي".\n'
        "جاء ذلك خلال افتتاحه اليوم أعمال مؤتمر الخليج للرعاية الأولية.\n"
        'وقالت مديرة المؤتمر سلمى الجودر إن "عدد المشاركين تجاوز ألفا".\n'
    )
    q = one(text, "ماضية في توسيع")
    assert q.date == "2026-02-09", q
    q = one(text, "عدد المشاركين")
    assert q.date == "2026-02-09", q


def test_the_occasion_after_the_statement_with_its_own_date():
    text = (
        'صرح رئيس الغرفة التجارية خالد العلي بأن "الصادرات غير النفطية سجلت '
        'رقما قياسيا".\n'
        "وجاء ذلك في كلمته أمام منتدى الأعمال يوم الأحد 12 أكتوبر 2025.\n"
    )
    q = one(text, "الصادرات غير النفطية")
    assert q.date == "2025-10-12", q


def test_the_occasion_sentence_opens_a_sentence_after_a_quote_without_a_stop():
    # scraped text without full stops: "«…» جاء ذلك خلال …" is still a
    # sentence of its own, so the quote's occasion is found
    text = (
        "المنامة في 9 فبراير 2026 / بنا / أكد وزير الصحة أن المملكة "
        '"ماضية في توسيع مظلة التأمين الصحي" جاء ذلك خلال افتتاحه اليوم أعمال '
        'مؤتمر الخليج للرعاية الأولية وقالت مديرة المؤتمر سلمى الجودر إن "عدد '
        'المشاركين تجاوز ألفا"\n'
    )
    q = one(text, "ماضية في توسيع")
    assert q.date == "2026-02-09", q


def test_the_abbreviated_doctor_after_where_the_post_is_held_opens_the_name():
    # "أستاذ القانون بجامعة صنعاء د. X": the university's city, then the
    # abbreviation with its point, then the name
    text = (
        'ويرى أستاذ القانون بجامعة تعز د. نبيل أحمد المقطري أن القرار "يفتقر إلى أي سند دستوري".\n'
    )
    q = one(text, "يفتقر إلى أي")
    assert q.speaker == "نبيل أحمد المقطري", q
    assert q.role == "أستاذ القانون بجامعة تعز", q


def test_a_kunya_after_a_possessed_title_is_the_name():
    # "وتقول جارتها أم خالد:": "أم" after "her neighbour" is the kunya
    # (mother of), not the conjunction "or"
    text = (
        'تقول سعاد حسن: "لم يصلنا الماء منذ أسبوع كامل".\n\n'
        'وتقول جارتها أم خالد: "نشتري الخبز من الحي المجاور كل صباح".\n'
    )
    q = one(text, "نشتري الخبز")
    assert q.speaker == "أم خالد", q


def test_a_past_period_between_the_relay_verb_and_its_source():
    # "نقلت الوكالة الشهر الماضي عن مصدر مطلع …": when the outlet relayed
    # it sits between the verb and عن; "مطلع" after "مصدر" is "informed"
    text = (
        'وكانت صحيفة "فايننشال تايمز" قد نقلت الشهر الماضي عن مصدر مطلع في '
        'وزارة المالية قوله إن "الحكومة تدرس خفض الدعم تدريجيا".\n'
    )
    q = one(text, "الحكومة تدرس")
    assert q.speaker == "مصدر مطلع في وزارة المالية", q


def test_a_chief_with_a_body_named_in_marks_is_the_role():
    # "X، كبير المحللين في "مركز …":": the chief of a body of people, and
    # the body's name in marks after في, all the apposition
    text = (
        'من جهته، يقول سامي يوسف الكندري، كبير المحللين في "بيت الخليج '
        'للدراسات": "الطلب على النفط سيتباطأ في النصف الثاني من العام".\n'
    )
    q = one(text, "الطلب على النفط")
    assert q.speaker == "سامي يوسف الكندري", q
    assert q.role == 'كبير المحللين في "بيت الخليج للدراسات"', q


def test_an_unnamed_official_and_the_city_he_serves_in_then_by_his_nisba():
    # "عن مسؤول في السفارة الإماراتية ببغداد": an unnamed source, the city
    # glued to بـ is where he serves, no name; "المسؤول الإماراتي" later
    # is that source (the nisba agrees with the embassy); a headline's
    # accusative phrase ending in the same nisba is no family name
    text = (
        "وثائق تكشف دعما إماراتيا مبكرا\n\n"
        "وفي برقية مؤرخة في 4 مايو 2008، ينقل دبلوماسي أمريكي عن مسؤول في "
        'السفارة الإماراتية ببغداد قوله إن "أبوظبي مستعدة لتمويل مشاريع '
        'الكهرباء في الجنوب".\n\n'
        'وأضاف المسؤول الإماراتي: "نريد ضمانات قبل أي تمويل".\n'
    )
    q = one(text, "أبوظبي مستعدة")
    assert q.speaker == "مسؤول في السفارة الإماراتية ببغداد", q
    q = one(text, "نريد ضمانات")
    assert q.speaker == "مسؤول في السفارة الإماراتية ببغداد", q


def test_the_doctor_abbreviation_without_its_point_in_scraped_text():
    # scrapers drop the point of "د." with the full stops: "بجامعة عدن د X"
    text = 'ويرى أستاذ القانون بجامعة تعز د نبيل أحمد المقطري أن القرار "يفتقر إلى أي سند دستوري"\n'
    q = one(text, "يفتقر إلى أي")
    assert q.speaker == "نبيل أحمد المقطري", q


def test_openers_after_a_quote_without_a_stop():
    # text without full stops: "«…» بدوره، …" and "«…» أحد …، …، قال"
    # open new sentences as they would after a stop
    text = (
        'وقال وزير المالية سالم الهاشمي إن "العجز سيتراجع هذا العام" بدوره، '
        "انتقد اتحاد العمال في بيان صادر عن مكتبه التنفيذي الحكومة، معتبرا أن الميزانية "
        '"تتجاهل الأجور والأسعار في آن واحد" '
        "أحد النواب، ممن تحدثنا إليهم وطلب عدم ذكر اسمه، علق ساخرا: "
        '"لا أحد يصدق هذه الأرقام"\n'
    )
    q = one(text, "تتجاهل الأجور")
    assert q.speaker == "اتحاد العمال", q
    q = one(text, "لا أحد يصدق")
    assert q.speaker.startswith("أحد النواب"), q


def test_an_agency_colon_between_the_dash_and_a_dateline_run_into_its_headline():
    # "عدن - سبأ : الأحد 8 فبراير 2026م" with the headline run into it
    # (scraped text): the dateline all the same, so "اليوم" is that day
    text = (
        "انقطاع المياه عن أحياء المدينة عدن - سبأ : الأحد 8 فبراير 2026م قال "
        'مدير مؤسسة المياه في تصريح لـ(سبأ) اليوم إن "الضخ سيعود خلال يومين".\n'
    )
    q = one(text, "الضخ سيعود")
    assert q.date == "2026-02-08", q
