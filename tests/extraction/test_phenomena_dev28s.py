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
        assert q.speaker == "خالد الحداد", q

    def test_a_woman_named_then_that(self):
        text = self.LEAD + 'وأضافت، فاطمة منصور، للصحيفة إن "الأسعار ارتفعت كثيرا".\n'
        q = one(text, "الأسعار ارتفعت")
        assert q.speaker == "فاطمة منصور", q

    def test_an_honorific_and_a_name(self):
        text = self.LEAD + 'وقال، المهندس يوسف البرهامي، إن "المشروع سينتهي قريبا".\n'
        q = one(text, "المشروع سينتهي")
        assert q.speaker == "يوسف البرهامي", q

    def test_a_titled_name(self):
        text = self.LEAD + 'وأكد، وزير التجارة أحمد الصافي، أن "الصادرات تضاعفت".\n'
        q = one(text, "الصادرات تضاعفت")
        assert (q.speaker, q.role) == ("أحمد الصافي", "وزير التجارة"), q

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
