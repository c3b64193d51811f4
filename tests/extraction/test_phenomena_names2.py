"""Name words that are also titles, verbs or nouns, told from the post by
where they stand: a family name that is a title (المعلم، أديب، الشيخ)
after a post and a first name, a first name with the article (الصديق),
the feminine titles المدعية and المذيعة, and the first name يعرب (the
verb "expresses" elsewhere).

Every article here is written for the test, in invented sentences; each
positive test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_title_word_after_post_and_first_name_is_the_family_name():
    # after a post with its definite genitive and a first name, a title
    # word ending the phrase is the family name (the rule for a place and
    # an apposition, "أمير منطقة عسير الأمير X", needs an indefinite one)
    q = one('قال وزير الخارجية وليد المعلم إن "دمشق لن تتخلى عن حلفائها".', "دمشق لن")
    assert (q.speaker, q.role) == ("وليد المعلم", "وزير الخارجية"), q
    # also before the post of another person, the verb's object
    text = 'استقبل وزير الخارجية سامي المعلم سفير فرنسا، وقال: "العلاقات بين البلدين جيدة".'
    q = one(text, "العلاقات بين")
    assert (q.speaker, q.role) == ("سامي المعلم", "وزير الخارجية"), q


def test_indefinite_title_ending_the_name_is_the_family_name():
    # a title without the article, with no genitive, ending the phrase
    # after a name cannot be a post: the family name
    q = one('قال المذيع عمرو أديب لضيفه: "هل ستترشح للرئاسة؟".', "هل ستترشح")
    assert (q.speaker, q.role) == ("عمرو أديب", "المذيع"), q
    q = one('وقال المدرب محمد شيخ إن "الفريق جاهز للمباراة".', "الفريق جاهز")
    assert (q.speaker, q.role) == ("محمد شيخ", "المدرب"), q
    q = one('قال الرئيس محمد عبد الله أمين إن "الوضع آمن تماما".', "الوضع آمن")
    assert q.speaker == "محمد عبد الله أمين", q


def test_title_word_after_bin_is_the_family_name():
    q = one('قال وزير الفلاحة عز الدين بن الشيخ إن "الصابة قياسية".', "الصابة")
    assert (q.speaker, q.role) == ("عز الدين بن الشيخ", "وزير الفلاحة"), q


def test_al_siddiq_is_a_first_name_after_a_post():
    q = one('قال النائب العام الليبي الصديق الصور إن "لا أحد فوق المساءلة".', "لا أحد")
    assert (q.speaker, q.role) == ("الصديق الصور", "النائب العام الليبي"), q


def test_the_prosecutor_and_the_anchor_are_feminine_titles():
    text = (
        'قالت المدعية العامة سلوى الخطيب إن "المتهم خطط للجريمة مسبقا". '
        'وردت المحامية: "لا دليل على ذلك". '
        'وقالت الخطيب: "تسجيلات الكاميرات تثبت العكس".'
    )
    q = one(text, "المتهم خطط")
    assert (q.speaker, q.role) == ("سلوى الخطيب", "المدعية العامة"), q
    q = one(text, "تسجيلات")
    assert (q.speaker, q.role) == ("سلوى الخطيب", "المدعية العامة"), q
    q = one('وقالت المذيعة هالة سامي إن "البرنامج سيتوقف".', "البرنامج")
    assert (q.speaker, q.role) == ("هالة سامي", "المذيعة"), q


def test_yarub_after_a_title_is_a_first_name():
    for colon in (" إن", ":"):
        q = one(f'قال وزير النقل السوري يعرب بدر{colon} "الخط سيعمل قبل نهاية العام".', "الخط")
        assert (q.speaker, q.role) == ("يعرب بدر", "وزير النقل السوري"), q


def test_near_misses_keep_their_reading():
    # a place and then the prince's title: the post goes on
    q = one('قال أمير منطقة عسير الأمير فيصل بن خالد إن "المنطقة آمنة".', "المنطقة")
    assert (q.speaker, q.role) == ("فيصل بن خالد", "أمير منطقة عسير"), q
    # a title word after بن with no article: the father's name (as before)
    q = one('قال الأمير بندر بن سلطان إن "المملكة قوية".', "المملكة")
    assert q.speaker == "بندر بن سلطان", q
    # a family name with the article after a first name, no title word
    q = one('قال رئيس الوزراء نوري المالكي إن "الوضع آمن".', "الوضع")
    assert (q.speaker, q.role) == ("نوري المالكي", "رئيس الوزراء"), q
    # the bare title alone
    q = one('وقال المعلم إن "الطلاب متفوقون".', "الطلاب")
    assert q.speaker == "المعلم", q
    q = one('وقال النائب العام إن "التحقيق مستمر".', "التحقيق")
    assert q.speaker == "النائب العام", q
    # يعرب the verb: before عن, or before an adverb and عن
    for text in (
        'وزير النقل يعرب عن قلقه ويقول: "الوضع صعب".',
        'وكان الوزير يعرب دائما عن قلقه، وقال: "الوضع صعب".',
        'الوزير يعرب اليوم عن أمله في أن "تنجح المفاوضات".',
    ):
        q = one(text, "الوضع صعب" if "صعب" in text else "تنجح")
        assert "يعرب" not in (q.speaker or ""), (text, q)


def test_family_name_in_lam_met_before_is_the_name():
    # "وأضاف لعمامرة:" after "رمطان لعمامرة": the ل is the name's own,
    # no addressee
    text = (
        'قال المبعوث الأممي رمطان لعمامرة إن "الحوار ممكن". '
        'وقال وزير الخارجية علي يوسف: "الجيش مستعد للتفاوض". '
        'وأضاف لعمامرة: "الشروط المسبقة تعرقل كل شيء".'
    )
    q = one(text, "الشروط")
    assert (q.speaker, q.role) == ("رمطان لعمامرة", "المبعوث الأممي"), q
    # negative: a person named without the ل, then ل + his name is the one
    # spoken to; the subject is elided
    text = (
        'قال الوزير علي عمامرة إن "الحوار ممكن". '
        'وقال المبعوث سامي يوسف: "الجيش مستعد". '
        'وقال لعمامرة: "الشروط تعرقل كل شيء".'
    )
    q = one(text, "الشروط")
    assert q.speaker != "علي عمامرة", q


def test_object_after_the_name_of_a_verb_of_judging_ends_the_name():
    # "انتقد X Y <noun in construct> …": the verb's object after the
    # subject's name, no word of it
    text = (
        "انتقدت الأمينة العامة لحزب العمال سعاد حنون مشروع قانون المالية. "
        'وقالت: "القانون يضرب القدرة الشرائية".'
    )
    q = one(text, "القانون يضرب")
    assert (q.speaker, q.role) == ("سعاد حنون", "الأمينة العامة لحزب العمال"), q
    # a family name with the article, then the object in construct
    text = 'انتقد النائب أحمد فؤاد الشناوي أداء الوزير. وقال: "الأسعار خرجت عن السيطرة".'
    q = one(text, "الأسعار")
    assert (q.speaker, q.role) == ("أحمد فؤاد الشناوي", "النائب"), q


def test_reason_glued_to_lam_after_the_object_ends_its_name():
    # "وانتقد X النائب Y Z لمقاطعته الجلسات": the object (a title, رائد a
    # first name before a family name in -ي) and the reason; X speaks on
    text = (
        'قال رئيس المجلس محسن الدلفي إن "الجلسة ستعقد الأربعاء". '
        "وانتقد الدلفي النائب رائد الحمداني لمقاطعته الجلسات السابقة. "
        'وقال: "لن نسمح بشلل المؤسسة".'
    )
    q = one(text, "لن نسمح")
    assert (q.speaker, q.role) == ("محسن الدلفي", "رئيس المجلس"), q
    q = one('قال النائب رائد الحمداني إن "الجلسة ستعقد".', "الجلسة")
    assert (q.speaker, q.role) == ("رائد الحمداني", "النائب"), q


def test_when_and_whom_after_a_bare_title_are_no_name():
    # "في أول ندوة", "في ختام الجلسة": when he spoke, no post, no name
    q = one('وقال المدرب في أول ندوة صحفية: "الفريق جاهز".', "الفريق")
    assert q.speaker == "المدرب", q
    q = one('وقال رئيس المجلس في ختام الجلسة: "سنرفع التوصيات".', "سنرفع")
    assert q.speaker == "رئيس المجلس", q
    # "التقى الوزير بممثلي …": those met, no name of the minister's
    text = (
        'قال وزير الفلاحة عز الدين بن الشيخ إن "الصابة قياسية". '
        "والتقى الوزير بممثلي اتحاد الفلاحين. "
        'وقال الوزير: "سيتم الترفيع في سعر القبول".'
    )
    q = one(text, "سيتم الترفيع")
    assert (q.speaker, q.role) == ("عز الدين بن الشيخ", "وزير الفلاحة"), q


def test_accusative_title_after_the_name_is_the_second_object():
    # "عين الرئيس X Y Z رئيسا للحكومة" after "Q Z": Z is the one appointed
    # (محمد and محمود share a key: without the rule the later phrase, read
    # as one name, took the earlier person's place)
    text = (
        'قال رئيس الحكومة محمد مصطفى: "السلطة جاهزة". '
        "وقد عين الرئيس محمود عباس مصطفى رئيسا للحكومة في مارس. "
        'وأضاف رئيس الحكومة: "نحتاج إلى دعم كبير".'
    )
    q = one(text, "نحتاج")
    assert (q.speaker, q.role) == ("محمد مصطفى", "رئيس الحكومة"), q


def test_near_misses_of_the_boundary_rules():
    # a verb of saying after the full name: nothing to cut
    q = one('قال النائب أحمد فؤاد الشناوي إن "الأسعار مرتفعة".', "الأسعار")
    assert q.speaker == "أحمد فؤاد الشناوي", q
    # a place after في is still the post's
    q = one('قال الباحث في مركز الدراسات سامي علي إن "الوضع خطير".', "الوضع")
    assert (q.speaker, q.role) == ("سامي علي", "الباحث في مركز الدراسات"), q
    # رائد before the genitive of the post: the astronaut
    q = one('قال رائد الفضاء الروسي إن "المهمة نجحت".', "المهمة")
    assert q.speaker != "الروسي", q


def test_rank_word_no_name_follows_is_the_family_name():
    # المقدم (lieutenant colonel) after a post and a first name, before
    # the verb's definite object: the family name, no rank opening a name
    text = (
        "شكر رئيس بلدية طرابلس رياض المقدم الجيش اللبناني على جهوده. "
        'وتابع: "لن نسمح بعودة النفايات".'
    )
    q = one(text, "لن نسمح")
    assert (q.speaker, q.role) == ("رياض المقدم", "رئيس بلدية طرابلس"), q
    # negative: a rank before a name still opens it, the words before it
    # the post's
    q = one('قال المتحدث باسم الدفاع المدني بمنطقة مكة المقدم سعيد سرحان إن "الوضع آمن".', "الوضع")
    assert q.speaker == "سعيد سرحان", q


def test_the_one_asked_after_the_name_is_no_name_word():
    q = one('وسأل المذيع عمرو أديب ضيفه: "هل ستترشح للرئاسة؟".', "هل ستترشح")
    assert (q.speaker, q.role) == ("عمرو أديب", "المذيع"), q
    q = one('وسأل المذيع عمرو سالم ضيفه: "هل ستترشح للرئاسة؟".', "هل ستترشح")
    assert q.speaker == "عمرو سالم", q
    # negative: a family name in ه that is no pronoun
    q = one('وسأل المذيع عمرو سالم طه: "هل ستترشح للرئاسة؟".', "هل ستترشح")
    assert q.speaker == "عمرو سالم طه", q


def test_the_one_appointed_is_named_with_the_post_after_the_name():
    # "بتعيين X Y Z مديرة عامة …": the appointee, with the post in the
    # accusative after the name, for "وقالت Y Z" later
    text = (
        "أصدر رئيس الحكومة قرارا بتعيين سلمى بن حسين مديرة عامة للمستشفى الجامعي بصفاقس. "
        'وقالت بن حسين في أول تصريح لها: "الأولوية لتحسين الخدمات". '
        'وأضافت: "سنعمل على تقليص مدة الانتظار".'
    )
    for frag in ("الأولوية", "سنعمل"):
        q = one(text, frag)
        assert (q.speaker, q.role) == (
            "سلمى بن حسين",
            "مديرة عامة للمستشفى الجامعي بصفاقس",
        ), q
    # the verbal noun is no name word: "قرر الوزير تعيين X Y"
    q = one('قرر الوزير تعيين سامي علي سفيرا في باريس. وقال علي: "أنا فخور".', "أنا فخور")
    assert "تعيين" not in (q.speaker or ""), q
    # negative: appointing a post with no name before it names nobody
    text = 'طالب النواب بتعيين مدير جديد للمستشفى. وقال النائب سامي علي: "الوضع سيئ".'
    q = one(text, "الوضع")
    assert (q.speaker, q.role) == ("سامي علي", "النائب"), q


def test_complement_and_adverb_after_the_name_are_no_name_words():
    # بـ before a hamza after the name: the verb's complement
    text = (
        "طالب النائب الكويتي مهلهل الضفيري بإحالة ملف الجناسي إلى القضاء. "
        "وكان الوزير فهد سالم قد أعلن سحب الجنسيات. "
        'وقال الضفيري في تصريح: "لا أحد فوق القانون".'
    )
    q = one(text, "لا أحد")
    assert (q.speaker, q.role) == ("مهلهل الضفيري", "النائب الكويتي"), q
    # خلفا ("as successor") after the appointee's name
    text = (
        "أعلن رئيس نادي النجم كريم الحداد، مساء الأحد، تعيين المدرب التونسي منير الجزيري "
        'خلفا للبرتغالي نونو. وأوضح: "نحتاج إلى مدرب يعرف البطولة".'
    )
    q = one(text, "نحتاج")
    assert "خلفا" not in (q.speaker or ""), q


def test_al_miloudi_is_a_first_name_after_a_post():
    text = 'وعلق الأمين العام للاتحاد المغربي للشغل الميلودي المخاريق: "سنرد في الشارع".'
    q = one(text, "سنرد")
    assert (q.speaker, q.role) == ("الميلودي المخاريق", "الأمين العام للاتحاد المغربي للشغل"), q
