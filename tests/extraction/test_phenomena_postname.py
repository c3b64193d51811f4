"""Where a post that ends in a place's or a body's own name ends and the
holder's name begins (probes of 2026-12-03).

Every article here is invented for the test; each positive test fails
without the rule it names.
"""

from tests.extraction.helpers import one


def test_place_head_inside_a_body_takes_the_place_name():
    # "المتحدثة باسم حكومة إقليم X Y": the body's genitive is a place head,
    # which takes the place's own name; the person's name follows
    for subject, speaker, role in (
        (
            "المتحدثة باسم حكومة إقليم كردستان آسو خوشناو",
            "آسو خوشناو",
            "المتحدثة باسم حكومة إقليم كردستان",
        ),
        (
            "العضو في مجلس محافظة نينوى خالد الجبوري",
            "خالد الجبوري",
            "العضو في مجلس محافظة نينوى",
        ),
        (
            "المتحدث باسم مجلس ولاية سطيف رابح بلقاسمي",
            "رابح بلقاسمي",
            "المتحدث باسم مجلس ولاية سطيف",
        ),
    ):
        q = one(f'وقال {subject} إن "الرواتب ستصرف الأسبوع المقبل".', "الرواتب")
        assert (q.speaker, q.role) == (speaker, role), (subject, q)


def test_place_inside_a_body_negatives_keep_their_reading():
    for subject, speaker, role in (
        ("المتحدث باسم حركة حماس حازم قاسم", "حازم قاسم", "المتحدث باسم حركة حماس"),
        (
            "النائب عن مجلس ولاية سيدي بوزيد علي الهمامي",
            "علي الهمامي",
            "النائب عن مجلس ولاية سيدي بوزيد",
        ),
        ("الرئيس الروسي فلاديمير بوتين", "فلاديمير بوتين", "الرئيس الروسي"),
        ("الرئيس الروسي بوتين", "بوتين", "الرئيس الروسي"),
    ):
        q = one(f'وقال {subject} إن "الرواتب ستصرف الأسبوع المقبل".', "الرواتب")
        assert (q.speaker, q.role) == (speaker, role), (subject, q)


def test_regnal_number_ends_the_place_named_after_a_king():
    # "الباحثة بجامعة محمد الخامس X Y": a university or a hospital named
    # after a king; his regnal number ends the place's name
    for subject, speaker, role in (
        (
            "الباحثة في الاقتصاد بجامعة محمد الخامس نجاة الرامي",
            "نجاة الرامي",
            "الباحثة في الاقتصاد بجامعة محمد الخامس",
        ),
        (
            "الخبير في القانون بجامعة محمد الأول مروان الحياري",
            "مروان الحياري",
            "الخبير في القانون بجامعة محمد الأول",
        ),
        (
            "الطبيبة المختصة بمستشفى فيصل الأول ريم الدباغ",
            "ريم الدباغ",
            "الطبيبة المختصة بمستشفى فيصل الأول",
        ),
    ):
        q = one(f'وقال {subject} إن "الأسعار سترتفع هذا العام".', "الأسعار")
        assert (q.speaker, q.role) == (speaker, role), (subject, q)


def test_regnal_number_negatives():
    # the king himself keeps his number in his name
    q = one('وقال العاهل المغربي الملك محمد السادس إن "الأسعار سترتفع هذا العام".', "الأسعار")
    assert q.speaker == "محمد السادس", q


