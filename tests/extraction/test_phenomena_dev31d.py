"""Quotes the development sets al1-al5 missed (session dev31d): each class
a general construction, with invented sentences that show it and near
misses where it must not fire.

Every text here is written for the test, with names, places and words of
its own.
"""

from tests.extraction.helpers import quotes_of, same_name


def _texts(text: str) -> list[str]:
    return [q.text.strip() for q in quotes_of(text)]


class TestOpenerGluedBeforeTheCuesColon:
    """ "أكد X قائلا” : لن …”": the opening mark typed as a closer, glued to
    the cue, with the cue's colon after it (spaced or not): the mark opens
    the words said, which the next mark of its family on the line closes;
    the colon is no word of theirs (nor when typed again inside the marks,
    'قائلا:”: …”')."""

    def test_closer_then_spaced_colon_opens(self):
        text = (
            "وفي ما يخص تمويل المشاريع الصغيرة، أكد وزير المالية رياض بن سالم "
            "قائلا” : لن نسمح بتأخير صرف القروض للشباب هذا العام.”\n"
        )
        q = [q for q in quotes_of(text) if "لن نسمح" in q.text]
        assert q, _texts(text)
        assert q[0].text.startswith("لن نسمح"), q[0].text
        assert same_name(q[0].speaker, "رياض بن سالم"), q[0]

    def test_closer_then_glued_colon_opens(self):
        text = (
            "قال رئيس البلدية سمير الحداد إن الأشغال تتقدم بسرعة. "
            "وأضاف”: سنفتح الطريق أمام السيارات قبل نهاية الشهر الجاري.”\n"
        )
        q = [q for q in quotes_of(text) if "سنفتح الطريق" in q.text]
        assert q, _texts(text)
        assert q[0].text.startswith("سنفتح"), q[0].text
        assert same_name(q[0].speaker, "سمير الحداد"), q[0]

    def test_guillemet_typed_mirror_then_colon(self):
        text = (
            "وعلق مدرب المنتخب نبيل القاسمي على الهزيمة، وأوضح قائلا» : الفريق "
            "قدم مباراة كبيرة رغم الغيابات الكثيرة.»\n"
        )
        q = [q for q in quotes_of(text) if "الفريق قدم مباراة" in q.text]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "نبيل القاسمي"), q[0]

    def test_colon_typed_again_inside_the_marks_is_no_word(self):
        text = (
            "وقالت الوزيرة هند العمري إن الوضع مستقر. وأردفت قائلة:”: هناك جهات "
            "تريد ضرب استقرار البلاد ونحن لها بالمرصاد.”\n"
        )
        q = [q for q in quotes_of(text) if "هناك جهات" in q.text]
        assert q and q[0].text.startswith("هناك جهات"), _texts(text)

    def test_near_miss_a_closed_name_before_a_colon(self):
        # a pair closed already: the mark closes the name, the words after
        # the colon are the narrator's list, no quote opens at the closer
        text = (
            "نشرت الصحيفة مقالا بعنوان “الطريق الطويل” : فيه عرض لتاريخ المدينة وأسواقها القديمة.\n"
        )
        assert not any(q.text.startswith("فيه عرض") for q in quotes_of(text)), _texts(text)

    def test_near_miss_no_closer_on_the_line(self):
        # a stray closer before a colon with no mark of its family after it
        # on its line opens nothing
        text = (
            "وفي ختام الاجتماع، أكد المحافظ قائلا” : سنواصل العمل لتحسين الخدمات في كل الأحياء.\n"
        )
        found = quotes_of(text)
        assert not any(q.text.startswith(":") for q in found), _texts(text)
        assert not any("سنواصل" in q.text and "”" in q.text for q in found), _texts(text)


