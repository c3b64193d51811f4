"""Posts (the speaker's role) that came out missing or cut: invented
sentences of ordinary news, one construction each.

Every test here fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_post_after_the_name_whose_genitive_is_an_honoured_person():
    # a post after the subject's name, in construct with an honorific or a
    # rank and a name ("محامي الشريف Z Q", "مستشار الدكتور Z Q"): the name is
    # the honoured one's, the whole post is the subject's role
    for post in (
        "محامي الشريف حسن بن زيد",
        "مستشار الدكتور محمد البرادعي",
        "محامي السيد أحمد منصور",
        "سكرتير اللواء خالد العمري",
    ):
        q = one(f'وقال سامر خليل {post} إن "القرار نهائي".', "القرار نهائي")
        assert q.speaker == "سامر خليل", (post, q)
        assert q.role == post, (post, q)


def test_post_after_the_name_with_where_it_is_held_after_the_genitive_name():
    # "سفير الملك Z Q لدى الأمم المتحدة": the genitive title's holder named,
    # then where the post is held; the post is the subject's, all of it
    for post in (
        "سفير الملك محمد السادس لدى الأمم المتحدة",
        "سفير الملك عبد الله الثاني لدى الأمم المتحدة",
    ):
        q = one(f'وقال عمر هلال {post} إن "المغرب متمسك بموقفه".', "متمسك")
        assert q.speaker == "عمر هلال", (post, q)
        assert q.role == post, (post, q)
    q = one(
        'وقال علاء الخصاونة محامي الشريف حسن بن زيد لفرانس برس إن "موكلي بريء".',
        "موكلي بريء",
    )
    assert q.role == "محامي الشريف حسن بن زيد", q


def test_honorific_after_a_complete_post_or_a_verb_of_telling_is_left():
    # an honorific after a post complete with its definite genitive opens
    # the holder's name, and after a verb of telling the post is the one
    # told: neither is the subject's role
    q = one('وقال سامر خليل وزير الخارجية الدكتور رياض المالكي إن "القرار نهائي".', "القرار")
    assert q.speaker == "سامر خليل", q
    assert q.role is None, q
    q = one('أبلغ سامر خليل محامي الشريف حسن بن زيد أن "القرار نهائي".', "القرار")
    assert q.speaker == "سامر خليل", q
    assert q.role is None, q


def test_acting_is_part_of_the_post_never_a_name():
    # بالنيابة/بالوكالة/بالإنابة complete the post they follow (acting), in
    # an apposition, before the name or after it: never the name itself,
    # never a break of the phrase
    q = one('وقال الوزير، رئيس الحكومة بالنيابة، إن "الوضع تحت السيطرة".', "السيطرة")
    assert q.speaker == "الوزير", q
    assert q.role == "رئيس الحكومة بالنيابة", q
    for acting in ("بالنيابة", "بالوكالة"):
        q = one(f'وقال القائم بالأعمال {acting} جون سميث "نحن نتابع الوضع عن كثب".', "نتابع")
        assert q.speaker == "جون سميث", (acting, q)
        assert q.role == f"القائم بالأعمال {acting}", (acting, q)
        q = one(f'وقال محمد علي رئيس الحكومة {acting} إن "الوضع تحت السيطرة".', "السيطرة")
        assert q.speaker == "محمد علي", (acting, q)
        assert q.role == f"رئيس الحكومة {acting}", (acting, q)


def test_on_behalf_of_is_no_part_of_the_post():
    # "بالنيابة عن"/"بالوكالة عن" (on behalf of) is whom the speaker spoke
    # for, after his title: the title alone is the speaker
    for acting in ("بالنيابة", "بالوكالة", "بالإنابة"):
        q = one(f'وقال الوزير {acting} عن الرئيس إن "الوضع تحت السيطرة".', "السيطرة")
        assert q.speaker == "الوزير", (acting, q)
        assert q.role == "الوزير", (acting, q)
    q = one('وقال محمد علي بالنيابة عن زملائه إن "الوضع تحت السيطرة".', "السيطرة")
    assert (q.speaker, q.role) == ("محمد علي", None), q


def test_body_in_marks_glued_to_lam_stays_in_the_post():
    # a post whose body is named in marks after a glued لـ keeps the body,
    # whether the post comes after the name, between commas or before it
    # with the holder's name after the marks (whatever the body's name)
    for text in (
        "وقال حسن نصرالله الأمين العام لـ«حزب الله» إن «المقاومة جاهزة».",
        "وقال حسن نصرالله، الأمين العام لـ«حزب الله»، إن «المقاومة جاهزة».",
        "وقال الأمين العام لـ«حزب الله» السيد حسن نصرالله إن «المقاومة جاهزة».",
    ):
        q = one(text, "المقاومة جاهزة")
        assert q.speaker == "حسن نصرالله", (text, q)
        assert q.role == "الأمين العام لـ«حزب الله»", (text, q)
    q = one('وقال رئيس المكتب السياسي لـ"حماس" إسماعيل هنية إن "الحركة لن تشارك".', "لن تشارك")
    assert q.speaker == "إسماعيل هنية", q
    assert q.role == 'رئيس المكتب السياسي لـ"حماس"', q


def test_post_with_a_body_in_marks_goes_on_to_later_quotes():
    # the post read whole at the first mention ("والأمين العام لـ«حزب
    # الله» السيد X") is the role of the person's later quotes; a body's name
    # in marks after "حديث … لـ" is no statement of the post's holder
    text = (
        "التقى الرئيس أمين الجميل والأمين العام لـ«حزب الله» السيد حسن نصرالله "
        "بعد اغتيال النائب بيار الجميل. وكشفت البرقية أن الجميل فوجئ لدى حديث "
        "الامين العام لـ«حزب الله» عن رجال المخابرات، إذ اعتبرهم «بلا أخلاق "
        "ويسعون وراء المال» قائلا انه حاول «تنبيه بشار إلى السلوك غير السوي»."
    )
    for fragment in ("بلا أخلاق", "تنبيه بشار"):
        q = one(text, fragment)
        assert q.speaker == "حسن نصرالله", (fragment, q)
        assert q.role == "الأمين العام لـ«حزب الله»", (fragment, q)


def test_outlet_in_marks_after_a_title_stays_the_addressee():
    # an outlet in marks after the title (no name after it) is the one
    # told, and one after the name's comma too: not the post's body
    q = one("وقال الوزير لـ«الشروق» إن «المقاومة جاهزة».", "المقاومة")
    assert (q.speaker, q.role) == ("الوزير", "الوزير"), q
    q = one("وقال أحمد علي، المتحدث باسم الحكومة، لـ«الشروق» إن «الوضع جيد».", "الوضع")
    assert (q.speaker, q.role) == ("أحمد علي", "المتحدث باسم الحكومة"), q
    q = one("وقال رئيس الوزراء لـ«الشرق الأوسط» السبت إن «الوضع جيد».", "الوضع")
    assert q.speaker == "رئيس الوزراء", q


def test_body_in_marks_after_the_preposition_of_the_post():
    # "الناطق باسم «…»": the body a spokesman speaks for, in marks, is part
    # of the post, with the holder's name after it or none
    q = one('وقال الناطق باسم «كتائب القسام» أبو عبيدة إن "الحركة لن تشارك".', "لن تشارك")
    assert (q.speaker, q.role) == ("أبو عبيدة", "الناطق باسم «كتائب القسام»"), q
    q = one('وقال المتحدث باسم "الجبهة الشعبية" سامي فؤاد إن "الحركة لن تشارك".', "لن تشارك")
    assert (q.speaker, q.role) == ("سامي فؤاد", 'المتحدث باسم "الجبهة الشعبية"'), q
    q = one('وقال الناطق باسم «حماس» إن "الحركة لن تشارك".', "لن تشارك")
    assert q.role == "الناطق باسم «حماس»", q


def test_words_in_marks_after_a_title_with_a_complete_post_stay_speech():
    # a post complete with its genitive, then its words in marks: the marks
    # hold speech, no body of the post
    q = one("وقال المتحدث باسم الحكومة «الوضع مأساوي».", "مأساوي")
    assert (q.speaker, q.role) == ("المتحدث باسم الحكومة", "المتحدث باسم الحكومة"), q


def test_post_in_apposition_naming_its_genitive_goes_on_to_later_quotes():
    # told once outside speech, after the name's comma, a post whose
    # genitive is a title or an honorific and its holder's name ("X،
    # محامي الشريف Z W.") is the role of the person's later quotes
    for post in ("محامي الشريف حسن بن زيد", "محامي المتهم حسن بن زيد", "سكرتير الدكتور سامي نور"):
        text = f'وحضر الجلسة علاء الخصاونة، {post}. وقال الخصاونة إن "المحكمة رفضت طلبنا".'
        q = one(text, "رفضت طلبنا")
        assert q.role == post, (post, q)


def test_post_naming_another_holder_after_a_name_stays_no_role():
    # without the comma, a post complete with its genitive and a name after
    # the name outside speech may be the verb's object: no role
    text = 'واستقبل علاء الخصاونة رئيس الوزراء حسن بن زيد. وقال الخصاونة إن "المحكمة رفضت".'
    q = one(text, "المحكمة رفضت")
    assert q.role is None, q


def test_honorific_right_after_a_post_in_construct_names_its_genitive():
    # "وقال محامي الدكتور X Y": the honorific right after a post in
    # construct is the post's genitive, the name the honoured one's; the
    # speaker is the one the whole phrase describes, not the honoured name
    for subject in (
        "محامي الدكتور محمد البرادعي",
        "سكرتير الدكتور محمد البرادعي",
        "مستشار الشيخ محمد بن راشد",
        "محامي الشريف حسن بن زيد",
    ):
        q = one(f'وقال {subject} إن "القرار نهائي".', "القرار نهائي")
        assert q.speaker == subject, (subject, q)
        assert q.role == subject, (subject, q)
    q = one('وأكدت محامية الدكتورة سعاد حسن أن "القرار نهائي".', "القرار نهائي")
    assert q.speaker == "محامية الدكتورة سعاد حسن", q


def test_honorific_after_a_complete_post_or_a_royal_style_opens_the_name():
    # after a post complete with its genitive, or in a royal style
    # ("صاحب السمو"), the honorific opens the holder's own name
    q = one('وقال وزير الخارجية الشيخ عبدالله بن زايد إن "القرار نهائي".', "القرار")
    assert (q.speaker, q.role) == ("عبدالله بن زايد", "وزير الخارجية"), q
    q = one('وقال رئيس الوزراء الدكتور محمد علي إن "القرار نهائي".', "القرار")
    assert (q.speaker, q.role) == ("محمد علي", "رئيس الوزراء"), q
    q = one('وقال صاحب السمو الملكي الأمير سلمان بن عبد العزيز إن "القرار نهائي".', "القرار")
    assert q.speaker == "سلمان بن عبد العزيز", q
    # and the person named after the phrase's comma is the speaker
    q = one('قال محامي الشريف حسن بن زيد، علاء الخصاونة، إن "موكلي بريء".', "موكلي")
    assert (q.speaker, q.role) == ("علاء الخصاونة", "محامي الشريف حسن بن زيد"), q
