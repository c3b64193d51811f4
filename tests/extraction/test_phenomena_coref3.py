"""Back-references to the person first introduced (coref3, 2026-12-04).

Every sentence here is invented.
"""

from tests.extraction.helpers import one


def test_ala_after_a_complete_title_is_the_verbs_preposition():
    # a verb that takes على (أكد، شدد …), its subject a post with no name:
    # على as written with alif maqsura is that preposition, no name Ali; the
    # post is the one the person named next holds
    q = one(
        "أكد سفير المملكة العربية السعودية إلى اليمن على موقف بلاده. "
        'وغرد السفير محمد آل جابر على حسابه قائلا: "البيان أكد على وحدة اليمن".',
        "وحدة اليمن",
    )
    assert q.speaker == "محمد آل جابر"
    assert q.role == "سفير المملكة العربية السعودية إلى اليمن"
    q = one(
        'أكد رئيس الوزراء على ضرورة الحوار، وقال: "لا بديل عن التفاهم".',
        "لا بديل",
    )
    assert q.speaker == "رئيس الوزراء", q
    q = one('أكد قائد الشرطة على حسن التنظيم قائلا: "الأمن مستتب".', "الأمن")
    assert q.speaker == "قائد الشرطة", q


def test_ali_written_as_a_name_stays_the_name():
    # near misses: the name spelt with its ya, a name before على, one word
    # then أنّ (the name so written), or no verb that takes على
    for text, speaker in (
        ('أكد وزير الخارجية علي الحسن أن "الموقف ثابت".', "علي الحسن"),
        ('أكد المستشار على حسن أن "الحكم نهائي".', "على حسن"),
        ('قال الوزير على حسن إن "الحكم نهائي".', "على حسن"),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_ala_after_a_family_name_with_the_article_is_the_preposition():
    q = one('أكد الوزير سامي الحداد على أهمية الحوار قائلا: "لن نتراجع".', "نتراجع")
    assert q.speaker == "سامي الحداد", q
    # near misses: a first name before على (Egyptian spelling of Ali)
    for text, speaker in (
        ('أكد الوزير محمد على أهمية الحوار قائلا: "لن نتراجع".', "محمد على"),
        ('أكد الشيخ عبد الله على أهمية الحوار قائلا: "لن نتراجع".', "عبد الله على"),
        ('أكد اللواء على الحسن أن "الأمن مستتب".', "على الحسن"),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_post_held_told_in_a_later_sentence_is_the_role():
    # a person quoted with no role; a later sentence (or بصفته after his
    # name) tells the post he holds
    for text, speaker, role in (
        (
            "قال كمال العياري إن «الحملة تبدأ الأسبوع القادم». "
            "ويشغل العياري منصب رئيس بلدية صفاقس منذ 2023.",
            "كمال العياري",
            "رئيس بلدية صفاقس",
        ),
        (
            "قالت سلوى العياري إن «الحملة تبدأ الأسبوع القادم». "
            "وتشغل العياري منصب مديرة المعهد العالي للتجارة في صفاقس.",
            "سلوى العياري",
            "مديرة المعهد العالي للتجارة في صفاقس",
        ),
        (
            "قال كمال العياري إن «الحملة تبدأ الأسبوع القادم». "
            "ويشغل كمال العياري خطة رئيس البلدية.",
            "كمال العياري",
            "رئيس البلدية",
        ),
        (
            "قال كمال العياري بصفته رئيس بلدية صفاقس إن «الحملة تبدأ الأسبوع القادم».",
            "كمال العياري",
            "رئيس بلدية صفاقس",
        ),
    ):
        q = one(text, "الحملة")
        assert (q.speaker, q.role) == (speaker, role), (text, q)


def test_post_told_later_names_the_holder_of_a_shortened_post():
    # "وقال مدرب النجم" after the post told of the first person in a later
    # sentence and another coach named since: the one who holds that post
    text = (
        "قال رياض البوعزيزي إن «التحكيم ظلمنا». ويشغل البوعزيزي خطة مدرب النجم "
        "الساحلي. واعتبر مدرب الملعب التونسي شكري الخطوي أن «النتيجة عادلة». "
        "وقال مدرب النجم: «لن أستقيل»."
    )
    q = one(text, "أستقيل")
    assert (q.speaker, q.role) == ("رياض البوعزيزي", "مدرب النجم الساحلي"), q
    assert one(text, "عادلة").speaker == "شكري الخطوي"


def test_no_post_held_now_no_role():
    # near misses: a post held in the past, another person's post, no post
    # noun (بصفته الشخصية, منصبا رفيعا), a bare title word
    for text in (
        "قال كمال العياري إن «الحملة تبدأ». وشغل العياري منصب وزير النقل بين 2011 و2014.",
        "قال كمال العياري إن «الحملة تبدأ». ويشغل سامي الحداد منصب رئيس البلدية.",
        "قال كمال العياري إن «الحملة تبدأ». وتحدث العياري بصفته الشخصية.",
        "قال كمال العياري إن «الحملة تبدأ». ويشغل العياري منصبا رفيعا في الحزب.",
        "قال كمال العياري إن «الحملة تبدأ». ويشغل العياري منصب رئيس.",
    ):
        q = one(text, "الحملة")
        assert q.speaker == "كمال العياري" and q.role is None, (text, q)
    q = one(
        "قال كمال العياري، رئيس الجمعية، إن «الحملة تبدأ». ويشغل العياري منصب رئيس البلدية.",
        "الحملة",
    )
    assert q.role == "رئيس الجمعية", q


def test_title_word_before_a_family_name_in_i_is_a_first_name():
    # سلطان/أمير/ملك without the article, then one word with it in -ي: a
    # person's name, and his family name later is he
    q = one(
        "أكد سلطان العمري، رئيس نادي الشباب، أن النادي تعاقد مع مهاجم جديد. "
        "وقال العمري إن «اللاعب وقع لثلاث سنوات».",
        "اللاعب",
    )
    assert (q.speaker, q.role) == ("سلطان العمري", "رئيس نادي الشباب"), q
    text = "قال سلطان العمري إن «النادي تعاقد». وأضاف العمري أن «اللاعب وقع لثلاث سنوات»."
    for frag in ("النادي", "اللاعب"):
        q = one(text, frag)
        assert (q.speaker, q.role) == ("سلطان العمري", None), q


def test_ruler_of_a_country_stays_a_title():
    # near misses: the genitive a country or its name without the article
    for text, who in (
        ("قال أمير الكويت إن «الوحدة الخليجية ضرورة».", "أمير الكويت"),
        ("قال سلطان عمان إن «الوحدة الخليجية ضرورة».", "سلطان عمان"),
        ("قال ملك الأردن إن «الوحدة الخليجية ضرورة».", "ملك الأردن"),
        ("قال ملك البحرين إن «الوحدة الخليجية ضرورة».", "ملك البحرين"),
    ):
        q = one(text, "")
        assert q.speaker == who and q.role == who, (text, q)


def test_definite_source_with_its_adjectives_is_the_source_met():
    # "المصدر العسكري" after "مصدر عسكري …": the source with its nisba, no
    # name "المصدر" with the title "العسكري"
    text = (
        "قال مصدر عسكري سوداني إن «القوات انسحبت». وقال المتحدث باسم الجيش نبيل "
        "عثمان إن «العمليات مستمرة». وأكد المصدر العسكري أن «الجيش استعاد الإذاعة»."
    )
    q = one(text, "الإذاعة")
    assert q.speaker == "مصدر عسكري سوداني", q
    q = one(
        "قال مصدر أمني إن «القوات انسحبت». وقال مصدر عسكري إن «الهدوء عاد». "
        "وأكد المصدر الأمني أن «الجيش استعاد الإذاعة».",
        "الإذاعة",
    )
    assert q.speaker == "مصدر أمني", q
    q = one(
        "قال مصدر مطلع إن «المفاوضات متعثرة». وأضاف المصدر المطلع أن «الحل بعيد».",
        "الحل",
    )
    assert q.speaker == "مصدر مطلع", q
    # with no source met: the description as written
    q = one("وأكد المصدر العسكري أن «الجيش استعاد الإذاعة».", "")
    assert q.speaker == "المصدر العسكري", q


def test_going_on_with_the_office_and_a_nationality_never_told_is_the_last_speaker():
    # "وأضاف المدرب السويسري" right after the words of the one who holds the
    # office (المدير الفني = the coach), his country never told: he
    q = one(
        "قال هانز مولر، المدير الفني لفريق الأهلي، إن «الفريق جاهز». "
        "وأضاف المدرب السويسري أن «اللاعبين في أفضل حال».",
        "اللاعبين",
    )
    assert (q.speaker, q.role) == ("هانز مولر", "المدير الفني لفريق الأهلي"), q


def test_office_with_another_country_or_not_going_on_is_no_one_met():
    # near misses: his country told (another one), a verb that does not go
    # on, another office
    for text, who in (
        (
            "قال الألماني هانز مولر، المدير الفني لفريق الأهلي، إن «الفريق جاهز». "
            "وأضاف المدرب التونسي أن «اللاعبين في أفضل حال».",
            "المدرب التونسي",
        ),
        (
            "قال هانز مولر، المدير الفني لفريق الأهلي، إن «الفريق جاهز». "
            "وقال المدرب السويسري إن «اللاعبين في أفضل حال».",
            "المدرب السويسري",
        ),
        (
            "قال سامي الحداد، المدير الفني لفريق الأهلي، إن «الفريق جاهز». "
            "وأضاف الحارس السويسري أن «اللاعبين في أفضل حال».",
            "الحارس السويسري",
        ),
    ):
        q = one(text, "اللاعبين")
        assert q.speaker == who, (text, q)


def test_in_the_closing_of_the_meeting_is_no_place_of_the_post():
    # "في ختام اللقاء" after a title: when he said it, no post's place;
    # the title then names the person introduced with it
    q = one(
        "قال نائب وزير الخارجية سعود الدوسري إن «العلاقات متينة». وأكد نائب وزير "
        "الخارجية في ختام اللقاء أن «المملكة ترحب بالشركات».",
        "المملكة",
    )
    assert (q.speaker, q.role) == ("سعود الدوسري", "نائب وزير الخارجية"), q
    q = one("وقال المتحدث باسم الوزارة في معرض رده على سؤال إن «الباب مفتوح».", "")
    assert q.speaker == "المتحدث باسم الوزارة", q
    # near miss: a place after في stays the post's
    q = one("وقال سفير فرنسا في لبنان إن «الباب مفتوح».", "")
    assert q.speaker == "سفير فرنسا في لبنان", q


def test_going_on_with_the_official_of_one_gender_is_the_one_named():
    # "وأضافت المسؤولة الأممية" after a man quoted since: the one woman
    # with a post the text named
    text = (
        "قالت المتحدثة باسم وكالة الأونروا لويز فيرنر إن «غزة منكوبة». وأعلن "
        "المتحدث باسم وزارة الصحة أشرف النجار أن «الحصيلة تجاوزت 22 ألفا». "
        "وأضافت المسؤولة الأممية: «لم تدخل شاحنة وقود»."
    )
    q = one(text, "شاحنة")
    assert (q.speaker, q.role) == ("لويز فيرنر", "المتحدثة باسم وكالة الأونروا"), q


def test_official_with_no_single_named_holder_is_not_guessed():
    # near misses: an unnamed official met (the description may be hers),
    # a woman named with no post
    for text, who in (
        (
            "قالت مسؤولة أممية إن «غزة منكوبة». وقالت الوزيرة سلمى الحداد إن "
            "«الحصيلة تجاوزت 22 ألفا». وأضافت المسؤولة الأممية: «لم تدخل شاحنة وقود».",
            "مسؤولة أممية",
        ),
        (
            "قالت لويز فيرنر إن «غزة منكوبة». وأعلن المتحدث باسم وزارة الصحة أشرف "
            "النجار أن «الحصيلة تجاوزت 22 ألفا». وأضافت المسؤولة الأممية: «لم تدخل شاحنة وقود».",
            "المسؤولة الأممية",
        ),
    ):
        q = one(text, "شاحنة")
        assert q.speaker == who, (text, q)


def test_going_on_with_the_lawyer_is_the_one_on_the_defence_team():
    # "وأضاف المحامي" after the one member of a defence team the text named
    # (and the words of his client he relayed)
    text = (
        "قال نبيل الغربي، عضو هيئة الدفاع عن الشاوش، إن «القاضي استمع إلى منوبه». "
        "ونقل الغربي عن الشاوش قوله: «لم أوقع أي صفقة». وأضاف المحامي: «الملف فارغ»."
    )
    q = one(text, "الملف")
    assert (q.speaker, q.role) == ("نبيل الغربي", "عضو هيئة الدفاع عن الشاوش"), q
    q = one(
        "قالت سلوى الغربي، عضو فريق الدفاع عن المتهمين، إن «الاستنطاق دام سبع "
        "ساعات». وأضافت المحامية: «الملف فارغ».",
        "الملف",
    )
    assert q.speaker == "سلوى الغربي", q


def test_lawyer_with_two_on_the_defence_or_none_is_not_guessed():
    for text in (
        "قال نبيل الغربي، عضو هيئة الدفاع عن الشاوش، إن «الاستنطاق دام». وقال سامي "
        "الحداد، عضو هيئة الدفاع عن المتهم الثاني، إن «القضية سياسية». وأضاف المحامي: "
        "«الملف فارغ».",
        "قال نبيل الغربي، وزير الدفاع، إن «الاستنطاق دام سبع ساعات». وأضاف المحامي: «الملف فارغ».",
    ):
        q = one(text, "الملف")
        assert q.speaker == "المحامي", (text, q)


def test_the_official_with_the_nisba_of_the_place_his_description_names():
    # "المسؤول الكردي" after "مسؤول في … إقليم كردستان", "المسؤول العراقي"
    # after "مسؤول في وزارة النفط في العراق": the unnamed official met
    for text, who in (
        (
            "قال مسؤول في وزارة الثروات الطبيعية في إقليم كردستان إن «الإقليم لم "
            "يتلق ضمانات». وأضاف المسؤول الكردي أن «الاتفاق حبر على ورق».",
            "مسؤول في وزارة الثروات الطبيعية في إقليم كردستان",
        ),
        (
            "قال مسؤول في وزارة النفط في العراق إن «الإقليم لم يتلق ضمانات». "
            "وأضاف المسؤول العراقي أن «الاتفاق حبر على ورق».",
            "مسؤول في وزارة النفط في العراق",
        ),
    ):
        q = one(text, "الاتفاق")
        assert q.speaker == who, (text, q)


def test_the_official_of_another_place_is_no_one_met():
    # near misses: another country, a word that only begins like the place
    # ("مصرف" is no Egypt)
    for text, who in (
        (
            "قال مسؤول في وزارة النفط في العراق إن «الإقليم لم يتلق ضمانات». "
            "وأضاف المسؤول الإيراني أن «الاتفاق حبر على ورق».",
            "المسؤول الإيراني",
        ),
        (
            "قال مسؤول في مصرف لبنان إن «الإقليم لم يتلق ضمانات». "
            "وأضاف المسؤول المصري أن «الاتفاق حبر على ورق».",
            "المسؤول المصري",
        ),
    ):
        q = one(text, "الاتفاق")
        assert q.speaker == who, (text, q)
