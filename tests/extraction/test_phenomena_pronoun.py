"""Subjects that are pronouns or carried by the verb (pronoun area,
2026-12-03): a message's words given to its sender, not to the message nor
to whom it is sent.

Every article here is written for the test; each test fails without the
rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_words_in_a_message_sent_are_its_senders():
    # "ونقل رسالة إلى X، أبلغه فيها أن «…»": "فيها" takes up the message
    # (the object of the verb before it), which is what the words are in;
    # the verb names no subject after it, so the chain's subject sends it
    q = one(
        "وذكرت الصحيفة أن وزير الخارجية الأردني أيمن الصفدي زار دمشق الأسبوع "
        "الماضي، ونقل رسالة إلى الرئيس السوري، بشار الأسد، أبلغه فيها أن "
        "«على سوريا أن تحدد موقفها».",
        "تحدد موقفها",
    )
    assert "أيمن الصفدي" in q.speaker, q
    q = one(
        "وزارت وزيرة الخارجية النمساوية كارين كنايسل القاهرة، وسلمت رسالة إلى "
        "الرئيس المصري، أبلغته فيها أن «فيينا تدعم الحوار».",
        "فيينا تدعم",
    )
    assert "كارين كنايسل" in q.speaker, q
    q = one(
        "وذكرت الوكالة أن الرئيس الفرنسي إيمانويل ماكرون استقبل نظيره اللبناني "
        "ميشال عون، وسلمه رسالة قال فيها: «فرنسا لن تتخلى عن لبنان».",
        "لن تتخلى",
    )
    assert q.speaker == "إيمانويل ماكرون", q
    # left alone: the body that issues the statement before "فيه"
    q = one("وأصدرت وزارة الخارجية بيانا أكدت فيه أن «الحوار هو الحل».", "الحوار")
    assert q.speaker == "وزارة الخارجية", q
    q = one(
        "ووجهت النائبة سعاد الحمد رسالة إلى الحكومة، أكدت فيها أن «المواطن يعاني».",
        "المواطن يعاني",
    )
    assert q.speaker == "سعاد الحمد", q


def test_a_messages_content_is_its_senders():
    # "رسالة إلى X فحواها/مفادها/مضمونها/نصها أن «…»": the words are the
    # message's content, its sender's (the subject of the verb that sends
    # it, before or after it, or of the verb that asks for it carried)
    q = one(
        "وقالت الصحيفة إن الرئيس التركي رجب طيب أردوغان بعث رسالة إلى نظيره "
        "الروسي مفادها أن «أنقرة لن تتراجع».",
        "أنقرة لن",
    )
    assert "رجب طيب أردوغان" in q.speaker, q
    q = one(
        "وأرسل الرئيس التركي رجب طيب أردوغان رسالة إلى نظيره الروسي فلاديمير "
        "بوتين، مضمونها أن «أنقرة لن تتراجع».",
        "أنقرة لن",
    )
    assert q.speaker == "رجب طيب أردوغان", q
    q = one(
        "وقال المسؤول إن الوزير خالد العمري زاره في مكتبه، وطلب منه نقل رسالة "
        'لسفير واشنطن فحواها أن "العراق لن يقبل بأي تدخل".',
        "العراق لن",
    )
    assert "خالد العمري" in q.speaker, q
    q = one(
        'وتلقى الرئيس اللبناني رسالة من نظيره الفرنسي إيمانويل ماكرون نصها: "باريس ستدعم لبنان".',
        "باريس ستدعم",
    )
    assert q.speaker == "إيمانويل ماكرون", q
    # left alone: the one who receives a message ("تلقى", "تسلم") does not
    # send it; and a content word with no message before it
    text = "وتلقى الرئيس اللبناني ميشال عون رسالة مفادها أن «باريس ستدعم لبنان»."
    assert [q.speaker for q in quotes_of(text)] in ([], [None]), quotes_of(text)
    q = one(
        "وقال الوزير خالد العلي إن الرسالة وصلت، وأكد أن مضمونها «سيبقى سريا جدا».",
        "سيبقى سريا",
    )
    assert q.speaker == "خالد العلي", q


def test_a_message_after_a_title_is_no_name():
    # "وبعث الملك رسالة", "وأرسل الوزير قرارا": an indefinite message or
    # paper after the subject's title or name is the verb's object
    q = one("وبعث الملك رسالة إلى الرئيس نصها: «نهنئكم بالعيد الوطني».", "نهنئكم")
    assert q.speaker == "الملك", q
    q = one(
        "وقال وزير الداخلية إن «الأمن مستتب». وأرسل الوزير قرارا إلى المحافظين، "
        "أبلغهم فيه أن «الإجراءات مستمرة».",
        "الإجراءات مستمرة",
    )
    assert q.speaker == "وزير الداخلية", q
    # left alone: a paper heading the phrase ("رسالة الوزير")
    q = one('وقالت رسالة الوزير إن "الإجراءات مستمرة".', "الإجراءات")
    assert q.speaker == "رسالة الوزير", q


def test_the_one_asked_refuses_after_a_contrast_pronoun():
    # "حاولت X إقناع Y لكنه رفض قائلا «…»", "طلب X من Y … إلا أنه رفض
    # وقال": the pronoun of the contrast is the one asked, tried or pressed
    # (the last person of its gender named after the verb that asks), who
    # refuses or answers, not the one who asked nor an earlier speaker
    q = one(
        "وقال السفير الأمريكي إن الوضع معقد. وحاولت السفارة إقناع ابنه محمد "
        '(ولي العهد) لكنه رفض قائلا "لن أوقع على هذا الاتفاق".',
        "لن أوقع",
    )
    assert "محمد" in q.speaker and q.role == "ولي العهد", q
    q = one(
        'وحاولت الحكومة إقناع الوزيرة سعاد الحكيم بالبقاء لكنها رفضت قائلة "لقد اتخذت قراري".',
        "اتخذت قراري",
    )
    assert q.speaker == "سعاد الحكيم", q
    q = one(
        'وطلب الرئيس من رئيس الوزراء خالد العمري الاستقالة إلا أنه رفض وقال "لن أستقيل".',
        "لن أستقيل",
    )
    assert q.speaker == "خالد العمري", q
    q = one(
        "وطلبت الوزيرة سعاد الحكيم من المدير خالد العمري الاستقالة لكنها رفضت "
        "قائلة «لن أتراجع عن قراري».",
        "لن أتراجع",
    )
    assert q.speaker == "سعاد الحكيم", q
    # left alone: no one asked (a genitive of a thing, a place visited), or
    # a verb after the contrast that is no refusal nor answer
    q = one("وانتقد الوزير خالد العلي قرار رئيس الحكومة، لكنه أكد أن «الحوار مستمر».", "الحوار")
    assert "خالد العلي" in q.speaker, q
    q = one(
        "وزار الوزير خالد العلي مكتب المحافظ، لكنه رفض التعليق قائلا «لا جديد لدي».",
        "لا جديد",
    )
    assert q.speaker == "خالد العلي", q


def test_a_verb_glued_to_wa_after_a_name_opens_the_chains_next_clause():
    # "وزار الوزير X القاهرة، والتقى الرئيس Y، وقال إن": the words after the
    # comma that follows the name open the next verb of the chain (و + a
    # verb before a definite word), no second name set off by commas; the
    # verb of saying goes on with the chain's subject
    q = one(
        "وزار وزير الخارجية الأمريكي أنتوني بلينكن القاهرة، والتقى الرئيس "
        "المصري، وقال إن «مصر شريك أساسي».",
        "شريك أساسي",
    )
    assert "أنتوني بلينكن" in q.speaker and q.role == "وزير الخارجية الأمريكي", q
    q = one(
        "وذكرت الصحيفة أن وزير الخارجية الأمريكي أنتوني بلينكن زار القاهرة، "
        "والتقى الرئيس المصري، وأبلغه أن «واشنطن تدعم مصر».",
        "واشنطن تدعم",
    )
    assert q.speaker == "أنتوني بلينكن", q
    # left alone: a name set off by commas after the title
    q = one('وقال وزير الخارجية الأمريكي، أنتوني بلينكن، إن "واشنطن تدعم مصر".', "واشنطن تدعم")
    assert q.speaker == "أنتوني بلينكن", q
