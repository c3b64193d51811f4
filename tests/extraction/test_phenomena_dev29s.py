"""Speaker phenomena of real news prose (dev29s, ninth session of 2026-12-06).

Every article here is written for the test, in invented sentences; each
positive test fails without the rule its class names.
"""

from tests.extraction.helpers import one


class TestPublishedCarrierIsNoSpeaker:
    """A prepositional source naming what carried the words and who
    published it ("وفق مقطع فيديو نشرته الرئاسة", "حسب الخبر الذي نشره
    موقع الحزب") tells where the words appeared, not who said them: the
    verb's subject before it, or the speaker of the sentence's earlier
    words, speaks."""

    LEAD = 'قال سامي النجار، وزير النقل، إن الطرق "ستفتح قريبا".\n'

    def test_a_video_in_the_verbs_aside(self):
        text = (
            "وقال الرئيس كمال الوردي، لدى ترؤسه اجتماعا للحكومة وفق مقطع فيديو "
            'نشرته الرئاسة، "نعمل على إصلاح الاقتصاد".\n'
        )
        q = one(text, "نعمل على إصلاح")
        assert q.speaker == "كمال الوردي", q

    def test_a_recording_broadcast_before_the_words(self):
        text = (
            "وأكدت الوزيرة سلمى الحداد، خلال زيارتها للمستشفى حسب تسجيل بثته "
            'القناة الرسمية، "لن نتخلى عن المرضى".\n'
        )
        q = one(text, "لن نتخلى")
        assert q.speaker == "سلمى الحداد", q

    def test_the_news_item_after_the_sentences_second_words(self):
        text = self.LEAD + (
            'وأضاف في كلمته التي ألقاها أمس أمام السكان، أن "العمل لم ينته في '
            '2014، ولن ينتهي في 2016"، بل إنه مستمر "إلى أن يسترجع الناس ثقتهم '
            'بالمؤسسات" حسب الخبر الذي نشره موقع الحزب.\n'
        )
        q = one(text, "إلى أن يسترجع")
        assert q.speaker == "سامي النجار", q

    def test_a_video_after_lone_words_still_speaks(self):
        # (negative) no speaker in the sentence: the source is all there is
        text = '"نعمل على إصلاح الاقتصاد" وفق مقطع فيديو نشرته الرئاسة.\n'
        q = one(text, "نعمل على إصلاح")
        assert q.speaker == "مقطع فيديو", q

    def test_an_agency_in_the_aside_still_relays(self):
        # (negative) a source in commas after the subject: as before
        text = 'وقال الرئيس كمال الوردي، وفق وكالة الأنباء الرسمية، "نعمل على إصلاح الاقتصاد".\n'
        q = one(text, "نعمل على إصلاح")
        assert q.speaker == "كمال الوردي", q

    def test_a_statement_by_another_person_after_the_words(self):
        # (negative) the source after the words names its own speaker's
        # statement, no carrier published
        text = self.LEAD + (
            'وأضاف أن "العمل مستمر"، بل إنه سيتوسع "إلى كل المدن" حسب المتحدث باسم الوزارة.\n'
        )
        q = one(text, "إلى كل المدن")
        assert q.speaker == "المتحدث باسم الوزارة", q


class TestNameAfterAsideWithSomeoneMet:
    """A bare post, an aside in commas naming someone met ("في مؤتمر صحفي
    مع نظيره التونسي،", "في لقاء مع الوزير الفرنسي،"), then a name in
    apposition: the name is the one met's, not the post holder's; the post
    speaks, the holder the text named before it."""

    def test_a_counterpart_named_after_the_aside(self):
        text = (
            "أعرب سامي النجار، وزير الخارجية الليبي، عن أمله في تعاون أوسع.\n"
            "وقال وزير الخارجية الليبي، في مؤتمر صحفي مع نظيره التونسي، كمال "
            'الوردي: "نريد فتح الحدود أمام التجارة".\n'
        )
        q = one(text, "نريد فتح الحدود")
        assert q.speaker == "سامي النجار", q

    def test_the_next_words_go_on_with_the_post(self):
        text = (
            "أعرب سامي النجار، وزير الخارجية الليبي، عن أمله في تعاون أوسع.\n"
            "وقال وزير الخارجية الليبي، في مؤتمر صحفي مع نظيره التونسي، كمال "
            'الوردي: "نريد فتح الحدود أمام التجارة".\n'
            'وأضاف وزير خارجية ليبيا: "العلاقات بين البلدين متينة".\n'
        )
        q = one(text, "العلاقات بين البلدين")
        assert q.speaker == "سامي النجار", q

    def test_a_minister_met_and_that(self):
        text = (
            "أعربت سلمى الحداد، وزيرة الصحة المغربية، عن ارتياحها.\n"
            "وقالت وزيرة الصحة، في لقاء مع الوزير الفرنسي، جان مارتان، إن "
            '"التعاون مثمر".\n'
        )
        q = one(text, "التعاون مثمر")
        assert q.speaker == "سلمى الحداد", q

    def test_journalists_met_leave_the_name_to_the_post(self):
        # (negative) people met with no title: the name is the holder's
        text = (
            "وقال المتحدث باسم الحكومة، في لقاء مع الصحفيين، كمال الوردي: "
            '"نريد فتح الحدود أمام التجارة".\n'
        )
        q = one(text, "نريد فتح الحدود")
        assert (q.speaker, q.role) == ("كمال الوردي", "المتحدث باسم الحكومة"), q

    def test_where_the_post_is_held(self):
        # (negative) an aside of where the post is held: as before
        text = 'وقال وزير الداخلية، في حكومة الوفاق الوطني، كمال الوردي، إن "الأمن مستتب".\n'
        q = one(text, "الأمن مستتب")
        assert (q.speaker, q.role) == ("كمال الوردي", "وزير الداخلية"), q


