"""Speaker phenomena of real news prose (dev28s, eighth session of 2026-12-06).

Every article here is written for the test, in invented sentences; each
positive test fails without the rule its class names.
"""

from tests.extraction.helpers import one


class TestSecondPostJoinedInCommas:
    """A post, then a second post joined to it by و and set off by commas,
    then a name in commas ("أكد وزير الداخلية، ونائب رئيس الوزراء، اللواء X
    Y، أن"): one person holds both posts, the name after them; the second
    post is no name of the first post's holder."""

    def test_a_rank_before_the_name(self):
        text = (
            "أكد وزير الداخلية، ونائب رئيس الوزراء، اللواء سامي البرهامي، "
            'اليوم الأحد، أن "الأمن مستتب في كل المحافظات".\n'
        )
        q = one(text, "الأمن مستتب")
        assert q.speaker == "سامي البرهامي", q
        assert q.role == "وزير الداخلية، نائب رئيس الوزراء", q

    def test_a_bare_name_after_a_union_post(self):
        text = (
            "قال رئيس الاتحاد العام للشغل، وعضو المكتب التنفيذي، حسن الطرابلسي، "
            'إن "الإضراب قائم في موعده".\n'
        )
        q = one(text, "الإضراب قائم")
        assert q.speaker == "حسن الطرابلسي", q

    def test_an_adviser_and_a_brigadier(self):
        text = (
            "وأضاف مدير الأمن الوطني، ومستشار الرئيس للشؤون الأمنية، العميد "
            'فؤاد الزين، أن "التحقيقات ما زالت جارية".\n'
        )
        q = one(text, "التحقيقات ما زالت")
        assert q.speaker == "فؤاد الزين", q
        assert q.role == "مدير الأمن الوطني، مستشار الرئيس للشؤون الأمنية", q

    def test_a_second_post_after_a_name_stays_his_apposition(self):
        # (negative) the first phrase has its name: the post after it is his
        text = (
            "أكد وزير الداخلية سامي البرهامي، ونائب رئيس الوزراء، أن "
            '"الأمن مستتب في كل المحافظات".\n'
        )
        q = one(text, "الأمن مستتب")
        assert q.speaker == "سامي البرهامي", q

    def test_a_counterpart_joined_is_another_person(self):
        # (negative) no name after the second phrase: the verb's subject
        # is the first post's holder, the one met is no speaker
        text = 'التقى وزير الخارجية، ونظيره الفرنسي، وقال إن "المحادثات كانت مثمرة".\n'
        q = one(text, "المحادثات كانت")
        assert q.speaker == "وزير الخارجية", q


class TestSubjectSetOffByCommasAfterTheVerb:
    """A verb of saying, then its subject set off by commas ("وقال، X Y،
    لوكالة …", "وأضافت، الوزيرة X، أن"): the phrase between the commas opens
    on a given name, a title or an honorific and reads as a name, and after
    its comma comes what the verb goes on with (أنّ, a colon, marks, the one
    told glued to لـ, or في); it is the verb's subject. An adverbial between
    the commas ("وقال، في تصريح، إن", "وأضاف، مساء أمس، أن") names no one."""

    LEAD = "قال وزير المالية كريم العلوي إن الميزانية جاهزة للتصويت.\n"

    def test_a_name_then_the_agency_told(self):
        text = self.LEAD + 'وقال، خالد الحداد، لوكالة الأنباء "المنزل انهار فوق رؤوسنا".\n'
        q = one(text, "المنزل انهار")
        assert (q.speaker, q.cue) == ("خالد الحداد", "وقال"), q

    def test_a_woman_named_then_that(self):
        text = self.LEAD + 'وأضافت، فاطمة منصور، للصحيفة إن "الأسعار ارتفعت كثيرا".\n'
        q = one(text, "الأسعار ارتفعت")
        assert (q.speaker, q.cue) == ("فاطمة منصور", "وأضافت"), q

    def test_an_honorific_and_a_name(self):
        text = self.LEAD + 'وقال، المهندس يوسف البرهامي، إن "المشروع سينتهي قريبا".\n'
        q = one(text, "المشروع سينتهي")
        assert (q.speaker, q.cue) == ("يوسف البرهامي", "وقال"), q

    def test_a_titled_name(self):
        text = self.LEAD + 'وأكد، وزير التجارة أحمد الصافي، أن "الصادرات تضاعفت".\n'
        q = one(text, "الصادرات تضاعفت")
        assert (q.speaker, q.role, q.cue) == ("أحمد الصافي", "وزير التجارة", "وأكد"), q

    def test_the_evening_between_commas_is_no_one(self):
        # (negative) the time set off by commas: the minister goes on
        text = self.LEAD + 'وأضاف، مساء أمس، أن "العجز تراجع بشكل ملحوظ".\n'
        q = one(text, "العجز تراجع")
        assert q.speaker == "كريم العلوي", q

    def test_a_statement_between_commas_is_no_one(self):
        # (negative) where the words were said, between commas
        text = self.LEAD + 'وأضاف، في تصريح صحفي، أن "العجز تراجع بشكل ملحوظ".\n'
        q = one(text, "العجز تراجع")
        assert q.speaker == "كريم العلوي", q


