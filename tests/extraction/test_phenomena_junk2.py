"""Implausible speakers: a phrase that cannot speak taken for the speaker
(session junk2 of 2026-12-03).

Every article here is invented for the test; each positive fails without
the rule it names, and the negatives keep today's answer.
"""

from tests.extraction.helpers import one


def test_attributed_to_after_the_place_the_document_was_sent_to():
    # "ونسبت برقية أرسلتها السفارة … إلى واشنطن، إلى X قوله": the first
    # إلى is where the cable went; the one after it, then قوله, speaks
    for text, speaker, role in (
        (
            "ونسبت برقية بعثت بها السفارة في عمان إلى باريس، إلى الوزير سمير داود"
            " قوله إن «المفاوضات ستكون صعبة جدا».",
            "سمير داود",
            "الوزير",
        ),
        (
            "ونسبت وثيقة أرسلتها القنصلية في 3 آذار 2008 إلى لندن إلى رئيس البلدية"
            " كمال نعيم قوله إن «المفاوضات ستكون صعبة جدا».",
            "كمال نعيم",
            "رئيس البلدية",
        ),
        (
            "ونسب تقرير وجهته البعثة إلى موسكو، إلى المعارض فادي حلمي قوله:"
            " «المفاوضات ستكون صعبة جدا».",
            "فادي حلمي",
            "المعارض",
        ),
    ):
        q = one(text, "صعبة جدا")
        assert (q.speaker, q.role) == (speaker, role), (text, q)
    # negatives: one إلى, the one the words are put to
    for text, speaker in (
        ("ونسبت البرقية إلى الوزير سمير داود قوله إن «المفاوضات ستكون صعبة جدا».", "سمير داود"),
        ("ونسب السفير إلى الملك قوله إن «المفاوضات ستكون صعبة جدا».", "الملك"),
    ):
        assert one(text, "صعبة جدا").speaker == speaker, text


def test_what_a_relative_clause_contains_is_no_speaker():
    # "أن التسريبات التي تضمنت مواقف …، «…»": تضمن after a relative
    # pronoun has the relative's noun for its subject; the noun after it
    # is its object, and the verb opening the sentence keeps its subject
    for text, speaker, role in (
        (
            "اعتبر وزير الخارجية سالم الراشد اليوم أن التقارير التي تضمنت اتهامات"
            ' خطيرة لرئيس البلدية، "مبالغ فيها ولا أساس لها من الصحة".',
            "سالم الراشد",
            "وزير الخارجية",
        ),
        (
            "أكد رئيس الوزراء كريم فاضل أن البيان الذي تضمن انتقادات حادة للحكومة"
            ' "مبالغ فيها ولا أساس لها من الصحة".',
            "كريم فاضل",
            "رئيس الوزراء",
        ),
        (
            "رأت النائبة ليلى منصور أن الرسائل التي تتضمن تهديدات مباشرة للصحفيين"
            ' "مبالغ فيها ولا أساس لها من الصحة".',
            "ليلى منصور",
            "النائبة",
        ),
    ):
        q = one(text, "لا أساس لها")
        assert (q.speaker, q.role) == (speaker, role), (text, q)
    # negatives: the document right after تضمن speaks
    for text in (
        "وتضمنت البرقية أن «الوضع الأمني يتدهور بسرعة».",
        "وتضمن التقرير تحذيرا من أن «الوضع الأمني يتدهور بسرعة».",
    ):
        assert one(text, "يتدهور").speaker in ("البرقية", "التقرير"), text


def test_what_an_adjective_of_knowing_is_versed_in_is_no_name():
    # "رئيس الحكومة العارفة بأمور الناس، قال": a definite adjective of
    # knowing or caring in the title, then its complement glued to بـ; no
    # name opens there, the title speaks
    for text in (
        "رئيس البلدية الخبير بشؤون المدينة قال: «نحتاج إلى مزيد من الحدائق العامة».",
        "وزيرة الثقافة المهتمة بقضايا الشباب، قالت: «نحتاج إلى مزيد من الحدائق العامة».",
        "مدير المستشفى العارف بأحوال المرضى قال: «نحتاج إلى مزيد من الحدائق العامة».",
        "وزير الزراعة الملم بشؤون الفلاحين قال: «نحتاج إلى مزيد من الحدائق العامة».",
        "رئيسة الجامعة المختصة بعلوم البحار، قالت: «نحتاج إلى مزيد من الحدائق العامة».",
    ):
        q = one(text, "الحدائق")
        assert q.speaker and not q.speaker.startswith("ب"), (text, q)
        assert q.role and q.speaker == q.role, (text, q)
    # negatives: a name after an adjective that takes no بـ, or after the
    # portfolio of المكلف
    for text, speaker in (
        ("الرئيس الراحل بشير الجميل قال: «لبنان لن يكون ساحة لأحد».", "بشير الجميل"),
        (
            "وزير المالية المكلف بشؤون الميزانية سمير حداد، قال: «لبنان لن يكون ساحة لأحد».",
            "سمير حداد",
        ),
    ):
        assert one(text, "ساحة لأحد").speaker == speaker, text


