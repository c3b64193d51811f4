"""Relayed words: the one whose words they are speaks, not the one who
relays them (an outlet, a document, a diplomat), who is at most ``via``.

Every article here is written for the test, in invented sentences.
"""

from tests.extraction.helpers import one


def test_according_to_what_an_outlet_relayed_from_someone_before_the_words():
    # "بحسب/وفق/وفقا لـ/طبقا لـ/استنادا إلى ما نقلته X عن Y": the relay verb
    # with the pronoun of "ما" governs the words, as "نقلت X عن Y" does
    text = "وبحسب ما نقلته صحيفة الأخبار عن مصدر أمني، فإن «المتهمين اعترفوا بكل ما نسب إليهم».\n"
    q = one(text, "المتهمين اعترفوا")
    assert q.speaker == "مصدر أمني", q
    assert q.via == "صحيفة الأخبار", q
    text = (
        "ووفقا لما نقلته وكالة الأنباء الرسمية عن وزير المالية كريم الحسن، "
        "فإن «الموازنة الجديدة ستقر قبل نهاية الشهر».\n"
    )
    q = one(text, "الموازنة الجديدة")
    assert q.speaker == "كريم الحسن", q
    assert q.role == "وزير المالية", q
    text = (
        "واستنادا إلى ما نقله موقع الحزب عن النائبة سلمى الخطيب، فإن «الكتلة "
        "لن تصوت على القانون».\n"
    )
    q = one(text, "الكتلة لن")
    assert q.speaker == "سلمى الخطيب", q


def test_according_to_what_an_outlet_relayed_after_the_words():
    for source in ("بحسب ما نقلته", "وفق ما نقلت"):
        text = (
            f"«لن نقبل بأي تدخل في شؤوننا الداخلية»، {source} وكالة الأنباء "
            "الرسمية عن وزير الداخلية سامر العلي.\n"
        )
        q = one(text, "لن نقبل")
        assert q.speaker == "سامر العلي", (source, q)
        assert q.role == "وزير الداخلية", (source, q)


def test_what_an_outlet_relayed_with_no_one_named_is_an_aside():
    # the verb before the aside still speaks ("وأضاف X، بحسب ما نقلته صحيفة
    # Y، أن"); an outlet that relays nobody named leaves the words to the
    # one quoted before; "نقله" with no "ما" before it is "transferred him"
    text = (
        "وقال الخبير الاقتصادي فادي النمر إن «الأسعار سترتفع». وأضاف النمر، "
        "بحسب ما نقلته صحيفة الغد، أن «الحكومة تأخرت كثيرا».\n"
    )
    q = one(text, "الحكومة تأخرت")
    assert q.speaker == "فادي النمر", q
    text = (
        "وقال الوزير مراد الشامي في المؤتمر إن الوضع صعب. «لكننا سنتجاوز "
        "الأزمة»، بحسب ما نقلت وكالة الأنباء الرسمية.\n"
    )
    q = one(text, "سنتجاوز الأزمة")
    assert q.speaker == "مراد الشامي", q
    text = "وقال الطبيب سامي العلي إن المصاب تم نقله إلى المستشفى، وأضاف أن «حالته مستقرة الآن».\n"
    q = one(text, "حالته مستقرة")
    assert q.speaker == "سامي العلي", q
