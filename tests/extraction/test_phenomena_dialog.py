"""Dialogue and meetings: a question put before its answer, the parties of
a meeting, an honorific glued to بـ.

Every article here is invented for the test; each test fails without the
rule it names.
"""

from tests.extraction.helpers import one


def test_honorific_glued_to_a_preposition_names_the_one_met():
    # the name after an honorific that is no title (الدكتور، السيدة …),
    # glued to بـ or after مع, is a person met: the honorific alone later
    # is that person
    for met, said, name in (
        ("واجتمع الوزير خالد العمر بالدكتور سامي فؤاد", "وقال الدكتور", "سامي فؤاد"),
        ("واجتمع الوزير خالد العمر بالدكتورة سلمى حداد", "وقالت الدكتورة", "سلمى حداد"),
        ("والتقت الوزيرة سلمى حداد بالسيدة منى كمال", "وقالت السيدة", "منى كمال"),
        ("واجتمع الوزير خالد العمر مع الدكتور سامي فؤاد", "وقال الدكتور", "سامي فؤاد"),
    ):
        text = f'{met} في مكتبه. {said} إن "العلاقات بين البلدين متينة جدا".'
        q = one(text, "متينة جدا")
        assert q.speaker == name, (met, q)


def test_title_glued_to_a_preposition_names_the_one_met():
    # an honorific that is also a title (الشيخ، الأستاذ، المهندس) glued to
    # بـ: "وقال الشيخ" later is the one met, not a nameless sheikh
    for met, said, name in (
        ("والتقى الوزير خالد العمر بالشيخ سالم الخالدي", "وقال الشيخ", "سالم الخالدي"),
        ("ورحب الرئيس سمير ناصر بالأستاذ كمال يوسف", "وقال الأستاذ", "كمال يوسف"),
        ("واتصل الوزير خالد العمر بالمهندس كمال يوسف", "وقال المهندس", "كمال يوسف"),
    ):
        q = one(f'{met}. {said} "العمل يسير وفق الخطة الموضوعة".', "الخطة الموضوعة")
        assert q.speaker == name, (met, q)
    # but a doctor told of with no name is nobody to resolve to, and the
    # Maghrebi family name بالحاج is no honorific glued to بـ
    q = one(
        'وأشاد المدير بالدكتور الذي عالج المرضى. وقال الدكتور "العمل يسير وفق الخطة".',
        "يسير وفق",
    )
    assert q.speaker == "الدكتور", q
    text = (
        "وتحدث الوزير خالد العمر إلى الحاج كمال يوسف. "
        'ويقول المواطن الهادي بالحاج علي: "الممرضون يعملون فوق طاقتهم".'
    )
    q = one(text, "فوق طاقتهم")
    assert q.speaker != "علي", q