def test_the_thing_given_after_a_title_is_no_name():
    # "وقدم الناطق باسم الحكومة نصيحة للموظفين قائلا": after a verb of
    # giving, the one word between the title and the one given to (لـ) is
    # the thing given; the title speaks
    for text, role in (
        (
            'وقدم الناطق باسم الحكومة نصيحة للموظفين بألا يبذروا قائلا: "الوضع صعب".',
            "الناطق باسم الحكومة",
        ),
        ('ووجه وزير الصحة نداء للمواطنين بالبقاء في البيوت قائلا: "الوضع صعب".', "وزير الصحة"),
        ('وأسدى المدرب نصائح للاعبين الشبان مضيفا: "الوضع صعب".', "المدرب"),
        ('وقدمت الوزيرة تحية للمعلمين قائلة: "الوضع صعب".', "الوزيرة"),
        ('ووجهت المديرة تحذيرا للموظفين قائلة: "الوضع صعب".', "المديرة"),
    ):
        q = one(text, "الوضع صعب")
        assert (q.speaker, q.role) == (role, role), (text, q)
    # negatives: a name, named before or with the thing given after the one
    # given to; after a verb of saying; a full name before the thing given
    for text, speaker in (
        (
            "قال الوزير حمزة العلي إن الرواتب ستصرف. "
            'وقدم الوزير حمزة للموظفين نصيحة قائلا: "الوضع صعب".',
            "حمزة العلي",
        ),
        ('وقدم الرئيس بوتفليقة للبرلمان مشروع القانون قائلا: "الوضع صعب".', "بوتفليقة"),
        ('وقال الناطق باسم الحكومة حمزة للصحفيين: "الوضع صعب".', "حمزة"),
        ('ووجه الرئيس سامي فؤاد رسالة للمواطنين قائلا: "الوضع صعب".', "سامي فؤاد"),
    ):
        assert one(text, "الوضع صعب").speaker == speaker, text


def test_the_spokesman_said_with_his_other_word_is_the_one_named():
    # "المتحدث باسم الحكومة X" then "وقدم الناطق باسم الحكومة": الناطق
    # and المتحدث are one post; the bare post is the person named with it
    for text, speaker in (
        (
            "قال الناطق باسم الجيش سمير حداد إن الوضع مستقر. "
            'وأضاف المتحدث باسم الجيش: "الحدود آمنة تماما".',
            "سمير حداد",
        ),
        (
            "قال المتحدث باسم وزارة الصحة نبيل عيسى إن الوضع مستقر. "
            'وقدم الناطق باسم الوزارة نصيحة للمواطنين قائلا: "الحدود آمنة تماما".',
            "نبيل عيسى",
        ),
        (
            "قالت الناطقة باسم البلدية سهى قاسم إن الوضع مستقر. "
            'وقالت المتحدثة باسم البلدية: "الحدود آمنة تماما".',
            "سهى قاسم",
        ),
    ):
        assert one(text, "آمنة تماما").speaker == speaker, text
    # negatives: the spokesman of another body, or of the other gender
    for text in (
        "قال المتحدث باسم الجيش سمير حداد إن الوضع مستقر. "
        'وقال الناطق باسم الحكومة: "الحدود آمنة تماما".',
        "قالت المتحدثة باسم الحكومة ليلى منصور إن الوضع مستقر. "
        'وقال الناطق باسم الحكومة: "الحدود آمنة تماما".',
    ):
        assert one(text, "آمنة تماما").speaker == "الناطق باسم الحكومة", text
