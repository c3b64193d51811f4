"""Verbs of dialogue that introduce words in marks with no أنّ:
interruptions, replies, requests, calls and shouts.

Every article here is invented for the test; each test fails without the
rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_interrupting_verb_gives_the_words_to_its_subject():
    # "فقاطعه X «…»": the subject after the verb of interrupting speaks;
    # the object pronoun is the one interrupted, not the speaker
    for verb, subject, expected in (
        ("فقاطعه", "رئيس المحكمة", "رئيس المحكمة"),
        ("فقاطعته", "رئيسة الجلسة", "رئيسة الجلسة"),
        ("وقاطعه", "النائب سامي فؤاد", "سامي فؤاد"),
        ("فقاطعه", "أحد النواب", "أحد النواب"),
        ("فيقاطعه", "القاضي", "القاضي"),
    ):
        text = (
            'وقال المحامي خالد العمر "موكلي لم يرتكب أي جرم"، '
            f'{verb} {subject} "من غير اللائق أن تتكلم بهذه الطريقة".'
        )
        q = one(text, "غير اللائق")
        assert q.speaker == expected, (verb, q)


def test_interrupting_verb_after_a_time_clause_and_with_a_colon():
    # "عندما قاطعه صحفي «…»": a short question in marks is said too, and a
    # colon after the subject
    q = one(
        'وكان الوزير يتحدث عندما قاطعه صحفي "وماذا عن الفساد في وزارتك؟".',
        "الفساد في وزارتك",
    )
    assert q.speaker == "صحفي", q
    q = one(
        'وقال الوزير "سنرفع الأجور". فقاطعته النائبة سلمى حداد: "منذ سنوات نسمع الوعود".',
        "نسمع الوعود",
    )
    assert q.speaker == "سلمى حداد", q
    q = one(
        'وتحدث الوزير طويلا. وقاطعت النائبة سلمى حداد الوزير "هذه أرقام قديمة جدا".',
        "أرقام قديمة",
    )
    assert q.speaker == "سلمى حداد", q
    # but the bare verb is also "boycotted" and قاطعة the adjective
    # "decisive": a word or two in marks after the boycott's object is no
    # quote; after the adjective, or the verb after its own subject ("لكن
    # الحزب قاطعه"), the words stay the last speaker's
    assert not extract('وقاطعت الأحزاب الكبرى الانتخابات "المزورة سلفا".')
    for text in (
        'وقال النائب "سنصوت ضد القانون". وجاءت إجابة الوزير قاطعة "لا تراجع عن القرار".',
        'وقال النائب "سنصوت ضد القانون"، لكن الحزب قاطعه "بسبب مواقفه الأخيرة من الحكومة".',
    ):
        assert {q.speaker for q in extract(text)} == {"النائب"}, text


def test_verb_of_asking_gives_the_request_in_marks_to_its_subject():
    # "طلب X من Y «…»": the one who asks speaks, the one asked follows من
    # (also with من's pronoun right after the verb, and with a colon)
    for text, fragment, expected in (
        ('وطلب جعجع من سيسون "دعم رئيس الحكومة طوال الطريق".', "طوال الطريق", "جعجع"),
        (
            'وطلبت الوزيرة سلمى حداد من السفير "إبلاغ حكومته بموقفنا الثابت".',
            "بموقفنا",
            "سلمى حداد",
        ),
        ('وطلبت منه الوزيرة "إبلاغ حكومته بموقفنا الثابت".', "بموقفنا", "الوزيرة"),
        ('وطلب منهم القاضي: "التزموا الهدوء داخل القاعة".', "التزموا", "القاضي"),
        (
            'وكانت الحكومة قد طلبت من البرلمان "تسريع إقرار الموازنة العامة".',
            "تسريع إقرار",
            "الحكومة",
        ),
    ):
        q = one(text, fragment)
        assert q.speaker == expected, (text, q)
    # the noun "request" and a request with no words in marks after the one
    # asked stay as they were
    q = one('ورفضت المحكمة طلب الدفاع "الإفراج المؤقت عن المتهمين".', "الإفراج")
    assert q.cue != "طلب", q
    q = one('وطلب الرئيس من الحكومة تقديم استقالتها، وقال "لا مكان للفاشلين".', "لا مكان")
    assert q.role == "الرئيس", q


def test_verb_of_commenting_in_reply_with_its_subject_and_words_in_marks():
    # "وعقّب النائب X «…»", "فعقّب رئيس الكتلة «…»", "ويعقّب الخبير X «…»":
    # opening its clause, a person right after it, then the words; the
    # participle "معقبا «…»" too
    said = 'وقال الوزير خالد العمر "سنرفع الأجور في العام المقبل". '
    for text, fragment, expected in (
        ('وعقب النائب سمير حسن "هذا القرار جاء متأخرا جدا".', "متأخرا", "سمير حسن"),
        ('فعقب رئيس الكتلة "ننتظر الأفعال لا الأقوال".', "ننتظر الأفعال", "رئيس الكتلة"),
        (
            'ويعقب الخبير الاقتصادي سامي فرج "الزيادة لن تغطي التضخم".',
            "لن تغطي",
            "سامي فرج",
        ),
    ):
        q = one(said + text, fragment)
        assert q.speaker == expected, (text, q)
    q = one(
        'وقال الوزير خالد العمر إن الأجور سترتفع، معقبا "الوضع لا يسمح بأكثر من ذلك".',
        "لا يسمح",
    )
    assert q.speaker == "خالد العمر", q
    # the preposition "after" before an event stays no cue
    q = one(said + 'وعقب الاجتماع "الحكومة ستعلن قرارها غدا" كما قال المتحدث.', "ستعلن")
    assert q.cue != "عقب", q


def test_verbs_of_shouting_and_asking_introduce_short_words_as_said():
    # صاح، صرخ، هتف، تساءل، استدرك introduce words said, as قال does: a few
    # words in marks right after the verb and its subject are a quote, not
    # the verb's object
    for text, fragment, expected in (
        ('وصاح أحد المتظاهرين "نريد العدالة لأبنائنا الشهداء".', "نريد العدالة", "أحد المتظاهرين"),
        ('وصرخ أحد المتظاهرين "نريد العدالة لأبنائنا الشهداء".', "نريد العدالة", "أحد المتظاهرين"),
        ('وصاحت إحدى الأمهات "أعيدوا لنا أبناءنا".', "أعيدوا", "إحدى الأمهات"),
        ('وهتف المحتجون "ارحل".', "ارحل", "المحتجون"),
        ('وقال الوزير "الوضع صعب". وتساءل النائب سمير حسن "لماذا الآن؟".', "لماذا", "سمير حسن"),
    ):
        q = one(text, fragment)
        assert q.speaker == expected, (text, q)
    # a name in marks after a preposition the verb takes stays a name
    for text in (
        'وهتف المشاركون بحياة "القائد الخالد" في ختام المسيرة.',
        'وتساءل مراقبون عن "الصفقة الغامضة" بين الطرفين.',
    ):
        assert not extract(text), text


def test_reply_on_that_before_its_subject():
    # "ورد على ذلك النائب X «…»": what is replied to, "on that", comes
    # between the verb of replying or commenting and its subject
    said = 'وقال الوزير خالد العمر "سنرفع الأجور في العام المقبل". '
    for verb in ("ورد", "وعلق", "وعقب"):
        q = one(said + f'{verb} على ذلك النائب سمير حسن "هذا القرار جاء متأخرا جدا".', "متأخرا")
        assert q.speaker == "سمير حسن", (verb, q)
    # no person after "على ذلك": the speaker goes on
    q = one(said + 'ورد على ذلك قائلا "هذه وعود سمعناها من قبل".', "وعود سمعناها")
    assert q.speaker == "خالد العمر", q


def test_verb_of_answering_with_the_pronoun_of_the_one_answered():
    # "فأجابه النائب X «…»", "فأجابها الوزير «…»": the object pronoun is the
    # one answered, the subject after it speaks
    q = one(
        'وقال الوزير "سنرفع الأجور في العام المقبل". '
        'فأجابه النائب سمير حسن "هذه وعود سمعناها من قبل".',
        "وعود سمعناها",
    )
    assert q.speaker == "سمير حسن", q
    q = one(
        'وسألت الصحفية الوزير عن الأجور. فأجابها الوزير "سنرفع الأجور في العام المقبل".',
        "سنرفع الأجور",
    )
    assert q.speaker == "الوزير", q
    # the noun "his answer" stays no verb: the minister goes on
    q = one(
        'وقال الوزير "سنرفع الأجور في العام المقبل". وكانت إجابته "لا تعليق على ذلك الآن".',
        "لا تعليق",
    )
    assert q.speaker == "الوزير", q


def test_verb_of_calling_on_with_the_pronoun_of_the_one_called():
    # "ودعته النائبة X إلى «…»": the object pronoun is the one called on,
    # the subject after it speaks
    said = 'وقال الوزير خالد العمر "سنرفع الأجور في العام المقبل". '
    q = one(said + 'ودعته النائبة سلمى حداد إلى "الوفاء بالوعود هذه المرة".', "الوفاء")
    assert q.speaker == "سلمى حداد", q
    q = one(said + 'ودعاهم رئيس الكتلة سمير حسن إلى "التصويت ضد الموازنة".', "التصويت")
    assert q.speaker == "سمير حسن", q
    # "ما دعاهم إلى": what prompted them, no call and no quote
    found = extract(said + 'وهو ما دعاهم إلى "رفض الموازنة بالكامل".')
    assert [q.text for q in found] == ["سنرفع الأجور في العام المقبل"], found
