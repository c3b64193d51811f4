"""A verb that takes a person, a bare title and a titled object (vso2,
2026-12-04).

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from claims.extraction import extract


def _last(text):
    return extract(text)[-1]


def test_second_definite_post_with_a_name_after_a_person_verb_is_the_object():
    # "وانتقد الوزير النائب X، وقال": the minister criticised the MP and
    # spoke; the MP is the object, not the minister's name
    for text, speaker in (
        ('وانتقد الوزير النائب سالم العبيدي، وقال: "هذا الكلام غير مسؤول".', "الوزير"),
        ('وهاجم الوزير النائب سالم العبيدي، وقال: "هذا الكلام غير مسؤول".', "الوزير"),
        ('واستقبل السفير الوزير خالد الراشد، وقال: "العلاقات متينة".', "السفير"),
        ('واتهمت الوزيرة النائب سالم العبيدي بالكذب، وقالت: "هذا غير مقبول".', "الوزيرة"),
        ('وشكر المحافظ الوزير خالد الراشد، وقال: "المشروع مهم".', "المحافظ"),
    ):
        q = _last(text)
        assert q.speaker == speaker and q.role == speaker, (text, q)


def test_honorific_or_rank_after_the_title_is_still_the_subjects():
    # "الوزير الدكتور X", "السفير اللواء X", "النائب المهندس X": one man
    for text, speaker, role in (
        (
            'وانتقد الوزير الدكتور سالم العبيدي النائب، وقال: "هذا الكلام غير مسؤول".',
            "سالم العبيدي",
            "الوزير",
        ),
        (
            'واستقبل السفير اللواء خالد الراشد الوفد، وقال: "العلاقات متينة".',
            "خالد الراشد",
            "السفير اللواء",
        ),
        (
            'وانتقد النائب المهندس سالم العبيدي الحكومة، وقال: "هذا غير مقبول".',
            "سالم العبيدي",
            "النائب",
        ),
        (
            'واستقبل الرئيس الشيخ خالد الراشد الوفد، وقال: "العلاقات متينة".',
            "خالد الراشد",
            "الرئيس",
        ),
    ):
        q = _last(text)
        assert q.speaker == speaker and q.role == role, (text, q)


def test_two_posts_of_one_man_or_no_person_verb_unchanged():
    for text, speaker, role in (
        # his object follows his name: "الوزير النائب" one man's two posts
        (
            'وانتقد الوزير النائب سالم العبيدي الحكومة، وقال: "هذا غير مقبول".',
            "سالم العبيدي",
            "الوزير النائب",
        ),
        # the second post is his too, the object after his name
        (
            'وانتقد رئيس لجنة المالية النائب خالد الراشد بطء الإنجاز، وقال: "هذا غير مقبول".',
            "خالد الراشد",
            "رئيس لجنة المالية",
        ),
        # no verb that takes a person before the titles
        ('وقال الوزير النائب سالم العبيدي: "هذا غير مقبول".', "سالم العبيدي", "الوزير النائب"),
        # a compound post, no name after the second title
        (
            'وهاجم الرئيس المدير العام خالد الراشد النقابة، وقال: "هذا غير مقبول".',
            "خالد الراشد",
            "الرئيس المدير العام",
        ),
        # a name before the second post: his apposition after it
        (
            'وانتقد رئيس البرلمان محمد الحلبوسي النائب رائد المالكي، وقال: "هذا غير مقبول".',
            "محمد الحلبوسي",
            "رئيس البرلمان",
        ),
    ):
        q = _last(text)
        assert q.speaker == speaker and q.role == role, (text, q)


def test_company_glued_to_lam_after_a_definite_post_then_a_given_name():
    # "الرئيس التنفيذي لأرامكو محمد X": the company is the post's, the name
    # opens at the given name
    for text, speaker, role in (
        (
            'قال الرئيس التنفيذي لأرامكو محمد الناصر إن "الطلب سيرتفع".',
            "محمد الناصر",
            "الرئيس التنفيذي لأرامكو",
        ),
        (
            'قال المدير العام لسابك خالد الراشد إن "الطلب سيرتفع".',
            "خالد الراشد",
            "المدير العام لسابك",
        ),
    ):
        q = _last(text)
        assert q.speaker == speaker and q.role == role, (text, q)


def test_given_name_in_lam_or_a_genitive_with_the_article_unchanged():
    for text, speaker, role in (
        # لطفي, ليث: given names that begin with ل
        ('قال المدير العام لطفي الناصر إن "الطلب سيرتفع".', "لطفي الناصر", "المدير العام"),
        ('قال الناطق الرسمي ليث الناصر إن "الطلب سيرتفع".', "ليث الناصر", "الناطق الرسمي"),
        (
            'قال الرئيس التنفيذي لشركة أرامكو محمد الناصر إن "الطلب سيرتفع".',
            "محمد الناصر",
            "الرئيس التنفيذي لشركة أرامكو",
        ),
        (
            'قال المتحدث الرسمي لوزارة الصحة محمد الناصر إن "الطلب سيرتفع".',
            "محمد الناصر",
            "المتحدث الرسمي لوزارة الصحة",
        ),
    ):
        q = _last(text)
        assert q.speaker == speaker and q.role == role, (text, q)


def test_manner_with_kull_or_one_word_after_the_subject_is_no_name():
    # "بكل وضوح", "بكل قوة", "بشدة": how, never the speaker's name
    for text, speaker, role in (
        ('وأعرب الوزير بكل وضوح عن رفضه للقرار: "لن نتراجع".', "الوزير", "الوزير"),
        ('وأعرب الوزير بشدة عن رفضه للقرار: "لن نتراجع".', "الوزير", "الوزير"),
        ('وأكد الوزير بكل وضوح أن "القرار نهائي".', "الوزير", "الوزير"),
        (
            'وأعرب الوزير خالد الراشد بكل وضوح عن رفضه للقرار: "لن نتراجع".',
            "خالد الراشد",
            "الوزير",
        ),
        ('الشعب يعرب بكل قوة عن موقفه الرافض للقرار: "لن نتراجع عن حقوقنا".', "الشعب", None),
    ):
        q = _last(text)
        assert q.speaker == speaker and q.role == role, (text, q)


def test_name_in_ba_after_a_title_unchanged():
    for text, speaker, role in (
        ('وأكد الوزير بشير الراشد أن "القرار نهائي".', "بشير الراشد", "الوزير"),
        ('وأكد بشير الراشد أن "القرار نهائي".', "بشير الراشد", None),
    ):
        q = _last(text)
        assert q.speaker == speaker and q.role == role, (text, q)


def test_bare_name_subject_of_a_person_verb_keeps_no_role_of_its_object():
    # "وانتقد X النائب Y Z لمقاطعته …، وقال": the MP is the object, not X's
    # apposition; X speaks, with no role (or the one told before)
    for text, speaker, role in (
        (
            'وانتقد المندلاوي النائب رائد المالكي لمقاطعته الجلسة، وقال: "هذا غير مقبول".',
            "المندلاوي",
            None,
        ),
        (
            'وانتقد محسن المندلاوي النائب رائد المالكي، وقال: "هذا غير مقبول".',
            "محسن المندلاوي",
            None,
        ),
        (
            'قال رئيس البرلمان محسن المندلاوي إن "الجلسة مهمة". وانتقد المندلاوي النائب'
            ' رائد المالكي لمقاطعته الجلسة، وقال: "هذا غير مقبول".',
            "محسن المندلاوي",
            "رئيس البرلمان",
        ),
    ):
        q = _last(text)
        assert q.speaker == speaker and q.role == role, (text, q)


def test_post_after_a_name_with_no_name_after_it_is_still_his():
    # "X النائب عن كتلة …": his post after his name
    q = _last('وانتقد سالم العبيدي النائب عن كتلة الوفاق القرار، وقال: "هذا غير مقبول".')
    assert q.speaker == "سالم العبيدي" and q.role.startswith("النائب"), q