class TestReplyGluedToBaAfterTheName:
    """A reply glued to بـ with its adjectives after the subject's name,
    before the participle of saying ("فبادره الوزير X Y برد هادئ ومقتضب
    قائلا «…»", "فرد عليه X Y بجواب قصير قائلا"): how the words came, no
    word of the name."""

    def test_a_reply_and_two_adjectives(self):
        text = (
            "قاطعه أحد الحاضرين بصوت مرتفع. فيما بادره الوزير كمال الوردي برد "
            'هادئ ومقتضب قائلا "لسنا هنا لنتبادل الاتهامات".\n'
        )
        q = one(text, "لسنا هنا")
        assert (q.speaker, q.role) == ("كمال الوردي", "الوزير"), q

    def test_a_short_answer(self):
        text = 'فرد عليه الوزير كمال الوردي بجواب قصير قائلا "لسنا هنا لنتبادل الاتهامات".\n'
        q = one(text, "لسنا هنا")
        assert q.speaker == "كمال الوردي", q

    def test_a_family_name_alone_after_the_title(self):
        text = (
            "ألقى الرئيس سامي الحداد كلمة أمام العمال.\n"
            'فيما بادره الرئيس الحداد برد حاسم قائلا "البلد بلدنا جميعا".\n'
        )
        q = one(text, "البلد بلدنا")
        assert q.speaker == "سامي الحداد", q

    def test_a_mocking_comment(self):
        text = 'ورد المدرب ياسين العمري بتعقيب ساخر قائلا "الفريق لعب جيدا".\n'
        q = one(text, "الفريق لعب")
        assert q.speaker == "ياسين العمري", q

    def test_a_manner_noun_as_before(self):
        # (negative) a manner noun already known ends the name, as before
        text = 'وعلق الوزير كمال الوردي بغضب قائلا "لسنا هنا لنتبادل الاتهامات".\n'
        q = one(text, "لسنا هنا")
        assert q.speaker == "كمال الوردي", q

    def test_a_name_of_its_own_glued_to_ba(self):
        # (negative) a family name that opens with ب is no reply
        text = 'فرد عليه الوزير كمال بركات قائلا "لسنا هنا لنتبادل الاتهامات".\n'
        q = one(text, "لسنا هنا")
        assert q.speaker == "كمال بركات", q


class TestHeadlineLabelThenWordsBeforeTheMarks:
    """A headline: a name, its colon, one to three plain words, then words
    in marks that end the line ("X: المقاومة «أقوى من أي زمن مضى»"): the
    label speaks, as when the marks follow its colon."""

    BODY = "\n\nأكد رئيس الوزراء كمال الوردي أن الحكومة ستصمد أمام كل الضغوط.\n"

    def test_a_family_name_and_one_word(self):
        text = "الوردي: الحكومة «ستصمد أمام كل الضغوط»" + self.BODY
        q = one(text, "ستصمد أمام")
        assert q.speaker == "الوردي", q

    def test_a_full_name_and_two_words(self):
        text = "كمال الوردي: الاقتصاد الوطني «في وضع صعب»" + self.BODY
        q = one(text, "في وضع صعب")
        assert q.speaker == "كمال الوردي", q

    def test_straight_marks(self):
        text = 'الوردي: الإصلاحات "ستتواصل مهما كان الثمن"' + self.BODY
        q = one(text, "ستتواصل مهما")
        assert q.speaker == "الوردي", q

    def test_a_city_label_names_no_one(self):
        # (negative) a dateline's city is no speaker
        text = "القاهرة: الحكومة «ستصمد أمام كل الضغوط»" + self.BODY
        q = one(text, "ستصمد أمام")
        assert q.speaker is None, q

    def test_words_going_on_after_the_marks(self):
        # (negative) the marks do not end the line: a term in the headline
        text = "الوردي: الحكومة «ستصمد أمام كل الضغوط» رغم الأزمة الخانقة" + self.BODY
        q = one(text, "ستصمد أمام")
        assert q.speaker is None, q
