"""Over-reach found by probing the rule commits of the sixth review with
ordinary invented sentences: each test pins a reading the rule broke.

Every article here is invented for the test.
"""

from tests.extraction.helpers import one


def test_conveyer_who_says_something_himself_keeps_his_words():
    # 96c16a4: "نقل X كلام Y إلى …" then a verb of saying of X's own before
    # the words: X speaks, not the one whose words he conveyed
    q = one(
        "ونقل المبعوث الأممي جان دوبوا كلام الرئيس سامي العلي إلى مجلس الأمن، "
        'وقال: "الوضع خطير جدا".',
        "الوضع خطير",
    )
    assert (q.speaker, q.role) == ("جان دوبوا", "المبعوث الأممي"), q
    q = one(
        'ونقل المدرب حسن شحاتة كلام رئيس النادي إلى اللاعبين قائلا: "علينا الفوز".',
        "علينا الفوز",
    )
    assert q.speaker is not None and "شحاتة" in q.speaker, q


def test_title_in_marks_after_a_relayer_is_no_affiliation():
    # 5ed227e: a title in marks ("بعنوان «…»") before عن "about" is not a
    # body the relayer is tied to; the one after عن is no speaker
    q = one(
        'ونقلت صحيفة "الأهرام" تقريرا بعنوان "الحرب المنسية" عن الأوضاع في '
        'دارفور: "آلاف النازحين بلا مأوى".',
        "آلاف النازحين",
    )
    assert q.speaker != "الأوضاع", q