def test_honorific_profession_with_where_it_is_practised():
    # "الأستاذة في جامعة القاهرة X Y": an honorific that is also a
    # profession, then a preposition and where it is practised; a name
    # never opens with a preposition
    for subject, speaker, role in (
        ("الأستاذة في جامعة القاهرة سلوى الدسوقي", "سلوى الدسوقي", "الأستاذة في جامعة القاهرة"),
        ("الأستاذة بجامعة عين شمس منى الشاذلي", "منى الشاذلي", "الأستاذة بجامعة عين شمس"),
        ("المهندس في شركة الكهرباء سامي العبيدي", "سامي العبيدي", "المهندس في شركة الكهرباء"),
        ("الأستاذ في القانون الدستوري رياض الغربي", "رياض الغربي", "الأستاذ في القانون الدستوري"),
    ):
        q = one(f'وقال {subject} إن "الدستور الجديد يحتاج إلى مراجعة".', "الدستور")
        assert (q.speaker, q.role) == (speaker, role), (subject, q)
    # negatives: the honorific before a name stays an honorific
    q = one('وقال الأستاذ حسن نافعة إن "الدستور الجديد يحتاج إلى مراجعة".', "الدستور")
    assert (q.speaker, q.role) == ("حسن نافعة", None), q
    q = one('وقال المهندس الزراعي سامي العبيدي إن "الدستور الجديد يحتاج إلى مراجعة".', "الدستور")
    assert q.speaker == "سامي العبيدي", q


def test_foreign_name_that_opens_with_ba_after_a_post():
    # "سفيرة الاتحاد الأوروبي لدى تونس باتريسيا X": a foreign first name in
    # "با…" without the ا a verbal noun has before its last letter, and a
    # bare family name after it, is the name, not the verb's object
    for subject, speaker, role in (
        (
            "سفيرة الاتحاد الأوروبي لدى المغرب باتريسيا فيلدمان",
            "باتريسيا فيلدمان",
            "سفيرة الاتحاد الأوروبي لدى المغرب",
        ),
        ("المدرب الإيطالي باتريك فييرا", "باتريك فييرا", "المدرب الإيطالي"),
        ("المدير العام باتريس ماكوندي", "باتريس ماكوندي", "المدير العام"),
    ):
        q = one(f'وقال {subject} إن "الفريق يتابع التطورات باهتمام".', "يتابع")
        assert (q.speaker, q.role) == (speaker, role), (subject, q)
    # negatives: a verbal noun after بـ is still the verb's object
    for sentence in (
        'وأشاد الوزير بأهمية الاتفاق قائلا إن "الفريق يتابع التطورات باهتمام".',
        'وطالب النائب بإجراء تحقيق قائلا إن "الفريق يتابع التطورات باهتمام".',
        'وطالب النائب بإنهاء مهام الوالي قائلا إن "الفريق يتابع التطورات باهتمام".',
    ):
        q = one(sentence, "يتابع")
        assert q.speaker in ("الوزير", "النائب"), (sentence, q)


def test_university_after_a_preposition_takes_its_own_name():
    # "الباحث في جامعة قرطاج X Y": a university or a school after في is
    # where the post is held, with its own name (one word, two after
    # عين/سيدي, or a king's with his regnal number); the name follows
    for subject, speaker, role in (
        ("الباحث في جامعة منوبة سامي الزين", "سامي الزين", "الباحث في جامعة منوبة"),
        (
            "الباحثة في جامعة الحسن الأول نادية العلوي",
            "نادية العلوي",
            "الباحثة في جامعة الحسن الأول",
        ),
        (
            "الأستاذ في جامعة محمد الأول عمر الفاسي",
            "عمر الفاسي",
            "الأستاذ في جامعة محمد الأول",
        ),
        ("الأستاذ في جامعة عين شمس كريم المنياوي", "كريم المنياوي", "الأستاذ في جامعة عين شمس"),
    ):
        q = one(f'وقال {subject} إن "البطالة ترتفع بين الشباب".', "البطالة")
        assert (q.speaker, q.role) == (speaker, role), (subject, q)
    # negative: a school's genitive with the article keeps today's reading
    q = one('وقال العميد في كلية الحقوق سامي الزين إن "البطالة ترتفع بين الشباب".', "البطالة")
    assert (q.speaker, q.role) == ("سامي الزين", "العميد في كلية الحقوق"), q
