"""Anonymous sources and the outlets they speak to (outlet area).

Every article here is written for the test; each test fails without the
rule it names.
"""

from tests.extraction.helpers import one


def test_anonymous_source_does_not_swallow_an_outlet_by_its_head_noun():
    # "وقال مصدر أمني لوكالة …": an outlet's head noun glued to لـ ends the
    # anonymous source's phrase; the source speaks, the outlet relays
    for told, outlet in (
        ("مصدر دبلوماسي غربي لوكالة الأنباء الألمانية", "وكالة الأنباء الألمانية"),
        ("مصدر مطلع لصحيفة الشرق الأوسط", "صحيفة الشرق الأوسط"),
        ("مصدر في الشرطة لوكالة رويترز", "وكالة رويترز"),
        ("مسؤول في الشركة لمجلة فوربس", "مجلة فوربس"),
        ("شاهد عيان لإذاعة سوا", "إذاعة سوا"),
        ("ضابط في الجيش لفضائية الحرة", "فضائية الحرة"),
    ):
        source = told[: told.index(" ل")]
        q = one(f'وقال {told} إن "الوضع تحت السيطرة".', "الوضع تحت")
        assert q.speaker == source, (told, q)
        assert q.role == source, (told, q)
        assert q.via == outlet, (told, q)


def test_closed_post_does_not_take_the_outlet_spoken_to():
    # "وقال الناطق باسم الحكومة لصحيفة الخبر": once a definite genitive or
    # a nationality has closed the post (or after a definite title alone),
    # the outlet glued to لـ is the one spoken to, not the post's genitive
    for subject, outlet in (
        ("الناطق باسم الحكومة", "لصحيفة الخبر"),
        ("المتحدث باسم الجيش", "لإذاعة موزاييك"),
        ("الوزير", "لقناة الجزيرة"),
        ("السفير الأمريكي", "لقناة الحرة"),
        ("رئيس البرلمان", "لإذاعة موزاييك إف إم"),
    ):
        q = one(f'وقال {subject} {outlet} إن "الحكومة لن تتراجع".', "لن تتراجع")
        assert q.speaker == subject, (subject, q)
        assert q.role == subject, (subject, q)
        assert q.via and q.via.startswith(outlet[1:].split()[0]), (subject, q)
    # (negative) the post still open (its title and its adjectives), or a
    # person's name after the outlet's: the outlet is where the post is held
    for text, speaker, role in (
        (
            'وقال المدير العام لوكالة الأنباء الجزائرية محمد علي إن "الوكالة تتطور".',
            "محمد علي",
            "المدير العام لوكالة الأنباء الجزائرية",
        ),
        (
            'وقال مدير المكتب الإقليمي لقناة الجزيرة وليد العمري إن "الوكالة تتطور".',
            "وليد العمري",
            "مدير المكتب الإقليمي لقناة الجزيرة",
        ),
        (
            'وقالت رئيسة التحرير لصحيفة الغد جمانة غنيمات إن "الوكالة تتطور".',
            "جمانة غنيمات",
            "رئيسة التحرير لصحيفة الغد",
        ),
    ):
        q = one(text, "الوكالة تتطور")
        assert q.speaker == speaker, (text, q)
        assert q.role == role, (text, q)