class TestReplyWithLamOfWhatFollows:
    """ "…، ليرد الوزير: «…»", "لترد الوزيرة: «…»": the present of رد with
    the لـ of what came next in the story is a verb of replying, its
    subject the one who speaks the words after the colon, however short."""

    def test_short_reply_after_lam_verb(self):
        text = (
            "واحتدم النقاش بين الوزيرين في الجلسة، ليرد وزير الطاقة جورج حداد: "
            "«اسكت إنتَ!» وغادر القاعة.\n"
        )
        q = [q for q in quotes_of(text) if "اسكت" in q.text]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "جورج حداد"), q[0]

    def test_feminine_reply_after_lam_verb(self):
        text = "وطالبت النائبة باستقالة الحكومة، لترد الوزيرة هدى سالم: «ما رح استقيل!».\n"
        q = [q for q in quotes_of(text) if "استقيل" in q.text]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "هدى سالم"), q[0]

    def test_reply_in_double_marks(self):
        text = 'سأله الصحفي عن موعد الانتخابات، ليرد رئيس الهيئة: "قريبا جدا!" دون أن يضيف شيئا.\n'
        q = [q for q in quotes_of(text) if "قريبا جدا" in q.text]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "رئيس الهيئة"), q[0]

    def test_near_miss_returning_a_favour(self):
        # "ليرد الاعتبار": to give back, no reply, no words in the marks
        text = "جاء القرار ليرد الاعتبار للموظفين الذين فصلوا من «الشركة الوطنية» العام الماضي.\n"
        assert not any("الشركة الوطنية" in q.text for q in quotes_of(text)), _texts(text)

    def test_near_miss_answering_an_attack(self):
        text = "وتحرك الجيش ليرد على الهجوم الذي استهدف ثكنة «الشهيد» قرب الحدود.\n"
        assert not any("الشهيد" in q.text for q in quotes_of(text)), _texts(text)


class TestSiteNameWithAStopBeforeTheColon:
    """ "وأضاف، في حديث مع "العربية.نت" : …": a site's name in marks whose
    words a stop joins, glued on both sides, is a name in marks like any
    other between the cue and its colon (the stop ends no sentence); the
    words after the colon are said."""

    def test_dotted_site_name_between_cue_and_colon(self):
        text = (
            "نفى مدير هيئة الموانئ خالد السويدي صحة الوثيقة، وقال إن «الوثيقة "
            'مفبركة بالكامل». وأضاف، في حديث مع "الخليج.نت" : أبلغنا الشرطة '
            "بالحادثة وننتظر نتائج التحقيق في أقرب وقت ممكن.\n"
        )
        q = [q for q in quotes_of(text) if "أبلغنا الشرطة" in q.text]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "خالد السويدي"), q[0]

    def test_dotted_name_glued_to_the_colon(self):
        text = (
            "وقالت رئيسة الجمعية سعاد بنعلي في تصريح لـ«هسبريس.كوم»: نطالب "
            "الوزارة بفتح تحقيق عاجل في توزيع المساعدات.\n"
        )
        q = [q for q in quotes_of(text) if "نطالب الوزارة" in q.text]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "سعاد بنعلي"), q[0]

    def test_dotted_name_with_three_parts(self):
        text = (
            "وأوضح رامي عيسى لموقع “أخبار.بلدي.نت” : لا نية لدينا لرفع الأسعار قبل نهاية العام.\n"
        )
        q = [q for q in quotes_of(text) if "لا نية لدينا" in q.text]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "رامي عيسى"), q[0]

    def test_near_miss_a_stop_spaced_off_ends_the_sentence(self):
        # a stop with a space after it ends its sentence: the verb before it
        # introduces no colon in the next sentence
        text = 'وأضاف المدير في حديث مع "الخليج". نت : موقع إخباري جديد سيطلق قريبا في الإمارات.\n'
        assert not any(q.text.startswith("موقع إخباري") for q in quotes_of(text)), _texts(text)

    def test_near_miss_a_long_title_in_marks(self):
        # more than a name: the marks hold a sentence with a stop inside,
        # which is no site's name
        text = (
            "وتحدث الوزير عن كتاب “الاقتصاد.في زمن الأزمات والحروب الطويلة” : "
            "صدر حديثا عن دار النشر.\n"
        )
        assert not any(q.text.startswith("صدر حديثا") for q in quotes_of(text)), _texts(text)


