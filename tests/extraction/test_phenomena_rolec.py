"""Role carrying (rolec): the role a quote gets when its own mention gives
none, from the speaker's first or fullest mention elsewhere in the article,
and the roles that must not be carried to a speaker.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_an_occupation_noun_before_or_after_a_name_is_the_persons_role():
    # a contractor, a widow, an employee, a pensioner of a vox pop: the noun
    # before the name (the quote names him by his family name alone later)
    text = (
        "المقاول سامر خليل من بلدة الطيرة، الذي وافق على الحديث، يروي أن "
        "المشروع توقف. «طلبوا مني مبلغا كل شهر»، يقول خليل.\n"
    )
    q = one(text, "طلبوا مني")
    assert q.speaker == "سامر خليل", q
    assert q.role == "المقاول", q
    # set off by commas after the name, the quote's own mention
    text = "وتروي سلوى، أرملة في الأربعين من قرية الواد: «البيت لم يعد يحمينا من البرد».\n"
    q = one(text, "البيت لم يعد")
    assert q.role == "أرملة في الأربعين من قرية الواد", q
    # after a relation noun with the pronoun ("جارها"): the occupation the
    # text gives the person, not who he is to her
    text = (
        "وقالت منى سعيد، إحدى المودعات: «خسرت كل مدخراتي». فيما قال جارها "
        "كريم ناصر، موظف في البلدية: «وضعت كل ما أملك في الشركة».\n"
    )
    q = one(text, "وضعت كل ما أملك")
    assert q.speaker == "كريم ناصر", q
    assert q.role == "موظف في البلدية", q
    # feminine, an employee whose quote comes after her family name
    text = (
        "الموظفة سناء يوسف من مدينة الكرك، التي لم تتقاض راتبها منذ شهرين، تروي "
        "أن الإدارة تجاهلتها. «لم يرد أحد على رسائلي»، تقول يوسف.\n"
    )
    q = one(text, "لم يرد أحد")
    assert q.speaker == "سناء يوسف", q
    assert q.role == "الموظفة", q


def test_an_occupation_noun_does_not_end_a_title_before_the_name():
    # "العميد المتقاعد X": the adjective of a rank is read with the rank,
    # the name after it stays the name
    text = "وقال العميد المتقاعد سمير فرج إن «المعركة ستطول».\n"
    q = one(text, "المعركة ستطول")
    assert q.speaker == "سمير فرج", q
    assert q.role == "العميد المتقاعد", q


def test_a_post_set_after_another_in_a_role_names_its_holder():
    # "نائب رئيس الوزراء وزير الخارجية X": the second post, with no و, is
    # his as much as the first; "وزير الخارجية" alone later is that person,
    # with his whole role
    text = (
        "قال نائب رئيس الوزراء وزير الخارجية سامي الحداد إن «الحل سياسي». "
        "وأضاف وزير الخارجية أن «بلادنا ترفض التهجير».\n"
    )
    q = one(text, "ترفض التهجير")
    assert q.speaker == "سامي الحداد", q
    assert q.role == "نائب رئيس الوزراء وزير الخارجية", q
    # a spokesman's post after an adviser's, said later without وزارة
    text = (
        "قال مستشار رئيس الوزراء المتحدث الرسمي باسم وزارة الخارجية كريم "
        "العلي إن «الوساطة مستمرة». ولفت المتحدث باسم الخارجية إلى أن «الدوحة "
        "لن تتخلى عن دورها».\n"
    )
    q = one(text, "لن تتخلى")
    assert q.speaker == "كريم العلي", q
    # with the nisba of his country, another minister met between them
    text = (
        "قال رئيس مجلس الوزراء وزير الخارجية القطري الشيخ فهد الكواري إن "
        "«الوساطة مستمرة». ثم التقى وزير الخارجية التركي مراد أوزتورك. وقال وزير "
        "الخارجية القطري إن «الاتفاق قريب».\n"
    )
    q = one(text, "الاتفاق قريب")
    assert q.speaker is not None and "فهد الكواري" in q.speaker, q


def test_a_post_not_in_the_role_or_a_genitive_names_no_holder():
    # another ministry: not the foreign minister's
    text = (
        "قال نائب رئيس الوزراء وزير الخارجية سامي الحداد إن «الحل سياسي». "
        "وأضاف وزير الداخلية أن «الأمن مستتب».\n"
    )
    q = one(text, "الأمن مستتب")
    assert q.speaker == "وزير الداخلية", q
    # "مستشار الرئيس": the president is whose adviser he is, not a post of
    # his; "الرئيس" later is not the adviser
    text = (
        "قال المستشار الأمني للرئيس عمر ناصر إن «الحدود مؤمنة». وأضاف الرئيس "
        "أن «الانتخابات في موعدها».\n"
    )
    q = one(text, "الانتخابات في موعدها")
    assert q.speaker == "الرئيس", q
