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
