"""Given names the engine could read as function words or titles: أمين
(the post أمين عام/أمين السر, or the name Amin) and آن (the particle أنّ
once folded, or the name Anne); names set in marks (with initials, before
a colon, a comma or a post).

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_amin_before_a_name_word_is_the_given_name():
    # after a post, or alone as the verb's subject, أمين before a name
    # word is the given name: the post is the title before it
    q = one('وقال الرئيس الأسبق أمين الجميل "المسيحيون قلقون من المستقبل".', "المسيحيون")
    assert (q.speaker, q.role) == ("أمين الجميل", "الرئيس الأسبق"), q
    q = one('وأضاف وزير الخارجية أمين فرحات "لن نقبل بهذا الاتفاق".', "لن نقبل")
    assert (q.speaker, q.role) == ("أمين فرحات", "وزير الخارجية"), q
    q = one('وقال أمين الحلبي "المسيحيون قلقون من المستقبل".', "المسيحيون")
    assert q.speaker == "أمين الحلبي" and q.role != "أمين الحلبي", q


def test_amin_the_post_keeps_its_office_or_place():
    # negatives: أمين before the office it keeps or the place it governs
    # is the post
    for subject in (
        "أمين عام الأمم المتحدة",
        "أمين السر",
        "أمين عمان الكبرى",
        "أمين عام الحزب",
        "الأمين العام للحزب",
        "أمين منطقة الرياض",
        "أمين مال الحزب",
        "أمين مكتبة الجامعة",
    ):
        q = one(f'وقال {subject} "الوضع خطير جدا".', "الوضع خطير")
        assert q.role == subject, (subject, q)


def test_anne_with_the_madda_before_a_name_word_is_the_given_name():
    # آن written with the madda, before a name word, after a title, a verb
    # of saying or writing or a verb of meeting: the given name, not أنّ
    text = (
        "والتقت السفيرة الأمريكية آن باترسون برئيس الوزراء. "
        'وقالت السفيرة إن "باكستان شريك مهم في المنطقة".'
    )
    q = one(text, "باكستان شريك")
    assert (q.speaker, q.role) == ("آن باترسون", "السفيرة الأمريكية"), q
    q = one('وكتبت آن باترسون في برقيتها أن "باكستان شريك مهم".', "باكستان شريك")
    assert q.speaker == "آن باترسون", q
    q = one('وقالت آن كولتر "الانتخابات لن تغير شيئا".', "الانتخابات")
    assert q.speaker == "آن كولتر", q


def test_the_particle_and_the_verb_are_no_name():
    # negatives: the plain إن/أن, and آن the verb ("it is time") before
    # the article, a preposition or after قد, keep their reading
    text = 'والتقى الوزير سامر الحلبي بالسفير. وقال إن "الوضع مستقر تماما".'
    assert one(text, "الوضع مستقر").speaker == "سامر الحلبي"
    for clause in ("آن الأوان", "لقد آن الأوان", "آن لنا"):
        text = f'وقال الوزير سامر الحلبي إنه {clause} "لنقول الحقيقة كاملة".'
        q = one(text, "لنقول الحقيقة")
        assert q.speaker == "سامر الحلبي", (clause, q)


def test_name_in_marks_with_initials_then_its_post_is_the_subject():
    # a name in marks whose initials carry full stops ("بي.جيه", "ج.و."),
    # then its post after a comma, then أنّ: the verb's subject, no quote
    text = (
        "وصرح «بي.جيه كراولي»، المتحدث باسم وزارة الخارجية الأمريكية، الأربعاء، "
        "بأن السفير عاد إلى واشنطن للتشاور.\n\n"
        "وقال «كراولي»: «أحد الموضوعات التي نخشاها هو أثر التسريبات على علاقاتنا»."
    )
    assert all("كراولي" not in q.text for q in quotes_of(text))
    q = one(text, "أحد الموضوعات")
    assert q.speaker == "بي.جيه كراولي", q
    assert q.role == "المتحدث باسم وزارة الخارجية الأمريكية", q
    text = "مشاورات في القاهرة\n\nأكد «ج.و. بوش»، الرئيس الأمريكي، أن «الحرب على الإرهاب مستمرة»."
    assert all("بوش" not in q.text for q in quotes_of(text))
    q = one(text, "الحرب على الإرهاب")
    assert q.speaker == "ج.و. بوش", q
    assert q.role == "الرئيس الأمريكي", q


def test_name_in_marks_then_its_post_then_the_words_said():
    text = (
        "أزمة في الأسواق\n\n"
        "وقال «جي.بي مورغان»، رئيس البنك، إن «الأسواق ستتعافى قريبا».\n\n"
        "وأضاف: «لا نرى خطرا على الودائع في الوقت الحالي»."
    )
    for fragment in ("الأسواق ستتعافى", "لا نرى خطرا"):
        q = one(text, fragment)
        assert q.speaker == "جي.بي مورغان", (fragment, q)
        assert q.role == "رئيس البنك", (fragment, q)


def test_name_in_marks_then_a_colon_and_words_in_marks():
    # "وقال «X»: «…»": the marks before the colon hold the subject, the
    # marks after it the words, whether or not the name was met before
    for name in ("أحمد عبد الرحمن", "زكي", "سامي المصري"):
        text = (
            f"مشاورات في القاهرة\n\nوقال «{name}»: "
            "«الوضع في المنطقة يتطلب حوارا عاجلا بين الأطراف»."
        )
        assert all(q.text != name for q in quotes_of(text)), name
        q = one(text, "الوضع في المنطقة")
        assert q.speaker == name, (name, q)


def test_name_in_marks_met_before_then_a_comma_and_words_in_marks():
    text = (
        "وقال «حسام زكي»، المتحدث باسم الجامعة، إن الاجتماع مهم. "
        "وقال «زكي»، «الأمر يتطلب وقتا طويلا من الجميع»."
    )
    assert all(q.text != "زكي" for q in quotes_of(text))
    q = one(text, "الأمر يتطلب")
    assert q.speaker == "حسام زكي", q
    assert q.role == "المتحدث باسم الجامعة", q


def test_words_in_marks_before_a_colon_or_comma_stay_words():
    # negative: a slogan or a negation in marks before the colon or the
    # comma is no name; and a name never met before stays as it was
    text = "وقال «لا تراجع»: «هذا شعارنا منذ البداية»."
    assert all(q.speaker != "لا تراجع" for q in quotes_of(text))
    text = "وقال «كفى»، «لن نسكت بعد اليوم على هذا الظلم»."
    assert any(q.text == "كفى" for q in quotes_of(text))
    assert one(text, "لن نسكت").speaker != "كفى"
    text = "وأضاف «ما حدث أمس جريمة»، الرئيس في خطابه."
    assert any(q.text == "ما حدث أمس جريمة" for q in quotes_of(text))


def test_son_of_split_or_glued_is_one_name():
    # "ابن كيران", "بن كيران" and "بنكيران": one person, whose role carries
    for first, later in (
        ("عبد الإله بنكيران", "ابن كيران"),
        ("عبد الإله ابن كيران", "بنكيران"),
        ("عبد الإله بن كيران", "بنكيران"),
    ):
        text = (
            f"قال {first}، الأمين العام لحزب العدالة والتنمية، إن «الحزب سيبقى وفيا لمبادئه».\n\n"
            f"وأضاف {later} «لن نتراجع عن الإصلاح مهما كانت الظروف»."
        )
        q = one(text, "لن نتراجع")
        assert q.speaker == first, (first, later, q)
        assert q.role == "الأمين العام لحزب العدالة والتنمية", (first, later, q)


def test_dropped_first_alif_or_doubled_letter_is_one_name():
    text = (
        "والتقى السفير ريتشارد أولسون بوزير الخارجية أمس.\n\n"
        "وأشار ولسون إلى أن «العلاقات بين البلدين قوية جدا»."
    )
    q = one(text, "العلاقات بين البلدين")
    assert (q.speaker, q.role) == ("ريتشارد أولسون", "السفير"), q
    text = (
        "وقال المبعوث الألماني توماس موللر إن «برلين تدعم الحوار».\n\n"
        "وأضاف مولر «نأمل في اتفاق قريب»."
    )
    q = one(text, "نأمل في اتفاق")
    assert (q.speaker, q.role) == ("توماس موللر", "المبعوث الألماني"), q


def test_similar_names_of_different_people_stay_apart():
    # negative: a name spelt as met before goes to that person, not to one
    # whose name only a loose spelling matches; brothers, father and son
    text = (
        "وقالت السفيرة آن أولسون، سفيرة السويد، إن «ستوكهولم تدعم الحوار».\n\n"
        "وقال السفير ريتشارد ولسون، سفير كندا، إن «أوتاوا قلقة».\n\n"
        "وأضاف ولسون «نتابع الوضع»."
    )
    assert one(text, "نتابع الوضع").speaker == "ريتشارد ولسون"
    text = (
        "وقال الشيخ خالد بن أحمد، وزير الخارجية، إن «المنامة تدعم الحوار».\n\n"
        "وقال الشيخ خالد بن حمد، رئيس اللجنة الأولمبية، إن «الرياضة توحدنا»."
    )
    assert one(text, "الرياضة توحدنا").speaker == "خالد بن حمد"
    text = (
        "وقال جمال مبارك، أمين السياسات في الحزب، إن «الإصلاح مستمر».\n\n"
        "وقال علاء مبارك إن «العائلة بخير»."
    )
    assert one(text, "العائلة بخير").speaker == "علاء مبارك"


def test_title_comma_name_then_words_in_marks():
    # a title, its comma, the name and then the words in marks with no
    # comma or أنّ between: the name speaks, the title is the role
    for title, name in (
        ("رئيس حركة النهضة", "راشد الغنوشي"),
        ("رئيس الوزراء", "نجيب ميقاتي"),
        ("المحامي", "عبد الله الزعبي"),
    ):
        q = one(f"وقال {title}، {name} «لن نسمح بانهيار الدولة أبدا».", "لن نسمح")
        assert (q.speaker, q.role) == (name, title), (title, q)
    # a verb that is no verb of saying: the name is the subject of a verb of
    # saying later in the article
    text = (
        "يتذكّر رئيس حركة النهضة، راشد الغنوشي «اللحظة التاريخية والمأسوية» حين وقف "
        "أمام باب المجلس، معتبرا أن الرئيس «خدع الجميع وانقلب على الديمقراطية».\n\n"
        "ويقول الغنوشي: «كانت لحظة تاريخية ومأسوية»."
    )
    q = one(text, "خدع الجميع")
    assert (q.speaker, q.role) == ("راشد الغنوشي", "رئيس حركة النهضة"), q


def test_title_comma_then_no_name_before_marks_stays():
    # negative: what follows the title's comma is how or when he spoke, or
    # the verb's object, not his name
    for aside in ("بلهجة حادة", "مساء أمس", "في كلمته", "متحدثا للصحفيين", "عقب الاجتماع"):
        q = one(f"وقال رئيس الحزب، {aside} «لن نقبل بهذا القرار أبدا».", "لن نقبل")
        assert q.speaker == "رئيس الحزب", (aside, q)
    text = "ووصف رئيس الحزب، قرار الحكومة «بالمتسرع وغير المدروس». وقالت الحكومة إن «القرار نهائي»."
    assert one(text, "بالمتسرع").speaker == "رئيس الحزب"


def test_a_demonstrative_in_marks_before_a_colon_is_no_name():
    # 17b299a's clause openers, folded: "هؤلاء" (folded هولاء) opens a clause,
    # never a name in marks
    quotes = quotes_of("وقال «هؤلاء الناس»: «نحن هنا باقون».")
    assert all(q.speaker != "هؤلاء الناس" for q in quotes), quotes