def test_anonymous_source_does_not_swallow_an_outlet_by_its_own_name():
    # "وقال مصدر أمني لفرانس برس": an outlet's own name glued to لـ, no head
    # noun, after an anonymous source and before what ends the phrase (أنّ,
    # a colon, a mark, a comma) is the outlet spoken to, the via
    for told, outlet in (
        ("مصدر أمني لفرانس برس", "فرانس برس"),
        ("مسؤول لرويترز", "رويترز"),
        ("مصادر طبية لرويترز", "رويترز"),
        ("مصدر في وزارة الخارجية لسكاي نيوز عربية", "سكاي نيوز عربية"),
        ("مسؤول عراقي لبي بي سي", "بي بي سي"),
        ("شاهد لفرانس برس،", "فرانس برس"),
    ):
        source = told[: told.index(" ل")]
        q = one(f'وقال {told} إن "الأسعار ارتفعت كثيرا".', "الأسعار ارتفعت")
        assert q.speaker == source, (told, q)
        assert q.role == source, (told, q)
        assert q.via == outlet, (told, q)
    # (negative) a nisba, a word of the lexicon, a name after a post in
    # construct or a noun a trade takes stay in the phrase
    for subject in (
        "مسؤول لبناني",
        "عضو لجنة المالية",
        "مستشار الرئيس لطفي زيتون",
        "تاجر لحوم",
    ):
        q = one(f'وقال {subject} إن "الأسعار ارتفعت كثيرا".', "الأسعار ارتفعت")
        assert q.role == subject, (subject, q)
        assert q.via is None, (subject, q)


def test_the_press_told_after_an_anonymous_source_or_a_closed_post():
    # "وقال مسؤول في الوزارة للصحافيين": the press glued to لل after an
    # anonymous source or a post a genitive closed is the one told
    for subject, press in (
        ("مسؤول في الوزارة", "للصحافيين"),
        ("مصدر مقرب من الرئاسة", "للصحافة"),
        ("المتحدث باسم الحكومة", "للصحفيين"),
    ):
        q = one(f'وقال {subject} {press} إن "واشنطن قلقة جدا".', "واشنطن قلقة")
        assert q.role == subject, (subject, q)
    # (negative) a body of members takes the press for its genitive
    q = one('وقال عضو النقابة الوطنية للصحفيين إن "واشنطن قلقة جدا".', "واشنطن قلقة")
    assert q.role == "عضو النقابة الوطنية للصحفيين", q


def test_aza_relays_as_nisba_does():
    # "وعزا X إلى Y قوله «…»": the words are Y's, X (an outlet) relays them
    for verb in ("وعزا", "وعزت", "وتعزو", "ويعزو"):
        text = f'{verb} موقع هسبريس إلى مصدر مطلع قوله إن "الحكومة ستعلن التعديل قريبا".'
        q = one(text, "الحكومة ستعلن")
        assert q.speaker == "مصدر مطلع", (verb, q)
        assert q.via == "موقع هسبريس", (verb, q)
    text = 'وعزا التلفزيون الرسمي إلى الرئيس قوله "لن نسمح بالفوضى في البلاد".'
    q = one(text, "لن نسمح")
    assert q.speaker == "الرئيس" and q.via == "التلفزيون الرسمي", q
    # (negative) the given name Izzat, and عزا with no noun of saying
    q = one('وأكد القيادي عزت الرشق أن "الحركة لن تتنازل عن حقوقها".', "لن تتنازل")
    assert q.speaker == "عزت الرشق" and q.role == "القيادي", q
    q = one('وقال عزت الرشق إن "الحركة لن تتنازل عن حقوقها".', "لن تتنازل")
    assert q.speaker == "عزت الرشق", q
    text = 'ويعزو مراقبون ذلك إلى "غياب الإرادة السياسية لدى الحكومة الحالية".'
    assert one(text, "غياب الإرادة").speaker == "مراقبون"


def test_an_outlet_that_carried_the_words_is_the_via():
    # "وأضاف X في كلمته، ونقلته قناة Y: «…»": the outlet carried the speech
    # ("it"), X said it; so do "خطاب بثته قناة Y", "حوار أجرته معها مجلة Y"
    for text, speaker, via in (
        (
            'وأضاف الوزير في كلمته أمام المؤتمر، ونقلته قناة "الجزيرة": "لن نسمح بعودة الإرهاب".',
            "الوزير",
            'قناة "الجزيرة"',
        ),
        (
            'وقال الرئيس في خطاب ألقاه أمس ونقله التلفزيون الرسمي: "لن نسمح بعودة الإرهاب".',
            "الرئيس",
            "التلفزيون الرسمي",
        ),
        (
            'وقال الرئيس في خطاب بثته قناة العربية: "لن نسمح بعودة الإرهاب".',
            "الرئيس",
            "قناة العربية",
        ),
        (
            'وأضافت الوزيرة في حوار أجرته معها مجلة "جون أفريك": "لن نسمح بعودة الإرهاب".',
            "الوزيرة",
            'مجلة "جون أفريك"',
        ),
    ):
        q = one(text, "لن نسمح")
        assert q.speaker == speaker, (text, q)
        assert q.via == via, (text, q)
    # (negative) relayed from someone named after عن: that one speaks
    q = one('ونقلته الوكالة عن مصدر أمني قوله إن "الهجوم فشل تماما".', "الهجوم فشل")
    assert q.speaker == "مصدر أمني" and q.via == "الوكالة", q


