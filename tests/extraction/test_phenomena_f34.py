"""Phenomena found by the fresh author's set F34 (``articles_blind39.py``).

Every article here is written for the test, in sentences that are not in
F34's data files; each test fails without the rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one, same_name


def test_a_doctor_abbreviated_with_a_stop_opens_the_name_in_commas():
    # "مدير المركز، د. X، …": the abbreviation د. is two tokens, the honorific
    # and its stop; the name after it in commas is the speaker, the title
    # before it the role
    text = (
        "وقالت رئيسة قسم الأطفال، د. هالة النجار، لـ«الصحيفة» إن الأجنحة "
        "«مكتظة منذ أسابيع ولا أسرّة إضافية لدينا».\n"
    )
    q = one(text, "مكتظة منذ")
    assert same_name(q.speaker, "هالة النجار"), q
    assert q.role == "رئيسة قسم الأطفال", q


def test_an_age_in_brackets_does_not_hide_the_apposition_after_it():
    # "X (70 عاماً)، النازح من …،": the age aside closes, then the comma
    # opens the apposition that describes the person
    text = (
        "«تركنا كل شيء خلفنا ولم نحمل إلا الأوراق»، تقول الحاجة فاطمة "
        "الزعبي (71 عاماً)، القادمة من بلدة طفس، وهي تجلس على فرشة رقيقة.\n"
    )
    q = one(text, "تركنا كل")
    assert same_name(q.speaker, "فاطمة الزعبي"), q
    assert q.role == "القادمة من بلدة طفس", q


def test_a_definite_participle_of_origin_after_a_name_is_its_role():
    # "X، النازح من مدينة …:": a definite participle with من and a place
    # describes the person just named, as "نازح من …" would
    text = 'ويقول سامي العلي، المهجر من حي الوعر: "لم يبق لنا هناك بيت نعود إليه".\n'
    q = one(text, "لم يبق")
    assert same_name(q.speaker, "سامي العلي"), q
    assert q.role == "المهجر من حي الوعر", q


def test_a_body_named_in_marks_with_its_definite_head_is_no_quotation():
    # "أرقام نشرها "المرصد الوطني للعنف - راصد"": a body's name in marks,
    # its definite head and an adjective, after a verb that is no cue
    text = (
        'وبحسب أرقام نشرها "المرصد الوطني لحقوق العمال"، فقد ارتفعت البطالة.\n\n'
        'وقال مدير المرصد سعيد الخطيب إن "الأرقام أسوأ مما توقعنا في بداية العام".\n'
    )
    quotes = extract(text)
    assert [q.text for q in quotes] == ["الأرقام أسوأ مما توقعنا في بداية العام"], quotes
