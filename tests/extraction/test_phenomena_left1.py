"""Phenomena the engineers of the third session of 2026-12-02 saw but left.

Every article here is written for the test; each test fails without the
rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_city_after_a_noun_in_construct_belongs_to_the_title():
    # "رئيس غرفة تجارة حلب، X:": تجارة, indefinite, takes the city as its
    # genitive; the name is the one the commas set off, before the colon
    text = (
        "ارتفعت أسعار المواد الغذائية في الأسواق السورية خلال الشهر الماضي.\n\n"
        "وقال رئيس غرفة صناعة حمص، سليم العطار: «المعامل تعمل بنصف طاقتها منذ الشتاء».\n"
    )
    q = one(text, "المعامل تعمل")
    assert same_name(q.speaker, "سليم العطار"), q
    assert q.role == "رئيس غرفة صناعة حمص", q


def test_an_unnamed_source_described_in_commas_then_named_speaks_by_the_name():
    # "موظف في مديرية التربية، X،": the anonymous head and its description
    # are the role, the plain name the commas set off is the speaker
    text = (
        "تأخر صرف رواتب المعلمين في المحافظة للشهر الثالث على التوالي.\n\n"
        "وقال موظف في مديرية التربية، ياسر الخطيب، إن «الأموال لم تصل من العاصمة بعد».\n"
    )
    q = one(text, "الأموال لم تصل")
    assert same_name(q.speaker, "ياسر الخطيب"), q
    assert q.role == "موظف في مديرية التربية", q


def test_an_indefinite_title_before_min_and_a_body_stays_an_unnamed_source():
    # "مراسلة من إذاعة خاصة": the body after من is where the reporter works;
    # she is unnamed, the radio is no person's name
    text = (
        "عادت الحركة إلى شوارع المدينة صباح اليوم بعد ليلة من الاشتباكات.\n\n"
        "وقالت مراسلة من إذاعة خاصة إن «المحلات فتحت أبوابها تدريجيا منذ الفجر».\n"
    )
    q = one(text, "المحلات فتحت")
    assert q.speaker == "مراسلة من إذاعة خاصة", q
    assert q.speaker_kind == "anonymous", q


def test_an_indefinite_object_and_its_adjective_end_the_name_before_them():
    # "عقد الوزير X مؤتمرا صحافيا": the accusative noun and its adjective
    # after the name are what the minister held, not the end of his name
    text = (
        "عقد وزير الزراعة سامي الدباغ اجتماعا موسعا مع المزارعين في البصرة "
        "وقال: «سنشتري المحصول كله بسعر السوق».\n"
    )
    q = one(text, "سنشتري المحصول")
    assert q.speaker == "سامي الدباغ", q
    assert q.role == "وزير الزراعة", q


def test_an_indefinite_noun_after_an_after_a_reporter_is_the_topic_not_the_title():
    # "مراسل القناة عن مصير …": عن continues a deputy's or a spokesman's
    # title ("النائب عن دائرة …"), not a reporter's; here it opens the topic
    text = (
        "تعثرت جولة المحادثات الأخيرة بين الطرفين في الدوحة.\n\n"
        "وتحدث مراسل الجزيرة عن سير المحادثات قائلا: «الوفدان لم يلتقيا وجها لوجه».\n"
    )
    q = one(text, "الوفدان لم يلتقيا")
    assert q.speaker == "مراسل الجزيرة", q


def test_the_subject_before_a_verb_that_is_no_saying_speaks_after_the_colon():
    # "لكن موظفا في الشركة يحمل رواية أخرى:" is no cue of the lexicon, yet
    # the subject before the verb is who speaks after the colon, not the
    # minister quoted before
    text = (
        "وقال وزير الكهرباء سعيد الراشد إن «المحطات تعمل بكامل طاقتها».\n\n"
        "لكن موظفا في الشركة يحمل رواية أخرى: «نصف المولدات متوقف منذ الصيف».\n"
    )
    q = one(text, "نصف المولدات")
    assert q.speaker == "موظف في الشركة", q
    assert q.speaker_kind == "anonymous", q


def test_an_unnamed_source_ends_before_the_present_verb_it_is_the_subject_of():
    # "ضابط سابق في الشرطة يرسم صورة أخرى:": after the unnamed source and
    # where he served, the present verb is his, not a name with his title
    text = (
        "وقال وزير الداخلية سعيد الراشد إن «الأمن مستتب في كل المحافظات».\n\n"
        "ضابط سابق في الشرطة يرسم صورة أخرى: «نصف المراكز بلا دوريات منذ الصيف».\n"
    )
    q = one(text, "نصف المراكز")
    assert q.speaker == "ضابط سابق في الشرطة", q


def test_a_role_and_where_it_is_held_before_its_verb_after_lam_yakun_is_the_subject():
    # "لم يكن صاحب مخبز العائلة في الحي الشرقي يتوقع أن …:": the subject
    # sits between the auxiliary and the verb, the place inside it; it
    # speaks, not the official quoted before
    text = (
        "وقال وزير الاقتصاد سعيد الراشد إن «أسعار الطحين ستبقى ثابتة».\n\n"
        "لم يكن صاحب مخبز العائلة في الحي الشرقي يتوقع أن يغلق أبوابه يوما: "
        "«بعت الفرن لأدفع ديون الموردين».\n"
    )
    q = one(text, "بعت الفرن")
    assert q.speaker == "صاحب مخبز العائلة في الحي الشرقي", q


def test_a_subject_with_two_asides_in_commas_speaks_through_the_verb_after_them():
    # "X، صاحب المحل، الذي …، يقول" and "X، 60 عاما، الذي …، يروي": the
    # apposition (or the age) and a relative clause, each closed by its
    # comma, then the verb; the subject speaks, not the last speaker
    text = (
        "وقال رئيس البلدية سعيد الراشد إن «الإعمار سيبدأ الشهر المقبل».\n\n"
        "نبيل العطار، صاحب ورشة النجارة، الذي رمم معظم أبواب الحي، يقول إن "
        "«الخشب صار أغلى من الذهب».\n\n"
        "المهندس حسان داود، 60 عاما، الذي صمم مدرسة الحي، يروي: «لم يبق من المدرسة إلا جدار».\n"
    )
    q = one(text, "الخشب صار")
    assert same_name(q.speaker, "نبيل العطار"), q
    assert q.role == "صاحب ورشة النجارة", q
    q = one(text, "لم يبق من المدرسة")
    assert same_name(q.speaker, "حسان داود"), q


def test_a_definite_agent_noun_before_a_plain_name_is_the_role():
    # "المقاول X Y" (مفاعل), "الكاتب X Y" (فاعل): a definite agent noun that
    # is no title of the lexicon, before a name of two words, is the role
    text = (
        "توقفت أعمال البناء في الحي منذ بداية الشتاء.\n\n"
        "وقال المقاول رامي الحداد إن «الإسمنت لم يصل منذ شهرين».\n"
    )
    q = one(text, "الإسمنت لم يصل")
    assert q.speaker == "رامي الحداد", q
    assert q.role == "المقاول", q
