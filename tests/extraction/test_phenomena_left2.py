"""Constructions the engineers saw but left (the list of ``left2``).

Every article here is written for the test; each test fails without the
rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_sidi_after_a_place_head_opens_the_place_not_the_name():
    # "والي ولاية سيدي بوزيد X", "في ولاية سيدي بلعباس X": after a place
    # head سيدي (like بني/عين) is the first word of a place of two words
    text = (
        "زار والي ولاية سيدي قاسم محمد العلوي السوق الأسبوعي صباح الاثنين.\n\n"
        "«سنفتح سوقا جديدا قبل الصيف»، يقول العلوي.\n\n"
        'وقال المسؤول في ولاية سيدي بلعباس كمال الزين إن "الأسعار استقرت هذا الشهر".\n'
    )
    q = one(text, "سنفتح سوقا")
    assert same_name(q.speaker, "محمد العلوي"), q
    assert q.role == "والي ولاية سيدي قاسم", q
    q = one(text, "الأسعار استقرت")
    assert same_name(q.speaker, "كمال الزين"), q
    assert q.role == "المسؤول في ولاية سيدي بلعباس", q


def test_initials_in_brackets_with_a_space_after_the_point_end_no_sentence():
    # "المتهم الثاني (م. س)": the point of an initial, inside short brackets,
    # is no sentence end; the initials are the person, the description his role
    text = (
        "مثل المتهمان أمام الدائرة الجنائية صباح أمس.\n\n"
        'وقال المتهم الثاني (ع. م. ب) أمام الهيئة: "لم أكن في المدينة يوم الحادثة".\n'
    )
    q = one(text, "لم أكن في المدينة")
    assert q.speaker == "ع. م. ب", q
    assert q.role == "المتهم الثاني", q


def test_the_praised_thing_glued_to_b_ends_the_subject_of_a_verb_of_praise():
    # "أشاد نواب آخرون ببرنامج "…"", "أشاد الوزير ببرنامج الحكومة": after a
    # verb of praise, a word glued to بـ before marks or a definite noun (or
    # with a doubled ب) is what is praised; "الوزير بلال X" stays a name
    text = (
        'وأشاد نواب آخرون ببرنامج "فرصة" قائلين إن "البرنامج فتح الباب أمام آلاف الشباب".\n\n'
        "وأشاد الوزير ببرنامج الحكومة للتشغيل.\n\n"
        '"سنوسع البرنامج إلى كل الولايات"، قال الوزير.\n\n'
        'وأشاد الوزير بلال الحسيني بالمبادرة قائلا إن "المبادرة جاءت في وقتها".\n'
    )
    q = one(text, "البرنامج فتح الباب")
    assert q.speaker == "نواب آخرون", q
    q = one(text, "سنوسع البرنامج")
    assert q.speaker == "الوزير", q
    q = one(text, "المبادرة جاءت")
    assert same_name(q.speaker, "بلال الحسيني"), q


def test_a_verb_after_an_indefinite_description_and_its_place_is_no_name():
    # "طبيبة في المستشفى تحدثت عن …": after an indefinite description and
    # where it works, تفعّلت (or تفعّل before its preposition) is a verb
    text = (
        "«لا نملك ما يكفي من الأدوية»، تقول طبيبة في المستشفى تحدثت عن نقص المعدات.\n\n"
        "«ننتظر الشحنة منذ شهرين»، يقول موظف في البلدية تعامل مع الملف.\n"
    )
    q = one(text, "لا نملك")
    assert q.speaker == "طبيبة في المستشفى", q
    q = one(text, "ننتظر الشحنة")
    assert q.speaker == "موظف في البلدية", q


def test_before_whom_a_statement_was_made_is_no_part_of_its_owner():
    # "أقوال الجلاصي لدى الباحث، ومنها قوله:": لدى after a name says before
    # whom the statement was made, no part of the owner's name or role
    text = (
        "مثل المتهم أمام الدائرة الجنائية صباح أمس.\n\n"
        "وتلا القاضي مقتطفات من أقوال الجلاصي لدى الباحث، ومنها قوله: "
        '"لم أكن أعرف الضحية قبل تلك الليلة".\n'
    )
    q = one(text, "لم أكن أعرف الضحية")
    assert q.speaker == "الجلاصي", q
    assert q.role is None, q


def test_a_name_given_by_wayudaa_may_start_with_ali():
    # "أحد السكان، ويدعى علي حسن،": after ويدعى a first علي is the name Ali,
    # not the preposition على
    text = (
        "وصلت سيارات الإسعاف بعد ساعتين من الحادث.\n\n"
        'وقال أحد السكان، ويدعى علي حسن، إن "الشرطة وصلت متأخرة كالعادة".\n'
    )
    q = one(text, "الشرطة وصلت")
    assert same_name(q.speaker, "علي حسن"), q
    assert q.role == "أحد السكان", q


def test_the_witness_given_the_floor_by_the_court_speaks():
    # "منحت الهيئة الشاهد الكلمة فقال:": the witness is the one given the
    # floor, as a title would be
    text = (
        "استأنفت الدائرة الجنائية النظر في القضية صباح الخميس.\n\n"
        'ثم منحت الهيئة الشاهد الكلمة فقال: "رأيت رجلين يخرجان من المخزن ليلا".\n'
    )
    q = one(text, "رأيت رجلين")
    assert q.speaker == "الشاهد", q


def test_the_one_given_the_floor_speaks_not_a_subject_read_before_the_verb():
    # "ومنحت الهيئة المتهم الكلمة الأخيرة فقال:": the clause before فقال
    # gives the floor; its verb is no name and الكلمة no part of a role
    text = (
        "رفعت الجلسة ساعة ثم استؤنفت بعد الظهر.\n\n"
        'ومنحت الهيئة المتهم الكلمة الأخيرة فقال: "أطلب من المحكمة أن تنصفني".\n'
    )
    q = one(text, "أطلب من المحكمة")
    assert q.speaker == "المتهم", q
    assert q.role == "المتهم", q


def test_a_name_given_by_yudaa_without_commas_is_the_person():
    # "شاب يدعى علي حسن": the name يدعى gives, without commas, is the
    # person's, the indefinite noun before it his role
    text = (
        "تجمع عشرات السكان أمام مقر البلدية منذ الصباح.\n\n"
        'وقال شاب يدعى علي حسن إن "الماء مقطوع عن الحي منذ أسبوع".\n'
    )
    q = one(text, "الماء مقطوع")
    assert same_name(q.speaker, "علي حسن"), q
    assert q.role == "شاب", q


def test_a_place_head_in_a_title_takes_the_place_name_as_its_genitive():
    # "والي ولاية قفصة X", "رئيس بلدية صفاقس:": the word after a place head
    # in construct is the place's name, the title's, not the person's
    text = (
        'وقال والي ولاية قفصة محمد الرميلي إن "المياه ستعود إلى الأحياء مساء اليوم".\n\n'
        'وقال رئيس بلدية صفاقس: "فرق التنظيف تعمل منذ الفجر".\n'
    )
    q = one(text, "المياه ستعود")
    assert same_name(q.speaker, "محمد الرميلي"), q
    assert q.role == "والي ولاية قفصة", q
    q = one(text, "فرق التنظيف")
    assert q.role == "رئيس بلدية صفاقس", q


def test_a_verb_of_praise_that_is_no_cue_opens_no_name():
    # "وثمن الوزير ببرنامج الحكومة وقال:", "ورحبت النائبة X بالقرار وقالت:":
    # the verb of praise is no name, the praised thing after بـ no part of it
    text = (
        'وثمن الوزير ببرنامج الحكومة للتشغيل وقال: "البرنامج فتح الباب أمام الشباب".\n\n'
        'ورحبت النائبة سامية العلوي بالقرار وقالت: "القرار جاء في وقته".\n'
    )
    q = one(text, "البرنامج فتح")
    assert q.speaker == "الوزير", q
    q = one(text, "القرار جاء")
    assert same_name(q.speaker, "سامية العلوي"), q
    assert q.role == "النائبة", q
    # (a name glued to بـ after the title's genitive stays a name)
    q = one(
        'وأشادت وزيرة الثقافة بشرى العلوي بالقرار قائلة: "إنه انتصار للمبدعين".\n', "إنه انتصار"
    )
    assert same_name(q.speaker, "بشرى العلوي"), q


def test_sidi_right_after_a_governor_opens_the_place():
    # "والي سيدي بوزيد X", "محافظ سيدي قاسم X": the governor of the place
    # named right after him, سيدي its first word
    text = (
        'وقال والي سيدي بوزيد محمد الرميلي إن "الطرقات ستفتح صباح الغد".\n\n'
        'وقال محافظ سيدي قاسم: "الفرق جاهزة للتدخل".\n'
    )
    q = one(text, "الطرقات ستفتح")
    assert same_name(q.speaker, "محمد الرميلي"), q
    assert q.role == "والي سيدي بوزيد", q
    q = one(text, "الفرق جاهزة")
    assert q.role == "محافظ سيدي قاسم", q
