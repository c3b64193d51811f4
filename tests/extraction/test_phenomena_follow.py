"""Which earlier person a follow-up cue or a reference goes to (follow).

Every sentence here is invented. Each positive test fails before its rule;
the near misses keep what the engine gave before.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_unnamed_source_serving_a_named_post_stays_unnamed():
    # "مسؤول في مكتب رئيس الوزراء X Y": the name is the post's holder the
    # source serves (or is close to), not the source's
    for text, speaker in (
        (
            "قال مسؤول في مكتب رئيس الوزراء الإسرائيلي داني شاحر إن «الوفد لن يسافر».",
            "مسؤول في مكتب رئيس الوزراء الإسرائيلي داني شاحر",
        ),
        (
            "قال مسؤول مقرب من الرئيس التركي كمال أوزتورك إن «أنقرة لن تتراجع».",
            "مسؤول مقرب من الرئيس التركي كمال أوزتورك",
        ),
        (
            "قالت مسؤولة في مكتب وزيرة الخارجية هيلغا برانت إن «القمة في موعدها».",
            "مسؤولة في مكتب وزيرة الخارجية هيلغا برانت",
        ),
        (
            "قال مستشار لدى رئيس الحكومة سليم الورداني إن «التعديل قريب».",
            "مستشار لدى رئيس الحكومة سليم الورداني",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.speaker_kind == "anonymous", (text, q)


def test_unnamed_source_goes_on_unnamed():
    text = (
        "قال مسؤول في مكتب رئيس الوزراء داني شاحر إن «الوفد لن يسافر». "
        "وأضاف المسؤول: «لم تصلنا ردود على مقترحاتنا»."
    )
    for q in extract(text):
        assert q.speaker_kind == "anonymous" and q.speaker != "داني شاحر", q


def test_named_official_after_a_body_keeps_his_name():
    # no post of a person between the preposition and the name: the name
    # is the official's (or a definite head: "المسؤول في …", a named one)
    for text, speaker, role in (
        (
            "قال مسؤول في وزارة الخارجية الأمريكية جون كارتر إن «القمة في موعدها».",
            "جون كارتر",
            "مسؤول في وزارة الخارجية الأمريكية",
        ),
        (
            "قال ضابط في الشرطة العقيد سامي الحربي إن «الطريق مغلقة».",
            "سامي الحربي",
            "ضابط في الشرطة",
        ),
        (
            "قال المسؤول في مكتب رئيس الوزراء سامي العلي إن «القمة في موعدها».",
            "سامي العلي",
            "المسؤول في مكتب رئيس الوزراء",
        ),
        (
            "قال مسؤول في مجلس الوزراء السوري محمد العلي إن «القمة في موعدها».",
            "محمد العلي",
            "مسؤول في مجلس الوزراء السوري",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)


def test_kin_of_a_named_person_then_the_kin_s_own_name():
    # "قالت والدة الأسير X Y، Z W:": the name in commas is the kin's, the
    # description (with the relative's name) the role
    for text, speaker, role in (
        (
            "قالت والدة الأسير سامر حمدان، نجوى حمدان: «ابني قضى عشرين عاما في السجن».",
            "نجوى حمدان",
            "والدة الأسير سامر حمدان",
        ),
        (
            "وقال والد الشهيد أحمد سالم، محمود سالم، إن «ابني كان بطلا».",
            "محمود سالم",
            "والد الشهيد أحمد سالم",
        ),
        (
            "قال شقيق المعتقل رامي العلي، ماهر العلي: «نطالب بالإفراج عنه».",
            "ماهر العلي",
            "شقيق المعتقل رامي العلي",
        ),
        (
            "قالت زوجة الصحفي المختطف كريم بدر، سلوى بدر، إن «لا أخبار عنه».",
            "سلوى بدر",
            "زوجة الصحفي المختطف كريم بدر",
        ),
    ):
        q = one(text, "")
        assert q.speaker == speaker and q.role == role, (text, q)


def test_kin_s_name_goes_on():
    text = (
        "قالت والدة الأسير سامر حمدان، نجوى حمدان: «ابني قضى عشرين عاما في السجن». "
        "وكان سامر حمدان قد اعتقل عام 2004. وتابعت: «سنواصل المطالبة بالإفراج عنه»."
    )
    q = one(text, "سنواصل")
    assert q.speaker == "نجوى حمدان", q


def test_kin_of_a_named_person_with_an_aside_is_no_name():
    # words in commas that are no name (an aside, an age) leave the kin as before
    for text, not_speaker in (
        ("قال شقيق الضحية محمد الهادي، في تصريح، إن «العائلة تطالب بالحقيقة».", "في تصريح"),
        ("قالت والدة الشهيد محمد سالم، بكل حزن، إن «ابني بطل».", "بكل حزن"),
        (
            "قال والد الطفل سامي العلي، مرة أخرى، إن «الحادث مروع».",
            "مرة أخرى",
        ),
    ):
        q = one(text, "")
        assert q.speaker != not_speaker and q.role != "في تصريح", (text, q)


def test_who_adds_has_spoken_before_not_the_one_who_only_acted():
    # "قال X «…». وسجل المهاجم Y هدفا. وأضاف: «…»": أضاف/تابع go on with
    # one who spoke; the titled person the sentence between brought in
    # only acted
    for text, speaker in (
        (
            "قال مدرب الفريق سامي العياري إن فريقه «قدم مباراة كبيرة». وسجل المهاجم "
            "كريم الدراجي هدف الفوز في الدقيقة 78. وأضاف: «النقاط الثلاث مهمة».",
            "سامي العياري",
        ),
        (
            "قال قائد الشرطة العميد سالم الحربي إن «الحادث أودى بحياة ثلاثة أشخاص». "
            "وكان سائق الشاحنة نبيل العمري قد فقد السيطرة على مركبته. "
            "وأضاف: «نهيب بالسائقين الالتزام بالسرعة».",
            "سالم الحربي",
        ),
        (
            "قال رئيس النادي حسين الرفاعي: «لن نفرط في اللاعب». وكان اللاعب أحمد زكي "
            "قد سجل هدفين في المباراة. وتابع: «سيجدد عقده قريبا».",
            "حسين الرفاعي",
        ),
    ):
        qs = extract(text)
        assert len(qs) == 2 and qs[-1].speaker == speaker, (text, qs[-1])


def test_title_glued_to_a_preposition_is_no_subject_who_speaks():
    # "وعوضه بالحارس X": the verb's complement, not the subject of a verb
    text = (
        "أعلن مدرب المنتخب رضا الزغيدي، الأحد، قائمة اللاعبين. واستبعد الزغيدي الحارس "
        "خليفة غضبان، وعوضه بالحارس عبد الرحمن ملال. وصرح: «القائمة تضم مزيجا من الخبرة والشباب»."
    )
    q = one(text, "القائمة")
    assert q.speaker == "رضا الزغيدي", q


def test_the_one_brought_in_speaks_when_he_spoke_or_the_verb_does_not_add():
    for text, speaker in (
        # he spoke in the sentence between: he adds
        (
            "قال الوزير سامي العلي إن «العلاقات جيدة». وقال السفير كمال الجزيري إن "
            "التعاون قديم. وأضاف: «سنوقع اتفاقا».",
            "كمال الجزيري",
        ),
        # he commented (a verb of saying, no words told): he adds
        (
            "قال المدرب سامي العياري: «الفوز مستحق». وعلق اللاعب كريم الدراجي على "
            "المباراة. وأضاف: «أهديه للجمهور».",
            "كريم الدراجي",
        ),
        # a deed's verb of saying with its words after it
        (
            "قال المدرب سامي العياري: «الفوز مستحق». وسجل اللاعب كريم الدراجي أن "
            "الفريق تحسن. وأضاف: «أهديه للجمهور».",
            "كريم الدراجي",
        ),
        # "وقال" presupposes nothing: the one brought in speaks
        (
            "قال الوزير سامي العلي إن «العلاقات جيدة». واستقبل السفير كمال الجزيري "
            "الوفد. وقال: «سنوقع اتفاقا».",
            "كمال الجزيري",
        ),
        # the last speaker a woman, the verb masculine: not hers
        (
            "قالت المدربة سلمى العابد: «الفوز مستحق». وسجل المهاجم كريم الدراجي هدف "
            "الفوز. وأضاف: «أهديه للجمهور».",
            "كريم الدراجي",
        ),
        # no quote before: the one brought in
        ("سجل المهاجم كريم الدراجي هدف الفوز. وأضاف: «أهديه للجمهور».", "كريم الدراجي"),
    ):
        qs = extract(text)
        assert qs[-1].speaker == speaker, (text, qs[-1])


def test_the_latter_again_is_the_one_the_first_latter_was():
    # "وأكد الأخير أن …. وأضاف الأخير: «…»": no one named since the first
    # "latter", the second is the same person
    for text, speaker in (
        (
            "التقى وزير الصحة أمين التهامي بممثل منظمة الصحة العالمية أحمد الرزيقي. "
            "وأكد الأخير أن المنظمة ستدعم برنامج التلقيح. "
            "وأضاف الأخير: «المغرب نموذج في المنطقة».",
            "أحمد الرزيقي",
        ),
        (
            "استقبل الوزير أمين التهامي السفيرة سلمى الرزيقي. وأكدت الأخيرة أن "
            "العلاقات جيدة. وأضافت الأخيرة: «التعاون قديم».",
            "سلمى الرزيقي",
        ),
    ):
        qs = extract(text)
        assert len(qs) == 1 and qs[0].speaker == speaker, (text, qs)


def test_the_latter_of_the_other_gender_does_not_chain():
    # "وأكدت الأخيرة …. وقال الأخير": she is no "latter" for him; the
    # sentence before names a man: he is the latter
    text = (
        "التقى الوزير أمين التهامي بالسفيرة سلمى الرزيقي. وأكدت الأخيرة أن العلاقات "
        "جيدة، بحضور المستشار كمال العلي. وقال الأخير: «التعاون قديم»."
    )
    q = one(text, "التعاون")
    assert q.speaker == "كمال العلي", q


def test_the_one_asked_answers_in_the_next_sentence():
    # "وسأله رئيس اللجنة X عن …. وأجاب: «…»": the pronoun on سأل is the one
    # asked, who answers; the asker does not
    text = (
        "مثل وزير النقل السابق سامي الخطيب أمام لجنة التحقيق البرلمانية. وسأله رئيس "
        "اللجنة النائب فادي العلي عن صفقة القطارات. وأجاب: «لم أوقع أي عقد مخالف»."
    )
    q = one(text, "لم أوقع")
    assert q.speaker == "سامي الخطيب", q


def test_the_asker_goes_on_when_no_one_of_the_pronoun_s_gender_was_met():
    for text in (
        # the one met is a woman, "سأله" asks a man: the asker answers on
        "مثلت وزيرة النقل السابقة سلمى الخطيب أمام اللجنة. وسأله رئيس اللجنة النائب "
        "فادي العلي عن الصفقة. وأجاب: «لا أحد يعرف».",
        # "وقال" is no answer
        "مثل وزير النقل السابق سامي الخطيب أمام اللجنة. وسأله رئيس اللجنة النائب "
        "فادي العلي عن الصفقة. وقال: «هذا سؤال مهم».",
    ):
        qs = extract(text)
        assert len(qs) == 1 and qs[0].speaker == "فادي العلي", (text, qs)


_DENIED = "قال المتحدث باسم الشرطة كريم العيادي إن «المشتبه به اعتقل». "


def test_after_but_the_titled_subject_before_his_verb_goes_on():
    # "لكن المتحدث Y نفى ذلك، وقال: «…»": after لكن/غير أن the titled
    # person before the verb is its subject; و joins the verb of saying to it
    for rest, speaker in (
        ("لكن المتحدث باسم النيابة سعيد الهاشمي نفى ذلك، وقال: «لم يعتقل أحد».", "سعيد الهاشمي"),
        ("لكن النائب سعيد الهاشمي رفض ذلك، وقال: «لم يعتقل أحد».", "سعيد الهاشمي"),
        (
            "ولكن المتحدثة باسم النيابة سعاد الهاشمي نفت ذلك، وقالت: «لم يعتقل أحد».",
            "سعاد الهاشمي",
        ),
        (
            "غير أن المتحدث باسم النيابة العامة سعيد الهاشمي نفى ذلك، وأضاف: «لم يعتقل أحد».",
            "سعيد الهاشمي",
        ),
    ):
        q = one(_DENIED + rest, "لم يعتقل")
        assert q.speaker == speaker, (rest, q)


def test_after_but_a_named_subject_or_the_other_gender_keeps_its_answer():
    for rest, speaker in (
        # the verb of saying names its own subject
        ("لكن الوزير سعيد الهاشمي لم يعلق، وقال العيادي: «لم يعتقل أحد».", "كريم العيادي"),
        # the verb of saying right after the subject: its own subject
        ("لكن المتحدث باسم النيابة سعيد الهاشمي قال: «لم يعتقل أحد».", "سعيد الهاشمي"),
    ):
        q = one(_DENIED + rest, "لم يعتقل")
        assert q.speaker == speaker, (rest, q)
    q = one(_DENIED + "لكن المتحدث سعيد الهاشمي نفى ذلك، وقالت: «لم يعتقل أحد».", "لم يعتقل")
    assert q.speaker != "سعيد الهاشمي", q


def test_the_one_asked_answers_in_the_same_sentence():
    # "…، وسأله X عن …، فأجاب:": the pronoun on سأل, not X
    for text, speaker in (
        (
            "مثل وزير النقل السابق سامي الخطيب أمام اللجنة، وسأله رئيس اللجنة النائب "
            "فادي العلي عن صفقة القطارات، فأجاب: «لم أوقع أي عقد مخالف».",
            "سامي الخطيب",
        ),
        (
            "مثل وزير النقل السابق سامي الخطيب أمام اللجنة. وسأله رئيس اللجنة النائب "
            "فادي العلي عن صفقة القطارات، فرد قائلا: «لم أوقع أي عقد مخالف».",
            "سامي الخطيب",
        ),
        # the asker met before by his full name, asking by his family name
        (
            "استضاف الإعلامي فادي العلي وزير النقل سامي الخطيب في برنامجه، وسأله العلي "
            "عن الصفقة، فأجاب: «لم أوقع أي عقد».",
            "سامي الخطيب",
        ),
    ):
        q = one(text, "لم أوقع")
        assert q.speaker == speaker, (text, q)
    # "سأله" asks a man; only a woman was met: the asker goes on
    q = one(
        "مثلت وزيرة النقل السابقة سلمى الخطيب أمام اللجنة، وسأله رئيس اللجنة النائب "
        "فادي العلي عن الصفقة، فأجاب: «لا أحد يعرف».",
        "لا أحد",
    )
    assert q.speaker == "فادي العلي", q
