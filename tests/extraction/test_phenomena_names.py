"""Given names the engine could read as function words or titles: أمين
(the post أمين عام/أمين السر, or the name Amin) and آن (the particle أنّ
once folded, or the name Anne).

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


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
