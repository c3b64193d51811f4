"""Unnamed posts that end on where they are held (بـ + a place) and names or
acronyms in brackets after the speaker (session of 2026-12-03).

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


def test_name_in_brackets_after_an_unnamed_post_is_the_speaker():
    # "وقال المتحدث باسم الخارجية الصينية (وانغ ون بين) إن": a post, then
    # the holder's name in brackets: he speaks, the post his role
    for text, speaker, role in (
        (
            "وقال المتحدث باسم وزارة الزراعة الهندية (راجيف كومار) إن «المحصول وفير».",
            "راجيف كومار",
            "المتحدث باسم وزارة الزراعة الهندية",
        ),
        (
            "وقالت الناطقة باسم المفوضية الأوروبية (نبيلة مصرالي) إن «الاتحاد قلق».",
            "نبيلة مصرالي",
            "الناطقة باسم المفوضية الأوروبية",
        ),
        (
            "وأكد وزير الداخلية الموريتاني (محمد ولد أحمد سالم) أن «الأمن مستتب».",
            "محمد ولد أحمد سالم",
            "وزير الداخلية الموريتاني",
        ),
        (
            "وقال الناطق باسم الجيش (العقيد سامر حداد) إن «القوات تقدمت».",
            "سامر حداد",
            "الناطق باسم الجيش",
        ),
        (
            # a name's word that is also a preposition, inside the brackets
            "وقال المتحدث باسم الحكومة اليمنية (باسم الحميري) إن «صنعاء ترفض الاتفاق».",
            "باسم الحميري",
            "المتحدث باسم الحكومة اليمنية",
        ),
    ):
        q = one(text, "")
        assert (q.speaker, q.role) == (speaker, role), (text, q)


def test_acronym_in_brackets_after_a_body_is_no_part_of_its_name():
    # "وكالة الأنباء السعودية (واس)": the acronym aside after the body's
    # name is no part of it
    for text, speaker in (
        ("وقالت وكالة الأنباء القطرية (قنا) إن «الأمير استقبل الوفد».", "وكالة الأنباء القطرية"),
        ("وقالت منظمة أطباء العالم (MDM) إن «المستشفى قصف».", "منظمة أطباء العالم"),
        ("وذكرت الوكالة الوطنية للإعلام (NNA) أن «الجيش انتشر».", "الوكالة الوطنية للإعلام"),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_brackets_that_stay():
    # negatives: an alias after a name, a body's name in brackets after its
    # label, an acronym after a post's body
    q = one("وقال القيادي في الحركة سامي يوسف (أبو خالد) إن «المقاومة مستمرة».", "")
    assert (q.speaker, q.role) == ("سامي يوسف", "القيادي في الحركة"), q
    q = one("وقالت منظمة (أطباء العالم) إن «المستشفى قصف».", "")
    assert q.speaker == "منظمة (أطباء العالم)", q
    q = one("وقال مدير الوكالة الوطنية للتشغيل (أنابيك) إن «البطالة تراجعت».", "")
    assert q.speaker == "مدير الوكالة الوطنية للتشغيل (أنابيك)", q
    # a body or a place without the article, its own name in brackets
    for text in (
        "وقال مدير مستشفى (شهداء الأقصى) إن «الوضع خطير».",
        "وقال عضو المكتب السياسي لحركة (فتح الانتفاضة) إن «الوضع خطير».",
    ):
        q = one(text, "")
        assert q.speaker == text[5 : text.index(")") + 1], (text, q)


def test_aside_in_brackets_after_a_post_is_no_name():
    # negatives: an aside, an age or an adjective in brackets after the
    # post names no one
    for text in (
        "وقال وزير المالية (في إشارة إلى المعارضة) إن «الميزانية متوازنة».",
        "وقال مدير الشركة (45 عاما) إن «الميزانية متوازنة».",
        "وقال وزير المالية (المستقيل) إن «الميزانية متوازنة».",
    ):
        q = one(text, "متوازنة")
        assert q.speaker is None or q.speaker.startswith(("وزير", "مدير")), (text, q)
