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
