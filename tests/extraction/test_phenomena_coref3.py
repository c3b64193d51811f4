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
