"""Over-reach of the session's speaker rules, found by invented probes (the
revspk review).

Every article here is written for the test, in invented sentences; each
test fails without the narrowing it names.
"""

from tests.extraction.helpers import one


def test_a_student_with_a_pronoun_after_a_verb_of_saying_is_its_subject():
    # f19b347 made "طالبته/طالبها/طالبهم" (demanded of him/her/them) verbs
    # of saying; right after a verb of saying they are its subject, the
    # noun "his/her/their student", as before that commit
    text = "وقالت طالبته السابقة سارة أحمد إن «الأستاذ كان متواضعا جدا».\n"
    q = one(text, "الأستاذ كان")
    assert q.cue == "وقالت", q
    assert q.speaker == "سارة أحمد", q
    text = "وقال طالبها السابق أحمد علي إن «المعلمة كانت متواضعة جدا».\n"
    q = one(text, "المعلمة كانت")
    assert q.cue == "وقال", q
    assert q.speaker is not None and "أحمد علي" in q.speaker, q
    text = "وقال طالبهم الأول أحمد علي إن «المدرسين كانوا متواضعين جدا».\n"
    q = one(text, "المدرسين كانوا")
    assert q.speaker is not None and "أحمد علي" in q.speaker, q


def test_a_singular_of_the_broken_plural_shape_before_that_speaks():
    # 3f779fb read a word of the letters مفاعل with the article, alone,
    # as a broken plural, the verb's object ("وروت المراحل التي سبقت");
    # the singular participle has the same letters, and before أنّ it is
    # the subject who speaks; so is a plural of bodies
    text = "وقال المقاتل إن «المعارك مستمرة في الريف الشمالي».\n"
    q = one(text, "المعارك مستمرة")
    assert q.speaker == "المقاتل", q
    text = "وأكدت المصارف أن «الودائع آمنة ولا خوف عليها».\n"
    q = one(text, "الودائع آمنة")
    assert q.speaker == "المصارف", q


def test_the_framework_with_no_name_after_it_is_no_title():
    # b76c09d made "الإطار" (the Maghrebi cadre, "الإطار الوطني X") a
    # title; with no name after it, "الإطار التنسيقي" (a coalition) got
    # itself for a role, a post no one holds
    text = "وقال الإطار التنسيقي في بيان إن «الحكومة المقبلة ستشكل قريبا».\n"
    q = one(text, "الحكومة المقبلة")
    assert q.speaker == "الإطار التنسيقي", q
    assert q.role is None, q


def test_a_coordinated_verb_does_not_go_on_with_a_clause_of_contrast():
    # 7359753 let a verb with و after a comma go on with the clause just
    # before it when that clause's verb has a titled name for its subject
    # ("، إذ اتصل الملك Y بالسفير، وأبلغه أن"); a clause of contrast
    # ("بينما", "فيما") is an aside set against the sentence, and the
    # earlier cue's subject goes on
    for conjunction in ("بينما", "فيما"):
        text = (
            "واعتبر النائب سامر الحلبي أن الأزمة خطيرة، "
            f"{conjunction} غادر الرئيس فادي النمر البلاد، وشدد على أن "
            "«الحل بيد البرلمان».\n"
        )
        q = one(text, "الحل بيد البرلمان")
        assert q.speaker == "سامر الحلبي", (conjunction, q)


def test_a_verb_after_idh_is_the_commenters_when_the_talk_is_what_he_comments_on():
    # 148d38c gave a verb of saying after إذ with no subject to the owner
    # of a talk the clause names ("فوجئ X لدى حديث Y عن …، إذ اعتبرهم");
    # the talk commented on ("وعلق X على تصريحات Y …") is no occasion,
    # and what X considered them is X's
    text = (
        "وعلق الوزير سامر الحلبي على تصريحات الرئيس فادي النمر عن الأزمة، "
        "إذ اعتبرها «بعيدة عن الواقع».\n"
    )
    q = one(text, "بعيدة عن الواقع")
    assert q.speaker == "سامر الحلبي", q


def test_a_source_after_words_a_verb_of_saying_takes_directly_only_relays():
    # 00986ae gave words far from their cue, introduced by no colon and no
    # أنّ, to a source right after them ("«…»، بحسب الموقع"); after "قال"
    # and its like the words are the verb's object, the speaker's, and the
    # agency after them only relays
    text = (
        "وقال وزير الخارجية سامر الحلبي في المؤتمر الذي عقد في العاصمة بحضور "
        "عدد من السفراء «نحن مستعدون للحوار مع الجميع»، بحسب وكالة الأنباء "
        "الرسمية.\n"
    )
    q = one(text, "نحن مستعدون للحوار")
    assert q.speaker == "سامر الحلبي", q
