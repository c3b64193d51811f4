"""Speaker phenomena of real news prose (the spkx round).

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_plural_object_after_a_title_and_a_family_name_ends_the_title():
    # "وهنأ الرئيس X المواطنين بحلول العيد، وقال": a definite plural after
    # the title and a family name in ي (no agreement) is the verb's object;
    # the occasion after it is no name, the title and the family name speak
    for obj, occasion in (
        ("المواطنين", "بحلول العيد"),
        ("اللبنانيين", "بحلول شهر رمضان المبارك"),
    ):
        text = (
            "قال رئيس الحكومة اللبناني سامي الحريري إن الجلسة كانت هادئة.\n"
            f"وهنأ الرئيس الحريري {obj} {occasion}، وقال: «هذه الحكومة حققت "
            "إنجازات لم تحققها الحكومات السابقة».\n"
        )
        q = one(text, "هذه الحكومة حققت")
        assert q.speaker == "سامي الحريري", (obj, q)


def test_a_title_with_an_adjective_not_in_ya_keeps_its_plural_genitive():
    # "الباحث في الشؤون المغاربية X": the adjective agrees with the plural
    # before it, one title; the person after it speaks
    text = (
        "ويقول الباحث في الشؤون المغاربية كمال بوزيد إن «الحوار بين البلدين "
        "متوقف منذ أشهر طويلة».\n"
    )
    q = one(text, "الحوار بين البلدين")
    assert q.speaker == "كمال بوزيد", q
    assert q.role == "الباحث في الشؤون المغاربية", q


def test_a_participle_of_manner_after_a_verb_is_no_name():
    # "وتابع متذمرا من أن …، قائلا «…»": the participle in the accusative
    # (متفعّل, مستفعل) tells how the elided subject went on, not who
    for manner in ("متذمرا", "مستنكرا"):
        text = (
            "وقال النائب سليم الخوري: «لا نحتاج الآن إلى خطابات، نحن بحاجة إلى المال».\n"
            f"وتابع {manner} من أن الحكومة لم تصرف سوى القليل، قائلا «أستطيع صرف "
            "هذه الأموال في غضون شهرين».\n"
        )
        q = one(text, "أستطيع صرف")
        assert q.speaker == "سليم الخوري", (manner, q)


def test_a_name_opening_in_mim_ta_without_alif_is_still_a_name():
    # (negative) "متولي" opens like the participles but ends in ي: a name
    text = "وقال متولي السيد إن «المحصول هذا العام أفضل من العام الماضي بكثير».\n"
    q = one(text, "المحصول هذا العام")
    assert q.speaker == "متولي السيد", q


def test_the_maghrebi_national_cadre_is_a_title():
    # "قال الإطار الوطني X، مدرب …": الإطار (a coach, an executive, in the
    # Maghrebi press) heads a title, the name follows it
    for adjective in ("الوطني", "المغربي"):
        text = (
            f"قال الإطار {adjective} رشيد الطاوسي، مدرب المنتخب، إنه سيعود "
            "إلى الرباط.\n"
            "وأوضح المدرب في تصريح «سأجلس مع الاتحاد لبحث مستقبلي».\n"
        )
        q = one(text, "سأجلس مع الاتحاد")
        assert q.speaker == "رشيد الطاوسي", (adjective, q)


def test_in_the_framework_of_is_no_title():
    # (negative) "في إطار" stays a preposition's phrase: the verb's subject
    text = "وقال الوزير كريم الصافي في إطار زيارته للجهة إن «المشروع سينطلق في الربيع المقبل».\n"
    q = one(text, "المشروع سينطلق")
    assert q.speaker == "كريم الصافي", q


def test_his_speech_closed_is_the_verbs_object():
    # "وختم كلامه قائلا: «…»": his words (كلام with a possessive) are what
    # he closed, no speaker; the one who spoke before goes on
    for noun in ("كلامه", "كلامها"):
        text = (
            "ويضيف الوزير سالم العتيبي: «لا نريد انتخابات تأتي لنا بالفوضى».\n"
            f"وختم {noun} قائلا: «إننا نغير المناهج التي وضعت قبل عقود».\n"
        )
        q = one(text, "إننا نغير المناهج")
        assert q.speaker == "سالم العتيبي", (noun, q)


def test_a_full_name_with_its_links_after_that_is_the_verbs_subject():
    # "وأفادت الوثائق أن علي عبدالله صالح قال للأمريكيين أن …": a name of
    # three words linked by عبد/بن after أنّ is the verb's subject, though
    # no title comes with it
    for name in ("علي عبدالله صالح", "محمد بن سلطان"):
        text = f"وأفادت الوثائق أن {name} قال للأمريكيين أن قطر «تعمل مع أطراف عديدة ضد اليمن».\n"
        q = one(text, "تعمل مع أطراف")
        assert q.speaker == name, (name, q)


def test_three_words_after_that_without_links_are_no_bare_name():
    # (negative) "أن الحكومة المحلية الجديدة قالت": no name of a person
    text = (
        "وأفادت الوثائق أن اللجنة المحلية الجديدة قالت للأمريكيين إن «الوضع مستقر في المحافظة».\n"
    )
    q = one(text, "الوضع مستقر")
    assert q.speaker != "اللجنة المحلية الجديدة" or q.speaker_kind != "person", q


def test_a_nameless_title_after_a_derived_verbal_noun_is_the_acts_agent():
    # "وتوثق إحدى البرقيات تحريض السفير … المسؤولين …، بالحديث عن أن … «…»،
    # لافتا إلى «…»": the title in construct after a derived verbal noun
    # (تفعيل, افتعال) is who acted; the participle with no subject is his
    for act in ("تحريض", "انتقاد"):
        text = (
            "وتوثق إحدى البرقيات المؤرخة في 6 شباط 2006، "
            f"{act} السفير الأميركي في الرباط المسؤولين المغاربة، بالحديث عن أن "
            "سباق التسلح في المنطقة سيكون له «أثر سلبي مباشر على الأمن»، لافتا "
            "إلى «وجود قلق أميركي من غياب الشفافية»، قبل أن يضيف «المنطقة كلها "
            "ستدفع الثمن».\n"
        )
        for words in ("أثر سلبي", "وجود قلق أميركي", "المنطقة كلها"):
            q = one(text, words)
            assert q.speaker == "السفير الأميركي في الرباط", (act, words, q)


def test_a_nameless_title_after_an_ordinary_noun_is_no_agent():
    # (negative) "صورة السفير …" names no act of his: the masculine
    # participle finds no speaker in the title
    text = (
        "وتنشر إحدى البرقيات المؤرخة في 6 شباط 2006، صورة السفير الأميركي في "
        "الرباط مع المسؤولين المغاربة، بالحديث عن أن سباق التسلح سيكون له «أثر "
        "سلبي مباشر على الأمن»، لافتا إلى «وجود قلق أميركي من غياب الشفافية».\n"
    )
    q = one(text, "وجود قلق أميركي")
    assert q.speaker != "السفير الأميركي في الرباط", q


def test_a_source_right_after_words_far_from_the_cue_tells_who_said_them():
    # "ويبلغ عدد الرسائل … و«…»، بحسب الموقع", "أعربت الوزارة عن أسفها
    # لكون … «…» كما جاء في برقية": the cue before is far from the words
    # and introduces them by no colon and no أنّ; the source after them
    # speaks
    text = (
        "ويبلغ عدد الرسائل تحديدا مليوني رسالة مكتوبة بالعربية والإنجليزية "
        "و«تكشف كيف تقول الشركات شيئا وتفعل شيئا آخر»، بحسب موقع المرصد.\n"
    )
    q = one(text, "تكشف كيف تقول")
    assert q.speaker == "موقع المرصد", q
    text = (
        "أعربت الحكومة عن أسفها لكون المتبرعين في المنطقة ما زالوا يشكلون «المصدر "
        "الأساسي لتمويل الجماعات المسلحة» كما جاء في برقية أميركية من العام 2009.\n"
    )
    q = one(text, "المصدر الأساسي")
    assert q.speaker == "برقية أميركية", q


def test_a_source_after_words_the_cue_introduces_by_that_is_an_aside():
    # (negative) "وقال الوزير إن «…»، بحسب الوكالة": أنّ before the words
    # ties them to the verb's subject; the agency only relays
    text = (
        "وقال وزير المالية سمير العلوي في ختام اجتماع مطول مع النقابات إن «الميزانية "
        "لن تتغير هذا العام»، بحسب وكالة الأنباء الرسمية.\n"
    )
    q = one(text, "الميزانية لن تتغير")
    assert q.speaker == "سمير العلوي", q


def test_kin_in_apposition_after_a_titled_name_describes_him():
    # "عن الأمير X بن Y، نجل وزير الداخلية، قوله": the apposition opening
    # with kin (نجل, شقيق) tells whose son he is; the name before speaks
    for kin in ("نجل", "شقيق"):
        text = (
            "ونقلت برقية كتبتها السفارة الأمريكية في الرياض عن الأمير فهد بن "
            f"سلطان، {kin} وزير الداخلية قوله «لدينا مشكلة اسمها الحدود».\n"
        )
        q = one(text, "لدينا مشكلة")
        assert q.speaker == "فهد بن سلطان", (kin, q)


def test_a_name_in_apposition_after_a_bare_title_is_still_the_name():
    # (negative) "المتحدث باسم الوزارة، سامي الدباغ،": no kin, the
    # apposition is the name
    text = "وقال المتحدث باسم الوزارة، سامي الدباغ، إن «الحدود ستفتح الأسبوع المقبل».\n"
    q = one(text, "الحدود ستفتح")
    assert q.speaker == "سامي الدباغ", q


def test_a_bare_title_with_what_its_post_is_about_after_that():
    # "أن المسؤول عن ملف «X» في السعودية، قال «…»": after أنّ, the bare
    # title, what the post is about (its file in marks, its place) and a
    # comma before the verb: the title speaks
    for about in ("عن ملف «مكافحة الإرهاب» في السعودية", "عن ملف «الحدود»"):
        text = (
            "كشفت برقية دبلوماسية مسربة، نشرها موقع ويكيليكس، أن المسؤول "
            f"{about}، قال «إن المملكة تعتبر أن الجوار مصدر قلق دائم».\n"
        )
        q = one(text, "إن المملكة تعتبر")
        assert (q.speaker or "").startswith("المسؤول"), (about, q)


def test_a_fronted_reply_adverbial_holds_no_subject():
    # "وردا على وصف المعارضة بالتلاميذ قال X:": what is replied to is no
    # subject of the verb after it; with the name after the verb unread,
    # the one quoted before goes on
    for opener in ("وردا", "وتعليقا"):
        text = (
            "اعتبر النائب سمير الخوري أن الحزب يصادر قرار الدولة. وأضاف: «شعبنا "
            "يدفع الثمن».\n"
            f"{opener} على وصف المعارضة بالتلاميذ قال متى: «هناك من تعود أن يكون "
            "تلميذا».\n"
        )
        q = one(text, "هناك من تعود")
        assert q.speaker == "سمير الخوري", (opener, q)


def test_a_subject_before_its_verb_without_a_reply_adverbial():
    # (negative) "والمعارضة قالت إن …": subject–verb order stays
    text = "والمعارضة قالت في بيان إن «الحكومة فشلت في كل الملفات».\n"
    q = one(text, "الحكومة فشلت")
    assert q.speaker == "المعارضة", q


def test_commenting_participle_takes_the_clauses_subject():
    # "استغرب الوزير X …، معلقا: «…»": معلقا (commenting) is a participle
    # of saying; the subject of the clause's verb speaks, not the last
    # person named in its object
    for form in ("معلقا", "معلقاً"):
        text = (
            "استغرب وزير الإعلام سامر الخطيب، انشغال رواد المواقع بفستان الممثلة "
            f"الشابة ريم أكثر من تصريحات أخرى، {form}: «لا أعرف ما الذي يحدث "
            "للرأي العام».\n"
        )
        q = one(text, "لا أعرف ما الذي")
        assert q.speaker == "سامر الخطيب", (form, q)
        assert q.cue == form, (form, q)  # (read as the cue, not a guess)


def test_a_hanging_map_is_no_commenting_participle():
    # (negative) "خريطة معلقة خلفه": the feminine is "hanging"; the verb
    # before it stays the cue
    text = (
        "وقال وزير الكهرباء فادي الساعدي: «الشبكة تحتاج إلى استثمار».\n"
        "ثم تابع وهو يشير إلى خريطة معلقة خلفه: «هنا تبلغ الحرارة خمسين درجة».\n"
    )
    q = one(text, "هنا تبلغ الحرارة")
    assert q.speaker == "فادي الساعدي", q


def test_a_report_submitted_by_a_named_person_is_his():
    # "بين تقرير مسرب قدمه رئيس الاستخبارات X إلى الملك أن …": the one who
    # submitted the report (قدمه, after the adjective مسرب) is its author
    for adjective in ("مسرب", "سري"):
        text = (
            f"وبين تقرير {adjective} قدمه رئيس الاستخبارات فهد بن سلطان إلى الملك "
            "أن الزيارة هدفها «الحصول على دعم مالي لتمويل المظاهرات».\n"
        )
        q = one(text, "الحصول على دعم")
        assert q.speaker == "فهد بن سلطان", (adjective, q)


def test_a_broken_plural_alone_after_a_verb_is_its_object():
    # "وروت المراحل التي سبقت …": المراحل (مفاعل with the article) is
    # what she told, no family name; the woman named before speaks
    for thing in ("المراحل", "المشاكل"):
        text = (
            "قالت سلمى الحداد في كتابها إن «مؤامرة» كانت وراء رحيلها.\n"
            "وخصصت حيزا هاما من الكتاب للحديث عن أيامها الأخيرة.\n"
            f"وروت {thing} التي سبقت رحيلها والتي لخصتها في «حشد الجموع وتوزيع "
            "المال في الأحياء».\n"
        )
        q = one(text, "حشد الجموع")
        assert q.speaker == "سلمى الحداد", (thing, q)


def test_a_family_name_in_ya_after_a_verb_is_still_a_name():
    # (negative) "وقال المجالي إن": a family name with the article in ي
    text = "وقال النائب سامي المجالي إن «الحكومة مقصرة».\nوأضاف المجالي أن «الموازنة لا تكفي».\n"
    q = one(text, "الموازنة لا تكفي")
    assert q.speaker == "سامي المجالي", q


def test_a_coordinated_verb_goes_on_with_the_clause_just_before_it():
    # "واعتبر X أن …، إذ اتصل الملك Y بالرئيس Z، وأخبره أن «…»": the verb
    # with و after the comma shares the subject of the clause right before
    # it (a titled name after the earlier cue's), not the earlier cue's
    for subject, name in (
        ("الأمير فهد بن سلطان", "فهد بن سلطان"),
        ("الرئيس كمال الحسن", "كمال الحسن"),
    ):
        text = (
            "واعتبر النائب سامي العلي أن البيان كان واضحا، إذ اتصل "
            f"{subject} بالسفير الأمريكي، وأبلغه أن «البلاد تضع القضية في "
            "المرتبة الأولى».\n"
        )
        q = one(text, "البلاد تضع القضية")
        assert q.speaker == name, (subject, q)


def test_a_coordinated_verb_after_a_that_clause_keeps_the_cues_subject():
    # (negative) "قال الوزير X إن الملك Y استقبل الوفد، وأضاف أن": the
    # titled name is inside the that-clause; the cue's subject goes on
    text = (
        "قال وزير الخارجية سامي العلي إن الملك فهد استقبل الوفد أمس، وأضاف أن "
        "«الزيارة كانت ناجحة جدا».\n"
    )
    q = one(text, "الزيارة كانت ناجحة")
    assert q.speaker == "سامي العلي", q


def test_the_saying_of_a_person_relayed_by_a_document():
    # "ونقلت الوثيقة قول الأسد «…»": قول in construct with a name right
    # before the words; its owner says them (also with the document set in
    # marks, 'ونقلت "الوثيقة" قول X', no quote of its own)
    for document in ("الوثيقة", '"الوثيقة"'):
        text = (
            "كشفت برقيات جديدة موقف الرئيس السوري سامي الأسعد من الحركات المسلحة.\n"
            f"ونقلت {document} قول الأسعد «يمكن حل العلاقات بعد التوصل إلى سلام "
            "شامل».\n"
        )
        q = one(text, "يمكن حل العلاقات")
        assert q.speaker == "سامي الأسعد", (document, q)


def test_a_saying_without_an_owner_is_no_speaker():
    # (negative) "ونقلت الوثيقة قولا منسوبا إلى …": no genitive owner
    text = "ونقلت الوثيقة عن مصدر قوله «يمكن حل العلاقات بعد السلام».\n"
    q = one(text, "يمكن حل العلاقات")
    assert q.speaker == "مصدر", q
