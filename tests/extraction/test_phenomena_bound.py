"""Where a post ends and its holder's name begins (name boundaries).

Every sentence here is invented; the positive tests fail before the rule
they test.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_post_whose_last_word_cannot_end_it_runs_to_a_given_name():
    # a title and its bare genitive ("مدير صحة"), a place or a title glued
    # to بـ/لـ without the article ("بمستشفى", "لقائد") or a preposition
    # left after the post ("في تعز") is no name's start: the post's genitive
    # runs to the common given name that opens the name
    for text, speaker, role in (
        (
            "قال مدير صحة حمص ماجد الشامي إن «المستشفيات ممتلئة».",
            "ماجد الشامي",
            "مدير صحة حمص",
        ),
        (
            "وقال نائب مدير تربية درعا سامر الحوراني إن «المدارس ستفتح».",
            "سامر الحوراني",
            "نائب مدير تربية درعا",
        ),
        (
            "أكد رئيس قسم الجراحة بمستشفى باستور خالد المرزوقي أن «العمليات مستمرة».",
            "خالد المرزوقي",
            "رئيس قسم الجراحة بمستشفى باستور",
        ),
        (
            "قال المستشار الإعلامي لقائد الحرس الوطني سامي الغامدي إن «الوضع هادئ».",
            "سامي الغامدي",
            "المستشار الإعلامي لقائد الحرس الوطني",
        ),
        (
            "قال رئيس مجلس مدينة القصير عمار الحسن إن «الطرق ستؤهل».",
            "عمار الحسن",
            "رئيس مجلس مدينة القصير",
        ),
        (
            "قال رئيس مجلس بلدة كفرنبل سامر الأحمد إن «الطرق ستؤهل».",
            "سامر الأحمد",
            "رئيس مجلس بلدة كفرنبل",
        ),
        (
            "وقال مدير الإعلام بمكتب التربية في إب فيصل العديني إن «الامتحانات تأجلت».",
            "فيصل العديني",
            "مدير الإعلام بمكتب التربية في إب",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)


def test_later_surname_resolves_to_the_name_after_the_long_post():
    text = "قال مدير صحة حمص ماجد الشامي إن «المستشفيات ممتلئة». وأضاف الشامي: «نحتاج إلى أدوية»."
    qs = extract(text)
    assert [q.speaker for q in qs] == ["ماجد الشامي", "ماجد الشامي"], qs
    assert qs[1].role == "مدير صحة حمص", qs[1]


def test_name_after_a_complete_post_is_read_as_before():
    # near misses: the post is complete (the article, a nisba, a rank or an
    # honorific before the name), the word after it is itself a given
    # name, or a place of that kind is a description ("مدير مدرسة")
    for text, speaker, role in (
        ("قال مدير صحة سامي أحمد الخطيب إن «الوضع مستقر».", "سامي أحمد الخطيب", "مدير صحة"),
        ("قال مدير عام نزار الحلبي إن «الوضع مستقر».", "نزار الحلبي", "مدير عام"),
        (
            "قال رئيس حزب تواصل محمد الهاشمي إن «الوضع مستقر».",
            "محمد الهاشمي",
            "رئيس حزب تواصل",
        ),
        (
            "قال الطبيب في مستشفى الشفاء محمد أبو سلمية إن «الوضع مستقر».",
            "محمد أبو سلمية",
            "الطبيب في مستشفى الشفاء",
        ),
        ("قال الوزير هشام محمد علي إن «الوضع مستقر».", "هشام محمد علي", "الوزير"),
        (
            "قال نائب رئيس بلدية صيدا أحمد الزين إن «الوضع مستقر».",
            "أحمد الزين",
            "نائب رئيس بلدية صيدا",
        ),
        (
            "قال محافظ المنطقة الشرقية اللواء سامي العتيبي إن «الوضع مستقر».",
            "سامي العتيبي",
            "محافظ المنطقة الشرقية",
        ),
        (
            "قال مدير مدرسة ريما خالد العلي إن «الوضع مستقر».",
            "ريما خالد العلي",
            "مدير مدرسة",
        ),
        (
            "قال رئيس تحرير صحيفة الأخبار إبراهيم الأمين إن «الوضع مستقر».",
            "إبراهيم الأمين",
            "رئيس تحرير صحيفة الأخبار",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)


def test_article_word_after_abd_is_the_compound_first_name():
    # "عبد الملك": after عبد a word with the article (a title word too,
    # الملك) is the second half of the first name, never a post after it
    for text, speaker, role in (
        ("وقال عبد الملك الحيدري إن «القرار خاطئ».", "عبد الملك الحيدري", None),
        ("وقال القيادي عبد الملك الحيدري إن «القرار خاطئ».", "عبد الملك الحيدري", "القيادي"),
        (
            "نقلت وكالة الأنباء عن القيادي البارز عبد الملك الحيدري قوله إن «القرار خاطئ».",
            "عبد الملك الحيدري",
            "القيادي البارز",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)
    qs = extract("وقال الوزير عبد الملك الحيدري إن «القرار خاطئ». وأضاف الحيدري: «سنطعن فيه».")
    assert [q.speaker for q in qs] == ["عبد الملك الحيدري"] * 2, qs


def test_title_after_a_full_name_with_abd_stays_a_post():
    # near misses: the title after a complete name is still his post
    for text, speaker, role in (
        (
            "وقال عبد الله الخطيب الأمين العام للمجلس إن «القرار خاطئ».",
            "عبد الله الخطيب",
            "الأمين العام للمجلس",
        ),
        (
            "وقال عبد الرحمن سالم الوزير السابق إن «القرار خاطئ».",
            "عبد الرحمن سالم",
            "الوزير السابق",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)


def test_what_was_discussed_or_a_state_after_a_name_is_no_word_of_it():
    # "بحث X مع Y Z سبل تعزيز …": what was discussed (سبل، آفاق، أوجه،
    # مستجدات، تطورات) after the name met is the verb's object; "إبقاء X Y
    # بحالة سراح", "X Y بتهمة …": a state or a charge glued to بـ
    for text, speaker in (
        (
            "بحث وزير الخارجية سامي الحداد، اليوم، مع وزير الخارجية اليوناني "
            "نيكوس ديندياس سبل تعزيز التعاون. وقال ديندياس إن «بلاده تدعم الجهود».",
            "نيكوس ديندياس",
        ),
        (
            "ناقش رئيس الوزراء خالد العمر مع السفير الإسباني خوان غارسيا أوجه التعاون. "
            "وقال غارسيا إن «مدريد تدعم الجهود».",
            "خوان غارسيا",
        ),
        (
            "قرر قاضي التحقيق إبقاء الوزير الأسبق منير الطرابلسي بحالة سراح. "
            "وقال الطرابلسي إن «الملف فارغ».",
            "منير الطرابلسي",
        ),
        (
            "أوقفت الشرطة الناشط كريم العياري بتهمة التحريض. وقال العياري إن «التهمة ملفقة».",
            "كريم العياري",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_informed_after_a_sources_nisbas_is_its_adjective():
    # "مصدر قضائي مطلع": مطلع after the source's nisbas is "informed" (the
    # phrase stopped there, reading "the start of" a period)
    for text, speaker in (
        ("وقال مصدر قضائي مطلع لـ«الصباح» إن «القاضي سيستدعي الوزير».", "مصدر قضائي مطلع"),
        ("وقال مصدر حكومي مطلع إن «القرار نهائي».", "مصدر حكومي مطلع"),
        ("وقال مسؤول عراقي مطلع لرويترز إن «المحادثات متعثرة».", "مسؤول عراقي مطلع"),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_start_of_a_period_after_a_source_stays_a_time():
    # near misses: "مطلع الشهر", "مطلع مارس" after the source tell when
    for text in (
        "وقال مصدر أمني مطلع الشهر الجاري إن «القرار نهائي».",
        "وقال مصدر أمني مطلع مارس الماضي إن «القرار نهائي».",
    ):
        q = one(text, "")
        assert q.speaker == "مصدر أمني", (text, q)


def test_outlet_glued_to_lil_after_an_anonymous_source_is_the_one_told():
    # "مصدر عسكري سوداني للجزيرة إن": a word glued to لل right before أنّ,
    # a colon or a mark, after an anonymous source and its nisbas, is the
    # outlet he spoke to, no word of his description
    for text, speaker in (
        ("قال مصدر عسكري ليبي للجزيرة إن «القوات انسحبت».", "مصدر عسكري ليبي"),
        ("قال مسؤول أمني للشرق إن «الهجوم أحبط».", "مسؤول أمني"),
        ("وقال مصدر طبي فلسطيني للأناضول: «المستشفى خرج عن الخدمة».", "مصدر طبي فلسطيني"),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_body_glued_to_lil_inside_a_sources_description_stays():
    # near misses: the لل word goes on (its adjective), or a word that is
    # no nisba stands before it
    for text, speaker in (
        ("قال مسؤول أممي للشؤون الإنسانية إن «الوضع كارثي».", "مسؤول أممي للشؤون الإنسانية"),
        ("قال مصدر مقرب للرئاسة إن «الوضع كارثي».", "مصدر مقرب للرئاسة"),
        (
            "قال مسؤول في المنظمة الدولية للهجرة إن «الوضع كارثي».",
            "مسؤول في المنظمة الدولية للهجرة",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_judge_addressed_after_his_post_is_no_part_of_it():
    # "المدعي العام التمييزي القاضي X": القاضي after a complete post is how
    # the name is addressed (as a rank or النائب/السفير are), not the post's
    for text, speaker, role in (
        (
            "قال المدعي العام التمييزي القاضي كريم حداد إن «القرار باطل».",
            "كريم حداد",
            "المدعي العام التمييزي",
        ),
        ("قال رئيس المحكمة القاضي كريم حداد إن «القرار باطل».", "كريم حداد", "رئيس المحكمة"),
        ("قالت رئيسة المحكمة القاضية ليلى الحسن إن «القرار باطل».", "ليلى الحسن", "رئيسة المحكمة"),
        # near misses: the judge alone, or the judge the post's genitive
        ("وقال القاضي كريم حداد إن «القرار باطل».", "كريم حداد", "القاضي"),
        ("وقال محامي القاضي كريم حداد إن «القرار باطل».", "كريم حداد", "محامي القاضي"),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)


def test_ali_with_its_ya_before_a_family_name_and_the_verbs_ala_is_the_name():
    # "علق المتحدث باسم المجلس علي X ،على الانفجار": علي spelt with its ya,
    # a family name, then على spelt with alif maqsura (a comma between):
    # the name Ali; the verb's على comes next
    for text, speaker, role in (
        (
            "علق المتحدث الرسمي باسم المجلس الوطني علي الكثيري ،على الانفجار في المدينة "
            "وقال: «هذا عمل إرهابي».",
            "علي الكثيري",
            "المتحدث الرسمي باسم المجلس الوطني",
        ),
        (
            "وعلق الوزير علي مسعود على الانفجار قائلا: «هذا عمل إرهابي».",
            "علي مسعود",
            "الوزير",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)


def test_ala_spelt_with_ya_before_its_object_stays_the_preposition():
    # near misses: علي before a common noun (the article and no nisba, or ة)
    # is على so spelt, even with a second على after it
    for text, speaker in (
        ("وعلق الوزير علي القرار على الفور قائلا: «هذا عمل إرهابي».", "الوزير"),
        ("وعلق المتحدث علي الحادث على الفور، وقال: «هذا عمل إرهابي».", "المتحدث"),
        ("وشدد الوزير علي ضرورة الالتزام، على حد قوله: «هذا عمل إرهابي».", "الوزير"),
    ):
        q = one(text, "")
        assert q.speaker == speaker, (text, q)


def test_city_after_a_post_in_construct_is_its_genitive():
    # "مدير أمن عدن X Y": a city without the article after a title's bare
    # genitive is the post's, like a country or a capital ("مدرب منتخب
    # مصر X"), whatever the first name
    for text, speaker, role in (
        ("قال مدير أمن عدن مطهر الشعيبي إن «الوضع مستقر».", "مطهر الشعيبي", "مدير أمن عدن"),
        ("قال قائد شرطة دبي ضاحي الكتبي إن «الوضع مستقر».", "ضاحي الكتبي", "قائد شرطة دبي"),
        ("قال مدير تربية إدلب نزيه الحموي إن «الوضع مستقر».", "نزيه الحموي", "مدير تربية إدلب"),
        # near misses: the post alone, a country in construct
        ("قال مدير أمن عدن إن «الوضع مستقر».", "مدير أمن عدن", "مدير أمن عدن"),
        ("قال مدرب منتخب مصر كمال حسن إن «الوضع مستقر».", "كمال حسن", "مدرب منتخب مصر"),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)
