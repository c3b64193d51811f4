"""Speaker phenomena of real news prose (mend28a, fixing reportA's findings).

Every article here is written for the test, in invented sentences; each
positive test fails without the rule its class names.
"""

from tests.extraction.helpers import one


class TestABareSurnameAfterAMannerNoun:
    """A noun of manner glued to بـ after a verb of saying ("بغضب",
    "باقتضاب", "بحزم") takes an indefinite adjective that agrees with it
    ("بقلق بالغ", "بسخرية لاذعة"); any other bare word after it, up to the
    words, is the verb's subject, often a foreign surname named once
    ("ورد بغضب نتنياهو:"), not an adjective: the quote is that person's,
    not the one quoted before."""

    LEAD = 'قال الوزير سامي البرهامي إن "القرار نهائي".\n'

    def test_a_surname_before_a_colon(self):
        text = self.LEAD + 'ورد بغضب نتنياهو: "لن نسمح بذلك".\n'
        q = one(text, "لن نسمح")
        assert q.speaker == "نتنياهو", q

    def test_a_surname_after_a_curt_reply(self):
        text = self.LEAD + 'وعلق باقتضاب غوتيريش: "الوضع مقلق".\n'
        q = one(text, "الوضع مقلق")
        assert q.speaker == "غوتيريش", q

    def test_a_surname_before_that_alone(self):
        text = 'وقال بحزم لافروف إن "الغرب يخطئ في حساباته".\n'
        q = one(text, "الغرب يخطئ")
        assert q.speaker == "لافروف", q

    def test_a_surname_calmly_alone(self):
        text = 'وقال بهدوء بايدن: "نحن مستعدون للحوار".\n'
        q = one(text, "مستعدون للحوار")
        assert q.speaker == "بايدن", q

    def test_an_adjective_of_the_list(self):
        # (negative) "بقلق بالغ": the adjective, the one quoted before speaks
        text = self.LEAD + 'وأضاف بقلق بالغ: "الوضع خطير جدا".\n'
        q = one(text, "الوضع خطير")
        assert q.speaker == "سامي البرهامي", q

    def test_a_feminine_adjective_of_the_faaila_shape(self):
        # (negative) "بسخرية لاذعة": فاعلة after a feminine noun
        text = (
            'قالت الوزيرة منى الحسيني إن "القرار نهائي".\n'
            'وتابعت بسخرية لاذعة: "هذا كلام لا يستحق الرد".\n'
        )
        q = one(text, "لا يستحق الرد")
        assert q.speaker == "منى الحسيني", q

    def test_a_feminine_adjective_before_that(self):
        # (negative) "بصراحة تامة إن": the list's adjective with ة
        text = 'قالت الوزيرة منى الحسيني إن "القرار نهائي".\nوأضافت بصراحة تامة إن "الخطة فشلت".\n'
        q = one(text, "الخطة فشلت")
        assert q.speaker == "منى الحسيني", q


