"""Dates and speakers the development sets an1-an5 missed (session dev32d):
each class a general construction, with invented sentences that show it and
near misses where it must not fire.

Every text here is written for the test, with names, places and words of
its own.
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


class TestTheSameYear:
    """ "في العام نفسه", "في نفس السنة", "في ذات العام", "خلال السنة
    ذاتها": no digit, the year of the narrator's last date before (not one
    inside words quoted), in the cue's sentence before the cue or in its
    clause after it, dates the words as "اليوم نفسه" dates them by the
    day."""

    def test_same_year_before_the_cue_after_a_comma(self):
        text = (
            "نشرت الصحيفة في عام 2012 تحقيقا عن صفقات السلاح. ودعمت الصحيفة روايتها "
            "بتصريحات لمدير الجمارك في نفس السنة، وأكد فيها أن «الشحنات كانت تمر "
            "دون تفتيش منذ سنوات».\n"
        )
        q = _one(text, "الشحنات كانت تمر")
        assert (q.date, q.date_precision) == ("2012", "year"), q

    def test_same_year_in_the_cue_clause(self):
        text = (
            "زار الوزير سامي الحكيم ميناء الصيادين في مارس 2015 وتفقد الأرصفة. "
            "وقال الحكيم في العام نفسه إن «الميناء سيتوسع ليستقبل السفن الكبيرة».\n"
        )
        q = _one(text, "الميناء سيتوسع")
        assert (q.date, q.date_precision) == ("2015", "year"), q

    def test_same_year_dhat_before_the_noun(self):
        text = (
            "افتتحت البلدية المكتبة العامة في 3 يونيو 2018. وفي ذات العام، "
            "صرحت مديرتها ليلى الشامي بأن «عدد القراء تضاعف خلال أشهر قليلة».\n"
        )
        q = _one(text, "عدد القراء تضاعف")
        assert (q.date, q.date_precision) == ("2018", "year"), q

    def test_the_year_quoted_words_tell_is_not_the_narrators(self):
        text = (
            "كشفت رسالة داخلية كتبت في 2009 عن خطط الشركة. وقال المدير: «بدأنا "
            "العمل على المشروع في عام 1990». وفي السنة ذاتها، أكد نائبه أن «الأرباح "
            "ستتضاعف قريبا».\n"
        )
        q = _one(text, "الأرباح ستتضاعف")
        assert (q.date, q.date_precision) == ("2009", "year"), q

    def test_near_miss_month_of_the_same_year_keeps_its_month(self):
        # the month with "من العام نفسه" was a date already: its month stays
        text = (
            "وقعت الحكومة الاتفاق في يناير 2016. وفي مارس من العام نفسه قال "
            "الوزير عادل فهمي إن «الاتفاق بدأ يؤتي ثماره».\n"
        )
        q = _one(text, "الاتفاق بدأ")
        assert (q.date, q.date_precision) == ("2016-03", "month"), q

    def test_near_miss_same_place_is_no_date(self):
        # "في المكان نفسه": the same place, no time
        text = "وقال الوزير عادل فهمي في المكان نفسه إن «المشروع سيكتمل قريبا».\n"
        q = _one(text, "المشروع سيكتمل")
        assert q.date is None, q

    def test_near_miss_no_year_told_before(self):
        text = "وفي العام نفسه قال الوزير عادل فهمي إن «المشروع سيكتمل قريبا».\n"
        q = _one(text, "المشروع سيكتمل")
        assert q.date is None, q


class TestSameTimeEndsThePostsPlace:
    """ "وقال السفير في بيروت في نفس الوقت إن": a place told after a post,
    then في and "the same" (نفس/ذات) and a noun: the time or the context
    of the words, no second place of the post; the speaker's phrase ends
    before it."""

    def test_same_time_after_the_posts_place(self):
        text = "وقال السفير في بيروت في نفس الوقت إن «الحوار هو الحل الوحيد».\n"
        q = _one(text, "الحوار هو الحل")
        assert q.speaker == "السفير في بيروت", q

    def test_same_context_after_the_posts_place(self):
        text = "وقال الناطق باسم الجيش في ذات السياق إن «القوات تتقدم بحذر».\n"
        q = _one(text, "القوات تتقدم")
        assert q.speaker == "الناطق باسم الجيش", q

    def test_same_year_after_the_posts_place(self):
        text = (
            "أطلقت الشركة خطتها في عام 2011. وقال المدير في فرع القاهرة في نفس "
            "السنة إن «الخطة ناجحة».\n"
        )
        q = _one(text, "الخطة ناجحة")
        assert q.speaker == "المدير في فرع القاهرة", q
        assert q.date == "2011", q

    def test_near_miss_a_second_place(self):
        text = "وقال مدير المستشفى في حي الزهور في بغداد إن «الأدوية متوفرة».\n"
        q = _one(text, "الأدوية متوفرة")
        assert "في بغداد" in q.speaker, q

    def test_near_miss_same_day_already_ends_it(self):
        text = "وقال السفير في بيروت في اليوم نفسه إن «الحوار هو الحل الوحيد».\n"
        q = _one(text, "الحوار هو الحل")
        assert q.speaker == "السفير في بيروت", q


class TestDocumentNamedAgain:
    """ "أصدرت الوزارة يوم … بيانا … . وجاء في البيان: «…»": a document or
    an occasion named with its date and no article, then again with the
    article in the cue's sentence (the same sentence or the next one), is
    the one the words were said in: its date is theirs
    (dating.document_told_before)."""

    def test_statement_named_again_in_the_next_sentence(self):
        text = (
            "أصدرت هيئة الموانئ يوم 14 فبراير 2019 بيانا عن حركة الشحن. وجاء في "
            "البيان: «الحركة في الميناء عادت إلى طبيعتها».\n"
        )
        q = _one(text, "الحركة في الميناء")
        assert q.date == "2019-02-14", q

    def test_interview_named_again_with_the_speakers_verb(self):
        text = (
            "أجرت إذاعة الوادي في 3 أكتوبر 2017 حوارا مع المدرب كمال الزين. وفي "
            "الحوار، قال الزين: «الفريق يحتاج إلى صبر الجماهير».\n"
        )
        q = _one(text, "الفريق يحتاج")
        assert q.date == "2017-10-03", q

    def test_article_named_again_in_the_same_sentence(self):
        text = (
            "نشرت مجلة الأفق في عدد 20 يناير 2014 مقالا مطولا عن الزراعة وفي "
            "المقال كتب الباحث نادر السعدي يقول: «الأرض تحتاج إلى مياه أكثر».\n"
        )
        q = _one(text, "الأرض تحتاج")
        assert q.date == "2014-01-20", q

    def test_near_miss_the_document_named_with_no_date(self):
        text = (
            "أصدرت هيئة الموانئ بيانا عن حركة الشحن. وجاء في البيان: «الحركة في "
            "الميناء عادت إلى طبيعتها».\n"
        )
        q = _one(text, "الحركة في الميناء")
        assert q.date is None, q

    def test_near_miss_another_noun_dated_before(self):
        text = (
            "زار الوزير الميناء يوم 14 فبراير 2019. وجاء في البيان: «الحركة في "
            "الميناء عادت إلى طبيعتها».\n"
        )
        q = _one(text, "الحركة في الميناء")
        assert q.date is None, q

    def test_near_miss_the_document_two_sentences_back(self):
        text = (
            "أصدرت هيئة الموانئ يوم 14 فبراير 2019 بيانا عن حركة الشحن. وتوقفت "
            "السفن عن العمل لساعات. وجاء في البيان: «الحركة في الميناء عادت إلى "
            "طبيعتها».\n"
        )
        q = _one(text, "الحركة في الميناء")
        assert q.date is None, q
