""" "His counterpart" after a title (session of 2026-12-03).

"استقبل الرئيس نظيره المالي"، "التقى وزير الخارجية نظيره الروسي X": the
relation title with its pronoun opens the verb's object, another person; the
phrase before it is the subject, complete. Every article here is invented
for the test; each positive test fails without the rule.
"""

from tests.extraction.helpers import one

SAID = ('، وقال إن "التعاون بين البلدين يتقدم".', '، مؤكدا أن "التعاون بين البلدين يتقدم".')


def test_a_bare_title_before_his_counterpart_is_the_speaker():
    for verb, subject, obj in (
        ("استقبل", "الرئيس", "نظيره البوركيني"),
        ("التقى", "وزير الدفاع", "نظيره الإيطالي"),
        ("وهاتف", "رئيس الوزراء", "نظيره الكندي"),
    ):
        for said in SAID:
            q = one(f"{verb} {subject} {obj}{said}", "يتقدم")
            assert (q.speaker, q.role) == (subject, subject), (verb, subject, said, q)


def test_the_named_counterpart_is_not_the_speaker():
    # the counterpart's own name after "his counterpart" does not speak for
    # the verb's subject
    for verb, subject, obj in (
        ("التقى", "وزير الخارجية", "نظيره الروسي سيرغي لافروف"),
        ("واستقبل", "وزير التجارة", "نظيره التركي محمد بولات"),
    ):
        q = one(f'{verb} {subject} {obj}، وقال إن "التعاون بين البلدين يتقدم".', "يتقدم")
        assert q.speaker == subject, (verb, subject, q)


def test_the_counterpart_as_subject_or_named_subject_keeps_its_reading():
    # negatives: the counterpart who speaks, and a named subject before him
    q = one('وقال نظيره الروسي: "التعاون بين البلدين يتقدم".', "يتقدم")
    assert q.speaker == "نظيره الروسي"
    q = one(
        "واستقبل الرئيس التونسي قيس سعيد نظيره الجزائري عبد المجيد تبون، وقال إن "
        '"التعاون بين البلدين يتقدم".',
        "يتقدم",
    )
    assert (q.speaker, q.role) == ("قيس سعيد", "الرئيس التونسي")
    q = one(
        "التقى وزير الخارجية نظيره الروسي سيرغي لافروف. "
        'وقال لافروف إن "التعاون بين البلدين يتقدم".',
        "يتقدم",
    )
    assert q.speaker == "سيرغي لافروف"