class TestStatementsAsAnOccasionOrAsAnObject:
    """A sentence may tell of someone's statements, their noun in construct
    with him, as its occasion, after a link of time or occasion ("في أعقاب
    تصريحات الوزير X"، "على خلفية"، "بعد") or as a verb's subject; a verb
    of saying joined by و with no subject then goes on with their owner.
    When the noun is instead the object of a verb whose own subject is left
    out ("وأشار إلى تصريحات X"، "ورد على"، "وانتقد"), that left-out subject,
    the one quoted before, goes on."""

    LEAD = 'قال الرئيس سامي عمر إن "الوضع صعب".\n'

    def test_in_the_wake_of_a_letter(self):
        # (near miss) the occasion's owner goes on, as before the fix
        text = self.LEAD + (
            'ويأتي ذلك في أعقاب رسالة الوزير خالد منصور إلى البرلمان، وقال فيها إن "الحل قريب".\n'
        )
        q = one(text, "الحل قريب")
        assert q.speaker == "خالد منصور", q

    def test_against_the_background_of_statements(self):
        # (near miss) the occasion's owner goes on, as before the fix
        text = self.LEAD + (
            "وجاءت الاستقالة على خلفية تصريحات النائبة هدى الكبيسي في الجلسة، "
            'وقالت إن "الحكومة فشلت".\n'
        )
        q = one(text, "الحكومة فشلت")
        assert q.speaker == "هدى الكبيسي", q

    def test_after_a_testimony(self):
        # (near miss) the occasion's owner goes on, as before the fix
        text = self.LEAD + (
            "وتأجلت الجلسة بعد شهادة الشاهد مراد الحلبي أمام المحكمة، "
            'وأكد أن "المتهم كان في بيته".\n'
        )
        q = one(text, "المتهم كان")
        assert q.speaker == "مراد الحلبي", q

    def test_pointing_to_the_statements(self):
        # أشار إلى: the one quoted before, who pointed, goes on
        text = self.LEAD + (
            'وأشار إلى تصريحات الوزير خالد منصور الأخيرة، وقال إن "الحل ما زال بعيدا".\n'
        )
        q = one(text, "ما زال بعيدا")
        assert q.speaker == "سامي عمر", q

    def test_replying_to_the_statements(self):
        # رد على: the one who replied goes on
        text = self.LEAD + ('ورد على تصريحات الوزير خالد منصور، وقال إن "الحل مستبعد".\n')
        q = one(text, "الحل مستبعد")
        assert q.speaker == "سامي عمر", q

    def test_criticising_the_statements(self):
        # a verb that is no cue, its subject left out
        text = self.LEAD + (
            'وانتقد بشدة تصريحات النائب وليد الشامي، وأضاف أن "البلاد تحتاج إلى الهدوء".\n'
        )
        q = one(text, "تحتاج إلى الهدوء")
        assert q.speaker == "سامي عمر", q


class TestAListOfPostsJoinedByWaw:
    """Posts set off by commas and joined by و with no name after them
    ("قال رئيس الوزراء، ووزير الدفاع، ورئيس الأركان، في بيان مشترك إن") list
    several officials: the post joined by و is never the first post's
    holder's name, nor a second post of one person whose name is the post
    after it; the first post speaks alone. A name after the second post,
    bare or after a rank, still holds both posts."""

    def test_three_posts_in_a_joint_statement(self):
        text = 'وقال رئيس الوزراء، ووزير الدفاع، ورئيس الأركان، في بيان مشترك إن "الجيش جاهز".\n'
        q = one(text, "الجيش جاهز")
        assert q.speaker == "رئيس الوزراء", q
        assert q.role == "رئيس الوزراء", q

    def test_three_ministers_before_that(self):
        text = 'وأكد وزير الداخلية، ووزير الخارجية، ورئيس الوزراء، أن "الحدود آمنة".\n'
        q = one(text, "الحدود آمنة")
        assert q.speaker == "وزير الداخلية", q
        assert q.role == "وزير الداخلية", q

    def test_two_ministers(self):
        text = 'قالت وزيرة الصحة، ووزير التعليم، في مؤتمر صحفي إن "المدارس ستفتح".\n'
        q = one(text, "المدارس ستفتح")
        assert q.speaker == "وزيرة الصحة", q

    def test_a_bare_name_after_the_second_post(self):
        # (near miss) one person holds both posts
        text = 'قال وزير الخارجية، ونائب رئيس الوزراء، خالد المنصوري، إن "الميزانية متوازنة".\n'
        q = one(text, "الميزانية متوازنة")
        assert q.speaker == "خالد المنصوري", q
        assert q.role == "وزير الخارجية، نائب رئيس الوزراء", q

    def test_a_rank_before_the_name(self):
        # (near miss) a rank after the second post opens the name
        text = 'أعلن قائد الحرس، ونائب وزير الداخلية، العميد مراد الحلبي، أن "الطرق مفتوحة".\n'
        q = one(text, "الطرق مفتوحة")
        assert q.speaker == "مراد الحلبي", q
        assert q.role == "قائد الحرس، نائب وزير الداخلية", q
