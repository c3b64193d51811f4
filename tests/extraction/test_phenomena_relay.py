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


def test_the_outlet_told_between_the_verb_and_its_subject():
    # "وقال لـ«X» الوزير Y إن": whom the words were told to (an outlet, the
    # press) comes before the verb's subject, who speaks; the outlet is via
    text = (
        'وقال لـ"عربي21" القيادي في الحركة سامي العلي إن "الحركة لن تشارك في الانتخابات المقبلة".\n'
    )
    q = one(text, "الحركة لن تشارك")
    assert q.speaker == "سامي العلي", q
    assert q.role == "القيادي في الحركة", q
    assert q.via == "عربي21", q
    text = "وأكد لـ«الشرق الأوسط» مصدر أمني أن «المتهمين اعتقلوا فجر اليوم».\n"
    q = one(text, "المتهمين اعتقلوا")
    assert q.speaker == "مصدر أمني", q
    text = (
        "وأوضح لوكالة الأنباء الرسمية مدير الأمن العام اللواء فادي منصور أن "
        "«الوضع تحت السيطرة تماما».\n"
    )
    q = one(text, "الوضع تحت")
    assert q.speaker == "فادي منصور", q
    assert q.role == "مدير الأمن العام", q
    assert q.via == "وكالة الأنباء الرسمية", q
    text = "وقال للصحفيين رئيس الوزراء كريم الحسن إن «الحكومة لن تستقيل».\n"
    q = one(text, "الحكومة لن")
    assert q.speaker == "كريم الحسن", q


def test_the_outlet_told_with_no_subject_after_it():
    # no title after the outlet: the verb's subject is elided, the one
    # quoted before goes on
    text = (
        "وقالت الوزيرة ليلى منصور إن «الإصلاح مستمر». وأضافت لصحيفة الحياة "
        "اللندنية إن «الرئيس يدعم الخطة».\n"
    )
    q = one(text, "الرئيس يدعم")
    assert q.speaker == "ليلى منصور", q
    text = (
        "وقال النائب سامي العلي إن «القانون سيمر». وتابع لـ«الحياة» أمس أن «الوزير سيحضر الجلسة».\n"
    )
    q = one(text, "الوزير سيحضر")
    assert q.speaker == "سامي العلي", q


def test_a_verb_of_telling_relays_with_an_and_a_noun_of_saying():
    # "أورد/روى/حكى/ذكر X عن Y قوله «…»": Y's words, as after نقل; X via
    text = (
        "وأوردت وكالة الأنباء الرسمية عن وزير الداخلية سامر العلي قوله "
        "«إن الوضع الأمني مستقر تماما».\n"
    )
    q = one(text, "الوضع الأمني")
    assert q.speaker == "سامر العلي", q
    assert q.role == "وزير الداخلية", q
    assert q.via == "وكالة الأنباء الرسمية", q
    text = "ويروي السفير عن الملك قوله إن «ولي العهد مريض منذ أشهر».\n"
    q = one(text, "ولي العهد")
    assert q.speaker == "الملك", q
    text = "وروى الصحفي سامي العلي عن الوزير فادي النمر قوله «إن الحكومة ستستقيل قريبا».\n"
    q = one(text, "الحكومة ستستقيل")
    assert q.speaker == "فادي النمر", q
    text = "وذكرت الصحيفة عن مصادر مطلعة قولها إن «الوزير سيستقيل غدا».\n"
    q = one(text, "الوزير سيستقيل")
    assert q.speaker == "مصادر مطلعة", q
    # after أورد, a source then أنّ
    text = "وأورد موقع هسبريس عن مصدر مطلع أن «الحكومة ستعدل قريبا».\n"
    q = one(text, "الحكومة ستعدل")
    assert q.speaker == "مصدر مطلع", q


def test_a_verb_of_telling_about_something_is_no_relay():
    # عن "about": the teller speaks
    text = "وأورد التقرير عن الوضع في الجنوب أن «الأزمة تتفاقم يوما بعد يوم».\n"
    q = one(text, "الأزمة تتفاقم")
    assert q.speaker == "التقرير", q
    text = "وذكرت الصحيفة عن الوزير أنه «رجل قوي لا يتراجع».\n"
    q = one(text, "رجل قوي")
    assert q.speaker == "الصحيفة", q
    text = "وحكت الناشطة ليلى منصور عن معاناتها في السجن، وقالت «لم أجد من يساعدني».\n"
    q = one(text, "لم أجد")
    assert q.speaker == "ليلى منصور", q


def test_nasab_ila_ends_the_title_of_the_relayer():
    # "نسب X إلى Y قوله": إلى, which continues some titles ("المبعوث إلى
    # ليبيا"), is the particle before the one the words are put to
    text = "ونسب السفير إلى الملك قوله إن «ولي العهد مريض منذ أشهر».\n"
    q = one(text, "ولي العهد")
    assert q.speaker == "الملك", q
    assert q.via == "السفير", q
    text = "ونسب السفير الأمريكي إلى الوزير فادي النمر قوله إن «الحكومة ستستقيل قريبا».\n"
    q = one(text, "الحكومة ستستقيل")
    assert q.speaker == "فادي النمر", q
    assert q.role == "الوزير", q
    assert q.via == "السفير الأمريكي", q
    # the title's own إلى before the particle stays the title's
    text = "ونسب المبعوث الأممي إلى ليبيا سامي العلي إلى الوزير قوله إن «الحكومة ستستقيل قريبا».\n"
    q = one(text, "الحكومة ستستقيل")
    assert q.speaker == "الوزير", q
