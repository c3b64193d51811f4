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


def test_the_one_asked_answers_not_the_asker():
    # "سأل X Y عن …، فقال": the verb of asking has its subject and the one
    # asked; the answering verb with no subject after it (with ف, after the
    # time clause's comma, or before its participle) is the one asked's
    for text, name in (
        (
            'سأل الصحفي أحمد سالم الوزير خالد العمر عن خطة الحكومة، فقال: "الخطة جاهزة منذ شهر".',
            "خالد العمر",
        ),
        (
            'سأل الصحفي أحمد سالم الوزيرة سعاد حسن عن الخطة، فقالت: "الخطة جاهزة منذ شهر".',
            "سعاد حسن",
        ),
        (
            "وسأل مراسل الجزيرة محمد كامل رئيس الوزراء نبيل الحسن عن الانتخابات، "
            'فأجاب: "ستجري في موعدها المحدد".',
            "نبيل الحسن",
        ),
        (
            'وعندما سأل الصحفي أحمد سالم الوزير خالد العمر عن الخطة، أجاب: "الخطة جاهزة منذ شهر".',
            "خالد العمر",
        ),
        (
            'وحين سأل النائب سامي فؤاد الوزيرة سلمى حداد عن العجز، ردت قائلة: "العجز تحت السيطرة".',
            "سلمى حداد",
        ),
        (
            'وسأل أحد الصحفيين الوزير خالد العمر عن الخطة، فرد بأن "الخطة جاهزة منذ شهر".',
            "خالد العمر",
        ),
        (
            "سأل النائب سامي فؤاد الوزير خالد العمر: «متى تنتهي الأزمة؟»، فأجاب: "
            "«قريبا جدا إن شاء الله».",
            "خالد العمر",
        ),
    ):
        answer = next(a for a in ("جاهزة منذ", "في موعدها", "تحت السيطرة", "إن شاء") if a in text)
        q = one(text, answer)
        assert q.speaker == name, (text, q)
    # but one who asks about something, no one asked named, goes on; a
    # coordinated verb with و is the asker's; the answering verb of the
    # other gender is not the one asked's
    for text in (
        'وسأل الوزير خالد العمر عن مصير الخطة، فقال "لا أحد يعرف أين ذهبت الأموال".',
        "وسأل الوزير خالد العمر السفير جون سميث عن موقف بلاده، وقال "
        '"لا أحد يعرف أين ذهبت الأموال".',
        'وسأل الوزير خالد العمر الوزيرة سلمى حداد عن الخطة، فقال: "لا أحد يعرف أين ذهبت الأموال".',
    ):
        q = one(text, "أين ذهبت")
        assert q.speaker == "خالد العمر", (text, q)


def test_the_latter_is_the_second_party_joined_by_wa():
    # "بين X وY": the name of the first party ends before the title joined
    # to it by و, and "الأخير/الأخيرة" is the second party, of its gender
    for text, name, role in (
        (
            "وفي لقاء بين الوزير خالد العمر والسفيرة ماري جونز، قالت الأخيرة "
            '"العلاقات بين البلدين متينة جدا".',
            "ماري جونز",
            "السفيرة",
        ),
        (
            "وجرى لقاء بين وزير الخارجية خالد العمر ورئيس البرلمان سامي فؤاد. "
            'وقال الأخير "العلاقات بين البلدين متينة جدا".',
            "سامي فؤاد",
            "رئيس البرلمان",
        ),
        (
            "واجتمع الوزير خالد العمر والسفير جون سميث أمس. "
            'وقال الأخير إن "العلاقات بين البلدين متينة جدا".',
            "جون سميث",
            "السفير",
        ),
    ):
        q = one(text, "متينة جدا")
        assert (q.speaker, q.role) == (name, role), (text, q)
    # but a second post joined by و before the name is the same person's
    q = one(
        "التقى السفير جون سميث نائب رئيس الوزراء ووزير الخارجية خالد العمر. "
        'وقال الأخير إن "العلاقات بين البلدين متينة جدا".',
        "متينة جدا",
    )
    assert q.speaker == "خالد العمر", q
    assert q.role == "نائب رئيس الوزراء ووزير الخارجية", q


