"""A bare title, a common noun or a body as the speaker (session bare):
"وقال الوزير «…»", "قالت السفيرة", "وقال المحتجون", and a bare title that
refers back to a person named before with that post.

Every article here is written for the test, with invented names and
sentences of its own; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of, same_name


def test_short_words_in_marks_closing_the_verbs_sentence_are_said_not_a_name():
    # "وقال الوزير "ندعم حل الدولتين".": a verb of saying, its subject (a
    # bare title, a post, a body) and marks that end its sentence: the marks
    # are what the verb says, not the titled person's name in marks (which
    # would leave the verb nothing said) nor a body's name after its label
    text = 'التقى الوزير نظيره الأردني في عمان أمس.\nوقال الوزير "ندعم حل الدولتين بقوة".\n'
    q = one(text, "ندعم حل الدولتين")
    assert q.speaker == "الوزير", q
    text = 'عقد مجلس الوزراء جلسته أمس.\nوقال المتحدث باسم الحكومة "ناقشنا ملف الكهرباء".\n'
    q = one(text, "ناقشنا ملف الكهرباء")
    assert same_name(q.speaker, "المتحدث باسم الحكومة"), q
    text = 'اجتمعت قيادة الحركة في غزة.\nوقالت الحركة "الاجتماع تأجل إلى الأسبوع المقبل".\n'
    q = one(text, "الاجتماع تأجل")
    assert q.speaker == "الحركة", q
    # (its clause closed by a participle of saying that goes on)
    text = 'وقالت السفيرة "نريد دولة مستقلة"، مضيفة أن الحل بات قريبا.\n'
    q = one(text, "نريد دولة مستقلة")
    assert q.speaker == "السفيرة", q
    # but "وقال وزير الخارجية “علي كرتي” إن …": the marks hold the
    # minister's name, the that-clause what he said
    text = "وقال وزير الخارجية “علي كرتي” إن الحكومة مستعدة للحوار مع المعارضة.\n"
    assert not quotes_of(text)
    text = "وقال وزير الخارجية “علي كرتي” للصحفيين إن الحكومة مستعدة للحوار.\n"
    assert not quotes_of(text)
    # (a verb that is not one of saying: the marks name a plan it made known)
    text = 'وأعلن الوزير "خطة الإنقاذ الوطني".\n'
    assert not quotes_of(text)


def test_an_honorific_alone_after_the_verb_is_a_bare_title():
    # "وقال الشيخ «…»": an honorific that alone refers to a person (الشيخ،
    # الدكتورة، الحاج) as the verb's subject is a bare title: the person the
    # text named with it before, or else the honorific itself, not nobody
    # and not another person named nearby
    text = (
        "وصل الشيخ حمدان بن زايد إلى المنامة أمس في زيارة رسمية.\n"
        "والتقى خلالها عددا من المسؤولين.\n"
        'وقال الشيخ "الزيارة ناجحة بكل المقاييس".\n'
    )
    q = one(text, "الزيارة ناجحة")
    assert same_name(q.speaker, "حمدان بن زايد"), q
    text = (
        "افتتح وزير الأوقاف فهد الدوسري المسجد الجديد في القرية.\n"
        'وقال الشيخ "هذا يوم مبارك لكل أهل البلدة".\n'
    )
    q = one(text, "هذا يوم مبارك")
    assert q.speaker == "الشيخ", q
    text = 'وقالت الدكتورة "المرضى يتلقون الرعاية اللازمة".\n'
    q = one(text, "المرضى يتلقون")
    assert q.speaker == "الدكتورة", q
    # but "قال مستشار الشيخ": the honorific is the genitive of the post,
    # the one he advises, not the speaker
    text = 'قال مستشار الشيخ "الزيارة تأجلت إلى موعد لاحق".\n'
    q = one(text, "الزيارة تأجلت")
    assert q.speaker == "مستشار الشيخ", q
    # nor the honorific after إنّ, the subject of the reported clause
    text = 'قال وزير الأوقاف فهد الدوسري إن الشيخ "سيلقي خطبة الجمعة في المسجد الكبير".\n'
    q = one(text, "سيلقي خطبة")
    assert q.speaker == "فهد الدوسري", q


def test_the_minister_alone_describes_no_last_speaker_of_another_post():
    # "قال رئيس الوزراء X «…». وقال الوزير «…»": "the minister" is a post,
    # not a description of whoever spoke last (as "المسؤول" is): with no
    # minister named before, the bare title speaks
    text = (
        'قال رئيس الوزراء كمال الدباغ إن "الاقتصاد يتحسن بسرعة".\n'
        'وقال الوزير "لن نقبل بهذه الشروط المجحفة".\n'
    )
    q = one(text, "لن نقبل بهذه الشروط")
    assert q.speaker == "الوزير", q
    text = (
        'قالت المتحدثة باسم الحكومة سلوى حداد إن "الميزانية جاهزة".\n'
        'وقالت الوزيرة "سنعرضها على البرلمان الأسبوع المقبل".\n'
    )
    q = one(text, "سنعرضها على البرلمان")
    assert q.speaker == "الوزيرة", q
    # but the last speaker who holds a minister's post, however coordinated
    # with another, is the one the bare title describes
    text = (
        'قال نزار الحلبي، نائب رئيس الوزراء ووزير الخارجية، إن "الاقتصاد يتحسن".\n'
        'وقال الوزير "لن نقبل بهذه الشروط المجحفة".\n'
    )
    q = one(text, "لن نقبل بهذه الشروط")
    assert q.speaker == "نزار الحلبي", q
    # and "المسؤول" still describes the prime minister quoted just before
    text = (
        'قال رئيس الوزراء كمال الدباغ إن "الاقتصاد يتحسن بسرعة".\n'
        'وقال المسؤول "لن نقبل بهذه الشروط المجحفة".\n'
    )
    q = one(text, "لن نقبل بهذه الشروط")
    assert q.speaker == "كمال الدباغ", q


def test_a_plural_of_women_after_the_verb_of_saying_is_a_group():
    # "وقالت الطالبات «…»": a definite plural in ات is mostly a thing
    # ("التحقيقات")، but right after a verb the plural of women that a
    # title names (طالبة، معلمة، ممرضة), or of a participle in م- after a
    # verb that says (محتجة), is its subject: a group, not nobody
    text = (
        'تجمع مئات الطلبة أمام مبنى الوزارة.\nوقالت الطالبات "الامتحان كان صعبا جدا هذا العام".\n'
    )
    q = one(text, "الامتحان كان صعبا")
    assert q.speaker == "الطالبات", q
    text = 'وقالت المحتجات "لن نغادر الساحة حتى تتحقق مطالبنا".\n'
    q = one(text, "لن نغادر الساحة")
    assert q.speaker == "المحتجات", q
    # but "وتشير المعلومات إلى أن «…»": information, after a verb that
    # points to, is no speaker
    text = 'وتشير المعلومات إلى أن "الحادث وقع قبل منتصف الليل بقليل".\n'
    q = one(text, "الحادث وقع")
    assert q.speaker != "المعلومات", q
