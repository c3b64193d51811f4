"""Which earlier person a follow-up verb of saying with no subject of its
own goes to (session carry2, 2026-12-03).

Every article here is invented for the test; each positive test fails
without the rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_person_inside_the_that_clause_of_the_sentence_before_does_not_go_on():
    # "واعتبر أن …، لافتا إلى أن وزير خارجية X أكد له …. وتابع: «…»": the
    # person named inside what the speaker reported (the subject of a verb
    # in the that-clause of a verb with no subject of its own) is what he
    # told of; the speaker goes on
    for text, fragment, speaker in (
        (
            'أكد وزير الداخلية سليم حداد أن "الأمن مستتب في كل المناطق". واعتبر أن '
            "على الحكومة الإسراع بالتعيينات، لافتا إلى أن وزير خارجية قطر أكد له "
            'وقوف قطر إلى جانب لبنان. وتابع: "أبلغني الرجل أنه سيزور بيروت قريبا جدا".',
            "سيزور بيروت",
            "سليم حداد",
        ),
        (
            'قال النائب وليد عيسى: "المجلس سيجتمع الأسبوع المقبل". وأوضح أن سفير '
            "فرنسا أبلغ رئيس المجلس نبيه خليل دعم باريس للمؤتمر. وتابع: "
            '"سنطلب دعما إضافيا من الدول الصديقة".',
            "دعما إضافيا",
            "وليد عيسى",
        ),
        (
            'أكد رئيس البلدية مروان طه أن "المشروع سينطلق قريبا". ولفت إلى أن '
            "مسؤولا أوروبيا رفيعا أبلغ المحافظ سمير ناصيف موافقة الاتحاد على "
            'التمويل. وأضاف: "وصلتنا الرسالة الرسمية أمس".',
            "الرسالة الرسمية",
            "مروان طه",
        ),
        # no quote of his before: the chain of his verbs goes on past the
        # verb inside the that-clause
        (
            "قال وزير الإعلام نادر كرم إن الحكومة مستمرة. واعتبر أن الأزمة "
            "عابرة، لافتا إلى أن وزير خارجية مصر أكد له وقوف مصر إلى جانب لبنان. "
            'وتابع: "أبلغني الوزير أن القاهرة ستدعمنا بكل قوة".',
            "ستدعمنا",
            "نادر كرم",
        ),
    ):
        q = one(text, fragment)
        assert q.speaker == speaker, (fragment, q)


def test_subject_of_the_first_verb_of_saying_of_the_sentence_before_still_goes_on():
    # negatives: the sentence before opens with a verb of saying and its own
    # subject, who goes on (today's answer)
    q = one(
        'قال الوزير سامي فؤاد إن "الاقتصاد يتحسن". وقال وزير الإعلام رامي نصر '
        "في مؤتمر صحفي، إن الحكومة ستجتمع غدا. وأضاف قائلا: "
        '"سنعلن القرارات بعد الجلسة".',
        "سنعلن القرارات",
    )
    assert q.speaker == "رامي نصر", q
    q = one(
        'قال النائب وليد عيسى: "المجلس سيجتمع الأسبوع المقبل". وقال رئيس '
        "الحكومة فؤاد سالم إن سفير فرنسا أبلغ المجلس دعم باريس. وتابع: "
        '"سنطلب دعما إضافيا من الدول الصديقة".',
        "دعما إضافيا",
    )
    assert q.speaker == "فؤاد سالم", q
    q = one(
        "ذكرت البرقية أن مسؤولا كويتيا رفيعا أبلغ السفيرة ديبرا جونز أن الوضع "
        'مقلق. وأضاف المسؤول: "نحن قلقون جدا من التطورات".',
        "قلقون",
    )
    assert q.speaker == "مسؤول كويتي رفيع", q


def test_the_latter_as_subject_of_a_verb_opening_a_clause_goes_on():
    # "لقاء بين السفير X ورئيس الحزب Y، قدّم الأخير خلاله رأيه بالأمين العام
    # Z، فقال «…»": "the latter", subject of a verb (not one of saying) that
    # opens a clause, is the last person named before it; the verb of
    # saying after it goes on with him, not with Z met in the object nor
    # with the subject of the sentence's first verb
    for text, fragment, speaker in (
        (
            "جرى لقاء بين السفير البريطاني توم فليتشر ورئيس حزب الأحرار دوري "
            "شمعون في منزله، عرض الأخير خلاله موقفه من رئيس الحكومة نجيب ميقاتي، "
            'فقال "ميقاتي لم يف بأي وعد قطعه للبنانيين".',
            "لم يف",
            "دوري شمعون",
        ),
        (
            "جمع عشاء السفير الأمريكي جون بيرس ورئيس الحزب الديمقراطي نزار حمود، "
            "وقدم الأخير خلاله تقييمه لأداء وزير الدفاع سمير عطية، فقال: "
            '"عطية لا يملك أي رؤية للمؤسسة".',
            "لا يملك",
            "نزار حمود",
        ),
        (
            "التقى النائب فريد مراد بالسفير الروسي إيغور بانين، وعرض هذا الأخير "
            "رؤية بلاده للأزمة ولموقف الرئيس فيكتور زورين، وقال إن "
            '"موسكو لن تتخلى عن حلفائها".',
            "لن تتخلى",
            "إيغور بانين",
        ),
        (
            "واستقبل وزير الخارجية سامي عيد نظيره القبرصي نيكوس خريستو، وشرح "
            'الأخير موقف بلاده من الأزمة، وقال إن "نيقوسيا تدعم الحل السياسي".',
            "تدعم الحل",
            "نيكوس خريستو",
        ),
        (
            "وزار الرئيس نبيل حداد رئيسة الوزراء ليلى منصور، فحملت الأخيرة "
            "خلالها رسالة إلى الرئيس السابق فؤاد نعمة، وقالت: "
            '"الرسالة تتضمن دعوة للحوار".',
            "دعوة للحوار",
            "ليلى منصور",
        ),
    ):
        q = one(text, fragment)
        assert q.speaker == speaker, (fragment, q)


def test_the_latter_as_object_or_with_a_subject_between_keeps_todays_answer():
    # negatives: "الأخير" the verb's object (a preposition after it, no
    # object of its own), a verb of saying with it ("فوصف الأخير … بـ"), or
    # another verb with its own subject between it and the verb of saying
    for text, fragment, speaker in (
        (
            "وهاجم الوزير سعيد نادر النائب كمال فارس، واتهم الأخير بالفساد "
            'والهدر، وقال: "لن نسكت بعد اليوم عن الهدر".',
            "لن نسكت",
            "سعيد نادر",
        ),
        (
            "وانتقد الوزير سعيد نادر النائب كمال فارس، ثم التقى الأخير في مكتبه، "
            'وقال: "الحوار هو السبيل الوحيد".',
            "السبيل الوحيد",
            "سعيد نادر",
        ),
        (
            "واتصل الوزير سامي عيد بالسفير جون بيرس، وهنأ الأخير بمنصبه الجديد، "
            'وقال: "نتطلع إلى تعاون مثمر".',
            "تعاون مثمر",
            "سامي عيد",
        ),
        (
            "واستقبل الوزير سامي عيد السفير جون بيرس، ومنح الأخير وسام الأرز "
            'الوطني، وقال: "السفير صديق كبير للبنان".',
            "صديق كبير",
            "سامي عيد",
        ),
        # a noun with "the latter" for its genitive opens the clause, an
        # adjective after them: no verb
        (
            "والتقى الوزير سامي عيد بالسفير جون بيرس، وموقف الأخير الرسمي "
            'معروف، وقال: "نحن نحترم كل المواقف".',
            "نحترم",
            "سامي عيد",
        ),
        (
            "جرى لقاء بين السفير البريطاني توم فليتشر ورئيس حزب الأحرار دوري "
            "شمعون، وعرض الأخير خطته، وأكد الوزير سامي عيد أنها جيدة، وقال: "
            '"سندعم هذه الخطة بكل قوة".',
            "سندعم",
            "سامي عيد",
        ),
    ):
        q = one(text, fragment)
        assert q.speaker == speaker, (fragment, q)
    qs = extract(
        "لم تقف تصريحات الوزير عند هذا الحد، بل فجّر غضبه على النائب ميشال "
        "سليم، فوصف الأخير أمام الصحفيين بالانتهازي، مشيرا الى أن "
        '"سليم يلتصق بكل من يملك السلطة".'
    )
    assert [q.speaker for q in qs] != ["ميشال سليم"], qs
