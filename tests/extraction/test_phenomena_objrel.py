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


def test_relay_pronoun_is_the_person_named_last():
    # "تحدث دبلوماسي عن لقائه مع X. ونقل عنها قولها": her, the woman met,
    # not the cable the sentence before opened with
    for text, speaker in (
        (
            "في برقية مؤرخة في 4 فبراير 2008، تحدث دبلوماسي في السفارة عن"
            " لقائه مع الطبيبة والناشطة النقابية سلمى الفارسي. ونقل عنها قولها"
            ' إن "المستشفيات تفتقر إلى الأدوية".',
            "سلمى الفارسي",
        ),
        (
            "وفي برقية مؤرخة في 12 مايو 2006، تحدث دبلوماسي عن لقائه مع"
            ' المحامية نادية الشابي. ونقل عنها قولها إن "المستشفيات تفتقر إلى الأدوية".',
            "نادية الشابي",
        ),
    ):
        q = one(text, "المستشفيات")
        assert same_name(q.speaker, speaker), (text, q)


def test_relative_after_a_thing_and_pronoun_of_the_other_gender_keep_their_answer():
    # negatives: "البرقية التي قالت": the thing speaks; "عنها" after a man
    # only is not he
    q = one('وأشارت البرقية التي قالت إن "الوضع خطير جدا" إلى أمور أخرى.', "الوضع خطير")
    assert q.speaker == "البرقية", q
    q = one(
        "وفي برقية مؤرخة في 3 مايو 2008، تحدث دبلوماسي عن لقائه مع الطبيب"
        ' سليم الفارسي. ونقل عنها قولها إن "المستشفيات تفتقر للأدوية".',
        "المستشفيات",
    )
    assert q.speaker != "سليم الفارسي", q
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