def test_a_call_or_a_recording_after_fi_is_no_part_of_the_speaker():
    # "وقال مصدر مسؤول في اتصال هاتفي مع قناة …": the call (or a broadcast
    # intervention, a recording) he spoke in, not where a post is held
    for subject in ("مصدر مسؤول", "مصدر أمني", "الوزير"):
        for occasion in ("في اتصال هاتفي مع قناة العربية", "في مداخلة على قناة العربية"):
            text = f'وقال {subject} {occasion} إن "الحكومة لن تتراجع عن قرارها".'
            q = one(text, "لن تتراجع")
            assert q.speaker == subject and q.role == subject, (text, q)
    q = one('وقال القيادي في الحركة في تسجيل صوتي إن "المقاومة مستمرة".', "المقاومة مستمرة")
    assert q.role == "القيادي في الحركة", q
    # (negative) a post held in a body stays
    q = one('وقال مسؤول في وزارة الاتصالات إن "الشبكة ستعود قريبا".', "الشبكة ستعود")
    assert q.role == "مسؤول في وزارة الاتصالات", q


def test_an_outlet_the_post_is_held_at_is_no_via():
    # "وقال المدير العام لوكالة الأنباء الجزائرية محمد علي": the outlet
    # inside the subject's phrase is where the speaker works, not the one
    # he spoke to (the via took "وكالة الأنباء الجزائرية محمد")
    for text, speaker in (
        ('وقال المدير العام لوكالة الأنباء الجزائرية محمد علي إن "الوكالة تتطور".', "محمد علي"),
        ('وقال المدير التنفيذي لشبكة الجزيرة ياسر أبو هلالة إن "الوكالة تتطور".', "ياسر أبو هلالة"),
    ):
        q = one(text, "الوكالة تتطور")
        assert q.speaker == speaker, (text, q)
        assert q.via is None, (text, q)
    # (negative) a body in -ية (البلدية، المديرية، الجمعية) closes the post
    # as a genitive, no adjective of it: the outlet after it keeps its via
    for subject in ("رئيس البلدية", "مدير المديرية", "رئيس الجمعية"):
        q = one(f'وقال {subject} لتلفزيون الجديد "المياه ستعود غدا إلى الأحياء".', "المياه")
        assert q.speaker == subject and q.role == subject, (subject, q)
        assert q.via == "تلفزيون الجديد", (subject, q)


def test_aza_with_lam_glued_to_the_one_quoted():
    # "وعزت الصحيفة لمصدر أمني قوله": لـ glued to the one the words are
    # attributed to stands for إلى, as after نسب
    for verb, who in (("وعزت", "مصدر أمني"), ("وعزا", "مسؤول حكومي"), ("وتعزو", "مصدر عسكري")):
        text = f'{verb} الصحيفة ل{who} قوله إن "العملية نجحت في تحقيق أهدافها".'
        q = one(text, "العملية نجحت")
        assert q.speaker == who, (verb, q)
    # (negative) لـ with no noun of saying after it: no relay
    q = one('ويعزو مراقبون ذلك لـ"غياب الإرادة السياسية لدى الحكومة الحالية".', "غياب")
    assert q.speaker == "مراقبون", q
