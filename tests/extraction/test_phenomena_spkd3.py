"""Phenomena of speakers named only in an earlier sentence, found on real
news (development sets kept outside the repository, third round): which
entity a subjectless verb, a bare title, "the same speaker" or a body's
head noun takes up, read as a class of words, not one construction.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_the_same_speaker_is_the_person_met():
    # "وأكد المتحدث ذاته أن …، وعلق قائلا: «…»": "the same speaker" (ذاته،
    # نفسه) refers back to the person named before, as "المتحدث" alone does;
    # it spoke as a new person titled "المتحدث"
    text = (
        "قال سمير الحداد مدرب فريق النجم الساحلي، في تصريح عقب المباراة، إنه راض "
        "عن الأداء، وأكد المتحدث ذاته أن الفريق حقق الأهم. وعلق قائلا: "
        '"عشنا لحظات صعبة حتى صافرة النهاية".\n'
    )
    q = one(text, "عشنا لحظات")
    assert q.speaker == "سمير الحداد", q
    assert q.role == "مدرب فريق النجم الساحلي", q
    text = (
        "قالت سلمى الحداد مديرة المعهد إن النتائج جيدة، وأكدت المتحدثة نفسها "
        'أن "المعهد سيفتح أبوابه للجميع في الخريف".\n'
    )
    assert one(text, "المعهد سيفتح").speaker == "سلمى الحداد"


def test_a_spokesman_with_his_body_is_still_a_post():
    # the negative: "المتحدث باسم الوزارة" is a post, not "the same speaker"
    text = (
        "قال سمير الحداد مدرب الفريق إنه راض عن الأداء. "
        'وقال المتحدث باسم الوزارة إن "المنشآت كلها جاهزة".\n'
    )
    assert one(text, "المنشآت كلها").speaker == "المتحدث باسم الوزارة"


def test_a_security_service_or_a_movement_is_a_body_that_goes_on():
    # "جهاز المخابرات", "التيار الوطني": bodies with a masculine head; read
    # as a person, "الجهاز" took the gender of a feminine verb in its
    # that-clause ("صحيفة … ادعت") and "وأضاف" after it had no speaker
    text = (
        "أصدر جهاز الأمن الوطني، مساء أمس، توضيحا بشأن ما نشرته وسائل إعلام، نافيا ذلك. "
        'وقال الجهاز في بيان، إن صحيفة محلية نشرت تقريرا ادعت فيه أن "الحكومة تلقت '
        'رسائل تحذير". وأضاف أن ما ورد في التقرير "لا أساس له من الصحة".\n'
    )
    q = one(text, "لا أساس له")
    # (the body met as the subject of "أصدر", kw10b: its full name)
    assert q.speaker == "جهاز الأمن الوطني", q
    assert q.speaker_kind == "organization", q
    text = (
        "عقد التيار الوطني اجتماعا طارئا أمس. وقال التيار في بيان، إن الحكومة خالفت "
        'الدستور. وأضاف أن القرار "لن يمر دون محاسبة".\n'
    )
    assert one(text, "لن يمر").speaker_kind == "organization"


def test_the_head_of_a_security_service_is_a_person():
    # the negative: a title in construct with the body stays a person's post
    text = 'وقال رئيس جهاز المخابرات أحمد سالم إن "الوضع الأمني مستقر في كل المحافظات".\n'
    q = one(text, "الوضع الأمني")
    assert q.speaker == "أحمد سالم", q
    assert q.role == "رئيس جهاز المخابرات", q


def test_a_bare_title_is_who_holds_the_post_now():
    # "تجنب X، الوزير المكلف …، التعليق على زيارة وزير الدفاع السابق Y. ورد
    # الوزير …": the bare title takes up the minister in office, not one
    # named since with "السابق" (he spoke, the last one named with the head)
    text = (
        "تجنب سامي الحداد، الوزير المكلف بالعلاقات مع البرلمان، التعليق على زيارة "
        "وزير الدفاع السابق كمال العبيدي إلى المدينة. ورد الوزير على سؤال النواب "
        'بالقول: "ليست لنا علاقة بهذا الملف على الإطلاق".\n'
    )
    q = one(text, "ليست لنا علاقة")
    assert q.speaker == "سامي الحداد", q


def test_a_former_holder_alone_is_still_the_bare_title():
    # the negative: with no one else holding the post, the former one speaks
    text = (
        "التقى وزير الدفاع السابق كمال العبيدي بالصحفيين أمس في العاصمة. "
        'وقال الوزير: "لم أغادر الحياة السياسية بعد".\n'
    )
    assert one(text, "لم أغادر").speaker == "كمال العبيدي"


def test_the_writer_of_the_piece_is_its_author_named_with_it():
    # "نشرت صحيفة … مقالا لإيان بلاك …. وقال بلاك … وأشار كاتب المقال": the
    # writer of the piece is the person named after it with لـ, who takes
    # the post (it spoke as a new person titled "كاتب المقال")
    text = (
        'نشرت صحيفة التايمز مقالا لجون سميث بعنوان "الخليج والتسريبات". '
        'وقال سميث إن "الحكومات لم تعلق على التسريبات حتى الآن". '
        'وأشار كاتب المقال إلى أن "الوثائق الجديدة أكثر إحراجا من القديمة".\n'
    )
    q = one(text, "الوثائق الجديدة")
    assert q.speaker == "سميث", q
    assert q.role == "كاتب المقال", q
    assert one(text, "الحكومات لم تعلق").role == "كاتب المقال"


def test_a_writer_with_no_author_named_stays_a_title():
    # the negative: no piece glued to its author before, the title speaks
    text = (
        "نشرت الصحيفة مقالا مطولا عن الأزمة. "
        'وأشار كاتب المقال إلى أن "الوثائق الجديدة أكثر إحراجا من القديمة".\n'
    )
    assert one(text, "الوثائق الجديدة").speaker == "كاتب المقال"


def test_a_family_name_after_a_story_of_a_post_holds_the_post():
    # "وأكد الناخب الوطني أنه …. وتابع المتحدث نفسه أن …. وقال الركراكي «…»":
    # a family name met for the first time, after sentences that told of a
    # post with no name, is who holds it (it had no role)
    text = (
        "وأكد المدير الفني في الندوة الصحفية أن التحضيرات تسير بشكل جيد. "
        "وتابع المتحدث نفسه أن المنافسة ستكون قوية على كل المراكز. "
        'وقال الحداد: "علينا أن نكون مجتمعين من أجل اللقب".\n'
    )
    q = one(text, "علينا أن نكون")
    assert q.speaker == "الحداد", q
    assert q.role == "المدير الفني", q


def test_a_family_name_after_a_named_person_gets_no_post():
    # the negative: a person named since the post's story is another one
    text = (
        "وأكد المدير الفني في الندوة الصحفية أن التحضيرات تسير بشكل جيد. "
        "وقال اللاعب سامي العبيدي إن المنافسة ستكون قوية. "
        'وقال الحداد: "علينا أن نكون مجتمعين من أجل اللقب".\n'
    )
    q = one(text, "علينا أن نكون")
    assert q.speaker == "الحداد", q
    assert q.role is None, q


def test_a_family_name_cut_from_a_name_met_is_that_person():
    # "قدم مدرب المنتخب البرازيلي خوان لوبيز تهانيه" read the name "خوان"
    # (لوبيز taken for لـ + a noun); "واختتم لوبيز حديثه:" later is he, with
    # his post (it was a new person with none)
    text = (
        "قدم مدرب المنتخب الوطني البرازيلي خوان لوبيز تهانيه للجماهير. "
        'وقال: "اشكر الجمهور على الحضور والدعم". '
        'واختتم لوبيز حديثه: "لا أنسى أن أتقدم بالتهنئة للاعبين".\n'
    )
    q = one(text, "لا أنسى")
    assert q.role == "مدرب المنتخب الوطني البرازيلي", q


def test_a_family_name_not_after_a_name_met_is_someone_new():
    # the negative: a family name written nowhere after a person's name
    text = (
        "قدم مدرب المنتخب الوطني البرازيلي خوان لوبيز تهانيه للجماهير. "
        'وقال: "اشكر الجمهور على الحضور والدعم". '
        'وقال الشمري في تصريح آخر: "لا أنسى أن أتقدم بالتهنئة للاعبين".\n'
    )
    q = one(text, "لا أنسى")
    assert q.role is None, q
