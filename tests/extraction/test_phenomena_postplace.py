"""Unnamed posts that end on where they are held (بـ + a place) (session
of 2026-12-03).

Every article here is invented for the test; each positive fails without
the rule it names.
"""

from tests.extraction.helpers import one


def test_place_glued_to_ba_ending_an_unnamed_regional_post_is_the_posts():
    # "وقال المدير الجهوي للصحة بنابل إن": the town glued to بـ after a
    # post held in a region (جهوي، إقليمي، فرع، مندوب …) is where it is
    # held, no name; the post is the speaker, unnamed
    for text, speaker in (
        (
            'وقال المندوب الجهوي للفلاحة بقبلي، حسبما نقلته عنه إذاعة "الجوهرة"، '
            'إن "الموسم سيكون جيدا".',
            "المندوب الجهوي للفلاحة بقبلي",
        ),
        (
            "وأكد رئيس فرع الهيئة الوطنية للمحامين بسوسة أن «الموقوفين تعرضوا لسوء المعاملة».",
            "رئيس فرع الهيئة الوطنية للمحامين بسوسة",
        ),
        (
            "وأوضح رئيس الاتحاد المحلي للفلاحين بطبرقة أن «المحصول تضرر كثيرا».",
            "رئيس الاتحاد المحلي للفلاحين بطبرقة",
        ),
        (
            "وقال مدير المستشفى الإقليمي بتازة إن «الجرحى نقلوا إلى المستعجلات».",
            "مدير المستشفى الإقليمي بتازة",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)
        assert q.role == speaker and q.speaker_kind in ("person", "anonymous"), (text, q)


def test_place_head_glued_to_ba_with_its_name_ending_a_post_is_the_posts():
    # "المدير الجهوي للتجهيز بولاية جندوبة إن": بـ + a place head (ولاية،
    # مدينة، بلدية …) and the place's name end the post, no name after it
    for text, speaker in (
        (
            "وقال المدير الجهوي للتجهيز بولاية جندوبة إن «الطريق ستفتح قريبا».",
            "المدير الجهوي للتجهيز بولاية جندوبة",
        ),
        (
            "وقال رئيس المجلس البلدي بمدينة قليبية إن «الأشغال ستنتهي قريبا».",
            "رئيس المجلس البلدي بمدينة قليبية",
        ),
        (
            "وأكد رئيس جمعية حماية البيئة بمنطقة عين دراهم أن «الغابة تحترق».",
            "رئيس جمعية حماية البيئة بمنطقة عين دراهم",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_complement_in_bal_ending_a_post_is_the_posts():
    # "رئيس الجمعية التونسية للنهوض بالتشغيل": a word in بال- never opens a
    # name; ending the phrase it is the post's complement
    for text, speaker in (
        (
            "أما رئيس الجمعية الوطنية للنهوض بالتصدير، فقد قال إن «الفلاحين يعانون».",
            "رئيس الجمعية الوطنية للنهوض بالتصدير",
        ),
        (
            "أما رئيسة الجمعية التونسية للعناية بالمسنين، فقالت إن «الدولة غائبة».",
            "رئيسة الجمعية التونسية للعناية بالمسنين",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_one_word_name_in_ba_after_a_post_stays_the_name():
    # negatives: a family name that opens with ب after a post with no
    # regional word, or a name met before, is the name
    for text, speaker, role in (
        ("وقال وزير الخارجية الأمريكي بلينكن إن «الوضع خطير».", "بلينكن", "وزير الخارجية الأمريكي"),
        ("وقال الرئيس الروسي بوتين إن «الوضع خطير».", "بوتين", "الرئيس الروسي"),
        ("وقال رئيس الحكومة بنكيران إن «الوضع خطير».", "بنكيران", "رئيس الحكومة"),
        ("وقال المدرب الوطني بلماضي إن «الفريق جاهز».", "بلماضي", "المدرب الوطني"),
        (
            "وقال المدير الجهوي للصحة بنابل سامي الطرابلسي إن «الوضع خطير».",
            "سامي الطرابلسي",
            "المدير الجهوي للصحة بنابل",
        ),
    ):
        q = one(text, "")
        assert (q.speaker, q.role) == (speaker, role), (text, q)
    q = one(
        'وزار الوزير كمال بوزيان المستشفى الجهوي. وقال المدير الجهوي بوزيان إن "الوضع خطير".',
        "خطير",
    )
    assert "بوزيان" in q.speaker, q
