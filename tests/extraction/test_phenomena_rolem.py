"""Roles the engine left empty on real news (the rolem round): the role told
at an earlier mention of the speaker that a construction kept from being
read as a titled name.

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_marks_after_a_preposition_in_a_title_name_no_person():
    # "رئيس هيئة الدفاع في «قضية X»، الدكتور Y": the words in marks after a
    # preposition are what the post is about, not the titled person's name;
    # the person is named after the comma, and the family name later
    # carries the post
    text = (
        "وأكد رئيس هيئة الدفاع عن المتهمين في “قضية الموانئ”، الدكتور سامر "
        "الخطيب أن موكليه أنكروا كل التهم.\n"
        "وقال الخطيب: “قدمنا كل الدفوع الشكلية والموضوعية أمام المحكمة”.\n"
    )
    q = one(text, "قدمنا كل الدفوع")
    assert q.speaker == "سامر الخطيب", q
    assert q.role == "رئيس هيئة الدفاع عن المتهمين في “قضية الموانئ”", q

    text = (
        "وقال الباحث في “مركز النهضة”، الدكتور وليد عيسى: “الانتخابات المقبلة ستغير المشهد كله”.\n"
    )
    q = one(text, "الانتخابات المقبلة")
    assert q.speaker == "وليد عيسى", q
    assert q.role == "الباحث في “مركز النهضة”", q


def test_a_name_in_marks_right_after_a_title_is_still_the_person():
    # "وزير الخارجية «X»": no preposition before the marks, the name
    text = "وقال وزير الخارجية “حامد الكرتي”: “العلاقات مع الجيران ممتازة”.\n"
    q = one(text, "العلاقات مع الجيران")
    assert q.speaker == "حامد الكرتي", q
    assert q.role == "وزير الخارجية", q


def test_a_post_told_right_after_a_speakers_words_is_his_role():
    # "قال X: «…». وأوضح الوزير الأردني أن …": a post with the article and
    # no name, the subject of the verb of saying that opens the sentence
    # after the words of a speaker the text gave no post, is his
    text = (
        "وحول الانتخابات، قال الحمدان: «الانتخابات ستجري في موعدها المحدد».\n"
        "وقال الحمدان خلال مؤتمر صحافي: «لا تأجيل للموعد تحت أي ظرف». وأوضح "
        "الوزير الأردني أن الحكومة مستعدة لكل الاحتمالات.\n"
    )
    for words in ("الانتخابات ستجري", "لا تأجيل للموعد"):
        q = one(text, words)
        assert q.speaker == "الحمدان", q
        assert q.role == "الوزير الأردني", q

    # a title word that is his family name ("المعلم"), quoted again with no
    # subject
    text = (
        "قال المعلم: «الحدود ستبقى مفتوحة أمام التجارة».\n"
        "وأضاف: «لا نية لإغلاق المعابر». وأكد الوزير السوري أن العلاقات مع "
        "الجيران تتحسن يوما بعد يوم.\n"
    )
    for words in ("الحدود ستبقى", "لا نية لإغلاق"):
        q = one(text, words)
        assert q.speaker == "المعلم", q
        assert q.role == "الوزير السوري", q

    # the post's own sentence quoting him
    text = (
        "قال الحمدان: «الحدود ستبقى مفتوحة أمام التجارة».\n"
        "وأكد الوزير السوري أن «العلاقات مع الجيران تتحسن يوما بعد يوم».\n"
    )
    for words in ("الحدود ستبقى", "العلاقات مع الجيران"):
        q = one(text, words)
        assert q.speaker == "الحمدان", q
        assert q.role == "الوزير السوري", q


def test_a_post_told_after_is_not_taken_across_sex_or_from_its_holder():
    # a post of the other sex, or one a person met holds, is no one else's
    text = (
        "قالت الحمدان: «الانتخابات ستجري في موعدها المحدد».\n"
        "وأوضح الوزير الأردني أن الحكومة مستعدة لكل الاحتمالات.\n"
    )
    assert one(text, "الانتخابات ستجري").role is None
    text = (
        "التقى وزير الخارجية الأردني فهد العلي نظيره أمس. وقال الحمدان: "
        "«الانتخابات ستجري في موعدها المحدد».\n"
        "وأوضح الوزير الأردني أن الحكومة مستعدة لكل الاحتمالات.\n"
    )
    assert one(text, "الانتخابات ستجري").role is None
    # nor the bare title said again of one quoted with a post of his own
    text = (
        "وقال الوزير الأردني: «الحدود ستبقى مفتوحة أمام التجارة».\n"
        "وقال الوزير: «لا نية لإغلاق المعابر في الوقت الحالي».\n"
        "وأوضح الوزير السوري أن العلاقات مع الجيران تتحسن.\n"
    )
    assert one(text, "الحدود ستبقى").role == "الوزير الأردني"
    assert one(text, "لا نية لإغلاق").role == "الوزير"
    # nor a verb that does not say ("وكان الوزير الأردني قد زار …")
    text = (
        "قال الحمدان: «الانتخابات ستجري في موعدها المحدد».\n"
        "وكان الوزير الأردني قد زار بروكسل الشهر الماضي.\n"
    )
    assert one(text, "الانتخابات ستجري").role is None


def test_a_post_after_the_name_that_ends_in_its_genitives_holder():
    # "وقال X الوزير المستشار لدى رئيس الحكومة Z Q إن": the post after the
    # speaker's name, with no comma, is his; the name that ends it belongs
    # to the title in its genitive (the head of government), not to the post
    text = (
        "وقال سامي الخليل الوزير المستشار لدى رئيس الحكومة فهد العلي إن «القرار "
        "مخالف للاتفاق الموقع بين البلدين».\n"
    )
    q = one(text, "القرار مخالف")
    assert q.speaker == "سامي الخليل", q
    assert q.role == "الوزير المستشار لدى رئيس الحكومة فهد العلي", q

    text = "وأكدت نادية الصافي مستشارة الرئيس كمال حداد أن «الحوار سيستأنف الأسبوع المقبل».\n"
    q = one(text, "الحوار سيستأنف")
    assert q.speaker == "نادية الصافي", q
    assert q.role == "مستشارة الرئيس كمال حداد", q


def test_a_post_that_names_its_own_holder_after_a_name_is_no_role():
    # "وأبلغ X مستشار رئيس الحكومة Z أن": the one told, no post of X's; and
    # a post with no title in its genitive ("رئيس الوزراء Z Q") names its
    # own holder
    text = "وأبلغ سامي الخليل مستشار رئيس الحكومة فهد العلي أن «القرار مخالف للاتفاق».\n"
    assert one(text, "القرار مخالف").role is None
    text = "وقال سامي الخليل رئيس الوزراء فهد العلي إن «القرار مخالف للاتفاق».\n"
    assert one(text, "القرار مخالف").role is None


def test_kin_after_the_name_of_the_subject_of_a_verb_of_saying_is_the_role():
    # "قالت X زوجة الرئيس السابق Z في كتاب إن": kin in construct after the
    # name, no comma, describes the speaker as a post would; a later quote
    # of hers carries it
    text = (
        "قالت سلمى الحداد زوجة الرئيس السابق فهد العلي في كتاب صدر أمس إن «انقلابا "
        "دبر ضد زوجها منذ سنوات».\n"
        "وتقول سلمى الحداد في الكتاب «لولا إصرار الجنرال ما كان زوجي ليغادر البلاد "
        "أبدا».\n"
    )
    for words in ("انقلابا دبر", "لولا إصرار"):
        q = one(text, words)
        assert q.speaker == "سلمى الحداد", q
        assert q.role == "زوجة الرئيس السابق فهد العلي", q

    text = "وقال سامي الحداد نجل الرئيس السابق إن «والدي لم يوقع على أي اتفاق».\n"
    q = one(text, "والدي لم يوقع")
    assert q.speaker == "سامي الحداد", q
    assert q.role == "نجل الرئيس السابق", q


def test_kin_after_the_name_of_one_who_tells_is_the_one_told():
    # "وأبلغ X نجل الرئيس أن": the son is the one told, no role of X's
    text = "وأبلغ سامي الحداد نجل الرئيس السابق أن «الاتفاق لم يوقع بعد».\n"
    q = one(text, "الاتفاق لم يوقع")
    assert q.role is None, q


def test_the_place_of_a_post_after_two_adjectives_joined_by_wa():
    # "رئيس الدائرة العسكرية والسياسية بوزارة الدفاع X": after a second
    # adjective joined by و, the body glued to بـ is still where the post is
    # held, and the name follows it
    text = (
        "وقال رئيس الدائرة العسكرية والسياسية بوزارة الدفاع “نادر سلمان”: “الحدود "
        "الشمالية آمنة تماما”.\n"
    )
    q = one(text, "الحدود الشمالية")
    assert q.speaker == "نادر سلمان", q
    assert q.role == "رئيس الدائرة العسكرية والسياسية بوزارة الدفاع", q

    text = (
        "التقى مدير الشؤون الإدارية والمالية بوزارة الصحة كريم داود الوفد أمس.\n"
        "وقال داود: «الميزانية الجديدة تكفي لتشغيل كل المستشفيات».\n"
    )
    q = one(text, "الميزانية الجديدة")
    assert q.speaker == "كريم داود", q
    assert q.role == "مدير الشؤون الإدارية والمالية بوزارة الصحة", q


def test_a_manner_word_in_ba_after_two_adjectives_is_no_place():
    # "بوضوح" (clearly) is how he spoke, no body: the post stands alone
    text = "وأكد رئيس اللجنة الاقتصادية والمالية بوضوح أن «الميزانية لن تعدل هذا العام».\n"
    q = one(text, "الميزانية لن تعدل")
    assert q.speaker == "رئيس اللجنة الاقتصادية والمالية", q