class TestNothingButInMarks:
    """ "معتبرا أن الاتهامات ليست سوى «مسرحية»", "ما هي إلا «…»": words in
    marks after "is nothing but" (ليس سوى/إلا, ما هو/هي إلا), in a sentence
    with a cue before them, are the speaker's word for the thing, however
    short (one word or two)."""

    def test_one_word_after_laysa_siwa(self):
        text = (
            "ورفض رئيس الحزب سالم الكبيسي الاتهامات الموجهة إليه، معتبرا أن ما "
            'يروجه خصومه ليس سوى "مسرحية".\n'
        )
        q = [q for q in quotes_of(text) if q.text == "مسرحية"]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "سالم الكبيسي"), q[0]

    def test_one_word_after_ma_hiya_illa(self):
        text = "وقال وزير الخارجية جمال الصافي إن الخطة الأمريكية الجديدة ما هي إلا «خدعة».\n"
        q = [q for q in quotes_of(text) if q.text == "خدعة"]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "جمال الصافي"), q[0]

    def test_one_word_after_laysat_illa(self):
        text = "وأكدت الناطقة باسم الحكومة ريم الخطيب أن التسريبات ليست إلا “أكاذيب”.\n"
        q = [q for q in quotes_of(text) if q.text == "أكاذيب"]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "ريم الخطيب"), q[0]

    def test_near_miss_no_cue_in_the_sentence(self):
        # "only X is left": the narrator's, a club's name, no one speaks
        text = 'لم يبق في سباق الدوري سوى "الأهلي" بعد الجولة الأخيرة.\n'
        assert not any("الأهلي" in q.text for q in quotes_of(text)), _texts(text)

    def test_near_miss_a_name_after_it(self):
        # a person's name in marks, as some outlets set names: no words
        text = 'وقال المدرب إن المرشح الحقيقي للقب ليس سوى "محمد الطاهر" في رأيه.\n'
        assert not any("محمد الطاهر" in q.text for q in quotes_of(text)), _texts(text)


class TestCableRelaysBeforeAColon:
    """ "في برقية مؤرخة في …، تنقل السفارة … أن …" then "وتنقل البرقية: …":
    the cable (the document again, with the article) relays what follows
    its colon, quoted names in marks and all: its words, of its date, in the
    name of the body the dated cable's sentence had relay in it; and the
    account goes on past them: a person it told of, quoted next with no new
    date or occasion, speaks at the cable's date."""

    TEXT = (
        'في برقية سرية مؤرخة في 3 مارس 2008، نشرها موقع "ويكيليكس"، تنقل '
        "السفارة الأمريكية في الرباط أن وزير الداخلية سمير العلوي التقى وفدا "
        "أمريكيا.\n"
        "وتنقل البرقية: وفقا للعلوي فإن الجزائريين يعتبرون أنفسهم أوصياء على "
        "المنطقة كلها.\n"
        "وأشار العلوي إلى أن بلاده تريد دورا في المبادرة الإقليمية.\n"
        "كما انتقد العلوي تصريحات جيرانه الأخيرة، معتبرا أنها ليست سوى "
        '"مزايدات سياسية".\n'
    )

    def test_the_cables_words_after_its_colon(self):
        q = [q for q in quotes_of(self.TEXT) if q.text.startswith("وفقا للعلوي")]
        assert q, _texts(self.TEXT)
        assert same_name(q[0].speaker, "السفارة الأمريكية في الرباط"), q[0]
        assert q[0].date == "2008-03-03", q[0]

    def test_names_in_marks_inside_the_cables_words(self):
        text = (
            "في رسالة دبلوماسية مؤرخة في 14 نوفمبر 2009، سربها موقع "
            '"ويكيليكس"، تنقل السفارة البريطانية في القاهرة أن رئيس الوزراء '
            "عادل منصور اجتمع بوفد من رجال الأعمال.\n"
            'وتنقل الرسالة: بحسب "منصور" فإن الحكومة لن تتراجع عن خطة '
            "الخصخصة مهما كانت الضغوط.\n"
        )
        q = [q for q in quotes_of(text) if "الحكومة لن تتراجع" in q.text]
        assert q and q[0].text.startswith("بحسب"), _texts(text)
        assert same_name(q[0].speaker, "السفارة البريطانية"), q[0]
        assert q[0].date == "2009-11-14", q[0]

    def test_the_account_goes_on_at_the_cables_date(self):
        found = quotes_of(self.TEXT)
        q = [q for q in found if q.text == "مزايدات سياسية"]
        assert q, [x.text for x in found]
        assert same_name(q[0].speaker, "سمير العلوي"), q[0]
        assert q[0].date == "2008-03-03", q[0]
        # (and the cable's own words are found, before it)
        assert any(x.text.startswith("وفقا للعلوي") for x in found), [x.text for x in found]

    def test_near_miss_an_object_before_the_colon(self):
        # "وتنقل البرقية تفاصيل اللقاء:": the verb's object, then a list
        text = (
            "في برقية سرية مؤرخة في 3 مارس 2008، تنقل السفارة الأمريكية في "
            "الرباط أن الوزير التقى وفدا أمريكيا.\n"
            "وتنقل البرقية تفاصيل اللقاء: ثلاث جلسات ومأدبة عشاء وزيارة للميناء.\n"
        )
        assert not any(q.text.startswith("ثلاث جلسات") for q in quotes_of(text)), _texts(text)

    def test_near_miss_an_outlet_relays(self):
        # no document: "وتنقل الصحيفة:" before a summary, not read here
        text = "وتنقل الصحيفة: حركة المرور متوقفة في وسط العاصمة منذ الصباح.\n"
        assert not any(q.text.startswith("حركة المرور") for q in quotes_of(text)), _texts(text)