class TestThosePresentAreNoSpeakers:
    """A sentence that tells of an occasion names those present after
    "بحضور" ("افتتح الوزير X المعرض، بحضور السفير Y."): they attend, they
    do not speak; a verb of saying with no subject in the next sentence
    goes on with the sentence's own subject (or the last speaker), never
    with a titled person present."""

    def test_the_ambassador_present_at_the_opening(self):
        text = (
            'قال رئيس الاتحاد كريم العلوي إن "الموسم كان ناجحا".\n'
            "افتتح وزير التعليم خالد المنصوري المعرض الدولي للكتاب، بحضور "
            'السفير الفرنسي جان مارتان. وقال: "الكتاب ما زال بخير في بلادنا".\n'
        )
        q = one(text, "الكتاب ما زال")
        assert q.speaker == "خالد المنصوري", q

    def test_a_woman_present_with_wa(self):
        text = (
            'قالت رئيسة الجمعية منى الحسيني إن "التبرعات تضاعفت".\n'
            "ترأست وزيرة الصحة فاطمة الزهراني اجتماع اللجنة الوطنية، وبحضور "
            "مديرة المستشفى الدكتورة ليلى العمري. وأكدت أن "
            '"اللقاحات ستصل الأسبوع المقبل".\n'
        )
        q = one(text, "اللقاحات ستصل")
        assert q.speaker == "فاطمة الزهراني", q

    def test_the_prime_minister_present_after_a_speech(self):
        text = (
            "أكد قائد الحرس الوطني، الفريق أول سامي البرهامي، اليوم السبت، "
            'أن "الحرس جاهز لكل الاحتمالات".\n'
            "جاءت تصريحات البرهامي، خلال كلمة له، في حفل تخريج دفعة جديدة من "
            "الضباط، وبحضور رئيس الوزراء الدكتور يوسف الخطابي، ووزير الدفاع.\n"
            'ولفت إلى أن "من واجبات الحرس حماية الانتخابات".\n'
        )
        q = one(text, "من واجبات الحرس")
        assert q.speaker == "سامي البرهامي", q

    def test_a_person_arriving_after_a_comma_still_speaks(self):
        # (negative) the subject after a fronted adverbial's comma
        text = (
            'قال رئيس الاتحاد كريم العلوي إن "الموسم كان ناجحا".\n'
            "وفي الصباح، وصل السفير الفرنسي جان مارتان إلى المطار. وقال: "
            '"الزيارة تاريخية".\n'
        )
        q = one(text, "الزيارة تاريخية")
        assert q.speaker == "جان مارتان", q

    def test_one_present_who_speaks_in_a_relative_clause(self):
        # (negative) "الذي قال" after the one present: his own verb
        text = (
            'قال رئيس الاتحاد كريم العلوي إن "الموسم كان ناجحا".\n'
            "افتتح وزير التعليم خالد المنصوري المعرض الدولي للكتاب، بحضور "
            'السفير الفرنسي جان مارتان، الذي قال إن "الكتاب ما زال بخير".\n'
        )
        q = one(text, "الكتاب ما زال")
        assert q.speaker == "جان مارتان", q


