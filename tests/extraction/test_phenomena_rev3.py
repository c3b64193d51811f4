"""Negative tests for rules that over-reached (review 3).

Every article here is written for the test, with invented names and
sentences of its own; each test fails without the narrowing it names.
"""

from tests.extraction.helpers import one


def test_the_same_year_after_nafs_is_the_year_told_last_a_year_alone_too():
    # 77a2534: "في يناير من نفس العام" after "وفي 2019" is of 2019, not of
    # the year of the month told before it (2015)
    text = (
        "وقال الوزير سامر الحلبي في 3 مارس 2015 إن «الأزمة ستنتهي». وفي 2019 قالت النائبة "
        "هدى النمر في يناير من نفس العام إن «الأزمة لم تنته».\n"
    )
    assert one(text, "الأزمة لم تنته").date == "2019-01", text


def test_a_given_name_shaped_as_a_verbal_noun_speaks():
    # 49dd28e: أمل، تحرير، انتظار and a name in الدين head the subject, not
    # the verb's object ("وأكدت أمل بن علي، رئيسة الجمعية، أن «…»")
    first = "وقال المحامي علي منصور إن «الجلسة تأجلت». "
    for said, who in (
        ("وأكدت أمل بن علي، رئيسة الجمعية، أن", "أمل بن علي"),
        ("وقالت تحرير السيد إن", "تحرير السيد"),
        ("وقال انتظار الحلبي إن", "انتظار الحلبي"),
        ("وقال فخر الدين الحلبي إن", "فخر الدين الحلبي"),
    ):
        text = first + said + " «مطالبنا مشروعة».\n"
        assert one(text, "مطالبنا مشروعة").speaker == who, text


def test_words_said_in_marks_after_naqlan_an_stay_a_quote():
    # 4768058: a short phrase in marks after "نقلا عن" that opens with a
    # negation or a pronoun is words said, not the source's name
    text = "وقال الوزير سامر الحلبي، نقلا عن «لا تراجع»، إن الحكومة صامدة.\n"
    assert one(text, "لا تراجع"), text
    text = "كتب المدون علي منصور على صفحته نقلا عن «أنا باق» التي قالها الرئيس إن الأزمة طويلة.\n"
    assert one(text, "أنا باق"), text


def test_an_envoys_ila_before_a_country_after_nasab_stays_his_title():
    # 01b909d: the last إلى after نسب is the particle, but not the one
    # before a country or the UN, the envoy's title's own
    text = "ونسب المبعوث الأممي إلى اليمن قوله إن «الهدنة صامدة».\n"
    assert one(text, "الهدنة صامدة").speaker == "المبعوث الأممي إلى اليمن", text
    text = "ونسب المندوب الدائم إلى الأمم المتحدة علي منصور قوله إن «القرار عادل».\n"
    q = one(text, "القرار عادل")
    assert q.speaker == "علي منصور", text
    assert q.role == "المندوب الدائم إلى الأمم المتحدة", text


def test_the_last_speaker_who_relays_goes_on():
    # 405c172: the relay's source goes on, but not when the relayer is the
    # one quoted last ("وكان الحلبي قد نقل عن الرئيس قوله إن …. وأضاف")
    text = (
        "وقال الوزير سامر الحلبي «الوضع مستقر». وكان الحلبي قد نقل عن الرئيس قوله إن "
        "الحكومة ستصمد. وأضاف «لن نسكت».\n"
    )
    assert one(text, "لن نسكت").speaker == "سامر الحلبي", text
