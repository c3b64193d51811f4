"""Phenomena found by the fresh author's set F18 (``articles_blind23.py``).

Every article here is written for the test, in sentences that are not in
F18's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_post_held_in_a_place_with_its_adjective_then_an_honorific_and_the_name():
    # "مدير X بالمنطقة الشمالية الدكتور NAME": where the post is held (بالـ
    # and its adjective) belongs to the title, the honorific opens the name
    text = (
        "وقال مدير إدارة التعليم بالمنطقة الشمالية الدكتور خالد بن فهد العتيبي إن "
        '"العام الدراسي سيبدأ في موعده دون تأخير".\n'
    )
    q = one(text, "العام الدراسي")
    assert same_name(q.speaker, "خالد بن فهد العتيبي"), q
    assert q.role and "بالمنطقة الشمالية" in q.role, q


def test_a_name_in_marks_after_a_genitive_with_lam_and_an_adjectival_title():
    # "المتحدث الرسمي لبرنامج «X» NAME": the programme's name in marks is
    # part of the title, the person follows it
    text = (
        "وقال المتحدث الرسمي لبرنامج «رعاية» سالم راشد الكعبي لـ«البيان»: "
        "«نستقبل مئات الطلبات كل شهر من الأسر المحتاجة».\n"
    )
    q = one(text, "نستقبل مئات الطلبات")
    assert same_name(q.speaker, "سالم راشد الكعبي"), q
    assert q.role and "رعاية" in q.role, q


def test_of_two_titles_in_commas_the_one_next_to_the_name_is_the_role():
    # "رئيس الوفد X، وزير Y NAME،": the first title is what the person does
    # here, the second, joined to the name, is the post
    text = (
        "قال رئيس اللجنة الوطنية للانتخابات، وزير العدل سالم راشد الكعبي، إن "
        '"الاقتراع سيجري في موعده المحدد".\n'
    )
    q = one(text, "الاقتراع سيجري")
    assert same_name(q.speaker, "سالم راشد الكعبي"), q
    assert q.role and q.role.startswith("وزير العدل"), q


def test_a_speaker_after_the_quote_with_an_aside_he_is_gives_the_role():
    # "«…»، يقول X، وهو سائق من الهند يعمل …": the aside after وهو says who
    # the person is, up to the verb that tells what he does
    text = (
        "«لم يعد العمل في الحر ممكنا كما كان من قبل»، يقول سالم الكعبي، وهو سائق "
        "شاحنة من الهند يعمل في الميناء منذ سنوات.\n"
    )
    q = one(text, "لم يعد العمل")
    assert same_name(q.speaker, "سالم الكعبي"), q
    assert q.role == "سائق شاحنة من الهند", q


def test_a_businessman_named_ali_with_the_fuller_apposition_for_role():
    # "رجل الأعمال علي X، عضو مجلس إدارة …:": علي after the description is
    # the first name Ali, not the preposition; the apposition is the fuller role
    text = (
        "وعلى هامش المعرض، يقول رجل الأعمال علي خليل العنزي، عضو مجلس إدارة غرفة "
        'التجارة: "الأسواق تحتاج إلى إشارة واضحة من الحكومة".\n'
    )
    q = one(text, "الأسواق تحتاج")
    assert same_name(q.speaker, "علي خليل العنزي"), q
    assert q.role == "عضو مجلس إدارة غرفة التجارة", q


def test_a_property_developer_is_a_title():
    # "يرى المطور العقاري X أن": a developer (or an investor) is described by
    # his trade before his name, as a title
    text = (
        "في المقابل، يرى المطور العقاري فهد بن سعد القحطاني أن الأسعار في جنوب جدة "
        "«ما زالت مرتفعة جدا»، مضيفاً: المشكلة في الأراضي وليست في البناء.\n"
    )
    for fragment in ("ما زالت مرتفعة", "المشكلة في الأراضي"):
        q = one(text, fragment)
        assert same_name(q.speaker, "فهد بن سعد القحطاني"), q
        assert q.role == "المطور العقاري", q


def test_an_accusative_title_with_a_nisba_is_an_unnamed_source():
    # "أن وزيرا كويتيا أبلغ السفير بأن": any indefinite title in the
    # accusative with its nisba describes a source the article does not
    # name; it is named in the nominative
    text = "وذكرت البرقية أن وزيرا عراقيا أبلغ السفير بأن «الحكومة باقية حتى الانتخابات».\n"
    q = one(text, "الحكومة باقية")
    assert q.speaker == "وزير عراقي", q


def test_a_described_aside_in_marks_between_the_source_and_its_verb():
    # "أن مسؤولا X سابقا، وصفته البرقية بأنه «…»، قال:": the aside that
    # describes the source in marks does not cut him from his verb
    text = (
        "وذكرت البرقية أن مسؤولا عراقيا سابقا، وصفته السفارة بأنه «قريب من رئيس الوزراء»، "
        "قال لدبلوماسي أميركي: «لن نقبل بأي تسوية قبل الانتخابات المقبلة». "
        "وتابع: «الأمريكيون لا يفهمون تعقيدات المشهد».\n"
    )
    for fragment in ("لن نقبل", "لا يفهمون"):
        q = one(text, fragment)
        assert q.speaker == "مسؤول عراقي سابق", q


def test_a_relayed_source_described_as_one_of_a_camp_in_marks():
    # "نقلت السفارة عن وزير وصفته بأنه من "التيار …" قوله إن": the clause
    # describes the relayed source; the relay cue quotes him
    text = (
        'ونقلت السفارة عن مسؤول عراقي وصفته بانه من "الجناح المعتدل" في الحزب قوله ان '
        '"الانتخابات لن تغير شيئا في المعادلة".\n'
    )
    q = one(text, "الانتخابات لن تغير")
    assert q.speaker == "مسؤول عراقي", q


def test_a_name_in_kal_after_a_verb_is_not_like_the():
    # "ويقول كالفن": كالـ at the head of a verb's subject is a name (Calvin,
    # Callahan), not ك + the article, so it finds the envoy named before
    text = (
        "وكتب السفير الامريكي جيمس كالفن في برقية ارسلت في 3 مارس 2009 ان "
        '"الحكومة تخشى الشارع". ويقول كالفن في البرقية نفسها ان '
        '"الوضع الامني اسوأ مما يعتقد الجميع".\n'
    )
    q = one(text, "الوضع الامني")
    assert same_name(q.speaker, "جيمس كالفن"), q
    assert q.role == "السفير الامريكي", q


def test_a_verb_after_whoever_tells_of_no_one_in_particular():
    # "«…» لمن يتابع الملف، قائلا:": the verb after "whoever" has no subject
    # of its own to lend the participle; the speaker is the main verb's
    text = (
        'وقال النائب السابق سالم الكعبي إن ما جرى "لم يكن مفاجئا" لمن يتابع الملف '
        "الاقتصادي، قائلا: الحكومة تعرف الحل منذ سنوات ولم تفعل شيئا.\n"
    )
    q = one(text, "الحكومة تعرف الحل")
    assert same_name(q.speaker, "سالم الكعبي"), q


def test_former_after_an_accusative_nisba_is_no_move_in_time():
    # "أن مسؤولا عراقيا سابقا قال": سابقا agrees with the source ("former"),
    # it is not the adverb "previously", so the cable's date still holds
    text = (
        "وتكشف برقية ثانية صادرة في آذار/مارس 2008 أن مسؤولا عراقيا سابقا قال لدبلوماسي "
        "أميركي: «لن نقبل بأي تسوية قبل الانتخابات المقبلة».\n"
    )
    q = one(text, "لن نقبل")
    assert (q.date, q.date_precision) == ("2008-03", "month"), q


def test_a_headline_with_two_dots_run_into_a_dated_dateline():
    # scraped text: "عنوان.. وتتمته مدينة (الصحيفة) - 10 مارس 2025 …": the
    # ".." of the headline ends no sentence, so the run-in dateline still
    # dates the "أمس" of the account
    text = (
        "الحكومة تقر الموازنة.. وعجز متوقع بثلاثة مليارات الكويت (القبس) - 10 مارس 2025 "
        "أقر مجلس الوزراء اليوم الموازنة العامة. وقال وزير المالية خالد العلي، في بيان "
        "أصدره أمس، إن «العجز سيتراجع خلال العامين المقبلين»."
    )
    q = one(text, "العجز سيتراجع")
    assert (q.date, q.date_precision) == ("2025-03-09", "day"), q


def test_in_it_after_a_document_introduced_the_sentence_before():
    # "وتعود برقية ثانية إلى … أرسلها X. وجاء فيها أن «…»": "in it" is the
    # new cable of the sentence before (its author when named, with its
    # date), not the envoy quoted from an earlier cable
    text = (
        "وقال السفير توماس ويلر في برقية مؤرخة في 3 مارس 2008 إن «الوضع هادئ». "
        "وتعود برقية ثانية إلى 9 مارس 2009 وقد أرسلها القائم بالأعمال مايكل كوربن، "
        "وتتناول ملف الحدود. وجاء فيها أن «الحكومة لا تملك خطة واضحة لما بعد الانسحاب».\n"
    )
    q = one(text, "لا تملك خطة")
    assert same_name(q.speaker, "مايكل كوربن"), q
    assert (q.date, q.date_precision) == ("2009-03-09", "day"), q


def test_the_third_cable_that_bears_the_signature_of_its_author():
    # "أما البرقية الثالثة، وهي …، فتعود إلى DATE وتحمل توقيع X. وجاء فيها":
    # the article with an ordinal introduces a new cable, and whoever signed
    # it writes what "جاء فيها" quotes, at its date
    text = (
        "وقال السفير توماس ويلر في برقية مؤرخة في 3 مارس 2008 إن «الوضع هادئ». "
        "أما البرقية الثانية، وهي الأقصر بين البرقيات المنشورة، فتعود إلى 9 مارس 2009 "
        "وتحمل توقيع القائم بالأعمال مايكل كوربن. "
        "وجاء فيها أن «الحكومة لا تملك خطة واضحة لما بعد الانسحاب».\n"
    )
    q = one(text, "لا تملك خطة")
    assert same_name(q.speaker, "مايكل كوربن"), q
    assert q.role == "القائم بالأعمال", q
    assert (q.date, q.date_precision) == ("2009-03-09", "day"), q
