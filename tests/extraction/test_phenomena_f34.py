"""Phenomena found by the fresh author's set F34 (``articles_blind39.py``).

Every article here is written for the test, in sentences that are not in
F34's data files; each test fails without the rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one, same_name


def test_a_doctor_abbreviated_with_a_stop_opens_the_name_in_commas():
    # "مدير المركز، د. X، …": the abbreviation د. is two tokens, the honorific
    # and its stop; the name after it in commas is the speaker, the title
    # before it the role
    text = (
        "وقالت رئيسة قسم الأطفال، د. هالة النجار، لـ«الصحيفة» إن الأجنحة "
        "«مكتظة منذ أسابيع ولا أسرّة إضافية لدينا».\n"
    )
    q = one(text, "مكتظة منذ")
    assert same_name(q.speaker, "هالة النجار"), q
    assert q.role == "رئيسة قسم الأطفال", q


def test_an_age_in_brackets_does_not_hide_the_apposition_after_it():
    # "X (70 عاماً)، النازح من …،": the age aside closes, then the comma
    # opens the apposition that describes the person
    text = (
        "«تركنا كل شيء خلفنا ولم نحمل إلا الأوراق»، تقول الحاجة فاطمة "
        "الزعبي (71 عاماً)، القادمة من بلدة طفس، وهي تجلس على فرشة رقيقة.\n"
    )
    q = one(text, "تركنا كل")
    assert same_name(q.speaker, "فاطمة الزعبي"), q
    assert q.role == "القادمة من بلدة طفس", q


def test_a_definite_participle_of_origin_after_a_name_is_its_role():
    # "X، النازح من مدينة …:": a definite participle with من and a place
    # describes the person just named, as "نازح من …" would
    text = 'ويقول سامي العلي، المهجر من حي الوعر: "لم يبق لنا هناك بيت نعود إليه".\n'
    q = one(text, "لم يبق")
    assert same_name(q.speaker, "سامي العلي"), q
    assert q.role == "المهجر من حي الوعر", q


def test_a_body_named_in_marks_with_its_definite_head_is_no_quotation():
    # "أرقام نشرها "المرصد الوطني للعنف - راصد"": a body's name in marks,
    # its definite head and an adjective, after a verb that is no cue
    text = (
        'وبحسب أرقام نشرها "المرصد الوطني لحقوق العمال"، فقد ارتفعت البطالة.\n\n'
        'وقال مدير المرصد سعيد الخطيب إن "الأرقام أسوأ مما توقعنا في بداية العام".\n'
    )
    quotes = extract(text)
    assert [q.text for q in quotes] == ["الأرقام أسوأ مما توقعنا في بداية العام"], quotes


def test_a_document_as_topic_speaks_through_the_fa_verb_past_its_reference_and_date():
    # "أما البرقية الثانية، REF، الصادرة في DATE، فتقول": the topic set up by
    # أما is the subject of the verb after فـ, not the last woman or body
    # quoted (the embassy, feminine too)
    text = (
        "وفي البرقية 06AMMAN210 المؤرخة في 9 آذار 2006، كتب السفير ديفيد هيل أن "
        "«الملك يريد إصلاحاً تدريجياً لا يهز التوازنات».\n\n"
        "وتعلق السفارة في آخر البرقية: «لا نتوقع تغييراً كبيراً هذا العام».\n\n"
        "أما البرقية الثالثة، 07AMMAN95، المرسلة في كانون الثاني/يناير 2007 "
        "إلى وزارة الخارجية، فتقول إن «الحكومة الجديدة تفتقر إلى السند الشعبي».\n"
    )
    q = one(text, "الحكومة الجديدة")
    assert q.speaker == "البرقية الثالثة", q
    assert q.date == "2007-01", q


def test_a_subject_line_in_marks_closing_an_aside_is_no_quotation():
    # "… الصادرة في DATE تحت عنوان «…: …»، فتقول": the cable's subject line
    # is no one's words, however long, and the date before it is the cable's
    text = (
        "وفي البرقية 06AMMAN210 المؤرخة في 9 آذار 2006، كتب السفير ديفيد هيل أن "
        "«الملك يريد إصلاحاً تدريجياً لا يهز التوازنات».\n\n"
        "أما البرقية الثالثة، 07AMMAN95، المرسلة في كانون الثاني/يناير 2007 تحت "
        "عنوان «الأردن: حكومة جديدة ووعود قديمة بلا تنفيذ»، فتقول إن «الحكومة "
        "الجديدة تفتقر إلى السند الشعبي».\n"
    )
    quotes = extract(text)
    assert [q.text[:12] for q in quotes] == ["الملك يريد إ", "الحكومة الجد"], quotes
    assert quotes[1].date == "2007-01", quotes


def test_a_first_name_with_the_article_after_then_is_the_titled_persons():
    # "وزير الداخلية آنذاك الهادي عبد الله": "at the time" after the title,
    # then a name whose first word has the article: the minister's name
    text = (
        "ونقل السفير عن وزير الداخلية آنذاك الهادي عبد الله قوله إن «الحدود "
        "مع تشاد مفتوحة أمام المهربين».\n"
    )
    q = one(text, "الحدود مع")
    assert same_name(q.speaker, "الهادي عبد الله"), q
    assert q.role == "وزير الداخلية", q


def test_the_adviser_alone_is_the_adviser_named_before():
    # "مستشار وزير الدفاع X" then "وأضاف المستشار": the bare title is the
    # last person introduced with it, as "الوزير" or "المحافظ"
    text = (
        "وقال مستشار وزير الدفاع عادل محمد نور للسفير إن «الجيش لن يقبل "
        "بأي قوات أجنبية».\n\nوأضاف المستشار: «هذا خط أحمر عندنا».\n"
    )
    q = one(text, "هذا خط")
    assert same_name(q.speaker, "عادل محمد نور"), q
    assert q.role == "مستشار وزير الدفاع", q


def test_the_past_of_kana_setting_a_scene_brings_in_the_person_in_its_aside():
    # "كانت X، وهي …، تفعل … . تقول:": the scene the writer sets with the
    # past of كان, the name and an aside on who she is, then her words
    text = (
        'وقالت المنظمة إن "المساعدات لا تصل إلى المخيم منذ شهرين".\n\n'
        "وفي طرف المخيم، كانت نوال العبد، وهي معلمة متقاعدة من ريف إدلب، "
        'تطعم دجاجاتها القليلة. تقول: "لم يبق لنا غير هذه الدجاجات".\n'
    )
    q = one(text, "لم يبق")
    assert same_name(q.speaker, "نوال العبد"), q
    assert q.role == "معلمة متقاعدة من ريف إدلب", q


def test_a_verb_of_saying_joined_to_the_opening_verb_takes_its_named_subject():
    # "في الغرفة المجاورة، تجلس أم سامر بجانب زوجها، وتقول:": the verb of
    # saying joined by و is the opening verb's subject's, not the body
    # quoted last, though both are feminine
    text = (
        'وقالت وكالة الأنباء إن "الوضع صعب جدا في المدينة".\n\n'
        "في الغرفة المجاورة، تجلس أم سامر بجانب زوجها المريض، وتقول: "
        '"لم ننم منذ ثلاثة أيام بسبب البرد".\n'
    )
    q = one(text, "لم ننم")
    assert same_name(q.speaker, "أم سامر"), q


def test_a_person_met_by_a_description_then_a_name_in_commas_speaks_next():
    # "تستقبلنا زوجة السائق المفقود، أم رامي، … . تقول:": the subject of the
    # verb opening the sentence before, a kin or role noun and then the name
    # in commas, is who speaks, over the woman quoted before
    text = (
        'وقالت الباحثة سلوى حداد إن "الظاهرة تتسع كل عام".\n\n'
        "في بيتها في الناصرة، تستقبلنا زوجة السائق المفقود، أم رامي، بابتسامة "
        'متعبة. تقول: "لم نعرف عنه شيئا منذ سنة كاملة".\n'
    )
    q = one(text, "لم نعرف")
    assert same_name(q.speaker, "أم رامي"), q
    assert q.role == "زوجة السائق المفقود", q


def test_the_man_described_by_age_alone_is_the_last_man_met():
    # "ويضيف الرجل الخمسيني": a man described by sex and age, never named
    # so, is the man just quoted, with his name and role
    text = (
        'وقالت المنظمة إن "الوضع صعب".\n\n'
        'ويقول سليم العمري، وهو نازح من حلب: "خسرنا كل شيء في الحرب".\n\n'
        'ويضيف الرجل الخمسيني: "لا نريد إلا العودة إلى بيوتنا".\n'
    )
    q = one(text, "لا نريد")
    assert same_name(q.speaker, "سليم العمري"), q
    assert q.role == "نازح من حلب", q


def test_where_a_body_sits_between_the_pluperfects_subject_and_qad():
    # "وكانت نقابة الأطباء في عمان قد حذرت، …، وقالت إن": the place after
    # the body is part of the subject before قد, who goes on after و
    text = (
        'وكانت نقابة الأطباء في عمان قد حذرت، في بيان، من أن "نقص الأدوية '
        'سيؤدي إلى كارثة صحية قريبا"، وقالت إن "المستشفيات لم تعد قادرة على '
        'الاستمرار".\n'
    )
    q = one(text, "المستشفيات لم")
    assert q.speaker == "نقابة الأطباء في عمان", q


def test_an_unnamed_description_then_a_name_in_commas_is_that_person():
    # "ويرى ولي أمر من حي …، X، أن": a description that alone would be an
    # unnamed source, then the person's name set off by commas: the name is
    # the speaker, the description the role
    text = (
        "ويرى ولي أمر من حي الشاطئ، سامي عبد الرحيم، أن الأطفال "
        '"يدفعون ثمن الخلاف بين الحكومة والنقابة".\n'
    )
    q = one(text, "يدفعون ثمن")
    assert same_name(q.speaker, "سامي عبد الرحيم"), q
    assert q.role == "ولي أمر من حي الشاطئ", q