def test_a_verb_going_on_of_the_other_gender_than_the_host_is_the_guests():
    # "استقبل الوزير X السفيرة Y، وقالت": the coordinated verb with no
    # subject shares the meeting verb's subject only when their genders
    # agree; a feminine verb after a masculine host (or the reverse) is the
    # other party's
    for text, name in (
        (
            "واستقبل وزير الخارجية خالد العمر السفيرة الأمريكية ماري جونز، "
            'وقالت إن "العلاقات بين البلدين متينة جدا".',
            "ماري جونز",
        ),
        (
            "والتقى الوزير خالد العمر السفيرة ماري جونز، "
            'وقالت إن "العلاقات بين البلدين متينة جدا".',
            "ماري جونز",
        ),
    ):
        q = one(text, "متينة جدا")
        assert q.speaker == name, (text, q)
    # but a verb of the host's gender goes on with the host
    for text, name in (
        (
            'واستقبل الوزير خالد العمر السفير جون سميث، وقال إن "العلاقات بين البلدين متينة جدا".',
            "خالد العمر",
        ),
        (
            'والتقت الوزيرة سلمى حداد السفير جون سميث، وقالت إن "العلاقات بين البلدين متينة جدا".',
            "سلمى حداد",
        ),
    ):
        q = one(text, "متينة جدا")
        assert q.speaker == name, (text, q)


def test_two_posts_joined_by_wa_after_bein_are_two_parties():
    # "بين وزير الخارجية ورئيس البرلمان X": after بين (two parties), or when
    # a feminine post follows a masculine one, the name's role is the
    # second post alone, not both
    for text, name, role in (
        (
            "وجرى لقاء بين وزير الخارجية ورئيس البرلمان سامي فؤاد، "
            'وقال الأخير "العلاقات بين البلدين متينة جدا".',
            "سامي فؤاد",
            "رئيس البرلمان",
        ),
        (
            "والتقى السفير الأمريكي ورئيسة حزب الأمة سلمى حداد، "
            'وقالت الأخيرة "العلاقات بين البلدين متينة جدا".',
            "سلمى حداد",
            "رئيسة حزب الأمة",
        ),
    ):
        q = one(text, "متينة جدا")
        assert (q.speaker, q.role) == (name, role), (text, q)
    # but one person's two posts stay his (or hers: a woman may hold a post
    # named in the masculine), and a nisba joined by و is no post
    for text, name, role in (
        (
            "التقى نائب رئيس الوزراء ووزير الخارجية خالد العمر نظيره الفرنسي، "
            'وقال إن "العلاقات بين البلدين متينة جدا".',
            "خالد العمر",
            "نائب رئيس الوزراء ووزير الخارجية",
        ),
        (
            'وقالت وزيرة الدولة ووزير الإعلام سلمى حداد إن "العلاقات بين البلدين متينة جدا".',
            "سلمى حداد",
            "وزيرة الدولة ووزير الإعلام",
        ),
        (
            "وقال الباحث في الشؤون الأمنية والعسكرية فيصل الزواري إن "
            '"العلاقات بين البلدين متينة جدا".',
            "فيصل الزواري",
            "الباحث في الشؤون الأمنية والعسكرية",
        ),
    ):
        q = one(text, "متينة جدا")
        assert (q.speaker, q.role) == (name, role), (text, q)


def test_after_bein_the_first_partys_name_stops_before_the_second():
    # "بين وزير الخارجية X والسفيرة Y": after بين, the first party's name
    # read from a post in construct ends before the title joined by و
    for said in ("وقالت جونز إن", "وقالت الأخيرة إن"):
        text = (
            "وجرى لقاء بين وزير الخارجية خالد العمر والسفيرة ماري جونز. "
            f'{said} "العلاقات بين البلدين متينة جدا".'
        )
        q = one(text, "متينة جدا")
        assert (q.speaker, q.role) == ("ماري جونز", "السفيرة"), (said, q)
    # but a post's own coordinated genitive is no second party
    q = one(
        "وجرى لقاء بين وزير العدل وحقوق الإنسان خالد العمر والسفيرة ماري جونز. "
        'وقال العمر إن "العلاقات بين البلدين متينة جدا".',
        "متينة جدا",
    )
    assert q.speaker == "خالد العمر", q
    assert q.role == "وزير العدل وحقوق الإنسان", q
