"""Over-reach found in review (rev4): invented sentences that a rule meant
for one construction read wrongly.

Every article here is written for the test; each test fails without the
narrowing it names.
"""

from tests.extraction.helpers import one


def test_amin_before_the_office_it_keeps_stays_the_post():
    # 449ca7d: أمين before a treasury, a museum, a police force, a house or
    # an academy it keeps is the post, not the given name Amin
    for subject in (
        "أمين المتحف الوطني",
        "أمين خزينة الجمعية",
        "الأستاذ أمين متحف الفن الإسلامي",
        "اللواء أمين شرطة المرور",
        "المفتي السابق أمين دار الإفتاء",
    ):
        q = one(f'وقال {subject} "الوضع خطير جدا".', "الوضع خطير")
        assert q.role == subject, (subject, q)


def test_anne_before_a_country_or_capital_is_the_particle():
    # 530ba0b: أنّ written with the madda after a verb of saying, before a
    # country or a capital, is no given name Anne: the speaker stays
    q = one('وأضاف وزير الخارجية آن طهران "تماطل في المفاوضات".', "تماطل")
    assert q.speaker == "وزير الخارجية", q
    q = one('وأكد الوزير سامر الحلبي آن مصر "لن تتخلى عن حقوقها".', "لن تتخلى")
    assert q.speaker == "سامر الحلبي", q


def test_anne_before_a_noun_in_construct_is_the_particle():
    # 530ba0b: أنّ written with the madda before a noun in construct with a
    # definite word ("قوات الأمن") is no given name Anne
    q = one('وقال المتحدث باسم الجيش آن قوات الأمن "سيطرت على الوضع".', "سيطرت")
    assert q.speaker == "المتحدث باسم الجيش", q


def test_amin_before_the_store_or_archive_it_keeps_stays_the_post():
    # 449ca7d: أمين before a store, an archive, a fair or the customs it
    # keeps is the post, not the given name Amin
    for subject in ("أمين مستودع الأدوية", "أمين المستودع", "أمين أرشيف الدولة"):
        q = one(f'وقال {subject} "الوضع خطير جدا".', "الوضع خطير")
        assert q.role == subject, (subject, q)


def test_anne_with_a_day_after_her_name_keeps_her_name():
    # 5ee934a: the definite word after the name that marks أنّ written with
    # the madda is not a day told after the name ("آن باترسون الأربعاء")
    for day in ("الأربعاء", "اليوم", "السبت"):
        text = (
            f"والتقت السفيرة الأمريكية آن باترسون {day} برئيس الوزراء. "
            'وقالت السفيرة إن "باكستان شريك مهم".'
        )
        q = one(text, "باكستان شريك")
        assert q.speaker == "آن باترسون", (day, q)
        assert q.role == "السفيرة الأمريكية", (day, q)