class TestNecessityAfterALabelNoun:
    """ "قال إنه ناقش مع الأمير قضية «ضرورة وقف …»": words in marks after
    an indefinite label noun (قضية، ملف، موضوع) are no name when a noun of
    necessity opens them (ضرورة، أهمية، وجوب …) in the that-clause of a
    verb of saying: what must be done, a demand in the speaker's words."""

    def test_necessity_after_qadiyya(self):
        text = (
            "وفي إشارة إلى تصريحات أدلى بها رئيس الوزراء أمس، قال وزير الخارجية "
            "الكويتي إنه خلال زيارته الأخيرة للعاصمة، ناقش هو ورئيس الحكومة قضية "
            '"ضرورة وقف تهريب السلاح عبر الحدود من قبل كل الأطراف".\n'
        )
        q = [q for q in quotes_of(text) if q.text.startswith("ضرورة وقف")]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "وزير الخارجية الكويتي"), q[0]

    def test_importance_after_milaff(self):
        text = (
            "وأكد وزير التعليم العالي هشام الراوي أنه بحث مع السفير ملف "
            '"أهمية تسريع إجراءات التأشيرات للطلاب".\n'
        )
        q = [q for q in quotes_of(text) if q.text.startswith("أهمية تسريع")]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "هشام الراوي"), q[0]

    def test_obligation_after_mawdu(self):
        text = (
            "وذكرت الوزيرة نادية الشامي أن الاجتماع تناول موضوع «وجوب محاسبة "
            "المقصرين في الكارثة».\n"
        )
        q = [q for q in quotes_of(text) if q.text.startswith("وجوب محاسبة")]
        assert q, _texts(text)
        assert same_name(q[0].speaker, "نادية الشامي"), q[0]

    def test_near_miss_no_verb_of_saying(self):
        # the narrator's account of a gathering's topic, no one speaks
        text = 'ناقش المؤتمر قضية "ضرورة حماية البيئة البحرية" على مدى يومين.\n'
        assert not any("حماية البيئة" in q.text for q in quotes_of(text)), _texts(text)

    def test_near_miss_a_topic_with_no_necessity(self):
        # a topic's name after the label noun, as before
        text = 'وقال المتحدث إن المجلس ناقش قضية "اللاجئين السوريين في دول الجوار" مطولا.\n'
        assert not any("اللاجئين السوريين" in q.text for q in quotes_of(text)), _texts(text)