class TestTheOwnerOfTheStatementsGoesOn:
    """A sentence that tells of someone's statements, their noun in
    construct with him ("ويأتي هذا عقب تصريحات الوزير X لصحيفة …"، "وتزامن
    ذلك مع كلمة الوزيرة X"), then a verb of saying joined by و with no
    subject ("، وقال إن «…»"): the owner of the statements goes on, not the
    last quote's speaker. A verb with its own subject between keeps it."""

    LEAD = 'قال رئيس الاتحاد كريم العلوي إن "الموسم كان ناجحا".\n'

    def test_after_the_statements_to_a_paper(self):
        text = self.LEAD + (
            "ويأتي هذا عقب تصريحات وزير المالية خالد المنصوري لصحيفة "
            '"الصباح"، وقال إن "العجز سينخفض".\n'
        )
        q = one(text, "العجز سينخفض")
        assert q.speaker == "خالد المنصوري", q

    def test_a_speech_before_parliament(self):
        text = (
            'قالت رئيسة الجمعية منى الحسيني إن "التبرعات تضاعفت".\n'
            "وتزامن ذلك مع كلمة وزيرة الصحة فاطمة الزهراني أمام البرلمان، "
            'وأكدت أن "اللقاحات ستصل قريبا".\n'
        )
        q = one(text, "اللقاحات ستصل")
        assert q.speaker == "فاطمة الزهراني", q

    def test_statements_that_stirred_a_debate(self):
        text = self.LEAD + (
            "وأثارت تصريحات المدرب يوسف البرهامي، عقب المباراة، جدلا واسعا، "
            'وقال إنه يرى أن "التحكيم كان سيئا".\n'
        )
        q = one(text, "التحكيم كان سيئا")
        assert q.speaker == "يوسف البرهامي", q

    def test_the_critic_of_the_statements_goes_on(self):
        # (negative) the verb's own subject criticised the statements
        text = self.LEAD + (
            "وانتقد المدرب يوسف البرهامي تصريحات رئيس النادي سمير الخطيب، "
            'وقال إن "الفريق يستحق الاحترام".\n'
        )
        q = one(text, "الفريق يستحق")
        assert q.speaker == "يوسف البرهامي", q

    def test_a_reply_to_the_statements_has_its_subject(self):
        # (negative) the subject named after the verb
        text = self.LEAD + (
            'وردا على تصريحات المدرب يوسف البرهامي، قال العلوي إن "الحكام قاموا بعملهم".\n'
        )
        q = one(text, "الحكام قاموا")
        assert q.speaker == "كريم العلوي", q


class TestItsOwnPronounAfterThatIsOneSpeaker:
    """A verb of saying with no subject of its own whose أنّ carries a
    pronoun of its gender, then a verb ("وقال إنه يعتقد أن «…»"): the
    pronoun is the verb's own subject, so the one the words go to is who
    speaks on; the next verb joined by و in the sentence ("، وأضاف أن
    «…»") goes on with him, not with the last quote's speaker. A pronoun of
    the other gender ("قائلا إنها قالت له") is another person, whom the
    speaker relays."""

    LEAD = 'قال رئيس الاتحاد كريم العلوي إن "الموسم كان ناجحا".\n'

    def test_after_a_reception(self):
        text = self.LEAD + (
            "واستقبل رئيس الحكومة خالد المنصوري وفدا من رجال الأعمال، وقال إنه "
            'يعتقد أن "الاستثمار سيتضاعف"، وأضاف أن "الضرائب ستنخفض".\n'
        )
        q = one(text, "الضرائب ستنخفض")
        assert q.speaker == "خالد المنصوري", q

    def test_after_a_visit(self):
        text = self.LEAD + (
            "وزار وزير الزراعة يوسف البرهامي الحقول، وأكد أنه يتوقع أن "
            '"المحصول سيكون وفيرا"، وأشار إلى أن "الأمطار كانت كافية".\n'
        )
        q = one(text, "الأمطار كانت")
        assert q.speaker == "يوسف البرهامي", q

    def test_after_the_statements(self):
        text = self.LEAD + (
            'ويأتي هذا عقب تصريحات وزير المالية "المغربي"، خالد المنصوري، مع '
            'صحيفة "الصباح"، وقال، إنه يتوقع أن "النمو سيتحسن هذا العام"، '
            'وزعم أن "الدول المجاورة تريد التعاون".\n'
        )
        q = one(text, "الدول المجاورة")
        assert q.speaker == "خالد المنصوري", q

    def test_a_woman_after_her_concern(self):
        # (negative) the subject named before: she goes on already
        text = (
            'قالت رئيسة الجمعية منى الحسيني إن "التبرعات تضاعفت".\n'
            "وأعربت وزيرة الصحة فاطمة الزهراني عن قلقها، وقالت إنها تخشى أن "
            '"الوباء يعود"، وتابعت أن "المستشفيات مستعدة".\n'
        )
        q = one(text, "المستشفيات مستعدة")
        assert q.speaker == "فاطمة الزهراني", q

    def test_the_one_he_relays_is_of_the_other_gender(self):
        # (negative) "قائلا إنها قالت له": she is quoted, he goes on
        text = (
            'قال رئيس الاتحاد كريم العلوي إن "الموسم كان ناجحا"، وتحدث عن '
            "لقائه بالمدربة منى الحسيني، قائلا إنها قالت له: "
            '"الفريق جاهز". وأضاف: "نحن متفائلون بالموسم".\n'
        )
        q = one(text, "نحن متفائلون")
        assert q.speaker == "كريم العلوي", q


