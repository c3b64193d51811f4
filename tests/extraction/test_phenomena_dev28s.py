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
