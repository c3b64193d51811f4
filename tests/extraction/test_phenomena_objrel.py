"""A person met as the object of a verb of meeting, who then speaks in a
relative clause ("…، التي قالت إن") or through the pronoun of a relay
("ونقل عنها قولها").

Every article here is invented for the test; each positive test fails
without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_relative_after_a_long_object_phrase_is_its_person():
    # "التقى X بوزيرة … Y، التي قالت إن": the relative's antecedent is the
    # person named right before it, however long the post before her name
    for text, speaker in (
        (
            "وحسب وثيقة مسربة، اجتمع السفير ماركو بيانكي بمديرة الوكالة الوطنية"
            " للتشغيل والكفاءات ليلى العمراني، التي أكدت أن"
            ' "المستشفيات تحتاج إلى دعم عاجل".',
            "ليلى العمراني",
        ),
        (
            "ووصف السفير ديفيد ميلر اجتماعه برئيس المجلس الأعلى للتعليم والتكوين"
            ' حسن بنعلي، الذي أكد أن "المستشفيات تحتاج إلى دعم عاجل".',
            "حسن بنعلي",
        ),
        (
            "وبحسب تقرير للوكالة، التقى وزير الداخلية سمير العلوي برئيسة المنظمة"
            ' الدولية للهجرة إيمي بوب، التي أكدت أن "المستشفيات تحتاج إلى دعم عاجل".',
            "إيمي بوب",
        ),
    ):
        q = one(text, "المستشفيات")
        assert same_name(q.speaker, speaker), (text, q)


def test_relative_after_a_thing_keeps_its_answer():
    # negatives: "البرقية التي قالت": the thing speaks
    q = one('وأشارت البرقية التي قالت إن "الوضع خطير جدا" إلى أمور أخرى.', "الوضع خطير")
    assert q.speaker == "البرقية", q
    # a person named as a subject is still the antecedent
    q = one(
        'وقال وزير الخارجية كمال بنعيسى، الذي التقى نظيره أمس، إن "العلاقات ممتازة".',
        "العلاقات",
    )
    assert q.speaker == "كمال بنعيسى", q
    # a relative after a post with no name keeps the post
    q = one(
        "وحسب البرقية، التقى السفير جون هاملتون بمدير الشركة، الذي قال إن"
        ' "المستشفيات تحتاج إلى دعم عاجل".',
        "المستشفيات",
    )
    assert q.speaker == "مدير الشركة", q