class TestAnAdjectiveAfterAMannerNoun:
    """A noun of manner glued to بـ right after a verb of saying ("بحزم",
    "بغضب", "بثقة", "بنفي") may take an indefinite adjective ("وقال بحزم
    شديد:", "وتابع بنفي قاطع «…»"): up to the words, the colon, أنّ or a
    comma, the adjective is the adverbial's, no name; the subject is the
    one quoted before. A title or a definite noun after the manner noun
    opens the subject."""

    LEAD = 'قال الوزير سامي البرهامي إن "القرار نهائي".\n'

    def test_firmly_before_a_colon(self):
        text = self.LEAD + 'وتابع بحزم شديد: "لم نشارك في أي عملية".\n'
        q = one(text, "لم نشارك")
        assert q.speaker == "سامي البرهامي", q

    def test_angrily_before_that(self):
        text = self.LEAD + 'وأضاف بغضب شديد أن "الحملة ظالمة".\n'
        q = one(text, "الحملة ظالمة")
        assert q.speaker == "سامي البرهامي", q

    def test_confidently_before_the_marks(self):
        text = (
            'قالت الوزيرة منى الحسيني إن "القرار نهائي".\n'
            'وتابعت بثقة كبيرة "سننجح في هذه المهمة".\n'
        )
        q = one(text, "سننجح في هذه")
        assert q.speaker == "منى الحسيني", q

    def test_a_flat_denial(self):
        text = self.LEAD + 'وتابع بنفي قاطع "لم نشارك في أي عملية".\n'
        q = one(text, "لم نشارك")
        assert q.speaker == "سامي البرهامي", q

    def test_a_titled_subject_after_the_manner_noun(self):
        # (negative) the title opens the verb's subject
        text = self.LEAD + 'وقال بحزم وزير الخارجية خالد المنصوري: "لن نتراجع".\n'
        q = one(text, "لن نتراجع")
        assert q.speaker == "خالد المنصوري", q

    def test_a_definite_subject_after_the_manner_noun(self):
        # (negative) "بغضب الوزير X": the definite title is the subject
        text = self.LEAD + 'وقال بغضب الوزير خالد المنصوري: "لن نتراجع".\n'
        q = one(text, "لن نتراجع")
        assert q.speaker == "خالد المنصوري", q


class TestABodysShortNameInMarksBeforeTheHolder:
    """A post in construct with a body, the body's full name, then its short
    name in marks, then the holder's name ("المسؤول الإعلامي لوكالة الأنباء
    «وام» X Y"): the short name is the body's, the post goes on through it
    to the name, which speaks; no outlet told and no quote. A name in marks
    right after a person told to an outlet, or words in marks right after a
    post, stay what they were."""

    def test_an_agency_and_its_acronym(self):
        text = 'قال المسؤول الإعلامي لوكالة الأنباء "وام" سامي البرهامي إن "الوضع خطير".\n'
        q = one(text, "الوضع خطير")
        assert q.speaker == "سامي البرهامي", q
        assert q.role == 'المسؤول الإعلامي لوكالة الأنباء "وام"', q

    def test_an_agency_of_support_and_a_day(self):
        text = (
            "أكد المسؤول الإعلامي لوكالة دعم المهاجرين الأفارقة "
            '"داما" سامي البرهامي يوم الأحد، "أن المفاوضات متوقفة حاليا".\n'
        )
        q = one(text, "المفاوضات متوقفة")
        assert q.speaker == "سامي البرهامي", q

    def test_an_organisation_and_its_acronym(self):
        text = 'قال المسؤول الإعلامي لمنظمة دعم المهاجرين "داما" كريم البرهامي إن "الوضع خطير".\n'
        q = one(text, "الوضع خطير")
        assert q.speaker == "كريم البرهامي", q

    def test_the_agency_told_after_a_name(self):
        # (negative) the minister named, then the agency he told
        text = 'قال الوزير كريم العلوي لوكالة الأنباء "وام" إن "الوضع خطير".\n'
        q = one(text, "الوضع خطير")
        assert q.speaker == "كريم العلوي", q

    def test_words_in_marks_right_after_a_post(self):
        # (negative) the words themselves after the post, no short name
        text = 'قال رئيس الحزب الوطني الديمقراطي "لن نشارك في الانتخابات المقبلة".\n'
        q = one(text, "لن نشارك")
        assert q.speaker == "رئيس الحزب الوطني الديمقراطي", q
